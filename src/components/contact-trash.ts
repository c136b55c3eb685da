import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { displayName } from '../core/contact.js';
import { BookController } from './book-controller.js';
import type { ContactConfirm } from './contact-confirm.js';
import { translateError } from './core-messages.js';
import { formatDate, t } from './i18n.js';
import { controlStyles } from './theme.js';

/** Entries shown at a time. */
const PAGE = 100;

/**
 * @summary The book's trash: deleted contacts stay here for the book's `trashDays`, then purge
 * themselves.
 * Restore them, or delete them for good (after a confirmation).
 * @csspart base - the wrapper.
 * @csspart table - the deleted contacts; `row` each one.
 * @csspart empty - the message when the trash is empty.
 */
@localized()
export class ContactTrash extends LitElement {
  static override styles = [
    controlStyles,
    css`
      table {
        width: 100%;
        border-collapse: collapse;
      }
      td,
      th {
        text-align: start;
        padding: var(--_cb-space-xs) var(--_cb-space);
        border-bottom: 1px solid var(--_cb-border);
        overflow-wrap: anywhere;
      }
      .bar {
        display: flex;
        gap: var(--_cb-space);
        margin: var(--_cb-space) 0;
      }
      .muted {
        color: var(--_cb-muted);
      }
    `,
  ];

  @state() private selected = new Set<string>();
  @state() private shown = PAGE;
  @state() private failure = '';
  @query('contact-confirm') private confirm!: ContactConfirm;
  private readonly books = new BookController(this);

  private readonly entries = new Task(this, {
    // The view also purges what has expired, so a tab left open for weeks still purges.
    task: async ([book]) => {
      if (!book) return [];
      await book.purgeExpiredTrash();
      return book.trash();
    },
    args: () => [this.books.book, this.books.version] as const,
  });

  override render() {
    return html`<div part="base">
      <p class="muted">
        ${t(
          'Deleted contacts stay here for {days, plural, one {# day} other {# days}}, then they are removed for good.',
          {
            days: this.books.book?.trashDays ?? 30,
          },
        )}
      </p>
      ${this.failure ? html`<p class="error" role="alert">${this.failure}</p>` : nothing}
      ${this.entries.render({
        pending: () => html`<p>${t('Loading…')}</p>`,
        error: (error) =>
          html`<p class="error" role="alert">
            ${t('The trash could not be read: {reason}', { reason: String(error) })}
          </p>`,
        complete: (entries) =>
          entries.length
            ? html`<div class="bar">
                  <button
                    ?disabled=${!this.selected.size || !this.mayRestore()}
                    title=${this.mayRestore() ? nothing : t('You may not restore contacts here.')}
                    @click=${this.handleRestore}
                  >
                    ${t('Restore selected')}
                  </button>
                  <button
                    class="danger"
                    ?disabled=${!this.selected.size || !this.books.book?.can('delete')}
                    title=${this.books.book?.can('delete') ? nothing : t('You may not delete contacts here.')}
                    @click=${this.handlePurge}
                  >
                    ${t('Delete forever')}
                  </button>
                </div>
                <table part="table" aria-label=${t('Trash')}>
                  <thead>
                    <tr>
                      <th><span class="visually-hidden">${t('Selected')}</span></th>
                      <th>${t('Name')}</th>
                      <th>${t('Deleted')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${entries.slice(0, this.shown).map((entry) => {
                      const name = displayName(
                        entry.contact,
                        this.books.book?.preferences.displayOrder,
                      );
                      return html`<tr part="row">
                        <td>
                          <input
                            type="checkbox"
                            aria-label=${t('Select {name}', { name })}
                            .checked=${this.selected.has(entry.id)}
                            @change=${(event: Event) => this.toggle(entry.id, (event.target as HTMLInputElement).checked)}
                          />
                        </td>
                        <td>${name}</td>
                        <td>${formatDate(entry.deletedAt)}</td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
                ${
                  entries.length > this.shown
                    ? html`<p>
                        ${t('Showing {shown} of {total}.', { shown: this.shown, total: entries.length })}
                        <button @click=${() => (this.shown += PAGE)}>${t('Show more')}</button>
                      </p>`
                    : nothing
                }`
            : html`<p part="empty">${t('The trash is empty.')}</p>`,
      })}
      <contact-confirm></contact-confirm>
    </div>`;
  }

  private handleRestore = async () => {
    const book = this.books.book;
    if (book) await this.act(() => book.restore(this.selectedInTrash()));
  };

  private handlePurge = async () => {
    const book = this.books.book;
    const count = this.selected.size;
    if (!book || !count) return;
    const confirmed = await this.confirm.ask({
      heading: t('Delete for good?'),
      message: t(
        '{count, plural, one {# contact} other {# contacts}} will be deleted for good. This cannot be undone.',
        { count },
      ),
      confirmLabel: t('Delete forever'),
    });
    if (confirmed) await this.act(() => book.purge(this.selectedInTrash()));
  };

  /** Runs a restore or purge; a failure is shown, never lost. */
  private async act(action: () => Promise<number>) {
    this.failure = '';
    try {
      await action();
      this.selected = new Set();
    } catch (error) {
      this.failure = t('That did not work: {reason}', {
        reason: translateError(error),
      });
    }
  }

  /** The checked ids still in the trash (another tab or an Undo may have taken some out). */
  /** Restoring needs add, or delete (who may delete may undo it): as ContactBook.restore. */
  private mayRestore(): boolean {
    const book = this.books.book;
    return !!book && (book.can('add') || book.can('delete'));
  }

  private selectedInTrash(): string[] {
    const present = new Set((this.entries.value ?? []).map((entry) => entry.id));
    return [...this.selected].filter((id) => present.has(id));
  }

  private toggle(id: string, checked: boolean) {
    const next = new Set(this.selected);
    if (checked) next.add(id);
    else next.delete(id);
    this.selected = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-trash': ContactTrash;
  }
}
