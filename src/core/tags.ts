import { ValidationError } from './errors.js';
import type { Change, StoredRecord, WriteOp } from './store.js';

/** One user's tags on one contact (tags belong to a person, not to a book or a group). */
export interface TagAssignment extends StoredRecord {
  userId: string;
  contactId: string;
  tags: string[];
}

/** The longest tag name we keep. */
export const MAX_TAG_LENGTH = 64;

/** A tag name as it is kept: trimmed, inner runs of spaces collapsed to one. */
export function tidyTagName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** What makes two tag names the same one: case is ignored. */
export function tagKey(name: string): string {
  return name.toLowerCase();
}

/** The record id of a user's tags on a contact. */
export function tagAssignmentId(userId: string, contactId: string): string {
  return `${userId}:${contactId}`;
}

/**
 * Trimmed, inner spaces collapsed, empty ones dropped, duplicates (case-insensitive) kept once
 * in their first spelling. Throws ValidationError for a name that is too long.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  tags.forEach((tag, index) => {
    const name = tidyTagName(tag);
    if (!name) return;
    if (name.length > MAX_TAG_LENGTH) {
      throw new ValidationError([
        { path: [index], message: `A tag has at most ${MAX_TAG_LENGTH} characters` },
      ]);
    }
    const key = tagKey(name);
    if (seen.has(key)) return;
    seen.add(key);
    result.push(name);
  });
  return result;
}

/**
 * Names from a file made to fit: each cut to MAX_TAG_LENGTH, so one over-long category of an
 * import does not refuse the whole batch of tags (the cut name is still the user's tag).
 */
export function fitTags(names: readonly string[]): string[] {
  return names.map((name) => tidyTagName(tidyTagName(name).slice(0, MAX_TAG_LENGTH)));
}

/** A user's tags, in memory, kept current from the change feed; builds the writes that change them. */
export class UserTags {
  private readonly userId: string;
  private readonly byContact = new Map<string, TagAssignment>();
  private changeCount = 0;

  constructor(userId: string) {
    this.userId = userId;
  }

  /** Grows with every change, so a view built from these tags knows when it is stale. */
  get version(): number {
    return this.changeCount;
  }

  /** Replaces what is known with the stored assignments (the user's own are kept). */
  load(assignments: readonly TagAssignment[]): void {
    this.byContact.clear();
    this.changeCount += 1;
    for (const assignment of assignments) this.apply(assignment);
  }

  /** The tags on a contact, in the order the user gave them. */
  of(contactId: string): string[] {
    return this.byContact.get(contactId)?.tags ?? [];
  }

  /** Every tag the user has, sorted. */
  all(): string[] {
    const names = new Map<string, string>();
    for (const { tags } of this.byContact.values())
      for (const tag of tags) names.set(tagKey(tag), names.get(tagKey(tag)) ?? tag);
    return [...names.values()].sort((a, b) => a.localeCompare(b));
  }

  /** The writes that set each contact's tags (an empty list removes the record). */
  ops(entries: readonly (readonly [contactId: string, tags: readonly string[]])[]): WriteOp[] {
    return entries.map(([contactId, tags]) => {
      const id = tagAssignmentId(this.userId, contactId);
      const current = this.byContact.get(contactId);
      const names = normalizeTags(tags);
      if (!names.length) return { type: 'delete', collection: 'tagAssignments', id };
      const record: TagAssignment = {
        id,
        revision: current?.revision ?? 0,
        userId: this.userId,
        contactId,
        tags: names,
      };
      return { type: 'put', collection: 'tagAssignments', record };
    });
  }

  /** The writes that take a tag (any case) off every contact that has it. */
  withoutOps(name: string): WriteOp[] {
    const key = tagKey(name);
    const entries = [...this.byContact.values()]
      .filter(({ tags }) => tags.some((tag) => tagKey(tag) === key))
      .map(
        ({ contactId, tags }) => [contactId, tags.filter((tag) => tagKey(tag) !== key)] as const,
      );
    return this.ops(entries);
  }

  /** Follows one change of the `tagAssignments` collection. */
  handle(change: Change): void {
    if (change.type === 'delete') {
      const [userId, ...rest] = change.id.split(':');
      if (userId === this.userId && this.byContact.delete(rest.join(':'))) this.changeCount += 1;
    } else if (change.record) {
      this.apply(change.record as TagAssignment);
    }
  }

  private apply(assignment: TagAssignment): void {
    if (assignment.userId !== this.userId) return;
    this.byContact.set(assignment.contactId, assignment);
    this.changeCount += 1;
  }
}
