// vCard reading rules the corpus does not show (MANIFEST "Gaps"): Apple yearless birthdays,
// tel: URIs, PREF, IM properties, KIND:org, item labels, QP + CHARSET, folding, extras.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readVCard, writeVCard } from '../../src/core/formats/index.js';

const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');
const read = (text: string | Uint8Array) =>
  readVCard(typeof text === 'string' ? new TextEncoder().encode(text) : text);

describe('vCard reader', () => {
  it('reads yearless birthdays: --MMDD, --MM-DD and Apple X-APPLE-OMIT-YEAR', () => {
    const result = read(
      card('VERSION:4.0', 'FN:A', 'BDAY:--0415', 'ANNIVERSARY:--12-31') +
        card('VERSION:3.0', 'FN:B', 'BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29') +
        card('VERSION:3.0', 'FN:C', 'BDAY;X-APPLE-OMIT-YEAR=1604:1987-02-03T00:00:00Z'),
    );
    assert.deepEqual(
      result.contacts.map((contact) => [contact.birthday, contact.anniversary]),
      [
        ['--04-15', '--12-31'],
        ['--02-29', undefined],
        ['1987-02-03', undefined],
      ],
    );
  });

  it('reads tel: URIs with extensions, TYPE=pref and PREF=1, and phone types', () => {
    const [contact] = read(
      card(
        'VERSION:4.0',
        'FN:A',
        'TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+1-555-555-5555;ext=5555',
        'TEL;TYPE=work,fax:+1 555 0100',
        'TEL;TYPE=pref;TYPE=pager:555',
      ),
    ).contacts;
    assert.deepEqual(contact.phones, [
      { value: '+1-555-555-5555 ext. 5555', type: 'cell', pref: true },
      { value: '+1 555 0100', type: 'fax', label: 'work' },
      { value: '555', type: 'pager', pref: true },
    ]);
  });

  it('reads IMPP and the X-SKYPE / X-JABBER / X-MSN family as ims', () => {
    const [contact] = read(
      card(
        'VERSION:3.0',
        'FN:A',
        'IMPP;X-SERVICE-TYPE=Skype:skype:alice',
        'X-JABBER;TYPE=HOME:alice@jabber.example',
        'X-MSN:alice@msn.example',
        'X-SKYPE-USERNAME:alice.s',
      ),
    ).contacts;
    assert.deepEqual(contact.ims, [
      { value: 'skype:alice', service: 'Skype' },
      { value: 'xmpp:alice@jabber.example', service: 'Jabber', type: 'HOME' },
      { value: 'msnim:alice@msn.example', service: 'MSN' },
      { value: 'skype:alice.s', service: 'Skype' },
    ]);
  });

  it('KIND:org makes an organization; a card with only ORG is named by it', () => {
    const [org] = read(card('VERSION:4.0', 'KIND:org', 'ORG:ACME;Research')).contacts;
    assert.deepEqual(
      [org.kind, org.formattedName, org.organization, org.department],
      ['organization', 'ACME', 'ACME', 'Research'],
    );
  });

  it('Apple item groups: X-ABLabel becomes the label, and is not an extra', () => {
    const [contact] = read(
      card(
        'VERSION:3.0',
        'FN:A',
        'item1.EMAIL;type=INTERNET:a@example.com',
        'item1.X-ABLabel:_$!<Other>!$_',
        'item2.URL:https\\://example.com',
        'item2.X-ABLabel:blog',
        'item3.X-ABRELATEDNAMES:Bob',
        'item3.X-ABLabel:_$!<Spouse>!$_',
      ),
    ).contacts;
    assert.deepEqual(contact.emails, [{ value: 'a@example.com', type: 'other' }]);
    assert.deepEqual(contact.urls, [{ value: 'https://example.com', label: 'blog' }]);
    assert.deepEqual(contact.related, [{ value: 'Bob', type: 'spouse' }]);
    assert.deepEqual(contact.extras, []);
  });

  it("Apple's built-in labels are our types, not custom labels", () => {
    const [contact] = read(
      card(
        'VERSION:3.0',
        'FN:A',
        ...[
          ['TEL', '1', 'Mobile'],
          ['TEL', '2', 'iPhone'],
          ['TEL', '3', 'Main'],
          ['TEL', '4', 'HomeFAX'],
          ['TEL', '5', 'WorkFAX'],
          ['TEL', '6', 'Pager'],
          ['TEL', '7', 'Home'],
          ['TEL', '8', 'Work'],
          ['TEL', '9', 'Other'],
          ['URL', 'https\\://a.example', 'HomePage'],
          ['URL', 'https\\://b.example', 'Work'],
          ['ADR', ';;1 Main St;;;;', 'Home'],
        ].flatMap(([name, value, code], index) => [
          `item${index}.${name}:${value}`,
          `item${index}.X-ABLabel:_$!<${code}>!$_`,
        ]),
      ),
    ).contacts;
    assert.deepEqual(contact.phones, [
      { value: '1', type: 'cell' },
      { value: '2', type: 'cell' },
      { value: '3', type: 'other', label: 'main' },
      { value: '4', type: 'fax', label: 'home' },
      { value: '5', type: 'fax', label: 'work' },
      { value: '6', type: 'pager' },
      { value: '7', type: 'home' },
      { value: '8', type: 'work' },
      { value: '9', type: 'other' },
    ]);
    assert.deepEqual(contact.urls, [
      { value: 'https://a.example', type: 'home page' },
      { value: 'https://b.example', type: 'work' },
    ]);
    assert.deepEqual(contact.addresses, [{ type: 'home', street: '1 Main St' }]);
    assert.deepEqual(contact.extras, []);
  });

  it('keeps a home or work fax (TYPE=HOME,FAX) and writes it back as TYPE', () => {
    const [contact] = read(
      card(
        'VERSION:3.0',
        'FN:A',
        'TEL;TYPE=HOME,FAX:1',
        'TEL;TYPE=WORK;TYPE=FAX:2',
        'TEL;TYPE=FAX:3',
      ),
    ).contacts;
    assert.deepEqual(contact.phones, [
      { value: '1', type: 'fax', label: 'home' },
      { value: '2', type: 'fax', label: 'work' },
      { value: '3', type: 'fax' },
    ]);
    for (const version of ['3.0', '4.0'] as const) {
      const written = writeVCard([{ ...contact, tags: [] }], { version });
      assert.match(written, /\r\nTEL;TYPE=fax;TYPE=home:1\r\n/);
      assert.ok(!written.includes('X-ABLabel'), written);
      assert.deepEqual(read(written).contacts[0].phones, contact.phones);
    }
  });

  it('decodes quoted-printable soft breaks with any CHARSET through TextDecoder', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(
        'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-2;ENCODING=QUOTED-PRINTABLE:Iksi=F1=\r\nski;Piotr\r\n',
      ),
      ...new TextEncoder().encode('NOTE;CHARSET=windows-1252:Caf'),
      0xe9,
      0x20,
      0x80,
      ...new TextEncoder().encode(' 5\r\nEND:VCARD\r\n'),
    ]);
    const [contact] = read(bytes).contacts;
    assert.deepEqual(contact.name, { family: 'Iksiński', given: 'Piotr' });
    assert.equal(contact.note, 'Café € 5');
  });

  it('keeps unknown properties as extras and writes them back', () => {
    const text = card(
      'VERSION:4.0',
      'FN:A',
      'X-CUSTOM;X-A=1,2:some\\, value',
      'group1.X-THING:x',
      'GENDER:F',
    );
    const [contact] = read(text).contacts;
    assert.deepEqual(contact.extras, [
      { name: 'X-CUSTOM', params: { 'X-A': '1,2' }, value: 'some\\, value' },
      { name: 'X-THING', group: 'group1', params: {}, value: 'x' },
      { name: 'GENDER', params: {}, value: 'F' },
    ]);
    const written = writeVCard([contact]);
    assert.match(written, /\r\nX-CUSTOM;X-A=1,2:some\\, value\r\n/);
    assert.match(written, /\r\ngroup1\.X-THING:x\r\n/);
    assert.deepEqual(read(written).contacts[0].extras, contact.extras);
  });

  it('one broken card costs only itself', () => {
    const result = read(card('VERSION:3.0', 'N:;;;;') + card('VERSION:3.0', 'FN:Good'));
    assert.deepEqual(
      result.contacts.map((contact) => contact.formattedName),
      ['Good'],
    );
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].record, 1);
  });
});
