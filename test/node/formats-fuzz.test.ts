// No input crashes a reader: arbitrary bytes, and real files cut or corrupted at random places,
// give contacts that are all valid plus problems — never an exception.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseContactInput } from '../../src/core/contact.js';
import { readContactFile, readCsv, readLdif, readVCard } from '../../src/core/formats/index.js';

const corpus = new URL('../fixtures/corpus/', import.meta.url);
const files = ['vcard', 'csv', 'ldif'].flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, corpus)).map((file) => ({
    name: `${folder}/${file}`,
    bytes: new Uint8Array(readFileSync(new URL(`${folder}/${file}`, corpus))),
  })),
);

function assertSound(read: () => { contacts: unknown[]; tags: unknown[]; problems: unknown[] }) {
  const result = read();
  assert.equal(result.tags.length, result.contacts.length);
  for (const contact of result.contacts) assert.ok(parseContactInput(contact).ok);
}

describe('readers never throw', () => {
  it('on arbitrary bytes, as any format', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        for (const read of [readVCard, readCsv, readLdif]) assertSound(() => read(bytes));
        assertSound(() => readContactFile(bytes, 'x'));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('on corpus files cut short or with bytes overwritten', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        ({ name, bytes }, cut, edits) => {
          const broken = bytes.slice(0, cut % (bytes.length + 1));
          for (const [at, byte] of edits) if (broken.length) broken[at % broken.length] = byte;
          assertSound(() => readContactFile(broken, name));
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  it('on vCard-like text with every special character', () => {
    const piece = fc.constantFrom(
      'BEGIN:VCARD\r\n',
      'END:VCARD\r\n',
      'VERSION:2.1\r\n',
      'FN',
      'N',
      'EMAIL',
      'TEL',
      'ADR',
      ':',
      ';',
      ',',
      '=',
      '=\r\n',
      '\r\n ',
      '\r\n',
      '\n',
      '"',
      '\\',
      'ENCODING=QUOTED-PRINTABLE',
      'CHARSET=foo',
      'ENCODING=b',
      'item1.',
      'X-ABLabel',
      'TYPE=',
      'é',
      '\u0000',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        assertSound(() => readVCard(new TextEncoder().encode(pieces.join(''))));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});
