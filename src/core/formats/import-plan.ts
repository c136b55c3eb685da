// Between reading a file and writing to the book: capacity, duplicates (same e-mail or phone)
// with the user's choice per duplicate, merging, and the chunked import with progress.
import type { ContactBook } from '../book.js';
import type { Contact, ContactFields } from '../contact.js';
import { normalizePhone } from '../phone.js';
import { fitTags } from '../tags.js';

/** The most contacts a book holds unless configured otherwise. */
export const DEFAULT_MAX_CONTACTS = 25_000;

/** What to do with an incoming contact that matches one already in the book. */
export type DuplicateChoice = 'skip' | 'merge' | 'add';

/** An incoming contact (by index) that has an e-mail or phone of an existing one. */
export interface DuplicateMatch {
  index: number;
  existing: Contact;
  /** The shared e-mail address or phone number, as the incoming contact has it. */
  value: string;
}

/** Incoming contacts that share an e-mail (any case) or a phone (any formatting) with the book. */
export function findDuplicates(
  incoming: readonly ContactFields[],
  existing: readonly Contact[],
  { defaultRegion }: { defaultRegion?: string } = {},
): DuplicateMatch[] {
  const phoneKey = (value: string) => normalizePhone(value, defaultRegion).replace(/[^\d+]/g, '');
  const byKey = new Map<string, Contact>();
  for (const contact of existing) {
    for (const email of contact.emails) byKey.set(`e:${email.value.toLowerCase()}`, contact);
    for (const phone of contact.phones) byKey.set(`p:${phoneKey(phone.value)}`, contact);
  }
  const matches: DuplicateMatch[] = [];
  incoming.forEach((contact, index) => {
    const keys = [
      ...contact.emails.map((email) => ({
        key: `e:${email.value.toLowerCase()}`,
        value: email.value,
      })),
      ...contact.phones.map((phone) => ({ key: `p:${phoneKey(phone.value)}`, value: phone.value })),
    ];
    const hit = keys.find(({ key }) => key !== 'p:' && byKey.has(key));
    if (hit) matches.push({ index, existing: byKey.get(hit.key)!, value: hit.value });
  });
  return matches;
}

/** The existing contact completed by the incoming one: its fields win, lists are united. */
export function mergeContact(existing: Contact, incoming: ContactFields): ContactFields {
  const {
    id: _id,
    bookId: _bookId,
    createdBy: _createdBy,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    revision: _revision,
    ...fields
  } = existing;
  const union = <T>(mine: readonly T[], theirs: readonly T[], key: (item: T) => string) => {
    const seen = new Set(mine.map(key));
    return [...mine, ...theirs.filter((item) => !seen.has(key(item)))];
  };
  const notes = [existing.note, incoming.note].filter((note): note is string =>
    Boolean(note?.trim()),
  );
  return {
    ...incoming,
    ...Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''),
    ),
    name: { ...incoming.name, ...existing.name },
    emails: union(existing.emails, incoming.emails, (email) => email.value.toLowerCase()),
    phones: union(existing.phones, incoming.phones, (phone) => phone.value.replace(/[^\d+]/g, '')),
    addresses: union(existing.addresses, incoming.addresses, (address) => JSON.stringify(address)),
    urls: union(existing.urls, incoming.urls, (url) => url.value),
    ims: union(existing.ims, incoming.ims, (im) => im.value),
    related: union(existing.related, incoming.related, (related) => related.value),
    extras: union(existing.extras, incoming.extras, (extra) => JSON.stringify(extra)),
    note: [...new Set(notes)].join('\n\n') || undefined,
  } as ContactFields;
}

/** How many more contacts the book takes. */
export function remainingCapacity(
  book: Pick<ContactBook, 'size'>,
  maxContacts = DEFAULT_MAX_CONTACTS,
): number {
  return Math.max(0, maxContacts - book.size);
}

/** What `importContacts` did: the new contacts (with the tags read for each), merges, skips. */
export interface ImportOutcome {
  created: Contact[];
  createdTags: string[][];
  merged: Contact[];
  skipped: number;
  /** How many merges and creations were planned. */
  total: number;
  /** Why the import stopped before the end (aborted, or the book refused a write); what was written is above. */
  stopped?: string;
}

/** Options of `importContacts`. */
export interface ImportOptions {
  contacts: readonly ContactFields[];
  tags: readonly string[][];
  /** The choice for each duplicate, by incoming index; a duplicate without one is skipped. */
  duplicates?: readonly DuplicateMatch[];
  choices?: ReadonlyMap<number, DuplicateChoice>;
  maxContacts?: number;
  /** Contacts per transaction: each chunk is one atomic createMany. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Writes an import: merges first, then new contacts in chunks (one transaction each) up to the
 * book's capacity. An abort or a refused write stops between chunks without throwing: what was
 * written is in the outcome, with `stopped` saying why.
 */
export async function importContacts(
  book: ContactBook,
  {
    contacts,
    tags,
    duplicates = [],
    choices = new Map(),
    maxContacts,
    chunkSize = 500,
    onProgress,
    signal,
  }: ImportOptions,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    created: [],
    createdTags: [],
    merged: [],
    skipped: 0,
    total: 0,
  };
  const duplicateOf = new Map(duplicates.map((match) => [match.index, match]));
  const toCreate: number[] = [];
  contacts.forEach((_, index) => {
    const match = duplicateOf.get(index);
    const choice = match ? (choices.get(index) ?? 'skip') : 'add';
    if (choice === 'add') toCreate.push(index);
    else if (choice === 'skip') outcome.skipped++;
  });
  const merges = duplicates.filter((match) => choices.get(match.index) === 'merge');
  const room = remainingCapacity(book, maxContacts);
  outcome.skipped += Math.max(0, toCreate.length - room);
  toCreate.length = Math.min(toCreate.length, room);
  const total = merges.length + toCreate.length;
  outcome.total = total;
  try {
    for (const match of merges) {
      signal?.throwIfAborted();
      const current = await book.get(match.existing.id);
      outcome.merged.push(
        await book.update(
          current.id,
          mergeContact(current, contacts[match.index]),
          current.revision,
        ),
      );
      // The user's tags on the merged contact gain the file's ones.
      const added = fitTags(tags[match.index] ?? []);
      if (added.length) await book.setTags(current.id, [...book.tagsOf(current.id), ...added]);
      onProgress?.(outcome.merged.length, total);
    }
    for (let start = 0; start < toCreate.length; start += chunkSize) {
      signal?.throwIfAborted();
      const chunk = toCreate.slice(start, start + chunkSize);
      const created = await book.createMany(chunk.map((index) => contacts[index]));
      const createdTags = chunk.map((index) => fitTags(tags[index] ?? []));
      outcome.created.push(...created);
      outcome.createdTags.push(...createdTags);
      // The file's categories / labels become the importing user's tags.
      const tagged = created
        .map((contact, at) => [contact.id, createdTags[at]] as const)
        .filter(([, names]) => names.length);
      if (tagged.length) await book.setTagsMany(tagged);
      onProgress?.(outcome.merged.length + outcome.created.length, total);
      // Let the page paint the progress bar between transactions.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } catch (error) {
    // Earlier chunks are in the book: the caller must be able to say so, so no throw.
    outcome.stopped =
      error instanceof DOMException && error.name === 'AbortError'
        ? 'cancelled'
        : error instanceof Error
          ? error.message
          : String(error);
  }
  return outcome;
}
