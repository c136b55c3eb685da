import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import type { Contact } from '../core/contact.js';
import { groupBookId, ownerOfPersonalBook } from '../core/directory.js';
import { BookController } from './book-controller.js';
import { translateError } from './core-messages.js';
import { t } from './i18n.js';
import { controlStyles } from './theme.js';

/**
 * @summary "Share with groups" for a contact of a Private book: a checkbox per group of the user.
 * Ticking shares the contact into the group (it then shows there too); unticking removes it from
 * the group, never from Private. A group where the user may not add is disabled, the reason in
 * its tooltip. In a group, a contact shared from a Private book says whose; other group contacts,
 * and users with no groups, get nothing.
 * @csspart base - the fieldset.
 * @csspart origin - "Shared from the Private book of …" on a contact shared into a group.
 */
@localized()
export class ContactShareGroups extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: none;
        margin: var(--_cb-space-l) 0 0;
        padding: 0;
      }
      legend {
        padding: 0;
        margin: 0 0 calc(var(--_cb-space) * 0.7);
        font-size: var(--_cb-font-size-small);
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--_cb-muted);
      }
      label {
        display: inline-flex;
        gap: var(--_cb-space-xs);
        align-items: center;
        margin-inline-end: var(--_cb-space-l);
      }
      [part='origin'] {
        margin: var(--_cb-space-l) 0 0;
        color: var(--_cb-muted);
      }
      [role='alert'] {
        color: var(--_cb-danger);
      }
    `,
  ];

  /** The contact to share. */
  @property({ attribute: false }) contact: Contact | undefined;

  @state() private error = '';
  @state() private busy = false;
  private readonly books = new BookController(this);

  override render() {
    const book = this.books.book;
    const contact = this.current();
    const groups = book?.directory?.groupsOf(book.userId) ?? [];
    if (!book || !contact) return nothing;
    if (contact.bookId !== book.bookId) {
      const owner = ownerOfPersonalBook(contact.bookId);
      const name = owner === undefined ? undefined : (book.directory?.user(owner)?.name ?? owner);
      return name
        ? html`<p part="origin">${t('Shared from the Private book of {name}.', { name })}</p>`
        : nothing;
    }
    if (book.access.kind !== 'personal') return nothing;
    if (!groups.length) return nothing;
    return html`<fieldset part="base" ?disabled=${this.busy}>
      <legend>${t('Share with groups')}</legend>
      ${groups.map((group) => {
        const bookId = groupBookId(group.id);
        const shared = contact.sharedWith.includes(bookId);
        const reason = this.refusal(contact, bookId, shared);
        return html`<label title=${reason || nothing}>
          <input
            type="checkbox"
            .checked=${shared}
            ?disabled=${!!reason}
            @change=${(event: Event) =>
              this.handleTick(bookId, (event.target as HTMLInputElement).checked)}
          />
          ${group.name}
        </label>`;
      })}
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
    </fieldset>`;
  }

  private async handleTick(bookId: string, on: boolean) {
    const book = this.books.book;
    const contact = this.current();
    if (!book || !contact) return;
    const sharedWith = on
      ? [...contact.sharedWith, bookId]
      : contact.sharedWith.filter((id) => id !== bookId);
    this.busy = true;
    this.error = '';
    try {
      await book.shareWith(contact.id, sharedWith);
    } catch (error) {
      this.error = translateError(error);
    } finally {
      this.busy = false;
    }
  }

  /** The contact as the book holds it now (its `sharedWith` changes as the user ticks). */
  private current(): Contact | undefined {
    return this.contact && (this.books.book?.find(this.contact.id) ?? this.contact);
  }

  /** Why this box cannot change (empty when it can). */
  private refusal(contact: Contact, bookId: string, shared: boolean): string {
    const book = this.books.book!;
    if (!book.can('edit', contact)) return t('You may not change this contact.');
    if (shared) {
      return book.mayUnshare(contact, bookId)
        ? ''
        : t('Only who may add or delete in the group unshares from it.');
    }
    return book.can('share', contact, bookId) ? '' : t('You may not add contacts to this group.');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-share-groups': ContactShareGroups;
  }
}
