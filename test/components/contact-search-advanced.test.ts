import { expect, html, oneEvent } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import type { ContactSearch } from '../../src/components/contact-search.js';
import type { ContactSearchAdvanced } from '../../src/components/contact-search-advanced.js';
import type { ContactEventMap } from '../../src/components/events.js';
import { ContactBook } from '../../src/core/book.js';
import { allInside, inside, provide, settle } from './helpers.js';

describe('<contact-search-advanced> tag select', () => {
  let store: MemoryStore;
  let book: ContactBook;

  beforeEach(async () => {
    store = new MemoryStore();
    book = await ContactBook.open({ store });
    const [jane, john] = await book.createMany([
      { name: { given: 'Jane', family: 'Doe' } },
      { name: { given: 'John', family: 'Smith' } },
      { name: { given: 'Kim', family: 'Lee' } },
    ]);
    await book.setTagsMany([
      [jane.id, ['Key account', 'Golf']],
      [john.id, ['Golf']],
    ]);
    await book.createTag('Unused', 'red');
  });

  afterEach(async () => {
    for (const host of document.querySelectorAll('div'))
      if (host.querySelector('contact-search, contact-search-advanced')) host.remove();
    book.close();
    await store.close();
  });

  it("offers the user's tags, and picking one writes tag:NAME (quoted when it has a space)", async () => {
    const element = await provide<ContactSearchAdvanced>(
      book,
      html`<contact-search-advanced></contact-search-advanced>`,
    );
    const select = inside<HTMLSelectElement>(element, 'select[name="tag"]');
    expect([...select.options].map((option) => option.text.trim())).to.deep.equal([
      'Any tag',
      'Golf',
      'Key account',
      'Unused',
    ]);
    const form = inside<HTMLFormElement>(element, 'form');
    const submit = async () => {
      const searched = oneEvent(element, 'contact-advanced-search');
      form.requestSubmit();
      return (await searched).detail.query;
    };
    select.value = 'Key account';
    expect(await submit()).to.equal('tag:"Key account"');
    select.value = 'Golf';
    expect(await submit()).to.equal('tag:Golf');
    select.value = '';
    expect(await submit()).to.equal('');

    await book.createTag('New one', 'blue');
    await settle(element);
    expect(
      allInside(element, 'select[name="tag"] option').map((o) => o.textContent!.trim()),
    ).to.include('New one');
  });

  it("runs in <contact-search> (given the book's tagsOf, as <contact-book> does): finds the tagged", async () => {
    const element = await provide<ContactSearch>(
      book,
      html`<contact-search
        .delay=${0}
        .tagsOf=${(id: string) => book.tagsOf(id)}
      ></contact-search>`,
    );
    inside(element, '[part~="advanced-toggle"]').click();
    await settle(element);
    const advanced = inside<ContactSearchAdvanced>(element, 'contact-search-advanced');
    await settle(advanced);
    inside<HTMLSelectElement>(advanced, 'select[name="tag"]').value = 'Key account';
    const searched = oneEvent(element, 'contact-search') as Promise<
      CustomEvent<ContactEventMap['contact-search']>
    >;
    inside<HTMLFormElement>(advanced, 'form').requestSubmit();
    const { detail } = await searched;
    expect(detail.query).to.equal('tag:"Key account"');
    expect(detail.contacts.map((contact) => contact.name.given)).to.deep.equal(['Jane']);
  });
});
