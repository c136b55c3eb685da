import { expect, html, oneEvent } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import type { ContactList } from '../../src/components/contact-list.js';
import { allInside, chooseMenu, inside, provide, settle, buttonLabelled } from './helpers.js';

async function listOf(count: number) {
  const book = await ContactBook.open({ store: new MemoryStore() });
  await book.setPreferences({ pageSize: 5 });
  await book.createMany(
    Array.from({ length: count }, (_, n) => ({
      name: { given: `Given${n}`, family: `Family${String(n).padStart(2, '0')}` },
      emails: [{ value: `person${n}@example.org` }],
    })),
  );
  const list = await provide<ContactList>(book, html`<contact-list></contact-list>`);
  return { book, list };
}

const rowsOf = (list: ContactList) => allInside<HTMLTableRowElement>(list, 'tbody tr');
const pagerButton = (list: ContactList, label: string) => buttonLabelled(list, label, 'nav button');

describe('<contact-list>', () => {
  it('pages by the page-size preference, sorted by the display order', async () => {
    const { book, list } = await listOf(12);
    expect(rowsOf(list)).to.have.length(5);
    expect(rowsOf(list)[0].textContent).to.contain('Family00, Given0');
    expect(list.shadowRoot!.textContent).to.contain('1–5 of 12');
    expect(pagerButton(list, 'Previous').disabled).to.be.true;
    pagerButton(list, 'Next').click();
    await settle(list);
    pagerButton(list, 'Next').click();
    await settle(list);
    expect(rowsOf(list)).to.have.length(2);
    expect(list.shadowRoot!.textContent).to.contain('11–12 of 12');
    expect(pagerButton(list, 'Next').disabled).to.be.true;

    await book.setPreferences({ displayOrder: 'first-last', pageSize: 50 });
    await settle(list);
    expect(rowsOf(list)).to.have.length(12);
    expect(rowsOf(list)[0].textContent).to.contain('Given0 Family00');
  });

  it('one click selects, a double click opens, Enter and Shift+Enter do the same by keyboard', async () => {
    const { list } = await listOf(3);
    const [first, second] = rowsOf(list);
    setTimeout(() => first.click());
    const selected = await oneEvent(list, 'contact-select');
    expect(selected.detail.contact.name.given).to.equal('Given0');
    setTimeout(() =>
      first.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true })),
    );
    const opened = await oneEvent(list, 'contact-open');
    expect(opened.detail.contact.name.given).to.equal('Given0');

    second.focus();
    setTimeout(() =>
      second.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })),
    );
    expect((await oneEvent(list, 'contact-select')).detail.contact.name.given).to.equal('Given1');
    setTimeout(() =>
      second.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }),
      ),
    );
    expect((await oneEvent(list, 'contact-open')).detail.contact.name.given).to.equal('Given1');
    second.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(list.shadowRoot!.activeElement).to.equal(rowsOf(list)[2]);
  });

  it('keeps one row of the page in the Tab order and moves it with the arrows', async () => {
    const { list } = await listOf(3);
    expect(rowsOf(list).map((row) => row.tabIndex)).to.deep.equal([0, -1, -1]);
    rowsOf(list)[0].focus();
    rowsOf(list)[0].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }),
    );
    await settle(list);
    expect(rowsOf(list).map((row) => row.tabIndex)).to.deep.equal([-1, 0, -1]);
    expect(inside(list, 'table').getAttribute('role')).to.equal('grid');
  });

  it('selects a page with the top checkbox and asks to delete the selection', async () => {
    const { list } = await listOf(7);
    const top = inside<HTMLInputElement>(list, '.bar input[type="checkbox"]');
    setTimeout(() => top.click());
    const change = await oneEvent(list, 'contact-selection-change');
    expect(change.detail.ids).to.have.length(5);
    await settle(list);
    expect(
      allInside<HTMLInputElement>(list, 'tbody input[type="checkbox"]').every((box) => box.checked),
    ).to.be.true;
    rowsOf(list)[0].querySelector('input')!.click();
    await settle(list);
    expect(top.indeterminate).to.be.true;
    setTimeout(() => void chooseMenu(inside(list, '.bar contact-menu'), 'Delete selected'));
    const request = await oneEvent(list, 'contact-delete');
    expect(request.detail.contacts).to.have.length(4);
  });

  it('offers Details, Edit and Delete per contact', async () => {
    const { list } = await listOf(2);
    const menu = rowsOf(list)[1].querySelector('contact-menu')!;
    setTimeout(() => void chooseMenu(menu, 'Edit'));
    expect((await oneEvent(list, 'contact-edit')).detail.contact!.name.given).to.equal('Given1');
    setTimeout(() => void chooseMenu(menu, 'Details'));
    expect((await oneEvent(list, 'contact-open')).detail.contact.name.given).to.equal('Given1');
  });

  it('shows search results instead of the book when given, and an empty state', async () => {
    const { book, list } = await listOf(3);
    list.results = book.all().filter((contact) => contact.name.given === 'Given2');
    await settle(list);
    expect(rowsOf(list)).to.have.length(1);
    list.resultsTotal = 1015;
    await settle(list);
    expect(list.shadowRoot!.textContent).to.contain('1–1 of the best 1 (1,015 match)');
    list.results = [];
    list.resultsTotal = 0;
    await settle(list);
    expect(list.shadowRoot!.textContent).to.contain('No contacts match.');
  });

  it('ends the tag chips that do not fit with an ellipsis, not mid-letter', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    await book.createTag('Golf', 'yellow');
    await book.createTag('Family and friends', 'green');
    const [helene] = await book.createMany([{ name: { given: 'Hélène', family: 'Bénard' } }]);
    await book.setTags(helene.id, ['Golf', 'Family and friends']);
    const list = await provide<ContactList>(
      book,
      html`<contact-list style="display: block; width: 800px"></contact-list>`,
    );
    const chips = inside(list, 'tbody tr .chips');
    const [golf, family] = [...chips.querySelectorAll<HTMLElement>('.chip')];
    expect(golf.scrollWidth, 'the first chip whole').to.equal(golf.clientWidth);
    expect(family.scrollWidth, 'the last chip shortened').to.be.greaterThan(family.clientWidth);
    expect(family.getBoundingClientRect().right).to.be.at.most(
      chips.getBoundingClientRect().right + 0.5,
    );
  });

  it('follows changes made through another ContactBook on the same store (another tab)', async () => {
    const { book, list } = await listOf(1);
    const other = await ContactBook.open({ store: book.store });
    await other.create({ organization: 'Other Tab Ltd' });
    await settle(list);
    expect(rowsOf(list).map((row) => row.textContent)).to.satisfy((texts: string[]) =>
      texts.some((text) => text.includes('Other Tab Ltd')),
    );
  });
});
