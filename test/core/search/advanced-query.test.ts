import { expect } from '@open-wc/testing';
import { PreferencesSchema } from '../../../src/core/prefs.js';
import {
  addRecentSearch,
  buildAdvancedQuery,
  parseQuery,
  searchContacts,
} from '../../../src/core/search/index.js';
import { makeContact } from './make-contact.js';
import { loadPhoneMetadata } from '../../../src/core/phone-metadata.js';

// The phone functions read libphonenumber-js's metadata, loaded once (ContactBook.open does it).
await loadPhoneMetadata();

describe('buildAdvancedQuery', () => {
  it('writes every filled criterion as a qualified term, quoting values with spaces', () => {
    const query = buildAdvancedQuery({
      name: 'Jane Doe',
      organization: 'Acme',
      email: 'example.org',
      phone: '+1 212 555 0123',
      city: 'New York',
      country: 'USA',
      tag: 'key account',
      hasComment: true,
      birthdayMonth: 4,
    });
    expect(query).to.equal(
      'name:"Jane Doe" org:Acme email:example.org phone:"+1 212 555 0123" city:"New York" country:USA tag:"key account" has:comment birthday:4',
    );
    const parsed = parseQuery(query);
    expect(parsed.messages).to.deep.equal([]);
    expect(parsed.clauses).to.have.length(9);
  });

  it('leaves out empty criteria and turns quotes into spaces', () => {
    expect(buildAdvancedQuery({ name: '  ', city: 'say "hi"', birthdayMonth: 13 })).to.equal(
      'city:"say  hi"',
    );
    expect(buildAdvancedQuery({})).to.equal('');
  });

  it('combines the criteria with AND', () => {
    const paris = makeContact({
      name: { given: 'Ann' },
      addresses: [{ locality: 'Paris', country: 'France' }],
    });
    const texas = makeContact({
      name: { given: 'Bob' },
      addresses: [{ locality: 'Paris', country: 'USA' }],
    });
    const query = buildAdvancedQuery({ city: 'paris', country: 'usa' });
    expect(
      searchContacts([paris, texas], query).hits.map((hit) => hit.contact.name.given),
    ).to.deep.equal(['Bob']);
  });
});

describe('recent searches', () => {
  it('keeps the 5 most recent, newest first, without repeats', () => {
    let recent: string[] = [];
    for (const query of ['a', 'b', 'c', 'a', 'd', 'e', 'f', '  '])
      recent = addRecentSearch(recent, query);
    expect(recent).to.deep.equal(['f', 'e', 'd', 'a', 'c']);
  });

  it('are a preference the schema checks', () => {
    expect(PreferencesSchema.parse({}).recentSearches).to.deep.equal([]);
    expect(PreferencesSchema.parse({}).searchGroupData).to.equal(false);
    expect(
      PreferencesSchema.safeParse({ recentSearches: ['1', '2', '3', '4', '5', '6'] }).success,
    ).to.equal(false);
    expect(addRecentSearch([], 'x'.repeat(900))[0]).to.have.length(500);
  });
});
