import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContactBook } from '../../src/core/book.js';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import type { ContactSearch } from '../../src/components/contact-search.js';
import type { ContactEventMap } from '../../src/components/events.js';
import { provide } from './helpers.js';

describe('has:comment in <contact-search>', () => {
  it('finds the contacts with comments (the list shows their icon) as well as those with a note', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    const [jane] = await book.createMany([
      { name: { given: 'Jane', family: 'Doe' } },
      { name: { given: 'Zoë', family: 'Müller' }, note: 'met in Paris' },
      { name: { given: 'John', family: 'Smith' } },
    ]);
    await book.comments.add(jane.id, 'Wants the catalogue');
    await waitUntil(() => book.comments.count(jane.id) === 1, 'the count is known');
    const element = await provide<ContactSearch>(
      book,
      html`<contact-search .delay=${0}></contact-search>`,
    );
    element.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!.focus();
    await sendKeys({ type: 'has:comment' });
    const searched = oneEvent(element, 'contact-search') as Promise<
      CustomEvent<ContactEventMap['contact-search']>
    >;
    await sendKeys({ press: 'Enter' });
    const { contacts } = (await searched).detail;
    expect(contacts.map((contact) => contact.name.given).sort()).to.deep.equal(['Jane', 'Zoë']);
    element.parentElement!.remove();
    book.close();
  });
});
