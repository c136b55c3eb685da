// A file of its own, so its page has not loaded the phone metadata (ContactBook.load() does):
// as when <contact-book> shows a big book's first rows from its snapshot before the book loads.
import { expect, fixture, html } from '@open-wc/testing';
import type { ContactList } from '../../src/components/contact-list.js';
import type { Contact } from '../../src/core/contact.js';
import type { FirstRows } from '../../src/core/first-rows.js';
import { isPhoneMetadataLoaded } from '../../src/core/phone.js';
import { DEFAULT_PREFERENCES } from '../../src/core/prefs.js';
import { allInside, until } from './helpers.js';

/** A stored contact with one phone, as a snapshot gives it. */
const contact = (id: string, family: string, phone: string): Contact =>
  ({
    id,
    bookId: 'private-me',
    sharedWith: [],
    kind: 'individual',
    name: { given: 'Ana', family },
    formattedName: `Ana ${family}`,
    emails: [],
    phones: [{ value: phone, type: 'cell' }],
    addresses: [],
    urls: [],
    ims: [],
    related: [],
    extras: [],
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:00:00.000Z',
    createdBy: 'me',
    rev: 1,
  }) as unknown as Contact;

describe('<contact-list> first rows before the phone metadata loads', () => {
  it('shows the rows, their numbers as stored, without an error', async () => {
    expect(isPhoneMetadataLoaded(), 'this page has not loaded it').to.equal(false);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const firstRows = {
      preferences: DEFAULT_PREFERENCES,
      contacts: [contact('a', 'Alves', '+33612345678'), contact('b', 'Brun', '+33698765432')],
      complete: false,
    } as unknown as FirstRows;
    const list = await fixture<ContactList>(
      html`<contact-list .firstRows=${firstRows}></contact-list>`,
    );
    await until(() => allInside(list, 'tbody tr').length === 2, 'the first rows show');
    window.removeEventListener('error', onError);
    const cells = allInside(list, 'tbody tr').map((row) => row.textContent!.replace(/\s+/g, ' '));
    expect(cells[0]).to.contain('Alves, Ana').and.to.contain('+33612345678');
    expect(cells[1]).to.contain('Brun, Ana').and.to.contain('+33698765432');
    expect(errors).to.deep.equal([]);
  });
});
