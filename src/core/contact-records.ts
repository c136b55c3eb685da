import type { Contact } from './contact.js';
import { AccessDeniedError, ConflictError, NotFoundError } from './errors.js';
import type { Action } from './rights.js';
import type { Store } from './store.js';

/** What comments and attachments need of the book they belong to (ContactBook provides it). */
export interface ContactRecordsHost {
  store: Store;
  userId: string;
  now: () => Date;
  /** The contact when it is in the book (not in the trash) and the user may view it. */
  find(id: string): Contact | undefined;
  /** The book's rights check (`ContactBook.can`). */
  can(action: Action, contact?: Pick<Contact, 'id' | 'createdBy'>): boolean;
}

/**
 * The contact a comment or an attachment is about, when the user may `action` it. A contact in
 * the trash is not found: its records stay stored, hidden, until it is restored or purged.
 */
export function requireContact(host: ContactRecordsHost, id: string, action: Action): Contact {
  const contact = host.find(id);
  if (!contact) throw new NotFoundError(`No contact ${id} in this book`);
  if (!host.can(action, contact)) {
    throw new AccessDeniedError(`${host.userId} may not ${action} this contact`);
  }
  return contact;
}

/** How often a write that lost a race is re-planned on the record another writer left. */
const ATTEMPTS = 4;

/**
 * Runs a read-modify-write again when another writer (a tab, a group member) wrote the same
 * record in between: each try re-reads, so no one's comment or attachment is lost.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConflictError) || tries >= ATTEMPTS) throw error;
    }
  }
}
