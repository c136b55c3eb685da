// Import planning against a real ContactBook on the memory store: duplicates, merge, capacity,
// chunked writes with progress, abort; and exportContacts in every format.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { ContactBook } from '../../src/core/book.js';
import { parseContactInput, type ContactFields } from '../../src/core/contact.js';
import { EXPORT_FORMATS, exportContacts, readContactFile } from '../../src/core/formats/index.js';
import {
  findDuplicates,
  importContacts,
  mergeContact,
} from '../../src/core/formats/import-plan.js';

const fields = (input: unknown): ContactFields => {
  const parsed = parseContactInput(input);
  assert.ok(parsed.ok);
  return parsed.value;
};

async function bookWith(...inputs: unknown[]): Promise<ContactBook> {
  const book = await ContactBook.open({ store: new MemoryStore() });
  if (inputs.length) await book.createMany(inputs.map(fields));
  return book;
}

describe('import plan', () => {
  it('finds duplicates by e-mail (any case) and phone (any formatting)', async () => {
    const book = await bookWith(
      { name: { given: 'Jane' }, emails: [{ value: 'Jane@Example.com' }] },
      { name: { given: 'Bob' }, phones: [{ value: '+32 2 555 12 34', type: 'work' }] },
    );
    const incoming = [
      fields({ name: { given: 'J.' }, emails: [{ value: 'jane@example.COM' }] }),
      fields({ name: { given: 'New' }, emails: [{ value: 'new@example.com' }] }),
      fields({ name: { given: 'Robert' }, phones: [{ value: '+3225551234', type: 'cell' }] }),
    ];
    const matches = findDuplicates(incoming, book.all());
    assert.deepEqual(
      matches.map((match) => [match.index, match.existing.name.given, match.value]),
      [
        [0, 'Jane', 'jane@example.COM'],
        [2, 'Bob', '+3225551234'],
      ],
    );
  });

  it("stores the file's tags as the user's tags, adding to a merged contact's own", async () => {
    const book = await bookWith({
      name: { given: 'Jane' },
      emails: [{ value: 'jane@example.com' }],
    });
    const [jane] = book.all();
    await book.setTags(jane.id, ['Friends']);
    const incoming = [
      fields({ name: { given: 'Jane' }, emails: [{ value: 'jane@example.com' }] }),
      fields({ name: { given: 'Kim' } }),
      fields({ name: { given: 'Lee' } }),
    ];
    const outcome = await importContacts(book, {
      contacts: incoming,
      tags: [['golf', 'friends'], ['Work'], []],
      duplicates: findDuplicates(incoming, book.all()),
      choices: new Map([[0, 'merge' as const]]),
    });
    assert.equal(outcome.stopped, undefined);
    assert.deepEqual(book.tagsOf(jane.id), ['Friends', 'golf']);
    const [kim, lee] = outcome.created;
    assert.deepEqual(book.tagsOf(kim.id), ['Work']);
    assert.deepEqual(book.tagsOf(lee.id), []);
  });

  it('skips, merges or adds each duplicate as chosen; nothing else changes', async () => {
    const book = await bookWith(
      { name: { given: 'Jane' }, emails: [{ value: 'jane@example.com' }], note: 'old' },
      { name: { given: 'Bob' }, emails: [{ value: 'bob@example.com' }] },
    );
    const incoming = [
      fields({
        name: { given: 'Jane', family: 'Doe' },
        emails: [{ value: 'jane@example.com' }, { value: 'j@work.example' }],
        note: 'new',
      }),
      fields({ name: { given: 'Bobby' }, emails: [{ value: 'bob@example.com' }] }),
      fields({ name: { given: 'Carol' }, emails: [{ value: 'carol@example.com' }] }),
    ];
    const duplicates = findDuplicates(incoming, book.all());
    const progress: number[] = [];
    const outcome = await importContacts(book, {
      contacts: incoming,
      tags: [['a'], ['b'], ['c']],
      duplicates,
      choices: new Map([
        [0, 'merge'],
        [1, 'skip'],
      ]),
      onProgress: (done) => progress.push(done),
    });
    assert.equal(outcome.skipped, 1);
    assert.deepEqual(
      outcome.created.map((contact) => contact.name.given),
      ['Carol'],
    );
    assert.deepEqual(outcome.createdTags, [['c']]);
    const jane = outcome.merged[0];
    assert.deepEqual(jane.name, { given: 'Jane', family: 'Doe' });
    assert.deepEqual(
      jane.emails.map((email) => email.value),
      ['jane@example.com', 'j@work.example'],
    );
    assert.equal(jane.note, 'old\n\nnew');
    assert.equal(book.size, 3);
    assert.deepEqual(progress, [1, 2]);
  });

  it('imports up to the book capacity, in chunks, and reports the rest as skipped', async () => {
    const book = await bookWith({ formattedName: 'Already here' });
    const incoming = Array.from({ length: 25 }, (_, index) =>
      fields({ formattedName: `Person ${index}` }),
    );
    const progress: [number, number][] = [];
    const outcome = await importContacts(book, {
      contacts: incoming,
      tags: [],
      maxContacts: 21,
      chunkSize: 6,
      onProgress: (done, total) => progress.push([done, total]),
    });
    assert.equal(outcome.created.length, 20);
    assert.equal(outcome.skipped, 5);
    assert.equal(book.size, 21);
    assert.deepEqual(progress, [
      [6, 20],
      [12, 20],
      [18, 20],
      [20, 20],
    ]);
  });

  it('stops between chunks when aborted', async () => {
    const book = await bookWith();
    const controller = new AbortController();
    const incoming = Array.from({ length: 10 }, (_, index) =>
      fields({ formattedName: `P${index}` }),
    );
    const outcome = await importContacts(book, {
      contacts: incoming,
      tags: [],
      chunkSize: 4,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    assert.equal(book.size, 4);
    assert.deepEqual(
      [outcome.created.length, outcome.total, outcome.stopped],
      [4, 10, 'cancelled'],
    );
  });

  it('a write the book refuses stops the import and reports what was written', async () => {
    const book = await bookWith();
    const incoming = Array.from({ length: 10 }, (_, index) =>
      fields({ formattedName: `P${index}` }),
    );
    // A contact that passed reading but that the book refuses (the third chunk).
    incoming[8] = { ...incoming[8], emails: [{ value: 'no address' }] };
    const outcome = await importContacts(book, { contacts: incoming, tags: [], chunkSize: 4 });
    assert.equal(book.size, 8);
    assert.equal(outcome.created.length, 8);
    assert.equal(outcome.total, 10);
    assert.match(outcome.stopped ?? '', /e-mail/i);
  });

  it('mergeContact keeps the existing values and adds what is new', async () => {
    const book = await bookWith({
      name: { given: 'A' },
      organization: 'Old Co',
      phones: [{ value: '+32 2 555 12 34', type: 'work' }],
    });
    const merged = mergeContact(
      book.all()[0],
      fields({
        name: { family: 'B' },
        organization: 'New Co',
        title: 'CTO',
        phones: [{ value: '+3225551234', type: 'cell' }],
      }),
    );
    assert.deepEqual(
      [merged.name, merged.organization, merged.title, merged.phones.length],
      [{ given: 'A', family: 'B' }, 'Old Co', 'CTO', 1],
    );
    assert.ok(parseContactInput(merged).ok);
  });
});

describe('exportContacts', () => {
  it('writes every format, and each readable one reads back', async () => {
    const contacts = readContactFile(
      new Uint8Array(readFileSync(new URL('../fixtures/corpus/vcard/eds-12.vcf', import.meta.url))),
    ).contacts;
    const font = new Uint8Array(
      readFileSync(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url)),
    );
    for (const format of EXPORT_FORMATS) {
      const file = await exportContacts(contacts, format, { font });
      const bytes = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data;
      if (format === 'pdf') {
        assert.equal(new TextDecoder().decode(bytes.subarray(0, 5)), '%PDF-');
        continue;
      }
      const back = readContactFile(bytes, `x.${file.extension}`);
      assert.equal(back.contacts[0].formattedName, 'Michael Brüning', format);
    }
    await assert.rejects(exportContacts(contacts, 'pdf'), TypeError);
  });
});
