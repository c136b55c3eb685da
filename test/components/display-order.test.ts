import { expect, html, oneEvent } from '@open-wc/testing';
import type { ContactDetails } from '../../src/components/contact-details.js';
import type { ContactImportDialog } from '../../src/components/contact-import-dialog.js';
import type { ContactTrash } from '../../src/components/contact-trash.js';
import type { ContactBook } from '../../src/core/book.js';
import { allInside, bookWith, inside, provide, settle, until } from './helpers.js';

const JANE = { name: { prefix: 'Dr.', given: 'Jane', family: 'Doe' } };
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

async function firstLast(book: ContactBook, ...elements: Element[]) {
  await book.setPreferences({ displayOrder: 'first-last' });
  await settle(...elements);
}

describe("the user's display order", () => {
  it('names the contact in the details heading, its label, its export file and its print', async () => {
    const book = await bookWith([JANE]);
    const details = await provide<ContactDetails>(
      book,
      html`<contact-details .contact=${book.all()[0]}></contact-details>`,
    );
    const exportMenu = inside(details, 'contact-export-menu');
    expect(text(inside(details, 'h2'))).to.equal('Doe, Jane');
    expect(inside(details, 'article').getAttribute('aria-label')).to.equal('Doe, Jane');
    expect(exportMenu.getAttribute('file-name')).to.equal('Doe, Jane');
    const printer = inside(details, 'contact-print');
    printer.addEventListener('contact-print', (event) => event.preventDefault());
    const printing = oneEvent(printer, 'contact-print');
    [...details.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Print')!.click();
    expect((await printing).detail.html).to.contain('<h1>Doe, Jane</h1>');

    await firstLast(book, details);
    expect(text(inside(details, 'h2'))).to.equal('Dr. Jane Doe');
    expect(exportMenu.getAttribute('file-name')).to.equal('Dr. Jane Doe');
  });

  it('names the contacts in the trash', async () => {
    const book = await bookWith([JANE]);
    await book.remove(book.all().map((contact) => contact.id));
    const trash = await provide<ContactTrash>(book, html`<contact-trash></contact-trash>`);
    const cells = () => allInside(trash, 'tbody td').map(text);
    await until(() => cells().includes('Doe, Jane'), 'the trash names Doe, Jane');
    await firstLast(book, trash);
    await until(() => cells().includes('Dr. Jane Doe'), 'then Dr. Jane Doe');
  });

  it('names the duplicates an import finds', async () => {
    const book = await bookWith([
      { name: { given: 'Robert', family: 'Roe' }, emails: [{ value: 'bob@example.com' }] },
    ]);
    const dialog = await provide<ContactImportDialog>(
      book,
      html`<contact-import-dialog></contact-import-dialog>`,
    );
    await dialog.show();
    const input = inside<HTMLInputElement>(dialog, 'input[type="file"]');
    const transfer = new DataTransfer();
    const card =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Roe\r\nN:Roe;Bob;;;\r\nEMAIL:bob@example.com\r\nEND:VCARD';
    transfer.items.add(new File([card], 'bob.vcf'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    const duplicate = () => dialog.shadowRoot!.querySelector('[part="duplicates"] li');
    await until(() => !!duplicate(), 'the duplicate is listed');
    expect(text(duplicate()!)).to.contain('Roe, Bob — bob@example.com (Roe, Robert)');
    await firstLast(book, dialog);
    expect(text(duplicate()!)).to.contain('Bob Roe — bob@example.com (Robert Roe)');
  });
});
