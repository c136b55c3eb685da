import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { query, state } from 'lit/decorators.js';
import { toggleGrant } from '../core/access.js';
import { displayName, type Contact } from '../core/contact.js';
import type { DirectoryUser } from '../core/directory.js';
import type { BookAccess, Grant } from '../core/rights.js';
import { BookController } from './book-controller.js';
import { translateError } from './core-messages.js';
import { t } from './i18n.js';
import { bookLabel } from './book-label.js';
import { controlStyles } from './theme.js';

/** A column of the grid: the right it ticks and its heading. */
interface Column {
  grant: Grant;
  label: string;
}

/** One person's row: what is ticked, and why it cannot change (when it cannot). */
interface Row {
  user: DirectoryUser;
  grants: Grant[];
  fixed?: string;
}

/**
 * @summary Who may do what, as a grid of people × rights. For a Private book (its owner): View,
 * Edit contacts, Add contacts, Delete contacts for every user of the directory, the dependencies
 * held as you tick (Add ticks View; unticking View clears the row) and a warning on Delete. For a
 * group book (its admins): Add and Delete for each member. For one contact of a group (`show(contact)`,
 * its admins): who edits it beyond its creator. Others see the grid read-only, with the reason.
 * @csspart dialog - the dialog.
 * @csspart grid - the table of people × rights.
 * @csspart warning - the warning under the grid.
 */
@localized()
export class ContactAccessDialog extends LitElement {
  static override styles = [
    controlStyles,
    css`
      dialog {
        max-width: min(44rem, 95vw);
      }
      table {
        border-collapse: collapse;
        width: 100%;
        margin: var(--_cb-space) 0;
      }
      th,
      td {
        padding: var(--_cb-space-xs) var(--_cb-space);
        border-bottom: 1px solid var(--_cb-border);
      }
      thead th,
      td {
        text-align: center;
      }
      thead th:first-child {
        text-align: start;
      }
      tbody th {
        text-align: start;
        font-weight: normal;
      }
      /* On a phone the grid fits: smaller headers, long addresses break, cells pad less. */
      @media (max-width: 40rem) {
        dialog {
          padding-inline: var(--_cb-space);
        }
        table {
          font-size: var(--_cb-font-size-small);
        }
        th,
        td {
          padding: var(--_cb-space-xs) 2px;
        }
        tbody th {
          overflow-wrap: anywhere;
        }
      }
      .email,
      .hint {
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
      }
      [part='warning'],
      [role='alert'] {
        color: var(--_cb-danger);
      }
      footer {
        display: flex;
        gap: var(--_cb-space);
        justify-content: flex-end;
      }
    `,
  ];

  @state() private contact: Contact | undefined;
  @state() private rows: Row[] = [];
  @state() private error = '';
  @state() private saving = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  private readonly books = new BookController(this);

  /** Opens the grid of the book from context, or (for a group contact) of that contact. */
  async show(contact?: Contact): Promise<void> {
    this.contact = contact;
    this.rows = this.loadRows(contact);
    this.error = '';
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Closes the dialog without saving. */
  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  override render() {
    const book = this.books.book;
    const access = book?.access;
    const readOnly = this.readOnlyReason();
    const columns = this.columns(access);
    const warnDelete =
      access?.kind === 'personal' && this.rows.some((row) => row.grants.includes('delete'));
    const heading = this.contact
      ? t('Who edits "{name}"', {
          name: displayName(this.contact, book?.preferences.displayOrder),
        })
      : t('Access to "{name}"', { name: book ? bookLabel(book) : '' });
    return html`<dialog part="dialog" aria-labelledby="heading">
      <h2 id="heading">${heading}</h2>
      ${this.intro(access)}
      ${
        this.rows.length
          ? html`<table part="grid" aria-labelledby="heading">
              <thead>
                <tr>
                  <th scope="col">${t('Person')}</th>
                  ${columns.map((column) => html`<th scope="col">${column.label}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${this.rows.map((row) => this.renderRow(row, columns, readOnly))}
              </tbody>
            </table>`
          : html`<p>${t('There is nobody to grant access to.')}</p>`
      }
      ${
        warnDelete
          ? html`<p part="warning" id="delete-warning">
              ${t('Delete: this extends to all your personal contacts.')}
            </p>`
          : nothing
      }
      ${readOnly ? html`<p class="hint">${readOnly}</p>` : nothing}
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <footer>
        <button @click=${this.close}>${readOnly ? t('Close') : t('Cancel')}</button>
        ${
          readOnly
            ? nothing
            : html`<button class="primary" ?disabled=${this.saving} @click=${this.handleSave}>
                ${t('Save')}
              </button>`
        }
      </footer>
    </dialog>`;
  }

  private renderRow(row: Row, columns: Column[], readOnly: string) {
    const name = row.user.name || row.user.id;
    return html`<tr>
      <th scope="row">
        <span class="name">${name}</span>
        ${row.user.email ? html`<div class="email">${row.user.email}</div>` : nothing}
      </th>
      ${columns.map(
        (column) =>
          html`<td>
            <input
              type="checkbox"
              aria-label=${`${column.label}: ${name}`}
              aria-describedby=${column.grant === 'delete' ? 'delete-warning' : nothing}
              .checked=${row.grants.includes(column.grant)}
              ?disabled=${!!(readOnly || row.fixed)}
              title=${readOnly || row.fixed || nothing}
              @change=${(event: Event) =>
                this.handleTick(row, column.grant, (event.target as HTMLInputElement).checked)}
            />
          </td>`,
      )}
    </tr>`;
  }

  // ── Event handlers ────────────────────────────────────────────────────────

  private handleTick(row: Row, grant: Grant, on: boolean) {
    const grants =
      this.books.book?.access.kind === 'personal' && !this.contact
        ? toggleGrant(row.grants, grant, on)
        : on
          ? [...row.grants, grant]
          : row.grants.filter((other) => other !== grant);
    this.rows = this.rows.map((other) => (other === row ? { ...row, grants } : other));
  }

  private handleSave = async () => {
    const book = this.books.book;
    if (!book) return;
    const editable = this.rows.filter((row) => !row.fixed);
    this.saving = true;
    this.error = '';
    try {
      if (this.contact) {
        const editors = editable.filter((row) => row.grants.includes('edit'));
        await book.setContactEditors(
          this.contact.id,
          editors.map((row) => row.user.id),
        );
      } else {
        const grants = Object.fromEntries(editable.map((row) => [row.user.id, row.grants]));
        if (book.access.kind === 'personal') await book.setGrants(grants);
        else await book.setMemberGrants(grants as Record<string, ('add' | 'delete')[]>);
      }
      this.close();
    } catch (error) {
      this.error = translateError(error);
    } finally {
      this.saving = false;
    }
  };

  // ── Private helpers ───────────────────────────────────────────────────────

  private columns(access: BookAccess | undefined): Column[] {
    if (this.contact) return [{ grant: 'edit', label: t('Edit this contact') }];
    if (access?.kind === 'group')
      return [
        { grant: 'add', label: t('Add contacts') },
        { grant: 'delete', label: t('Delete contacts') },
      ];
    return [
      { grant: 'view', label: t('View') },
      { grant: 'edit', label: t('Edit contacts') },
      { grant: 'add', label: t('Add contacts') },
      { grant: 'delete', label: t('Delete contacts') },
    ];
  }

  private intro(access: BookAccess | undefined) {
    if (this.contact)
      return html`<p class="hint">
        ${t('Every member sees this contact; its creator and the people ticked here edit it.')}
      </p>`;
    if (access?.kind === 'group')
      return html`<p class="hint">
        ${t('Every member sees the group’s contacts; admins add and delete them.')}
      </p>`;
    return html`<p class="hint">
      ${t('Rights cover the whole book. Edit also covers the group contacts you created.')}
    </p>`;
  }

  /** Why the user may only look (empty when they may change the grid). */
  private readOnlyReason(): string {
    const book = this.books.book;
    if (!book || book.can('grant')) return '';
    return book.access.kind === 'personal'
      ? t('Only the owner of this book grants access.')
      : t('Only the group’s admins grant access.');
  }

  /** The grid's rows from the directory and the book's rights. */
  private loadRows(contact: Contact | undefined): Row[] {
    const book = this.books.book;
    const directory = book?.directory;
    if (!book || !directory) return [];
    const access = book.access;
    const byName = (a: Row, b: Row) => a.user.name.localeCompare(b.user.name);
    if (access.kind === 'personal') {
      return directory
        .users()
        .filter((user) => user.id !== access.ownerId)
        .map((user) => ({ user, grants: [...(access.grants[user.id] ?? [])] }))
        .sort(byName);
    }
    const people = [...new Set([...access.admins, ...access.members])].flatMap(
      (id) => directory.user(id) ?? [],
    );
    return people
      .map((user): Row => {
        if (contact) {
          const editors = access.editors[contact.id] ?? [];
          if (user.id === contact.createdBy)
            return { user, grants: ['edit'], fixed: t('The creator edits the contact.') };
          return { user, grants: editors.includes(user.id) ? ['edit'] : [] };
        }
        if (access.admins.includes(user.id))
          return { user, grants: ['add', 'delete'], fixed: t('Admins add and delete.') };
        return { user, grants: [...(access.memberGrants[user.id] ?? [])] };
      })
      .sort(byName);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-access-dialog': ContactAccessDialog;
  }
}
