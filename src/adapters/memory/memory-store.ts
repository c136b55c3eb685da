import {
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

/** A Store in memory: tests, Node, SSR and demos without storage. Records are cloned in and out. */
export class MemoryStore implements Store {
  private readonly collections = new Map<Collection, Map<string, StoredRecord>>();
  private readonly feed: Change[] = [];
  private readonly listeners = new Set<ChangeListener>();
  private readonly feedLimit: number;
  private seq = 0;
  /** The seq of the last entry trimmed off the feed (0: none yet). */
  private trimmedThrough = 0;

  /** An empty store; `feedLimit` caps the change feed (10,000 entries by default). */
  constructor({ feedLimit = DEFAULT_FEED_LIMIT }: StoreOptions = {}) {
    this.feedLimit = feedLimit;
  }

  async get<T extends StoredRecord>(collection: Collection, id: string): Promise<T | undefined> {
    const record = this.records(collection).get(id);
    return record ? (structuredClone(record) as T) : undefined;
  }

  async getAll<T extends StoredRecord>(collection: Collection): Promise<T[]> {
    return [...this.records(collection).values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((record) => structuredClone(record) as T);
  }

  async write(ops: readonly WriteOp[]): Promise<Change[]> {
    checkWriteOps(ops);
    // Plan against a staging overlay first; commit only when every op passed.
    const staged = new Map<string, StoredRecord | undefined>();
    const changes: Change[] = [];
    // The store's own copies, made while planning: a record that cannot be cloned aborts the
    // batch before anything is committed. The caller keeps the planned records.
    const copies: (StoredRecord | undefined)[] = [];
    let seq = this.seq;
    for (const op of ops) {
      const key = `${op.collection}\u0000${op.type === 'put' ? op.record.id : op.id}`;
      const id = op.type === 'put' ? op.record.id : op.id;
      const current = staged.has(key) ? staged.get(key) : this.records(op.collection).get(id);
      const planned = planWrite(op, current, seq + 1, { clone: false });
      if (!planned) continue;
      seq += 1;
      staged.set(key, planned.record);
      changes.push(planned.change);
      copies.push(planned.record && structuredClone(planned.record));
    }
    changes.forEach((change, index) => {
      const records = this.records(change.collection);
      const copy = copies[index];
      if (copy) records.set(change.id, copy);
      else records.delete(change.id);
    });
    this.seq = seq;
    for (const change of changes) this.feed.push(feedEntry(change));
    const excess = this.feed.length - this.feedLimit;
    if (excess > 0) this.trimmedThrough = this.feed.splice(0, excess)[excess - 1].seq;
    if (changes.length) notifyListeners(this.listeners, structuredClone(changes), 'local');
    return changes;
  }

  async changes(since = 0): Promise<ChangePage> {
    return changePage(this.feed, since, this.seq, this.trimmedThrough);
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }

  private records(collection: Collection): Map<string, StoredRecord> {
    let records = this.collections.get(collection);
    if (!records) {
      records = new Map();
      this.collections.set(collection, records);
    }
    return records;
  }
}
