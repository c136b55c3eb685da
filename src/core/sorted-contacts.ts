import {
  compareSortEntries,
  sortEntry,
  type Contact,
  type DisplayOrder,
  type SortEntry,
} from './contact.js';

/**
 * A book's contacts in one display order, kept sorted change by change: an edit in a book of
 * 50,000 contacts moves one entry (binary search and splice) instead of re-sorting them all.
 */
export class SortedContacts {
  readonly order: DisplayOrder;
  private readonly entries: SortEntry<Contact>[];

  /** Sorts `contacts` once. */
  constructor(contacts: Iterable<Contact>, order: DisplayOrder) {
    this.order = order;
    this.entries = Array.from(contacts, (contact) => sortEntry(contact, order));
    this.entries.sort(compareSortEntries);
  }

  /** How many contacts. */
  get size(): number {
    return this.entries.length;
  }

  /** The contacts from `start` up to (not including) `end`, in order. */
  slice(start: number, end?: number): Contact[] {
    return this.entries.slice(start, end).map((entry) => entry.contact);
  }

  /** Puts a new contact in its place. */
  insert(contact: Contact): void {
    const entry = sortEntry(contact, this.order);
    this.entries.splice(this.search(entry), 0, entry);
  }

  /** Takes out the version of a contact that was inserted (its display name finds it). */
  remove(contact: Contact): void {
    const index = this.search(sortEntry(contact, this.order));
    if (this.entries[index]?.contact.id === contact.id) this.entries.splice(index, 1);
  }

  /** The first index whose entry does not sort before `entry`. */
  private search(entry: SortEntry<Contact>): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareSortEntries(this.entries[middle], entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
