import { expect } from '@open-wc/testing';
import type { Change, ChangeOrigin, StoredRecord } from '../../src/core/index.js';
import { nextBatch, runStoreConformance } from './conformance.js';
import { deleteDatabase, openTestDatabase } from './idb-helpers.js';

runStoreConformance('IndexedDBStore', async (options) => {
  const database = openTestDatabase('conformance');
  let store = await database.open(options);
  return {
    store,
    async reopen() {
      await database.close(store);
      store = await database.open(options);
      return store;
    },
    cleanup: () => database.cleanup(),
  };
});

describe('IndexedDBStore across instances (other tabs)', () => {
  let database: ReturnType<typeof openTestDatabase>;
  beforeEach(() => {
    database = openTestDatabase('tabs');
  });
  afterEach(() => database.cleanup());

  const record = (id: string): StoredRecord & { text: string } => ({ id, revision: 0, text: id });

  it("tells another instance's subscribers about a write, with origin 'remote'", async () => {
    const [writer, reader] = await Promise.all([database.open(), database.open()]);
    const heardLocally: ChangeOrigin[] = [];
    writer.subscribe((_changes, origin) => heardLocally.push(origin));
    const heard = nextBatch(reader);
    await writer.write([{ type: 'put', collection: 'contacts', record: record('a') }]);
    const { changes, origin } = await heard;
    expect(origin).to.equal('remote');
    expect(changes.map(({ id, type, revision }) => [id, type, revision])).to.deep.equal([
      ['a', 'put', 1],
    ]);
    expect(changes[0].record).to.deep.equal({ id: 'a', revision: 1, text: 'a' });
    expect(heardLocally).to.deep.equal(['local']);
    expect(await reader.get('contacts', 'a')).to.deep.equal({ id: 'a', revision: 1, text: 'a' });
  });

  it('shares one change feed and one revision line between instances', async () => {
    const [one, two] = await Promise.all([database.open(), database.open()]);
    await one.write([{ type: 'put', collection: 'contacts', record: record('a') }]);
    await two.write([
      { type: 'put', collection: 'contacts', record: record('a'), expectedRevision: 1 },
    ]);
    const feed = await one.changes();
    expect(feed.changes.map((change: Change) => [change.seq, change.revision])).to.deep.equal([
      [1, 1],
      [2, 2],
    ]);
  });

  it('hears nothing remote after unsubscribe or close', async () => {
    const [writer, reader, closed] = await Promise.all([
      database.open(),
      database.open(),
      database.open(),
    ]);
    let calls = 0;
    reader.subscribe(() => (calls += 1))();
    closed.subscribe(() => (calls += 1));
    await database.close(closed);
    const heard = nextBatch(reader);
    await writer.write([{ type: 'put', collection: 'contacts', record: record('a') }]);
    await heard;
    expect(calls).to.equal(0);
  });

  it('lets another tab delete or upgrade the database instead of blocking it', async () => {
    const store = await database.open();
    await store.write([{ type: 'put', collection: 'contacts', record: record('a') }]);
    await deleteDatabase(database.name);
    const fresh = await database.open();
    expect(await fresh.getAll('contacts')).to.deep.equal([]);
  });

  it('delivers a large remote batch with every record, in order after the ones before', async () => {
    const [writer, reader] = await Promise.all([database.open(), database.open()]);
    const heard: Change[][] = [];
    reader.subscribe((changes) => heard.push(changes));
    const ids = Array.from({ length: 300 }, (_, index) => `n${String(index).padStart(3, '0')}`);
    await writer.write([{ type: 'put', collection: 'tags', record: record('first') }]);
    const last = new Promise<void>((resolve) =>
      reader.subscribe(() => heard.length === 2 && resolve()),
    );
    await writer.write(
      ids.map((id) => ({
        type: 'put',
        collection: 'contacts',
        record: record(id),
        expectedRevision: 0,
      })),
    );
    await last;
    expect(heard[0].map(({ id }) => id)).to.deep.equal(['first']);
    expect(heard[1].map((change) => change.record)).to.deep.equal(
      ids.map((id) => ({ id, revision: 1, text: id })),
    );
  });

  it('delivers a small remote batch with the record as written, even when gone since', async () => {
    const [writer, reader] = await Promise.all([database.open(), database.open()]);
    const heard: Change[][] = [];
    const both = new Promise<void>((resolve) =>
      reader.subscribe((changes) => heard.push(changes) === 2 && resolve()),
    );
    await writer.write([{ type: 'put', collection: 'contacts', record: record('a') }]);
    await writer.write([{ type: 'delete', collection: 'contacts', id: 'a' }]);
    await both;
    expect(heard[0][0].record).to.deep.equal({ id: 'a', revision: 1, text: 'a' });
    expect(heard[1].map(({ id, type }) => [id, type])).to.deep.equal([['a', 'delete']]);
  });

  it('reads version-1 feed entries (one per key) alongside batches', async () => {
    const store = await database.open();
    await store.write([{ type: 'put', collection: 'contacts', record: record('a') }]);
    await database.close(store);
    // A version-1 feed kept one entry per seq: write one as it did.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(database.name);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['feed', 'meta'], 'readwrite');
        tx.objectStore('feed').put({
          seq: 2,
          collection: 'tags',
          id: 't',
          type: 'put',
          revision: 1,
        });
        tx.objectStore('meta').put({ key: 'seq', value: 2 });
        tx.oncomplete = () => (db.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    const again = await database.open();
    await again.write([{ type: 'put', collection: 'contacts', record: record('b') }]);
    const feed = await again.changes();
    expect(feed.changes.map(({ seq, id }) => [seq, id])).to.deep.equal([
      [1, 'a'],
      [2, 't'],
      [3, 'b'],
    ]);
  });

  it('persists across close and reopen', async () => {
    const first = await database.open();
    await first.write([{ type: 'put', collection: 'trash', record: record('gone') }]);
    await database.close(first);
    const again = await database.open();
    expect(await again.getAll('trash')).to.deep.equal([{ id: 'gone', revision: 1, text: 'gone' }]);
  });
});
