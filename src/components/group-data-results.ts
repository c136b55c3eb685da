import type { ContactBook } from '../core/book.js';
import type { Contact } from '../core/contact.js';
import { GroupDataSearch } from '../core/search/group-data-search.js';

/**
 * "Include group data" for `<contact-book>`: adds the matches of the user's group books to a
 * search's results, and remembers which book each added contact is in (choosing one opens it).
 */
export class GroupDataResults {
  private search: GroupDataSearch | undefined;
  private searchedBook: ContactBook | undefined;
  private foundIn = new Map<string, string>();
  private run = 0;

  /**
   * The book's own results widened with the group books' (after them); undefined when a later
   * search or another book has superseded this one.
   */
  async widen(
    book: ContactBook,
    query: string,
    own: { contacts: Contact[]; total: number },
  ): Promise<{ contacts: Contact[]; total: number } | undefined> {
    if (this.searchedBook !== book) this.reset();
    const run = ++this.run;
    this.foundIn = new Map();
    this.searchedBook = book;
    this.search ??= new GroupDataSearch(book);
    const extra = await this.search.search(query, { order: book.preferences.displayOrder });
    if (run !== this.run || this.searchedBook !== book) return undefined;
    this.foundIn = extra.bookOf;
    return { contacts: [...own.contacts, ...extra.contacts], total: own.total + extra.total };
  }

  /** The group book a widened result came from (undefined for the book's own contacts). */
  bookOf(contactId: string): string | undefined {
    return this.foundIn.get(contactId);
  }

  /** Forgets the results and closes the group books (a new search, or another book). */
  reset(): void {
    this.run += 1;
    this.foundIn = new Map();
    this.search?.close();
    this.search = undefined;
    this.searchedBook = undefined;
  }
}
