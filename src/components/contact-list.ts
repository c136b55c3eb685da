import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { displayName, type Contact } from '../core/contact.js';
import { formatPhone, isPhoneMetadataLoaded } from '../core/phone.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { t } from './i18n.js';
import { controlStyles } from './theme.js';
import type { MenuItem } from './contact-menu.js';
import { contactTagChips, tagChipStyles } from './tag-chips.js';
import type { FirstRows } from '../core/first-rows.js';
import {
  FOCUS_KEYS,
  VIRTUALIZE_ABOVE,
  loadVirtualizer,
  moveRowFocus,
  virtualizerLoaded,
  virtualRows,
  virtualTableStyles,
} from './virtual-rows.js';

/**
 * @summary The contacts of the book, a page at a time, sorted by the display-order preference
 * (or all on one scrolling page, rendering only the rows in view, with the `onePage` preference).
 * One click (or Enter) shows a contact, a double click opens it in its own dialog; checkboxes
 * build a selection; each row has an Actions menu.
 * @event contact-select - a contact was chosen.
 * @event contact-open - a contact should open in its own dialog.
 * @event contact-edit - the user asked to edit a contact.
 * @event contact-delete - the user asked to delete contacts (the container confirms).
 * @event contact-comment - the user chose Comment in a row's menu, or its comment count.
 * @event contact-selection-change - the checked contacts changed.
 * @event contact-sms-compose - the user asked to text the checked contacts (the container opens the composer).
 * @csspart base - the wrapper.
 * @csspart bar - the select-all box and the selection's Actions menu above the table.
 * @csspart table - the table of contacts.
 * @csspart row - each contact's row; the shown one is also `active`.
 * @csspart empty - the message when there are no contacts (or no matches).
 * @csspart pager - the page navigation.
 * @csspart comments - a row's comment icon and count.
 * @cssproperty --cb-list-height - height of the scrolling list when every contact is on one page.
 */
@localized()
export class ContactList extends LitElement {
  static override styles = [
    controlStyles,
    tagChipStyles,
    virtualTableStyles,
    css`
      :host {
        display: block;
      }
      .bar,
      .pager {
        display: flex;
        align-items: center;
        gap: var(--_cb-space);
        padding: var(--_cb-space) 0;
        flex-wrap: wrap;
      }
      .pager {
        justify-content: flex-end;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        table-layout: fixed;
      }
      col.check,
      col.menu {
        width: 2.75rem;
      }
      col.name {
        width: 30%;
      }
      td {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      td:last-child {
        overflow: visible;
      }
      td:last-child contact-menu::part(button) {
        padding: calc(var(--_cb-space) * 0.2) var(--_cb-space-s);
      }
      th,
      td {
        text-align: start;
        padding: calc(var(--_cb-space) * 0.7) var(--_cb-space);
        border-bottom: 1px solid var(--_cb-border);
        vertical-align: middle;
      }
      th {
        font-weight: 600;
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
      }
      tbody tr {
        cursor: pointer;
      }
      tbody tr:hover {
        background: var(--_cb-surface);
      }
      tbody tr[aria-selected='true'] {
        background: var(--_cb-selected);
      }
      tbody tr:focus-visible {
        outline: 2px solid transparent;
        outline-offset: -2px;
        box-shadow: inset var(--_cb-focus);
      }
      .name {
        font-weight: 500;
      }
      .name .cell {
        display: flex;
        align-items: center;
        gap: calc(var(--_cb-space) * 0.7);
      }
      .name contact-avatar {
        flex: none;
      }
      /* The name keeps its room; the tag chips get what is left, and are clipped. */
      .name .text,
      .name .chips {
        min-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .name .text {
        flex: 0 1 auto;
      }
      .name .chips {
        flex: 1 1 0;
        flex-wrap: nowrap;
      }
      /* The last chip that shows gives way with an ellipsis ("Fa…"), rather than cut mid-letter. */
      .name .chips li {
        flex: none;
      }
      .name .chips li:last-child,
      .name .chips li:last-child .chip {
        flex: 0 1 auto;
        min-width: 0;
      }
      .muted {
        color: var(--_cb-muted);
      }
      .comments {
        margin-inline-start: calc(var(--_cb-space) * 0.7);
        padding: 0 calc(var(--_cb-space) * 0.7);
        border: none;
        background: none;
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
        vertical-align: middle;
      }
      .comments svg {
        width: 1em;
        height: 1em;
        vertical-align: -0.15em;
        margin-inline-end: calc(var(--_cb-space) * 0.3);
      }
      .empty {
        padding: var(--_cb-space-xl) 0;
        text-align: center;
        color: var(--_cb-muted);
      }
      @media (max-width: 40rem) {
        .wide {
          display: none;
        }
        col.name {
          width: auto;
        }
      }
    `,
  ];

  /** Contacts to show instead of the whole book (search results), in their given order. */
  @property({ attribute: false }) results: Contact[] | undefined;
  /** How many contacts matched in all, when `results` holds only the best of them. */
  @property({ attribute: false }) resultsTotal: number | undefined;
  /** The first rows to show while the book is still loading (from its snapshot). */
  @property({ attribute: false }) firstRows: FirstRows | undefined;
  /** The id of the contact shown in the details pane (highlighted). */
  @property({ attribute: 'active-id' }) activeId = '';

  @state() private page = 0;
  @state() private selected = new Set<string>();
  @state() private focusId = '';

  private readonly books = new BookController(this);

  /** The ids of the checked contacts. */
  get selection(): string[] {
    return [...this.selected];
  }

  /** Unchecks every contact. */
  clearSelection(): void {
    this.selected = new Set();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('results')) this.page = 0;
    if (this.books.book?.preferences.onePage && !virtualizerLoaded())
      void loadVirtualizer().then(() => this.requestUpdate());
  }

  /** The contacts on the page shown now (what "Print this page" prints). */
  currentPage(): Contact[] {
    return this.pageView()?.contacts ?? [];
  }

  override render() {
    const book = this.books.book;
    const view = this.pageView();
    if (!view) return html`<p class="empty">${t('Opening the address book…')}</p>`;
    const { total, pages, page, offset, preferences } = view;
    // Until the virtualizer has loaded, a long page shows its first rows.
    const contacts = virtualizerLoaded() ? view.contacts : view.contacts.slice(0, VIRTUALIZE_ABOVE);
    const order = preferences.displayOrder;
    const virtual = contacts.length > VIRTUALIZE_ABOVE;
    // Roving tab stop: one row of the page is in the Tab order, arrows move.
    const tabStop = contacts.some((c) => c.id === this.focusId) ? this.focusId : contacts[0]?.id;
    const row = (contact: Contact, index: number) =>
      this.renderRow(
        contact,
        displayName(contact, order),
        preferences.defaultRegion,
        contact.id === tabStop,
        virtual ? index + 2 : undefined,
      );
    const source = this.results;
    const checkedOnPage = contacts.filter((contact) => this.selected.has(contact.id)).length;
    const selection = this.selection;
    return html`
      <div part="base">
        <div class="bar" part="bar">
          <label>
            <input
              type="checkbox"
              aria-label=${t('Select all contacts on this page')}
              .checked=${contacts.length > 0 && checkedOnPage === contacts.length}
              .indeterminate=${checkedOnPage > 0 && checkedOnPage < contacts.length}
              ?disabled=${!contacts.length}
              @change=${(event: Event) => this.handleSelectPage(contacts, event)}
            />
            ${t('Select all on this page')}
          </label>
          <contact-menu
            label=${selection.length ? t('Actions ({count})', { count: selection.length }) : t('Actions')}
            .items=${
              [
                {
                  value: 'delete',
                  label: t('Delete selected'),
                  disabled: !selection.length || !book?.can('delete'),
                  reason: selection.length ? t('You may not delete contacts here.') : '',
                  danger: true,
                },
                { value: 'sms', label: t('Send SMS'), disabled: !selection.length },
                { value: 'tags', label: t('Tags…'), disabled: !selection.length },
                { value: 'clear', label: t('Clear selection'), disabled: !selection.length },
              ] satisfies MenuItem[]
            }
            @contact-menu-select=${this.handleSelectionMenu}
          ></contact-menu>
        </div>
        ${
          contacts.length
            ? html`<table
                part="table"
                role="grid"
                class=${virtual ? 'virtual' : ''}
                aria-label=${t('Contacts')}
                aria-rowcount=${virtual ? contacts.length + 1 : nothing}
              >
                <colgroup>
                  <col class="check" />
                  <col class="name" />
                  <col class="wide" />
                  <col class="wide" />
                  <col class="wide" />
                  <col class="menu" />
                </colgroup>
                <thead>
                  <tr role="row" aria-rowindex=${virtual ? 1 : nothing}>
                    <th><span class="visually-hidden">${t('Selected')}</span></th>
                    <th>${t('Name')}</th>
                    <th class="wide">${t('Organization')}</th>
                    <th class="wide">${t('E-mail')}</th>
                    <th class="wide">${t('Phone')}</th>
                    <th><span class="visually-hidden">${t('Actions')}</span></th>
                  </tr>
                </thead>
                ${
                  // A different template each way: the virtualizer takes over its tbody's layout.
                  virtual
                    ? html`<tbody>
                        ${virtualRows(contacts, row)}
                      </tbody>`
                    : html`<tbody>
                        ${contacts.map(row)}
                      </tbody>`
                }
              </table>`
            : html`<p class="empty" part="empty">
                ${source ? t('No contacts match.') : t('No contacts yet. Use New ▸ Contact to add one.')}
              </p>`
        }
        <nav class="pager" part="pager" aria-label=${t('Pages')}>
          <span class="muted" aria-live="polite"
            >${
              total === undefined
                ? t('{from}–{to}, counting the others…', { from: 1, to: contacts.length })
                : !total
                  ? ''
                  : this.results && (this.resultsTotal ?? 0) > total
                    ? t('{from}–{to} of the best {total} ({matches} match)', {
                        from: offset + 1,
                        to: offset + contacts.length,
                        total,
                        matches: this.resultsTotal!,
                      })
                    : t('{from}–{to} of {total}', {
                        from: offset + 1,
                        to: offset + contacts.length,
                        total,
                      })
            }</span
          >
          <button
            ?hidden=${pages === 1}
            ?disabled=${page === 0}
            @click=${() => (this.page = page - 1)}
          >
            ${t('Previous')}
          </button>
          <span ?hidden=${pages === 1}
            >${t('Page {page} of {pages}', { page: page + 1, pages })}</span
          >
          <button
            ?hidden=${pages === 1}
            ?disabled=${page >= pages - 1}
            @click=${() => (this.page = page + 1)}
          >
            ${t('Next')}
          </button>
        </nav>
        <contact-tags-dialog></contact-tags-dialog>
      </div>
    `;
  }

  /**
   * The page to show: clamped to the pages there are, from the results or the whole book; or,
   * while the book loads, its first rows (how many there are in all is not known yet).
   */
  private pageView() {
    const book = this.books.book;
    if (!book) {
      const { preferences, contacts, complete } = this.firstRows ?? {};
      // No rows known (yet an incomplete book): "No contacts" would be a lie.
      if (!preferences || !contacts || (!contacts.length && !complete)) return undefined;
      const shown = preferences.onePage ? contacts : contacts.slice(0, preferences.pageSize);
      return { contacts: shown, total: undefined, pages: 1, page: 0, offset: 0, preferences };
    }
    const { preferences } = book;
    const { onePage } = preferences;
    const total = this.results ? this.results.length : book.size;
    const pageSize = onePage ? Math.max(1, total) : book.preferences.pageSize;
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const page = Math.min(this.page, pages - 1);
    const offset = page * pageSize;
    const contacts = this.results
      ? this.results.slice(offset, offset + pageSize)
      : book.list({ offset, limit: pageSize }).contacts;
    return { contacts, total, pages, page, offset, preferences };
  }

  private renderRow(
    contact: Contact,
    name: string,
    region: string | undefined,
    tabStop: boolean,
    rowIndex: number | undefined,
  ) {
    const checked = this.selected.has(contact.id);
    return html`<tr
      part=${contact.id === this.activeId ? 'row active' : 'row'}
      role="row"
      aria-rowindex=${rowIndex ?? nothing}
      tabindex=${tabStop ? 0 : -1}
      @focus=${() => (this.focusId = contact.id)}
      aria-selected=${contact.id === this.activeId ? 'true' : 'false'}
      data-id=${contact.id}
      @click=${() => this.select(contact)}
      @dblclick=${() => emit(this, 'contact-open', { contact })}
      @keydown=${(event: KeyboardEvent) => this.handleRowKeydown(event, contact)}
    >
      <td
        @click=${(event: Event) => event.stopPropagation()}
        @dblclick=${(event: Event) => event.stopPropagation()}
      >
        <input
          type="checkbox"
          aria-label=${t('Select {name}', { name })}
          .checked=${checked}
          @change=${(event: Event) => this.toggle(contact.id, (event.target as HTMLInputElement).checked)}
        />
      </td>
      <td class="name">
        <div class="cell">
          <contact-avatar .contact=${contact}></contact-avatar>
          <span class="text">${name}</span>${this.commentCount(contact)}
          ${contactTagChips(this.books.book, contact.id)}
        </div>
      </td>
      <td class="wide muted">${contact.organization ?? ''}</td>
      <td class="wide">${contact.emails[0]?.value ?? ''}</td>
      <td class="wide">${contact.phones[0] ? shownPhone(contact.phones[0].value, region) : ''}</td>
      <td
        @click=${(event: Event) => event.stopPropagation()}
        @dblclick=${(event: Event) => event.stopPropagation()}
      >
        <contact-menu
          align="end"
          label="⋯"
          accessible-label=${t('Actions for {name}', { name })}
          .items=${this.rowItems(contact)}
          @contact-menu-select=${(event: CustomEvent<{ value: string }>) => this.handleRowMenu(event, contact)}
        ></contact-menu>
      </td>
    </tr>`;
  }

  private handleRowKeydown(event: KeyboardEvent, contact: Contact) {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      if (event.shiftKey) emit(this, 'contact-open', { contact });
      else this.select(contact);
    } else if (event.key === ' ') {
      this.toggle(contact.id, !this.selected.has(contact.id));
    } else if (FOCUS_KEYS.includes(event.key)) {
      const contacts = this.pageView()?.contacts ?? [];
      moveRowFocus(event.currentTarget as HTMLElement, contacts, contact, event.key);
    } else if (event.key === 'Delete') {
      emit(this, 'contact-delete', { contacts: [contact] });
    } else return;
    event.preventDefault();
  }

  private handleSelectPage(contacts: Contact[], event: Event) {
    const checked = (event.target as HTMLInputElement).checked;
    const next = new Set(this.selected);
    for (const contact of contacts) {
      if (checked) next.add(contact.id);
      else next.delete(contact.id);
    }
    this.setSelection(next);
  }

  private handleSelectionMenu = (event: CustomEvent<{ value: string }>) => {
    event.stopPropagation();
    const book = this.books.book;
    if (!book) return;
    if (event.detail.value === 'clear') this.setSelection(new Set());
    const contacts = this.selection.flatMap((id) => book.find(id) ?? []);
    if (!contacts.length) return;
    if (event.detail.value === 'delete') emit(this, 'contact-delete', { contacts });
    if (event.detail.value === 'sms') emit(this, 'contact-sms-compose', { contacts });
    if (event.detail.value === 'tags') void this.openTags(contacts);
  };

  private handleRowMenu(event: CustomEvent<{ value: string }>, contact: Contact) {
    event.stopPropagation();
    if (event.detail.value === 'details') emit(this, 'contact-open', { contact });
    if (event.detail.value === 'edit') emit(this, 'contact-edit', { contact });
    if (event.detail.value === 'comment') emit(this, 'contact-comment', { contact });
    if (event.detail.value === 'delete') emit(this, 'contact-delete', { contacts: [contact] });
    if (event.detail.value === 'tags') void this.openTags([contact]);
  }

  private async openTags(contacts: Contact[]) {
    await customElements.whenDefined('contact-tags-dialog');
    await this.shadowRoot!.querySelector('contact-tags-dialog')!.open(contacts);
  }

  private rowItems(contact: Contact): MenuItem[] {
    const book = this.books.book;
    return [
      { value: 'details', label: t('Details') },
      {
        value: 'edit',
        label: t('Edit'),
        disabled: !book?.can('edit', contact),
        reason: t('You may not edit this contact.'),
      },
      {
        value: 'comment',
        label: t('Comment'),
        disabled: !book?.comments.mayComment(contact.id),
      },
      { value: 'tags', label: t('Tags…') },
      {
        value: 'delete',
        label: t('Delete'),
        disabled: !book?.can('delete', contact),
        reason: t('You may not delete contacts here.'),
        danger: true,
      },
    ];
  }

  /** The comment icon with the count, for a contact that has comments; it opens them. */
  private commentCount(contact: Contact) {
    const count = this.books.book?.comments.count(contact.id) ?? 0;
    if (!count) return nothing;
    const label = t('{count, plural, one {# comment} other {# comments}}', { count });
    return html`<button
      class="comments"
      part="comments"
      aria-label=${label}
      title=${label}
      tabindex="-1"
      @click=${(event: Event) => {
        event.stopPropagation();
        emit(this, 'contact-comment', { contact });
      }}
      @dblclick=${(event: Event) => event.stopPropagation()}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
        <path
          d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"
        /></svg
      >${count}
    </button>`;
  }

  private select(contact: Contact) {
    this.activeId = contact.id;
    emit(this, 'contact-select', { contact });
  }

  private toggle(id: string, checked: boolean) {
    const next = new Set(this.selected);
    if (checked) next.add(id);
    else next.delete(id);
    this.setSelection(next);
  }

  private setSelection(next: Set<string>) {
    this.selected = next;
    emit(this, 'contact-selection-change', { ids: [...next] });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-list': ContactList;
  }
}

/**
 * A number as the list shows it. A big book's first rows render before ContactBook.load() has
 * fetched the phone metadata: as stored until then (the list renders again once the book loads).
 */
function shownPhone(value: string, region: string | undefined): string {
  return isPhoneMetadataLoaded() ? formatPhone(value, { region }) : value;
}
