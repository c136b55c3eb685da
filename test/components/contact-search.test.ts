import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContactBook } from '../../src/core/book.js';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import type { ContactSearch } from '../../src/components/contact-search.js';
import type { ContactEventMap } from '../../src/components/events.js';
import { setLocale } from '../../src/components/i18n.js';
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
    await setLocale('fr');
    try {
      const element = await mount(book);
      await type(element, 'OR jane');
      await waitUntil(() => part(element, 'messages').textContent!.includes('début'));
      expect(part(element, 'messages').textContent!.trim()).to.equal(
        '«\u00a0OR\u00a0» au début a été ignoré',
      );
      input(element).select();
      await sendKeys({ type: 'inf*' });
      await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'));
      expect(part(element, 'error').textContent).to.equal(
        '«\u00a0inf*\u00a0»\u00a0: une recherche de mots commençant par quelque chose demande au moins 4 caractères avant le *, sinon presque tout le monde correspondrait',
      );
    } finally {
      await setLocale('en');
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
    await element.updateComplete;
    expect(part(element, 'popup').hidden, 'choosing a hit closes the drop-down').to.equal(true);

    // The drop-down is closed: Escape clears the field.
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

  describe('its drop-down', () => {
    /** `count` contacts that all match `orchid`. */
    const orchids = (count: number) =>
      book.createMany(
        Array.from({ length: count }, (_, index) => ({
          name: { given: `Olga${index}`, family: 'Orchid' },
        })),
      );
    const popupOpen = (element: ContactSearch) =>
      !part(element, 'popup').hidden && input(element).getAttribute('aria-expanded') === 'true';

    it('floats over the page, holds the best 10 hits, and says how many more the list shows', async () => {
      await orchids(30);
      const element = await mount(book);
      const height = element.getBoundingClientRect().height;
      await type(element, 'orchid');
      await waitUntil(() => resultNames(element).length > 0);
      expect(popupOpen(element)).to.equal(true);
      const style = getComputedStyle(part(element, 'popup'));
      expect(style.position).to.equal('absolute');
      expect(style.zIndex).to.not.equal('auto');
      expect(style.overflowY).to.equal('auto');
      expect(parseFloat(style.maxHeight)).to.be.within(160, 400);
      expect(part(element, 'popup').getBoundingClientRect().height).to.be.at.most(400);
      expect(resultNames(element)).to.have.length(10);
      expect(part(element, 'more').textContent!.trim()).to.equal('20 more — shown in the list');
      // Only the one-line count joins the page flow: the content below hardly moves.
      expect(element.getBoundingClientRect().height - height).to.be.below(60);
      expect(part(element, 'count').textContent).to.contain('30 contacts');
    });

    it('closes on Enter, Escape, focus leaving the field, and a chosen hit', async () => {
      await orchids(12);
      const element = await mount(book);
      await type(element, 'orchid');
      await waitUntil(() => popupOpen(element));

      const searched = nextSearch(element);
      await sendKeys({ press: 'Enter' });
      expect((await searched).detail.contacts).to.have.length(12);
      await element.updateComplete;
      expect(popupOpen(element), 'Enter: the list shows the results').to.equal(false);
      expect(input(element).getAttribute('aria-expanded')).to.equal('false');
      expect(part(element, 'count').textContent, 'the count stays').to.contain('12 contacts');

      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(popupOpen(element), '↓ opens it again').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(popupOpen(element), 'Escape').to.equal(false);
      expect(input(element).value, 'the first Escape keeps the query').to.equal('orchid');

      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      input(element).blur();
      await element.updateComplete;
      expect(popupOpen(element), 'focus left the field').to.equal(false);

      await type(element, ' olga3');
      await waitUntil(() => popupOpen(element) && resultNames(element).length === 1);
      const selected = oneEvent(element, 'contact-select');
      part(element, 'result').dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      part(element, 'result').click();
      expect((await selected).detail.contact.name.given).to.equal('Olga3');
      await element.updateComplete;
      expect(popupOpen(element), 'a chosen hit').to.equal(false);
    });

    it('says "The best 200 of N" when the search is capped', async () => {
      await orchids(250);
      const element = await mount(book);
      let detail: SearchDetail | undefined;
      element.addEventListener('contact-search', (event) => (detail = event.detail));
      await type(element, 'orchid');
      await waitUntil(() => detail?.query === 'orchid');
      detail = detail!;
      expect(detail.total).to.equal(250);
      expect(detail.contacts).to.have.length(200);
      await waitUntil(() => popupOpen(element));
      expect(part(element, 'count').textContent!.trim()).to.equal('The best 200 of 250 contacts');
      expect(part(element, 'more').textContent!.trim()).to.equal('190 more — shown in the list');
    });
  });

  it('quotes only the start of an over-long query in the empty state', async () => {
    const element = await mount(book);
    const long = 'nobodyhere '.repeat(500).trim();
    input(element).value = long;
    input(element).dispatchEvent(new InputEvent('input'));
    await waitUntil(() => element.shadowRoot!.querySelector('[part="empty"]'));
    const line = part(element, 'empty').querySelector('p')!.textContent!;
    expect(line).to.equal(`No contacts match “${long.slice(0, 60)}…”.`);
  });

  it('Advanced "Clear" empties the form and clears the search', async () => {
    const element = await mount(book);
    part(element, 'advanced-toggle').click();
    await element.updateComplete;
    const advanced = element.shadowRoot!.querySelector('contact-search-advanced')!;
    const form = advanced.shadowRoot!.querySelector('form')!;
    const city = form.elements.namedItem('city') as HTMLInputElement;
    city.value = 'paris';
    const searched = nextSearch(element);
    form.requestSubmit();
    expect((await searched).detail.query).to.equal('city:paris');

    const cleared = nextSearch(element);
    advanced.shadowRoot!.querySelector<HTMLButtonElement>('button[type="reset"]')!.click();
    expect((await cleared).detail).to.deep.include({ query: '', contacts: [], total: 0 });
    await element.updateComplete;
    expect(city.value).to.equal('');
    expect(input(element).value).to.equal('');
    expect(element.shadowRoot!.querySelector('[part="count"]')).to.equal(null);
  });
});
