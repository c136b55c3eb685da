import { expect } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import { NotFoundError, ValidationError } from '../../src/core/errors.js';
import { normalizeTags } from '../../src/core/tags.js';

describe('tags', () => {
  it('are normalised: trimmed, spaces collapsed, duplicates kept once in their first spelling', () => {
    expect(normalizeTags([' Key  account ', 'key account', '', 'VIP', 'vip'])).to.deep.equal([
      'Key account',
      'VIP',
    ]);
    expect(() => normalizeTags(['x'.repeat(61)])).to.throw(ValidationError);
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
});
