import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import {
  ContactBook,
  type Collection,
  type ContactInput,
  type Store,
  type StoredRecord,
} from '../../src/core/index.js';
import { FirstRowsKeeper } from '../../src/core/first-rows-keeper.js';
import {
  FIRST_ROWS_KEPT,
  MAX_REPLAYED,
  firstRowsId,
  type FirstRowsRecord,
} from '../../src/core/first-rows.js';
import { openTestDatabase } from '../adapters/idb-helpers.js';

const NAMES = ['Éloïse', 'eve', 'Émile', 'Zoë', 'zoe', 'Adams', "O'Brien", 'Ng', 'ng', 'Ω'];
const person = (given: string, family: string): ContactInput => ({ name: { given, family } });
const numbered = (count: number, prefix = 'Person') =>
  Array.from({ length: count }, (_, n) =>
    person(`G${n}`, `${prefix}${String(n).padStart(3, '0')}`),
  );

/** Opens a book, keeps its snapshot, and resolves once the snapshot is stored. */
async function keptBook(store: Store): Promise<{ book: ContactBook; keeper: FirstRowsKeeper }> {
  const book = new ContactBook({ store });
  const keeper = new FirstRowsKeeper(book);
  await keeper.read();
  await book.load();
  keeper.follow();
  await waitUntil(
    async () => !!(await store.get('snapshots', firstRowsId(book.bookId))),
    'the snapshot is written',
  );
  return { book, keeper };
}

/** Waits, longer than the keeper's quiet time, until the stored snapshot holds `count` rows. */
async function snapshotWith(store: Store, count: number): Promise<FirstRowsRecord> {
  let record: FirstRowsRecord | undefined;
  await waitUntil(
    async () => {
      record = await store.get<FirstRowsRecord>('snapshots', firstRowsId('private-me'));
      return record?.rows.length === count;
    },
    `the snapshot holds ${count} rows`,
    { timeout: 5000 },
  );
  return record!;
}

/** What a fresh open shows first (the snapshot's rows), or undefined when it trusts none. */
async function firstRowsOn(store: Store): Promise<string[] | undefined> {
  const keeper = new FirstRowsKeeper(new ContactBook({ store }));
  const rows = await keeper.read();
  keeper.stop();
  return rows?.contacts.map((contact) => contact.id);
}

/** The true first contacts of the book (a full load). */
async function trueFirst(store: Store, count: number): Promise<string[]> {
  const book = await ContactBook.open({ store });
  const ids = book.list({ limit: count }).contacts.map((contact) => contact.id);
  book.close();
  return ids;
}

const fixtures: [string, () => Promise<{ store: Store; cleanup: () => Promise<void> }>][] = [
  ['MemoryStore', async () => ({ store: new MemoryStore(), cleanup: async () => {} })],
  [
    'IndexedDBStore',
    async () => {
      const database = openTestDatabase('first-rows');
      return { store: await database.open(), cleanup: () => database.cleanup() };
    },
  ],
];

for (const [storeName, makeFixture] of fixtures) {
  describe(`first rows before the book loads, on ${storeName}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let keepers: FirstRowsKeeper[];
    beforeEach(async () => {
      ({ store, cleanup } = await makeFixture());
      keepers = [];
    });
    afterEach(async () => {
      for (const keeper of keepers) keeper.stop();
      await cleanup();
    });
    const keep = async () => {
      const kept = await keptBook(store);
      keepers.push(kept.keeper);
      return kept;
    };

    it('shows nothing early without a snapshot, then writes the first rows in order', async () => {
      const seed = await ContactBook.open({ store });
      await seed.createMany(numbered(80));
      expect(await firstRowsOn(store)).to.be.undefined;
      const { book } = await keep();
      const record = (await store.get<FirstRowsRecord>('snapshots', firstRowsId(book.bookId)))!;
      expect(record.order).to.equal('last-first');
      expect(record.complete).to.be.false;
      expect(record.rows.map(([id]) => id)).to.deep.equal(await trueFirst(store, FIRST_ROWS_KEPT));
      expect(record.rows[0][1]).to.equal('Person000, G0');
      expect(await firstRowsOn(store)).to.deep.equal(await trueFirst(store, FIRST_ROWS_KEPT));
    });

    it('replays the changes made since the snapshot, by anyone', async () => {
      const { book, keeper } = await keep();
      await book.createMany(numbered(70));
      await snapshotWith(store, FIRST_ROWS_KEPT);
      keeper.stop(); // later writes come from a book that keeps no snapshot
      const other = await ContactBook.open({ store });
      const [first, second, , fourth] = other.list({ limit: 4 }).contacts;
      const last = other.list({ offset: 69 }).contacts[0];
      await other.remove(first.id);
      await other.update(second.id, person('Zed', 'Zulu'), second.revision);
      await other.update(last.id, person('Ann', 'Aaron'), last.revision);
      await other.create(person('Bea', 'Abbot'));
      await other.update(fourth.id, person('G3', 'Person003'), fourth.revision); // same name
      const shown = (await firstRowsOn(store))!;
      expect(shown.length).to.be.greaterThan(FIRST_ROWS_KEPT - 3);
      expect(shown).to.deep.equal(await trueFirst(store, shown.length));
      other.close();
    });

    it('moves the snapshot forward when many changes leave its rows as they were', async () => {
      const { book } = await keep();
      await book.createMany(numbered(FIRST_ROWS_KEPT + 5));
      const before = await snapshotWith(store, FIRST_ROWS_KEPT);
      await book.createMany(numbered(250, 'Zulu')); // all sort after the first rows
      await waitUntil(
        async () =>
          ((await store.get<FirstRowsRecord>('snapshots', firstRowsId(book.bookId)))?.seq ?? 0) >
          before.seq + 200,
        'the snapshot is current to the later changes',
        { timeout: 5000 },
      );
      const after = (await store.get<FirstRowsRecord>('snapshots', firstRowsId(book.bookId)))!;
      expect(after.rows).to.deep.equal(before.rows);
      expect(after.seq).to.equal((await store.changes(after.seq)).token - 1); // only its own write since
    });

    it('a complete snapshot takes in contacts added anywhere', async () => {
      const { book, keeper } = await keep();
      await book.createMany(numbered(3));
      await snapshotWith(store, 3);
      keeper.stop();
      await book.create(person('Zoe', 'Zz'));
      expect(await firstRowsOn(store)).to.deep.equal(await trueFirst(store, 10));
    });

    it('trusts no snapshot in another order, too far behind, or contradicted by a record', async () => {
      const { book, keeper } = await keep();
      await book.createMany(numbered(10));
      const stored = await snapshotWith(store, 10);
      keeper.stop();

      await book.setPreferences({ displayOrder: 'first-last' });
      expect(await firstRowsOn(store), 'another order').to.be.undefined;
      await book.setPreferences({ displayOrder: 'last-first' });
      expect(await firstRowsOn(store)).to.have.length(10);

      const lying = { ...stored, rows: stored.rows.map(([rowId]) => [rowId, 'Aaa, A']) };
      const [{ record }] = await store.write([
        { type: 'put', collection: 'snapshots', record: lying, expectedRevision: stored.revision },
      ]);
      expect(await firstRowsOn(store), 'keys that no longer match').to.be.undefined;
      await store.write([
        {
          type: 'put',
          collection: 'snapshots',
          record: stored,
          expectedRevision: record!.revision,
        },
      ]);
      expect(await firstRowsOn(store)).to.have.length(10);

      await book.createMany(numbered(MAX_REPLAYED + 1, 'Later'));
      expect(await firstRowsOn(store), 'too many changes since').to.be.undefined;
    });

    it('trusts no snapshot when the feed after it was trimmed', async () => {
      const { book, keeper } = await keep();
      await book.createMany(numbered(5));
      const snapshot = await snapshotWith(store, 5);
      keeper.stop();
      await store.write([
        {
          type: 'put',
          collection: 'snapshots',
          record: { ...snapshot, seq: -1 } as FirstRowsRecord,
          expectedRevision: snapshot.revision,
        },
      ]);
      expect(await firstRowsOn(store)).to.be.undefined;
    });

    it('shows nothing to a user who may not view the book', async () => {
      const { book, keeper } = await keep();
      await book.createMany(numbered(5));
      await snapshotWith(store, 5);
      keeper.stop();
      const access = { kind: 'personal', id: book.bookId, ownerId: 'someone-else', grants: {} };
      await store.write([
        {
          type: 'put',
          collection: 'acl',
          record: { id: book.bookId, revision: 0, access } as StoredRecord,
        },
      ]);
      expect(await firstRowsOn(store)).to.be.undefined;
    });

    it('keeps the early rows current while the book loads', async () => {
      const { book, keeper } = await keep();
      await book.createMany(numbered(5));
      await snapshotWith(store, 5);
      keeper.stop();
      let heard = 0;
      const opening = new FirstRowsKeeper(new ContactBook({ store }), () => (heard += 1));
      keepers.push(opening);
      const rows = (await opening.read())!;
      const early = await book.create(person('Al', 'Aardvark'));
      await waitUntil(() => heard > 0, 'the keeper hears the change');
      expect(rows.contacts[0].id).to.equal(early.id);
      expect(rows.contacts).to.have.length(6);
    });
  });
}

describe('first rows on a store without snapshots', () => {
  it('shows nothing early and the book still opens', async () => {
    class OlderStore extends MemoryStore {
      override async get<T extends StoredRecord>(collection: Collection, id: string) {
        if (collection === 'snapshots') throw new Error('Unknown collection "snapshots"');
        return super.get<T>(collection, id);
      }
    }
    const store = new OlderStore();
    await (await ContactBook.open({ store })).create(person('Ann', 'Lee'));
    const book = new ContactBook({ store });
    const keeper = new FirstRowsKeeper(book);
    expect(await keeper.read()).to.be.undefined;
    await book.load();
    keeper.follow();
    expect(book.size).to.equal(1);
    keeper.stop();
  });
});

describe('first rows, for any changes since the snapshot', () => {
  it('are the true first rows of the book', async () => {
    const name = fc.constantFrom(...NAMES);
    const op = fc.record({
      target: fc.nat(),
      kind: fc.constantFrom('create', 'rename', 'remove'),
      given: name,
      family: name,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { maxLength: 40 }),
        fc.integer({ min: 0, max: 90 }),
        async (ops, size) => {
          const store = new MemoryStore();
          const seed = await ContactBook.open({ store });
          await seed.createMany(
            Array.from({ length: size }, (_, n) =>
              person(NAMES[n % NAMES.length], NAMES[(n * 7) % NAMES.length]),
            ),
          );
          const { keeper } = await keptBook(store);
          keeper.stop();
          for (const { target, kind, given, family } of ops) {
            const all = seed.all();
            const contact = all[target % Math.max(1, all.length)];
            if (kind === 'create' || !contact) await seed.create(person(given, family));
            else if (kind === 'rename')
              await seed.update(contact.id, person(given, family), contact.revision);
            else await seed.remove(contact.id);
          }
          const shown = await firstRowsOn(store);
          expect(shown).to.not.be.undefined;
          expect(shown).to.deep.equal(await trueFirst(store, shown!.length));
          if (seed.size <= FIRST_ROWS_KEPT - ops.length) expect(shown).to.have.length(seed.size);
          seed.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
