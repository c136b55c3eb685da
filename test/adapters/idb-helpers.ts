// Real IndexedDB in Chromium: a fresh database per test, closed and deleted in teardown.
import { IndexedDBStore } from '../../src/adapters/indexeddb/index.js';

let counter = 0;

/** A database name no other test uses. */
export function freshDatabaseName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Deletes a database; resolves once it is gone (every connection must be closed first). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () =>
      reject(new Error(`Deleting ${name} is blocked by an open connection`));
  });
}

/** Opens stores on one fresh database and closes them all, then deletes it, in `cleanup`. */
export function openTestDatabase(prefix?: string) {
  const name = freshDatabaseName(prefix);
  const open = new Set<IndexedDBStore>();
  return {
    name,
    /** Opens one more store on the database. */
    async open(): Promise<IndexedDBStore> {
      const store = await IndexedDBStore.open(name);
      open.add(store);
      return store;
    },
    /** Closes a store early (it is not closed twice). */
    async close(store: IndexedDBStore): Promise<void> {
      open.delete(store);
      await store.close();
    },
    async cleanup(): Promise<void> {
      await Promise.all([...open].map((store) => store.close()));
      open.clear();
      await deleteDatabase(name);
    },
  };
}
