import { groupOfBook, ownerOfPersonalBook, personalBookId, type Directory } from './directory.js';
import { AccessDeniedError, ValidationError, type FieldIssue } from './errors.js';
import {
  personalBook,
  type BookAccess,
  type Grant,
  type MemberGrant,
  type Target,
} from './rights.js';
import type { Change, StoredRecord, WriteOp } from './store.js';

/** A book's record in the `acl` collection (its id is the book's id). */
export interface AclRecord extends StoredRecord {
  access: BookAccess;
}

/** A personal book's facts. */
export type PersonalAccess = Extract<BookAccess, { kind: 'personal' }>;
/** A group book's facts. */
export type GroupAccess = Extract<BookAccess, { kind: 'group' }>;

const GRANT_ORDER: readonly Grant[] = ['view', 'add', 'edit', 'delete'];
const MEMBER_GRANT_ORDER: readonly MemberGrant[] = ['add', 'delete'];

/**
 * The rights facts of every book, as `can()` needs them: the `acl` records (grants) joined with
 * the directory (group members and admins). A ContactBook keeps one, current from the change feed.
 */
export class BookRights {
  private readonly bookId: string;
  private readonly userId: string;
  private readonly directory: Directory | undefined;
  private readonly records = new Map<string, AclRecord>();

  constructor({
    bookId,
    userId,
    directory,
  }: {
    bookId: string;
    userId: string;
    directory?: Directory;
  }) {
    this.bookId = bookId;
    this.userId = userId;
    this.directory = directory;
  }

  /** Replaces the records with a snapshot of the `acl` collection. */
  load(records: readonly AclRecord[]): void {
    this.records.clear();
    for (const record of records) this.records.set(record.id, record);
  }

  /** Follows one change of the `acl` collection (other collections are ignored). */
  handle(change: Change): void {
    if (change.collection !== 'acl') return;
    if (change.type === 'delete') this.records.delete(change.id);
    else if (change.record) this.records.set(change.id, change.record as AclRecord);
  }

  /** The stored record of a book, if any (its revision guards the next write). */
  record(bookId: string): AclRecord | undefined {
    return this.records.get(bookId);
  }

  /** Other users' personal books that grant this user `view`, by id. */
  personalBooksShared(): string[] {
    return [...this.records.values()]
      .filter(({ access }) => access.kind === 'personal' && access.ownerId !== this.userId)
      .filter(
        ({ access }) => access.kind === 'personal' && access.grants[this.userId]?.includes('view'),
      )
      .map((record) => record.id)
      .sort();
  }

  /** The facts of this book. */
  get access(): BookAccess {
    return this.accessOf(this.bookId);
  }

  /**
   * The facts of any book. A group's members and admins come from the directory; its grants from
   * its record. A personal book with no record belongs to the user it is named after. A book the
   * directory and the store do not know is nobody's, except the opened book, which (as before
   * directories) belongs to whoever opens it.
   */
  accessOf(bookId: string): BookAccess {
    const stored = this.records.get(bookId)?.access;
    const groupId = groupOfBook(bookId);
    const group = groupId === undefined ? undefined : this.directory?.group(groupId);
    if (group) {
      const grants = stored?.kind === 'group' ? stored : undefined;
      return {
        kind: 'group',
        id: bookId,
        members: [...group.members],
        admins: [...group.admins],
        memberGrants: grants?.memberGrants ?? {},
        editors: grants?.editors ?? {},
      };
    }
    if (stored) return stored;
    const owner = ownerOfPersonalBook(bookId);
    if (owner !== undefined) return personalBook(bookId, owner);
    if (bookId === this.bookId) return personalBook(bookId, this.userId);
    return { kind: 'group', id: bookId, members: [], admins: [], memberGrants: {}, editors: {} };
  }

  /** What `can()` needs about a contact of this book (and, for `share`, the group it goes into). */
  target(contact?: { id: string; createdBy: string }, into?: string): Target {
    const book = this.access;
    return {
      book,
      contact,
      into: into === undefined ? undefined : this.accessOf(into),
      creatorBook:
        contact && book.kind === 'group'
          ? this.accessOf(personalBookId(contact.createdBy))
          : undefined,
    };
  }
}

/**
 * The write that replaces a personal book's grants (user id → grants). Refuses a grant without
 * `view`, a grant to the owner, and users the directory does not know.
 */
export function personalGrantsOp(
  rights: BookRights,
  grants: Readonly<Record<string, readonly Grant[]>>,
  directory: Directory | undefined,
): WriteOp {
  const access = rights.access;
  if (access.kind !== 'personal') throw new AccessDeniedError('A group book has member grants');
  const issues: FieldIssue[] = [];
  const clean: Record<string, Grant[]> = {};
  for (const [userId, list] of Object.entries(grants)) {
    const path = ['grants', userId];
    const unknown = list.filter((grant) => !GRANT_ORDER.includes(grant));
    if (unknown.length) issues.push({ path, message: `Unknown right "${unknown[0]}"` });
    else if (userId === access.ownerId)
      issues.push({ path, message: 'The owner already has every right' });
    else if (directory && !directory.user(userId))
      issues.push({ path, message: `Unknown user "${userId}"` });
    else if (list.length && !list.includes('view'))
      issues.push({ path, message: 'Add, edit and delete need view' });
    else if (list.length) clean[userId] = GRANT_ORDER.filter((grant) => list.includes(grant));
  }
  if (issues.length) throw new ValidationError(issues);
  return aclOp(rights, { ...access, grants: clean });
}

/** The write that replaces what a group's admins granted to members (user id → add / delete). */
export function memberGrantsOp(
  rights: BookRights,
  grants: Readonly<Record<string, readonly MemberGrant[]>>,
): WriteOp {
  const access = groupAccess(rights);
  const issues: FieldIssue[] = [];
  const clean: Record<string, MemberGrant[]> = {};
  for (const [userId, list] of Object.entries(grants)) {
    const path = ['memberGrants', userId];
    const unknown = list.filter((grant) => !MEMBER_GRANT_ORDER.includes(grant));
    if (unknown.length) issues.push({ path, message: `Unknown right "${unknown[0]}"` });
    else if (!access.members.includes(userId) && !access.admins.includes(userId))
      issues.push({ path, message: `"${userId}" is not a member of the group` });
    else if (list.length)
      clean[userId] = MEMBER_GRANT_ORDER.filter((grant) => list.includes(grant));
  }
  if (issues.length) throw new ValidationError(issues);
  return aclOp(rights, { ...access, memberGrants: clean });
}

/** The write that sets who edits one contact of a group beyond its creator (members only). */
export function contactEditorsOp(
  rights: BookRights,
  contactId: string,
  editors: readonly string[],
): WriteOp {
  const access = groupAccess(rights);
  const strangers = editors.filter(
    (userId) => !access.members.includes(userId) && !access.admins.includes(userId),
  );
  if (strangers.length) {
    throw new ValidationError([
      { path: ['editors', contactId], message: `"${strangers[0]}" is not a member of the group` },
    ]);
  }
  const { [contactId]: _previous, ...others } = access.editors;
  const unique = [...new Set(editors)];
  return aclOp(rights, {
    ...access,
    editors: unique.length ? { ...others, [contactId]: unique } : others,
  });
}

/** The facts of a group book; AccessDeniedError for a personal one (it has no member grants). */
function groupAccess(rights: BookRights): GroupAccess {
  const access = rights.access;
  if (access.kind !== 'group') throw new AccessDeniedError('Only a group book has members');
  return access;
}

/** A put of a book's record, guarded by the revision this book last saw. */
function aclOp(rights: BookRights, access: BookAccess): WriteOp {
  const revision = rights.record(access.id)?.revision ?? 0;
  const record: AclRecord = { id: access.id, revision, access };
  return { type: 'put', collection: 'acl', record, expectedRevision: revision };
}

/**
 * One tick in an access grid, with the dependency held: add, edit and delete tick view too;
 * unticking view clears them all.
 */
export function toggleGrant(grants: readonly Grant[], grant: Grant, on: boolean): Grant[] {
  if (!on) return grant === 'view' ? [] : grants.filter((other) => other !== grant);
  const next = new Set<Grant>([...grants, grant, 'view']);
  return GRANT_ORDER.filter((other) => next.has(other));
}
