import { expect } from '@open-wc/testing';
import {
  AccessDeniedError,
  ContactBook,
  MAX_COMMENT_LENGTH,
  NotFoundError,
  ValidationError,
  type Contact,
  type Store,
} from '../../src/core/index.js';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { rejection } from '../adapters/conformance.js';
import { SlowCommentsStore, TEST_STORES, bookOnEachTest, grantsRecord } from './book-stores.js';

/** A clock that moves one minute per reading, from a fixed start. */
function ticking(start = Date.parse('2026-03-01T10:00:00Z')) {
  let minutes = 0;
  return () => new Date(start + 60_000 * minutes++);
}

for (const [storeName, openStore] of TEST_STORES) {
  describe(`comments (${storeName})`, () => {
    const on = bookOnEachTest(openStore, () => ({ now: ticking() }));
    const open = on.open;
    let store: Store;
    let book: ContactBook;
    let jane: Contact;
    beforeEach(() => ({ store, book, jane } = on));

    it('adds comments with their author and time, listed newest first', async () => {
      const first = await book.comments.add(jane.id, '  Met at the fair  ');
      await book.comments.add(jane.id, 'Called back');
      expect(first).to.deep.include({ author: 'me', text: 'Met at the fair' });
      expect(first.createdAt).to.match(/^2026-03-01T10:\d\d:00\.000Z$/);
      const listed = await book.comments.list(jane.id);
      expect(listed.map((comment) => comment.text)).to.deep.equal([
        'Called back',
        'Met at the fair',
      ]);
      expect(listed[1]).to.deep.equal(first);
    });

    it('refuses an empty comment and one over 10,000 characters, field by field, writing nothing', async () => {
      for (const text of ['', '   \n ', 'x'.repeat(MAX_COMMENT_LENGTH + 1)]) {
        const error = await rejection(book.comments.add(jane.id, text));
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).issues[0].path).to.deep.equal(['text']);
      }
      expect(await store.getAll('comments')).to.have.length(0);
      const longest = await book.comments.add(jane.id, 'y'.repeat(MAX_COMMENT_LENGTH));
      expect(longest.text).to.have.length(MAX_COMMENT_LENGTH);
    });

    it('lets authors edit and delete their own comments only', async () => {
      await store.write([grantsRecord({ ann: ['view', 'edit', 'delete'] })]);
      const ann = await open('ann');
      const mine = await book.comments.add(jane.id, 'Mine');
      const hers = await ann.comments.add(jane.id, 'Hers');

      const edited = await book.comments.edit(jane.id, mine.id, 'Mine, edited');
      expect(edited).to.deep.include({ id: mine.id, text: 'Mine, edited', author: 'me' });
      expect(edited.editedAt).to.be.a('string');
      expect(edited.createdAt).to.equal(mine.createdAt);
      expect(await rejection(book.comments.edit(jane.id, hers.id, 'No'))).to.be.instanceOf(
        AccessDeniedError,
      );
      expect(await rejection(book.comments.remove(jane.id, hers.id))).to.be.instanceOf(
        AccessDeniedError,
      );
      expect(await rejection(ann.comments.remove(jane.id, mine.id))).to.be.instanceOf(
        AccessDeniedError,
      );
      expect(await rejection(book.comments.edit(jane.id, mine.id, ' '))).to.be.instanceOf(
        ValidationError,
      );
      expect(await rejection(book.comments.remove(jane.id, 'missing'))).to.be.instanceOf(
        NotFoundError,
      );
      expect(book.comments.mayChange(jane.id, hers)).to.equal(false);
      expect(ann.comments.mayChange(jane.id, hers)).to.equal(true);

      await ann.comments.remove(jane.id, hers.id);
      expect((await book.comments.list(jane.id)).map((comment) => comment.text)).to.deep.equal([
        'Mine, edited',
      ]);
      await book.comments.remove(jane.id, mine.id);
      expect(await book.comments.list(jane.id)).to.deep.equal([]);
      expect(await store.getAll('comments'), 'an empty thread leaves no record').to.have.length(0);
    });

    it('are seen and written by whoever may view the contact, and no one else', async () => {
      await store.write([grantsRecord({ viewer: ['view'] })]);
      const viewer = await open('viewer');
      const stranger = await open('stranger');
      await book.comments.add(jane.id, 'From the owner');
      await viewer.comments.add(jane.id, 'From a viewer');
      expect(await viewer.comments.list(jane.id)).to.have.length(2);
      expect(viewer.comments.mayComment(jane.id)).to.equal(true);
      expect(stranger.comments.mayComment(jane.id)).to.equal(false);
      expect(stranger.comments.count(jane.id)).to.equal(0);
      // The stranger cannot see the contact at all: it is not found for them.
      expect(await rejection(stranger.comments.list(jane.id))).to.be.instanceOf(Error);
      expect(await rejection(stranger.comments.add(jane.id, 'Hi'))).to.be.instanceOf(Error);
      expect(await rejection(book.comments.list('no-such-contact'))).to.be.instanceOf(
        NotFoundError,
      );
    });

    it('keeps two comments written at once by two tabs', async () => {
      const other = await open();
      await Promise.all([book.comments.add(jane.id, 'One'), other.comments.add(jane.id, 'Two')]);
      const texts = (await book.comments.list(jane.id)).map((comment) => comment.text);
      expect(texts.sort()).to.deep.equal(['One', 'Two']);
    });

    it('counts comments per contact, kept current from the change feed', async () => {
      const other = await open();
      await other.comments.loadCounts();
      const heard: number[] = [];
      other.subscribe(() => heard.push(other.comments.count(jane.id)));
      const comment = await book.comments.add(jane.id, 'One');
      await book.comments.add(jane.id, 'Two');
      expect(book.comments.count(jane.id)).to.equal(2);
      await book.comments.remove(jane.id, comment.id);
      expect(book.comments.count(jane.id)).to.equal(1);
      expect(heard, 'the other book counted each change as it heard it').to.deep.equal([1, 2, 1]);
      const reopened = await open();
      await reopened.comments.loadCounts();
      expect(reopened.comments.count(jane.id)).to.equal(1);
    });

    it('hides the comments of a trashed contact, brings them back on restore, destroys them on purge', async () => {
      await book.comments.add(jane.id, 'Keep me');
      await book.remove(jane.id);
      expect(book.comments.count(jane.id)).to.equal(0);
      expect(await rejection(book.comments.list(jane.id))).to.be.instanceOf(NotFoundError);
      expect(await rejection(book.comments.add(jane.id, 'x'))).to.be.instanceOf(NotFoundError);
      await book.restore([jane.id]);
      expect(book.comments.count(jane.id)).to.equal(1);
      expect((await book.comments.list(jane.id))[0].text).to.equal('Keep me');
      await book.remove(jane.id);
      await book.purge([jane.id]);
      expect(await store.getAll('comments')).to.have.length(0);
    });

    it('destroys the comments of contacts emptied and purged, and of expired trash', async () => {
      const others = await book.createMany(
        Array.from({ length: 24 }, (_, index) => ({ name: { given: `P${index}` } })),
      );
      for (const contact of [jane, ...others.slice(0, 3)])
        await book.comments.add(contact.id, `On ${contact.id}`);
      await book.empty('Private');
      await book.purge([jane.id, ...others.map((contact) => contact.id)]);
      expect(await store.getAll('comments')).to.have.length(0);

      let now = Date.parse('2026-03-01T00:00:00Z');
      const clocked = await open('me', { now: () => new Date(now) });
      const old = await clocked.create({ name: { given: 'Old' } });
      await clocked.comments.add(old.id, 'Old news');
      await clocked.remove(old.id);
      now += 31 * 24 * 60 * 60 * 1000;
      expect(await clocked.purgeExpiredTrash()).to.equal(1);
      expect(await store.getAll('comments')).to.have.length(0);
    });
  });
}

describe('comment counts load off the critical path of ContactBook.open', () => {
  it('opens without waiting for the counts, then says when they are in', async () => {
    const store = new MemoryStore();
    const writer = await ContactBook.open({ store });
    const contact = await writer.create({ name: { given: 'Jane' } });
    await writer.comments.add(contact.id, 'Hello');

    const slow = await SlowCommentsStore.copyOf(store);
    const book = await ContactBook.open({ store: slow });
    expect(book.size, 'the book is open while the comments are still being read').to.equal(1);
    expect(book.comments.count(contact.id)).to.equal(0);
    const told = new Promise<void>((resolve) => book.comments.onCountsLoaded(resolve));
    slow.release();
    await told;
    expect(book.comments.count(contact.id)).to.equal(1);
  });
});

describe('comments and attachments on a group contact', () => {
  /** The "club" group book: Ada admin, Mel and Max members; Ada created Jane there. */
  async function club() {
    const store = new MemoryStore();
    await store.write([
      {
        type: 'put',
        collection: 'acl',
        record: {
          id: 'group-club',
          revision: 0,
          access: {
            kind: 'group',
            id: 'group-club',
            members: ['mel', 'max'],
            admins: ['ada'],
            memberGrants: {},
            editors: {},
          },
        } as never,
      },
    ]);
    const as = (userId: string) => ContactBook.open({ store, userId, bookId: 'group-club' });
    const ada = await as('ada');
    const jane = await ada.create({ name: { given: 'Jane' } });
    return { as, ada, jane };
  }

  it('are seen and written by every member; outsiders get nothing', async () => {
    const { as, ada, jane } = await club();
    const [mel, max, out] = await Promise.all([as('mel'), as('max'), as('out')]);
    await mel.comments.add(jane.id, 'From Mel');
    await ada.comments.add(jane.id, 'From Ada');
    expect((await max.comments.list(jane.id)).map((comment) => comment.author)).to.deep.equal([
      'ada',
      'mel',
    ]);
    expect(await rejection(out.comments.list(jane.id))).to.be.instanceOf(Error);
    expect(out.comments.mayComment(jane.id)).to.equal(false);
    const [fromMel] = await mel.comments.list(jane.id).then((list) => list.slice(1));
    expect(await rejection(max.comments.remove(jane.id, fromMel.id))).to.be.instanceOf(
      AccessDeniedError,
    );
  });

  it("follow the contact's edit right for attachments: its creator attaches, members open", async () => {
    const { as, ada, jane } = await club();
    const mel = await as('mel');
    const file = await ada.attachments.attachFile(jane.id, new Blob(['minutes']), {
      name: 'minutes.txt',
    });
    expect(await (await mel.attachments.open(jane.id, file.id)).text()).to.equal('minutes');
    expect(mel.attachments.mayEdit(jane.id)).to.equal(false);
    expect(await rejection(mel.attachments.remove(jane.id, file.id))).to.be.instanceOf(
      AccessDeniedError,
    );
  });
});
