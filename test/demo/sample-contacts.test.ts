import { expect } from '@open-wc/testing';
import { generateContacts } from '../../demo/sample-contacts.js';
import { loadPhoneMetadata, normalizePhone, parseContactInput } from '../../src/core/index.js';

await loadPhoneMetadata();

describe('generateContacts', () => {
  const contacts = generateContacts(2000, { seed: 7 });

  it('makes only contacts the schema accepts', () => {
    const refused = contacts
      .map((input, index) => ({ index, result: parseContactInput(input) }))
      .filter(({ result }) => !result.ok);
    expect(refused.slice(0, 3)).to.deep.equal([]);
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(generateContacts(50, { seed: 7 })).to.deep.equal(contacts.slice(0, 50));
    expect(generateContacts(50, { seed: 8 })).to.not.deep.equal(contacts.slice(0, 50));
    expect(generateContacts(0)).to.deep.equal([]);
  });

  it('covers several scripts, countries, organisations and yearless birthdays', () => {
    const text = JSON.stringify(contacts);
    for (const [script, pattern] of [
      ['Latin with accents', /[éèëïöüñçãõ]/],
      ['Greek', /\p{Script=Greek}/u],
      ['Cyrillic', /\p{Script=Cyrillic}/u],
      ['CJK', /\p{Script=Han}/u],
      ['Arabic', /\p{Script=Arabic}/u],
    ] as const) {
      expect(pattern.test(text), script).to.equal(true);
    }
    const countries = new Set(
      contacts.flatMap((contact) => contact.addresses ?? []).map((address) => address.country),
    );
    expect(countries.size).to.be.greaterThan(8);
    expect(
      contacts.filter((contact) => contact.kind === 'organization' && !contact.name).length,
    ).to.be.greaterThan(50);
    expect(contacts.some((contact) => contact.birthday?.startsWith('--'))).to.equal(true);
    expect(contacts.some((contact) => contact.note)).to.equal(true);
  });

  it('writes phones in national styles that mostly normalise to E.164', () => {
    const phones = contacts.flatMap((contact) => contact.phones ?? []).map((phone) => phone.value);
    const international = phones.filter((value) => normalizePhone(value).startsWith('+'));
    expect(international.length / phones.length).to.be.greaterThan(0.8);
    expect(new Set(phones.map((value) => value.replace(/\d/g, '#'))).size).to.be.greaterThan(20);
  });
});
