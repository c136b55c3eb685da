import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { displayName, type Contact } from '../core/contact.js';
import { personalBookId } from '../core/directory.js';
import { ValidationError } from '../core/errors.js';
import {
  DEFAULT_TAG_COLOUR,
  TAG_COLOURS,
  checkTagColour,
  type Tag,
  type TagColour,
} from '../core/tag-registry.js';
import { MAX_TAG_LENGTH, tagKey, tidyTagName } from '../core/tags.js';
import { BookController } from './book-controller.js';
import { translateError } from './core-messages.js';
import type { ContactConfirm } from './contact-confirm.js';
import { t } from './i18n.js';
import { chipStyle, colourLabel, tagChip, tagChipStyles } from './tag-chips.js';
import { controlStyles } from './theme.js';

const PALETTE = Object.keys(TAG_COLOURS) as TagColour[];

/**
 * @summary The tag window: the user's own tags with their colours. Tick or untick a tag to put it
 * on or take it off the contact(s) it was opened for (a tag some of a selection has shows as
 * mixed); create a tag (it is ticked at once); change a tag's colour; delete a tag (after a
 * confirmation) — it leaves every contact. Tags are personal: nobody else sees them.
 * @csspart dialog - the dialog.
 * @csspart tags - the list of tags.
 * @csspart tag - each tag's chip.
 * @csspart create - the form that creates a tag.
 */
@localized()
export class ContactTagsDialog extends LitElement {
  static override styles = [
    controlStyles,
    tagChipStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        width: min(92vw, 30rem);
      }
      h2 {
        margin: 0 0 var(--_cb-space);
        font-size: var(--_cb-heading-size);
      }
      .hint {
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
        margin: 0 0 var(--_cb-space);
      }
      ul.tags {
        list-style: none;
        margin: 0 0 var(--_cb-space-l);
        padding: 0;
        max-height: 50vh;
        overflow: auto;
      }
      ul.tags li {
        display: flex;
        align-items: center;
        gap: var(--_cb-space);
        padding: var(--_cb-space-xs) 0;
        border-bottom: 1px solid var(--_cb-border);
      }
      ul.tags label {
        flex: 1;
        display: flex;
        align-items: center;
        gap: calc(var(--_cb-space) * 0.7);
        min-width: 0;
      }
      .some {
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
      }
      button.remove {
        color: var(--_cb-danger);
        font-weight: 700;
        padding: calc(var(--_cb-space) * 0.2) var(--_cb-space);
      }
      .none {
        color: var(--_cb-muted);
      }
      form.create {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--_cb-space);
      }
      form.create label {
        display: flex;
        flex-direction: column;
        gap: var(--_cb-space-xs);
      }
      form.create label.name {
        flex: 1;
      }
      .swatch {
        display: inline-block;
        width: 1rem;
        height: 1rem;
        border-radius: 50%;
        vertical-align: middle;
        border: 1px solid var(--_cb-border);
      }
      footer {
        display: flex;
        justify-content: flex-end;
        margin-top: var(--_cb-space-l);
      }
    `,
  ];

  @state() private contactIds: string[] = [];
  @state() private newName = '';
  @state() private newColour: TagColour = DEFAULT_TAG_COLOUR;
  @state() private error = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('contact-confirm') private confirm!: ContactConfirm;

  private readonly books = new BookController(this);

  /** Opens the window for these contacts (none: only manage the tags). */
  async open(contacts: readonly Pick<Contact, 'id'>[]): Promise<void> {
    this.contactIds = contacts.map((contact) => contact.id);
    this.newName = '';
    this.newColour = DEFAULT_TAG_COLOUR;
    this.error = '';
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Closes the window. */
  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  override render() {
    const book = this.books.book;
    const contacts = this.contactIds.flatMap((id) => book?.find(id) ?? []);
    const tags = book?.tagList() ?? [];
    const shared =
      book &&
      contacts.some(
        // Group data: a group's contact, or one of the user's own shared into a group.
        (contact) =>
          contact.bookId !== personalBookId(book.userId) || contact.sharedWith.length > 0,
      );
    return html`<dialog part="dialog" aria-labelledby="heading">
      <h2 id="heading">${this.heading(contacts)}</h2>
      ${shared ? html`<p class="hint">${t('Only you see your tags.')}</p>` : nothing}
      ${
        tags.length
          ? html`<ul class="tags" part="tags" aria-label=${t('Your tags')}>
              ${tags.map((tag) => this.renderTag(tag, contacts))}
            </ul>`
          : html`<p class="none">${t('No tags yet. Create one below.')}</p>`
      }
      <form class="create" part="create" @submit=${this.handleCreate}>
        <label class="name">
          ${t('New tag')}
          <input
            name="name"
            autocomplete="off"
            maxlength=${MAX_TAG_LENGTH}
            .value=${this.newName}
            @input=${(event: Event) => {
              this.newName = (event.target as HTMLInputElement).value;
              this.error = '';
            }}
          />
        </label>
        <label>
          ${t('Colour')} ${this.colourSelect(this.newColour, (colour) => (this.newColour = colour))}
        </label>
        <span class="swatch" style=${chipStyle(this.newColour)}></span>
        <button type="submit" class="primary">${t('Create')}</button>
      </form>
      <p class="error" role="alert">${this.error}</p>
      <footer>
        <button @click=${() => this.close()}>${t('Done')}</button>
      </footer>
      <contact-confirm></contact-confirm>
    </dialog>`;
  }

  private renderTag(tag: Tag, contacts: readonly Contact[]) {
    const book = this.books.book!;
    const having = contacts.filter((contact) =>
      book.tagsOf(contact.id).some((name) => tagKey(name) === tagKey(tag.name)),
    ).length;
    const mixed = having > 0 && having < contacts.length;
    return html`<li data-tag=${tag.name}>
      <label>
        ${
          contacts.length
            ? html`<input
                type="checkbox"
                .checked=${live(having > 0 && !mixed)}
                .indeterminate=${live(mixed)}
                @change=${(event: Event) =>
                  this.handleTick(tag, contacts, (event.target as HTMLInputElement).checked)}
              />`
            : nothing
        }
        ${tagChip(tag)}
        ${
          mixed
            ? html`<span class="some"
                >${t('{count} of {total}', { count: having, total: contacts.length })}</span
              >`
            : nothing
        }
      </label>
      ${this.colourSelect(
        tag.colour,
        (colour) => this.run(() => book.setTagColour(tag.name, colour)),
        t('Colour of {name}', { name: tag.name }),
      )}
      <button
        class="remove"
        aria-label=${t('Delete the tag {name}', { name: tag.name })}
        title=${t('Delete the tag {name}', { name: tag.name })}
        @click=${() => this.handleDelete(tag)}
      >
        ✕
      </button>
    </li>`;
  }

  private heading(contacts: readonly Contact[]): string {
    const book = this.books.book;
    if (contacts.length === 1) {
      const order = book?.preferences.displayOrder ?? 'last-first';
      return t('Tags of {name}', { name: displayName(contacts[0], order) });
    }
    if (contacts.length > 1) {
      return t('{count, plural, other {Tags of # contacts}}', { count: contacts.length });
    }
    return t('Your tags');
  }

  private colourSelect(value: TagColour, onChange: (colour: TagColour) => void, label?: string) {
    return html`<select
      aria-label=${label ?? nothing}
      @change=${(event: Event) =>
        onChange(checkTagColour((event.target as HTMLSelectElement).value))}
    >
      ${PALETTE.map(
        (colour) =>
          html`<option value=${colour} ?selected=${colour === value}>
            ${colourLabel(colour)}
          </option>`,
      )}
    </select>`;
  }

  private handleCreate = async (event: Event) => {
    event.preventDefault();
    const book = this.books.book;
    if (!book) return;
    const name = tidyTagName(this.newName);
    const existing = book.findTag(name);
    if (!name) {
      this.error = t('Give the tag a name');
      return;
    }
    if (existing) {
      this.error = t('You already have a tag named "{name}"', { name: existing.name });
      return;
    }
    const created = await this.run(() => book.createTag(name, this.newColour));
    if (!created) return;
    this.newName = '';
    this.newColour = DEFAULT_TAG_COLOUR;
    const contacts = this.contactIds.flatMap((id) => book.find(id) ?? []);
    // A tag created from a contact's window is meant for it: it is ticked at once.
    if (contacts.length) await this.handleTick(created, contacts, true);
  };

  private async handleTick(tag: Tag, contacts: readonly Contact[], checked: boolean) {
    const book = this.books.book;
    if (!book) return;
    const key = tagKey(tag.name);
    const entries = contacts.map((contact) => {
      const others = book.tagsOf(contact.id).filter((name) => tagKey(name) !== key);
      return [contact.id, checked ? [...others, tag.name] : others] as const;
    });
    await this.run(() => book.setTagsMany(entries));
  }

  private async handleDelete(tag: Tag) {
    const book = this.books.book;
    if (!book) return;
    const confirmed = await this.confirm.ask({
      heading: t('Delete the tag "{name}"?', { name: tag.name }),
      message: t('It leaves every contact that has it. This cannot be undone.'),
      confirmLabel: t('Delete tag'),
    });
    if (confirmed) await this.run(() => book.deleteTag(tag.name));
  }

  /** Runs a change of the book; a refusal shows in the window instead of being lost. */
  private async run<T>(change: () => Promise<T>): Promise<T | undefined> {
    this.error = '';
    try {
      return await change();
    } catch (error) {
      this.error =
        error instanceof ValidationError
          ? translateError(error)
          : t('The tags could not be saved: {reason}', { reason: translateError(error) });
      return undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-tags-dialog': ContactTagsDialog;
  }
}
