import { ConflictError, ValidationError } from './errors.js';

/**
 * The collections every Store keeps. `trash` holds deleted contacts until restored or purged;
 * `snapshots` holds what a book shows first, to open fast (see `core/first-rows.ts`).
 */
export const COLLECTIONS = [
  'contacts',
  'trash',
  'tags',
  'tagAssignments',
  'comments',
  'attachments',
  'preferences',
  'acl',
  'snapshots',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Every stored record has an id and a revision the store bumps on every write. */
export interface StoredRecord {
  id: string;
  revision: number;
}

/**
 * One write in a batch. `expectedRevision` makes it conditional: 0 means "must not exist yet",
 * n means "must still be at revision n"; a mismatch fails the whole batch with ConflictError.
 * `baseRevision` continues a record's revision line when it comes back (restored from the trash):
 * it is written at `max(current, baseRevision) + 1`, so an editor holding an older revision
 * still gets a ConflictError.
 */
export type WriteOp =
  | {
      type: 'put';
      collection: Collection;
      record: StoredRecord;
      expectedRevision?: number;
      baseRevision?: number;
    }
  | { type: 'delete'; collection: Collection; id: string; expectedRevision?: number };

/** What a write did, as the change feed and subscribers see it. */
export interface Change {
  /** Position in the store's feed; increases with every change. */
  seq: number;
  collection: Collection;
  id: string;
  type: 'put' | 'delete';
  /** The record's revision after the change (the deleted revision for a delete). */
  revision: number;
  /** The record written; absent for deletes and for old entries read back from the feed. */
  record?: StoredRecord;
}

/**
 * A page of the change feed and the token to ask for what comes after it. Stores keep only the
 * latest entries (see `DEFAULT_FEED_LIMIT`): when some entries after `since` are gone, `reset` is
 * true and `changes` holds only the kept ones — reload everything, then follow from `token`.
 */
export interface ChangePage {
  changes: Change[];
  token: number;
  /** Present (true) when entries after `since` were trimmed: the caller must reload everything. */
  reset?: true;
}

/** How many feed entries a store keeps by default; older ones are trimmed as writes come in. */
export const DEFAULT_FEED_LIMIT = 10_000;

/** Options every adapter takes. */
export interface StoreOptions {
  /** Feed entries to keep (at least; a store may keep a few more). Defaults to 10,000. */
  feedLimit?: number;
}

/** The page `changes(since)` answers, given the kept entries and the last trimmed seq. */
export function changePage(
  kept: readonly Change[],
  since: number,
  token: number,
  trimmedThrough: number,
): ChangePage {
  const changes = kept.filter((change) => change.seq > since);
  return since < trimmedThrough ? { changes, token, reset: true } : { changes, token };
}

/** Where a change came from: this Store instance, or another one on the same data (another tab). */
export type ChangeOrigin = 'local' | 'remote';

export type ChangeListener = (changes: Change[], origin: ChangeOrigin) => void;

/**
 * The contract every storage adapter implements. Small and async; rules live in ContactBook.
 * Every adapter passes the shared conformance suite (test/adapters/conformance.ts).
 */
export interface Store {
  /** One record, or undefined. */
  get<T extends StoredRecord>(collection: Collection, id: string): Promise<T | undefined>;
  /** Every record of a collection, in id order. */
  getAll<T extends StoredRecord>(collection: Collection): Promise<T[]>;
  /**
   * Applies the batch atomically: every op, or none (and the error). Returns the changes; their
   * records are the caller's (stored data and every listener have their own copies).
   */
  write(ops: readonly WriteOp[]): Promise<Change[]>;
  /**
   * The changes after `since` (0 for all that are kept), oldest first. The feed is trimmed to its
   * latest entries: when `since` is older than the oldest kept one, the page says `reset: true`.
   */
  changes(since?: number): Promise<ChangePage>;
  /**
   * Called after every committed write, local or from another instance; returns unsubscribe.
   * A remote put carries its record; an adapter may instead read it when delivering a large
   * batch, and then gives the record as it is by then (absent if deleted since: a later change,
   * delivered in order, says so).
   */
  subscribe(listener: ChangeListener): () => void;
  /** Releases connections and channels. */
  close(): Promise<void>;
}

/**
 * Calls every listener with a committed batch. A listener that throws is reported and skipped:
 * the write has committed, so it must neither fail nor keep the other listeners from hearing it.
 */
export function notifyListeners(
  listeners: Iterable<ChangeListener>,
  changes: Change[],
  origin: ChangeOrigin,
): void {
  for (const listener of [...listeners]) {
    try {
      listener(changes, origin);
    } catch (error) {
      console.error('A Store change listener threw', error);
    }
  }
}

/** A change as the feed keeps it: without the record (the store holds the current one). */
export function feedEntry({ record: _record, ...entry }: Change): Change {
  return entry;
}

/** Structural checks every adapter runs before touching storage, so a bad op aborts the batch. */
export function checkWriteOps(ops: readonly WriteOp[]): void {
  const issues = ops.flatMap((op, index) => {
    if (!(COLLECTIONS as readonly string[]).includes(op.collection)) {
      return [{ path: [index, 'collection'], message: `Unknown collection "${op.collection}"` }];
    }
    const id = op.type === 'put' ? op.record?.id : op.id;
    if (typeof id !== 'string' || id === '') {
      return [{ path: [index, 'id'], message: 'A record needs a non-empty string id' }];
    }
    return [];
  });
  if (issues.length) throw new ValidationError(issues);
}

/** True when the op must find no record: its existence alone decides it (no read needed). */
export function createsOnly(op: WriteOp): boolean {
  return op.type === 'put' && op.expectedRevision === 0;
}

/** The revision a put writes: one more than the current record's (0 when it does not exist). */
export function nextRevision(current: StoredRecord | undefined): number {
  return (current?.revision ?? 0) + 1;
}

/**
 * Plans one op against the current record (shared by every adapter so they agree on the rules):
 * checks the expected revision, bumps it, and returns the record to store (undefined: remove it)
 * and the change to report. `null` means the op changes nothing (deleting what is not there).
 */
export function planWrite(
  op: WriteOp,
  current: StoredRecord | undefined,
  seq: number,
  { clone = true }: { clone?: boolean } = {},
): { record: StoredRecord | undefined; change: Change } | null {
  const id = op.type === 'put' ? op.record.id : op.id;
  const actual = current?.revision ?? 0;
  if (op.expectedRevision !== undefined && op.expectedRevision !== actual) {
    throw new ConflictError(op.collection, id, op.expectedRevision, actual);
  }
  if (op.type === 'delete') {
    if (!current) return null;
    return {
      record: undefined,
      change: { seq, collection: op.collection, id, type: 'delete', revision: actual },
    };
  }
  const base = Math.max(current?.revision ?? 0, op.baseRevision ?? 0);
  // An adapter whose storage copies on write (IndexedDB) skips the clone: the caller's record
  // is then shared only with the change handed back to that caller.
  const record = { ...(clone ? structuredClone(op.record) : op.record), revision: base + 1 };
  return {
    record,
    change: { seq, collection: op.collection, id, type: 'put', revision: record.revision, record },
  };
}
