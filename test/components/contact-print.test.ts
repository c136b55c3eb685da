import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { ContactBook } from '../../src/core/book.js';
import type { ContactPrint } from '../../src/components/contact-print.js';
import type { ContactEventMap } from '../../src/components/events.js';
import { provide } from './helpers.js';

describe('<contact-print>', () => {
  let book: ContactBook;
  beforeEach(async () => {
    book = await ContactBook.open({ store: new MemoryStore() });
    await book.createMany([
      {
        name: { given: 'Zoë', family: 'Young' },
        emails: [{ value: 'zoe@example.com', type: 'home' }],
      },
      { name: { given: 'Ada', family: '<b>Lovelace</b>' }, organization: 'Analytical & Co' },
      { name: { given: 'Not', family: 'Printed' } },
    ]);
  });

  it('prints the given contacts in display order, as escaped text', async () => {
    const element = await provide<ContactPrint>(
      book,
      html`<contact-print heading="Team"></contact-print>`,
    );
    element.contacts = book.all().filter((contact) => contact.name.family !== 'Printed');
    const printing = oneEvent(element, 'contact-print') as Promise<
      CustomEvent<ContactEventMap['contact-print']>
    >;
    element.addEventListener('contact-print', (event) => event.preventDefault());
    await element.print();
    const { detail } = await printing;
    expect(detail.contacts.length).to.equal(2);
    const page = new DOMParser().parseFromString(detail.html, 'text/html');
    expect(page.title).to.equal('Team');
    expect([...page.querySelectorAll('h2')].map((heading) => heading.textContent)).to.deep.equal([
      '<b>Lovelace</b>, Ada',
      'Young, Zoë',
    ]);
    expect([...page.querySelectorAll('section p')].map((line) => line.textContent)).to.deep.equal([
      'Analytical & Co',
      'zoe@example.com (Home)',
    ]);
    expect(document.querySelector('iframe')).to.equal(null);
  });

  it("formats phones: national in the user's default region, international otherwise", async () => {
    await book.setPreferences({ defaultRegion: 'BR' });
    const element = await provide<ContactPrint>(book, html`<contact-print></contact-print>`);
    element.contacts = [
      await book.create({
        name: { given: 'Ana', family: 'Souza' },
        phones: [
          { value: '+5511978378988', type: 'cell' },
          { value: '+3225551234', type: 'work' },
        ],
      }),
    ];
    const page = new DOMParser().parseFromString(element.printableHtml(), 'text/html');
    expect([...page.querySelectorAll('section p')].map((line) => line.textContent)).to.deep.equal([
      '(11) 97837-8988 (Mobile)',
      '+32 2 555 12 34 (Work)',
    ]);
  });

  it('opens the print dialog of a hidden frame holding only the listing', async () => {
    const element = await provide<ContactPrint>(book, html`<contact-print></contact-print>`);
    element.contacts = book.all();
    await element.print();
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Print"]');
    expect(frame?.contentDocument?.querySelectorAll('section').length).to.equal(3);
    frame?.remove();
  });
});
