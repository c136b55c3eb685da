import { expect } from '@open-wc/testing';
import { formatPhone, normalizePhone } from '../../src/core/index.js';
import { loadPhoneMetadata } from '../../src/core/phone-metadata.js';

// The phone functions read libphonenumber-js's metadata, loaded once (ContactBook.open does it).
await loadPhoneMetadata();

describe('normalizePhone', () => {
  const cases: [string, string | undefined, string][] = [
    ['+32 2 555 12 34', undefined, '+3225551234'],
    ['+1 (202) 555-0143', undefined, '+12025550143'],
    ['  +44 20 7946 0958 ', undefined, '+442079460958'],
    ['01 23 45 67 89', 'FR', '+33123456789'],
    ['(202) 555-0143', 'US', '+12025550143'],
    ['030 1234567', 'DE', '+49301234567'],
    ['090-1234-5678', 'JP', '+819012345678'],
    ['01 23 45 67 89', undefined, '01 23 45 67 89'],
    [' ext. 42 ', undefined, 'ext. 42'],
    ['12', 'FR', '12'],
  ];
  for (const [typed, region, expected] of cases) {
    it(`reads "${typed}"${region ? ` in ${region}` : ''} as "${expected}"`, () => {
      expect(normalizePhone(typed, region)).to.equal(expected);
    });
  }
});

describe('formatPhone', () => {
  it('shows national format in the user region and international elsewhere', () => {
    expect(formatPhone('+33123456789', { region: 'FR' })).to.equal('01 23 45 67 89');
    expect(formatPhone('+33123456789', { region: 'US' })).to.equal('+33 1 23 45 67 89');
    expect(formatPhone('+33123456789')).to.equal('+33 1 23 45 67 89');
  });

  it('shows what cannot be parsed as stored', () => {
    expect(formatPhone('ext. 42')).to.equal('ext. 42');
  });
});
