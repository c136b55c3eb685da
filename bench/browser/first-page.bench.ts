// Time to the first page of a 50,000-contact IndexedDB book, in Chromium: open the store and the
// book cold, list the first page. Also a later page and a re-sort after switching display order.
import { IndexedDBStore } from '../../src/adapters/indexeddb/index.js';
import { ContactBook, contactInput, sortContacts, type Contact } from '../../src/core/index.js';
import { generateContacts } from '../../demo/sample-contacts.js';
import { defineElements } from '../../src/components/define.js';
import { deleteDatabase, median, ms, table, time } from './measure.js';

await defineElements();

/** Mounts `<contact-book name>` and resolves when the list shows its first page of rows. */
async function firstPageOnScreen(name: string, rows: number): Promise<HTMLElement> {
  const element = document.createElement('contact-book');
  element.setAttribute('name', name);
  document.body.append(element);
  const shown = () =>
    element.shadowRoot?.querySelector('contact-list')?.shadowRoot?.querySelectorAll('tbody tr')
      .length === rows;
  while (!shown()) await new Promise((resolve) => requestAnimationFrame(resolve));
  return element;
}

const COUNT = 50_000;
const BATCH = 2_500;
const RUNS = 5;
const PAGE = 25;

describe('first page of a 50,000-contact book', () => {
  const name = `bench-first-page-${Date.now()}`;
  after(() => deleteDatabase(name));

  it('measures', async () => {
    const inputs = generateContacts(COUNT, { seed: 42 });
    const [, seeding] = await time(async () => {
      const store = await IndexedDBStore.open(name);
      const book = await ContactBook.open({ store });
      for (let start = 0; start < COUNT; start += BATCH)
        await book.createMany(inputs.slice(start, start + BATCH));
      book.close();
      await store.close();
    });

    const cold: number[] = [];
    const parts: { getAll: number; sort: number }[] = [];
    let later = 0;
    let resort = 0;
    let resortBack = 0;
    let edit = 0;
    let listAfterEdit = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const [book, elapsed] = await time(async () => {
        const store = await IndexedDBStore.open(name);
        const opened = await ContactBook.open({ store });
        const page = opened.list({ offset: 0, limit: PAGE });
        if (page.contacts.length !== PAGE || page.total !== COUNT)
          throw new Error('wrong first page');
        return opened;
      });
      cold.push(elapsed);
      if (run === RUNS - 1) {
        [, later] = await time(() => book.list({ offset: 30_000, limit: PAGE }));
        [, resort] = await time(() => book.list({ order: 'first-last', offset: 0, limit: PAGE }));
        [, resortBack] = await time(() =>
          book.list({ order: 'last-first', offset: 100, limit: PAGE }),
        );
        const [first] = book.list({ offset: 0, limit: 1 }).contacts;
        const renamed = { ...contactInput(first), name: { ...first.name, family: 'Zzyzx' } };
        [, edit] = await time(() => book.update(first.id, renamed, first.revision));
        [, listAfterEdit] = await time(() => book.list({ offset: 0, limit: PAGE }));
      }
      // Where the cold open goes: reading every record vs sorting them.
      const [contacts, getAll] = await time(() => book.store.getAll<Contact>('contacts'));
      const [, sort] = await time(() => sortContacts(contacts, 'last-first'));
      parts.push({ getAll, sort });
      book.close();
      await book.store.close();
    }

    // What a user waits for: the drop-in element, from insertion to the first page on screen.
    const onScreen: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const [element, elapsed] = await time(() => firstPageOnScreen(name, PAGE));
      onScreen.push(elapsed);
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    console.log(
      `\nfirst-page (${COUNT.toLocaleString('en')} contacts, IndexedDB, Chromium)\n${table([
        ['seeding (not the measure)', `${ms(seeding)} in batches of ${BATCH}`],
        ['<contact-book> inserted → first page on screen, median', ms(median(onScreen))],
        ['  each run', onScreen.map(ms).join(', ')],
        ['cold open → first page (core only), median', ms(median(cold))],
        ['  each run', cold.map(ms).join(', ')],
        ['  of which getAll(contacts), median', ms(median(parts.map((part) => part.getAll)))],
        ['  of which sort (last-first), median', ms(median(parts.map((part) => part.sort)))],
        ['later page (offset 30,000)', ms(later)],
        ['switch to first-last (re-sort)', ms(resort)],
        ['switch back to last-first', ms(resortBack)],
        ['rename one contact (IndexedDB write)', ms(edit)],
        ['first page right after the rename', ms(listAfterEdit)],
      ])}\n`,
    );
  });
});
