import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { localized } from '@lit/localize';
import { property } from 'lit/decorators.js';
import { displayName, type Contact } from '../core/contact.js';
import { webHref, type MapProvider } from '../core/links.js';
import type { PresenceProvider } from '../core/presence.js';
import { addressLines, formatPartialDate } from '../core/format.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { t } from './i18n.js';
import { typeLabel } from './labels.js';
import { controlStyles } from './theme.js';

/**
 * @summary Every filled field of one contact, grouped, with Edit and Delete.
 * @event contact-edit - the user pressed Edit.
 * @event contact-delete - the user pressed Delete (the container confirms).
 * @slot actions - extra buttons next to Edit.
 * @csspart base - the wrapper.
 * @csspart header - name, title and organization.
 * @csspart section - each group of fields.
 */
@localized()
export class ContactDetails extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      header {
        display: flex;
        gap: var(--_cb-space-l);
        align-items: center;
        justify-content: space-between;
        flex-wrap: wrap;
      }
      .title {
        flex: 1;
      }
      h2 {
        margin: 0;
        font-size: var(--_cb-title-size);
      }
      .subtitle {
        color: var(--_cb-muted);
      }
      section {
        margin-top: var(--_cb-space-l);
      }
      h3 {
        margin: 0 0 calc(var(--_cb-space) * 0.7);
        font-size: var(--_cb-font-size-small);
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--_cb-muted);
      }
      dl {
        display: grid;
        grid-template-columns: minmax(6rem, max-content) 1fr;
        gap: var(--_cb-space-xs) var(--_cb-space-l);
        margin: 0;
      }
      dt {
        color: var(--_cb-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .note {
        white-space: pre-wrap;
      }
      a {
        color: var(--_cb-accent);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_cb-space);
        align-items: center;
      }
      .empty {
        color: var(--_cb-muted);
        padding: var(--_cb-space-xl) 0;
        text-align: center;
      }
    `,
  ];

  /** The contact to show. */
  @property({ attribute: false }) contact: Contact | undefined;
  /** Where "Access map" opens; overrides the user's preference when set. */
  @property({ attribute: 'map-provider' }) mapProvider: MapProvider | undefined;
  /** Where IM presence comes from. */
  @property({ attribute: false }) presence: PresenceProvider | undefined;

  private readonly books = new BookController(this);

  override render() {
    const contact = this.contact;
    if (!contact) return html`<p class="empty">${t('Select a contact to see the details.')}</p>`;
    const book = this.books.book;
    const order = book?.preferences.displayOrder ?? 'last-first';
    const subtitle = [contact.title, contact.organization].filter(Boolean).join(' · ');
    return html`
      <article part="base" aria-label=${displayName(contact, order)}>
        <header part="header">
          <contact-avatar size="large" .contact=${contact}></contact-avatar>
          <div class="title">
            <h2>${displayName(contact, order)}</h2>
            ${subtitle ? html`<div class="subtitle">${subtitle}</div>` : nothing}
          </div>
          <div class="actions">
            <contact-actions
              map-provider=${this.mapProvider ?? nothing}
              .presence=${this.presence}
              kinds="map"
              .contact=${contact}
            ></contact-actions>
            <slot name="actions"></slot>
            <contact-export-menu
              .contacts=${[contact]}
              file-name=${displayName(contact, order) || 'contact'}
            ></contact-export-menu>
            <button @click=${this.handlePrint}>${t('Print')}</button>
            ${
              book?.directory && book.access.kind === 'group'
                ? html`<button
                    title=${book.can('grant') ? nothing : t('Only the group’s admins grant access.')}
                    ?disabled=${!book.can('grant')}
                    @click=${this.handleAccess}
                  >
                    ${t('Access…')}
                  </button>`
                : nothing
            }
            <button
              class="primary"
              title=${book?.can('edit', contact) ? nothing : t('You may not edit this contact.')}
              ?disabled=${book ? !book.can('edit', contact) : true}
              @click=${this.handleEdit}
            >
              ${t('Edit')}
            </button>
            <button
              class="danger"
              title=${book?.can('delete', contact) ? nothing : t('You may not delete contacts here.')}
              ?disabled=${book ? !book.can('delete', contact) : true}
              @click=${this.handleDelete}
            >
              ${t('Delete')}
            </button>
          </div>
        </header>
        ${this.section(t('Name & work'), [
          [
            t('Name'),
            [
              contact.name.prefix,
              contact.name.given,
              contact.name.additional,
              contact.name.family,
              contact.name.suffix,
            ]
              .filter(Boolean)
              .join(' '),
          ],
          [t('Nickname'), contact.nickname],
          [t('Organization'), contact.organization],
          [t('Department'), contact.department],
          [t('Title'), contact.title],
          [t('Role'), contact.role],
        ])}
        ${
          contact.phones.length ||
          contact.emails.length ||
          contact.ims.length ||
          contact.urls.length
            ? html`<section part="section">
                <h3>${t('Phones, e-mail & IM')}</h3>
                <contact-actions
                  map-provider=${this.mapProvider ?? nothing}
                  .presence=${this.presence}
                  kinds="phone sms fax email im"
                  .contact=${contact}
                  exportparts="base: actions"
                ></contact-actions>
                ${
                  contact.urls.length
                    ? html`<dl>
                        ${contact.urls.map(
                          (url) =>
                            html`<dt>${url.label || t('Website')}</dt>
                              <dd>${this.website(url.value)}</dd>`,
                        )}
                      </dl>`
                    : nothing
                }
              </section>`
            : nothing
        }
        ${
          contact.addresses.length
            ? html`<section part="section">
                <h3>${t('Addresses')}</h3>
                <dl>
                  ${contact.addresses.map(
                    (address) =>
                      html`<dt>${address.label || typeLabel(address.type) || t('Address')}</dt>
                        <dd>
                          ${addressLines(address).map((line, index) => html`${index ? html`<br />` : nothing}${line}`)}
                        </dd>`,
                  )}
                </dl>
              </section>`
            : nothing
        }
        ${this.section(t('Personal'), [
          [t('Birthday'), contact.birthday && formatPartialDate(contact.birthday)],
          [t('Anniversary'), contact.anniversary && formatPartialDate(contact.anniversary)],
          ...contact.related.map((related): Row => [related.type || t('Related'), related.value]),
        ])}
        ${this.section(t('Tags'), [[t('Tags'), book?.tagsOf(contact.id).join(', ')]])}
        <contact-share-groups part="section" .contact=${contact}></contact-share-groups>
        ${
          contact.note?.trim()
            ? html`<section part="section">
                <h3>${t('Notes')}</h3>
                <div class="note">${contact.note}</div>
              </section>`
            : nothing
        }
        ${this.section(
          t('Other fields'),
          contact.extras.map((extra): Row => [extra.name, extra.value]),
        )}
        <contact-print></contact-print>
      </article>
    `;
  }

  private handlePrint = async () => {
    const printer = this.shadowRoot!.querySelector('contact-print');
    if (!printer || !this.contact) return;
    printer.contacts = [this.contact];
    printer.heading = displayName(this.contact, this.books.book?.preferences.displayOrder);
    await printer.updateComplete;
    await printer.print();
  };

  private handleEdit = () => {
    if (this.contact) emit(this, 'contact-edit', { contact: this.contact });
  };

  private handleAccess = () => {
    if (this.contact) emit(this, 'contact-access', { contact: this.contact });
  };

  private handleDelete = () => {
    if (this.contact) emit(this, 'contact-delete', { contacts: [this.contact] });
  };

  /** A website as a link that opens in a new tab, or as text when it is not a web address. */
  private website(value: string) {
    const href = webHref(value);
    return href
      ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${value}</a>`
      : value;
  }

  /** A titled list of label/value rows; nothing at all when every value is empty. */
  private section(title: string, rows: Row[]) {
    const filled = rows.filter(([, value]) => (typeof value === 'string' ? value.trim() : value));
    if (!filled.length) return nothing;
    return html`<section part="section">
      <h3>${title}</h3>
      <dl>
        ${filled.map(
          ([label, value]) =>
            html`<dt>${label}</dt>
              <dd>${value}</dd>`,
        )}
      </dl>
    </section>`;
  }
}

type Row = [label: string, value: string | TemplateResult | undefined];

declare global {
  interface HTMLElementTagNameMap {
    'contact-details': ContactDetails;
  }
}
