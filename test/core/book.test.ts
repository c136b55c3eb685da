import { expect } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import {
  AccessDeniedError,
  ConflictError,
  ContactBook,
  NotFoundError,
  ValidationError,
  contactInput,
  displayName,
  type BookChange,
  type Contact,
  type ContactBookOptions,
  type Collection,
  type ContactInput,
  type Store,
  type StoredRecord,
} from '../../src/core/index.js';
import { rejection } from '../adapters/conformance.js';
import { openTestDatabase } from '../adapters/idb-helpers.js';

/** A store to run the book on; `reopen` gives the same data through a new connection. */
interface BookFixture {
  store: Store;
  reopen: () => Promise<Store>;
  /** A second connection to the same data, as another tab has (the same store for memory). */
  another: () => Promise<Store>;
  cleanup: () => Promise<void>;
}

const fixtures: [string, () => Promise<BookFixture>][] = [
  [
    'MemoryStore',
    async () => {
      const store = new MemoryStore();
      return {
        store,
        reopen: async () => store,
        another: async () => store,
        cleanup: () => store.close(),
      };
    },
  ],
  [
    'IndexedDBStore',
    async () => {
      const database = openTestDatabase('book');
      const store = await database.open();
      return {
        store,
        reopen: async () => {
          await database.close(store);
          return database.open();
        },
        another: () => database.open(),
        cleanup: () => database.cleanup(),
      };
    },
  ],
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Resolves with the next change a book tells its subscribers about. */
function nextChange(book: ContactBook): Promise<BookChange> {
  return new Promise((resolve) => {
    const unsubscribe = book.subscribe((change) => {
      unsubscribe();
      resolve(change);
    });
  });
}

const jane: ContactInput = {
  name: { given: 'Jane', family: 'Doe' },
  emails: [{ value: 'jane@example.com' }],
};
const person = (given: string, family: string): ContactInput => ({ name: { given, family } });

for (const [storeName, makeFixture] of fixtures) {
  describe(`ContactBook on ${storeName}`, () => {
    let fixture: BookFixture;
    let clock: Date;
    let book: ContactBook;
    const open = (options: Partial<ContactBookOptions> = {}, store = fixture.store) =>
      ContactBook.open({ store, now: () => clock, ...options });

    beforeEach(async () => {
      fixture = await makeFixture();
      clock = new Date('2026-03-01T10:00:00.000Z');
      book = await open();
    });
    afterEach(async () => {
      book.close();
      await fixture.cleanup();
    });

    describe('create and get', () => {
      it('stores a new contact with system fields set and reads it back', async () => {
        const created = await book.create(jane);
        expect(created).to.deep.include({
          bookId: 'private-me',
          createdBy: 'me',
          createdAt: '2026-03-01T10:00:00.000Z',
          updatedAt: '2026-03-01T10:00:00.000Z',
          revision: 1,
          kind: 'individual',
          formattedName: 'Jane Doe',
        });
        expect(created.id).to.match(/^[0-9a-f-]{36}$/);
        expect(await book.get(created.id)).to.deep.equal(created);
        expect(await fixture.store.get('contacts', created.id)).to.deep.equal(created);
        expect(book.size).to.equal(1);
      });

      it('refuses invalid input with field-level issues and writes nothing', async () => {
        const cases: [unknown, (string | number)[]][] = [
          [
            { name: { given: 'Ann' }, emails: [{ value: 'ann-at-example' }] },
            ['emails', 0, 'value'],
          ],
          [{ note: 'nobody' }, ['name']],
          [{ name: { given: 'Ann' }, favouriteColour: 'red' }, ['favouriteColour']],
          [{ name: { given: 'Ann' }, id: 'chosen-by-me' }, ['id']],
        ];
        for (const [input, path] of cases) {
          const error = await rejection(book.create(input as ContactInput));
          expect(error).to.be.instanceOf(ValidationError);
          expect((error as ValidationError).issues.map((issue) => issue.path)).to.deep.equal([
            path,
          ]);
        }
        expect(await fixture.store.getAll('contacts')).to.deep.equal([]);
        expect((await fixture.store.changes()).token).to.equal(0);
      });

      it('throws NotFoundError for an unknown id', async () => {
        expect(await rejection(book.get('nope'))).to.be.instanceOf(NotFoundError);
      });

      it('normalises phones to E.164, using the preferred region for national numbers', async () => {
        const first = await book.create({
          name: { given: 'Luc' },
          phones: [
            { value: '+32 2 555 12 34', type: 'work' },
            { value: '01 23 45 67 89', type: 'home' },
            { value: 'ask reception', type: 'other' },
          ],
        });
        expect(first.phones.map((phone) => phone.value)).to.deep.equal([
          '+3225551234',
          '01 23 45 67 89',
          'ask reception',
        ]);
        await book.setPreferences({ defaultRegion: 'FR' });
        const second = await book.create({
          name: { given: 'Léa' },
          phones: [{ value: '01 23 45 67 89', type: 'home' }],
        });
        expect(second.phones[0].value).to.equal('+33123456789');
      });

      it('derives the formatted name, keeping one the caller gave', async () => {
        const cases: [ContactInput, string][] = [
          [{ name: { prefix: 'Dr.', given: 'Jane', family: 'Doe' } }, 'Dr. Jane Doe'],
          [{ organization: 'ACME', kind: 'organization' }, 'ACME'],
          [{ emails: [{ value: 'x@example.org' }] }, 'x@example.org'],
          [{ phones: [{ value: '+1 202 555 0143', type: 'cell' }] }, '+12025550143'],
          [{ name: { given: 'Jane' }, formattedName: 'Janey' }, 'Janey'],
        ];
        for (const [input, formattedName] of cases) {
          expect((await book.create(input)).formattedName).to.equal(formattedName);
        }
      });
    });

    describe('update', () => {
      it('replaces the fields when the expected revision matches', async () => {
        const created = await book.create(jane);
        clock = new Date('2026-03-02T08:00:00.000Z');
        const updated = await book.update(
          created.id,
          { ...contactInput(created), nickname: 'JD' },
          created.revision,
        );
        expect(updated).to.deep.include({
          id: created.id,
          revision: 2,
          nickname: 'JD',
          createdAt: created.createdAt,
          updatedAt: '2026-03-02T08:00:00.000Z',
        });
        expect(await book.get(created.id)).to.deep.equal(updated);
      });

      it('refuses a stale revision with ConflictError and keeps the newer save', async () => {
        const created = await book.create(jane);
        await book.update(created.id, { ...contactInput(created), nickname: 'first' }, 1);
        const error = await rejection(
          book.update(created.id, { ...contactInput(created), nickname: 'second' }, 1),
        );
        expect(error).to.be.instanceOf(ConflictError);
        expect((await book.get(created.id)).nickname).to.equal('first');
      });

      it('refuses invalid fields and writes nothing', async () => {
        const created = await book.create(jane);
        const error = await rejection(
          book.update(created.id, { ...contactInput(created), emails: [{ value: 'bad' }] }, 1),
        );
        expect((error as ValidationError).issues.map((issue) => issue.path)).to.deep.equal([
          ['emails', 0, 'value'],
        ]);
        expect(await book.get(created.id)).to.deep.equal(created);
      });

      it('throws NotFoundError for a contact that is not there', async () => {
        expect(await rejection(book.update('nope', jane, 1))).to.be.instanceOf(NotFoundError);
      });
    });

    describe('createMany', () => {
      it('stores every contact in one batch and one change event', async () => {
        const heard: BookChange[] = [];
        book.subscribe((change) => heard.push(change));
        const created = await book.createMany([
          person('A', 'One'),
          person('B', 'Two'),
          person('C', 'Three'),
        ]);
        expect(created.map((contact) => contact.revision)).to.deep.equal([1, 1, 1]);
        expect(book.size).to.equal(3);
        expect(heard).to.have.length(1);
        expect(heard[0].changes).to.have.length(3);
      });

      it('refuses the whole batch when one input is invalid, with paths starting at its index', async () => {
        const error = await rejection(
          book.createMany([
            person('A', 'One'),
            { name: { given: 'B' }, emails: [{ value: 'nope' }] },
            person('C', 'Three'),
            {},
          ]),
        );
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).issues.map((issue) => issue.path)).to.deep.equal([
          [1, 'emails', 0, 'value'],
          [3, 'name'],
        ]);
        expect(await fixture.store.getAll('contacts')).to.deep.equal([]);
        expect(book.size).to.equal(0);
      });

      it('indexes the path even for a batch of one', async () => {
        const error = await rejection(book.createMany([{}]));
        expect((error as ValidationError).issues[0].path).to.deep.equal([0, 'name']);
      });
    });

    describe('remove, trash, restore, purge', () => {
      it('moves one contact to the trash and restores it as it was', async () => {
        const [a, b] = await book.createMany([person('Ann', 'A'), person('Bob', 'B')]);
        expect(await book.remove(a.id)).to.equal(1);
        expect(book.list().contacts.map((contact) => contact.id)).to.deep.equal([b.id]);
        expect(await rejection(book.get(a.id))).to.be.instanceOf(NotFoundError);
        const [entry] = await book.trash();
        expect(entry).to.deep.include({
          id: a.id,
          deletedAt: clock.toISOString(),
          deletedBy: 'me',
          bookId: 'private-me',
        });
        expect(entry.contact).to.deep.equal(a);

        expect(await book.restore([a.id])).to.equal(1);
        expect(await book.trash()).to.deep.equal([]);
        const restored = await book.get(a.id);
        expect(contactInput(restored)).to.deep.equal(contactInput(a));
        expect(restored.revision).to.equal(a.revision + 1);
        const stale = await rejection(
          book.update(a.id, { ...contactInput(a), nickname: 'x' }, a.revision),
        );
        expect(stale).to.be.instanceOf(ConflictError);
        expect(book.size).to.equal(2);
      });

      it('moves many at once, and purges for good', async () => {
        const created = await book.createMany([
          person('A', 'A'),
          person('B', 'B'),
          person('C', 'C'),
        ]);
        expect(await book.remove(created.slice(0, 2).map((contact) => contact.id))).to.equal(2);
        expect(book.size).to.equal(1);
        expect((await book.trash()).map((entry) => entry.id)).to.have.members([
          created[0].id,
          created[1].id,
        ]);
        expect(await book.purge([created[0].id])).to.equal(1);
        expect((await book.trash()).map((entry) => entry.id)).to.deep.equal([created[1].id]);
        expect(await fixture.store.get('contacts', created[0].id)).to.equal(undefined);
        expect(await fixture.store.get('trash', created[0].id)).to.equal(undefined);
      });

      it('moves nothing when one of the ids is unknown', async () => {
        const [a] = await book.createMany([person('A', 'A')]);
        expect(await rejection(book.remove([a.id, 'ghost']))).to.be.instanceOf(NotFoundError);
        expect(book.size).to.equal(1);
        expect(await book.trash()).to.deep.equal([]);
        expect(await rejection(book.restore(['ghost']))).to.be.instanceOf(NotFoundError);
        expect(await rejection(book.purge(['ghost']))).to.be.instanceOf(NotFoundError);
      });

      it('trashes the newest version of a contact another book changed', async () => {
        const [a] = await book.createMany([person('A', 'A')]);
        const other = await open({}, await fixture.another());
        await other.update(a.id, { ...contactInput(a), nickname: 'changed' }, 1);
        expect(await book.remove(a.id)).to.equal(1);
        expect((await book.trash())[0].contact.nickname).to.equal('changed');
        other.close();
      });

      it('empties the book into the trash only when its name is typed', async () => {
        await book.createMany([person('A', 'A'), person('B', 'B')]);
        for (const typed of ['', 'private', 'Privat', 'yes']) {
          const error = await rejection(book.empty(typed));
          expect(error).to.be.instanceOf(ValidationError);
          expect((error as ValidationError).issues[0].path).to.deep.equal(['confirmation']);
        }
        expect(book.size).to.equal(2);
        expect(await book.empty('Private')).to.equal(2);
        expect(book.size).to.equal(0);
        expect(await book.trash()).to.have.length(2);
        expect(await book.empty(' Private ')).to.equal(0);
      });

      it('uses the name the book was opened with', async () => {
        const work = await open({ bookName: 'Work' });
        await work.create(jane);
        expect(await rejection(work.empty('Private'))).to.be.instanceOf(ValidationError);
        expect(await work.empty('Work')).to.equal(1);
        work.close();
      });

      it('purges what has been in the trash for more than 30 days', async () => {
        const [old, recent] = await book.createMany([person('Old', 'O'), person('New', 'N')]);
        await book.remove(old.id);
        clock = new Date(clock.getTime() + 10 * DAY_MS);
        await book.remove(recent.id);

        clock = new Date(clock.getTime() + 19 * DAY_MS);
        expect(await book.purgeExpiredTrash()).to.equal(0);

        clock = new Date(clock.getTime() + 2 * DAY_MS);
        const reopened = await open({}, await fixture.reopen());
        expect((await reopened.trash()).map((entry) => entry.id)).to.deep.equal([recent.id]);
        clock = new Date(clock.getTime() + 10 * DAY_MS);
        expect(await reopened.purgeExpiredTrash()).to.equal(1);
        expect(await reopened.trash()).to.deep.equal([]);
        reopened.close();
      });
    });

    describe('list', () => {
      const names: [string, string][] = [
        ['Zoë', 'Adler'],
        ['éloïse', 'Martin'],
        ['Bob', 'Émile'],
        ['Carl', 'zimmer'],
        ['Ann', 'Baker'],
      ];
      beforeEach(async () => {
        await book.createMany(names.map(([given, family]) => person(given, family)));
      });
      const shown = (contacts: Contact[], order: 'last-first' | 'first-last') =>
        contacts.map((contact) => displayName(contact, order));

      it('sorts by family name by default, folding case and accents', () => {
        const page = book.list();
        expect(page.total).to.equal(5);
        expect(shown(page.contacts, 'last-first')).to.deep.equal([
          'Adler, Zoë',
          'Baker, Ann',
          'Émile, Bob',
          'Martin, éloïse',
          'zimmer, Carl',
        ]);
      });

      it('sorts by given name in first-last order, given or preferred', async () => {
        const expected = ['Ann Baker', 'Bob Émile', 'Carl zimmer', 'éloïse Martin', 'Zoë Adler'];
        expect(shown(book.list({ order: 'first-last' }).contacts, 'first-last')).to.deep.equal(
          expected,
        );
        await book.setPreferences({ displayOrder: 'first-last' });
        expect(shown(book.list().contacts, 'first-last')).to.deep.equal(expected);
      });

      it('pages with offset and limit', () => {
        expect(shown(book.list({ offset: 1, limit: 2 }).contacts, 'last-first')).to.deep.equal([
          'Baker, Ann',
          'Émile, Bob',
        ]);
        expect(book.list({ offset: 4, limit: 2 }).contacts).to.have.length(1);
        expect(book.list({ offset: 10, limit: 2 })).to.deep.equal({ contacts: [], total: 5 });
        expect(
          shown(book.list({ order: 'first-last', offset: 3, limit: 5 }).contacts, 'first-last'),
        ).to.deep.equal(['éloïse Martin', 'Zoë Adler']);
      });

      it('follows changes: a new contact takes its place in the order', async () => {
        await book.create(person('Dan', 'Carter'));
        expect(shown(book.list({ offset: 2, limit: 1 }).contacts, 'last-first')).to.deep.equal([
          'Carter, Dan',
        ]);
      });
    });

    describe('preferences', () => {
      it('starts with the defaults', () => {
        expect(book.preferences).to.include({ displayOrder: 'last-first', pageSize: 25 });
      });

      for (const pageSize of [4, 51, 7.5, 0, -10]) {
        it(`refuses ${pageSize} contacts per page with an issue at pageSize, storing nothing`, async () => {
          const error = await rejection(book.setPreferences({ pageSize }));
          expect(error).to.be.instanceOf(ValidationError);
          expect((error as ValidationError).issues.map((issue) => issue.path)).to.deep.equal([
            ['pageSize'],
          ]);
          expect(book.preferences.pageSize).to.equal(25);
          expect(await fixture.store.get('preferences', 'me')).to.equal(undefined);
        });
      }

      it('refuses a non-number, an unknown display order and an unknown preference', async () => {
        const bad: [Record<string, unknown>, string][] = [
          [{ pageSize: '10' }, 'pageSize'],
          [{ displayOrder: 'random' }, 'displayOrder'],
          [{ theme: 'dark' }, 'theme'],
        ];
        for (const [patch, field] of bad) {
          const error = await rejection(book.setPreferences(patch as never));
          expect((error as ValidationError).issues.map((issue) => issue.path)).to.deep.equal([
            [field],
          ]);
        }
      });

      it('accepts the bounds 5 and 50, saves through the store, and a reopened book sees them', async () => {
        expect((await book.setPreferences({ pageSize: 5 })).pageSize).to.equal(5);
        const saved = await book.setPreferences({ pageSize: 50, displayOrder: 'first-last' });
        expect(saved).to.include({ pageSize: 50, displayOrder: 'first-last' });
        expect(book.preferences).to.deep.equal(saved);
        expect(await fixture.store.get('preferences', 'me')).to.deep.include({
          revision: 2,
          values: saved,
        });

        const reopened = await open({}, await fixture.reopen());
        expect(reopened.preferences).to.deep.equal(saved);
        reopened.close();
      });

      it("keeps each user's preferences apart", async () => {
        await book.setPreferences({ pageSize: 10 });
        const other = await open({ userId: 'you' });
        expect(other.preferences.pageSize).to.equal(25);
        other.close();
      });
    });

    describe('change events', () => {
      it('tells subscribers about every change', async () => {
        const heard: string[] = [];
        book.subscribe(({ changes, origin }) =>
          heard.push(
            `${origin} ${changes.map((change) => `${change.type} ${change.collection}`).join(', ')}`,
          ),
        );
        const created = await book.create(jane);
        await book.update(created.id, contactInput(created), 1);
        await book.remove(created.id);
        await book.restore([created.id]);
        await book.remove([created.id]);
        await book.purge([created.id]);
        await book.setPreferences({ pageSize: 10 });
        await rejection(book.update(created.id, jane, 1));
        expect(heard).to.deep.equal([
          'local put contacts',
          'local put contacts',
          'local delete contacts, put trash',
          'local delete trash, put contacts',
          'local delete contacts, put trash',
          'local delete trash',
          'local put preferences',
        ]);
      });

      it('stops telling after unsubscribe and after close', async () => {
        let calls = 0;
        const unsubscribe = book.subscribe(() => (calls += 1));
        await book.create(jane);
        unsubscribe();
        await book.create(jane);
        book.subscribe(() => (calls += 1));
        book.close();
        await fixture.store.write([
          { type: 'put', collection: 'contacts', record: { id: 'x', revision: 0 } },
        ]);
        expect(calls).to.equal(1);
      });

      it('sees changes made by another ContactBook on the same data', async () => {
        const other = await open({}, await fixture.another());
        const expectedOrigin = storeName === 'MemoryStore' ? 'local' : 'remote';

        let heard = nextChange(book);
        const created = await other.create(jane);
        expect((await heard).origin).to.equal(expectedOrigin);
        expect(book.list().contacts.map((contact) => contact.id)).to.deep.equal([created.id]);

        heard = nextChange(book);
        const updated = await other.update(
          created.id,
          { ...contactInput(created), nickname: 'JD' },
          1,
        );
        await heard;
        expect(book.list().contacts[0]).to.deep.equal(updated);

        heard = nextChange(book);
        await other.setPreferences({ displayOrder: 'first-last' });
        await heard;
        expect(book.preferences.displayOrder).to.equal('first-last');

        heard = nextChange(book);
        await other.remove(created.id);
        await heard;
        expect(book.size).to.equal(0);
        expect(await book.trash()).to.have.length(1);
        other.close();
      });

      it('keeps to its own book: contacts of another book are not listed', async () => {
        const work = await open({ bookId: 'work', bookName: 'Work' });
        await work.create(jane);
        expect(book.size).to.equal(0);
        expect(work.size).to.equal(1);
        expect(await book.trash()).to.deep.equal([]);
        work.close();
      });
    });

    describe('rights', () => {
      it('refuses a user with no grant on the book, before touching the store', async () => {
        await book.create(jane);
        const stranger = await open({ userId: 'stranger', bookId: 'private-me' });
        expect(() => stranger.list()).to.throw(AccessDeniedError);
        expect(await rejection(stranger.create(jane))).to.be.instanceOf(AccessDeniedError);
        expect(stranger.can('view')).to.equal(false);
        expect(book.can('delete')).to.equal(true);
        stranger.close();
      });

      it('follows the grants stored in the acl collection', async () => {
        const created = await book.create(jane);
        await fixture.store.write([
          {
            type: 'put',
            collection: 'acl',
            record: {
              id: 'private-me',
              revision: 0,
              access: {
                kind: 'personal',
                id: 'private-me',
                ownerId: 'me',
                grants: { friend: ['view', 'add'] },
              },
            } as never,
          },
        ]);
        const friend = await open({ userId: 'friend', bookId: 'private-me' });
        expect(friend.list().total).to.equal(1);
        const mine = await friend.create(person('Fred', 'F'));
        await friend.update(mine.id, { ...contactInput(mine), nickname: 'mine' }, 1);
        expect(await rejection(friend.update(created.id, jane, 1))).to.be.instanceOf(
          AccessDeniedError,
        );
        expect(await rejection(friend.remove(mine.id))).to.be.instanceOf(AccessDeniedError);
        expect(book.size).to.equal(2);
        friend.close();
      });
    });
  });
}

describe('ContactBook.open racing another writer', () => {
  /** A real MemoryStore whose snapshot of contacts is taken before a write lands (another tab). */
  class RacingStore extends MemoryStore {
    race: (() => Promise<unknown>) | undefined;
    override async getAll<T extends StoredRecord>(collection: Collection): Promise<T[]> {
      const snapshot = await super.getAll<T>(collection);
      const race = collection === 'contacts' ? this.race : undefined;
      this.race = undefined;
      await race?.();
      return snapshot;
    }
  }

  it('keeps a contact written while the book was loading', async () => {
    const store = new RacingStore();
    const writer = new ContactBook({ store });
    store.race = () => writer.create(jane);
    const book = await ContactBook.open({ store });
    expect(book.list().contacts.map((contact) => contact.formattedName)).to.deep.equal([
      'Jane Doe',
    ]);
    book.close();
  });
});
