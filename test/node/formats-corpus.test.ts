// Every file of the corpus (test/fixtures/corpus, a copy of ../shared/corpus with its licences),
// checked against the facts MANIFEST.md lists for it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseContactInput, type ContactFields } from '../../src/core/contact.js';
import { readContactFile, type ContactFileResult } from '../../src/core/formats/index.js';

const corpus = new URL('../fixtures/corpus/', import.meta.url);
const read = (path: string): ContactFileResult =>
  readContactFile(new Uint8Array(readFileSync(new URL(path, corpus))), path);
const byName = (result: ContactFileResult, formattedName: string): ContactFields => {
  const contact = result.contacts.find((item) => item.formattedName === formattedName);
  assert.ok(
    contact,
    `no contact "${formattedName}" in ${result.contacts.map((item) => item.formattedName).join(' | ')}`,
  );
  return contact;
};
const emails = (contact: ContactFields) => contact.emails.map((email) => email.value);
const phones = (contact: ContactFields) =>
  contact.phones.map((phone) => `${phone.type} ${phone.value}`);

/** Cards / rows / entries that are contacts, per file (groups excluded). */
const EXPECTED_COUNTS: Record<string, number> = {
  'vcard/calcard-rfc.vcf': 7,
  'vcard/calcard-009.vcf': 10,
  'vcard/ezvcard-John_Doe_ANDROID.vcf': 6,
  'vcard/ezvcard-gmail-list.vcf': 3,
  'vcard/ezvcard-rfc2426-example.vcf': 2,
  'vcard/folkerkinzel-v3Utf16Bom.vcf': 2,
  'vcard/folkerkinzel-v4.vcf': 2,
  'vcard/ical4j-vcard-vCards-SAP.vcf': 30,
  'vcard/kcontacts-vcard10.vcf': 5,
  'vcard/thunderbird-export.vcf': 2,
  'csv/google-header.csv': 0,
  'csv/google-legacy-tine20.csv': 5,
  'csv/outlook2013-de-tine20.csv': 2,
  'csv/thunderbird-export.csv': 2,
  'csv/thunderbird-tab_comma_mixed.csv': 0,
  'csv/tine20-importtest_win1252.csv': 4,
  'ldif/horde-import.ldif': 2,
  'ldif/thunderbird-export.ldif': 2,
};

describe('corpus: every file', () => {
  for (const folder of ['vcard', 'csv', 'ldif']) {
    for (const file of readdirSync(new URL(`${folder}/`, corpus))) {
      const path = `${folder}/${file}`;
      it(`${path} reads as ${folder}, every contact valid`, () => {
        const result = read(path);
        assert.equal(result.format, folder);
        assert.equal(result.contacts.length, EXPECTED_COUNTS[path] ?? 1);
        assert.equal(result.tags.length, result.contacts.length);
        for (const contact of result.contacts) {
          const parsed = parseContactInput(contact);
          assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
          assert.ok(contact.formattedName.trim(), 'every contact has a name');
        }
        for (const problem of result.problems) assert.ok(problem.message && problem.line >= 0);
      });
    }
  }
});

describe('corpus: MANIFEST facts', () => {
  it('1. John_Doe_MS_OUTLOOK.vcf', () => {
    const [john] = read('vcard/ezvcard-John_Doe_MS_OUTLOOK.vcf').contacts;
    assert.equal(john.formattedName, 'Mr. John Richter James Doe Sr.');
    assert.deepEqual(
      [john.name.family, john.name.given, john.name.prefix, john.name.suffix],
      ['Doe', 'John', 'Mr.', 'Sr.'],
    );
    assert.equal(john.nickname, 'Johny');
    assert.deepEqual(
      [john.organization, john.department, john.title, john.role],
      ['IBM', 'Accounting', 'Money Counter', 'Counting Money'],
    );
    assert.deepEqual(john.emails, [{ value: 'john.doe@ibm.cm', pref: true }]);
    assert.deepEqual(phones(john), ['work (905) 555-1234', 'home (905) 666-1234']);
    assert.deepEqual(john.addresses[0], {
      type: 'work',
      street: 'Cresent moon drive',
      locality: 'Albaney',
      region: 'New York',
      postalCode: '12345',
      country: 'United States of America',
    });
    assert.deepEqual(
      [john.addresses[1].type, john.addresses[1].street, john.addresses[1].locality],
      ['home', 'Silicon Alley 5,', 'New York'],
    );
    assert.equal(john.birthday, '1980-03-22');
    assert.equal(john.anniversary, '2011-01-13');
    assert.equal(john.urls[0].value, 'http://www.ibm.com');
    assert.equal(john.photo?.mediaType, 'image/jpeg');
    assert.ok(atob(john.photo!.data).startsWith('\xff\xd8'), 'JPEG bytes');
  });

  it('2. John_Doe_IPHONE.vcf (CR CR LF)', () => {
    const [john] = read('vcard/ezvcard-John_Doe_IPHONE.vcf').contacts;
    assert.equal(john.formattedName, 'Mr. John Richter James Doe Sr.');
    assert.deepEqual(john.emails, [{ value: 'john.doe@ibm.com', pref: true }]);
    assert.deepEqual(phones(john), [
      'cell 905-555-1234',
      'home 905-666-1234',
      'work 905-777-1234',
      'fax 905-888-1234',
      'fax 905-999-1234',
      'pager 905-111-1234',
      'other 905-222-1234',
    ]);
    assert.equal(john.phones[0].pref, true);
    assert.equal(john.phones[6].label, 'assistant');
    const work = john.addresses.find((address) => address.type === 'work')!;
    assert.deepEqual(
      [work.street, work.locality, work.postalCode, work.country],
      ['Street4\nBuilding 6\nFloor 8', 'New York', '12345', 'USA'],
    );
    const home = john.addresses[0];
    assert.deepEqual(
      [home.type, home.street, home.locality, home.region, home.postalCode],
      ['home', 'Silicon Alley 5,', 'New York', 'New York', '12345'],
    );
    assert.equal(john.urls[0].value, 'http://www.ibm.com');
    assert.equal(john.birthday, '2012-06-06');
    assert.ok(atob(john.photo!.data).startsWith('\xff\xd8'));
  });

  it('3. John_Doe_ANDROID.vcf: six contacts, none lost', () => {
    const result = read('vcard/ezvcard-John_Doe_ANDROID.vcf');
    const [one, two, three, four, five, six] = result.contacts;
    assert.deepEqual(emails(one), ['john.doe@company.com']);
    assert.equal(one.formattedName, 'john.doe@company.com');
    assert.deepEqual(emails(two), ['jane.doe@company.com']);
    assert.equal(three.formattedName, 'Ñ Ñ Ñ Ñ Ñ ');
    assert.deepEqual(phones(three), ['cell 123456789']);
    assert.deepEqual(phones(four), ['cell 123456', 'home 234567', 'cell 3456789', 'home 45678901']);
    assert.equal(four.phones[0].pref, true);
    assert.equal(four.note?.split('\n').length, 2);
    assert.deepEqual(emails(five), ['bob@company.com']);
    assert.deepEqual(phones(five), ['cell 123456', 'work 123456', 'fax 123456']);
    assert.equal(five.urls.length, 2);
    assert.ok(five.photo);
    const notAnAddress = five.extras.find((extra) => extra.name === 'EMAIL');
    assert.equal(notAnAddress?.value, 'Ñ'.repeat(14));
    assert.ok(
      result.problems.some(
        (problem) => problem.record === 5 && problem.message.includes('Ñ'.repeat(14)),
      ),
    );
    assert.equal(six.formattedName, 'ÑÑÑÑ');
    assert.deepEqual(emails(six), ['henry@company.com']);
    assert.deepEqual(phones(six), ['cell 55556666']);
    assert.deepEqual(result.tags, [
      ['My Contacts'],
      ['My Contacts'],
      ['My Contacts'],
      ['My Contacts'],
      [],
      ['My Contacts'],
    ]);
  });

  it('4. roundcube-thebat.vcf (undeclared 8-bit)', () => {
    const [piotr] = read('vcard/roundcube-thebat.vcf').contacts;
    assert.equal(piotr.name.given, 'Piotr');
    assert.match(piotr.name.family!, /^Iksi.ski$/);
    assert.deepEqual(piotr.emails, [{ value: 'piotr.iksinski@somedomain.com', pref: true }]);
    assert.ok(piotr.extras.some((extra) => extra.name === 'X-GENDER' && /^m/i.test(extra.value)));
  });

  // MANIFEST.md says "Concepción"; the file's bytes say "Conceptión".
  it('5. roundcube-utf-16_sample.vcf (UTF-16BE, no BOM)', () => {
    const [card] = read('vcard/roundcube-utf-16_sample.vcf').contacts;
    assert.equal(card.formattedName, 'Ǽgean ĽdaMonté');
    assert.deepEqual([card.name.family, card.name.given], ['ĽdaMonté', 'Ǽgean']);
    assert.deepEqual(card.addresses, [
      {
        type: 'work',
        street: '169 Mária Canal',
        locality: 'LaPaz',
        region: 'Conceptión',
        postalCode: '245-876',
        country: 'Perú',
      },
    ]);
    assert.deepEqual([card.emails, card.phones], [[], []]);
  });

  it('6. aosp-v21_japanese_2.vcf (Shift_JIS)', () => {
    const [card] = read('vcard/aosp-v21_japanese_2.vcf').contacts;
    assert.equal(card.formattedName, '安藤 ロイド 1');
    assert.deepEqual([card.name.family, card.name.given], ['安藤', 'ロイド1']);
    const sound = card.extras.find((extra) => extra.name === 'SOUND');
    assert.match(sound!.value, /ｱﾝﾄﾞｳ;ﾛｲﾄﾞ1/);
    assert.equal(card.addresses[0].type, 'home');
    assert.equal(card.addresses[0].extended, '東京都渋谷区桜丘町26-1セルリアンタワー6階');
    assert.equal(card.addresses[0].postalCode, '150-8512');
    assert.equal(card.note, 'メモ');
  });

  it('7. kcontacts-vcard10.vcf', () => {
    const result = read('vcard/kcontacts-vcard10.vcf');
    const [bike, broken, notBroken, doctor, second] = result.contacts;
    assert.equal(bike.formattedName, 'Bike Shop');
    assert.equal(bike.addresses[0].type, 'work');
    assert.equal(bike.addresses[0].street, 'DDDDDDDDDDDDDDD-Staße 2\n00000 DDDDDDDDDD');
    assert.equal(bike.note, 'This one has a funny character at the end in the contact list');
    for (const card of [broken, notBroken]) {
      assert.deepEqual(card.addresses[0], {
        type: 'home',
        street: 'AAAAAAA-AäAAAAA 11',
        locality: 'Urt',
        postalCode: '00000',
      });
      assert.deepEqual(
        card.urls.map((url) => url.value),
        ['http://some-webseite.com'],
      );
    }
    assert.equal(broken.formattedName, 'Field after Address broken');
    assert.equal(notBroken.formattedName, 'Field after Address not broken');
    assert.equal(doctor.formattedName, 'Dr. med. Surname Name');
    assert.deepEqual(
      [doctor.name.family, doctor.name.given, doctor.name.prefix],
      ['Name', 'Surname', 'Dr. med.'],
    );
    assert.equal(doctor.title, 'Facharzt für Allgemeinmedizin');
    assert.equal(doctor.note?.split('\n').length, 6);
    assert.ok(doctor.note?.startsWith('Sprechzeiten:'));
    assert.ok(doctor.note?.includes('Do 14–19'));
    assert.deepEqual([second.formattedName, second.title], ['Second Doctor', 'Dentist']);
    assert.equal(second.addresses[0].street, 'DDDDDDDDDDDstraße 26\n00000 DDDDDDDDDDDDDDDDD');
  });

  it('8. eds-12.vcf', () => {
    const [michael] = read('vcard/eds-12.vcf').contacts;
    assert.equal(michael.formattedName, 'Michael Brüning');
    assert.deepEqual([michael.name.family, michael.name.given], ['Brüning', 'Michael']);
    assert.deepEqual(phones(michael), [
      'cell +491622433834',
      'cell 017623384942',
      'work +4973117546691',
    ]);
    assert.deepEqual(michael.emails, [{ value: 'ext-Michael.Bruning@nokia.com', type: 'work' }]);
    assert.deepEqual(michael.addresses, [
      {
        type: 'home',
        street: 'Münsterplatz 21',
        locality: 'Ulm',
        region: 'Baden-Württemberg',
        postalCode: '89073',
      },
    ]);
    assert.equal(michael.birthday, '1978-12-29');
  });

  it('9. folkerkinzel-Hebrew-utf8.vcf (UTF-8 BOM, RTL)', () => {
    const [card] = read('vcard/folkerkinzel-Hebrew-utf8.vcf').contacts;
    assert.equal(card.formattedName, 'אפרים קישון');
    assert.deepEqual(card.name, { family: 'Kishon', given: 'Ephraim' });
    assert.deepEqual([card.emails, card.phones, card.addresses, card.extras], [[], [], [], []]);
  });

  it('10. ical4j-vcard-vCards-SAP.vcf (ISO-8859-1 in 3.0)', () => {
    const result = read('vcard/ical4j-vcard-vCards-SAP.vcf');
    assert.ok(result.tags.every((tags) => tags.includes('Demo') && tags.includes('Nepomuk(SAP)')));
    assert.equal(result.contacts[0].formattedName, 'Gwendolina Brown');
    assert.deepEqual(emails(result.contacts[0]), ['Gwendolina.Brown@sap.com']);
    assert.equal(result.contacts[29].formattedName, 'Diana Smith');
    for (const name of ['Ingrid Spaßlund', 'Günther Blümchen', 'Berit Müller'])
      byName(result, name);
    const margit = byName(result, 'Margit Stern');
    assert.deepEqual(margit.emails, []);
    assert.deepEqual(
      [
        margit.addresses[0].type,
        margit.addresses[0].street,
        margit.addresses[0].postalCode,
        margit.addresses[0].locality,
        margit.addresses[0].country,
      ],
      ['work', 'Brotmannstraße 7', '85635', 'Siegertsbrunn', 'Deutschland'],
    );
    assert.equal(result.contacts.flatMap(emails).length, 29);
    const travel = result.contacts[4];
    assert.deepEqual(
      [travel.formattedName, travel.organization, travel.kind],
      ['Karlsruhe Travel', 'Karlsruhe Travel', 'organization'],
    );
    assert.deepEqual([travel.name.family, travel.name.given], ['Töcken', 'Frida']);
    assert.deepEqual(emails(travel), ['Frida.Tocken@karlsruhetravel.com']);
  });

  it('11. outlook-horde-bug_6311.csv', () => {
    const result = read('csv/outlook-horde-bug_6311.csv');
    const [john] = result.contacts;
    assert.deepEqual(
      [john.name.given, john.name.family, john.organization],
      ['John', 'Smith', 'International Inc'],
    );
    assert.deepEqual(phones(john), [
      'fax (123) 555-1111',
      'work (123) 555-2222',
      'cell (123) 555-3333',
    ]);
    assert.deepEqual(emails(john), ['john@example.com']);
    assert.deepEqual(result.tags, [['Programming']]);
    assert.equal(john.note, 'PHP\nPerl\nPython\n');
    assert.equal(john.birthday, undefined);
    assert.equal(john.anniversary, undefined);
  });

  it('outlook-horde-bug_6370 / 6372: a name derived from a multi-line street is one line', () => {
    for (const [file, name] of [
      ['csv/outlook-horde-bug_6370.csv', 'Big Tower\'", 1" Floor'],
      ['csv/outlook-horde-bug_6372.csv', '123, 12th Floor,'],
    ]) {
      const [contact] = read(file).contacts;
      assert.ok(contact.formattedName.startsWith(name), contact.formattedName);
      assert.ok(!/[\r\n]/.test(contact.formattedName), file);
      assert.match(contact.addresses[0].street ?? '', /\n/);
    }
  });

  it('12. outlook2013-de-tine20.csv (Windows-1252, German headers)', () => {
    const result = read('csv/outlook2013-de-tine20.csv');
    const christian = byName(result, 'Christian Baumann');
    assert.deepEqual([christian.organization, christian.title], ['unittest', 'Vertrieb']);
    assert.deepEqual(christian.addresses, [
      {
        type: 'work',
        street: 'Pickhuben 2',
        postalCode: '20457',
        locality: 'Hamburg',
        country: 'Deutschland',
      },
    ]);
    assert.deepEqual(phones(christian), ['work +49 (0) 40 6432131-550']);
    assert.deepEqual(emails(christian), ['c.baumann@unittest.de']);
    const cornelius = byName(result, 'Cornelius Weiß');
    assert.deepEqual(emails(cornelius), ['c.weiss@unittest.de']);
    assert.deepEqual(phones(cornelius), [
      'work 040 6432131545',
      'home 040 6432131545',
      'cell 0176 164321545',
    ]);
    assert.ok(result.contacts.every((contact) => contact.birthday === undefined));
  });

  it('13. google-legacy-roundcube-gmail.csv', () => {
    const result = read('csv/google-legacy-roundcube-gmail.csv');
    const [card] = result.contacts;
    assert.deepEqual(card.name, {
      given: 'Firstname',
      additional: 'Middle',
      family: 'Lastname',
      prefix: 'Prefix',
      suffix: 'Suffix',
    });
    assert.deepEqual(
      [card.nickname, card.birthday, card.note],
      ['nick', '1975-12-12', 'note"note'],
    );
    assert.deepEqual(result.tags, [['Test']]);
    assert.deepEqual(card.emails, [
      { value: 'home@aaa.pl', type: 'home', pref: true },
      { value: 'work@email.pl', type: 'work' },
      { value: 'unknown@email.com' },
      { value: 'other@email.com', type: 'other' },
    ]);
    assert.deepEqual(card.phones.map((phone) => phone.value).sort(), [
      'homefax',
      'homephone',
      'mainphone',
      'mobile',
      'pager',
      'workfax',
      'workphone',
    ]);
    assert.deepEqual(card.addresses[0], {
      type: 'home',
      street: 'home_street',
      pobox: 'home_pobox',
      locality: 'home_city',
      region: 'home_state',
      postalCode: 'home_zip',
      country: 'home_country',
    });
    assert.deepEqual(card.addresses[1], {
      type: 'work',
      street: 'work_street',
      locality: 'work_city',
      postalCode: 'work_zip',
      country: 'work_country',
    });
    assert.deepEqual([card.organization, card.title], ['company', 'jobtitle']);
    assert.deepEqual(card.related, [{ value: 'spouse', type: 'spouse' }]);
    assert.deepEqual(card.urls, [
      { value: 'test.com', type: 'profile' },
      { value: 'home.page.com', type: 'home page' },
    ]);
  });

  it('14. thunderbird-basic_ldif_addressbook.ldif', () => {
    const [card] = read('ldif/thunderbird-basic_ldif_addressbook.ldif').contacts;
    assert.equal(card.formattedName, 'Display Name');
    assert.deepEqual(card.name, { given: 'First', family: 'Last' });
    assert.equal(card.nickname, 'Nickname');
    assert.deepEqual(card.emails, [
      { value: 'primaryemail@host.invalid', pref: true },
      { value: 'secondemail@host.invalid' },
    ]);
    assert.deepEqual(phones(card), [
      'work 123-456-7890',
      'home 234-567-8901',
      'fax 345-678-9012',
      'pager 456-789-0123',
      'cell 567-890-1234',
    ]);
    assert.deepEqual(card.addresses, [
      {
        type: 'home',
        street: 'Home Address Line 1',
        extended: 'Home Address Line 2',
        locality: 'Home City',
        region: 'Home State',
        postalCode: 'Home Zip',
        country: 'Home Country',
      },
      {
        type: 'work',
        street: 'Work Address Line 1',
        extended: 'Work Address Line 2',
        locality: 'Work City',
        region: 'Work State',
        postalCode: 'Work Zip',
        country: 'Work Country',
      },
    ]);
    assert.deepEqual(
      [card.title, card.department, card.organization],
      ['Job Title', 'Department', 'Organization Name'],
    );
    assert.deepEqual(card.urls, [
      { value: 'http://127.0.0.1', type: 'work' },
      { value: 'http://localhost', type: 'home' },
    ]);
    assert.equal(card.birthday, '1900-01-02');
    assert.equal(card.note, 'Notes line 1\nNotes line 2\nNotes line 3\nNotes line 4');
  });

  it('15. horde-bug_6518.ldif (base64 dn, cn, sn)', () => {
    const [card] = read('ldif/horde-bug_6518.ldif').contacts;
    assert.equal(card.formattedName, 'John Püblic');
    assert.deepEqual(card.name, { given: 'John', family: 'Püblic' });
    assert.deepEqual(emails(card), ['john@example.com']);
  });
});

describe('bad input', () => {
  it('an empty file is one problem', () => {
    const result = readContactFile(new Uint8Array(), 'empty.vcf');
    assert.deepEqual(
      [result.contacts.length, result.problems[0].message],
      [0, 'The file is empty'],
    );
  });
  it('a binary file is one problem, not a crash', () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, index) => (index * 7919) % 256);
    const result = readContactFile(bytes, 'photo.jpg');
    assert.equal(result.format, undefined);
    assert.equal(result.problems.length, 1);
  });
  it('a JSON array of contacts (as convert writes it) reads with its tags', () => {
    const json = JSON.stringify([
      {
        id: 'x',
        revision: 3,
        formattedName: 'Ada',
        emails: [{ value: 'ada@example.com' }],
        tags: ['Math'],
      },
      { formattedName: 'Bad', emails: [{ value: 'not an address' }] },
    ]);
    const result = readContactFile(new TextEncoder().encode(json), 'export');
    assert.equal(result.format, 'json');
    assert.deepEqual(
      [result.contacts.map((contact) => contact.formattedName), result.tags],
      [['Ada'], [['Math']]],
    );
    assert.deepEqual(
      result.problems.map((problem) => problem.record),
      [2],
    );
  });
  it('a CSV with 10,000 columns is one clear problem', () => {
    const header = Array.from({ length: 10_000 }, (_, index) => `Column ${index}`).join(',');
    const result = readContactFile(
      new TextEncoder().encode(`${header}\n${'x,'.repeat(9_999)}x\n`),
      'wide.csv',
    );
    assert.equal(result.contacts.length, 0);
    assert.match(result.problems[0].message, /10000 columns/);
  });
  it('LDIF continuation lines (a line starting with one space) join', () => {
    const ldif =
      'dn: cn=Folded\ncn: Fol\n ded Name\nmail: folded@example.com\ndescription: one\n  two\n';
    const [card] = readContactFile(new TextEncoder().encode(ldif), 'x.ldif').contacts;
    assert.deepEqual([card.formattedName, card.note], ['Folded Name', 'one two']);
  });
  it('a Google current-layout CSV: " ::: " values, system labels not tags', () => {
    const header = readFileSync(new URL('csv/google-header.csv', corpus), 'utf8').trimEnd();
    const columns = header.split(',');
    const row = columns.map(
      (column) =>
        ({
          'First Name': 'Ana',
          'Last Name': 'Lima',
          Labels: '* myContacts ::: * starred ::: Friends',
          'E-mail 1 - Label': '* Work',
          'E-mail 1 - Value': 'ana@work.example ::: ana@other.example',
        })[column] ?? '',
    );
    const result = readContactFile(
      new TextEncoder().encode(`${header}\n${row.join(',')}\n`),
      'google.csv',
    );
    assert.deepEqual(result.tags, [['Friends']]);
    assert.deepEqual(result.contacts[0].emails, [
      { value: 'ana@work.example', type: 'work', pref: true },
      { value: 'ana@other.example', type: 'work', pref: true },
    ]);
  });
});
