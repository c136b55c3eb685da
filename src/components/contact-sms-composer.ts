import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { displayName, type Contact } from '../core/contact.js';
import { smsHref } from '../core/links.js';
import { formatPhone, normalizePhone } from '../core/phone.js';
import { DEFAULT_PREFERENCES } from '../core/prefs.js';
import { BookController } from './book-controller.js';
import { emit, type SmsRecipient } from './events.js';
import { t } from './i18n.js';

/** The number an SMS goes to: the preferred mobile, else the first. */
function cellNumber(contact: Contact, region?: string): string | undefined {
  const cells = contact.phones.filter((phone) => phone.type === 'cell');
  const cell = cells.find((phone) => phone.pref) ?? cells[0];
  return cell && normalizePhone(cell.value, region);
}

/**
 * @summary "Send SMS" for a selection of contacts: the recipients (removable), an Add picker of
 * the book's contacts that have a mobile number, the message with a reminder to sign it.
 *
 * @event contact-sms-send - `{ recipients, message, href }`; cancelable: preventDefault() to send
 * through your own service, else the sms: link opens the device's messaging app.
 *
 * @csspart base - The composer.
 * @csspart recipients - The list of recipients.
 * @csspart recipient - One recipient: `name`, `number` and its `remove` button.
 * @csspart skipped - Contacts of the selection without a mobile number.
 * @csspart picker - The Add picker (`select`) and its button (`add`).
 * @csspart message - The message box.
 * @csspart reminder - The reminder to sign the message.
 * @csspart send - The Send link.
 */
export class ContactSmsComposer extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    [part='base'] {
      display: grid;
      gap: 0.5rem;
    }
    [part='recipients'] {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    [part='recipient'] {
      border: 1px solid var(--cb-border, #d1d5db);
      border-radius: 1rem;
      padding: 0 0.25rem 0 0.5rem;
    }
    [part='reminder'],
    [part='skipped'] {
      color: var(--cb-muted, #6b7280);
      font-size: 0.875em;
    }
    [part='send'][aria-disabled='true'] {
      color: var(--cb-muted, #6b7280);
      pointer-events: none;
    }
    textarea {
      min-height: 5rem;
    }
  `;

  /** The selection to write to; each contact's preferred (else first) mobile is used. */
  @property({ attribute: false }) contacts: Contact[] = [];

  /** Who the Add picker offers; defaults to the contacts of the book in context. */
  @property({ attribute: false }) candidates?: Contact[];

  /** The message (the user types it; a host may prefill it). */
  @property() message = '';

  @state() private recipients: SmsRecipient[] = [];
  @state() private skipped: Contact[] = [];

  private readonly books = new BookController(this);

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contacts')) {
      const region = this.region;
      this.recipients = this.contacts.flatMap((contact) => {
        const number = cellNumber(contact, region);
        return number ? [{ contact, number }] : [];
      });
      this.skipped = this.contacts.filter((contact) => !cellNumber(contact, region));
    }
  }

  override render() {
    const region = this.region;
    const chosen = new Set(this.recipients.map((recipient) => recipient.contact.id));
    const offered = this.offered().filter(
      (contact) => !chosen.has(contact.id) && cellNumber(contact, region),
    );
    const ready = this.recipients.length > 0 && this.message.trim() !== '';
    return html`<div part="base">
      <ul part="recipients" aria-label=${t('Recipients')}>
        ${this.recipients.map(
          ({ contact, number }) =>
            html`<li part="recipient">
              <span part="name">${displayName(contact, 'first-last')}</span>
              <small part="number">${formatPhone(number, { region })}</small>
              <button
                part="remove"
                type="button"
                aria-label=${t('Remove {name}', { name: displayName(contact, 'first-last') })}
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
              ${t('No mobile number: {names}', { names: this.skipped.map((contact) => displayName(contact, 'first-last')).join(', ') })}
            </p>`
          : nothing
      }
      <div>
        <select part="picker" aria-label=${t('Add a recipient')} ?disabled=${!offered.length}>
          ${offered.map((contact) => html`<option value=${contact.id}>${displayName(contact, 'first-last')}</option>`)}
        </select>
        <button part="add" type="button" ?disabled=${!offered.length} @click=${this.handleAdd}>
          ${t('Add')}
        </button>
      </div>
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

  private handleAdd(): void {
    const id = this.renderRoot.querySelector<HTMLSelectElement>('[part=picker]')!.value;
    const contact = this.offered().find((candidate) => candidate.id === id);
    const number = contact && cellNumber(contact, this.region);
    if (contact && number) this.recipients = [...this.recipients, { contact, number }];
  }

  private handleSend(event: MouseEvent): void {
    if (!this.recipients.length || !this.message.trim()) return;
    const detail = { recipients: this.recipients, message: this.message, href: this.href };
    if (!emit(this, 'contact-sms-send', detail, { cancelable: true })) event.preventDefault();
  }

  private get href(): string {
    return smsHref(
      this.recipients.map((recipient) => recipient.number),
      { body: this.message },
    );
  }

  private get region(): string | undefined {
    return (this.books.book?.preferences ?? DEFAULT_PREFERENCES).defaultRegion;
  }

  private offered(): Contact[] {
    return this.candidates ?? this.books.book?.list({ order: 'first-last' }).contacts ?? [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-sms-composer': ContactSmsComposer;
  }
}
