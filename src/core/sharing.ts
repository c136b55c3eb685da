import type { Contact } from './contact.js';
import { groupOfBook } from './directory.js';
import { AccessDeniedError, ValidationError, type FieldIssue } from './errors.js';
import type { WriteOp } from './store.js';

/** The group books added to and removed from a contact's `sharedWith`. */
export interface SharingChange {
  added: string[];
  removed: string[];
}

/** What changes between two `sharedWith` lists. */
export function sharingChange(before: readonly string[], after: readonly string[]): SharingChange {
  return {
    added: after.filter((id) => !before.includes(id)),
    removed: before.filter((id) => !after.includes(id)),
  };
}

/**
 * Checks a contact's new `sharedWith` and the actor's right to make the change: only a personal
 * book's contact is shared, only into group books, each once (ValidationError); every group added
 * needs `share`, every group left needs `share` or `delete` there (AccessDeniedError). Nothing is
 * written either way: the caller checks before it writes.
 */
export function checkSharing({
  homeIsPersonal,
  before,
  after,
  mayShare,
  mayUnshare,
  path = ['sharedWith'],
}: {
  homeIsPersonal: boolean;
  before: readonly string[];
  after: readonly string[];
  mayShare: (groupBookId: string) => boolean;
  mayUnshare: (groupBookId: string) => boolean;
  path?: (string | number)[];
}): void {
  const { added, removed } = sharingChange(before, after);
  if (!added.length && !removed.length) return;
  const issues: FieldIssue[] = [];
  if (added.length && !homeIsPersonal)
    issues.push({ path, message: 'Only a contact of a personal book is shared into groups' });
  const notGroup = added.find((id) => groupOfBook(id) === undefined);
  if (notGroup !== undefined) issues.push({ path, message: `"${notGroup}" is not a group's book` });
  if (new Set(after).size !== after.length)
    issues.push({ path, message: 'A group is listed twice' });
  if (issues.length) throw new ValidationError(issues);
  const refused = added.find((id) => !mayShare(id)) ?? removed.find((id) => !mayUnshare(id));
  if (refused !== undefined) {
    throw new AccessDeniedError(
      added.includes(refused) ? `May not share into ${refused}` : `May not unshare from ${refused}`,
    );
  }
}

/** The write that gives a contact a new `sharedWith` (guarded by the revision it was read at). */
export function sharedWithOp(contact: Contact, sharedWith: readonly string[], now: Date): WriteOp {
  return {
    type: 'put',
    collection: 'contacts',
    record: { ...contact, sharedWith: [...sharedWith], updatedAt: now.toISOString() } as Contact,
    expectedRevision: contact.revision,
  };
}

/**
 * How contacts leave a book: those at home there go to the trash (`trashOps`); those shared into
 * it (a group) are unshared from it and stay in their home book.
 */
export function removalOps(
  contacts: readonly Contact[],
  bookId: string,
  trashOps: (contacts: readonly Contact[]) => WriteOp[],
  now: Date,
): WriteOp[] {
  const home = contacts.filter((contact) => contact.bookId === bookId);
  const sharedIn = contacts.filter((contact) => contact.bookId !== bookId);
  return [
    ...(home.length ? trashOps(home) : []),
    ...sharedIn.map((contact) =>
      sharedWithOp(
        contact,
        contact.sharedWith.filter((id) => id !== bookId),
        now,
      ),
    ),
  ];
}
