import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import {
  COLLECTIONS,
  checkWriteOps,
  feedEntry,
  notifyListeners,
  planWrite,
  type Change,
  type ChangeListener,
  type ChangePage,
  type Collection,
  type Store,
  type StoredRecord,
  type WriteOp,
} from '../../core/store.js';

type RecordStore = { key: string; value: StoredRecord };

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
  feed: { key: number; value: Omit<Change, 'record'> };
  meta: { key: string; value: { key: string; value: number } };
}

type Names = StoreNames<ContactBookDB>;
type WriteTransaction = IDBPTransaction<ContactBookDB, Names[], 'readwrite'>;

const SCHEMA_VERSION = 1;

/**
 * The browser's default Store, on `idb`. Every batch is one readwrite transaction (all or
 * nothing); other tabs on the same database hear about each commit over a BroadcastChannel.
 */
export class IndexedDBStore implements Store {
  private readonly listeners = new Set<ChangeListener>();
  private readonly db: IDBPDatabase<ContactBookDB>;
  private readonly channel: BroadcastChannel;

  /** Opens (creating when needed) the database `name`. */
  static async open(name: string): Promise<IndexedDBStore> {
    const db = await openDB<ContactBookDB>(name, SCHEMA_VERSION, {
      upgrade(database) {
        for (const collection of COLLECTIONS)
          database.createObjectStore(collection, { keyPath: 'id' });
        database.createObjectStore('feed', { keyPath: 'seq' });
        database.createObjectStore('meta', { keyPath: 'key' });
      },
      // Another tab upgrades or deletes the database: let it, instead of blocking it forever.
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
      },
    });
    return new IndexedDBStore(name, db);
  }

  private constructor(name: string, db: IDBPDatabase<ContactBookDB>) {
    this.db = db;
    this.channel = new BroadcastChannel(`contact-book-store:${name}`);
    this.channel.onmessage = (event: MessageEvent<Change[]>) => this.notify(event.data, 'remote');
  }

  async get<T extends StoredRecord>(collection: Collection, id: string): Promise<T | undefined> {
    return (await this.db.get(collection, id)) as T | undefined;
  }

  async getAll<T extends StoredRecord>(collection: Collection): Promise<T[]> {
    return (await this.db.getAll(collection)) as T[];
  }

  async write(ops: readonly WriteOp[]): Promise<Change[]> {
    checkWriteOps(ops);
    if (!ops.length) return [];
    const names = [...new Set(ops.map((op) => op.collection)), 'feed', 'meta'] as Names[];
    const tx = this.db.transaction(names, 'readwrite');
    let changes: Change[];
    try {
      changes = await this.applyInTransaction(tx, ops);
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
    await tx.done;
    if (changes.length) {
      this.channel.postMessage(changes);
      this.notify(structuredClone(changes), 'local');
    }
    return changes;
  }

  async changes(since = 0): Promise<ChangePage> {
    const tx = this.db.transaction(['feed', 'meta'], 'readonly');
    const [changes, seq] = await Promise.all([
      tx.objectStore('feed').getAll(IDBKeyRange.lowerBound(since, true)),
      tx.objectStore('meta').get('seq'),
    ]);
    return { changes, token: seq?.value ?? 0 };
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.channel.close();
    this.db.close();
  }

  /** Reads what the ops touch (in parallel), plans them in order, then writes. Throws to abort. */
  private async applyInTransaction(
    tx: WriteTransaction,
    ops: readonly WriteOp[],
  ): Promise<Change[]> {
    const keyOf = (op: WriteOp) =>
      `${op.collection}\u0000${op.type === 'put' ? op.record.id : op.id}`;
    const unique = new Map(ops.map((op) => [keyOf(op), op]));
    const [meta, ...currents] = await Promise.all([
      tx.objectStore('meta').get('seq'),
      ...[...unique.values()].map((op) =>
        tx.objectStore(op.collection).get(op.type === 'put' ? op.record.id : op.id),
      ),
    ]);
    const staged = new Map<string, StoredRecord | undefined>(
      [...unique.keys()].map((key, index) => [key, currents[index] as StoredRecord | undefined]),
    );
    let seq = (meta as { value: number } | undefined)?.value ?? 0;
    const changes: Change[] = [];
    for (const op of ops) {
      const planned = planWrite(op, staged.get(keyOf(op)), seq + 1);
      if (!planned) continue;
      seq += 1;
      staged.set(keyOf(op), planned.record);
      changes.push(planned.change);
    }
    const writes: Promise<unknown>[] = [];
    for (const change of changes) {
      const store = tx.objectStore(change.collection);
      writes.push(change.record ? store.put(change.record) : store.delete(change.id));
      writes.push(tx.objectStore('feed').put(feedEntry(change)));
    }
    writes.push(tx.objectStore('meta').put({ key: 'seq', value: seq }));
    await Promise.all(writes);
    return changes;
  }

  private notify(changes: Change[], origin: 'local' | 'remote'): void {
    notifyListeners(this.listeners, changes, origin);
  }
}
