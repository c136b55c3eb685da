import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { localized } from '@lit/localize';
import { property, query } from 'lit/decorators.js';
import { displayName, type Contact } from '../core/contact.js';
import { webHref, type MapProvider } from '../core/links.js';
import type { PresenceProvider } from '../core/presence.js';
import { addressLines, formatPartialDate } from '../core/format.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { getLocale, t } from './i18n.js';
import { typeLabel } from './labels.js';
import { controlStyles } from './theme.js';
import { tabStyles } from './tab-styles.js';
import { contactTags, tagChipList, tagChipStyles } from './tag-chips.js';
import type { Tag } from '../core/tag-registry.js';
import type { ContactComments } from './contact-comments.js';

/** The tabs of the details: the fields, the comments, the attachments. */
export type DetailsTab = 'details' | 'comments' | 'attachments';
const TABS: readonly DetailsTab[] = ['details', 'comments', 'attachments'];

/**
 * @summary Every filled field of one contact, grouped, with Edit and Delete.
 * @event contact-edit - the user pressed Edit.
 * @event contact-delete - the user pressed Delete (the container confirms).
 * @slot actions - extra buttons next to Edit.
 * @csspart base - the wrapper.
 * @csspart header - name, title and organization.
 * @csspart section - each group of fields.
 * @csspart tabs - the tab list (Details, Comments, Attachments).
 * @csspart button - Print, Edit and Delete, also named `print`, `edit` and `delete`.
 * @csspart empty - the message shown when no contact is chosen.
 */
@localized()
export class ContactDetails extends LitElement {
  static override styles = [
    controlStyles,
    tabStyles,
    tagChipStyles,
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
        min-width: 0;
        overflow-wrap: anywhere;
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
        overflow-wrap: anywhere;
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
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_cb-space-xs);
        margin-top: var(--_cb-space-l);
      }
      [role='tabpanel'] {
        padding-top: var(--_cb-space-xs);
      }
      [role='tabpanel']:not([id='panel-details']) {
        padding-top: var(--_cb-space-l);
      }
    `,
  ];

  /** The contact to show. */
  @property({ attribute: false }) contact: Contact | undefined;
  /** Where "Access map" opens; overrides the user's preference when set. */
  @property({ attribute: 'map-provider' }) mapProvider: MapProvider | undefined;
  /** Where IM presence comes from. */
  @property({ attribute: false }) presence: PresenceProvider | undefined;
  /** The tab shown: `details` (the fields), `comments` or `attachments`. */
  @property({ reflect: true }) tab: DetailsTab = 'details';

  @query('contact-comments') private comments!: ContactComments | null;

  private readonly books = new BookController(this);

  override render() {
    const contact = this.contact;
    if (!contact)
      return html`<p class="empty" part="empty">${t('Select a contact to see the details.')}</p>`;
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
            <button
              ?disabled=${!book?.comments.mayComment(contact.id)}
              @click=${() => void this.showComments()}
            >
              ${t('Comment')}
            </button>
            <slot name="actions"></slot>
            <contact-export-menu
              .contacts=${[contact]}
              file-name=${displayName(contact, order) || 'contact'}
            ></contact-export-menu>
            <button part="button print" @click=${this.handlePrint}>${t('Print')}</button>
            <button part="button tags" @click=${this.handleTags}>${t('Tags…')}</button>
            ${
              book?.directory && book.access.kind === 'group'
                ? html`<button
                    part="button access"
                    title=${book.can('grant') ? nothing : t('Only the group’s admins grant access.')}
                    ?disabled=${!book.can('grant')}
                    @click=${this.handleAccess}
                  >
                    ${t('Access…')}
                  </button>`
                : nothing
            }
            <button
              part="button edit"
              class="primary"
              title=${book?.can('edit', contact) ? nothing : t('You may not edit this contact.')}
              ?disabled=${book ? !book.can('edit', contact) : true}
              @click=${this.handleEdit}
            >
              ${t('Edit')}
            </button>
            <button
              part="button delete"
              class="danger"
              title=${book?.can('delete', contact) ? nothing : t('You may not delete contacts here.')}
              ?disabled=${book ? !book.can('delete', contact) : true}
              @click=${this.handleDelete}
            >
              ${t('Delete')}
            </button>
          </div>
        </header>
        <div
          role="tablist"
          part="tabs"
          aria-label=${t('Sections')}
          @keydown=${this.handleTabKeydown}
        >
          ${TABS.map((tab) => this.renderTab(tab, contact.id))}
        </div>
        <div
          role="tabpanel"
          id="panel-details"
          aria-labelledby="tab-details"
          ?hidden=${this.tab !== 'details'}
        >
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
            [t('Birthday'), contact.birthday && formatPartialDate(contact.birthday, getLocale())],
            [
              t('Anniversary'),
              contact.anniversary && formatPartialDate(contact.anniversary, getLocale()),
            ],
            ...contact.related.map((related): Row => [related.type || t('Related'), related.value]),
          ])}
          ${this.tagSection(contactTags(book, contact.id))}
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
        </div>
        ${
          this.tab === 'comments'
            ? html`<div role="tabpanel" id="panel-comments" aria-labelledby="tab-comments">
                <contact-comments .contact=${contact}></contact-comments>
              </div>`
            : nothing
        }
        ${
          this.tab === 'attachments'
            ? html`<div role="tabpanel" id="panel-attachments" aria-labelledby="tab-attachments">
                <contact-attachments .contact=${contact}></contact-attachments>
              </div>`
            : nothing
        }
        <contact-print></contact-print>
        <contact-tags-dialog></contact-tags-dialog>
      </article>
    `;
  }

  /** Shows the Comments tab with the keyboard in the box that adds one (Actions ▸ Comment). */
  async showComments(): Promise<void> {
    this.tab = 'comments';
    await this.updateComplete;
    await customElements.whenDefined('contact-comments');
    await this.comments?.focusComposer();
  }

  private renderTab(tab: DetailsTab, contactId: string) {
    const count = tab === 'comments' ? (this.books.book?.comments.count(contactId) ?? 0) : 0;
    const label =
      tab === 'details'
        ? t('Details')
        : tab === 'attachments'
          ? t('Attachments')
          : count
            ? t('Comments ({count})', { count })
            : t('Comments');
    const selected = this.tab === tab;
    return html`<button
      role="tab"
      id="tab-${tab}"
      aria-controls="panel-${tab}"
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${selected ? 0 : -1}
      @click=${() => (this.tab = tab)}
    >
      ${label}
    </button>`;
  }

  /** Arrow keys, Home and End move between the tabs (the WAI-ARIA tabs pattern). */
  private handleTabKeydown = async (event: KeyboardEvent) => {
    const index = TABS.indexOf(this.tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };

  private handlePrint = async () => {
    await customElements.whenDefined('contact-print');
    const printer = this.shadowRoot!.querySelector('contact-print');
    if (!printer || !this.contact) return;
    printer.contacts = [this.contact];
    printer.heading = displayName(this.contact, this.books.book?.preferences.displayOrder);
    await printer.updateComplete;
    await printer.print();
  };

  private handleTags = async () => {
    const contact = this.contact;
    if (!contact) return;
    await customElements.whenDefined('contact-tags-dialog');
    await this.shadowRoot!.querySelector('contact-tags-dialog')?.open([contact]);
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

  /** The user's tags as chips; nothing when the contact has none. */
  private tagSection(tags: Tag[]) {
    return tags.length ? this.section(t('Tags'), [[t('Tags'), tagChipList(tags)]]) : nothing;
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
