import { can } from './rights.js';
import type { ContactBook } from './book.js';
import { ConflictError } from './errors.js';
import {
  FIRST_ROWS_KEPT,
  firstRowsId,
  firstRowsOf,
  readFirstRows,
  type FirstRows,
  type FirstRowsRecord,
} from './first-rows.js';
import type { Change } from './store.js';

/** Quiet time after a change before the snapshot is compared and, when it differs, rewritten. */
const SAVE_DELAY_MS = 1_000;

/** Changes since the snapshot's feed position that are worth a rewrite even if its rows are the same. */
const REWRITE_AFTER_CHANGES = 200;

/**
 * Opens a ContactBook in two steps: `read()` gives the first rows from the book's snapshot (a
 * few small reads), `follow()` — once the book is loaded — keeps that snapshot current, written
 * when the first rows differ from the stored ones.
 *
 * The feed position a snapshot is current to is the highest one up to which this keeper has seen
 * every change (changes have consecutive positions), since the book's view includes each of them.
 */
export class FirstRowsKeeper {
  private readonly book: ContactBook;
  private readonly onRowsChange: () => void;
  private rows: FirstRows | undefined;
  private stored: FirstRowsRecord | undefined;
  /** Every change up to here has reached the book. */
  private through = 0;
  /** Positions seen past `through`, waiting for the ones before them. */
  private readonly seen = new Set<number>();
  private following = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;

  /** A keeper for a book not loaded yet; `onRowsChange` hears when the early rows change. */
  constructor(book: ContactBook, onRowsChange: () => void = () => {}) {
    this.book = book;
    this.onRowsChange = onRowsChange;
  }

  /** The rows to show until the book has loaded (undefined: none can be trusted). */
  get firstRows(): FirstRows | undefined {
    return this.following ? undefined : this.rows;
  }

  /** Starts hearing the store's changes, then reads the snapshot and the changes since. */
  async read(): Promise<FirstRows | undefined> {
    const { store, bookId, userId } = this.book;
    this.unsubscribe = store.subscribe((changes) => this.handleChanges(changes));
    try {
      const read = await readFirstRows({
        store,
        bookId,
        userId,
        belongs: (contact) => this.book.holds(contact),
        // Early rows only where both the stored access (when there is one) and what the book knows
        // before reading its grants allow it: the user's own Private book, or a group they are in.
        // Another user's book waits for the full load.
        mayView: (access) =>
          this.book.can('view') && (!access || can({ userId }, 'view', { book: access })),
      });
      this.through = Math.max(this.through, read.token);
      this.advance();
      this.stored ??= read.record;
      this.rows = read.rows;
    } catch (error) {
      // Only the early rows are lost (a store without the snapshots collection, say): the book
      // still opens, the slow way.
      console.error('Could not read the first rows of the book', error);
    }
    return this.firstRows;
  }

  /** Call once the book is loaded: writes the snapshot now if it differs, and after changes. */
  follow(): void {
    this.following = true;
    this.rows = undefined;
    this.schedule(0);
  }

  /** Stops hearing changes and writing. */
  stop(): void {
    this.following = false;
    clearTimeout(this.timer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private handleChanges(changes: Change[]): void {
    for (const change of changes) this.seen.add(change.seq);
    this.advance();
    const id = firstRowsId(this.book.bookId);
    for (const change of changes) {
      // Another tab's snapshot: compare against it, and write on top of its revision.
      if (change.collection === 'snapshots' && change.id === id)
        this.stored = change.record as FirstRowsRecord | undefined;
    }
    if (this.rows && !this.following) {
      this.rows.apply(changes);
      this.onRowsChange();
    }
    if (changes.some((change) => ['contacts', 'preferences'].includes(change.collection)))
      this.schedule(SAVE_DELAY_MS);
  }

  /** Moves `through` past every position seen without a gap before it. */
  private advance(): void {
    for (const seq of this.seen) if (seq <= this.through) this.seen.delete(seq);
    while (this.seen.delete(this.through + 1)) this.through += 1;
  }

  private schedule(delay: number): void {
    if (!this.following) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.save().catch((error: unknown) => {
        // Stopped meanwhile: the store may be closing under the write; nothing is lost.
        if (this.following) console.error('Could not save the first rows of the book', error);
      });
    }, delay);
  }

  /** Writes the book's first rows when they differ from the stored ones (or are far behind). */
  private async save(): Promise<void> {
    const book = this.book;
    if (!this.following || !book.can('view')) return;
    const order = book.preferences.displayOrder;
    const { contacts, total } = book.list({ order, limit: FIRST_ROWS_KEPT });
    const next = firstRowsOf(contacts, order, total);
    const stored = this.stored;
    const same =
      stored &&
      stored.order === next.order &&
      stored.complete === next.complete &&
      JSON.stringify(stored.rows) === JSON.stringify(next.rows);
    if (same && this.through - stored.seq < REWRITE_AFTER_CHANGES) return;
    const revision = stored?.revision ?? 0;
    const record: FirstRowsRecord = {
      id: firstRowsId(book.bookId),
      revision,
      seq: this.through,
      ...next,
    };
    try {
      const [change] = await book.store.write([
        { type: 'put', collection: 'snapshots', record, expectedRevision: revision },
      ]);
      this.stored = change.record as FirstRowsRecord;
    } catch (error) {
      // Another tab wrote it first: its change brings the stored record; compare again later.
      if (!(error instanceof ConflictError)) throw error;
      this.stored = await book.store.get<FirstRowsRecord>('snapshots', record.id);
    }
  }
}
