import { NotFoundError, ValidationError } from './errors.js';
import { MAX_TAG_LENGTH, normalizeTags, tagKey, tidyTagName, type UserTags } from './tags.js';
import type { Change, StoredRecord, WriteOp } from './store.js';

/**
 * The palette a tag's colour comes from: a name the user picks and the background it paints.
 * Names, not free hex values, so a theme or a translation can speak of "blue".
 */
export const TAG_COLOURS = {
  grey: '#667085',
  red: '#d92d20',
  orange: '#f79009',
  yellow: '#fec84b',
  green: '#12b76a',
  teal: '#0e9384',
  blue: '#2e90fa',
  indigo: '#444ce7',
  purple: '#7a5af8',
  pink: '#ee46bc',
  brown: '#93370d',
} as const;

/** A colour of the palette, by name. */
export type TagColour = keyof typeof TAG_COLOURS;

/** The colour of a tag created without one (by the editor or an import). */
export const DEFAULT_TAG_COLOUR: TagColour = 'grey';

/** A user's tag as the UI shows it. */
export interface Tag {
  name: string;
  colour: TagColour;
}

/** A tag in the `tags` collection: one user's, named uniquely (case-insensitively) for them. */
export interface TagRecord extends StoredRecord, Tag {
  userId: string;
  createdAt: string;
}

/** The record id of a user's tag: the name's key makes a second "vip" collide with "VIP". */
export function tagRecordId(userId: string, name: string): string {
  return `${userId}:${tagKey(name)}`;
}

/** True for a colour name of the palette. */
export function isTagColour(colour: string): colour is TagColour {
  return Object.hasOwn(TAG_COLOURS, colour);
}

/** The colour name checked against the palette; ValidationError for any other value. */
export function checkTagColour(colour: string): TagColour {
  if (isTagColour(colour)) return colour;
  throw new ValidationError([
    {
      path: ['colour'],
      message: `Choose a colour from the palette (${Object.keys(TAG_COLOURS).join(', ')})`,
    },
  ]);
}

/** The tidied name of a new tag; ValidationError when it is blank or too long. */
export function checkTagName(name: string): string {
  const tidied = tidyTagName(name);
  if (!tidied) throw new ValidationError([{ path: ['name'], message: 'Give the tag a name' }]);
  if (tidied.length > MAX_TAG_LENGTH) {
    throw new ValidationError([
      { path: ['name'], message: `A tag has at most ${MAX_TAG_LENGTH} characters` },
    ]);
  }
  return tidied;
}

/** Black or white, whichever reads better on the colour (the higher WCAG 2 contrast ratio). */
export function tagTextColour(colour: TagColour): '#000000' | '#ffffff' {
  const hex = TAG_COLOURS[colour];
  const channel = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05).
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/**
 * One user's tag registry (name and colour of each tag), in memory, kept current from the change
 * feed; builds the writes that create, recolour and delete tags. Another user's tags are never
 * loaded: tags are personal.
 */
export class TagRegistry {
  private readonly userId: string;
  private readonly assignments: UserTags;
  private readonly byKey = new Map<string, TagRecord>();
  /** The last list and the versions it was built at: the list and search ask on every render. */
  private cached: { list: Tag[]; own: number; assigned: number } | undefined;
  private version = 0;

  constructor(userId: string, assignments: UserTags) {
    this.userId = userId;
    this.assignments = assignments;
  }

  /** Replaces what is known with the stored records (the user's own are kept). */
  load(records: readonly TagRecord[]): void {
    this.byKey.clear();
    this.version += 1;
    for (const record of records) this.apply(record);
  }

  /**
   * Every tag of the user, sorted by name: the registered ones, and any name still on a contact
   * without a record (data from before the registry) in the default colour.
   */
  list(): Tag[] {
    const { cached, version, assignments } = this;
    if (cached?.own === version && cached.assigned === assignments.version) return [...cached.list];
    const tags = new Map<string, Tag>();
    // Frozen: the cached list's tags are handed out on every call.
    for (const { name, colour } of this.byKey.values())
      tags.set(tagKey(name), Object.freeze({ name, colour }));
    for (const name of this.assignments.all()) {
      if (!tags.has(tagKey(name)))
        tags.set(tagKey(name), Object.freeze({ name, colour: DEFAULT_TAG_COLOUR }));
    }
    const list = [...tags.values()].sort((a, b) => a.name.localeCompare(b.name));
    this.cached = { list, own: version, assigned: assignments.version };
    return [...list];
  }

  /** The user's tag of that name (any case), or undefined. */
  find(name: string): Tag | undefined {
    return this.list().find((tag) => tagKey(tag.name) === tagKey(name.trim()));
  }

  /** The colour of a tag the user has given (the default for one without a record). */
  colourOf(name: string): TagColour {
    return this.byKey.get(tagKey(name.trim()))?.colour ?? DEFAULT_TAG_COLOUR;
  }

  /** The write that creates a tag; ValidationError for a bad name or colour or a taken name. */
  createOps(name: string, colour: string, createdAt: string): WriteOp[] {
    const tidied = checkTagName(name);
    const checked = checkTagColour(colour);
    const existing = this.find(tidied);
    if (existing) {
      throw new ValidationError([
        { path: ['name'], message: `You already have a tag named "${existing.name}"` },
      ]);
    }
    // expectedRevision 0: another tab creating the same name at once gets a ConflictError.
    return [{ ...this.put(tidied, checked, createdAt), expectedRevision: 0 }];
  }

  /** The write that recolours a tag; NotFoundError when the user has no such tag. */
  colourOps(name: string, colour: string, now: string): WriteOp[] {
    const checked = checkTagColour(colour);
    const tag = this.require(name);
    const current = this.byKey.get(tagKey(tag.name));
    return [this.put(tag.name, checked, current?.createdAt ?? now)];
  }

  /** The writes that delete a tag and take it off every contact (one batch). */
  deleteOps(name: string): WriteOp[] {
    const tag = this.require(name);
    const ops = this.assignments.withoutOps(tag.name);
    if (this.byKey.has(tagKey(tag.name))) {
      ops.push({ type: 'delete', collection: 'tags', id: tagRecordId(this.userId, tag.name) });
    }
    return ops;
  }

  /**
   * The writes that set tags on contacts: names spelled as the user's existing tags, and the
   * tags that do not exist yet created (default colour) in the same batch.
   */
  assignOps(
    entries: readonly (readonly [contactId: string, tags: readonly string[]])[],
    createdAt: string,
  ): WriteOp[] {
    // One lookup table for the batch: an import may tag thousands of contacts.
    const known = new Map(this.list().map((tag) => [tagKey(tag.name), tag]));
    const created = new Map<string, WriteOp>();
    const spelled = entries.map(([contactId, tags]) => {
      const names = normalizeTags(tags).map((name) => {
        const key = tagKey(name);
        const existing = known.get(key);
        if (existing) return existing.name;
        known.set(key, { name, colour: DEFAULT_TAG_COLOUR });
        created.set(key, this.put(name, DEFAULT_TAG_COLOUR, createdAt));
        return name;
      });
      return [contactId, names] as const;
    });
    return [...created.values(), ...this.assignments.ops(spelled)];
  }

  /** Follows one change of the `tags` collection. */
  handle(change: Change): void {
    if (change.type === 'delete') {
      const prefix = `${this.userId}:`;
      if (change.id.startsWith(prefix) && this.byKey.delete(change.id.slice(prefix.length)))
        this.version += 1;
    } else if (change.record) {
      this.apply(change.record as TagRecord);
    }
  }

  private require(name: string): Tag {
    const tag = this.find(name);
    if (!tag) throw new NotFoundError(`You have no tag named "${name}"`);
    return tag;
  }

  private put(name: string, colour: TagColour, createdAt: string): WriteOp {
    const id = tagRecordId(this.userId, name);
    const record: TagRecord = {
      id,
      revision: this.byKey.get(tagKey(name))?.revision ?? 0,
      userId: this.userId,
      name,
      colour,
      createdAt,
    };
    return { type: 'put', collection: 'tags', record };
  }

  private apply(record: TagRecord): void {
    if (record.userId !== this.userId) return;
    // A colour this version's palette lacks (written by a newer one) shows in the default.
    const colour = isTagColour(record.colour) ? record.colour : DEFAULT_TAG_COLOUR;
    this.byKey.set(tagKey(record.name), { ...record, colour });
    this.version += 1;
  }
}
