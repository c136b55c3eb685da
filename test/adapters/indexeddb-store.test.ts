import { expect } from '@open-wc/testing';
import type { Change, ChangeOrigin, StoredRecord } from '../../src/core/index.js';
import { nextBatch, runStoreConformance } from './conformance.js';
import { deleteDatabase, openTestDatabase } from './idb-helpers.js';

runStoreConformance('IndexedDBStore', async () => {
  const database = openTestDatabase('conformance');
  let store = await database.open();
  return {
    store,
    async reopen() {
      await database.close(store);
      store = await database.open();
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

  it('persists across close and reopen', async () => {
    const first = await database.open();
    await first.write([{ type: 'put', collection: 'trash', record: record('gone') }]);
    await database.close(first);
    const again = await database.open();
    expect(await again.getAll('trash')).to.deep.equal([{ id: 'gone', revision: 1, text: 'gone' }]);
  });
});
