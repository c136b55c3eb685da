// The core and the memory adapter run in Node with no DOM: the CLI and the server rely on it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import { ValidationError } from '../../src/core/errors.js';

test('ContactBook works in Node on a MemoryStore', async () => {
  const book = await ContactBook.open({ store: new MemoryStore() });
  const created = await book.create({
    name: { given: 'Éloïse', family: 'Zola' },
    phones: [{ value: '+1 212 555 0123', type: 'work' }],
  });
  await book.create({ name: { given: 'Adam', family: 'Ébert' } });
  assert.equal(created.phones[0].value, '+12125550123');
  assert.equal(created.formattedName, 'Éloïse Zola');
  assert.deepEqual(
    book.list().contacts.map((contact) => contact.name.family),
    ['Ébert', 'Zola'],
  );
  await assert.rejects(book.create({ emails: [{ value: 'nope' }] }), ValidationError);
  assert.equal(book.size, 2);
});
