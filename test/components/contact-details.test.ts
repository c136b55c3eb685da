import { expect, html, oneEvent } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import type { ContactDetails } from '../../src/components/contact-details.js';
import { allInside, inside, provide, settle, buttonLabelled } from './helpers.js';

describe('<contact-details>', () => {
  it('shows every filled field, grouped, and nothing for empty groups', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    await book.setPreferences({ defaultRegion: 'US' });
    const contact = await book.create({
      name: { prefix: 'Dr.', given: 'Jane', family: 'Doe' },
      organization: 'ACME',
      title: 'CTO',
      phones: [{ value: '+1 212 555 0123', type: 'work' }],
      emails: [{ value: 'jane@example.org', type: 'work' }],
      addresses: [
        {
          type: 'home',
          street: '1 Main St',
          locality: 'Springfield',
          postalCode: '12345',
          country: 'USA',
        },
      ],
      birthday: '--04-15',
      note: 'Prefers e-mail.',
      urls: [{ value: 'acme.example/jane' }, { value: 'javascript:alert(1)' }],
    });
    const details = await provide<ContactDetails>(
      book,
      html`<contact-details .contact=${contact}></contact-details>`,
    );
    const text = details.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Dr. Jane Doe');
    expect(text).to.contain('CTO · ACME');
    expect(text).to.contain('Dr. Jane Doe');
    expect(text).to.contain('12345 Springfield');
    expect(text).to.match(/April 15|15 April/);
    expect(text).not.to.contain('2000');
    const site = allInside<HTMLAnchorElement>(details, 'dd a');
    expect(site.map((a) => a.getAttribute('href'))).to.deep.equal(['https://acme.example/jane']);
    expect(site[0].target).to.equal('_blank');
    expect(text).to.contain('javascript:alert(1)');
    expect(text).to.contain('Prefers e-mail.');
    const headings = allInside(details, 'h3').map((h) => h.textContent?.trim());
    expect(headings).to.deep.equal([
      'Name & work',
      'Phones, e-mail & IM',
      'Addresses',
      'Personal',
      'Notes',
    ]);
    const actions = allInside<HTMLElement>(details, 'contact-actions');
    await settle(...actions);
    const hrefs = actions.flatMap((element) =>
      allInside<HTMLAnchorElement>(element, 'a').map((a) => a.getAttribute('href')),
    );
    expect(hrefs).to.include.members(['tel:+12125550123', 'mailto:jane@example.org']);
    expect(hrefs.some((href) => href?.startsWith('https://www.google.com/maps'))).to.be.true;
    const reach = inside(details, 'contact-actions:not([kinds="map"])');
    expect(reach.shadowRoot!.textContent).to.contain('(212) 555-0123');

    const edit = buttonLabelled(details, 'Edit');
    setTimeout(() => edit.click());
    expect((await oneEvent(details, 'contact-edit')).detail.contact!.id).to.equal(contact.id);
  });

  it('opens maps on OpenStreetMap when the host says so', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    const contact = await book.create({
      name: { given: 'Map' },
      addresses: [{ type: 'work', street: '10 Downing St', locality: 'London', country: 'UK' }],
    });
    const details = await provide<ContactDetails>(
      book,
      html`<contact-details .contact=${contact} map-provider="openstreetmap"></contact-details>`,
    );
    const map = inside(details, 'contact-actions[kinds="map"]');
    await settle(map);
    const href = allInside<HTMLAnchorElement>(map, 'a')[0].getAttribute('href')!;
    expect(href).to.match(/^https:\/\/www\.openstreetmap\.org\//);
    expect(decodeURIComponent(href)).to.contain('10 Downing St');
  });

  it('says what to do when no contact is chosen', async () => {
    const book = await ContactBook.open({ store: new MemoryStore() });
    const details = await provide<ContactDetails>(book, html`<contact-details></contact-details>`);
    expect(details.shadowRoot!.textContent).to.contain('Select a contact');
  });
});
