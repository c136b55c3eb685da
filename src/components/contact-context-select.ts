import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { property } from 'lit/decorators.js';
import {
  groupBookId,
  ownerOfPersonalBook,
  personalBookId,
  type Directory,
} from '../core/directory.js';
import { emit } from './events.js';
import { t } from './i18n.js';
import { controlStyles } from './theme.js';

/**
 * @summary Chooses the address book to work in: "Private" (the user's own book), then each
 * group the user belongs to, then other users' Private books shared with the user (when given).
 * Renders nothing without a directory.
 * @event contact-context-change - `{ bookId }` of the book the user chose.
 * @csspart base - the label around the select.
 * @csspart select - the select.
 */
@localized()
export class ContactContextSelect extends LitElement {
  /** `focus()` lands on the select (the toolbar's arrow keys move focus element by element). */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-block;
      }
      label {
        display: inline-flex;
        gap: var(--_cb-space);
        align-items: center;
      }
    `,
  ];

  /** Where the user's groups come from. */
  @property({ attribute: false }) directory: Directory | undefined;
  /** The user whose books are offered. */
  @property({ attribute: 'user-id' }) userId = '';
  /** The chosen book's id; empty means the user's Private book. */
  @property() value = '';
  /** Other users' Private books shared with the user (ids `private-<owner>`), offered last. */
  @property({ attribute: false }) sharedBooks: readonly string[] = [];

  override render() {
    if (!this.directory || !this.userId) return nothing;
    const current = this.value || personalBookId(this.userId);
    const directory = this.directory;
    const choices = [
      { bookId: personalBookId(this.userId), label: t('Private') },
      ...directory
        .groupsOf(this.userId)
        .map((group) => ({ bookId: groupBookId(group.id), label: group.name })),
      ...this.sharedBooks.map((bookId) => {
        const owner = ownerOfPersonalBook(bookId) ?? bookId;
        return {
          bookId,
          label: t('{name} (Private)', { name: directory.user(owner)?.name ?? owner }),
        };
      }),
    ];
    return html`<label part="base">
      ${t('Address book')}
      <select part="select" @change=${this.handleChange}>
        ${choices.map(
          ({ bookId, label }) =>
            html`<option value=${bookId} ?selected=${current === bookId}>${label}</option>`,
        )}
      </select>
    </label>`;
  }

  private handleChange = (event: Event) => {
    this.value = (event.target as HTMLSelectElement).value;
    emit(this, 'contact-context-change', { bookId: this.value });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-context-select': ContactContextSelect;
  }
}
