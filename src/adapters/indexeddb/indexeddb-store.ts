import {
  openDB,
  unwrap,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { ConflictError } from '../../core/errors.js';
import {
  COLLECTIONS,
  DEFAULT_FEED_LIMIT,
  changePage,
  checkWriteOps,
  feedEntry,
  notifyListeners,
  planWrite,
  type Change,
  type ChangeListener,
  type ChangePage,
  type Collection,
  type Store,
  type StoreOptions,
  type StoredRecord,
  type WriteOp,
} from '../../core/store.js';
import { idOf, keyOf, readCurrent, settled } from './read-current.js';

type RecordStore = { key: string; value: StoredRecord };
type FeedEntry = Omit<Change, 'record'>;
/** One committed batch in the feed, keyed by its last seq (version 1 kept one entry per key). */
type FeedBatch = { seq: number; changes: FeedEntry[] };

/** The typed IndexedDB schema: one object store per collection, plus the change feed. */
interface ContactBookDB extends DBSchema {
  contacts: RecordStore;
  trash: RecordStore;
  tags: RecordStore;
  tagAssignments: RecordStore;
  comments: RecordStore;
  attachments: RecordStore;
  preferences: RecordStore;
  acl: RecordStore;
  snapshots: RecordStore;
  feed: { key: number; value: FeedBatch | FeedEntry };
  meta: { key: string; value: { key: string; value: number } };
}

type Names = StoreNames<ContactBookDB>;
type WriteTransaction = IDBPTransaction<ContactBookDB, Names[], 'readwrite'>;

/** Version 2 added the `snapshots` collection. */
const SCHEMA_VERSION = 2;
/** Batches up to this size are posted to other tabs with their records; larger ones without. */
const POST_RECORDS_UP_TO = 100;

/** The entries of a feed record, whichever way it was written. */
function feedEntries(value: FeedBatch | FeedEntry): FeedEntry[] {
  return 'changes' in value ? value.changes : [value];
}

/**
 * The browser's default Store, on `idb`. Every batch is one readwrite transaction (all or
 * nothing); other tabs on the same database hear about each commit over a BroadcastChannel.
 */
export class IndexedDBStore implements Store {
  private readonly listeners = new Set<ChangeListener>();
  private readonly db: IDBPDatabase<ContactBookDB>;
  private readonly channel: BroadcastChannel;
  private readonly feedLimit: number;
  /** Remote batches are delivered one after the other, each once its records are read. */
  private remote: Promise<void> = Promise.resolve();
  private closed = false;
  /** Transactions still running: `close` waits for them, so deleting the database is not blocked. */
  private readonly running = new Set<Promise<void>>();

  /** Opens (creating when needed) the database `name`. */
  static async open(name: string, options: StoreOptions = {}): Promise<IndexedDBStore> {
    const db = await openDB<ContactBookDB>(name, SCHEMA_VERSION, {
      // Creates what an older version lacks, so an upgraded database keeps its data.
      upgrade(database) {
        const missing = (name: string) => !database.objectStoreNames.contains(name as Names);
        for (const collection of COLLECTIONS.filter(missing))
          database.createObjectStore(collection, { keyPath: 'id' });
        if (missing('feed')) database.createObjectStore('feed', { keyPath: 'seq' });
        if (missing('meta')) database.createObjectStore('meta', { keyPath: 'key' });
      },
      // Another tab upgrades or deletes the database: let it, instead of blocking it forever.
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
      },
    });
    return new IndexedDBStore(name, db, options);
  }

  private constructor(
    name: string,
    db: IDBPDatabase<ContactBookDB>,
    { feedLimit = DEFAULT_FEED_LIMIT }: StoreOptions,
  ) {
    this.db = db;
    this.feedLimit = feedLimit;
    this.channel = new BroadcastChannel(`contact-book-store:${name}`);
    // A large batch goes over the channel without its records (posting 10,000 records costs
    // the writer hundreds of ms): the other instances read them themselves.
    this.channel.onmessage = (event: MessageEvent<Change[]>) => {
      this.remote = this.remote.then(() => this.deliverRemote(event.data));
    };
  }

  async get<T extends StoredRecord>(collection: Collection, id: string): Promise<T | undefined> {
    const tx = this.transaction([collection], 'readonly');
    return (await tx.objectStore(collection).get(id)) as T | undefined;
  }

  async getAll<T extends StoredRecord>(collection: Collection): Promise<T[]> {
    const tx = this.transaction([collection], 'readonly');
    return (await tx.objectStore(collection).getAll()) as T[];
  }

  async write(ops: readonly WriteOp[]): Promise<Change[]> {
    checkWriteOps(ops);
    if (!ops.length) return [];
    const names = [...new Set(ops.map((op) => op.collection)), 'feed', 'meta'] as Names[];
    const tx = this.transaction(names, 'readwrite');
    const clash: { change?: Change } = {};
    let changes: Change[];
    try {
      changes = await this.applyInTransaction(tx, ops, clash);
    } catch (error) {
      // A failed request has already aborted the transaction; abort() would then throw and hide
      // the original error.
      try {
        tx.abort();
      } catch {
        // already aborted
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
    try {
      await tx.done;
    } catch (error) {
      if (clash.change) throw await this.conflict(clash.change);
      throw error;
    }
    if (changes.length) {
      this.channel.postMessage(
        changes.length > POST_RECORDS_UP_TO ? changes.map(feedEntry) : changes,
      );
      this.notify(structuredClone(changes), 'local');
    }
    return changes;
  }

  async changes(since = 0): Promise<ChangePage> {
    const tx = this.transaction(['feed', 'meta'], 'readonly');
    const [records, seq, trimmed] = await Promise.all([
      tx.objectStore('feed').getAll(IDBKeyRange.lowerBound(since, true)),
      tx.objectStore('meta').get('seq'),
      tx.objectStore('meta').get('trimmed'),
    ]);
    return changePage(records.flatMap(feedEntries), since, seq?.value ?? 0, trimmed?.value ?? 0);
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    this.channel.close();
    this.db.close();
    await Promise.all(this.running);
  }

  /** A transaction that `close` waits for. */
  private transaction<Mode extends IDBTransactionMode>(names: Names[], mode: Mode) {
    const tx = this.db.transaction(names, mode);
    const done = tx.done.catch(() => undefined);
    this.running.add(done);
    void done.then(() => this.running.delete(done));
    return tx;
  }

  /** The ConflictError for a create whose id turned out to be taken (the batch has aborted). */
  private async conflict({ collection, id }: Change): Promise<ConflictError> {
    const current = await this.get(collection, id);
    return new ConflictError(collection, id, 0, current?.revision ?? 0);
  }

  /**
   * Reads what the ops touch, plans them in order, then writes. Throws to abort; a create whose
   * id is taken aborts the transaction later, and is named in `clash`.
   */
  private async applyInTransaction(
    tx: WriteTransaction,
    ops: readonly WriteOp[],
    clash: { change?: Change },
  ): Promise<Change[]> {
    const raw = unwrap(tx) as IDBTransaction;
    const meta = raw.objectStore('meta');
    const [seqRecord, trimmedRecord, { records: staged, unread }] = await Promise.all([
      settled(meta.get('seq')) as Promise<{ value: number } | undefined>,
      settled(meta.get('trimmed')) as Promise<{ value: number } | undefined>,
      readCurrent(raw, ops),
    ]);
    let seq = seqRecord?.value ?? 0;
    const changes: Change[] = [];
    for (const op of ops) {
      const key = keyOf({ collection: op.collection, id: idOf(op) });
      const planned = planWrite(op, staged.get(key), seq + 1, { clone: false });
      if (!planned) continue;
      seq += 1;
      staged.set(key, planned.record);
      changes.push(planned.change);
    }
    // Writes need no answer: a failed one aborts the transaction, and `tx.done` rejects.
    for (const change of changes) {
      const store = raw.objectStore(change.collection);
      if (change.record && unread.delete(keyOf(change))) {
        const request = store.add(change.record);
        request.onerror = () => (clash.change ??= change);
      } else if (change.record) store.put(change.record);
      else store.delete(change.id);
    }
    if (!changes.length) return changes;
    const feed = raw.objectStore('feed');
    feed.put({ seq, changes: changes.map(feedEntry) } satisfies FeedBatch);
    meta.put({ key: 'seq', value: seq });
    // Trimming is one range delete: batches whose last entry is past the limit.
    const trimmedThrough = seq - this.feedLimit;
    if (trimmedThrough > (trimmedRecord?.value ?? 0)) {
      feed.delete(IDBKeyRange.upperBound(trimmedThrough));
      meta.put({ key: 'trimmed', value: trimmedThrough });
    }
    return changes;
  }

  /** Tells the listeners about a remote batch, once the records it came without are read. */
  private async deliverRemote(entries: Change[]): Promise<void> {
    if (this.closed || !this.listeners.size) return;
    try {
      const missing = entries.filter((entry) => entry.type === 'put' && !entry.record);
      const collections = [...new Set(missing.map((entry) => entry.collection))];
      const raw = missing.length
        ? (unwrap(this.transaction(collections, 'readonly')) as IDBTransaction)
        : undefined;
      const changes = await Promise.all(
        entries.map(async (entry) => {
          if (!raw || entry.type !== 'put' || entry.record) return entry;
          const record = await settled(raw.objectStore(entry.collection).get(entry.id));
          return record ? { ...entry, record: record as StoredRecord } : entry;
        }),
      );
      if (!this.closed) this.notify(changes, 'remote');
    } catch (error) {
      console.error('Could not read the records of a change made in another tab', error);
    }
  }

  private notify(changes: Change[], origin: 'local' | 'remote'): void {
    notifyListeners(this.listeners, changes, origin);
  }
}
