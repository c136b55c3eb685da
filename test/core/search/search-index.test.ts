import { expect } from '@open-wc/testing';
import { ContactBook } from '../../../src/core/book.js';
import { SearchIndex } from '../../../src/core/search/index.js';
import { MemoryStore } from '../../../src/adapters/memory/index.js';

const given = (index: SearchIndex, query: string) =>
  index.search(query).hits.map((hit) => hit.contact.name.given);

describe('SearchIndex following a ContactBook', () => {
  let store: MemoryStore;
  let book: ContactBook;
  let index: SearchIndex;

  beforeEach(async () => {
    store = new MemoryStore();
    book = await ContactBook.open({ store });
    await book.createMany([
      { name: { given: 'Jane', family: 'Doe' }, organization: 'Acme' },
      { name: { given: 'Zoë', family: 'Müller' } },
    ]);
    index = SearchIndex.forBook(book);
  });

  afterEach(async () => {
    index.close();
    book.close();
    await store.close();
  });

  it('indexes the book it is given', () => {
    expect(index.size).to.equal(2);
    expect(given(index, 'acme')).to.deep.equal(['Jane']);
  });

  it('finds a contact created after it was built', async () => {
    await book.create({
      name: { given: 'Kai', family: 'Nakamura' },
      phones: [{ value: '+81 3 1234 5678', type: 'cell' }],
    });
    expect(given(index, 'nakamura')).to.deep.equal(['Kai']);
    expect(given(index, '12345678')).to.deep.equal(['Kai']);
  });

  it('forgets the old words of an updated contact and learns the new ones', async () => {
    const [jane] = book.all().filter((contact) => contact.name.given === 'Jane');
    await book.update(
      jane.id,
      { name: { given: 'Jane', family: 'Smith' }, organization: 'Initech' },
      jane.revision,
    );
    expect(given(index, 'doe')).to.deep.equal([]);
    expect(given(index, 'acme')).to.deep.equal([]);
    expect(given(index, 'smith initech')).to.deep.equal(['Jane']);
    expect(index.size).to.equal(2);
    expect(index.postings.has('acme')).to.equal(false);
  });

  it('drops a removed contact, and its words from the prefix table', async () => {
    const [zoe] = book.all().filter((contact) => contact.name.given === 'Zoë');
    await book.remove(zoe.id);
    expect(given(index, 'muller')).to.deep.equal([]);
    expect(given(index, 'mull*')).to.deep.equal([]);
    expect(index.prefixes.get('mull')?.has('muller') ?? false).to.equal(false);
    expect(index.size).to.equal(1);
  });

  it('stops following after close()', async () => {
    index.close();
    await book.create({ name: { given: 'Late' } });
    expect(given(index, 'late')).to.deep.equal([]);
  });

  it('reads tags through tagsOf at query time, so a new tag needs no re-indexing', () => {
    const tags = new Map<string, string[]>();
    const tagged = new SearchIndex({ tagsOf: (id) => tags.get(id) ?? [] });
    tagged.putAll(book.all());
    expect(tagged.search('tag:friends').total).to.equal(0);
    const [jane] = book.all().filter((contact) => contact.name.given === 'Jane');
    tags.set(jane.id, ['Friends']);
    expect(given(tagged, 'tag:friends')).to.deep.equal(['Jane']);
  });
});
