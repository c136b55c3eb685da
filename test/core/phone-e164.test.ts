import { expect } from '@open-wc/testing';
import {
  formatPhone,
  isInternationalNumber,
  phoneCountries,
  toE164,
} from '../../src/core/phone.js';
import { loadPhoneMetadata } from '../../src/core/phone-metadata.js';

// The phone functions read libphonenumber-js's metadata, loaded once (ContactBook.open does it).
await loadPhoneMetadata();

describe('phone: country + number to E.164', () => {
  it('produces E.164 from a country and a national number', () => {
    expect(toE164({ country: 'BE', number: '02 555 12 34' })).to.deep.equal({
      ok: true,
      value: '+3225551234',
    });
    expect(toE164({ country: 'US', number: '(202) 555-0142' })).to.deep.equal({
      ok: true,
      value: '+12025550142',
    });
    expect(toE164({ number: '+44 20 7946 0958' })).to.deep.equal({
      ok: true,
      value: '+442079460958',
    });
  });

  it('says why a number is not one', () => {
    expect(toE164({ country: 'FR', number: '' })).to.include({ ok: false });
    expect(toE164({ number: '0612345678' })).to.deep.equal({
      ok: false,
      reason: 'Choose a country, or type the number with +',
    });
    expect(toE164({ country: 'FR', number: '12' })).to.deep.equal({
      ok: false,
      reason: 'This is not a valid number for that country',
    });
  });

  it('tells international numbers from national ones', () => {
    expect(isInternationalNumber('+33 6 12 34 56 78')).to.equal(true);
    expect(isInternationalNumber('06 12 34 56 78')).to.equal(false);
  });

  it('formats nationally within the region, internationally elsewhere', () => {
    expect(formatPhone('+33612345678', { region: 'FR' })).to.equal('06 12 34 56 78');
    expect(formatPhone('+33612345678', { region: 'US' })).to.equal('+33 6 12 34 56 78');
  });

  it('lists countries with calling codes', () => {
    expect(phoneCountries()).to.deep.include({ country: 'BE', callingCode: '32' });
  });
});
