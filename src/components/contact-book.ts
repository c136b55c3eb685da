import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { localized } from '@lit/localize';
import { property, query, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { ContactBook } from '../core/book.js';
import { FirstRowsKeeper } from '../core/first-rows-keeper.js';
import type { FirstRows } from '../core/first-rows.js';
import type { Contact } from '../core/contact.js';
import type { Directory } from '../core/directory.js';
import type { MapProvider } from '../core/links.js';
import type { PresenceProvider } from '../core/presence.js';
import type { Store } from '../core/store.js';
import { IndexedDBStore } from '../adapters/indexeddb/indexeddb-store.js';
import { bookContext } from './book-context.js';
import { bookStyles } from './contact-book.styles.js';
import { deferred } from './deferred.js';
import { GroupDataResults } from './group-data-results.js';
import type { ContactAccessDialog } from './contact-access-dialog.js';
import { painted } from './painted.js';
import type { ContactConfirm } from './contact-confirm.js';
import { translateError } from './core-messages.js';
import type { ContactDetails } from './contact-details.js';
import type { ContactImportDialog } from './contact-import-dialog.js';
import type { ContactList } from './contact-list.js';
import type { ContactPrint } from './contact-print.js';
import type { ContactPreferences } from './contact-preferences.js';
import type { MenuItem } from './contact-menu.js';
import { getLocale, t } from './i18n.js';
import { bookLabel } from './book-label.js';
import { controlStyles } from './theme.js';
import { handleToolbarKeydown } from './toolbar-keys.js';

/** How long the "Undo" notice stays after a deletion. */
const NOTICE_MS = 12_000;

/**
 * @summary The drop-in address book: toolbar, list, details, editor, trash and preferences.
 * With no configuration it opens an IndexedDB database named by `name`; set `store` to use any
 * other Store. Children get the ContactBook through @lit/context.
 * @slot toolbar - extra controls at the end of the toolbar.
 * @event contact-select - a contact was chosen (from the list or the search).
 * @event contact-open - a contact opened in its own dialog (double click, Shift+Enter).
 * @event contact-edit - the user asked to edit a contact, or to create one.
 * @event contact-save - the editor saved a contact.
 * @event contact-cancel - the editor or the preferences closed without saving.
 * @event contact-delete - the user asked to delete contacts (a confirmation follows).
 * @event contact-selection-change - the checked contacts changed.
 * @event contact-search - the search has new results, or was cleared.
 * @event contact-preferences-saved - the preferences were saved.
 * @event contact-sms-compose - the user asked to text the checked contacts.
 * @event contact-action - cancelable one-click e-mail, call, SMS, fax, IM or map.
 * @event contact-import - an import finished.
 * @event contact-export - cancelable; an export file is ready.
 * @event contact-print - cancelable; a print view is ready.
 * (Every `contact-*` event of the elements inside bubbles out: README.md lists them all.)
 * @csspart base - the wrapper.
 * @csspart toolbar - the toolbar.
 * @csspart search - the search field above the list.
 * @csspart list - the list pane.
 * @csspart details - the details pane.
 * @csspart notice - the status line with Undo.
 * @csspart toolbar-button - the New and More buttons; `toolbar-menu` their drop-downs.
 * @csspart search-input - the search field; `search-popup` its drop-down of hits.
 * @csspart table - the list's table; `row` each contact's row (`active` the shown one), `pager` its page navigation.
 * @csspart details-header - the details pane's name and buttons; `details-section` each group of fields, `details-button` its Print, Edit and Delete.
 * @csspart dialog - every dialog; each is also named: `editor-dialog`, `viewer-dialog`, `preferences-dialog`, `trash-dialog`, `sms-dialog`, `import-dialog`, `tags-dialog`, `access-dialog`, `confirm-dialog`.
 * @csspart editor - the contact editor; `editor-tabs`, `editor-tab`, `editor-footer` inside it.
 * @cssproperty --cb-bg - page background of the element and its dialogs.
 * @cssproperty --cb-surface - toolbar, buttons and hovered rows.
 * @cssproperty --cb-text - text colour.
 * @cssproperty --cb-muted - secondary text: labels, counts, hints.
 * @cssproperty --cb-border - borders and separators.
 * @cssproperty --cb-accent - primary buttons, links, the chosen tab.
 * @cssproperty --cb-accent-text - text on the accent colour.
 * @cssproperty --cb-danger - destructive actions and errors.
 * @cssproperty --cb-selected - the shown row and highlighted menu items.
 * @cssproperty --cb-focus - the keyboard focus ring (a box-shadow).
 * @cssproperty --cb-shadow - shadow of menus and drop-downs.
 * @cssproperty --cb-backdrop - what covers the page behind a dialog.
 * @cssproperty --cb-avatar-text - initials on an avatar.
 * @cssproperty --cb-font - font family.
 * @cssproperty --cb-font-size - base font size.
 * @cssproperty --cb-font-size-small - labels, hints and counts.
 * @cssproperty --cb-heading-size - dialog headings.
 * @cssproperty --cb-title-size - the contact's name in the details.
 * @cssproperty --cb-radius - corner radius of controls.
 * @cssproperty --cb-radius-large - corner radius of dialogs.
 * @cssproperty --cb-radius-pill - corner radius of chips.
 * @cssproperty --cb-space - the spacing unit every gap and padding derives from.
 * @cssproperty --cb-avatar-size - size of the avatars in the list.
 */
@localized()
export class ContactBookElement extends LitElement {
  static override styles = [controlStyles, bookStyles];

  /** The IndexedDB database to open when no `store` is given. */
  @property({ reflect: true }) name = 'contact-book';
  /** `light` or `dark` forces that colour scheme on everything inside, dialogs too; `auto` follows the user's. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';
  /** Any Store; replaces the IndexedDB default. */
  @property({ attribute: false }) store: Store | undefined;
  /** The acting user (changing it opens that user's Private book). */
  @property({ attribute: 'user-id' }) userId = 'me';
  /**
   * Users and groups. With one, the toolbar offers the user's group books next to Private, and
   * "Access…" to grant rights; without one, the element shows the user's Private book alone.
   */
  @property({ attribute: false }) directory: Directory | undefined;
  /** The book to show: `private-<user>` or `group-<id>`; empty means the user's Private book. */
  @property({ attribute: 'book-id' }) bookId = '';
  /** Where "Access map" opens; overrides the user's preference when set. */
  @property({ attribute: 'map-provider' }) mapProvider: MapProvider | undefined;
  /** Where IM presence comes from; without one every status shows as unknown. */
  @property({ attribute: false }) presence: PresenceProvider | undefined;
  /** The largest file that can be attached to a contact, in bytes (25 MB when unset). */
  @property({ type: Number, attribute: 'max-attachment-size' }) maxAttachmentSize:
    number | undefined;

  @state() private book: ContactBook | undefined;
  @state() private failure = '';
  @state() private selectedId = '';
  @state() private editing: { contact?: Contact } | undefined;
  @state() private viewingId = '';
  @state() private textRecipients: Contact[] = [];
  @state() private selectedIds: string[] = [];
  @state() private trashOpen = false;
  /** The current search's results; undefined shows the whole book. */
  @state() private searchResults: Contact[] | undefined;
  @state() private searchTotal: number | undefined;
  /** The search's total with the group books' matches ("Include group data"), once known. */
  @state() private widenedTotal: number | undefined;
  @state() private notice: { message: string; undo?: () => Promise<unknown> } | undefined;
  /** The book's first rows, shown while it loads (see core/first-rows.ts). */
  @state() private firstRows: FirstRows | undefined;

  @query('contact-confirm') private confirm!: ContactConfirm;
  @query('contact-access-dialog') private accessDialog!: ContactAccessDialog;
  @query('contact-import-dialog') private importer!: ContactImportDialog;
  @query('contact-print') private printer!: ContactPrint;
  @query('contact-list') private list!: ContactList;
  @query('contact-preferences') private preferences!: ContactPreferences;
  @query('#editor') private editorDialog!: HTMLDialogElement;
  @query('#viewer') private viewerDialog!: HTMLDialogElement;
  @query('#viewer contact-details') private viewerDetails!: ContactDetails;
  @query('#preferences') private preferencesDialog!: HTMLDialogElement;
  @query('#trash') private trashDialog!: HTMLDialogElement;
  @query('#sms') private smsDialog!: HTMLDialogElement;

  /** One function for the search's `tagsOf`, so re-rendering does not hand it a new one. */
  private readonly tagsOf = (id: string) => this.book?.tagsOf(id) ?? [];
  private readonly provider = new ContextProvider(this, { context: bookContext });
  private ownedStore: Store | undefined;
  private keeper: FirstRowsKeeper | undefined;
  private readonly groupData = new GroupDataResults();
  /** A contact to select once the book being opened is open (chosen from group data). */
  private pendingSelection = '';
  private openAttempt = 0;
  private opened = deferred<ContactBook>();
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    // On the host, so events from the dialogs (top layer) are heard as well as the panes'.
    this.addEventListener('contact-select', this.handleSelect);
    this.addEventListener('contact-open', this.handleOpen);
    this.addEventListener('contact-comment', this.handleComment);
    this.addEventListener('contact-edit', this.handleEdit);
    this.addEventListener('contact-delete', this.handleDelete);
    this.addEventListener('contact-sms-compose', this.handleSmsCompose);
    this.addEventListener('contact-selection-change', this.handleSelectionChange);
    this.addEventListener('contact-access', this.handleAccess);
  }

  /** The ContactBook once open (undefined while opening). */
  get contactBook(): ContactBook | undefined {
    return this.book;
  }

  /** Resolves when the book is open; rejects when it cannot be opened. */
  ready(): Promise<ContactBook> {
    return this.book ? Promise.resolve(this.book) : this.opened.promise;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('userId') && !changed.has('bookId') && this.hasUpdated) this.bookId = '';
    if (
      ['name', 'store', 'userId', 'directory', 'bookId', 'maxAttachmentSize'].some((key) =>
        changed.has(key as never),
      )
    )
      void this.open();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.noticeTimer);
    this.openAttempt += 1; // an open still in flight closes what it opened
    void this.release();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.book) void this.open();
  }

  override render() {
    if (this.failure) return html`<p class="failure error" role="alert">${this.failure}</p>`;
    const book = this.book;
    const selected = this.selectedId ? book?.find(this.selectedId) : undefined;
    const viewing = this.viewingId ? book?.find(this.viewingId) : undefined;
    return html`
      <div part="base" lang=${getLocale()}>
        <div
          part="toolbar"
          role="toolbar"
          aria-label=${t('Address book')}
          @keydown=${handleToolbarKeydown}
        >
          ${
            this.directory
              ? html`<contact-context-select
                  .directory=${this.directory}
                  user-id=${this.userId}
                  value=${book?.bookId ?? this.bookId}
                  .sharedBooks=${book?.sharedBooks() ?? []}
                  @contact-context-change=${this.handleContext}
                ></contact-context-select>`
              : nothing
          }
          <contact-menu
            label=${t('New')}
            exportparts="button: toolbar-button, menu: toolbar-menu"
            .items=${
              [
                {
                  value: 'contact',
                  label: t('Contact'),
                  disabled: !book?.can('add'),
                  reason: t('You may not add contacts to this book.'),
                },
              ] satisfies MenuItem[]
            }
            @contact-menu-select=${this.handleNewMenu}
          ></contact-menu>
          <contact-menu
            label=${t('More')}
            exportparts="button: toolbar-button, menu: toolbar-menu"
            .items=${
              [
                {
                  value: 'import',
                  label: t('Import…'),
                  disabled: !book?.can('add'),
                  reason: t('You may not add contacts to this book.'),
                },
                {
                  value: 'print-selection',
                  label: t('Print selected ({count})', { count: this.selectedIds.length }),
                  disabled: !this.selectedIds.length,
                },
                { value: 'print-page', label: t('Print this page'), disabled: !book?.size },
                { value: 'preferences', label: t('Preferences…') },
                { value: 'trash', label: t('Trash…') },
                { value: 'tags', label: t('Tags…') },
                ...this.accessItems(book),
                {
                  value: 'empty',
                  label: t('Empty the address book…'),
                  danger: true,
                  disabled: !book?.size || !book.can('empty'),
                  reason: book?.size ? t('You may not delete contacts in this book.') : '',
                },
              ] satisfies MenuItem[]
            }
            @contact-menu-select=${this.handleMoreMenu}
          ></contact-menu>
          <contact-export-menu .selectedIds=${this.selectedIds}></contact-export-menu>
          <slot name="toolbar"></slot>
        </div>
        ${
          book && !book.can('view')
            ? html`<p role="alert">${t('You may not see this address book.')}</p>`
            : book || this.firstRows
              ? html`<div class="panes">
                  <div class="list-pane">
                    <contact-search
                      part="search"
                      exportparts="input: search-input, popup: search-popup"
                      .tagsOf=${this.tagsOf}
                      .listedTotal=${this.widenedTotal}
                      @contact-search=${this.handleSearch}
                    ></contact-search>
                    <contact-list
                      part="list"
                      exportparts="row, active, table, pager"
                      active-id=${this.selectedId}
                      .results=${this.searchResults}
                      .resultsTotal=${this.searchTotal}
                      .firstRows=${this.firstRows}
                    ></contact-list>
                  </div>
                  <contact-details
                    part="details"
                    exportparts="header: details-header, section: details-section, button: details-button"
                    .contact=${selected}
                    .mapProvider=${this.mapProvider}
                    .presence=${this.presence}
                  ></contact-details>
                </div>`
              : html`<p role="status">${t('Opening the address book…')}</p>`
        }
        ${
          this.notice
            ? html`<div part="notice" role="status">
                <span>${this.notice.message}</span>
                ${this.notice.undo ? html`<button @click=${this.handleUndo}>${t('Undo')}</button>` : nothing}
              </div>`
            : nothing
        }
      </div>
      <dialog
        id="editor"
        part="dialog editor-dialog"
        aria-label=${this.editing?.contact ? t('Edit contact') : t('New contact')}
        @cancel=${this.handleEditorClosed}
      >
        <h2>${this.editing?.contact ? t('Edit contact') : t('New contact')}</h2>
        ${
          this.editing
            ? html`<contact-editor
                part="editor"
                exportparts="tabs: editor-tabs, tab: editor-tab, footer: editor-footer"
                .contact=${this.editing.contact}
                @contact-save=${this.handleSaved}
                @contact-cancel=${this.handleEditorClosed}
              ></contact-editor>`
            : nothing
        }
      </dialog>
      <dialog
        id="viewer"
        part="dialog viewer-dialog"
        aria-label=${t('Contact')}
        @close=${() => (this.viewingId = '')}
      >
        <contact-details
          .contact=${viewing}
          .mapProvider=${this.mapProvider}
          .presence=${this.presence}
        >
          <button slot="actions" @click=${() => this.viewerDialog.close()}>${t('Close')}</button>
        </contact-details>
      </dialog>
      <contact-tags-dialog exportparts="dialog, dialog: tags-dialog"></contact-tags-dialog>
      <dialog id="preferences" part="dialog preferences-dialog" aria-label=${t('Preferences')}>
        <h2>${t('Preferences')}</h2>
        <contact-preferences
          @contact-preferences-saved=${() => this.preferencesDialog.close()}
          @contact-cancel=${() => this.preferencesDialog.close()}
        ></contact-preferences>
      </dialog>
      <dialog
        id="trash"
        part="dialog trash-dialog"
        aria-label=${t('Trash')}
        @close=${() => (this.trashOpen = false)}
      >
        <header>
          <h2>${t('Trash')}</h2>
          <button @click=${() => this.trashDialog.close()}>${t('Close')}</button>
        </header>
        ${this.trashOpen ? html`<contact-trash></contact-trash>` : nothing}
      </dialog>
      <dialog
        id="sms"
        part="dialog sms-dialog"
        aria-label=${t('Send SMS')}
        @close=${() => (this.textRecipients = [])}
      >
        <header>
          <h2>${t('Send SMS')}</h2>
          <button @click=${() => this.smsDialog.close()}>${t('Close')}</button>
        </header>
        ${
          // Rendered only while open: the composer's picker works over the whole book.
          this.textRecipients.length
            ? html`<contact-sms-composer
                .contacts=${this.textRecipients}
                @contact-action=${(event: CustomEvent<{ kind: string }>) => {
                  if (event.detail.kind === 'sms') this.smsDialog.close();
                }}
              ></contact-sms-composer>`
            : nothing
        }
      </dialog>
      <contact-import-dialog exportparts="dialog, dialog: import-dialog"></contact-import-dialog>
      <contact-access-dialog exportparts="dialog, dialog: access-dialog"></contact-access-dialog>
      <contact-print></contact-print>
      <contact-confirm exportparts="dialog, dialog: confirm-dialog"></contact-confirm>
    `;
  }

  // ── Event handlers ────────────────────────────────────────────────────────

  private handleSelect = (event: CustomEvent<{ contact: Contact }>) => {
    if (!this.openElsewhere(event.detail.contact)) this.selectedId = event.detail.contact.id;
  };

  private handleOpen = (event: CustomEvent<{ contact: Contact }>) => {
    if (this.openElsewhere(event.detail.contact)) return;
    this.viewingId = event.detail.contact.id;
    this.viewerDetails.tab = 'details';
    if (!this.viewerDialog.open) this.viewerDialog.showModal();
  };

  /** Actions ▸ Comment: the contact in its own dialog, on the Comments tab, ready to type. */
  private handleComment = async (event: CustomEvent<{ contact: Contact }>) => {
    if (this.openElsewhere(event.detail.contact)) return;
    this.viewingId = event.detail.contact.id;
    if (!this.viewerDialog.open) this.viewerDialog.showModal();
    await this.updateComplete;
    await this.viewerDetails.showComments();
  };

  private handleEdit = (event: CustomEvent<{ contact?: Contact }>) => {
    const contact = event.detail.contact;
    if (!contact || !this.openElsewhere(contact)) void this.edit(contact);
  };

  private handleSaved = (event: CustomEvent<{ contact: Contact }>) => {
    this.selectedId = event.detail.contact.id;
    this.closeEditor();
  };

  private handleEditorClosed = (event: Event) => {
    event.preventDefault();
    this.closeEditor();
  };

  private handleDelete = async (event: CustomEvent<{ contacts: Contact[] }>) => {
    const book = this.book;
    const ids = event.detail.contacts.map((contact) => contact.id);
    if (!book || !ids.length) return;
    const count = ids.length;
    const confirmed = await this.confirm.ask({
      heading: count === 1 ? t('Delete this contact?') : t('Delete {count} contacts?', { count }),
      message: t(
        '{count, plural, one {# contact} other {# contacts}} will move to the trash, where you can restore them for {days} days.',
        { count, days: book.trashDays },
      ),
      confirmLabel: count === 1 ? t('Delete') : t('Delete {count} contacts', { count }),
    });
    if (!confirmed) return;
    await this.attempt(async () => {
      const home = homeIds(book, ids);
      await book.remove(ids);
      this.trashed(book, ids, home);
    });
  };

  private handleContext = (event: CustomEvent<{ bookId: string }>) => {
    this.bookId = event.detail.bookId;
  };

  private handleAccess = async (event: CustomEvent<{ contact?: Contact }>) => {
    await customElements.whenDefined('contact-access-dialog');
    await this.accessDialog.show(event.detail.contact);
  };

  private handleSelectionChange = (event: CustomEvent<{ ids: string[] }>) => {
    this.selectedIds = event.detail.ids;
  };

  private handleSearch = async (
    event: CustomEvent<{
      query: string;
      contacts: Contact[];
      total: number;
      includeGroupData: boolean;
    }>,
  ) => {
    const { query, contacts, total, includeGroupData } = event.detail;
    const searching = query.trim() !== '';
    this.searchResults = searching ? contacts : undefined;
    this.searchTotal = searching ? total : undefined;
    this.widenedTotal = undefined;
    if (!searching || !includeGroupData || !this.directory || !this.book) {
      this.groupData.reset();
      return;
    }
    const widened = await this.groupData.widen(this.book, query, { contacts, total });
    if (!widened) return;
    this.searchResults = widened.contacts;
    this.searchTotal = widened.total;
    this.widenedTotal = widened.total;
  };

  private handleSmsCompose = async (event: CustomEvent<{ contacts: Contact[] }>) => {
    this.textRecipients = event.detail.contacts;
    await this.updateComplete;
    if (!this.smsDialog.open) this.smsDialog.showModal();
  };

  private handleNewMenu = (event: CustomEvent<{ value: string }>) => {
    event.stopPropagation();
    if (event.detail.value === 'contact') {
      void this.edit(undefined);
    }
  };

  private handleMoreMenu = async (event: CustomEvent<{ value: string }>) => {
    event.stopPropagation();
    const book = this.book;
    if (!book) return;
    if (event.detail.value === 'import') {
      // The dialogs load after the first view (elements.ts): a quick click waits for them.
      await customElements.whenDefined('contact-import-dialog');
      await this.importer.show();
    } else if (event.detail.value === 'print-selection') {
      await this.print(
        this.selectedIds.flatMap((id) => book.find(id) ?? []),
        t('Selected contacts'),
      );
    } else if (event.detail.value === 'print-page') {
      await this.print(this.list?.currentPage() ?? [], bookLabel(book));
    } else if (event.detail.value === 'tags') {
      await customElements.whenDefined('contact-tags-dialog');
      await this.renderRoot.querySelector('contact-tags-dialog')!.open([]);
    } else if (event.detail.value === 'preferences') {
      await customElements.whenDefined('contact-preferences');
      this.preferences.reset();
      this.preferencesDialog.showModal();
    } else if (event.detail.value === 'access') {
      await customElements.whenDefined('contact-access-dialog');
      await this.accessDialog.show();
    } else if (event.detail.value === 'trash') {
      // Rendered only while open: the trash list is read when it is shown, not on every change.
      this.trashOpen = true;
      this.trashDialog.showModal();
    } else if (event.detail.value === 'empty') {
      const count = book.size;
      const confirmed = await this.confirm.ask({
        heading: t('Empty "{name}"?', { name: bookLabel(book) }),
        message: t(
          '{count, plural, one {The # contact} other {All # contacts}} will move to the trash, where you can restore them for {days} days.',
          { count, days: book.trashDays },
        ),
        confirmLabel: t('Empty the address book'),
        requireText: bookLabel(book),
      });
      if (!confirmed) return;
      await this.attempt(async () => {
        const ids = book.all().map((contact) => contact.id);
        const home = homeIds(book, ids);
        await book.empty(book.bookName);
        this.trashed(book, ids, home);
      });
    }
  };

  private handleUndo = async () => {
    const undo = this.notice?.undo;
    this.notice = undefined;
    if (undo) await this.attempt(async () => void (await undo()));
  };

  // ── Private helpers ───────────────────────────────────────────────────────

  /** A contact found in another book (group data) opens that book, selected there. */
  private openElsewhere(contact: Contact): boolean {
    const bookId = this.groupData.bookOf(contact.id);
    if (!bookId || this.book?.find(contact.id)) return false;
    this.pendingSelection = contact.id;
    this.bookId = bookId;
    return true;
  }

  /** "Access…" when there is a directory to pick people from; owners and admins grant. */
  private accessItems(book: ContactBook | undefined): MenuItem[] {
    if (!this.directory || !book) return [];
    const reason =
      book.access.kind === 'personal'
        ? t('Only the owner of this book grants access.')
        : t('Only the group’s admins grant access.');
    return [{ value: 'access', label: t('Access…'), disabled: !book.can('grant'), reason }];
  }

  private async print(contacts: Contact[], heading: string) {
    if (!contacts.length) return;
    await customElements.whenDefined('contact-print');
    this.printer.contacts = contacts;
    this.printer.heading = heading;
    await this.printer.updateComplete;
    await this.printer.print();
  }

  private async edit(contact: Contact | undefined) {
    if (this.viewerDialog.open) this.viewerDialog.close();
    this.editing = { contact };
    await this.updateComplete;
    if (!this.editorDialog.open) this.editorDialog.showModal();
  }

  private closeEditor() {
    if (this.editorDialog.open) this.editorDialog.close();
    this.editing = undefined;
  }

  /**
   * After contacts left the book: nothing stale on screen, and an Undo that brings back those
   * that went to the trash (`home`; contacts shared into a group were only unshared from it).
   */
  private trashed(book: ContactBook, ids: string[], home: string[]) {
    if (ids.includes(this.selectedId)) this.selectedId = '';
    if (this.viewerDialog.open) this.viewerDialog.close();
    this.list?.clearSelection();
    this.selectedIds = [];
    this.showNotice(
      home.length === ids.length
        ? t('{count, plural, one {# contact} other {# contacts}} moved to the trash.', {
            count: ids.length,
          })
        : t('{count, plural, one {# contact} other {# contacts}} removed from "{name}".', {
            count: ids.length,
            name: bookLabel(book),
          }),
      home.length ? () => book.restore(home) : undefined,
    );
  }

  private showNotice(message: string, undo?: () => Promise<unknown>) {
    clearTimeout(this.noticeTimer);
    this.notice = { message, undo };
    this.noticeTimer = setTimeout(() => (this.notice = undefined), NOTICE_MS);
  }

  private async attempt(action: () => Promise<void>) {
    try {
      await action();
    } catch (error) {
      this.showNotice(translateError(error));
    }
  }

  private async open() {
    const attempt = ++this.openAttempt;
    await this.release();
    if (attempt !== this.openAttempt || !this.isConnected) return;
    this.failure = '';
    let owned: Store | undefined;
    let keeper: FirstRowsKeeper | undefined;
    try {
      owned = this.store ? undefined : await IndexedDBStore.open(this.name);
      const book = new ContactBook({
        store: this.store ?? owned!,
        userId: this.userId,
        bookId: this.bookId || undefined,
        directory: this.directory,
        maxAttachmentSize: this.maxAttachmentSize,
      });
      keeper = new FirstRowsKeeper(book, () => this.list?.requestUpdate());
      this.keeper = keeper;
      // The first rows from the book's snapshot, on screen before the whole book is read.
      const firstRows = await keeper.read();
      if (firstRows && attempt === this.openAttempt) {
        this.firstRows = firstRows;
        await painted(this);
      }
      if (attempt === this.openAttempt) await book.load();
      // Removed, or asked for another book, while this one was opening: close what it opened.
      if (attempt !== this.openAttempt || !this.isConnected) {
        keeper.stop();
        book.close();
        await owned?.close();
        return;
      }
      keeper.follow();
      this.firstRows = undefined;
      this.ownedStore = owned;
      this.book = book;
      this.selectedId = this.pendingSelection;
      this.pendingSelection = '';
      this.selectedIds = [];
      this.searchResults = undefined;
      this.searchTotal = undefined;
      this.widenedTotal = undefined;
      this.unsubscribe = book.subscribe(() => this.requestUpdate());
      this.provider.setValue(book);
      this.opened.resolve(book);
    } catch (error) {
      keeper?.stop();
      await owned?.close();
      if (attempt !== this.openAttempt) return;
      this.failure = t('The address book could not be opened: {reason}', {
        reason: error instanceof Error ? error.message : String(error),
      });
      this.opened.reject(error);
      this.opened = deferred();
    }
  }

  private async release() {
    this.keeper?.stop();
    this.keeper = undefined;
    this.firstRows = undefined;
    this.groupData.reset();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.book) this.opened = deferred();
    this.book?.close();
    this.book = undefined;
    this.provider.setValue(undefined);
    const owned = this.ownedStore;
    this.ownedStore = undefined;
    await owned?.close();
  }
}

/** The contacts among `ids` at home in the book (not shared into it from a Private book). */
function homeIds(book: ContactBook, ids: readonly string[]): string[] {
  return ids.filter((id) => book.find(id)?.bookId === book.bookId);
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-book': ContactBookElement;
  }
}
