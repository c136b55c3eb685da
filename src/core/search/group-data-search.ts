import { ContactBook } from '../book.js';
import type { Contact, DisplayOrder } from '../contact.js';
import { groupBookId } from '../directory.js';
import { parseQuery } from './parse-query.js';
import { SearchIndex } from './search-index.js';

/** What a search of the group books found: contacts (best first per book) and their books. */
export interface GroupDataResult {
  contacts: Contact[];
  total: number;
  /** The group book each contact was found in. */
  bookOf: Map<string, string>;
}

/**
 * "Include group data": searches the group books of a book's user beside the book itself. It
 * opens each group book (same store, directory and user: the user's rights there apply) and
 * keeps an index of each, current until `close()`. Without a directory there is nothing to add.
 */
export class GroupDataSearch {
  private readonly book: ContactBook;
  private opened: Promise<{ book: ContactBook; index: SearchIndex }[]> | undefined;
  private closed = false;

  constructor(book: ContactBook) {
    this.book = book;
  }

  /**
   * The contacts of the other group books matching `query`, without those of the book itself.
   * A refused query finds nothing here (the book's own search reports why).
   */
  async search(query: string, { order }: { order?: DisplayOrder } = {}): Promise<GroupDataResult> {
    const result: GroupDataResult = { contacts: [], total: 0, bookOf: new Map() };
    const parsed = parseQuery(query);
    if (parsed.refusal || !query.trim()) return result;
    for (const { book, index } of await this.open()) {
      const found = index.search(parsed, { order });
      let skipped = 0;
      for (const { contact } of found.hits) {
        // A contact shared into several books is listed once.
        if (this.book.find(contact.id) || result.bookOf.has(contact.id)) {
          skipped += 1;
          continue;
        }
        result.contacts.push(contact);
        result.bookOf.set(contact.id, book.bookId);
      }
      result.total += found.total - skipped;
    }
    return result;
  }

  /** Stops following the group books and closes them. */
  close(): void {
    this.closed = true;
    void this.opened?.then((books) => {
      for (const { book, index } of books) {
        index.close();
        book.close();
      }
    });
  }

  private open() {
    this.opened ??= this.openBooks();
    return this.opened;
  }

  private async openBooks() {
    const { store, directory, userId, bookId } = this.book;
    const ids = (directory?.groupsOf(userId) ?? [])
      .map((group) => groupBookId(group.id))
      .filter((id) => id !== bookId);
    const books = await Promise.all(
      ids.map((id) => ContactBook.open({ store, directory, userId, bookId: id })),
    );
    const opened = books.map((book) => ({
      book,
      index: SearchIndex.forBook(book, {
        tagsOf: (id) => book.tagsOf(id),
        commentsOf: (id) => book.comments.count(id),
      }),
    }));
    if (this.closed) {
      for (const { book, index } of opened) {
        index.close();
        book.close();
      }
    }
    return opened;
  }
}
