import type { Contact, DisplayOrder } from './contact.js';
import { SortedContacts } from './sorted-contacts.js';
import type { Change } from './store.js';

/** Past this many contact changes in one batch, sorted views merge the batch in one pass. */
const BULK_THRESHOLD = 64;

/**
 * The contacts of one book in memory, with a sorted view per display order, kept current change
 * by change (no full re-sort per edit). ContactBook decides which contacts belong; this keeps them.
 */
export class ContactCache {
  private readonly contacts = new Map<string, Contact>();
  private readonly views = new Map<DisplayOrder, SortedContacts>();
  private readonly belongs: (contact: Contact) => boolean;

  constructor(belongs: (contact: Contact) => boolean) {
    this.belongs = belongs;
  }

  /** Replaces everything with a snapshot read from the store. */
  load(contacts: readonly Contact[]): void {
    this.contacts.clear();
    for (const contact of contacts)
      if (this.belongs(contact)) this.contacts.set(contact.id, contact);
    this.views.clear();
  }

  /** How many contacts the book holds. */
  get size(): number {
    return this.contacts.size;
  }

  /** One contact, or undefined. */
  get(id: string): Contact | undefined {
    return this.contacts.get(id);
  }

  /** Is this contact in the book? */
  has(id: string): boolean {
    return this.contacts.has(id);
  }

  /** Every contact, unsorted. */
  values(): Contact[] {
    return [...this.contacts.values()];
  }

  /** The sorted view for an order, built on first use and kept current from then on. */
  sorted(order: DisplayOrder): SortedContacts {
    let view = this.views.get(order);
    if (!view) {
      view = new SortedContacts(this.contacts.values(), order);
      this.views.set(order, view);
    }
    return view;
  }

  /** Follows the `contacts` changes of one committed batch. */
  apply(changes: readonly Change[]): void {
    const contactChanges = changes.filter((change) => change.collection === 'contacts');
    if (contactChanges.length > BULK_THRESHOLD) this.applyBatch(contactChanges);
    else for (const change of contactChanges) this.applyOne(change);
  }

  /** A large batch: the contacts first, then each sorted view merges the batch in one pass. */
  private applyBatch(changes: readonly Change[]): void {
    const touched = new Set<string>();
    for (const change of changes) {
      const record = change.record as Contact | undefined;
      touched.add(change.id);
      if (change.type === 'put' && record && this.belongs(record))
        this.contacts.set(change.id, record);
      else this.contacts.delete(change.id);
    }
    const current = [...touched].flatMap((id) => this.contacts.get(id) ?? []);
    for (const view of this.views.values()) view.replaceMany(touched, current);
  }

  /** Keeps the contacts and the sorted views current with one stored change. */
  private applyOne(change: Change): void {
    const previous = this.contacts.get(change.id);
    const record = change.record as Contact | undefined;
    const next = change.type === 'put' && record && this.belongs(record) ? record : undefined;
    if (next) this.contacts.set(change.id, next);
    else this.contacts.delete(change.id);
    for (const view of this.views.values()) {
      if (previous) view.remove(previous);
      if (next) view.insert(next);
    }
  }
}
