// Tags through import and export, end to end on real files of the corpus: Outlook Categories,
// Google labels and vCard CATEGORIES become the importing user's tags (missing ones created),
// and an export writes the user's tags back as CATEGORIES / Categories / Labels.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { ContactBook } from '../../src/core/book.js';
import { exportContacts, readContactFile } from '../../src/core/formats/index.js';
import { importContacts } from '../../src/core/formats/import-plan.js';
import type { TagRecord } from '../../src/core/tag-registry.js';

const corpus = (path: string) => {
  const bytes = new Uint8Array(
    readFileSync(new URL(`../fixtures/corpus/${path}`, import.meta.url)),
  );
  return readContactFile(bytes, path.split('/').pop());
};

/** Imports a corpus file into the book, as the import dialog does (no duplicates in a new book). */
async function importFile(book: ContactBook, path: string) {
  const file = corpus(path);
  const outcome = await importContacts(book, { contacts: file.contacts, tags: file.tags });
  assert.equal(outcome.stopped, undefined);
  return outcome.created;
}

const exported = async (book: ContactBook, format: 'vcard4' | 'outlook-csv' | 'google-csv') => {
  const file = await exportContacts(book.all(), format, { tagsOf: (id) => book.tagsOf(id) });
  return typeof file.data === 'string' ? file.data : new TextDecoder().decode(file.data);
};

describe('tags on import and export (corpus files)', () => {
  it("Outlook Categories become the user's tags, created in the default colour", async () => {
    const store = new MemoryStore();
    const book = await ContactBook.open({ store, userId: 'ann' });
    const [contact] = await importFile(book, 'csv/outlook-horde-bug_6311.csv');
    assert.deepEqual(book.tagsOf(contact.id), ['Programming']);
    assert.deepEqual(book.tagList(), [{ name: 'Programming', colour: 'grey' }]);
    const records = await store.getAll<TagRecord>('tags');
    assert.deepEqual(
      records.map(({ userId, name }) => [userId, name]),
      [['ann', 'Programming']],
    );
    const bob = await ContactBook.open({ store, userId: 'bob' });
    assert.deepEqual(bob.tagList(), [], "ann's imported tags are hers alone");
    assert.match(await exported(book, 'outlook-csv'), /Programming/);
  });

  it('Google labels become tags; an existing tag (any case) keeps its spelling and colour', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    await book.createTag('TEST', 'red');
    const [contact] = await importFile(book, 'csv/google-legacy-roundcube-gmail.csv');
    assert.deepEqual(book.tagsOf(contact.id), ['TEST']);
    assert.deepEqual(book.tagList(), [{ name: 'TEST', colour: 'red' }]);
    assert.match(await exported(book, 'google-csv'), /TEST/);
  });

  it('vCard CATEGORIES become tags shared by every contact that has them; export writes them back', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    const created = await importFile(book, 'vcard/ical4j-vcard-vCards-SAP.vcf');
    assert.ok(created.length > 1);
    assert.deepEqual(
      book.tagList().map((tag) => tag.name),
      ['Demo', 'Nepomuk(SAP)'],
    );
    for (const contact of created)
      assert.deepEqual(book.tagsOf(contact.id), ['Demo', 'Nepomuk(SAP)']);

    await book.setTagColour('Demo', 'blue');
    await book.setTags(created[0].id, ['Demo', 'Mine']);
    const vcf = await exported(book, 'vcard4');
    const categories: string[] = vcf.match(/^CATEGORIES:.*$/gm) ?? [];
    assert.equal(categories.length, created.length, 'every contact has its CATEGORIES');
    assert.ok(categories.includes('CATEGORIES:Demo,Mine'));
    assert.ok(categories.includes('CATEGORIES:Demo,Nepomuk(SAP)'));

    const again = await ContactBook.open({ store: new MemoryStore() });
    const reimported = readContactFile(new TextEncoder().encode(vcf), 'back.vcf');
    await importContacts(again, { contacts: reimported.contacts, tags: reimported.tags });
    assert.deepEqual(
      again.tagList().map((tag) => tag.name),
      ['Demo', 'Mine', 'Nepomuk(SAP)'],
      'the round trip keeps the tags',
    );
  });
});

describe('tags on import: a name over the limit', () => {
  it('is cut to 64 characters rather than refusing the batch', async () => {
    const long = `Very ${'long '.repeat(20)}category`;
    const vcf = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nCATEGORIES:${long},Short\r\nEND:VCARD\r\n`;
    const file = readContactFile(new TextEncoder().encode(vcf), 'long.vcf');
    const book = await ContactBook.open({ store: new MemoryStore() });
    const outcome = await importContacts(book, { contacts: file.contacts, tags: file.tags });
    assert.equal(outcome.stopped, undefined);
    const [name] = book.tagsOf(outcome.created[0].id);
    assert.equal(name.length <= 64, true);
    assert.ok(long.startsWith(name));
    assert.deepEqual(book.tagsOf(outcome.created[0].id).slice(1), ['Short']);
  });
});
