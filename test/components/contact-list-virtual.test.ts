import { expect, html } from '@open-wc/testing';
import type { ContactList } from '../../src/components/contact-list.js';
import type { ContactBook } from '../../src/core/book.js';
import { allInside, bookWith, inside, provide, settle, until } from './helpers.js';

const COUNT = 5_000;

/** A book of `count` contacts named Family0000…, shown all on one page. */
async function bigList(count: number): Promise<{ book: ContactBook; list: ContactList }> {
  const book = await bookWith(
    Array.from({ length: count }, (_, n) => ({
      name: { given: `Given${n}`, family: `Family${String(n).padStart(4, '0')}` },
    })),
  );
  await book.setPreferences({ onePage: true });
  const list = await provide<ContactList>(book, html`<contact-list></contact-list>`);
  await until(
    () =>
      rowsOf(list).length > 0 &&
      (count <= 100 || !!list.shadowRoot!.querySelector('table.virtual')),
    'the first rows are rendered (by the virtualizer, once loaded)',
  );
  return { book, list };
}

const rowsOf = (list: ContactList) => allInside<HTMLTableRowElement>(list, 'tbody tr');
const body = (list: ContactList) => inside(list, 'tbody');
const focused = (list: ContactList) => list.shadowRoot!.activeElement as HTMLElement | null;
const key = (row: HTMLElement, name: string) =>
  row.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

/**
 * The virtualizer's ResizeObserver sees the rows it has just added and sized, and Chromium reports
 * that as a loop; the maintainers call it benign (PolymerLabs/uni-virtualizer#112). Only that
 * message is kept from mocha's window.onerror.
 */
let mochaOnError: OnErrorEventHandler = null;
function ignoreResizeObserverLoop(
  this: WindowEventHandlers,
  ...args: Parameters<OnErrorEventHandlerNonNull>
) {
  if (String(args[0]).includes('ResizeObserver loop')) return true;
  return mochaOnError?.apply(window, args);
}

describe('<contact-list> on one scrolling page', () => {
  before(() => {
    mochaOnError = window.onerror;
    window.onerror = ignoreResizeObserverLoop;
  });
  after(() => (window.onerror = mochaOnError));
  // The virtualizer renders what is in the window's viewport: one list on the page at a time.
  afterEach(() =>
    document.querySelectorAll('contact-list').forEach((list) => list.parentElement!.remove()),
  );

  it(`renders only the rows in view of ${COUNT.toLocaleString('en')} contacts, in order`, async () => {
    const { list } = await bigList(COUNT);
    const rows = rowsOf(list);
    expect(rows.length).to.be.greaterThan(5);
    expect(rows.length).to.be.lessThan(200);
    expect(rows[0].textContent).to.contain('Family0000, Given0');
    expect(rows[1].textContent).to.contain('Family0001, Given1');
    expect(inside(list, 'table').getAttribute('aria-rowcount')).to.equal(String(COUNT + 1));
    expect(list.shadowRoot!.textContent).to.contain(
      `1–${COUNT.toLocaleString('en')} of ${COUNT.toLocaleString('en')}`,
    );
    expect(inside(list, 'nav button').hidden, 'no pager on one page').to.be.true;
  });

  it('shows the last contact when scrolled to the end', async () => {
    const { list } = await bigList(COUNT);
    const scroller = body(list);
    scroller.scrollTop = scroller.scrollHeight;
    await until(
      () => rowsOf(list).some((row) => row.textContent!.includes('Family4999, Given4999')),
      'the last contact is rendered',
    );
    const last = rowsOf(list).find((row) => row.textContent!.includes('Family4999'))!;
    expect(last.getAttribute('aria-rowindex')).to.equal(String(COUNT + 1));
    expect(rowsOf(list).length).to.be.lessThan(200);
    expect(rowsOf(list).some((row) => row.textContent!.includes('Family0000'))).to.be.false;
  });

  it('moves the roving focus with the arrows, and End and Home reach rows not rendered', async () => {
    const { list } = await bigList(COUNT);
    const [first] = rowsOf(list);
    first.focus();
    key(first, 'ArrowDown');
    expect(focused(list)?.textContent).to.contain('Family0001, Given1');
    key(focused(list)!, 'ArrowUp');
    expect(focused(list)).to.equal(first);

    key(first, 'End');
    await until(
      () => focused(list)?.textContent?.includes('Family4999') ?? false,
      'End focuses the last',
    );
    await settle(list);
    expect(focused(list)!.tabIndex, 'the last row is now the tab stop').to.equal(0);
    key(focused(list)!, 'ArrowUp');
    expect(focused(list)?.textContent).to.contain('Family4998');

    key(focused(list)!, 'PageUp');
    await until(
      () => focused(list)?.textContent?.includes('Family4988') ?? false,
      'Page Up moves ten rows',
    );

    key(focused(list)!, 'Home');
    await until(
      () => focused(list)?.textContent?.includes('Family0000') ?? false,
      'Home focuses the first',
    );
  });

  it('keeps selecting and checking rows', async () => {
    const { list } = await bigList(COUNT);
    const row = rowsOf(list)[2];
    const selected = new Promise<CustomEvent>((resolve) =>
      list.addEventListener('contact-select', (event) => resolve(event as CustomEvent), {
        once: true,
      }),
    );
    row.click();
    expect((await selected).detail.contact.name.family).to.equal('Family0002');
    row.focus();
    key(row, ' ');
    await settle(list);
    expect(list.selection).to.have.length(1);
    expect(rowsOf(list)[2].querySelector('input')!.checked).to.be.true;
  });

  it('draws one straight line under each row, whatever its cells hold', async () => {
    const { list } = await bigList(COUNT);
    for (const row of [
      inside<HTMLTableRowElement>(list, 'thead tr'),
      ...rowsOf(list).slice(0, 5),
    ]) {
      // Where each box that draws a bottom line (the row, or its cells) draws it.
      const lines = [row, ...row.children]
        .filter((box) => getComputedStyle(box).borderBottomWidth !== '0px')
        .map((box) => Math.round(box.getBoundingClientRect().bottom));
      expect(new Set(lines).size, `one line under "${row.textContent!.trim()}"`).to.equal(1);
    }
  });

  it('passes axe as a virtualised grid', async () => {
    const { list } = await bigList(500);
    // The grid's structure is what this checks; avatar colours belong to the theme's own axe tests.
    await expect(list).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });

  it('is a choice in the preferences', async () => {
    const book = await bookWith([]);
    const prefs = await provide<HTMLElement>(
      book,
      html`<contact-preferences></contact-preferences>`,
    );
    const box = inside<HTMLInputElement>(prefs, 'input[name="onePage"]');
    expect(box.checked).to.be.false;
    box.click();
    await settle(prefs);
    inside<HTMLButtonElement>(prefs, 'button[type="submit"]').click();
    await until(() => book.preferences.onePage, 'the choice is saved');
    prefs.parentElement!.remove();
  });

  it('pages as before when one page is off, and does not virtualise a short page', async () => {
    const { book, list } = await bigList(150);
    await book.setPreferences({ onePage: false, pageSize: 10 });
    await settle(list);
    expect(rowsOf(list)).to.have.length(10);
    expect(inside(list, 'table').classList.contains('virtual')).to.be.false;
    await book.setPreferences({ onePage: true });
    await settle(list);
    expect(inside(list, 'table').classList.contains('virtual')).to.be.true;
    await book.remove(book.list({ offset: 0, limit: 60 }).contacts.map((c) => c.id));
    await settle(list);
    expect(inside(list, 'table').classList.contains('virtual')).to.be.false;
    expect(rowsOf(list)).to.have.length(90);
  });
});
