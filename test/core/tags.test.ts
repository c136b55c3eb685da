import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { openTestDatabase } from '../adapters/idb-helpers.js';
import { ContactBook } from '../../src/core/book.js';
import { ConflictError, NotFoundError, ValidationError } from '../../src/core/errors.js';
import type { Change, Store } from '../../src/core/store.js';
import {
  TAG_COLOURS,
  tagTextColour,
  type TagColour,
  type TagRecord,
} from '../../src/core/tag-registry.js';
import { MAX_TAG_LENGTH, normalizeTags, type TagAssignment } from '../../src/core/tags.js';

/** An assignment written straight to the store (another user's, or from before the registry). */
function assignment(userId: string, contactId: string, tags: string[]): TagAssignment {
  return { id: `${userId}:${contactId}`, revision: 0, userId, contactId, tags };
}

describe('tags', () => {
  it('are normalised: trimmed, spaces collapsed, duplicates kept once in their first spelling', () => {
    expect(normalizeTags([' Key  account ', 'key account', '', 'VIP', 'vip'])).to.deep.equal([
      'Key account',
      'VIP',
    ]);
    expect(normalizeTags(['x'.repeat(64)])).to.deep.equal(['x'.repeat(64)]);
    expect(() => normalizeTags(['x'.repeat(65)])).to.throw(ValidationError);
  });

  it('belong to a user: set, read, listed, removed, and kept across a reopen', async () => {
    const store = new MemoryStore();
    const mine = await ContactBook.open({ store, userId: 'ann' });
    const [a, b] = await mine.createMany([{ name: { given: 'A' } }, { name: { given: 'B' } }]);
    await mine.setTags(a.id, ['Family', 'golf']);
    await mine.setTagsMany([
      [b.id, ['golf', 'Work']],
      [a.id, ['Family']],
    ]);
    expect(mine.tagsOf(a.id)).to.deep.equal(['Family']);
    expect(mine.allTags()).to.deep.equal(['Family', 'golf', 'Work']);

    const reopened = await ContactBook.open({ store, userId: 'ann' });
    expect(reopened.tagsOf(b.id)).to.deep.equal(['golf', 'Work']);
    const someoneElse = await ContactBook.open({ store, userId: 'bob', bookId: mine.bookId });
    expect(someoneElse.tagsOf(b.id)).to.deep.equal([]);

    await mine.setTags(b.id, []);
    expect(mine.tagsOf(b.id)).to.deep.equal([]);
    expect(reopened.tagsOf(b.id), 'another instance follows the change').to.deep.equal([]);
  });

  it('refuses tags for a contact not in the book, writing nothing', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    const contact = await book.create({ name: { given: 'A' } });
    let error: unknown;
    await book
      .setTagsMany([
        [contact.id, ['x']],
        ['missing', ['y']],
      ])
      .catch((e) => (error = e));
    expect(error).to.be.instanceOf(NotFoundError);
    expect(book.tagsOf(contact.id)).to.deep.equal([]);
  });

  it('stay with a trashed contact and go when it is purged', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    const contact = await book.create({ name: { given: 'A' } });
    await book.setTags(contact.id, ['keep']);
    await book.remove(contact.id);
    await book.restore([contact.id]);
    expect(book.tagsOf(contact.id)).to.deep.equal(['keep']);
    await book.remove(contact.id);
    await book.purge([contact.id]);
    expect(book.tagsOf(contact.id)).to.deep.equal([]);
    expect(await book.store.getAll('tagAssignments')).to.have.length(0);
  });

  describe('registry', () => {
    async function refusal(promise: Promise<unknown>): Promise<unknown> {
      return promise.then(
        () => expect.fail('should have been refused'),
        (error: unknown) => error,
      );
    }

    it('creates a tag with a name and a palette colour; names are unique per user, any case', async () => {
      const store = new MemoryStore();
      const book = await ContactBook.open({ store, userId: 'ann' });
      expect(await book.createTag('  Key   account ', 'blue')).to.deep.equal({
        name: 'Key account',
        colour: 'blue',
      });
      expect(await book.createTag('VIP')).to.deep.equal({ name: 'VIP', colour: 'grey' });
      expect(book.tagList()).to.deep.equal([
        { name: 'Key account', colour: 'blue' },
        { name: 'VIP', colour: 'grey' },
      ]);
      expect(book.findTag('vip')).to.deep.equal({ name: 'VIP', colour: 'grey' });
      const duplicate = await refusal(book.createTag('vip', 'red'));
      expect(duplicate).to.be.instanceOf(ValidationError);
      expect((duplicate as ValidationError).issues[0].path).to.deep.equal(['name']);
      expect(book.findTag('VIP')?.colour, 'the first one is untouched').to.equal('grey');

      const other = await ContactBook.open({ store, userId: 'bob' });
      expect(other.tagList(), "another user never sees ann's tags").to.deep.equal([]);
      expect(await other.createTag('vip', 'red')).to.deep.equal({ name: 'vip', colour: 'red' });
      expect(book.findTag('VIP')?.colour, "bob's tag is his own").to.equal('grey');
      expect((await store.getAll<TagRecord>('tags')).map((tag) => tag.userId)).to.have.members([
        'ann',
        'ann',
        'bob',
      ]);
    });

    it('refuses blank and too long names and colours off the palette, writing nothing', async () => {
      const book = await ContactBook.open({ store: new MemoryStore() });
      const long = 'x'.repeat(MAX_TAG_LENGTH + 1);
      for (const attempt of [
        book.createTag('   '),
        book.createTag(long),
        book.createTag('A', '#f00'),
      ]) {
        expect(await refusal(attempt)).to.be.instanceOf(ValidationError);
      }
      expect(MAX_TAG_LENGTH).to.equal(64);
      expect(await book.createTag('x'.repeat(64))).to.have.property('colour', 'grey');
      expect(book.tagList()).to.have.length(1);
    });

    it('a second tab creating the same name at once gets a ConflictError', async () => {
      const store = new MemoryStore();
      const first = await ContactBook.open({ store });
      // A tab that has not heard of the other's write yet: its store view never hears changes.
      const stale: Store = Object.create(store) as Store;
      stale.subscribe = () => () => {};
      const second = await ContactBook.open({ store: stale });
      await first.createTag('Golf', 'green');
      expect(await refusal(second.createTag('golf'))).to.be.instanceOf(ConflictError);
      expect(first.tagList()).to.deep.equal([{ name: 'Golf', colour: 'green' }]);
    });

    it('changes a colour (from the palette only) and cannot rename', async () => {
      const book = await ContactBook.open({ store: new MemoryStore() });
      await book.createTag('Golf', 'green');
      await book.setTagColour('GOLF', 'purple');
      expect(book.tagList()).to.deep.equal([{ name: 'Golf', colour: 'purple' }]);
      expect(await refusal(book.setTagColour('Golf', 'rainbow'))).to.be.instanceOf(ValidationError);
      expect(await refusal(book.setTagColour('Tennis', 'red'))).to.be.instanceOf(NotFoundError);
      expect(book).not.to.have.property('renameTag');
    });

    it('assigning a name that is not a tag yet creates it, spelled as an existing tag otherwise', async () => {
      const store = new MemoryStore();
      const book = await ContactBook.open({ store });
      const [a, b] = await book.createMany([{ name: { given: 'A' } }, { name: { given: 'B' } }]);
      await book.createTag('VIP', 'red');
      const writes: Change[][] = [];
      store.subscribe((changes) => writes.push(changes));
      await book.setTagsMany([
        [a.id, ['vip', 'Golf']],
        [b.id, ['golf']],
      ]);
      expect(writes, 'one batch').to.have.length(1);
      expect(book.tagsOf(a.id)).to.deep.equal(['VIP', 'Golf']);
      expect(book.tagsOf(b.id)).to.deep.equal(['Golf']);
      expect(book.tagList()).to.deep.equal([
        { name: 'Golf', colour: 'grey' },
        { name: 'VIP', colour: 'red' },
      ]);
      const reopened = await ContactBook.open({ store });
      expect(reopened.tagList()).to.deep.equal(book.tagList());
    });

    it('deleting a tag takes it off every contact, trashed ones too, in one atomic batch', async () => {
      const store = new MemoryStore();
      const book = await ContactBook.open({ store, userId: 'ann' });
      const [a, b, c] = await book.createMany([
        { name: { given: 'A' } },
        { name: { given: 'B' } },
        { name: { given: 'C' } },
      ]);
      await book.setTagsMany([
        [a.id, ['Golf', 'Work']],
        [b.id, ['golf']],
        [c.id, ['Work']],
      ]);
      await book.remove(b.id);
      const bob = await ContactBook.open({ store, userId: 'bob' });
      await store.write([
        {
          type: 'put',
          collection: 'tagAssignments',
          record: assignment('bob', a.id, ['Golf']),
        },
      ]);

      const writes: Change[][] = [];
      store.subscribe((changes) => writes.push(changes));
      expect(await book.deleteTag('GOLF')).to.equal(2);
      expect(writes, 'one batch').to.have.length(1);
      expect(writes[0].map(({ collection, type }) => `${collection} ${type}`)).to.have.members([
        'tagAssignments put',
        'tagAssignments delete',
        'tags delete',
      ]);
      expect(book.tagsOf(a.id)).to.deep.equal(['Work']);
      expect(book.tagList().map((tag) => tag.name)).to.deep.equal(['Work']);
      await book.restore([b.id]);
      expect(book.tagsOf(b.id), 'it left the trashed contact too').to.deep.equal([]);
      expect(bob.tagsOf(a.id), "bob's own Golf stays").to.deep.equal(['Golf']);
      expect(await refusal(book.deleteTag('Golf'))).to.be.instanceOf(NotFoundError);
    });

    it('a failed delete batch changes nothing', async () => {
      const store = new MemoryStore();
      const book = await ContactBook.open({ store });
      const [a, b] = await book.createMany([{ name: { given: 'A' } }, { name: { given: 'B' } }]);
      await book.setTagsMany([
        [a.id, ['Golf']],
        [b.id, ['Golf', 'Work']],
      ]);
      // A store that refuses the batch: nothing of it may be applied.
      const failing: Store = Object.create(store) as Store;
      failing.write = (ops) =>
        store.write([
          ...ops,
          {
            type: 'put',
            collection: 'tags',
            record: { id: 'x', revision: 0 },
            expectedRevision: 5,
          },
        ]);
      const guarded = await ContactBook.open({ store: failing });
      expect(await refusal(guarded.deleteTag('Golf'))).to.be.instanceOf(ConflictError);
      expect(book.tagsOf(a.id)).to.deep.equal(['Golf']);
      expect(book.tagsOf(b.id)).to.deep.equal(['Golf', 'Work']);
      expect(book.findTag('Golf')).to.deep.equal({ name: 'Golf', colour: 'grey' });
    });

    it('tags named on contacts before the registry existed are listed, recoloured and deleted', async () => {
      const store = new MemoryStore();
      const book = await ContactBook.open({ store, userId: 'ann' });
      const contact = await book.create({ name: { given: 'A' } });
      await store.write([
        {
          type: 'put',
          collection: 'tagAssignments',
          record: assignment('ann', contact.id, ['Old']),
        },
      ]);
      expect(book.tagList()).to.deep.equal([{ name: 'Old', colour: 'grey' }]);
      await book.setTagColour('old', 'teal');
      expect(book.tagList()).to.deep.equal([{ name: 'Old', colour: 'teal' }]);
      await book.deleteTag('Old');
      expect(book.tagsOf(contact.id)).to.deep.equal([]);
      expect(await store.getAll('tags')).to.deep.equal([]);
    });

    it('shows a stored colour off the palette (a newer version wrote it) in the default', async () => {
      const store = new MemoryStore();
      const record: TagRecord = {
        id: 'me:golf',
        revision: 0,
        userId: 'me',
        name: 'Golf',
        colour: 'magenta' as TagColour,
        createdAt: '2026-01-01T00:00:00.000Z',
      };
      await store.write([{ type: 'put', collection: 'tags', record }]);
      const book = await ContactBook.open({ store });
      expect(book.tagList()).to.deep.equal([{ name: 'Golf', colour: 'grey' }]);
      expect(book.tagColour('golf')).to.equal('grey');
    });

    it('on IndexedDB: kept across a reopen, followed by another tab, deleted in one transaction', async () => {
      const database = openTestDatabase('tags');
      try {
        const tab = await ContactBook.open({ store: await database.open() });
        const other = await ContactBook.open({ store: await database.open() });
        const [a, b] = await tab.createMany([{ name: { given: 'A' } }, { name: { given: 'B' } }]);
        await tab.createTag('Golf', 'green');
        await tab.setTagsMany([
          [a.id, ['golf', 'Work']],
          [b.id, ['Golf']],
        ]);
        await waitUntil(() => other.tagList().length === 2, 'the other tab hears of the tags');
        expect(other.tagList()).to.deep.equal([
          { name: 'Golf', colour: 'green' },
          { name: 'Work', colour: 'grey' },
        ]);
        await other.deleteTag('Golf');
        await waitUntil(() => !tab.findTag('Golf'), 'the first tab hears of the deletion');
        expect(tab.tagsOf(a.id)).to.deep.equal(['Work']);
        expect(tab.tagsOf(b.id)).to.deep.equal([]);
        const reopened = await ContactBook.open({ store: await database.open() });
        expect(reopened.tagList()).to.deep.equal([{ name: 'Work', colour: 'grey' }]);
        for (const book of [tab, other, reopened]) book.close();
      } finally {
        await database.cleanup();
      }
    });

    it('gives every palette colour a text colour with at least 4.5:1 contrast', () => {
      const luminance = (hex: string) => {
        const [r, g, b] = [1, 3, 5].map((at) => {
          const value = parseInt(hex.slice(at, at + 2), 16) / 255;
          return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      for (const colour of Object.keys(TAG_COLOURS) as TagColour[]) {
        const [light, dark] = [
          luminance(TAG_COLOURS[colour]),
          luminance(tagTextColour(colour)),
        ].sort((x, y) => y - x);
        expect((light + 0.05) / (dark + 0.05), colour).to.be.at.least(4.5);
      }
      expect(tagTextColour('yellow')).to.equal('#000000');
      expect(tagTextColour('indigo')).to.equal('#ffffff');
    });
  });
});
