import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { QuerySyntaxError } from '../../../src/core/errors.js';
import { MAX_RESULTS, searchContacts } from '../../../src/core/search/index.js';
import type { Contact } from '../../../src/core/contact.js';
import { makeContact } from './make-contact.js';
import { loadPhoneMetadata } from '../../../src/core/phone-metadata.js';

// The phone functions read libphonenumber-js's metadata, loaded once (ContactBook.open does it).
await loadPhoneMetadata();

const jane = makeContact({
  name: { given: 'Jane', family: 'Doe' },
  organization: 'Acme Travel',
  emails: [{ value: 'jane@example.org' }],
  phones: [{ value: '+12125550123', type: 'cell' }],
  addresses: [{ locality: 'Kahului', region: 'Maui', country: 'USA' }],
  note: 'Planning a holiday',
  birthday: '1980-04-15',
});
const zoe = makeContact({
  name: { given: 'Zoë', family: 'Müller' },
  emails: [{ value: 'zoe@mueller.test' }],
  addresses: [{ locality: 'Kauai', country: 'USA' }],
  note: 'holiday in spring',
});
const john = makeContact({
  name: { given: 'John', family: 'Information' },
  organization: 'Doe Holdings',
  note: 'doe jane met at the fair',
  phones: [{ value: '+3225551234', type: 'work' }],
  birthday: '--12-01',
});
const ann = makeContact({ name: { given: 'Ann', family: 'Infos' }, note: 'holiday maui' });
const contacts = [jane, zoe, john, ann];
const tags: Record<string, string[]> = { [jane.id]: ['Key Account', 'VIP'], [zoe.id]: ['vip'] };
const tagsOf = (id: string) => tags[id] ?? [];

const names = (query: string, list: Contact[] = contacts) =>
  searchContacts(list, query, { tagsOf }).hits.map((hit) => hit.contact.name.given);

describe('searchContacts: the syntax', () => {
  it('several words find contacts holding all of them', () => {
    expect(names('jane doe')).to.deep.equal(['Jane', 'John']);
    expect(names('jane kauai')).to.deep.equal([]);
  });

  it('OR finds either, and binds tighter than AND', () => {
    expect(names('maui OR kauai').sort()).to.deep.equal(['Ann', 'Jane', 'Zoë']);
    // holiday AND (maui OR kauai): John has neither.
    expect(names('holiday maui OR kauai').sort()).to.deep.equal(['Ann', 'Jane', 'Zoë']);
    expect(names('spring maui OR kauai')).to.deep.equal(['Zoë']);
  });

  it('is case- and accent-insensitive', () => {
    expect(names('muller')).to.deep.equal(['Zoë']);
    expect(names('zoe')).to.deep.equal(['Zoë']);
    expect(names('Müller')).to.deep.equal(['Zoë']);
    expect(names('MÜLLER ZOË')).to.deep.equal(['Zoë']);
  });

  it('"a phrase" finds those words adjacent and in order', () => {
    expect(names('"jane doe"')).to.deep.equal(['Jane']);
    expect(names('"doe jane"')).to.deep.equal(['John']);
    expect(names('"holiday maui"')).to.deep.equal(['Ann']);
  });

  it('word* finds words starting with it', () => {
    // Both match in the name by prefix: the tie goes by display name (Infos, Information).
    expect(names('info*')).to.deep.equal(['John', 'Ann']);
    expect(names('holi*').sort()).to.deep.equal(['Ann', 'Jane', 'Zoë']);
  });

  it('word* with fewer than 4 characters is refused with a message that says why', () => {
    expect(() => searchContacts(contacts, 'inf*')).to.throw(
      QuerySyntaxError,
      /at least 4 characters/,
    );
    try {
      searchContacts(contacts, 'jane inf*');
    } catch (error) {
      expect((error as QuerySyntaxError).position).to.equal(5);
    }
  });

  it('-word and -"a phrase" exclude', () => {
    expect(names('holiday -maui').sort()).to.deep.equal(['Zoë']);
    expect(names('doe -"jane doe"')).to.deep.equal(['John']);
    expect(names('doe -"doe jane"')).to.deep.equal(['Jane']);
  });

  it('tag:NAME finds what the user tagged, case-insensitively; quotes for spaces', () => {
    expect(names('tag:vip').sort()).to.deep.equal(['Jane', 'Zoë']);
    expect(names('tag:VIP holiday -jane')).to.deep.equal(['Zoë']);
    expect(names('tag:"key account"')).to.deep.equal(['Jane']);
    expect(names('-tag:vip holiday')).to.deep.equal(['Ann']);
    expect(searchContacts(contacts, 'tag:vip', { tagsOf }).total).to.equal(2);
    expect(searchContacts(contacts, 'tag:vip').total).to.equal(0);
  });

  it('a phone number matches whatever its format', () => {
    for (const query of [
      '5550123',
      '+1 212 555 0123',
      '(212) 555-0123',
      '212-555-0123',
      '12125550123',
      '0123',
    ]) {
      expect(names(query), query).to.deep.equal(['Jane']);
    }
    // A national number typed with its trunk 0 finds the E.164 one.
    expect(names('02 555 12 34')).to.deep.equal(['John']);
    expect(names('5550124')).to.deep.equal([]);
  });

  it('digit groups split by spaces, dots or dashes are one phone number', () => {
    for (const query of [
      '555 0123',
      '212 555 0123',
      '1 212 555 0123',
      '212.555.0123',
      '555 0123 doe',
      'phone:555 0123',
      '"555 0123"',
      '"+1 (212) 555-0123"',
    ]) {
      expect(names(query), query).to.deep.equal(['Jane']);
    }
    // A number stored in national format is found by its international form, and the reverse.
    const local = makeContact({
      name: { given: 'Lou' },
      phones: [{ value: '(212) 555-0199', type: 'cell' }],
    });
    expect(names('+1 212 555 0199', [local, jane])).to.deep.equal(['Lou']);
    expect(names('555 0199', [local, jane])).to.deep.equal(['Lou']);
    // Fewer than 5 digits, or a letter, and the groups stay words.
    expect(names('12 34', [local, jane])).to.deep.equal([]);
    expect(names('555 0123x')).to.deep.equal([]);
  });

  it('an e-mail address matches whole and by its parts', () => {
    for (const query of ['jane@example.org', 'example', 'org', 'example.org']) {
      expect(names(query), query).to.deep.equal(['Jane']);
    }
    expect(names('mueller')).to.deep.equal(['Zoë']);
  });

  it('field qualifiers, has:comment and birthday: narrow the search (the Advanced form)', () => {
    expect(names('name:doe')).to.deep.equal(['Jane']);
    expect(names('org:doe')).to.deep.equal(['John']);
    expect(names('city:kauai')).to.deep.equal(['Zoë']);
    expect(names('country:usa email:example')).to.deep.equal(['Jane']);
    expect(names('phone:5550123')).to.deep.equal(['Jane']);
    expect(names('has:comment').length).to.equal(4);
    expect(names('birthday:4')).to.deep.equal(['Jane']);
    expect(names('birthday:dec')).to.deep.equal(['John']);
  });

  it('malformed input never throws: it is read leniently, with messages', () => {
    const result = searchContacts(contacts, '"jane doe');
    expect(result.hits.map((hit) => hit.contact.id)).to.deep.equal([jane.id]);
    expect(result.messages[0].message).to.contain('closing quote');
    expect(names('jane - OR')).to.deep.equal(['Jane', 'John']);
    expect(names('OR zoe')).to.deep.equal(['Zoë']);
    expect(names('tag: zoe')).to.deep.equal(['Zoë']);
    expect(searchContacts(contacts, `zoe ${'x'.repeat(5000)}`).messages).to.have.length(1);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        try {
          searchContacts(contacts, text);
        } catch (error) {
          // Only a refusal (a short prefix) may stop a query.
          expect(error).to.be.instanceOf(QuerySyntaxError);
        }
      }),
    );
  });

  it('an empty query finds nothing; only exclusions find everyone else', () => {
    expect(names('')).to.deep.equal([]);
    expect(names('   ')).to.deep.equal([]);
    expect(names('-holiday')).to.deep.equal(['John']);
  });
});

describe('searchContacts: ranking', () => {
  it('ranks name above organization and e-mail, above phone and address, above notes', () => {
    const inName = makeContact({ name: { given: 'Zed', family: 'Maui' } });
    const inOrg = makeContact({ name: { given: 'Yan' }, organization: 'Maui Tours' });
    const inAddress = makeContact({ name: { given: 'Xia' }, addresses: [{ locality: 'Maui' }] });
    const inNote = makeContact({ name: { given: 'Abe' }, note: 'from maui' });
    const hits = searchContacts([inNote, inAddress, inOrg, inName], 'maui').hits;
    expect(hits.map((hit) => hit.contact.name.given)).to.deep.equal(['Zed', 'Yan', 'Xia', 'Abe']);
  });

  it('ranks an exact word above a prefix match', () => {
    const exact = makeContact({ name: { given: 'Zack', family: 'Info' } });
    const prefix = makeContact({ name: { given: 'Adam', family: 'Informatics' } });
    expect(names('info*', [prefix, exact])).to.deep.equal(['Zack', 'Adam']);
  });

  it('ranks a whole phone number above the tail of a longer one', () => {
    const whole = makeContact({
      name: { given: 'Zeb' },
      phones: [{ value: '555-0123', type: 'cell' }],
    });
    const tail = makeContact({
      name: { given: 'Abe' },
      phones: [{ value: '+12125550123', type: 'cell' }],
    });
    expect(names('555 0123', [tail, whole])).to.deep.equal(['Zeb', 'Abe']);
    expect(names('+1 212 555 0123', [whole, tail])).to.deep.equal(['Abe']);
  });

  it('ranks more matched terms higher', () => {
    const both = makeContact({ name: { given: 'Zora' }, note: 'maui kauai' });
    const one = makeContact({ name: { given: 'Abby' }, note: 'maui' });
    expect(names('maui OR kauai', [one, both])).to.deep.equal(['Zora', 'Abby']);
  });

  it('breaks ties by display name', () => {
    const people = ['Cole', 'Ávila', 'Baker'].map((family) =>
      makeContact({ name: { family, given: 'Sam' } }),
    );
    expect(searchContacts(people, 'sam').hits.map((hit) => hit.contact.name.family)).to.deep.equal([
      'Ávila',
      'Baker',
      'Cole',
    ]);
  });

  it('breaks ties by display name in the order the user chose', () => {
    const people = [
      makeContact({ name: { given: 'Zoe', family: 'Adams' }, note: 'orchid' }),
      makeContact({ name: { given: 'Amy', family: 'Zane' }, note: 'orchid' }),
    ];
    const families = (order?: 'first-last' | 'last-first') =>
      searchContacts(people, 'orchid', { order }).hits.map((hit) => hit.contact.name.family);
    expect(families()).to.deep.equal(['Adams', 'Zane']);
    expect(families('first-last')).to.deep.equal(['Zane', 'Adams']);
    expect(families('last-first')).to.deep.equal(['Adams', 'Zane']);
  });

  it('returns at most 200 results, the best ones, and counts them all', () => {
    const many = Array.from({ length: 450 }, (_, i) =>
      makeContact({ name: { given: 'Pat', family: `Member${String(i).padStart(3, '0')}` } }),
    );
    const star = makeContact({ name: { given: 'Zulu', family: 'Pat' }, note: 'pat' });
    const result = searchContacts([...many, star], 'pat OR zulu');
    expect(result.total).to.equal(451);
    expect(result.hits).to.have.length(MAX_RESULTS);
    expect(result.hits[0].contact.id).to.equal(star.id);
    expect(result.hits[1].contact.name.family).to.equal('Member000');
    expect(result.hits[199].contact.name.family).to.equal('Member198');
    expect(searchContacts(many, 'pat', { limit: 5 }).hits).to.have.length(5);
    expect(searchContacts(many, 'pat', { limit: 1000 }).hits).to.have.length(MAX_RESULTS);
  });
});
