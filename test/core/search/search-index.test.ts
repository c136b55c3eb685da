import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Contact } from '../../../src/core/contact.js';
import { storedContact } from '../fixtures.js';
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

describe('SearchIndex filled a slice at a time', () => {
  it('fills step by step, and a change made meanwhile is never overwritten by the snapshot', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    const created = await book.createMany(
      Array.from({ length: 10 }, (_, n) => ({ name: { given: `Person${n}`, family: 'Old' } })),
    );
    const { index, step } = SearchIndex.buildForBook(book);
    expect(step(3)).to.be.false;
    expect(index.size).to.equal(3);
    // Contacts 5 and 6 change before their slice is indexed; 7 is deleted.
    const [five, six] = [created[5], created[6]];
    await book.update(five.id, { name: { given: 'Person5', family: 'New' } }, five.revision);
    await book.update(six.id, { name: { given: 'Person6', family: 'New' } }, six.revision);
    await book.remove(created[7].id);
    expect(step(100)).to.be.true;
    expect(index.size).to.equal(9);
    expect(given(index, 'new').sort()).to.deep.equal(['Person5', 'Person6']);
    expect(given(index, 'person7')).to.deep.equal([]);
    expect(given(index, 'old')).to.have.length(7);
    index.close();
  });
});

describe('SearchIndex kept current contact by contact', () => {
  const words = ['anna', 'berg', 'annabel', 'cruz', 'berger', 'dahl', 'zoë', 'müller'];
  const contactArb = fc.record({
    slot: fc.integer({ min: 0, max: 7 }),
    given: fc.constantFrom(...words),
    family: fc.constantFrom(...words),
    note: fc.constantFrom('', 'anna berg', 'berger cruz'),
    phone: fc.constantFrom('', '+12125550123', '+3225551234'),
  });
  const operations = fc.array(fc.oneof(contactArb, fc.integer({ min: 0, max: 7 })), {
    maxLength: 40,
  });
  const queries = [
    'anna',
    'berg*',
    'anna OR cruz',
    '"anna berg"',
    '-dahl',
    'muller',
    '5550123',
    'anna -berg',
  ];

  it('answers like an index built afresh, after any sequence of puts and removes', () => {
    fc.assert(
      fc.property(operations, (ops) => {
        const live = new SearchIndex();
        const current = new Map<string, Contact>();
        for (const op of ops) {
          if (typeof op === 'number') {
            live.remove(`s${op}`);
            current.delete(`s${op}`);
            continue;
          }
          const contact = storedContact({
            id: `s${op.slot}`,
            name: { given: op.given, family: op.family },
            formattedName: `${op.given} ${op.family}`,
            ...(op.note ? { note: op.note } : {}),
            phones: op.phone ? [{ value: op.phone, type: 'cell' }] : [],
          });
          live.put(contact);
          current.set(contact.id, contact);
          // A prefix search builds the prefix table early, so later changes must keep it current.
          live.search('anna*');
        }
        const fresh = new SearchIndex();
        fresh.putAll(current.values());
        expect(live.size).to.equal(current.size);
        for (const query of queries) {
          const hits = (index: SearchIndex) =>
            index.search(query).hits.map((hit) => [hit.contact.id, hit.score]);
          expect(hits(live), query).to.deep.equal(hits(fresh));
        }
      }),
    );
  });
});
