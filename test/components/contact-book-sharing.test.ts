import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import type { ContactConfirm } from '../../src/components/contact-confirm.js';
import { allInside, buttonLabelled, chooseMenu, inside, settle, type, until } from './helpers.js';
import { sharedStore } from '../core/sharing-fixtures.js';

async function mount(setup: ReturnType<typeof sharedStore>, userId: string, bookId = '') {
  const element = await fixture<ContactBookElement>(
    html`<contact-book
      .store=${setup.store}
      .directory=${setup.directory}
      user-id=${userId}
      book-id=${bookId}
    ></contact-book>`,
  );
  await element.ready();
  await settle(element);
  return element;
}

function moreMenu(element: ContactBookElement) {
  return allInside(element, '[part="toolbar"] contact-menu').find(
    (menu) => menu.getAttribute('label') === 'More',
  )!;
}

/** The More menu's item with that label, with the menu open. */
async function moreItem(element: ContactBookElement, label: string) {
  const menu = moreMenu(element);
  inside<HTMLButtonElement>(menu, 'button[part="button"]').click();
  await settle(menu);
  return buttonLabelled(menu, label, '[role="menuitem"]');
}

const rows = (element: ContactBookElement) =>
  allInside<HTMLTableRowElement>(element, 'contact-list', 'tbody tr');

/** Clicks the first row of the list; resolves with the details pane once it shows the contact. */
async function selectFirst(element: ContactBookElement) {
  rows(element)[0]
    .querySelector('td:nth-child(2)')!
    .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  const details = inside(element, 'contact-details');
  await until(() => !!details.shadowRoot!.querySelector('article'), 'the details show');
  await settle(details);
  return details;
}

describe('<contact-book> with a directory', () => {
  it('opens the Access grid for the owner; others see why they may not', async () => {
    const setup = sharedStore();
    const owner = await mount(setup, 'ann');
    await chooseMenu(moreMenu(owner), 'Access…');
    const dialog = inside(owner, 'contact-access-dialog');
    await until(() => inside<HTMLDialogElement>(dialog, 'dialog').open, 'the grid opens');
    expect(inside(dialog, 'h2').textContent).to.contain('Access to "Private"');

    const member = await mount(setup, 'bob', 'group-club');
    const item = await moreItem(member, 'Access…');
    expect(item.disabled).to.equal(true);
    expect(item.title).to.equal('Only the group’s admins grant access.');
  });

  it('puts the book selector first in the toolbar, reached by the arrow keys', async () => {
    const element = await mount(sharedStore(), 'ann');
    const select = inside<HTMLSelectElement>(element, 'contact-context-select', 'select');
    const menu = allInside(element, '[part="toolbar"] contact-menu')[0];
    inside<HTMLButtonElement>(menu, 'button[part="button"]').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await until(
      () => inside(element, 'contact-context-select').shadowRoot!.activeElement === select,
      'the book selector has the focus',
    );
  });

  it("gives a group admin a contact's own Access dialog from its details", async () => {
    const setup = sharedStore();
    const dan = await setup.open('dan', 'group-club');
    await dan.setMemberGrants({ cleo: ['add'] });
    await (await setup.open('cleo', 'group-club')).create({ name: { given: 'Gina' } });
    const element = await mount(setup, 'dan', 'group-club');
    const details = await selectFirst(element);
    buttonLabelled(details, 'Access…').click();
    const dialog = inside(element, 'contact-access-dialog');
    await until(() => inside<HTMLDialogElement>(dialog, 'dialog').open, 'the dialog opens');
    expect(inside(dialog, 'h2').textContent).to.contain('Who edits "Gina"');

    const member = await mount(setup, 'bob', 'group-club');
    const memberDetails = await selectFirst(member);
    const access = buttonLabelled(memberDetails, 'Access…');
    expect(access.disabled).to.equal(true);
    expect(access.title).to.equal('Only the group’s admins grant access.');
    expect(buttonLabelled(memberDetails, 'Edit').title).to.equal('You may not edit this contact.');
  });

  it('says so when the user may not see the book, and lists it once granted', async () => {
    const setup = sharedStore();
    const ann = await setup.open('ann');
    await ann.create({ name: { given: 'Jane', family: 'Doe' } });
    const element = await mount(setup, 'bob', 'private-ann');
    expect(inside(element, '[role="alert"]').textContent).to.contain(
      'You may not see this address book.',
    );
    expect(element.shadowRoot!.querySelector('contact-list')).to.equal(null);
    await ann.setGrants({ bob: ['view'] });
    await until(() => !!element.shadowRoot!.querySelector('contact-list'), 'the list shows');
    await settle(element, inside(element, 'contact-list'));
    expect(rows(element)).to.have.length(1);
    const options = allInside<HTMLOptionElement>(element, 'contact-context-select', 'option');
    expect(options.map((option) => option.textContent!.trim())).to.include('Ann (Private)');
  });

  it('"Include group data" finds contacts of the groups too; choosing one opens its group', async () => {
    const setup = sharedStore();
    const ann = await setup.open('ann');
    await ann.createMany([
      { name: { given: 'Jane', family: 'Doe' }, organization: 'Acme' },
      { name: { given: 'Bob' } },
    ]);
    const dan = await setup.open('dan', 'group-club');
    const janet = await dan.create({
      name: { given: 'Janet', family: 'Clubber' },
      organization: 'Acme',
    });
    const element = await mount(setup, 'ann');
    const search = inside(element, 'contact-search');
    await settle(element, search);
    const field = inside<HTMLInputElement>(search, 'input[type="search"]');
    type(field, 'acme');
    await until(() => rows(element).length === 1, 'only Private matches at first');

    inside<HTMLInputElement>(search, 'input[type="checkbox"]').click();
    await until(() => rows(element).length === 2, 'the Club contact joins the results');
    expect(rows(element).map((row) => row.textContent!.replace(/\s+/g, ' '))).to.satisfy(
      (texts: string[]) => texts.some((text) => text.includes('Clubber, Janet')),
    );
    const row = rows(element).find((candidate) => candidate.textContent!.includes('Clubber'))!;
    row
      .querySelector('td:nth-child(2)')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await until(() => element.contactBook?.bookId === 'group-club', 'the Club book opens');
    const details = inside(element, 'contact-details');
    await until(
      () => details.shadowRoot!.querySelector('h2')?.textContent?.includes('Janet') ?? false,
      'Janet is selected there',
    );
    expect(element.contactBook!.find(janet.id)).to.not.equal(undefined);
  });

  it('deleting a shared contact in a group unshares it: no trash, no Undo', async () => {
    const setup = sharedStore();
    const ann = await setup.open('ann');
    const jane = await ann.create({ name: { given: 'Jane', family: 'Doe' } });
    await ann.shareWith(jane.id, ['group-team']);
    const element = await mount(setup, 'ann', 'group-team');
    expect(rows(element)).to.have.length(1);
    await chooseMenu(rows(element)[0].querySelector('contact-menu')!, 'Delete');
    const confirm = inside<ContactConfirm>(element, 'contact-confirm');
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'it asks first');
    inside<HTMLButtonElement>(confirm, 'button[type="submit"]').click();
    await until(() => element.contactBook!.size === 0, 'Jane leaves Team');
    await settle(element);
    expect(inside(element, '[part="notice"]').textContent).to.contain('removed from "Team"');
    expect(element.shadowRoot!.querySelector('[part="notice"] button')).to.equal(null);
    expect(ann.find(jane.id)?.sharedWith).to.deep.equal([]);
    expect(await ann.trash()).to.deep.equal([]);
  });
});
