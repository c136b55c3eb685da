import { expect } from '@open-wc/testing';
import {
  contactMapLinks,
  FAX_NOT_INTERNATIONAL,
  faxLink,
  formatAddress,
  imLink,
  mailtoHref,
  mapHref,
  NO_ADDRESS,
  smsHref,
  telHref,
  webHref,
} from '../../src/core/links.js';
import { loadPhoneMetadata } from '../../src/core/phone-metadata.js';

// The phone functions read libphonenumber-js's metadata, loaded once (ContactBook.open does it).
await loadPhoneMetadata();

describe('links', () => {
  it('links websites: http(s) as given, bare hosts as https, nothing for other schemes or text', () => {
    expect(webHref('https://a.example/x')).to.equal('https://a.example/x');
    expect(webHref(' fjord.example ')).to.equal('https://fjord.example/');
    expect(webHref('javascript:alert(1)')).to.equal(undefined);
    expect(webHref('data:text/html,hi')).to.equal(undefined);
    expect(webHref('hello world')).to.equal(undefined);
    expect(webHref('example')).to.equal(undefined);
  });

  it('builds mailto: links for one or several addresses', () => {
    expect(mailtoHref('jane@example.org')).to.equal('mailto:jane@example.org');
    expect(mailtoHref(['a@x.org', 'b+tag@y.org'])).to.equal('mailto:a@x.org,b%2Btag@y.org');
    expect(mailtoHref('a@x.org', { subject: 'Hi there', body: 'a&b' })).to.equal(
      'mailto:a@x.org?subject=Hi%20there&body=a%26b',
    );
  });

  it('builds tel: links in E.164, using the default region for national numbers', () => {
    expect(telHref('+3225551234')).to.equal('tel:+3225551234');
    expect(telHref('(202) 555-0142', { region: 'US' })).to.equal('tel:+12025550142');
    expect(telHref('ext 12-34#')).to.equal('tel:1234#');
  });

  it('builds sms: links to one or many recipients with a body', () => {
    expect(smsHref('+33612345678')).to.equal('sms:+33612345678');
    expect(
      smsHref(['+33612345678', '06 12 34 56 79'], { region: 'FR', body: 'See you — Jo' }),
    ).to.equal('sms:+33612345678,+33612345679?body=See%20you%20%E2%80%94%20Jo');
  });

  it('makes fax links only for numbers in international format', () => {
    expect(faxLink('+32 2 555 12 34')).to.deep.equal({ ok: true, href: 'fax:+3225551234' });
    expect(faxLink('02 555 12 34')).to.deep.equal({ ok: false, reason: FAX_NOT_INTERNATIONAL });
    expect(faxLink('+1')).to.deep.equal({ ok: false, reason: FAX_NOT_INTERNATIONAL });
  });

  it('reads IM URIs by scheme, with a label and the bare address', () => {
    expect(imLink({ value: 'xmpp:jane@example.org' })).to.deep.equal({
      scheme: 'xmpp',
      label: 'XMPP',
      address: 'jane@example.org',
      href: 'xmpp:jane@example.org',
    });
    expect(imLink({ value: 'skype:jane.doe?call' })).to.include({
      label: 'Skype',
      address: 'jane.doe',
      href: 'skype:jane.doe?call',
    });
    expect(imLink({ value: 'sip:jane@voip.example.org' }).href).to.equal(
      'sip:jane@voip.example.org',
    );
    expect(imLink({ value: 'msteams:/l/chat/0/0?users=jane%40example.org' })).to.include({
      label: 'Microsoft Teams',
      address: 'jane@example.org',
    });
  });

  it('builds a URI for a bare address from its vCard 3 service', () => {
    expect(imLink({ value: 'jane@jabber.org', service: 'Jabber' })).to.deep.equal({
      scheme: 'xmpp',
      label: 'Jabber',
      address: 'jane@jabber.org',
      href: 'xmpp:jane@jabber.org',
    });
    expect(imLink({ value: 'jane@example.org', service: 'Teams' }).href).to.equal(
      'msteams:/l/chat/0/0?users=jane%40example.org',
    );
  });

  it('reads the IMPP values real exporters write (ez-vcard corpus)', () => {
    // IMPP;X-SERVICE-TYPE=…:value lines of ezvcard-John_Doe_IPHONE.vcf and friends.
    const read = (service: string, value: string) => imLink({ service, value });
    expect(read('AIM', 'aim:aim')).to.include({ label: 'AIM', href: 'aim:aim' });
    expect(read('GTalk', 'xmpp:gtalk')).to.include({ label: 'GTalk', href: 'xmpp:gtalk' });
    expect(read('Yahoo', 'ymsgr:yahoo')).to.include({ label: 'Yahoo', href: 'ymsgr:yahoo' });
    expect(read('Skype', 'skype:skype')).to.include({ label: 'Skype', href: 'skype:skype' });
    expect(read('Other', 'other:other')).to.deep.equal({
      scheme: 'other',
      label: 'Other',
      address: 'other',
    });
    expect(read('CustomTYPE', 'customtype:custom').href).to.equal(undefined);
  });

  it('never links an unknown or dangerous scheme', () => {
    expect(imLink({ value: 'javascript:alert(1)' }).href).to.equal(undefined);
    expect(imLink({ value: 'foo:bar' })).to.include({ label: 'foo', address: 'bar' });
    expect(imLink({ value: 'janedoe' })).to.deep.equal({
      scheme: undefined,
      label: 'IM',
      address: 'janedoe',
    });
  });

  it('formats an address on one line and builds map URLs for both providers', () => {
    const address = {
      type: 'work' as const,
      street: '1 Rue de la Loi',
      postalCode: '1000',
      locality: 'Bruxelles',
      country: 'Belgium',
    };
    expect(formatAddress(address)).to.equal('1 Rue de la Loi, 1000 Bruxelles, Belgium');
    expect(mapHref({ address })).to.equal(
      'https://www.google.com/maps/search/?api=1&query=1%20Rue%20de%20la%20Loi%2C%201000%20Bruxelles%2C%20Belgium',
    );
    expect(mapHref({ address, provider: 'openstreetmap' })).to.equal(
      'https://www.openstreetmap.org/search?query=1%20Rue%20de%20la%20Loi%2C%201000%20Bruxelles%2C%20Belgium',
    );
  });

  it('lists home and work addresses first, and gives a reason when there is none', () => {
    const result = contactMapLinks({
      contact: {
        addresses: [{ type: 'other', locality: 'Lyon' }, { type: 'home', locality: 'Paris' }, {}],
      },
    });
    expect(result.ok && result.links.map((link) => link.text)).to.deep.equal(['Paris', 'Lyon']);
    expect(contactMapLinks({ contact: { addresses: [] } })).to.deep.equal({
      ok: false,
      reason: NO_ADDRESS,
    });
    expect(contactMapLinks({ contact: { addresses: [{ label: 'empty' }] } })).to.deep.equal({
      ok: false,
      reason: NO_ADDRESS,
    });
  });
});
