// The PDF listing with the shipped DejaVu Sans: pages, display order, replaced characters.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { parseContactInput, type ContactFields } from '../../src/core/contact.js';
import { listingBlocks } from '../../src/core/formats/listing.js';
import { writePdf } from '../../src/core/formats/pdf-write.js';
import { loadPhoneMetadata } from '../../src/core/phone-metadata.js';

// listingBlocks formats phones synchronously: it reads the metadata a book would have loaded.
await loadPhoneMetadata();

const font = new Uint8Array(
  readFileSync(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url)),
);
const contact = (input: unknown): ContactFields => {
  const parsed = parseContactInput(input);
  assert.ok(parsed.ok);
  return parsed.value;
};

describe('PDF listing', () => {
  it('paginates 150 contacts with Latin, Greek and Cyrillic, and replaces what the font lacks', async () => {
    const contacts = Array.from({ length: 150 }, (_, index) =>
      contact({
        name: { given: ['Ζωή', 'Пётр', 'Zoë'][index % 3], family: `Family ${index}` },
        organization: 'ACME',
        emails: [{ value: `person${index}@example.com`, type: 'work' }],
        phones: [{ value: '+32 2 555 12 34', type: 'cell' }],
        addresses: [
          {
            type: 'home',
            street: 'Rue Haute 1\nBoîte 2',
            locality: 'Bruxelles',
            postalCode: '1000',
          },
        ],
      }),
    );
    contacts.push(contact({ formattedName: '中文 한', note: 'not listed' }));
    const result = await writePdf(contacts, { font });
    assert.ok(result.pages > 3, `${result.pages} pages`);
    assert.equal(result.replacedCharacters, 3);
    const loaded = await PDFDocument.load(result.bytes);
    assert.equal(loaded.getPageCount(), result.pages);
    assert.ok(result.bytes.length < 400_000, 'the font is subset');
  });

  it('lists contacts in display order with their organization, e-mails, phones and addresses', () => {
    const contacts = [
      contact({
        name: { given: 'Zoë', family: 'Adams' },
        phones: [{ value: '123', type: 'home' }],
      }),
      contact({
        name: { given: 'Ann', family: 'Young' },
        organization: 'ACME',
        title: 'CTO',
        emails: [{ value: 'ann@acme.example' }],
      }),
      contact({
        organization: 'Museum',
        kind: 'organization',
        addresses: [{ street: '1 Main St', locality: 'Gent' }],
      }),
    ];
    assert.deepEqual(listingBlocks(contacts, 'last-first'), [
      ['Adams, Zoë', '123 (home)'],
      ['Museum', '1 Main St, Gent'],
      ['Young, Ann', 'CTO · ACME', 'ann@acme.example'],
    ]);
    assert.deepEqual(
      listingBlocks(contacts, 'first-last').map(([name]) => name),
      ['Ann Young', 'Museum', 'Zoë Adams'],
    );
  });

  it('shows phones national within the user region and international elsewhere', () => {
    const contacts = [
      contact({
        name: { given: 'Ana', family: 'Souza' },
        phones: [
          { value: '+5511978378988', type: 'cell' },
          { value: '+3225551234', type: 'work' },
          { value: 'ask reception', type: 'other' },
        ],
      }),
    ];
    assert.deepEqual(listingBlocks(contacts, 'last-first', { region: 'BR' }), [
      ['Souza, Ana', '(11) 97837-8988 (cell)', '+32 2 555 12 34 (work)', 'ask reception (other)'],
    ]);
    assert.deepEqual(listingBlocks(contacts)[0].slice(1, 3), [
      '+55 11 97837 8988 (cell)',
      '+32 2 555 12 34 (work)',
    ]);
  });

  it('no character crashes it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
        async (text) => {
          const result = await writePdf(
            [
              contact({
                formattedName: `x${text}`,
                note: text,
                phones: [{ value: `1${text}`, type: 'other' }],
              }),
            ],
            { font },
          );
          assert.ok(result.pages >= 1);
        },
      ),
      { numRuns: 15 },
    );
  });
});
