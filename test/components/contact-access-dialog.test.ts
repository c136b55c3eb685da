import { expect, html } from '@open-wc/testing';
import type { ContactAccessDialog } from '../../src/components/contact-access-dialog.js';
import type { ContactBook } from '../../src/core/index.js';
import { allInside, buttonLabelled, inside, provide, settle, until } from './helpers.js';
import { sharedStore } from '../core/sharing-fixtures.js';

/** Opens the dialog on a book (for one contact when given). */
async function openDialog(book: ContactBook, contact?: Parameters<ContactAccessDialog['show']>[0]) {
  const dialog = await provide<ContactAccessDialog>(
    book,
    html`<contact-access-dialog></contact-access-dialog>`,
  );
  await dialog.show(contact);
  await settle(dialog);
  return dialog;
}

const headings = (dialog: Element) =>
  allInside(dialog, 'thead th').map((cell) => cell.textContent!.trim());
const people = (dialog: Element) =>
  allInside(dialog, 'tbody th .name').map((cell) => cell.textContent!.trim());
const box = (dialog: Element, label: string) =>
  inside<HTMLInputElement>(dialog, `input[aria-label="${label}"]`);

/** Ticks or unticks a box the way a user does. */
async function tick(dialog: ContactAccessDialog, label: string) {
  box(dialog, label).click();
  await settle(dialog);
}

/** Each person's ticked columns, in the table's notation: "Bob: View Add contacts". */
function grid(dialog: Element): string[] {
  const columns = headings(dialog).slice(1);
  return allInside<HTMLTableRowElement>(dialog, 'tbody tr').map((row) => {
    const boxes = [...row.querySelectorAll('input')];
    const ticked = columns.filter((_column, index) => boxes[index].checked);
    return [row.querySelector('.name')!.textContent!.trim(), ...ticked].join(': ');
  });
}

describe('<contact-access-dialog>', () => {
  afterEach(() => {
    for (const dialog of document.querySelectorAll('div > contact-access-dialog'))
      dialog.parentElement!.remove();
  });

  it('shows the owner of a Private book everyone else × View / Edit / Add / Delete', async () => {
    const { open } = sharedStore();
    const dialog = await openDialog(await open('ann'));
    expect(inside(dialog, 'dialog').hasAttribute('open')).to.equal(true);
    expect(inside(dialog, 'h2').textContent).to.contain('Access to "Private"');
    expect(headings(dialog)).to.deep.equal([
      'Person',
      'View',
      'Edit contacts',
      'Add contacts',
      'Delete contacts',
    ]);
    expect(people(dialog)).to.deep.equal(['Bob', 'Cleo', 'Dan']);
  });

  it('holds the dependencies as you tick, warns on Delete, and saves the grants', async () => {
    const { open } = sharedStore();
    const ann = await open('ann');
    const dialog = await openDialog(ann);
    await tick(dialog, 'Add contacts: Bob');
    expect(grid(dialog)).to.deep.equal(['Bob: View: Add contacts', 'Cleo', 'Dan']);
    expect(dialog.shadowRoot!.querySelector('[part="warning"]')).to.equal(null);
    await tick(dialog, 'Delete contacts: Cleo');
    expect(grid(dialog)).to.deep.equal([
      'Bob: View: Add contacts',
      'Cleo: View: Delete contacts',
      'Dan',
    ]);
    expect(inside(dialog, '[part="warning"]').textContent).to.contain(
      'this extends to all your personal contacts',
    );
    await tick(dialog, 'View: Cleo');
    expect(grid(dialog)).to.deep.equal(['Bob: View: Add contacts', 'Cleo', 'Dan']);
    expect(dialog.shadowRoot!.querySelector('[part="warning"]')).to.equal(null);
    await tick(dialog, 'Edit contacts: Dan');
    await tick(dialog, 'Edit contacts: Dan');
    expect(grid(dialog)).to.deep.equal(['Bob: View: Add contacts', 'Cleo', 'Dan: View']);

    buttonLabelled(dialog, 'Save').click();
    await until(() => !inside(dialog, 'dialog').hasAttribute('open'), 'the dialog closes');
    expect(ann.access).to.deep.include({ grants: { bob: ['view', 'add'], dan: ['view'] } });
    const bob = await open('bob', 'private-ann');
    expect(bob.can('add')).to.equal(true);
    expect(bob.can('delete')).to.equal(false);

    await dialog.show();
    await settle(dialog);
    expect(grid(dialog)).to.deep.equal(['Bob: View: Add contacts', 'Cleo', 'Dan: View']);
  });

  it('is read-only, the reason in each tooltip, for someone who may not grant', async () => {
    const { open } = sharedStore();
    await (await open('ann')).setGrants({ bob: ['view', 'edit'] });
    const dialog = await openDialog(await open('bob', 'private-ann'));
    const boxes = allInside<HTMLInputElement>(dialog, 'tbody input');
    expect(boxes.length).to.be.greaterThan(0);
    for (const input of boxes) {
      expect(input.disabled).to.equal(true);
      expect(input.title).to.equal('Only the owner of this book grants access.');
    }
    expect(() => buttonLabelled(dialog, 'Save')).to.throw();
  });

  it('gives a group admin the members × Add / Delete, admins fixed', async () => {
    const { open } = sharedStore();
    const dan = await open('dan', 'group-club');
    const dialog = await openDialog(dan);
    expect(inside(dialog, 'h2').textContent).to.contain('Access to "Club"');
    expect(headings(dialog)).to.deep.equal(['Person', 'Add contacts', 'Delete contacts']);
    expect(grid(dialog)).to.deep.equal([
      'Ann',
      'Bob',
      'Cleo',
      'Dan: Add contacts: Delete contacts',
    ]);
    expect(box(dialog, 'Add contacts: Dan').disabled).to.equal(true);
    expect(box(dialog, 'Add contacts: Dan').title).to.equal('Admins add and delete.');
    await tick(dialog, 'Add contacts: Bob');
    await tick(dialog, 'Delete contacts: Cleo');
    buttonLabelled(dialog, 'Save').click();
    await until(() => !inside(dialog, 'dialog').hasAttribute('open'), 'the dialog closes');
    expect((await open('bob', 'group-club')).can('add')).to.equal(true);
    expect((await open('cleo', 'group-club')).can('delete')).to.equal(true);
    expect((await open('ann', 'group-club')).can('add')).to.equal(false);
  });

  it('grants edit on one group contact, its creator fixed', async () => {
    const { open } = sharedStore();
    const dan = await open('dan', 'group-club');
    await dan.setMemberGrants({ cleo: ['add'] });
    const cleo = await open('cleo', 'group-club');
    const gina = await cleo.create({ name: { given: 'Gina' } });
    const dialog = await openDialog(dan, gina);
    expect(inside(dialog, 'h2').textContent).to.contain('Who edits "Gina"');
    expect(headings(dialog)).to.deep.equal(['Person', 'Edit this contact']);
    expect(grid(dialog)).to.deep.equal(['Ann', 'Bob', 'Cleo: Edit this contact', 'Dan']);
    expect(box(dialog, 'Edit this contact: Cleo').disabled).to.equal(true);
    const bob = await open('bob', 'group-club');
    expect(bob.can('edit', gina)).to.equal(false);
    await tick(dialog, 'Edit this contact: Bob');
    buttonLabelled(dialog, 'Save').click();
    await until(() => bob.can('edit', gina), 'Bob may edit Gina');
    expect(dan.access).to.deep.include({ editors: { [gina.id]: ['bob'] } });
  });
});
