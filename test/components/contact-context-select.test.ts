import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import type { ContactContextSelect } from '../../src/components/contact-context-select.js';
import { allInside, inside, settle, until } from './helpers.js';
import { sampleDirectory, sharedStore } from '../core/sharing-fixtures.js';

const options = (element: Element) =>
  allInside<HTMLOptionElement>(element, 'option').map((option) => [
    option.value,
    option.textContent!.trim(),
  ]);

/** Picks a book in the select the way a user does. */
function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<contact-context-select>', () => {
  it('offers Private first, then the groups of the user', async () => {
    const directory = sampleDirectory();
    const element = await fixture<ContactContextSelect>(
      html`<contact-context-select .directory=${directory} user-id="ann"></contact-context-select>`,
    );
    expect(inside(element, 'label').textContent).to.contain('Address book');
    expect(options(element)).to.deep.equal([
      ['private-ann', 'Private'],
      ['group-club', 'Club'],
      ['group-team', 'Team'],
    ]);
    expect(inside<HTMLSelectElement>(element, 'select').value).to.equal('private-ann');
    element.userId = 'cleo';
    element.value = 'group-club';
    element.sharedBooks = ['private-ann'];
    await settle(element);
    expect(options(element)).to.deep.equal([
      ['private-cleo', 'Private'],
      ['group-club', 'Club'],
      ['private-ann', 'Ann (Private)'],
    ]);
    expect(inside<HTMLSelectElement>(element, 'select').value).to.equal('group-club');
  });

  it('tells which book the user chose', async () => {
    const element = await fixture<ContactContextSelect>(
      html`<contact-context-select
        .directory=${sampleDirectory()}
        user-id="ann"
      ></contact-context-select>`,
    );
    const changed = oneEvent(element, 'contact-context-change');
    choose(inside<HTMLSelectElement>(element, 'select'), 'group-team');
    expect((await changed).detail).to.deep.equal({ bookId: 'group-team' });
  });

  it('renders nothing without a directory', async () => {
    const element = await fixture<ContactContextSelect>(
      html`<contact-context-select user-id="ann"></contact-context-select>`,
    );
    expect(element.shadowRoot!.querySelector('select')).to.equal(null);
  });

  it('switches the book of <contact-book>, with the rights of the user there', async () => {
    const { store, directory, open } = sharedStore();
    const ann = await open('ann');
    await ann.create({ name: { given: 'Private', family: 'Person' } });
    const dan = await open('dan', 'group-club');
    await dan.create({ name: { given: 'Club', family: 'Person' } });
    const element = await fixture<ContactBookElement>(
      html`<contact-book .store=${store} .directory=${directory} user-id="ann"></contact-book>`,
    );
    await element.ready();
    await settle(element);
    const names = () =>
      allInside(element, 'contact-list', 'tbody tr').map((row) => row.textContent!.trim());
    expect(names().join()).to.contain('Person, Private');

    const select = inside<HTMLSelectElement>(element, 'contact-context-select', 'select');
    choose(select, 'group-club');
    await until(() => element.contactBook?.bookId === 'group-club', 'the Club book opens');
    await settle(element);
    await until(() => names().join().includes('Person, Club'), 'the Club contacts show');
    expect(names().join()).not.to.contain('Private');
    expect(element.contactBook!.bookName).to.equal('Club');
    // Ann is a plain member of Club: no New contact, the reason in the tooltip.
    const menu = allInside(element, '[part="toolbar"] contact-menu').find(
      (candidate) => candidate.getAttribute('label') === 'New',
    )!;
    inside<HTMLButtonElement>(menu, 'button[part="button"]').click();
    await settle(menu);
    const item = inside<HTMLButtonElement>(menu, '[role="menuitem"]');
    expect(item.disabled).to.equal(true);
    expect(item.title).to.equal('You may not add contacts to this book.');

    // Another user opens their own Private book.
    element.userId = 'bob';
    await until(() => element.contactBook?.bookId === 'private-bob', "Bob's Private book opens");
  });
});
