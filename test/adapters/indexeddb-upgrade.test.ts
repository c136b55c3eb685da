import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { IndexedDBStore } from '../../src/adapters/indexeddb/index.js';
import { deleteDatabase, freshDatabaseName } from './idb-helpers.js';

/** The collections of schema version 1, before `snapshots`. */
const VERSION_1 = ['contacts', 'trash', 'tags', 'tagAssignments', 'comments', 'attachments'];

describe('IndexedDBStore schema upgrade', () => {
  it('adds the snapshots collection to a version-1 database and keeps its data', async () => {
    const name = freshDatabaseName('upgrade');
    const old = await openDB(name, 1, {
      upgrade(database) {
        for (const collection of [...VERSION_1, 'preferences', 'acl'])
          database.createObjectStore(collection, { keyPath: 'id' });
        database.createObjectStore('feed', { keyPath: 'seq' });
        database.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    await old.put('contacts', { id: 'c1', revision: 1 });
    old.close();

    const store = await IndexedDBStore.open(name);
    try {
      expect(await store.get('contacts', 'c1')).to.deep.equal({ id: 'c1', revision: 1 });
      await store.write([
        { type: 'put', collection: 'snapshots', record: { id: 's', revision: 0 } },
      ]);
      expect(await store.get('snapshots', 's')).to.deep.equal({ id: 's', revision: 1 });
    } finally {
      await store.close();
      await deleteDatabase(name);
    }
  });
});
