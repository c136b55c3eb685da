import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import { ContactBook } from '../../src/core/book.js';
import { firstRowsId } from '../../src/core/first-rows.js';
import type { Collection, StoredRecord } from '../../src/core/store.js';
import { allInside, inside, type, until } from './helpers.js';

/** A MemoryStore whose reading of every contact waits until `release()`: a slow, big book. */
class SlowStore extends MemoryStore {
  private gate = Promise.resolve();
  private open: () => void = () => {};

  /** Holds back the next reads of every contact. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  /** Lets them through. */
  release(): void {
    this.open();
  }

  override async getAll<T extends StoredRecord>(collection: Collection): Promise<T[]> {
    if (collection === 'contacts') await this.gate;
    return super.getAll<T>(collection);
  }
}

/** The list's rows; none while the list is not there yet. */
const rows = (element: ContactBookElement) =>
  element.shadowRoot!.querySelector('contact-list')
    ? allInside<HTMLTableRowElement>(element, 'contact-list', 'tbody tr')
    : [];
const pagerText = (element: ContactBookElement) =>
  inside(element, 'contact-list', 'nav').textContent!.replace(/\s+/g, ' ');

describe('<contact-book> opening a big book', () => {
  it('shows the first page from the snapshot while the book loads, then the whole book', async () => {
    const store = new SlowStore();
    const seed = await ContactBook.open({ store });
    await seed.setPreferences({ pageSize: 10 });
    await seed.createMany(
      Array.from({ length: 40 }, (_, n) => ({
        name: { given: `G${n}`, family: `Family${String(n).padStart(2, '0')}` },
      })),
    );
    const first = await fixture<ContactBookElement>(
      html`<contact-book .store=${store}></contact-book>`,
    );
    await first.ready();
    await waitUntil(
      async () => !!(await store.get('snapshots', firstRowsId(seed.bookId))),
      'the first session writes the snapshot',
    );
    first.remove();
    // Between the sessions, another writer adds a contact that sorts first.
    await seed.create({ name: { given: 'Al', family: 'Aardvark' } });

    store.hold();
    const element = await fixture<ContactBookElement>(
      html`<contact-book .store=${store}></contact-book>`,
    );
    await until(() => rows(element).length === 10, 'the first page shows before the book is read');
    expect(element.contactBook, 'the book is still loading').to.be.undefined;
    expect(rows(element)[0].textContent).to.contain('Aardvark, Al');
    expect(rows(element)[1].textContent).to.contain('Family00, G0');
    expect(pagerText(element)).to.contain('1–10, counting the others…');

    // Typed while loading: searched once the book is there.
    const field = inside<HTMLInputElement>(element, 'contact-search', 'input[type="search"]');
    type(field, 'G39');

    store.release();
    await element.ready();
    await until(() => rows(element).length === 1, `the search ran (${rows(element).length} rows)`);
    expect(rows(element)[0].textContent).to.contain('Family39, G39');
    type(field, '');
    await until(() => pagerText(element).includes('1–10 of 41'), 'the count shows once loaded');
    seed.close();
  });
});
