// Runs a core suite against each real Store: rules must hold whatever keeps the data.
import { MemoryStore } from '../../src/adapters/memory/index.js';
import {
  ContactBook,
  type Collection,
  type Contact,
  type ContactBookOptions,
  type Store,
  type StoredRecord,
} from '../../src/core/index.js';
import { openTestDatabase } from '../adapters/idb-helpers.js';

/** A store to test on and how to release it. */
export interface TestStore {
  store: Store;
  cleanup: () => Promise<void>;
}

/** The stores core suites run against: in memory, and real IndexedDB (named `database`) in Chromium. */
export function testStores(database: string): [name: string, open: () => Promise<TestStore>][] {
  return [
    [
      'MemoryStore',
      async () => {
        const store = new MemoryStore();
        return { store, cleanup: () => store.close() };
      },
    ],
    [
      'IndexedDBStore',
      async () => {
        const opened = openTestDatabase(database);
        return { store: await opened.open(), cleanup: () => opened.cleanup() };
      },
    ],
  ];
}

/** The stores of the comments and attachments suites. */
export const TEST_STORES = testStores('notes');

/** The acl record that grants `grants` on the personal book of "me" to other users. */
export function grantsRecord(grants: Record<string, ('view' | 'add' | 'edit' | 'delete')[]>) {
  return {
    type: 'put' as const,
    collection: 'acl' as const,
    record: {
      id: 'private-me',
      revision: 0,
      access: { kind: 'personal', id: 'private-me', ownerId: 'me', grants },
    } as never,
  };
}

/** What `bookOnEachTest` sets up before each test: the store, the owner's book and one contact. */
export interface BookOnStore {
  store: Store;
  book: ContactBook;
  jane: Contact;
  /** Opens the same book as another user (or another tab of "me"); closed after the test. */
  open: (userId?: string, options?: Partial<ContactBookOptions>) => Promise<ContactBook>;
}

/**
 * Before each test: a fresh store, the book of "me" on it (`defaults()` adds options) and the
 * contact Jane Doe; after it, every book opened is closed and the store cleaned up.
 */
export function bookOnEachTest(
  openStore: () => Promise<TestStore>,
  defaults: () => Partial<ContactBookOptions> = () => ({}),
): BookOnStore {
  let fixture: TestStore;
  const opened: ContactBook[] = [];
  const on = {
    open: async (userId = 'me', options: Partial<ContactBookOptions> = {}) => {
      const store = on.store;
      const book = await ContactBook.open({
        bookId: 'private-me',
        ...defaults(),
        ...options,
        store,
        userId,
      });
      opened.push(book);
      return book;
    },
  } as BookOnStore;
  beforeEach(async () => {
    fixture = await openStore();
    on.store = fixture.store;
    on.book = await on.open();
    on.jane = await on.book.create({ name: { given: 'Jane', family: 'Doe' } });
  });
  afterEach(async () => {
    for (const book of opened.splice(0)) book.close();
    await fixture.cleanup();
  });
  return on;
}

/**
 * A real MemoryStore whose read of the whole `comments` collection waits until `release()`: what
 * a slow disk does to the comment counts a book reads after opening.
 */
export class SlowCommentsStore extends MemoryStore {
  release: () => void = () => {};
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));

  /** A slow store holding the contacts and comments of `store`. */
  static async copyOf(store: Store): Promise<SlowCommentsStore> {
    const slow = new SlowCommentsStore();
    for (const collection of ['contacts', 'comments'] as const) {
      const records = await store.getAll(collection);
      await slow.write(records.map((record) => ({ type: 'put', collection, record })));
    }
    return slow;
  }

  override async getAll<T extends StoredRecord>(collection: Collection): Promise<T[]> {
    const records = await super.getAll<T>(collection);
    if (collection === 'comments') await this.gate;
    return records;
  }
}
