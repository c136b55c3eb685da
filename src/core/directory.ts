import { ValidationError, type FieldIssue } from './errors.js';

/** A person who can own a book, be granted rights and belong to groups. */
export interface DirectoryUser {
  id: string;
  name: string;
  email: string;
}

/** A group of users with one shared book; admins manage it (an admin is a member too). */
export interface DirectoryGroup {
  id: string;
  name: string;
  members: string[];
  admins: string[];
}

/**
 * Where users and groups come from (an organisation's directory). Synchronous, like `can()`:
 * a host whose directory lives on a server loads it first (into a `MemoryDirectory`, say).
 */
export interface Directory {
  /** Every user, in the directory's order. */
  users(): readonly DirectoryUser[];
  /** One user, or undefined. */
  user(id: string): DirectoryUser | undefined;
  /** Every group. */
  groups(): readonly DirectoryGroup[];
  /** One group, or undefined. */
  group(id: string): DirectoryGroup | undefined;
  /** The groups a user is a member or an admin of. */
  groupsOf(userId: string): DirectoryGroup[];
}

const PERSONAL_PREFIX = 'private-';
const GROUP_PREFIX = 'group-';

/** The id of a user's personal book ("Private"). */
export function personalBookId(userId: string): string {
  return `${PERSONAL_PREFIX}${userId}`;
}

/** The id of a group's book. */
export function groupBookId(groupId: string): string {
  return `${GROUP_PREFIX}${groupId}`;
}

/** Whose personal book this id names, or undefined for any other book. */
export function ownerOfPersonalBook(bookId: string): string | undefined {
  return bookId.startsWith(PERSONAL_PREFIX) ? bookId.slice(PERSONAL_PREFIX.length) : undefined;
}

/** Which group's book this id names, or undefined for any other book. */
export function groupOfBook(bookId: string): string | undefined {
  return bookId.startsWith(GROUP_PREFIX) ? bookId.slice(GROUP_PREFIX.length) : undefined;
}

/**
 * What a book is called when the host does not say: "Private" for the user's own, the group's
 * name, "<owner's name> (Private)" for another user's personal book.
 */
export function defaultBookName(bookId: string, userId: string, directory?: Directory): string {
  const groupId = groupOfBook(bookId);
  const group = groupId === undefined ? undefined : directory?.group(groupId);
  if (group) return group.name;
  const owner = ownerOfPersonalBook(bookId);
  const ownerName = owner === undefined ? undefined : directory?.user(owner)?.name;
  return owner !== userId && ownerName ? `${ownerName} (Private)` : 'Private';
}

/** Is the user a member (or an admin) of the group? */
export function isMember(group: DirectoryGroup, userId: string): boolean {
  return group.members.includes(userId) || group.admins.includes(userId);
}

/** A Directory held in memory: for tests, the demo, and hosts that load theirs up front. */
export class MemoryDirectory implements Directory {
  private readonly userList: DirectoryUser[];
  private readonly groupList: DirectoryGroup[];
  private readonly usersById: Map<string, DirectoryUser>;
  private readonly groupsById: Map<string, DirectoryGroup>;

  /** Refuses duplicate ids and groups naming unknown users (ValidationError). */
  constructor({
    users = [],
    groups = [],
  }: { users?: readonly DirectoryUser[]; groups?: readonly DirectoryGroup[] } = {}) {
    this.userList = users.map((user) => ({ ...user }));
    this.groupList = groups.map((group) => ({
      ...group,
      members: [...group.members],
      admins: [...group.admins],
    }));
    this.usersById = new Map(this.userList.map((user) => [user.id, user]));
    this.groupsById = new Map(this.groupList.map((group) => [group.id, group]));
    const issues = directoryIssues(this.userList, this.groupList, this.usersById);
    if (issues.length) throw new ValidationError(issues);
  }

  users(): readonly DirectoryUser[] {
    return this.userList;
  }

  user(id: string): DirectoryUser | undefined {
    return this.usersById.get(id);
  }

  groups(): readonly DirectoryGroup[] {
    return this.groupList;
  }

  group(id: string): DirectoryGroup | undefined {
    return this.groupsById.get(id);
  }

  groupsOf(userId: string): DirectoryGroup[] {
    return this.groupList.filter((group) => isMember(group, userId));
  }
}

/** Duplicate ids, and members or admins who are not users. */
function directoryIssues(
  users: readonly DirectoryUser[],
  groups: readonly DirectoryGroup[],
  usersById: ReadonlyMap<string, DirectoryUser>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (usersById.size !== users.length)
    issues.push({ path: ['users'], message: 'Two users have the same id' });
  if (new Set(groups.map((group) => group.id)).size !== groups.length)
    issues.push({ path: ['groups'], message: 'Two groups have the same id' });
  groups.forEach((group, index) => {
    for (const field of ['members', 'admins'] as const) {
      for (const id of group[field]) {
        if (!usersById.has(id))
          issues.push({ path: ['groups', index, field], message: `Unknown user "${id}"` });
      }
    }
  });
  return issues;
}
