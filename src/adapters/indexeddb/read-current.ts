import { createsOnly, type StoredRecord, type WriteOp } from '../../core/store.js';

/** The key a batch stages an op under: collection and id. */
export function keyOf({ collection, id }: { collection: string; id: string }): string {
  return `${collection}\u0000${id}`;
}

/** The id an op writes or deletes. */
export function idOf(op: WriteOp): string {
  return op.type === 'put' ? op.record.id : op.id;
}

/** Settles when a raw request does (idb wraps every request; a plain one is enough here). */
export function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** What a batch starts from: the current records, and the keys assumed free (not read). */
export interface CurrentRecords {
  records: Map<string, StoredRecord | undefined>;
  /** Keys whose first op is a create: their first write is an `add`, which fails if taken. */
  unread: Set<string>;
}

/**
 * The current record under every key a batch touches, read inside its transaction (so nothing
 * changes in between). A key whose first op is a create (expected revision 0) is not read: a
 * read per record was most of a bulk import's time, and IndexedDB's `add` refuses an existing
 * key by itself, aborting the transaction — the same check, made by the write.
 */
export async function readCurrent(
  tx: IDBTransaction,
  ops: readonly WriteOp[],
): Promise<CurrentRecords> {
  const records = new Map<string, StoredRecord | undefined>();
  const unread = new Set<string>();
  const reads: WriteOp[] = [];
  for (const op of ops) {
    const key = keyOf({ collection: op.collection, id: idOf(op) });
    if (records.has(key)) continue;
    records.set(key, undefined);
    if (createsOnly(op)) unread.add(key);
    else reads.push(op);
  }
  const read = await Promise.all(
    reads.map((op) => settled(tx.objectStore(op.collection).get(idOf(op)))),
  );
  reads.forEach((op, index) =>
    records.set(keyOf({ collection: op.collection, id: idOf(op) }), read[index] as StoredRecord),
  );
  return { records, unread };
}
