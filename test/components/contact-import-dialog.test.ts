import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { ContactBook } from '../../src/core/book.js';
import type { ContactImportDialog } from '../../src/components/contact-import-dialog.js';
import type { ContactEventMap } from '../../src/components/events.js';
import { allInside, inside, provide, settle, until } from './helpers.js';

const VCARDS = [
  'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nN:Doe;Jane;;;\r\nEMAIL:jane@example.com\r\nCATEGORIES:Friends\r\nEND:VCARD',
  'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Roe\r\nEMAIL:BOB@example.com\r\nEND:VCARD',
  'BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Zoë\r\nEMAIL:not an address\r\nTEL;CELL:+32 2 555 12 34\r\nEND:VCARD',
].join('\r\n');

async function open(book: ContactBook, attributes = html``): Promise<ContactImportDialog> {
  const dialog = await provide<ContactImportDialog>(
    book,
    html`<contact-import-dialog ${attributes}></contact-import-dialog>`,
  );
  await dialog.show();
  return dialog;
}

/** Chooses a file in the dialog's file input, as a user does. */
async function choose(dialog: ContactImportDialog, content: BlobPart, name: string): Promise<void> {
  const input = inside<HTMLInputElement>(dialog, 'input[type="file"]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const text = (dialog: ContactImportDialog, selector: string) =>
  dialog.shadowRoot!.querySelector(selector)?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const importButton = (dialog: ContactImportDialog) =>
  allInside<HTMLButtonElement>(dialog, 'button').find(
    (button) => button.textContent!.trim() === 'Import',
  )!;

/** Chooses the sample vCards and asks to merge the one that duplicates a stored contact. */
async function chooseWithDuplicateMerged(dialog: ContactImportDialog): Promise<void> {
  await choose(dialog, VCARDS, 'cards.vcf');
  await until(
    () => !!dialog.shadowRoot!.querySelector('[part="duplicates"] select'),
    'duplicates shown',
  );
  const choice = inside<HTMLSelectElement>(dialog, '[part="duplicates"] select');
  choice.value = 'merge';
  choice.dispatchEvent(new Event('change'));
  await settle(dialog);
}

describe('<contact-import-dialog>', () => {
  let book: ContactBook;
  beforeEach(async () => {
    book = await ContactBook.open({ store: new MemoryStore() });
    await book.create({ name: { given: 'Robert' }, emails: [{ value: 'bob@example.com' }] });
  });

  it('previews a vCard file, lists the duplicate and the problem, and writes nothing yet', async () => {
    const dialog = await open(book);
    await choose(dialog, VCARDS, 'cards.vcf');
    await until(() => !!dialog.shadowRoot!.querySelector('[part="summary"]'), 'preview shown');
    expect(text(dialog, '[part="summary"]')).to.equal('cards.vcf: vCard, 3 contacts read');
    expect(text(dialog, '[part="capacity"]')).to.equal('2 contacts can be imported');
    expect(
      allInside(dialog, '[part="preview"] tbody tr').map((row) =>
        row.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    ).to.deep.equal([
      'Doe, Jane jane@example.com',
      'Bob Roe BOB@example.com',
      'Zoë +32 2 555 12 34',
    ]);
    expect(text(dialog, '[part="duplicates"] li')).to.contain('Bob Roe — BOB@example.com (Robert)');
    expect(text(dialog, '[part="problems"]')).to.contain(
      '"not an address" is not a valid e-mail address',
    );
    expect(book.size).to.equal(1);
  });

  it('imports with a progress bar, merges the duplicate when asked, and reports', async () => {
    const dialog = await open(book);
    await chooseWithDuplicateMerged(dialog);
    const imported = oneEvent(dialog, 'contact-import') as Promise<
      CustomEvent<ContactEventMap['contact-import']>
    >;
    importButton(dialog).click();
    const { detail } = await imported;
    expect(detail.created.map((contact) => contact.formattedName)).to.deep.equal([
      'Jane Doe',
      'Zoë',
    ]);
    expect(detail.tags).to.deep.equal([['Friends'], []]);
    expect(detail.merged[0].emails.map((email) => email.value)).to.deep.equal(['bob@example.com']);
    expect(detail.merged[0].formattedName).to.equal('Robert');
    expect(book.size).to.equal(3);
    await settle(dialog);
    expect(text(dialog, '[role="status"]')).to.equal('2 imported, 1 merged, 0 skipped.');
  });

  it('is opaque and bordered without any --cb-* set by the page', async () => {
    const dialog = await open(book);
    const style = getComputedStyle(inside(dialog, 'dialog'));
    expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopLeftRadius).to.not.equal('0px');
  });

  it('starts the progress of a new import from zero, not at the previous numbers', async () => {
    const dialog = await open(book);
    await choose(dialog, VCARDS, 'cards.vcf');
    await until(() => !!dialog.shadowRoot!.querySelector('[part="summary"]'), 'preview shown');
    importButton(dialog).click();
    await until(() => text(dialog, '[role="status"]').includes('imported,'), 'first import done');
    await dialog.show();
    const five = Array.from(
      { length: 5 },
      (_, index) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${index}\r\nEND:VCARD`,
    ).join('\r\n');
    await choose(dialog, five, 'five.vcf');
    await until(() => text(dialog, '[part="summary"]').includes('five.vcf'), 'second preview');
    importButton(dialog).click();
    await dialog.updateComplete;
    // The first frame of the second import: the previous one ended at "3 of 3".
    expect(text(dialog, '[role="status"]')).to.match(/^Imported \d of 5$/);
    expect(inside<HTMLProgressElement>(dialog, '[part="progress"]').max).to.equal(5);
  });

  it("stores each new contact's tags as the user's tags", async () => {
    const dialog = await open(book);
    await choose(dialog, VCARDS, 'cards.vcf');
    await until(() => !!dialog.shadowRoot!.querySelector('[part="summary"]'), 'preview shown');
    const imported = oneEvent(dialog, 'contact-import') as Promise<
      CustomEvent<ContactEventMap['contact-import']>
    >;
    importButton(dialog).click();
    const { detail } = await imported;
    expect(book.tagsOf(detail.created[0].id)).to.deep.equal(['Friends']);
  });

  it('reports what was written when the book refuses a write', async () => {
    const dialog = await open(book);
    await chooseWithDuplicateMerged(dialog);
    // The merge is written, then the new contacts' transaction fails as a full disk would.
    book.createMany = () => Promise.reject(new Error('The disk is full'));
    const imported = oneEvent(dialog, 'contact-import') as Promise<
      CustomEvent<ContactEventMap['contact-import']>
    >;
    importButton(dialog).click();
    const { detail } = await imported;
    await settle(dialog);
    expect(detail.merged.length).to.equal(1);
    expect(text(dialog, '[role="status"]')).to.equal(
      '0 imported, 1 merged, 0 skipped. Stopped after 1 of 3: The disk is full',
    );
  });

  it('says how many fit when the book is nearly full', async () => {
    const dialog = await open(book, html``);
    dialog.maxContacts = 2;
    await choose(dialog, VCARDS, 'cards.vcf');
    await until(() => !!dialog.shadowRoot!.querySelector('[part="capacity"]'), 'preview shown');
    expect(text(dialog, '[part="capacity"]')).to.equal(
      'Only 1 of 2 contacts can be imported: the book holds 1 of its 2.',
    );
  });

  it('gives a clear message for an empty, a binary or a too large file', async () => {
    const dialog = await open(book);
    await choose(dialog, '', 'empty.vcf');
    await until(() => text(dialog, '[role="alert"]') !== '', 'message shown');
    expect(text(dialog, '[role="alert"]')).to.equal('The file is empty');
    await choose(
      dialog,
      new Uint8Array(4000).map((_, index) => (index * 31) % 9),
      'photo.csv',
    );
    await until(
      () => !['', 'The file is empty'].includes(text(dialog, '[role="alert"]')),
      'next message',
    );
    expect(text(dialog, '[role="alert"]')).to.equal(
      'This is not a contact file (vCard, CSV or LDIF)',
    );
    expect(dialog.maxFileSize).to.equal(100 * 1024 * 1024);
    dialog.maxFileSize = 100;
    await choose(dialog, 'x'.repeat(2 * 1024 * 1024), 'big.vcf');
    await until(() => text(dialog, '[role="alert"]').includes('kB'), 'size message');
    expect(text(dialog, '[role="alert"]')).to.equal(
      'big.vcf is 2 MB: the largest file this book imports is 0.1 kB. Split it into smaller files and import each.',
    );
    expect(book.size).to.equal(1);
  });

  it('imports into the book the user chooses', async () => {
    const store = new MemoryStore();
    const personal = await ContactBook.open({ store, bookName: 'Private' });
    const group = await ContactBook.open({ store, bookId: 'group-team', bookName: 'Team' });
    const dialog = await open(personal);
    dialog.books = [personal, group];
    await settle(dialog);
    const select = inside<HTMLSelectElement>(dialog, 'select');
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'Private',
      'Team',
    ]);
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await choose(dialog, VCARDS, 'cards.vcf');
    await until(() => !!dialog.shadowRoot!.querySelector('[part="summary"]'), 'preview shown');
    const imported = oneEvent(dialog, 'contact-import');
    importButton(dialog).click();
    await imported;
    expect([personal.size, group.size]).to.deep.equal([0, 3]);
  });

  it('maps the columns of an unknown CSV header, then reads again', async () => {
    const dialog = await open(book);
    await choose(dialog, 'Who;Reach\nAda Lovelace;ada@example.com\n', 'people.csv');
    await until(() => !!dialog.shadowRoot!.querySelector('[part="summary"]'), 'preview shown');
    expect(text(dialog, '[part="summary"]')).to.equal('people.csv: CSV, 0 contacts read');
    const [person, mail] = allInside<HTMLSelectElement>(dialog, 'details select');
    person.value = 'formattedName';
    person.dispatchEvent(new Event('change'));
    await until(() => text(dialog, '[part="summary"]').includes('1 contact read'), 'read again');
    mail.value = 'email';
    mail.dispatchEvent(new Event('change'));
    await until(
      () =>
        !!dialog.shadowRoot!.querySelector('[part="preview"]') &&
        text(dialog, '[part="preview"] tbody').includes('ada@'),
      'mapped',
    );
    expect(text(dialog, '[part="preview"] tbody')).to.equal('Ada Lovelace ada@example.com');
  });
});
