import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { Task } from '@lit/task';
import { MAX_COMMENT_LENGTH, type Comment } from '../core/comments.js';
import type { Contact } from '../core/contact.js';
import { BookController } from './book-controller.js';
import type { ContactConfirm } from './contact-confirm.js';
import { translateError } from './core-messages.js';
import { t } from './i18n.js';
import { formatDateTime } from './note-format.js';
import { controlStyles } from './theme.js';

/**
 * @summary The comments on one contact, newest first, each with its author and time; a box to
 * add one (up to 10,000 characters). Authors edit and delete their own (deleting asks first).
 * Whoever may view the contact reads and writes comments.
 * @csspart base - the wrapper.
 * @csspart form - the box to add a comment.
 * @csspart list - the list of comments.
 * @csspart comment - one comment.
 */
@localized()
export class ContactComments extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: calc(var(--_cb-space) * 0.7);
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
        min-height: 4.5rem;
        resize: vertical;
      }
      .bar {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--_cb-space);
      }
      .muted,
      .count {
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
      }
      .count.over {
        color: var(--_cb-danger);
      }
      ol {
        list-style: none;
        margin: var(--_cb-space-l) 0 0;
        padding: 0;
        display: grid;
        gap: var(--_cb-space-s);
      }
      li {
        border: 1px solid var(--_cb-border);
        border-radius: var(--_cb-radius);
        padding: var(--_cb-space) var(--_cb-space-s);
      }
      li header {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_cb-space);
        align-items: baseline;
      }
      .author {
        font-weight: 600;
      }
      .text {
        margin: calc(var(--_cb-space) * 0.7) 0 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .own {
        margin-inline-start: auto;
        display: flex;
        gap: var(--_cb-space-xs);
      }
      .own button {
        padding: calc(var(--_cb-space) * 0.2) var(--_cb-space);
      }
    `,
  ];

  /** The contact whose comments are shown. */
  @property({ attribute: false }) contact: Contact | undefined;

  @state() private draft = '';
  @state() private editing: { id: string; text: string } | undefined;
  @state() private failure = '';
  @state() private busy = false;
  @query('#new-comment') private composer!: HTMLTextAreaElement | null;
  @query('contact-confirm') private confirm!: ContactConfirm;

  private readonly books = new BookController(this);

  private readonly comments = new Task(this, {
    task: ([book, id]) => (book && id ? book.comments.list(id) : Promise.resolve([])),
    // The book's version: another tab's (or member's) comment shows as soon as it is written.
    args: () => [this.books.book, this.contact?.id, this.books.version] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another contact: a half-written comment must not end up on it.
    if (changed.has('contact') && changed.get('contact')?.id !== this.contact?.id) {
      this.draft = '';
      this.editing = undefined;
      this.failure = '';
    }
  }

  /** Puts the keyboard in the box that adds a comment. */
  async focusComposer(): Promise<void> {
    await this.updateComplete;
    this.composer?.focus();
  }

  override render() {
    const book = this.books.book;
    const contact = this.contact;
    if (!book || !contact) return nothing;
    const mayComment = book.comments.mayComment(contact.id);
    // The last list stays on screen while a newer one is read: no flicker on every change.
    const comments = this.comments.value ?? [];
    return html`<section part="base" aria-label=${t('Comments')}>
      ${mayComment ? this.renderComposer() : nothing}
      ${this.failure ? html`<p class="error" role="alert">${this.failure}</p>` : nothing}
      ${
        this.comments.error
          ? html`<p class="error" role="alert">
              ${t('The comments could not be read: {reason}', { reason: String(this.comments.error) })}
            </p>`
          : nothing
      }
      ${
        comments.length
          ? html`<ol part="list" aria-label=${t('Comments')}>
              ${comments.map((comment) => this.renderComment(comment, contact))}
            </ol>`
          : this.comments.value
            ? html`<p class="muted">${t('No comments yet.')}</p>`
            : nothing
      }
      <contact-confirm></contact-confirm>
    </section>`;
  }

  private renderComposer() {
    return html`<form part="form" @submit=${this.handleAdd}>
      <label for="new-comment">${t('Add a comment')}</label>
      <textarea
        id="new-comment"
        .value=${this.draft}
        aria-describedby="new-comment-count"
        aria-invalid=${this.draft.trim().length > MAX_COMMENT_LENGTH ? 'true' : 'false'}
        @input=${(event: Event) => (this.draft = (event.target as HTMLTextAreaElement).value)}
        @keydown=${this.handleComposerKeydown}
      ></textarea>
      <div class="bar">
        ${this.counter('new-comment-count', this.draft)}
        <button
          class="primary"
          type="submit"
          ?disabled=${!this.acceptable(this.draft) || this.busy}
        >
          ${t('Comment')}
        </button>
      </div>
    </form>`;
  }

  private renderComment(comment: Comment, contact: Contact) {
    const book = this.books.book!;
    const own = book.comments.mayChange(contact.id, comment);
    const author =
      comment.author === book.userId
        ? t('You')
        : (book.directory?.user(comment.author)?.name ?? comment.author);
    const editing = this.editing?.id === comment.id ? this.editing : undefined;
    const date = formatDateTime(comment.createdAt);
    return html`<li part="comment" data-id=${comment.id}>
      <header>
        <span class="author">${author}</span>
        <time class="muted" datetime=${comment.createdAt}>${date}</time>
        ${
          comment.editedAt
            ? html`<span class="muted" title=${formatDateTime(comment.editedAt)}
                >${t('(edited)')}</span
              >`
            : nothing
        }
        ${
          own && !editing
            ? html`<span class="own">
                <button
                  aria-label=${t('Edit your comment of {date}', { date })}
                  @click=${() => (this.editing = { id: comment.id, text: comment.text })}
                >
                  ${t('Edit')}
                </button>
                <button
                  class="danger"
                  aria-label=${t('Delete your comment of {date}', { date })}
                  @click=${() => this.handleDelete(comment)}
                >
                  ${t('Delete')}
                </button>
              </span>`
            : nothing
        }
      </header>
      ${
        editing
          ? html`<form @submit=${this.handleSaveEdit}>
              <label class="visually-hidden" for="edit-comment">${t('Edit the comment')}</label>
              <textarea
                id="edit-comment"
                .value=${editing.text}
                aria-describedby="edit-comment-count"
                @input=${(event: Event) =>
                  (this.editing = {
                    id: comment.id,
                    text: (event.target as HTMLTextAreaElement).value,
                  })}
                @keydown=${(event: KeyboardEvent) => {
                  if (event.key !== 'Escape') return;
                  // Escape leaves the edit, not the dialog the comments may be shown in.
                  event.preventDefault();
                  event.stopPropagation();
                  this.editing = undefined;
                }}
              ></textarea>
              <div class="bar">
                ${this.counter('edit-comment-count', editing.text)}
                <span>
                  <button type="button" @click=${() => (this.editing = undefined)}>
                    ${t('Cancel')}
                  </button>
                  <button
                    class="primary"
                    type="submit"
                    ?disabled=${!this.acceptable(editing.text) || this.busy}
                  >
                    ${t('Save')}
                  </button>
                </span>
              </div>
            </form>`
          : html`<p class="text">${comment.text}</p>`
      }
    </li>`;
  }

  private handleComposerKeydown = (event: KeyboardEvent) => {
    // Ctrl/⌘+Enter sends, as in most comment boxes; Enter alone is a new line.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      (event.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
    }
  };

  private handleAdd = async (event: Event) => {
    event.preventDefault();
    const book = this.books.book;
    const contact = this.contact;
    if (!book || !contact || !this.acceptable(this.draft)) return;
    const added = await this.attempt(() => book.comments.add(contact.id, this.draft));
    if (added) this.draft = '';
  };

  private handleSaveEdit = async (event: Event) => {
    event.preventDefault();
    const book = this.books.book;
    const contact = this.contact;
    const editing = this.editing;
    if (!book || !contact || !editing || !this.acceptable(editing.text)) return;
    const saved = await this.attempt(() =>
      book.comments.edit(contact.id, editing.id, editing.text),
    );
    if (saved) this.editing = undefined;
  };

  private async handleDelete(comment: Comment) {
    const book = this.books.book;
    const contact = this.contact;
    if (!book || !contact) return;
    const confirmed = await this.confirm.ask({
      heading: t('Delete this comment?'),
      message: t('The comment will be deleted for everyone who sees this contact.'),
      confirmLabel: t('Delete comment'),
    });
    if (!confirmed) return;
    await this.attempt(() => book.comments.remove(contact.id, comment.id));
  }

  /**
   * "12 / 10,000", and past the limit the reason, red. Only the reason is announced: a live
   * count would speak on every key.
   */
  private counter(id: string, text: string) {
    const length = text.trim().length;
    const over = length > MAX_COMMENT_LENGTH;
    return html`<span id=${id} class="count ${over ? 'over' : ''}">
      <span aria-live="polite"
        >${
          over
            ? t('A comment has at most {max} characters ({count} now).', {
                max: MAX_COMMENT_LENGTH,
                count: length,
              })
            : ''
        }</span
      >${over ? nothing : t('{count} / {max}', { count: length, max: MAX_COMMENT_LENGTH })}
    </span>`;
  }

  private acceptable(text: string): boolean {
    const length = text.trim().length;
    return length > 0 && length <= MAX_COMMENT_LENGTH;
  }

  /** Runs a change, showing why it failed (a rights change in another tab, a lost contact). */
  private async attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.failure = '';
    try {
      return await action();
    } catch (error) {
      this.failure = translateError(error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-comments': ContactComments;
  }
}
