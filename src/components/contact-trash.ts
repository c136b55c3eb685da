import { LitElement, css, html } from 'lit';
import { query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { displayName } from '../core/contact.js';
import { BookController } from './book-controller.js';
import type { ContactConfirm } from './contact-confirm.js';
import { t } from './i18n.js';
import { controlStyles } from './theme.js';

/**
 * @summary The book's trash: deleted contacts stay here for 30 days, then purge themselves.
 * Restore them, or delete them for good (after a confirmation).
 * @csspart base - the wrapper.
 */
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
        padding: 0.25rem 0.5rem;
        border-bottom: 1px solid var(--cb-border);
      }
      .bar {
        display: flex;
        gap: var(--cb-space);
        margin: 0.5rem 0;
      }
      .muted {
        color: var(--cb-muted);
      }
    `,
  ];

  @state() private selected = new Set<string>();
  @query('contact-confirm') private confirm!: ContactConfirm;
  private readonly books = new BookController(this);

  private readonly entries = new Task(this, {
    task: async ([book]) => (book ? book.trash() : []),
    args: () => [this.books.book, this.books.version] as const,
  });

  override render() {
    return html`<div part="base">
      <p class="muted">
        ${t('Deleted contacts stay here for 30 days, then they are removed for good.')}
      </p>
      ${this.entries.render({
        pending: () => html`<p>${t('Loading…')}</p>`,
        error: (error) => html`<p class="error" role="alert">${String(error)}</p>`,
        complete: (entries) =>
          entries.length
            ? html`<div class="bar">
                  <button ?disabled=${!this.selected.size} @click=${this.handleRestore}>
                    ${t('Restore selected')}
                  </button>
                  <button
                    class="danger"
                    ?disabled=${!this.selected.size}
                    @click=${this.handlePurge}
                  >
                    ${t('Delete forever')}
                  </button>
                </div>
                <table aria-label=${t('Trash')}>
                  <thead>
                    <tr>
                      <th><span class="visually-hidden">${t('Selected')}</span></th>
                      <th>${t('Name')}</th>
                      <th>${t('Deleted')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${entries.map((entry) => {
                      const name = displayName(entry.contact);
                      return html`<tr>
                        <td>
                          <input
                            type="checkbox"
                            aria-label=${t('Select {name}', { name })}
                            .checked=${this.selected.has(entry.id)}
                            @change=${(event: Event) => this.toggle(entry.id, (event.target as HTMLInputElement).checked)}
                          />
                        </td>
                        <td>${name}</td>
                        <td>${new Date(entry.deletedAt).toLocaleString()}</td>
                      </tr>`;
                    })}
                  </tbody>
                </table>`
            : html`<p>${t('The trash is empty.')}</p>`,
      })}
      <contact-confirm></contact-confirm>
    </div>`;
  }

  private handleRestore = async () => {
    const book = this.books.book;
    if (!book) return;
    await book.restore([...this.selected]);
    this.selected = new Set();
  };

  private handlePurge = async () => {
    const book = this.books.book;
    const count = this.selected.size;
    if (!book || !count) return;
    const confirmed = await this.confirm.ask({
      heading: t('Delete for good?'),
      message: t('{count} contact(s) will be deleted for good. This cannot be undone.', { count }),
      confirmLabel: t('Delete forever'),
    });
    if (!confirmed) return;
    await book.purge([...this.selected]);
    this.selected = new Set();
  };

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
