import { AccessDeniedError, NotFoundError, ValidationError } from './errors.js';
import { newId } from './ids.js';
import type { Action } from './rights.js';
import type { Change, StoredRecord, WriteOp } from './store.js';
import { requireContact, retryOnConflict, type ContactRecordsHost } from './contact-records.js';

/** The longest comment kept, in characters. */
export const MAX_COMMENT_LENGTH = 10_000;

/** The right that lets a user read and write comments on a contact (can() grants it with view). */
const COMMENT_RIGHT: Action = 'comment';

/** One comment on a contact. */
export interface Comment {
  id: string;
  /** The user id of who wrote it. */
  author: string;
  text: string;
  /** ISO timestamp of when it was written. */
  createdAt: string;
  /** ISO timestamp of the last edit, when it was edited. */
  editedAt?: string;
}

/** Every comment on one contact: one record per contact, its id the contact's id. */
export interface CommentThread extends StoredRecord {
  contactId: string;
  /** Oldest first, as written. */
  comments: Comment[];
}

/** The text of a comment, trimmed; ValidationError (field `text`) when empty or too long. */
export function checkCommentText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new ValidationError([{ path: ['text'], message: 'Write a comment first' }]);
  if (trimmed.length > MAX_COMMENT_LENGTH) {
    throw new ValidationError([
      {
        path: ['text'],
        message: `A comment has at most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters (this one has ${trimmed.length.toLocaleString('en')})`,
      },
    ]);
  }
  return trimmed;
}

/**
 * The comments of a book's contacts (`book.comments`): anyone who may view a contact reads and
 * adds comments; authors edit and delete their own. Keeps a count per contact, loaded in the
 * background after the book opens and kept current from the change feed, for the list's icon.
 */
export class BookComments {
  private readonly host: ContactRecordsHost;
  private readonly loadListeners = new Set<() => void>();
  private readonly counts = new Map<string, { revision: number; count: number }>();
  /** Per load under way: the changes heard meanwhile, applied over its snapshot (by revision). */
  private readonly pending = new Set<Change[]>();

  constructor(host: ContactRecordsHost) {
    this.host = host;
  }

  /**
   * Called each time the counts have been read (after the book opens); returns unsubscribe. Later
   * changes to the counts come with the book's own change events.
   */
  onCountsLoaded(listener: () => void): () => void {
    this.loadListeners.add(listener);
    return () => this.loadListeners.delete(listener);
  }

  /** Reads every thread's count; the book calls it on opening, without waiting for it. */
  async loadCounts(): Promise<void> {
    const heard: Change[] = [];
    this.pending.add(heard);
    try {
      const threads = await this.host.store.getAll<CommentThread>('comments');
      this.counts.clear();
      for (const thread of threads) {
        this.counts.set(thread.id, { revision: thread.revision, count: thread.comments.length });
      }
      // What was written while reading is newer than the snapshot only when its revision says so.
      for (const change of heard) this.apply(change);
    } finally {
      this.pending.delete(heard);
    }
    for (const listener of [...this.loadListeners]) listener();
  }

  /** How many comments a contact has (0 until the counts are loaded, or when it is hidden). */
  count(contactId: string): number {
    if (!this.host.find(contactId)) return 0;
    return this.counts.get(contactId)?.count ?? 0;
  }

  /** May the current user read and add comments on this contact? */
  mayComment(contactId: string): boolean {
    const contact = this.host.find(contactId);
    return !!contact && this.host.can(COMMENT_RIGHT, contact);
  }

  /** May the current user edit or delete this comment (their own, on a contact they may view)? */
  mayChange(contactId: string, comment: Comment): boolean {
    return comment.author === this.host.userId && this.mayComment(contactId);
  }

  /** A contact's comments, newest first. */
  async list(contactId: string): Promise<Comment[]> {
    requireContact(this.host, contactId, COMMENT_RIGHT);
    const thread = await this.host.store.get<CommentThread>('comments', contactId);
    return newestFirst(thread?.comments ?? []);
  }

  /** Adds a comment by the current user; ValidationError (field `text`) for empty or too long. */
  async add(contactId: string, text: string): Promise<Comment> {
    const checked = checkCommentText(text);
    requireContact(this.host, contactId, COMMENT_RIGHT);
    const comment: Comment = {
      id: newId(),
      author: this.host.userId,
      text: checked,
      createdAt: this.host.now().toISOString(),
    };
    await this.change(contactId, (comments) => [...comments, comment]);
    return comment;
  }

  /** Replaces the text of one of the current user's comments. */
  async edit(contactId: string, commentId: string, text: string): Promise<Comment> {
    const checked = checkCommentText(text);
    let edited: Comment | undefined;
    await this.change(
      contactId,
      (comments) =>
        comments.map((comment) => {
          if (comment.id !== commentId) return comment;
          edited = { ...comment, text: checked, editedAt: this.host.now().toISOString() };
          return edited;
        }),
      commentId,
    );
    return edited!;
  }

  /** Deletes one of the current user's comments. */
  async remove(contactId: string, commentId: string): Promise<void> {
    await this.change(
      contactId,
      (comments) => comments.filter((comment) => comment.id !== commentId),
      commentId,
    );
  }

  /** The writes that destroy the comments of contacts purged from the trash. */
  purgeOps(contactIds: readonly string[]): WriteOp[] {
    return contactIds.map((id) => ({ type: 'delete', collection: 'comments', id }));
  }

  /** Follows one change of the `comments` collection. */
  handle(change: Change): void {
    for (const heard of this.pending) heard.push(change);
    this.apply(change);
  }

  /**
   * Reads the thread, applies `edit` to its comments and writes it back at the revision read
   * (again on a conflict). With `own`, that comment must exist and be the current user's.
   */
  private async change(
    contactId: string,
    edit: (comments: Comment[]) => Comment[],
    own?: string,
  ): Promise<void> {
    requireContact(this.host, contactId, COMMENT_RIGHT);
    await retryOnConflict(async () => {
      const thread = await this.host.store.get<CommentThread>('comments', contactId);
      const comments = thread?.comments ?? [];
      if (own !== undefined) {
        const comment = comments.find((candidate) => candidate.id === own);
        if (!comment) throw new NotFoundError(`No comment ${own} on this contact`);
        if (comment.author !== this.host.userId) {
          throw new AccessDeniedError(`${this.host.userId} may only change their own comments`);
        }
      }
      const next = edit(comments);
      const expectedRevision = thread?.revision ?? 0;
      const record: CommentThread = {
        id: contactId,
        revision: expectedRevision,
        contactId,
        comments: next,
      };
      const op: WriteOp = next.length
        ? { type: 'put', collection: 'comments', record, expectedRevision }
        : { type: 'delete', collection: 'comments', id: contactId, expectedRevision };
      await this.host.store.write([op]);
    });
  }

  private apply(change: Change): void {
    const known = this.counts.get(change.id);
    if (known && known.revision > change.revision) return;
    if (change.type === 'delete') this.counts.delete(change.id);
    else if (change.record) {
      const thread = change.record as CommentThread;
      this.counts.set(change.id, { revision: change.revision, count: thread.comments.length });
    }
  }
}

/** Newest first; comments written in the same millisecond keep their writing order, reversed. */
function newestFirst(comments: readonly Comment[]): Comment[] {
  return [...comments].reverse().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
