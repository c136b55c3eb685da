import {
  compareSortEntries,
  sortEntry,
  type Contact,
  type DisplayOrder,
  type SortEntry,
} from './contact.js';
import { readPreferences, type Preferences, type PreferencesRecord } from './prefs.js';
import type { BookAccess } from './rights.js';
import type { Change, Store, StoredRecord } from './store.js';

/*
 * Opening a book of 50,000 contacts reads every record (IndexedDB getAll: most of 700 ms) and
 * sorts them before the first page can show. The first page depends on every contact, so no
 * streamed chunk or store index can give it early (IndexedDB keys do not sort like our
 * Intl.Collator, which ignores punctuation and compares numbers). Instead each book keeps a
 * snapshot of its first rows, with the feed position they are current to; on open, the changes
 * after that position are replayed over it, so what shows first is the current first page.
 * When the snapshot cannot be trusted (missing, other order, feed trimmed, too many changes
 * since, a record that contradicts it), nothing shows early: the book opens the slow way.
 */

/** Contacts a snapshot keeps: the longest page (50) and a margin for contacts deleted since. */
export const FIRST_ROWS_KEPT = 60;

/** Past this many contact changes since the snapshot, replaying them costs more than it saves. */
export const MAX_REPLAYED = 500;

/** The `snapshots` record of a book's first rows in one display order. */
export interface FirstRowsRecord extends StoredRecord {
  /** Every change up to this feed position is in `rows` (later ones may be too). */
  seq: number;
  order: DisplayOrder;
  /** The first contacts in `order`, as [id, sort key] pairs. */
  rows: [string, string][];
  /** True when `rows` is the whole book. */
  complete: boolean;
}

/** The id of a book's first-rows snapshot in the `snapshots` collection. */
export function firstRowsId(bookId: string): string {
  return `first-rows:${bookId}`;
}

/** What a snapshot would hold for these contacts (the first of the book, in order). */
export function firstRowsOf(
  contacts: readonly Contact[],
  order: DisplayOrder,
  total: number,
): Pick<FirstRowsRecord, 'order' | 'rows' | 'complete'> {
  const rows = contacts.map((contact): [string, string] => [
    contact.id,
    sortEntry(contact, order).key,
  ]);
  return { order, rows, complete: total <= rows.length };
}

/**
 * The first contacts of a book, known before the book is read: every contact of the book that
 * sorts up to the snapshot's last row (all of them when the snapshot was complete), in order,
 * kept current by the changes that arrive until the book has loaded.
 */
export class FirstRows {
  /** The user's preferences, as stored (the order the rows are in, the page size). */
  readonly preferences: Preferences;
  private entries: SortEntry<Contact>[];
  /** The snapshot's last row: a changed contact that sorts after it may have others before it. */
  private readonly boundary: SortEntry<{ id: string }> | undefined;
  private readonly belongs: (contact: Contact) => boolean;

  constructor(
    preferences: Preferences,
    entries: SortEntry<Contact>[],
    boundary: SortEntry<{ id: string }> | undefined,
    belongs: (contact: Contact) => boolean,
  ) {
    this.preferences = preferences;
    this.entries = entries.sort(compareSortEntries);
    this.boundary = boundary;
    this.belongs = belongs;
  }

  /** The contacts known to come first, in order. */
  get contacts(): Contact[] {
    return this.entries.map((entry) => entry.contact);
  }

  /** True when these are all the book's contacts (the snapshot held the whole book). */
  get complete(): boolean {
    return this.boundary === undefined;
  }

  /** Follows committed changes (a change of display order leaves nothing known). */
  apply(changes: readonly Change[]): void {
    for (const change of changes) {
      if (change.collection === 'preferences' && change.record) {
        const { displayOrder } = readPreferences((change.record as PreferencesRecord).values);
        if (displayOrder !== this.preferences.displayOrder) this.entries = [];
      }
      if (change.collection !== 'contacts') continue;
      this.entries = this.entries.filter((entry) => entry.contact.id !== change.id);
      const record = change.type === 'put' ? (change.record as Contact | undefined) : undefined;
      if (record && this.belongs(record)) this.include(record);
    }
  }

  /** Puts a contact in its place when it sorts within the snapshot's rows. */
  private include(contact: Contact): void {
    const entry = sortEntry(contact, this.preferences.displayOrder);
    if (this.boundary && compareSortEntries(entry, this.boundary) > 0) return;
    const index = this.entries.findIndex((other) => compareSortEntries(entry, other) < 0);
    this.entries.splice(index < 0 ? this.entries.length : index, 0, entry);
  }
}

/** What `readFirstRows` needs of the book it reads for. */
export interface FirstRowsSource {
  store: Store;
  bookId: string;
  userId: string;
  /** Is this contact one of the book's? */
  belongs: (contact: Contact) => boolean;
  /** May the user view the book, given its stored access (undefined: none stored)? */
  mayView: (access: BookAccess | undefined) => boolean;
}

/** What `readFirstRows` found. */
export interface FirstRowsRead {
  /** A feed position: every change up to it is in the book read from now on. */
  token: number;
  /** The snapshot as stored (undefined: none). */
  record: FirstRowsRecord | undefined;
  /** The rows to show while the book loads; undefined when the snapshot cannot be trusted. */
  rows: FirstRows | undefined;
}

/**
 * Reads a book's first rows from its snapshot and the changes since (a few small reads, not
 * the book). The caller subscribes to the store first, so no change falls between this read
 * and the ones it hears about.
 */
export async function readFirstRows({
  store,
  bookId,
  userId,
  belongs,
  mayView,
}: FirstRowsSource): Promise<FirstRowsRead> {
  const [record, prefs, acl] = await Promise.all([
    store.get<FirstRowsRecord>('snapshots', firstRowsId(bookId)),
    store.get<PreferencesRecord>('preferences', userId),
    store.get<StoredRecord & { access: BookAccess }>('acl', bookId),
  ]);
  const preferences = readPreferences(prefs?.values);
  const feed = await store.changes(record?.seq ?? Number.MAX_SAFE_INTEGER);
  const read = { token: feed.token, record, rows: undefined };
  if (!record || feed.reset || record.order !== preferences.displayOrder) return read;
  if (!mayView(acl?.access)) return read;
  const changed = new Set(
    feed.changes.filter((change) => change.collection === 'contacts').map((change) => change.id),
  );
  if (changed.size > MAX_REPLAYED) return read;
  const ids = [...new Set([...record.rows.map(([id]) => id), ...changed])];
  const records = await Promise.all(ids.map((id) => store.get<Contact>('contacts', id)));
  const current = new Map(ids.map((id, index) => [id, records[index]]));
  const order = record.order;
  const entries: SortEntry<Contact>[] = [];
  for (const [id, key] of record.rows) {
    if (changed.has(id)) continue;
    const contact = current.get(id);
    // Unchanged since the snapshot, so it must be there, ours, and named the same.
    if (!contact || !belongs(contact) || sortEntry(contact, order).key !== key) return read;
    entries.push(sortEntry(contact, order));
  }
  const last = record.rows.at(-1);
  const boundary =
    record.complete || !last ? undefined : { contact: { id: last[0] }, key: last[1] };
  const rows = new FirstRows(preferences, entries, boundary, belongs);
  rows.apply(
    [...changed].map((id) => {
      const contact = current.get(id);
      return contact
        ? {
            seq: 0,
            collection: 'contacts',
            id,
            type: 'put',
            revision: contact.revision,
            record: contact,
          }
        : { seq: 0, collection: 'contacts', id, type: 'delete', revision: 0 };
    }),
  );
  return { ...read, rows };
}
