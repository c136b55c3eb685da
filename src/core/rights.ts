/** What an actor may try to do. `comment` means seeing a contact's comments and adding to them. */
export type Action = 'view' | 'add' | 'edit' | 'delete' | 'empty' | 'share' | 'comment' | 'grant';

/** Every action, in the order the rights table lists them. */
export const ACTIONS: readonly Action[] = [
  'view',
  'add',
  'edit',
  'delete',
  'empty',
  'share',
  'comment',
  'grant',
];

/** Rights an owner grants on a whole personal book; `add`, `edit` and `delete` need `view`. */
export type Grant = 'view' | 'add' | 'edit' | 'delete';

/** Rights a group admin grants to a member (every member views; the creator edits). */
export type MemberGrant = 'add' | 'delete';

/** Who acts. */
export interface Actor {
  userId: string;
}

/** The facts about a book that decide who may do what in it (the `acl` record of the book). */
export type BookAccess =
  | { kind: 'personal'; id: string; ownerId: string; grants: Record<string, Grant[]> }
  | {
      kind: 'group';
      id: string;
      members: string[];
      admins: string[];
      /** Extra rights admins granted to members. */
      memberGrants: Record<string, MemberGrant[]>;
      /** Per-contact editors beyond the creator. */
      editors: Record<string, string[]>;
    };

/** The target of an action: a book, and the contact when there is one. */
export interface Target {
  book: BookAccess;
  contact?: { id: string; createdBy: string };
  /** For `share`: the group book the contact goes into. */
  into?: BookAccess;
  /** For group contacts: who owns the personal book the contact was shared from. */
  ownerOfSource?: string;
  /**
   * For group contacts: the personal book of the contact's creator. Its `edit` grants also cover
   * the group contacts that owner created.
   */
  creatorBook?: BookAccess;
}

/**
 * The one place that decides rights (DESIGN.md, "Rights"). Pure and synchronous: UI, core and
 * server ask it.
 * - `empty` is `delete` on the whole book; `comment` is `view` of the contact.
 * - `share` puts a contact of a personal book into a group book: it changes the contact's record
 *   (`sharedWith`), so it needs `edit` on the contact there, and `add` in the group.
 */
export function can(actor: Actor, action: Action, target: Target): boolean {
  const { book, contact } = target;
  switch (action) {
    case 'share':
      return (
        book.kind === 'personal' &&
        can(actor, 'edit', target) &&
        !!target.into &&
        can(actor, 'add', { book: target.into })
      );
    case 'empty':
      return can(actor, 'delete', { book });
    case 'comment':
      return can(actor, 'view', target);
    default:
      return book.kind === 'personal'
        ? personalCan(actor, action, book, contact)
        : groupCan(actor, action, target, book);
  }
}

/** Rights in a personal book: the owner's, or what the owner granted (all of it needs `view`). */
function personalCan(
  actor: Actor,
  action: Action,
  book: Extract<BookAccess, { kind: 'personal' }>,
  contact: Target['contact'],
): boolean {
  if (book.ownerId === actor.userId) return true;
  const grants = book.grants[actor.userId] ?? [];
  if (!grants.includes('view')) return false;
  switch (action) {
    case 'view':
      return true;
    case 'add':
      return grants.includes('add');
    case 'edit':
      // A user with `add` may edit the contacts they added.
      return (
        grants.includes('edit') || (grants.includes('add') && contact?.createdBy === actor.userId)
      );
    case 'delete':
      return grants.includes('delete');
    default:
      return false;
  }
}

/** Rights in a group book: members view, admins add, delete and grant, the creator edits. */
function groupCan(
  actor: Actor,
  action: Action,
  target: Target,
  book: Extract<BookAccess, { kind: 'group' }>,
): boolean {
  const isAdmin = book.admins.includes(actor.userId);
  if (!isAdmin && !book.members.includes(actor.userId)) return false;
  const granted = book.memberGrants[actor.userId] ?? [];
  const contact = target.contact;
  switch (action) {
    case 'view':
      return true;
    case 'add':
      return isAdmin || granted.includes('add');
    case 'delete':
      return isAdmin || granted.includes('delete');
    case 'grant':
      return isAdmin;
    case 'edit':
      if (!contact) return false;
      return (
        contact.createdBy === actor.userId ||
        (book.editors[contact.id] ?? []).includes(actor.userId) ||
        editsFor(actor, contact.createdBy, target.creatorBook)
      );
    default:
      return false;
  }
}

/** Does the owner of `creatorBook` (the contact's creator) grant the actor `view` and `edit`? */
function editsFor(actor: Actor, creator: string, creatorBook: BookAccess | undefined): boolean {
  if (creatorBook?.kind !== 'personal' || creatorBook.ownerId !== creator) return false;
  const grants = creatorBook.grants[actor.userId] ?? [];
  return grants.includes('view') && grants.includes('edit');
}

/** The access record of a personal book that has no grants yet: the owner alone. */
export function personalBook(id: string, ownerId: string): BookAccess {
  return { kind: 'personal', id, ownerId, grants: {} };
}
