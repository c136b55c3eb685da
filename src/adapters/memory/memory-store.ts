import {
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

/** A Store in memory: tests, Node, SSR and demos without storage. Records are cloned in and out. */
export class MemoryStore implements Store {
  private readonly collections = new Map<Collection, Map<string, StoredRecord>>();
  private readonly feed: Change[] = [];
  private readonly listeners = new Set<ChangeListener>();
  private seq = 0;

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
    let seq = this.seq;
    for (const op of ops) {
      const key = `${op.collection}\u0000${op.type === 'put' ? op.record.id : op.id}`;
      const id = op.type === 'put' ? op.record.id : op.id;
      const current = staged.has(key) ? staged.get(key) : this.records(op.collection).get(id);
      const planned = planWrite(op, current, seq + 1);
      if (!planned) continue;
      seq += 1;
      staged.set(key, planned.record);
      changes.push(planned.change);
    }
    for (const change of changes) {
      const records = this.records(change.collection);
      if (change.type === 'put' && change.record) records.set(change.id, change.record);
      else records.delete(change.id);
    }
    this.seq = seq;
    this.feed.push(...changes.map(feedEntry));
    const delivered = changes.map((change) => structuredClone(change));
    if (delivered.length) notifyListeners(this.listeners, delivered, 'local');
    return structuredClone(changes);
  }

  async changes(since = 0): Promise<ChangePage> {
    return { changes: this.feed.filter((change) => change.seq > since), token: this.seq };
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
