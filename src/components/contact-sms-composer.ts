import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import type { ContactBook } from '../core/book.js';
import { displayName, type Contact } from '../core/contact.js';
import { smsHref } from '../core/links.js';
import { formatPhone } from '../core/phone.js';
import { DEFAULT_PREFERENCES } from '../core/prefs.js';
import { handleActionClick } from './action-link.js';
import { BookController } from './book-controller.js';
import type { SmsRecipient } from './events.js';
import { t } from './i18n.js';
import { bookLabel } from './book-label.js';
import { cellNumber, textableMatches } from './sms-recipients.js';
import { controlStyles } from './theme.js';

/**
 * @summary "Send SMS" for a selection of contacts: the recipients (removable), an Add picker that
 * searches a book as the user types (contacts with a mobile number, at most 20 listed), the
 * message with a reminder to sign it.
 *
 * @event contact-action - On Send: `{ kind: 'sms', contact, value, href, recipients, message }`
 * (`contact` the first recipient, `value` the numbers comma-joined); cancelable: preventDefault()
 * to send through your own service, else the sms: link opens the device's messaging app.
 *
 * @csspart base - The composer.
 * @csspart recipients - The list of recipients.
 * @csspart recipient - One recipient: `name`, `number` and its `remove` button.
 * @csspart skipped - Contacts of the selection without a mobile number.
 * @csspart book - The choice of book to add from (shown with more than one book).
 * @csspart picker - The Add picker's search box.
 * @csspart matches - The contacts it found; each a `match` button that adds it, or `no-match`.
 * @csspart message - The message box.
 * @csspart reminder - The reminder to sign the message.
 * @csspart send - The Send link.
 */
@localized()
export class ContactSmsComposer extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      [part='base'] {
        display: grid;
        gap: var(--_cb-space);
      }
      [part='recipients'] {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--_cb-space-xs);
      }
      [part='recipient'] {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: center;
        column-gap: var(--_cb-space-xs);
        border: 1px solid var(--_cb-border);
        border-radius: var(--_cb-radius);
        padding: 0 var(--_cb-space-xs) 0 var(--_cb-space);
      }
      [part='remove'] {
        border: none;
        background: none;
        padding: var(--_cb-space-xs);
      }
      [part='picker'] {
        width: 100%;
      }
      /* The send link looks like the dialog's main button. */
      [part='send'] {
        justify-self: start;
        padding: calc(var(--_cb-space) * 0.7) calc(var(--_cb-space) * 1.5);
        border-radius: var(--_cb-radius);
        background: var(--_cb-accent);
        color: var(--_cb-accent-text);
        text-decoration: none;
      }
      [part='reminder'],
      [part='skipped'] {
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
      }
      [part='send'][aria-disabled='true'] {
        opacity: 0.55;
        pointer-events: none;
      }
      textarea {
        min-height: 5rem;
      }
    `,
  ];

  /** The selection to write to; each contact's preferred (else first) mobile is used. */
  @property({ attribute: false }) contacts: Contact[] = [];

  /** The books the Add picker searches (the private book, group books); default: the one in context. */
  @property({ attribute: false }) books?: ContactBook[];

  /** The message (the user types it; a host may prefill it). */
  @property() message = '';

  @state() private recipients: SmsRecipient[] = [];
  @state() private skipped: Contact[] = [];
  /** What the user typed in the Add picker. */
  @state() private query = '';
  /** Which of the books the picker searches. */
  @state() private bookIndex = 0;
  /** The picker's matches: computed only while there is a query. */
  private found: Contact[] = [];

  private readonly context = new BookController(this);

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contacts')) {
      const region = this.region;
      this.recipients = this.contacts.flatMap((contact) => {
        const number = cellNumber(contact, region);
        return number ? [{ contact, number }] : [];
      });
      this.skipped = this.contacts.filter((contact) => !cellNumber(contact, region));
    }
    // Searched only when what decides the matches changed, not on every keystroke of the message.
    const searchChanged = ['query', 'bookIndex', 'books', 'recipients'].some((key) =>
      changed.has(key as keyof ContactSmsComposer),
    );
    if (!searchChanged) return;
    const book = this.pickerBook;
    this.found =
      this.query.trim() && book
        ? textableMatches(book, this.query, {
            exclude: new Set(this.recipients.map((recipient) => recipient.contact.id)),
          })
        : [];
  }

  override render() {
    const region = this.region;
    const ready = this.recipients.length > 0 && this.message.trim() !== '';
    return html`<div part="base">
      <ul part="recipients" aria-label=${t('Recipients')}>
        ${this.recipients.map(
          ({ contact, number }) =>
            html`<li part="recipient">
              <span part="name">${displayName(contact, this.order)}</span>
              <small part="number">${formatPhone(number, { region })}</small>
              <button
                part="remove"
                type="button"
                aria-label=${t('Remove {name}', { name: displayName(contact, this.order) })}
                @click=${() => this.handleRemove(contact.id)}
              >
                ×
              </button>
            </li>`,
        )}
      </ul>
      ${
        this.skipped.length
          ? html`<p part="skipped">
              ${t('No mobile number: {names}', { names: this.skipped.map((contact) => displayName(contact, this.order)).join(', ') })}
            </p>`
          : nothing
      }
      ${this.renderPicker()}
      <textarea
        part="message"
        aria-label=${t('Message')}
        .value=${this.message}
        @input=${this.handleInput}
      ></textarea>
      <p part="reminder">${t('Sign your message: your recipients may not have your number.')}</p>
      <a
        part="send"
        href=${ready ? this.href : nothing}
        aria-disabled=${ready ? 'false' : 'true'}
        role="link"
        @click=${this.handleSend}
        >${t('Send SMS')}</a
      >
    </div>`;
  }

  private handleInput(event: Event): void {
    this.message = (event.target as HTMLTextAreaElement).value;
  }

  private handleRemove(id: string): void {
    this.recipients = this.recipients.filter((recipient) => recipient.contact.id !== id);
  }

  private renderPicker() {
    const books = this.pickerBooks;
    return html`<div role="search">
      ${
        books.length > 1
          ? html`<select
              part="book"
              aria-label=${t('Add from')}
              @change=${(event: Event) => {
                this.bookIndex = Number((event.target as HTMLSelectElement).value);
              }}
            >
              ${books.map((book, index) => html`<option value=${index} ?selected=${index === this.bookIndex}>${bookLabel(book)}</option>`)}
            </select>`
          : nothing
      }
      <input
        part="picker"
        type="search"
        autocomplete="off"
        aria-label=${t('Add a recipient')}
        placeholder=${t('Add a recipient: type a name')}
        .value=${this.query}
        ?disabled=${!books.length}
        @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
        @keydown=${this.handlePickerKey}
      />
      ${
        this.query.trim()
          ? html`<ul part="matches" aria-label=${t('Contacts with a mobile number')}>
              ${this.found.map(
                (contact) =>
                  html`<li>
                    <button part="match" type="button" @click=${() => this.add(contact)}>
                      ${displayName(contact, this.order)}
                    </button>
                  </li>`,
              )}
              ${this.found.length ? nothing : html`<li part="no-match">${t('No contact with a mobile number matches')}</li>`}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private handlePickerKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || !this.found[0]) return;
    event.preventDefault();
    this.add(this.found[0]);
  }

  private add(contact: Contact): void {
    const number = cellNumber(contact, this.region);
    if (number) this.recipients = [...this.recipients, { contact, number }];
    this.query = '';
  }

  private handleSend(event: MouseEvent): void {
    const first = this.recipients[0];
    if (!first || !this.message.trim()) return;
    handleActionClick(event, {
      kind: 'sms',
      contact: first.contact,
      value: this.recipients.map((recipient) => recipient.number).join(','),
      recipients: this.recipients,
      message: this.message,
    });
  }

  private get href(): string {
    return smsHref(
      this.recipients.map((recipient) => recipient.number),
      { body: this.message },
    );
  }

  private get region(): string | undefined {
    return (this.context.book?.preferences ?? DEFAULT_PREFERENCES).defaultRegion;
  }

  /** The books offered: the `books` property, else the book in context. */
  /** The user's display order, for every name shown. */
  private get order() {
    return ((this.context.book ?? this.pickerBook)?.preferences ?? DEFAULT_PREFERENCES)
      .displayOrder;
  }

  private get pickerBooks(): ContactBook[] {
    return this.books ?? (this.context.book ? [this.context.book] : []);
  }

  private get pickerBook(): ContactBook | undefined {
    const books = this.pickerBooks;
    return books[Math.min(this.bookIndex, books.length - 1)];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-sms-composer': ContactSmsComposer;
  }
}
