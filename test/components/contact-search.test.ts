import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContactBook } from '../../src/core/book.js';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import type { ContactSearch } from '../../src/components/contact-search.js';
import type { ContactEventMap } from '../../src/components/events.js';
import { setMessages } from '../../src/components/i18n.js';
import { QUERY_MESSAGE_TEMPLATES } from '../../src/core/search/index.js';
import { provide } from './helpers.js';

type SearchDetail = ContactEventMap['contact-search'];

/** A <contact-search> inside a provider of `book`, attached to the document. */
const mount = (book: ContactBook, delay = 0) =>
  provide<ContactSearch>(book, html`<contact-search .delay=${delay}></contact-search>`);

const part = (element: ContactSearch, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const input = (element: ContactSearch) => part(element, 'input') as HTMLInputElement;
const optionTexts = (element: ContactSearch, listId: string) =>
  [...element.shadowRoot!.querySelectorAll(`#${listId} [role="option"]`)].map((option) =>
    option.textContent!.trim(),
  );
const resultNames = (element: ContactSearch) =>
  [...element.shadowRoot!.querySelectorAll('[part="result-name"]')].map((item) =>
    item.textContent!.trim(),
  );

/** The next results the element emits. */
const nextSearch = (element: ContactSearch) =>
  oneEvent(element, 'contact-search') as Promise<CustomEvent<SearchDetail>>;

/** Types like a user, key by key, in the focused search field. */
async function type(element: ContactSearch, text: string): Promise<void> {
  input(element).focus();
  await sendKeys({ type: text });
}

describe('<contact-search>', () => {
  let store: MemoryStore;
  let book: ContactBook;

  beforeEach(async () => {
    store = new MemoryStore();
    book = await ContactBook.open({ store });
    await book.createMany([
      {
        name: { given: 'Jane', family: 'Doe' },
        organization: 'Acme',
        addresses: [{ locality: 'Paris' }],
      },
      { name: { given: 'Zoë', family: 'Müller' }, note: 'met in Paris', birthday: '1990-04-02' },
      { name: { given: 'John', family: 'Smith' }, emails: [{ value: 'john@example.org' }] },
    ]);
  });

  afterEach(async () => {
    for (const host of document.querySelectorAll('div'))
      if (host.querySelector('contact-search')) host.remove();
    book.close();
    await store.close();
  });

  it('shows results as you type, once typing pauses (debounced)', async () => {
    // A pause longer than the keystrokes of a loaded test machine are apart.
    const element = await mount(book, 600);
    const events: SearchDetail[] = [];
    element.addEventListener('contact-search', (event) => events.push(event.detail));
    await type(element, 'paris');
    expect(events, 'no search per keystroke').to.have.length(0);
    await waitUntil(() => events.length === 1, 'the search ran after the pause');
    expect(events[0].query).to.equal('paris');
    expect(events[0].contacts.map((contact) => contact.name.given)).to.deep.equal(['Jane', 'Zoë']);
    await element.updateComplete;
    expect(resultNames(element)).to.deep.equal(['Doe, Jane', 'Müller, Zoë']);
    expect(part(element, 'count').textContent).to.contain('2 contacts');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(events, 'one search for the whole word').to.have.length(1);
  });

  it('shows a clear empty state when nothing matches', async () => {
    const element = await mount(book);
    await type(element, 'nobody');
    await waitUntil(() => element.shadowRoot!.querySelector('[part="empty"]'));
    expect(part(element, 'empty').textContent).to.contain('No contacts match “nobody”.');
    expect(element.shadowRoot!.querySelector('[part="results"]')).to.equal(null);
  });

  it('says which parts of a query were ignored, and why a query was refused', async () => {
    const element = await mount(book);
    await type(element, 'OR jane');
    await waitUntil(() => part(element, 'messages').textContent!.includes('ignored'));
    expect(part(element, 'messages').textContent).to.contain('“OR” at the start was ignored');
    expect(resultNames(element)).to.deep.equal(['Doe, Jane']);
    input(element).select();
    await sendKeys({ type: 'inf*' });
    await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'));
    expect(part(element, 'error').textContent).to.contain('at least 4 characters');
  });

  it('translates parser messages by their template, with the query text filled in', async () => {
    const english = {
      [QUERY_MESSAGE_TEMPLATES['or-at-start']]: QUERY_MESSAGE_TEMPLATES['or-at-start'],
      [QUERY_MESSAGE_TEMPLATES['prefix-too-short']]: QUERY_MESSAGE_TEMPLATES['prefix-too-short'],
    };
    setMessages({
      [QUERY_MESSAGE_TEMPLATES['or-at-start']]: '« OU » au début : ignoré',
      [QUERY_MESSAGE_TEMPLATES['prefix-too-short']]: '« {source} » : au moins {min} caractères',
    });
    try {
      const element = await mount(book);
      await type(element, 'OR jane');
      await waitUntil(() => part(element, 'messages').textContent!.includes('OU'));
      expect(part(element, 'messages').textContent!.trim()).to.equal('« OU » au début : ignoré');
      input(element).select();
      await sendKeys({ type: 'inf*' });
      await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'));
      expect(part(element, 'error').textContent).to.equal('« inf* » : au moins 4 caractères');
    } finally {
      setMessages(english);
    }
  });

  it("sorts tied results by display name in the user's display order", async () => {
    await book.createMany([
      { name: { given: 'Zoe', family: 'Adams' }, note: 'orchid' },
      { name: { given: 'Amy', family: 'Zane' }, note: 'orchid' },
    ]);
    await book.setPreferences({ displayOrder: 'first-last' });
    const element = await mount(book);
    await type(element, 'orchid');
    await waitUntil(() => resultNames(element).length === 2);
    expect(resultNames(element)).to.deep.equal(['Amy Zane', 'Zoe Adams']);
  });

  it('remembers the 5 most recent searches per user, in the preferences store', async () => {
    const element = await mount(book);
    for (const query of ['jane', 'paris', 'smith', 'acme', 'zoe', 'paris', 'doe']) {
      input(element).select();
      await sendKeys({ type: query });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
    }
    await waitUntil(() => book.preferences.recentSearches[0] === 'doe');
    expect(book.preferences.recentSearches).to.deep.equal(['doe', 'paris', 'zoe', 'acme', 'smith']);
    const stored = await store.get<{
      id: string;
      revision: number;
      values: { recentSearches: string[] };
    }>('preferences', 'me');
    expect(stored?.values.recentSearches).to.deep.equal(['doe', 'paris', 'zoe', 'acme', 'smith']);

    // Another session of the same user on the same store sees them in the drop-down.
    const again = await ContactBook.open({ store });
    const other = await mount(again);
    input(other).focus();
    await other.updateComplete;
    expect(part(other, 'recent').hidden).to.equal(false);
    expect(optionTexts(other, 'recent')).to.deep.equal(['doe', 'paris', 'zoe', 'acme', 'smith']);
    again.close();

    // Another user has their own.
    const someone = await ContactBook.open({ store, userId: 'someone', bookId: 'private-me' });
    expect(someone.preferences.recentSearches).to.deep.equal([]);
    someone.close();
  });

  it('is driven from the keyboard: recent searches, results, selection, Escape', async () => {
    await book.setPreferences({ recentSearches: ['smith', 'paris'] });
    const element = await mount(book);
    input(element).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(input(element).getAttribute('aria-activedescendant')).to.equal('recent-1');
    const searched = nextSearch(element);
    await sendKeys({ press: 'Enter' });
    expect((await searched).detail.query).to.equal('paris');
    await element.updateComplete;
    expect(input(element).value).to.equal('paris');
    expect(part(element, 'recent').hidden).to.equal(true);

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(input(element).getAttribute('aria-activedescendant')).to.equal('result-1');
    const selected = oneEvent(element, 'contact-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.contact.name.given).to.equal('Zoë');

    await sendKeys({ press: 'Escape' });
    const cleared = nextSearch(element);
    await sendKeys({ press: 'Escape' });
    expect((await cleared).detail).to.deep.include({ query: '', contacts: [] });
    expect(input(element).value).to.equal('');
  });

  it('emits contact-select when a result is clicked', async () => {
    const element = await mount(book);
    await type(element, 'smith');
    await waitUntil(() => resultNames(element).length === 1);
    const selected = oneEvent(element, 'contact-select');
    part(element, 'result').click();
    expect((await selected).detail.contact.name.family).to.equal('Smith');
  });

  it('runs an Advanced search: every criterion must hold', async () => {
    const element = await mount(book);
    part(element, 'advanced-toggle').click();
    await element.updateComplete;
    const advanced = element.shadowRoot!.querySelector('contact-search-advanced')!;
    expect(advanced.hidden).to.equal(false);
    const form = advanced.shadowRoot!.querySelector('form')!;
    (form.elements.namedItem('city') as HTMLInputElement).value = 'paris';
    const searched = nextSearch(element);
    form.requestSubmit();
    let detail = (await searched).detail;
    expect(detail.query).to.equal('city:paris');
    expect(detail.contacts.map((contact) => contact.name.given)).to.deep.equal(['Jane']);

    (form.elements.namedItem('city') as HTMLInputElement).value = '';
    (form.elements.namedItem('hasComment') as HTMLInputElement).checked = true;
    (form.elements.namedItem('birthdayMonth') as HTMLSelectElement).value = '4';
    const again = nextSearch(element);
    form.requestSubmit();
    detail = (await again).detail;
    expect(detail.query).to.equal('has:comment birthday:4');
    expect(detail.contacts.map((contact) => contact.name.given)).to.deep.equal(['Zoë']);
    expect(input(element).value).to.equal('has:comment birthday:4');
    await waitUntil(() => book.preferences.recentSearches[0] === 'has:comment birthday:4');
  });

  it('saves "Include group data" per user and reports it with the results', async () => {
    const element = await mount(book);
    const box = part(element, 'group-data').querySelector('input')!;
    expect(box.checked).to.equal(false);
    const searched = nextSearch(element);
    box.click();
    expect((await searched).detail.includeGroupData).to.equal(true);
    expect(book.preferences.searchGroupData).to.equal(true);
    const again = await ContactBook.open({ store });
    expect(again.preferences.searchGroupData).to.equal(true);
    again.close();
  });

  it('keeps its results current when the book changes', async () => {
    const element = await mount(book);
    await type(element, 'paris');
    await waitUntil(() => resultNames(element).length === 2);
    await book.create({ name: { given: 'Pierre', family: 'Paris' } });
    await waitUntil(() => resultNames(element).length === 3, 'the new contact joined the results');
    expect(resultNames(element)[0]).to.equal('Paris, Pierre');
  });
});
