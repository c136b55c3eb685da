import { expect, fixture, html } from '@open-wc/testing';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import { allInside, inside, settle, type, until } from './helpers.js';
import { sharedStore } from '../core/sharing-fixtures.js';

describe('<contact-book> "Include group data" summary', () => {
  it('counts the group matches the list shows, and no "No contacts match" above them', async () => {
    const setup = sharedStore();
    const ann = await setup.open('ann');
    await ann.create({ name: { given: 'Bob' } });
    const dan = await setup.open('dan', 'group-club');
    await dan.create({ name: { given: 'Janet', family: 'Clubber' }, organization: 'Acme' });
    const element = await fixture<ContactBookElement>(
      html`<contact-book
        .store=${setup.store}
        .directory=${setup.directory}
        user-id="ann"
      ></contact-book>`,
    );
    await element.ready();
    const search = inside(element, 'contact-search');
    await settle(element, search);
    type(inside<HTMLInputElement>(search, 'input[type="search"]'), 'acme');
    await until(() => !!search.shadowRoot!.querySelector('[part="empty"]'), 'none in Private');
    inside<HTMLInputElement>(search, 'input[type="checkbox"]').click();
    const rows = () => allInside(element, 'contact-list', 'tbody tr');
    await until(() => rows().length === 1, 'the Club contact is listed');
    await settle(element, search);
    const empty = search.shadowRoot!.querySelector('[part="empty"]');
    const count = search.shadowRoot!.querySelector('[part="count"]')?.textContent?.trim();
    element.remove();
    expect(empty?.textContent?.trim() ?? '', 'no empty state').to.equal('');
    expect(count).to.equal('1 contact');
  });
});
