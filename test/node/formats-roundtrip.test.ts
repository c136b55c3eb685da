// Export → import gives back the same contacts (fast-check), for arbitrary valid contacts with
// unicode, commas, semicolons, colons, backslashes and newlines in every text field; and what we
// write as vCard parses without errors in ical.js (Thunderbird's parser).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { parse as parseStrictVCard4 } from 'vcard4';
import {
  deriveFormattedName,
  formatName,
  parseContactInput,
  type ContactFields,
} from '../../src/core/contact.js';
import { readCsv } from '../../src/core/formats/csv-read.js';
import { writeCsv, type CsvLayout } from '../../src/core/formats/csv-write.js';
import type { ExportContact } from '../../src/core/formats/types.js';
import { readVCard } from '../../src/core/formats/vcard-read.js';
import { escapeText } from '../../src/core/formats/vcard-values.js';
import { writeVCard, type VCardVersion } from '../../src/core/formats/vcard-write.js';

const RUNS = Number(process.env.FC_RUNS ?? 150);
const encode = (text: string) => new TextEncoder().encode(text);

const isPrintable = (text: string) =>
  [...text].every((char) => {
    const code = char.codePointAt(0)!;
    return char === '\n' || (code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0));
  });
/** Text with the characters formats trip on, never blank, no CR (line ends are normalised). */
const text = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(
        ',',
        ';',
        ':',
        '\\',
        '\n',
        '"',
        "'",
        '=',
        '+',
        '-',
        '@',
        '^',
        ' ',
        'é',
        'ß',
        'Ж',
        'Ω',
        '中',
        '😀',
        '\u05d0',
      ),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 10,
  })
  .filter((value) => value.trim() !== '' && isPrintable(value) && !value.includes(' ::: '));
/** Text as a label or TYPE parameter: one line, trimmed. */
const word = text
  .map((value) => value.replace(/\n/g, ' ').trim())
  .filter((value) => value !== '' && !/^(_\$!<|\* )/.test(value));
const phoneValue = text
  .map((value) => value.trim())
  .filter((value) => value !== '' && !/^tel:|;ext=/i.test(value));
const email = fc.emailAddress().filter((value) => parseContactInput({ emails: [{ value }] }).ok);
const date = fc
  .tuple(
    fc.integer({ min: 1900, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.boolean(),
  )
  .map(([year, month, day, withYear]) => {
    const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return withYear ? `${year}-${monthDay}` : `--${monthDay}`;
  });
/** Tags; Outlook's Categories split on ";", so its tags hold none (the writer warns). */
const tagsOf = (semicolons: boolean) =>
  fc.uniqueArray(
    text
      .map((value) => value.trim())
      .filter(
        (value) => value !== '' && !value.startsWith('* ') && (semicolons || !value.includes(';')),
      ),
    { maxLength: 3 },
  );
const tags = tagsOf(true);
const addressParts = {
  pobox: text,
  extended: text,
  street: text,
  locality: text,
  region: text,
  postalCode: text,
  country: text,
};
const name = fc.record(
  { prefix: text, given: text, additional: text, family: text, suffix: text },
  { requiredKeys: [] },
);

/** Any valid contact (what vCard holds). */
const anyContact = fc
  .record(
    {
      kind: fc.constantFrom('individual', 'organization'),
      name,
      formattedName: fc.oneof(fc.constant(''), text),
      nickname: text,
      organization: text,
      department: text,
      title: text,
      role: text,
      emails: fc.array(
        fc.record(
          {
            value: email,
            type: fc.constantFrom('home', 'work', 'other'),
            label: word,
            pref: fc.constant(true),
          },
          { requiredKeys: ['value'] },
        ),
        { maxLength: 3 },
      ),
      phones: fc.array(
        fc.record(
          {
            value: phoneValue,
            type: fc.constantFrom('cell', 'home', 'work', 'fax', 'pager', 'other'),
            label: word,
            pref: fc.constant(true),
          },
          { requiredKeys: ['value', 'type'] },
        ),
        { maxLength: 3 },
      ),
      addresses: fc.array(
        fc.record(
          { type: fc.constantFrom('home', 'work', 'other'), label: word, ...addressParts },
          { requiredKeys: ['street'] },
        ),
        { maxLength: 2 },
      ),
      urls: fc.array(
        fc.record(
          {
            value: text,
            type: word.filter((value) => value.toLowerCase() !== 'pref'),
            label: word,
          },
          { requiredKeys: ['value'] },
        ),
        {
          maxLength: 2,
        },
      ),
      ims: fc.array(
        fc.record(
          {
            value: text,
            service: word,
            type: word.filter((value) => value.toLowerCase() !== 'pref'),
          },
          { requiredKeys: ['value'] },
        ),
        {
          maxLength: 2,
        },
      ),
      birthday: date,
      anniversary: date,
      related: fc.array(
        fc.record(
          { value: text, type: fc.oneof(word, fc.constantFrom('spouse', 'child', 'manager')) },
          { requiredKeys: ['value'] },
        ),
        {
          maxLength: 2,
        },
      ),
      note: text,
      photo: fc.record({
        mediaType: fc.constantFrom('image/jpeg', 'image/png', 'image/gif'),
        data: fc
          .uint8Array({ minLength: 1, maxLength: 60 })
          .map((bytes) => btoa(String.fromCharCode(...bytes))),
      }),
      extras: fc.array(
        fc.record(
          {
            name: fc.stringMatching(/^X-T[A-Z0-9]{1,6}$/),
            group: fc.stringMatching(/^g[a-z0-9]{1,4}$/),
            params: fc.dictionary(
              fc.stringMatching(/^X-P[A-Z]{1,3}$/),
              word.filter((value) => !value.includes(',')),
              { maxKeys: 2 },
            ),
            value: text.map(escapeText),
          },
          { requiredKeys: ['name', 'params', 'value'] },
        ),
        { maxLength: 2 },
      ),
    },
    {
      requiredKeys: [
        'kind',
        'name',
        'formattedName',
        'emails',
        'phones',
        'addresses',
        'urls',
        'ims',
        'related',
        'extras',
      ],
    },
  )
  .filter((contact) => parseContactInput(contact).ok);

/** The contact the reader should give back: FN filled in, as parseContactInput outputs it. */
function expected(contact: unknown): ContactFields {
  const parsed = parseContactInput(contact);
  assert.ok(parsed.ok);
  const fields = parsed.value;
  return {
    ...fields,
    formattedName: fields.formattedName.trim() ? fields.formattedName : deriveFormattedName(fields),
  };
}

describe('vCard round trip', () => {
  for (const version of ['4.0', '3.0'] as VCardVersion[]) {
    it(`vCard ${version}: export → import gives the same contacts and tags`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(anyContact, tags), { minLength: 1, maxLength: 3 }),
          (entries) => {
            const contacts: ExportContact[] = entries.map(([contact, contactTags]) => ({
              ...expected(contact),
              tags: contactTags,
            }));
            const written = writeVCard(contacts, { version });
            const result = readVCard(encode(written));
            assert.deepEqual(result.problems, []);
            assert.deepEqual(
              result.contacts,
              entries.map(([contact]) => expected(contact)),
            );
            assert.deepEqual(
              result.tags,
              entries.map(([, contactTags]) => contactTags),
            );
          },
        ),
        { numRuns: RUNS },
      );
    });

    it(`vCard ${version}: ical.js parses our output without errors`, () => {
      fc.assert(
        fc.property(fc.array(anyContact, { minLength: 1, maxLength: 3 }), (contacts) => {
          const written = writeVCard(contacts.map(expected), { version });
          const parsed = ICAL.parse(written) as unknown[];
          const cards = Array.isArray(parsed[0]) ? parsed : [parsed];
          assert.equal(cards.length, contacts.length);
          for (const card of cards) {
            const component = new ICAL.Component(card as never);
            assert.equal(component.getFirstPropertyValue('version'), version);
            assert.ok(component.getFirstPropertyValue('fn'));
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('vcard4 (a strict RFC 6350 parser) accepts a full 4.0 card we write', () => {
    // Not a property test: vcard4 itself throws on valid input such as a parameter value "=".
    const contact = expected({
      kind: 'organization',
      name: { given: 'Jane', family: 'Doe' },
      organization: 'ACME',
      department: 'R&D',
      title: 'CTO',
      emails: [{ value: 'jane@acme.example', type: 'work', pref: true }],
      phones: [{ value: '+3225551234', type: 'cell', label: 'own' }],
      addresses: [
        { type: 'work', street: '1 Main St\nFloor 2', locality: 'Brussels', country: 'Belgium' },
      ],
      urls: [{ value: 'https://acme.example', type: 'work' }],
      ims: [{ value: 'xmpp:jane@acme.example', service: 'Jabber' }],
      birthday: '--04-15',
      anniversary: '2001-06-30',
      related: [{ value: 'John', type: 'spouse' }],
      note: 'Met at FOSDEM; likes tea',
      photo: { mediaType: 'image/png', data: 'iVBORw0KGgo=' },
      extras: [{ name: 'X-CUSTOM1', params: {}, value: 'one' }],
    });
    const parsed = parseStrictVCard4(writeVCard([{ ...contact, tags: ['Work', 'VIP'] }])) as {
      parsedVcard: { property: string }[];
    };
    assert.ok(parsed.parsedVcard.some((property) => property.property === 'CATEGORIES'));
  });

  it('why vcard4 does not read our files: it rejects 3.0 and sloppy input, and mis-reads values', () => {
    const legacy =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEMAIL;TYPE=INTERNET:a@b.example\r\nEND:VCARD\r\n';
    assert.throws(() => parseStrictVCard4(legacy));
    const lf = 'BEGIN:VCARD\nVERSION:4.0\nFN:A\nNOTE:x\nEND:VCARD\n';
    assert.throws(() => parseStrictVCard4(lf));
    // A TEXT value that URL.canParse accepts ("re:" looks like a scheme) keeps its escapes.
    const note = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nNOTE:re: lunch\\, at 12\r\nEND:VCARD\r\n';
    const parsed = parseStrictVCard4(note) as {
      parsedVcard: { property: string; value: unknown }[];
    };
    const value = parsed.parsedVcard.find((property) => property.property === 'NOTE')?.value;
    assert.equal(value, 're: lunch\\, at 12');
    assert.equal(readVCard(encode(note)).contacts[0].note, 're: lunch, at 12');
  });

  it('writes lines of at most 75 octets, CRLF, folded without splitting characters', () => {
    const written = writeVCard([
      { ...expected({ formattedName: 'Ж'.repeat(100), note: '😀'.repeat(50) }), tags: [] },
    ]);
    for (const line of written.split('\r\n'))
      assert.ok(new TextEncoder().encode(line).length <= 75, line);
    assert.ok(!written.replace(/\r\n/g, '').includes('\n'));
    assert.equal(readVCard(encode(written)).contacts[0].note, '😀'.repeat(50));
  });

  it('vCard 3.0 writes a yearless birthday the Apple way', () => {
    const written = writeVCard([{ ...expected({ formattedName: 'A', birthday: '--04-15' }) }], {
      version: '3.0',
    });
    assert.match(written, /\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15\r\n/);
    assert.equal(readVCard(encode(written)).contacts[0].birthday, '--04-15');
  });
});

// What each CSV layout can hold, so that a round trip is exact.
const csvText = text.filter((value) => !value.includes(' ::: '));
const outlookSlots: [string, string | undefined][] = [
  ['work', 'main'],
  ['work', undefined],
  ['work', undefined],
  ['home', undefined],
  ['home', undefined],
  ['cell', undefined],
  ['fax', 'work'],
  ['fax', 'home'],
  ['fax', undefined],
  ['pager', undefined],
  ['other', 'main'],
  ['other', 'assistant'],
  ['other', 'car'],
  ['other', undefined],
];
/** The fields both CSV layouts hold as they are. */
const csvFields = {
  name,
  formattedName: fc.oneof(
    fc.constant(''),
    csvText.map((value) => value.trim()).filter((value) => value !== ''),
  ),
  organization: csvText,
  department: csvText,
  title: csvText,
  note: csvText,
  birthday: date,
  anniversary: date,
};
const outlookContact = fc
  .record(
    {
      ...csvFields,
      emails: fc.array(fc.record({ value: email }), { maxLength: 3 }),
      phones: fc
        .uniqueArray(fc.nat({ max: outlookSlots.length - 1 }), { maxLength: 4 })
        .chain((slots) =>
          fc.tuple(
            ...slots.map((slot) =>
              phoneValue.map((value) => {
                const [type, label] = outlookSlots[slot];
                return label ? { value, type, label } : { value, type };
              }),
            ),
          ),
        ),
      addresses: fc
        .uniqueArray(fc.constantFrom('work', 'home', 'other'), { maxLength: 3 })
        .chain((types) =>
          fc.tuple(
            ...types.map((type) =>
              fc.record(
                { type: fc.constant(type), ...addressParts },
                { requiredKeys: ['type', 'street'] },
              ),
            ),
          ),
        ),
      urls: fc.array(fc.record({ value: csvText }), { maxLength: 1 }),
      related: fc
        .uniqueArray(fc.constantFrom('assistant', 'manager', 'spouse'), { maxLength: 3 })
        .chain((types) =>
          fc.tuple(...types.map((type) => fc.record({ value: csvText, type: fc.constant(type) }))),
        ),
    },
    { requiredKeys: ['name', 'emails', 'phones', 'addresses', 'urls', 'related'] },
  )
  .filter((contact) => parseContactInput(contact).ok);

const GOOGLE_WORDS =
  /^(home|work|other|mobile|pager|fax|home fax|work fax|blog|profile|home page|ftp|spouse|child|mother|father|parent|brother|sister|friend|relative|manager|assistant|partner|domestic partner|referred by)$/i;
const googleWord = word.filter((value) => !GOOGLE_WORDS.test(value));
const googleContact = fc
  .record(
    {
      ...csvFields,
      nickname: csvText,
      emails: fc.array(
        fc.oneof(
          fc.record(
            {
              value: email,
              type: fc.constantFrom('home', 'work', 'other'),
              pref: fc.constant(true),
            },
            { requiredKeys: ['value'] },
          ),
          fc.record(
            { value: email, label: googleWord, pref: fc.constant(true) },
            { requiredKeys: ['value', 'label'] },
          ),
        ),
        { maxLength: 3 },
      ),
      phones: fc.array(
        fc.oneof(
          fc.record(
            {
              value: phoneValue,
              type: fc.constantFrom('cell', 'home', 'work', 'pager', 'other'),
              pref: fc.constant(true),
            },
            { requiredKeys: ['value', 'type'] },
          ),
          fc.record(
            { value: phoneValue, type: fc.constant('fax'), label: fc.constantFrom('home', 'work') },
            { requiredKeys: ['value', 'type'] },
          ),
          fc.record({ value: phoneValue, type: fc.constant('other'), label: googleWord }),
        ),
        { maxLength: 3 },
      ),
      addresses: fc.array(
        fc.oneof(
          fc.record(
            { type: fc.constantFrom('home', 'work', 'other'), ...addressParts },
            { requiredKeys: ['street'] },
          ),
          fc.record({ label: googleWord, ...addressParts }, { requiredKeys: ['label', 'street'] }),
        ),
        { maxLength: 2 },
      ),
      urls: fc.array(
        fc.record(
          { value: csvText, type: fc.oneof(googleWord, fc.constantFrom('home', 'blog')) },
          { requiredKeys: ['value'] },
        ),
        { maxLength: 2 },
      ),
      ims: fc.array(
        fc.record({ value: csvText, service: word, type: word }, { requiredKeys: ['value'] }),
        { maxLength: 2 },
      ),
      related: fc.array(
        fc.record(
          { value: csvText, type: fc.oneof(googleWord, fc.constantFrom('spouse', 'child')) },
          { requiredKeys: ['value'] },
        ),
        {
          maxLength: 2,
        },
      ),
    },
    { requiredKeys: ['name', 'emails', 'phones', 'addresses', 'urls', 'ims', 'related'] },
  )
  .filter((contact) => parseContactInput(contact).ok);

/**
 * What Outlook gives back: it has no display-name column, so an FN the reader would not derive
 * again comes back as the first name when the name is empty, else is lost (with a warning).
 */
function outlookExpected(contact: unknown): { want: ContactFields; warns: boolean } {
  const want = expected(contact);
  const derived = deriveFormattedName({ ...want, formattedName: '' });
  if (want.formattedName === derived) return { want, warns: false };
  if (!formatName(want.name))
    return { want: { ...want, name: { given: want.formattedName } }, warns: false };
  return { want: { ...want, formattedName: derived }, warns: true };
}

/** Order-free comparison where a layout's columns fix the order (Outlook's phone slots). */
const sorted = <T>(items: readonly T[]) => [...items].map((item) => JSON.stringify(item)).sort();

describe('CSV round trip', () => {
  for (const [layout, arbitrary] of [
    ['outlook', outlookContact],
    ['google', googleContact],
  ] as const) {
    it(`${layout} CSV: export → import gives the same contacts and tags`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(arbitrary as fc.Arbitrary<object>, tagsOf(layout === 'google')), {
            minLength: 1,
            maxLength: 3,
          }),
          (entries) => {
            const contacts = entries.map(([contact, contactTags]) => ({
              ...expected(contact),
              tags: contactTags,
            }));
            const { text: written, warnings } = writeCsv(contacts, { layout: layout as CsvLayout });
            const outlook = entries.map(([contact]) => outlookExpected(contact));
            const fnWarnings = layout === 'outlook' ? outlook.filter((item) => item.warns) : [];
            assert.equal(warnings.length, fnWarnings.length, warnings.join('\n'));
            for (const warning of warnings) assert.match(warning, /the formatted name/);
            const result = readCsv(encode(written));
            assert.deepEqual(result.problems, []);
            assert.equal(result.preset, layout);
            const want =
              layout === 'outlook'
                ? outlook.map((item) => item.want)
                : entries.map(([contact]) => expected(contact));
            if (layout === 'outlook') {
              for (const [index, contact] of result.contacts.entries()) {
                const { phones, addresses, related, ...rest } = contact;
                const {
                  phones: wantPhones,
                  addresses: wantAddresses,
                  related: wantRelated,
                  ...wantRest
                } = want[index];
                assert.deepEqual(rest, wantRest);
                assert.deepEqual(sorted(phones), sorted(wantPhones));
                assert.deepEqual(sorted(addresses), sorted(wantAddresses));
                assert.deepEqual(sorted(related), sorted(wantRelated));
              }
              assert.equal(result.contacts.length, want.length);
            } else {
              assert.deepEqual(result.contacts, want);
            }
            assert.deepEqual(
              result.tags,
              entries.map(([, contactTags]) => contactTags),
            );
          },
        ),
        { numRuns: RUNS },
      );
    });
  }

  it('neutralises = + - @ at the start of a cell, and reads them back', () => {
    const contact = expected({
      name: { given: '=SUM(A1)', family: '+1', additional: '-x', suffix: '@y', prefix: "'=z" },
    });
    for (const layout of ['outlook', 'google'] as const) {
      const { text: written } = writeCsv([contact], { layout });
      for (const cell of ['"\'=SUM(A1)"', '"\'+1"', '"\'-x"', '"\'@y"', '"\'\'=z"'])
        assert.ok(written.includes(cell), `${layout}: ${cell}`);
      assert.deepEqual(readCsv(encode(written)).contacts[0].name, contact.name);
    }
  });

  it('leaves plain phone numbers and dates alone, and guards tab, CR and formulas', () => {
    const contact = expected({
      formattedName: 'A',
      phones: [
        { value: '+32 2 555 01 00', type: 'work' },
        { value: '+1 (555) 010-0000', type: 'home' },
        { value: '-2+3', type: 'cell' },
        { value: '+1', type: 'pager' },
      ],
      birthday: '--04-15',
      anniversary: '2001-06-30',
      note: '\tx',
      department: '\r=cmd',
    });
    for (const layout of ['outlook', 'google'] as const) {
      const { text: written } = writeCsv([contact], { layout });
      for (const cell of ['"+32 2 555 01 00"', '"+1 (555) 010-0000"', '"\'-2+3"', '"\'+1"'])
        assert.ok(written.includes(cell), `${layout}: ${cell}`);
      assert.ok(written.includes('"\'\tx"') && written.includes('"\'\r=cmd"'), layout);
      assert.ok(written.includes(layout === 'google' ? '"--04-15"' : '"6/30/2001"'), layout);
      assert.ok(!written.includes("'--04-15"), layout);
      const [back] = readCsv(encode(written)).contacts;
      assert.deepEqual(sorted(back.phones), sorted(contact.phones));
      assert.deepEqual([back.birthday, back.note], ['--04-15', '\tx']);
    }
  });

  it('writes an FN-only contact: Google "File As", Outlook First Name', () => {
    const contact = { ...expected({ formattedName: 'John Doe' }), tags: [] };
    for (const layout of ['outlook', 'google'] as const) {
      const { text: written, warnings } = writeCsv([contact], { layout });
      assert.deepEqual(warnings, []);
      assert.equal(readCsv(encode(written)).contacts[0]?.formattedName, 'John Doe', layout);
    }
    const renamed = { ...expected({ formattedName: 'Dr J', name: { given: 'J', family: 'D' } }) };
    assert.match(writeCsv([renamed]).warnings.join(), /the formatted name "Dr J"/);
  });

  it('warns when an Outlook category holds ";"', () => {
    const contact = { ...expected({ formattedName: 'A' }), tags: ['a;b', 'c'] };
    assert.match(writeCsv([contact]).warnings.join(), /"a;b" reads back as several/);
    assert.deepEqual(writeCsv([contact], { layout: 'google' }).warnings, []);
  });

  it('reports what the Outlook layout cannot hold', () => {
    const contact = expected({
      formattedName: 'A',
      nickname: 'Al',
      ims: [{ value: 'xmpp:a@b.c' }],
      emails: [1, 2, 3, 4].map((n) => ({ value: `a${n}@b.example` })),
    });
    const { warnings } = writeCsv([contact], { layout: 'outlook' });
    assert.equal(warnings.length, 3);
  });
});
