import { expect, html } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import type { ContactConfirm } from '../../src/components/contact-confirm.js';
import type { ContactTrash } from '../../src/components/contact-trash.js';
import { allInside, inside, provide, settle, until, buttonLabelled } from './helpers.js';

const button = buttonLabelled;

async function trashWith(names: string[]) {
  const book = await ContactBook.open({ store: new MemoryStore() });
  const contacts = await book.createMany(names.map((given) => ({ name: { given } })));
  await book.remove(contacts.map((contact) => contact.id));
  const trash = await provide<ContactTrash>(book, html`<contact-trash></contact-trash>`);
  await until(() => allInside(trash, 'tbody tr').length === names.length, 'the trash lists them');
  return { book, trash };
}

describe('<contact-trash>', () => {
  it('says how long contacts stay, in the singular for one day', async () => {
    const book = await ContactBook.open({ store: new MemoryStore(), trashDays: 1 });
    const trash = await provide<ContactTrash>(book, html`<contact-trash></contact-trash>`);
    await settle(trash);
    expect(inside(trash, 'p.muted').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Deleted contacts stay here for 1 day, then they are removed for good.',
    );
  });

  it('restores the selected contacts', async () => {
    const { book, trash } = await trashWith(['Ann', 'Bob']);
    const row = allInside(trash, 'tbody tr').find((r) => r.textContent!.includes('Bob'))!;
    row.querySelector('input')!.click();
    await settle(trash);
    button(trash, 'Restore selected').click();
    await until(() => book.size === 1, 'Bob is back');
    expect(book.all()[0].name.given).to.equal('Bob');
    await until(() => allInside(trash, 'tbody tr').length === 1, 'the trash shows what is left');
  });

  it('deletes for good only after a confirmation', async () => {
    const { book, trash } = await trashWith(['Ann']);
    allInside(trash, 'tbody tr')[0].querySelector('input')!.click();
    await settle(trash);
    button(trash, 'Delete forever').click();
    const confirm = inside<ContactConfirm>(trash, 'contact-confirm');
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'it asks first');
    await settle(confirm);
    expect(confirm.shadowRoot!.textContent).to.contain('cannot be undone');
    inside<HTMLButtonElement>(confirm, 'button[type="submit"]').click();
    await until(() => trash.shadowRoot!.textContent!.includes('The trash is empty.'), 'it is gone');
    expect(await book.trash()).to.have.length(0);
    expect(book.size).to.equal(0);
  });
});
