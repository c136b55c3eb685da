import { createsOnly, type StoredRecord, type WriteOp } from '../../core/store.js';

/** Below this many creates in a collection, one read per record is as cheap as a key scan. */
const MIN_KEY_SCAN = 32;
/**
 * A key scan reads every key between the batch's lowest and highest id (random UUIDs: most of
 * the store). Reading a key costs about a tenth of reading a record by id, so the scan stops
 * past this many keys per created record and the batch falls back to reads by id.
 */
const KEYS_PER_CREATE = 8;

/** The key a batch stages an op under: collection and id. */
export function keyOf(op: WriteOp): string {
  return `${op.collection}\u0000${op.type === 'put' ? op.record.id : op.id}`;
}

const idOf = (op: WriteOp) => (op.type === 'put' ? op.record.id : op.id);

/** Settles when a raw request does (idb wraps every request; a plain one is enough here). */
export function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The current record under every key a batch touches, read inside its transaction (so nothing
 * changes in between). A create (expected revision 0) needs only to know that its id is free:
 * many creates in one collection are checked with one key scan instead of a read each; an id
 * that turns out to exist is read in full, for the ConflictError to name its revision.
 */
export async function readCurrent(
  tx: IDBTransaction,
  ops: readonly WriteOp[],
): Promise<Map<string, StoredRecord | undefined>> {
  const first = new Map<string, WriteOp>();
  for (const op of ops) if (!first.has(keyOf(op))) first.set(keyOf(op), op);
  const creates = new Map<string, WriteOp[]>();
  const reads: WriteOp[] = [];
  for (const op of first.values()) {
    if (!createsOnly(op)) reads.push(op);
    else creates.set(op.collection, [...(creates.get(op.collection) ?? []), op]);
  }
  const current = new Map<string, StoredRecord | undefined>();
  const scans = [...creates.values()].map(async (group) => {
    if (group.length < MIN_KEY_SCAN) return reads.push(...group);
    const taken = await takenIds(tx.objectStore(group[0].collection), group.map(idOf));
    for (const op of group) {
      if (taken && !taken.has(idOf(op))) current.set(keyOf(op), undefined);
      else reads.push(op);
    }
  });
  await Promise.all(scans);
  const records = await Promise.all(
    reads.map((op) => settled(tx.objectStore(op.collection).get(idOf(op)))),
  );
  reads.forEach((op, index) => current.set(keyOf(op), records[index] as StoredRecord | undefined));
  return current;
}

/** Which of `ids` the store holds, from one bounded key scan; undefined when the scan gave up. */
async function takenIds(store: IDBObjectStore, ids: string[]): Promise<Set<string> | undefined> {
  const sorted = [...ids].sort();
  const limit = KEYS_PER_CREATE * ids.length;
  const range = IDBKeyRange.bound(sorted[0], sorted[sorted.length - 1]);
  const keys = await settled(store.getAllKeys(range, limit));
  if (keys.length >= limit) return undefined;
  const wanted = new Set(ids);
  return new Set(keys.filter((key): key is string => wanted.has(key as string)));
}
