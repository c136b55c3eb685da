import { expect, html } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import { MemoryDirectory } from '../../src/core/directory.js';
import type { ContactAttachments } from '../../src/components/contact-attachments.js';
import type { ContactComments } from '../../src/components/contact-comments.js';
import { inside, provide, until } from './helpers.js';
import { grantsRecord } from '../core/book-stores.js';

const directory = new MemoryDirectory({
  users: [
    { id: 'me', name: 'Mia Owner', email: 'me@example.com' },
    { id: 'ann', name: 'Ann Lee', email: 'ann@example.com' },
  ],
  groups: [],
});

/** Ann (granted view and edit) comments on and links to Jane in my book; I look at them. */
async function annWroteOnJane() {
  const store = new MemoryStore();
  const owner = await ContactBook.open({ store, directory, userId: 'me' });
  const jane = await owner.create({ name: { given: 'Jane' } });
  await store.write([grantsRecord({ ann: ['view', 'edit'] })]);
  const ann = await ContactBook.open({ store, directory, userId: 'ann', bookId: owner.bookId });
  await ann.comments.add(jane.id, 'Called her back');
  await ann.attachments.attachLink(jane.id, 'https://example.com/cv', { name: 'CV' });
  return { owner, jane };
}

describe('authors of comments and attachments', () => {
  it('shows the author of a comment by name from the directory, not by user id', async () => {
    const { owner, jane } = await annWroteOnJane();
    const element = await provide<ContactComments>(
      owner,
      html`<contact-comments .contact=${jane}></contact-comments>`,
    );
    await until(() => !!element.shadowRoot!.querySelector('li[part="comment"]'), 'it shows');
    expect(inside(element, 'li[part="comment"] .author').textContent!.trim()).to.equal('Ann Lee');
  });

  it('says who added an attachment by name from the directory, not by user id', async () => {
    const { owner, jane } = await annWroteOnJane();
    const element = await provide<ContactAttachments>(
      owner,
      html`<contact-attachments .contact=${jane}></contact-attachments>`,
    );
    await until(() => !!element.shadowRoot!.querySelector('li[part="item"]'), 'it shows');
    expect(inside(element, 'li[part="item"] .added').textContent!.replace(/\s+/g, ' ')).to.match(
      /by Ann Lee\s*$/,
    );
  });
});
