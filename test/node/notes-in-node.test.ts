// Comments and attachments in Node on a MemoryStore: Node 20's structuredClone must keep Blobs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import { attachmentFileId, type AttachmentFile } from '../../src/core/attachments.js';

test('a MemoryStore keeps an attached file, bytes and type, in Node', async () => {
  const store = new MemoryStore();
  const book = await ContactBook.open({ store });
  const contact = await book.create({ name: { given: 'Jane' } });
  const file = new File([new Uint8Array([1, 2, 3, 255])], 'data.bin', {
    type: 'application/octet-stream',
  });
  const attachment = await book.attachments.attachFile(contact.id, file);
  assert.equal(attachment.name, 'data.bin');
  const blob = await book.attachments.open(contact.id, attachment.id);
  assert.equal(blob.type, 'application/octet-stream');
  assert.deepEqual([...new Uint8Array(await blob.arrayBuffer())], [1, 2, 3, 255]);
  const stored = await store.get<AttachmentFile>(
    'attachments',
    attachmentFileId(contact.id, attachment.id),
  );
  assert.ok(stored?.blob instanceof Blob);
  assert.notEqual(stored.blob, blob, 'every read is a copy');
});

test('comments work in Node', async () => {
  const book = await ContactBook.open({ store: new MemoryStore() });
  const contact = await book.create({ name: { given: 'Jane' } });
  await book.comments.add(contact.id, 'Hello from Node');
  assert.equal((await book.comments.list(contact.id))[0].text, 'Hello from Node');
  assert.equal(book.comments.count(contact.id), 1);
});
