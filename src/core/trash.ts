import type { Contact } from './contact.js';
import type { StoredRecord, WriteOp } from './store.js';

/** A deleted contact waiting in its book's trash (restorable until purged). */
export interface TrashEntry extends StoredRecord {
  contact: Contact;
  bookId: string;
  deletedAt: string;
  deletedBy: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** One batch that moves contacts from `contacts` to `trash` (each at the revision it was read). */
export function moveToTrashOps(
  contacts: readonly Contact[],
  { bookId, deletedBy, deletedAt }: Pick<TrashEntry, 'bookId' | 'deletedBy' | 'deletedAt'>,
): WriteOp[] {
  return contacts.flatMap((contact): WriteOp[] => {
    const entry: TrashEntry = {
      id: contact.id,
      revision: 0,
      contact,
      bookId,
      deletedAt,
      deletedBy,
    };
    return [
      {
        type: 'delete',
        collection: 'contacts',
        id: contact.id,
        expectedRevision: contact.revision,
      },
      { type: 'put', collection: 'trash', record: entry },
    ];
  });
}

/** One batch that puts trashed contacts back as they were (and fails if one was re-created). */
export function restoreOps(entries: readonly TrashEntry[]): WriteOp[] {
  return entries.flatMap((entry): WriteOp[] => [
    { type: 'delete', collection: 'trash', id: entry.id, expectedRevision: entry.revision },
    {
      type: 'put',
      collection: 'contacts',
      record: { ...entry.contact, revision: 0 },
      expectedRevision: 0,
      // The contact comes back after the revision it was deleted at: stale editors conflict.
      baseRevision: entry.contact.revision,
    },
  ]);
}

/** One batch that destroys trash entries for good. */
export function purgeOps(entries: readonly TrashEntry[]): WriteOp[] {
  return entries.map((entry) => ({ type: 'delete', collection: 'trash', id: entry.id }));
}

/** The entries deleted more than `days` days before `now`. */
export function expiredEntries(
  entries: readonly TrashEntry[],
  now: Date,
  days: number,
): TrashEntry[] {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return entries.filter((entry) => entry.deletedAt < cutoff);
}
