/** What an actor may try to do. */
export type Action = 'view' | 'add' | 'edit' | 'delete' | 'share' | 'grant';

/** Rights an owner grants on a whole personal book; `add`, `edit` and `delete` need `view`. */
export type Grant = 'view' | 'add' | 'edit' | 'delete';

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
      memberGrants: Record<string, ('add' | 'delete')[]>;
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

/** The one place that decides rights (DESIGN.md, "Rights"). Pure: UI, core and server ask it. */
export function can(actor: Actor, action: Action, target: Target): boolean {
  const { book, contact } = target;
  if (action === 'share') {
    return can(actor, 'view', target) && !!target.into && can(actor, 'add', { book: target.into });
  }
  if (book.kind === 'personal') {
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
  const isMember = book.members.includes(actor.userId) || book.admins.includes(actor.userId);
  if (!isMember) return false;
  const isAdmin = book.admins.includes(actor.userId);
  const granted = book.memberGrants[actor.userId] ?? [];
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
