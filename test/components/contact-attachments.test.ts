import { expect, fixture, html } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import { ContactBook, type ContactBookOptions } from '../../src/core/book.js';
import type { Contact } from '../../src/core/contact.js';
import type { ContactAttachments } from '../../src/components/contact-attachments.js';
import type { ContactConfirm } from '../../src/components/contact-confirm.js';
import { openTestDatabase } from '../adapters/idb-helpers.js';
import { grantsRecord } from '../core/book-stores.js';
import {
  allInside,
  buttonLabelled,
  guardNavigation,
  inside,
  provide,
  settle,
  type,
  until,
} from './helpers.js';

let database: ReturnType<typeof openTestDatabase>;
const books: ContactBook[] = [];

/** Jane in a book on real IndexedDB, and `<contact-attachments>` showing hers (as `userId`). */
async function attachmentsOf(options: Partial<ContactBookOptions> = {}) {
  const store = await database.open();
  const owner = await ContactBook.open({ store, ...options, userId: 'me' });
  const jane: Contact = await owner.create({ name: { given: 'Jane' } });
  const book =
    options.userId && options.userId !== 'me'
      ? await ContactBook.open({ store, ...options, bookId: owner.bookId })
      : owner;
  books.push(owner, book);
  const element = await provide<ContactAttachments>(
    book,
    html`<contact-attachments .contact=${jane}></contact-attachments>`,
  );
  return { owner, book, jane, element };
}

const rows = (element: ContactAttachments) => allInside(element, 'li[part="item"]');
/** What a row says: name, type, size ('' for a link) and when and by whom it was added. */
const cells = (row: Element) =>
  ['.name', '.type', '.size', '.added'].map(
    (selector) => row.querySelector(selector)?.textContent!.trim().replace(/\s+/g, ' ') ?? '',
  );
const filesOf = (...files: File[]) => {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer;
};

/** Picks files in the file input, as a user does. */
function pick(element: ContactAttachments, ...files: File[]) {
  const input = inside<HTMLInputElement>(element, 'input[type="file"]');
  input.files = filesOf(...files).files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<contact-attachments>', () => {
  beforeEach(() => (database = openTestDatabase('attachments-ui')));
  afterEach(async () => {
    for (const book of books.splice(0)) book.close();
    await database.cleanup();
  });

  it('attaches a picked file: listed with name, type, size and date, kept in IndexedDB', async () => {
    const { book, jane, element } = await attachmentsOf();
    pick(element, new File([new Uint8Array(2048)], 'plan.pdf', { type: 'application/pdf' }));
    await until(() => rows(element).length === 1, 'the file is listed');
    const [attachment] = await book.attachments.list(jane.id);
    const [name, kind, size, added] = cells(rows(element)[0]);
    expect([name, kind]).to.deep.equal(['plan.pdf', 'application/pdf']);
    expect(size).to.equal(
      new Intl.NumberFormat(undefined, {
        style: 'unit',
        unit: 'kilobyte',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }).format(2),
    );
    const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    expect(added).to.equal(`added ${date.format(new Date(attachment.addedAt))} by you`);
    const blob = await book.attachments.open(jane.id, attachment.id);
    expect(blob.size).to.equal(2048);
    expect(blob.type).to.equal('application/pdf');
  });

  it('attaches dropped files', async () => {
    const { element } = await attachmentsOf();
    const zone = inside(element, '[part="dropzone"]');
    const transfer = filesOf(
      new File(['one'], 'one.txt', { type: 'text/plain' }),
      new File(['two'], 'two.txt', { type: 'text/plain' }),
    );
    zone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    await settle(element);
    expect(zone.classList.contains('over'), 'the zone shows it will take the files').to.equal(true);
    zone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    await until(() => rows(element).length === 2, 'both are listed');
    expect(
      rows(element)
        .map((row) => cells(row)[0])
        .sort(),
    ).to.deep.equal(['one.txt', 'two.txt']);
    expect(zone.classList.contains('over')).to.equal(false);
  });

  it('names the size and the limit when a file is too large, and attaches the others', async () => {
    const { book, jane, element } = await attachmentsOf({ maxAttachmentSize: 2048 });
    expect(inside(element, '[part="dropzone"]').textContent).to.contain('up to 2 kB each');
    pick(
      element,
      new File([new Uint8Array(3 * 1024)], 'big.bin'),
      new File(['ok'], 'small.txt', { type: 'text/plain' }),
    );
    await until(() => !!element.shadowRoot!.querySelector('[role="alert"]'), 'it says why');
    expect(inside(element, '[role="alert"]').textContent!.trim()).to.equal(
      '"big.bin" is 3 kB; files up to 2 kB can be attached.',
    );
    expect((await book.attachments.list(jane.id)).map((item) => item.name)).to.deep.equal([
      'small.txt',
    ]);
  });

  it('links a web address, and refuses one that is not http or https', async () => {
    const { element } = await attachmentsOf();
    const form = inside<HTMLFormElement>(element, 'form[part="link-form"]');
    type(form.querySelector<HTMLInputElement>('input[name="url"]')!, 'javascript:alert(1)');
    form.requestSubmit();
    await until(() => !!element.shadowRoot!.querySelector('[role="alert"]'), 'it is refused');
    expect(inside(element, '[role="alert"]').textContent).to.contain(
      'Enter a web address starting with http:// or https://',
    );
    type(form.querySelector<HTMLInputElement>('input[name="url"]')!, 'https://example.com/cv.html');
    type(form.querySelector<HTMLInputElement>('input[name="name"]')!, 'CV');
    form.requestSubmit();
    await until(() => rows(element).length === 1, 'the link is listed');
    const link = rows(element)[0].querySelector('a')!;
    expect(link.textContent).to.equal('CV');
    expect(link.getAttribute('href')).to.equal('https://example.com/cv.html');
    expect(link.target).to.equal('_blank');
    expect(cells(rows(element)[0]).slice(1, 3), 'no size for a link').to.deep.equal(['Link', '']);
    expect(
      form.querySelector<HTMLInputElement>('input[name="url"]')!.value,
      'the form is reset',
    ).to.equal('');
  });

  it('opens and downloads a file through an object URL, revoked when it is no longer needed', async () => {
    const { book, jane, element } = await attachmentsOf();
    await book.attachments.attachFile(
      jane.id,
      new File(['hello file'], 'hello.txt', { type: 'text/plain' }),
    );
    await until(() => rows(element).length === 1, 'listed');

    const handled = new Promise<CustomEvent>((resolve) =>
      element.addEventListener(
        'contact-attachment-open',
        (event) => {
          event.preventDefault();
          resolve(event);
        },
        { once: true },
      ),
    );
    buttonLabelled(element, 'Open').click();
    const event = await handled;
    expect(event.detail.download).to.equal(false);
    expect(await (event.detail.blob as Blob).text(), 'a host can show the file itself').to.equal(
      'hello file',
    );

    const clicked: HTMLAnchorElement[] = [];
    const record = (click: Event) => clicked.push(click.composedPath()[0] as HTMLAnchorElement);
    document.addEventListener('click', record);
    const stop = guardNavigation({});
    try {
      buttonLabelled(element, 'Open').click();
      await until(() => clicked.some((node) => node.href?.startsWith('blob:')), 'it opens');
      buttonLabelled(element, 'Download').click();
      await until(
        () => clicked.filter((node) => node.href?.startsWith('blob:')).length === 2,
        'it saves',
      );
    } finally {
      stop();
      document.removeEventListener('click', record);
    }
    const [opened, saved] = clicked.filter((node) => node.href?.startsWith('blob:'));
    expect(opened.target).to.equal('_blank');
    expect(saved.download).to.equal('hello.txt');
    expect(await (await fetch(opened.href)).text()).to.equal('hello file');
    element.remove();
    const revoked = await fetch(saved.href).then(
      () => false,
      () => true,
    );
    expect(revoked, 'the URLs are revoked when the element goes').to.equal(true);
  });

  it('breaks the link after a confirmation', async () => {
    const { book, jane, element } = await attachmentsOf();
    await book.attachments.attachLink(jane.id, 'https://example.com');
    await until(() => rows(element).length === 1, 'listed');
    buttonLabelled(element, 'Break the link').click();
    const confirm = inside<ContactConfirm>(element, 'contact-confirm');
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'it asks first');
    buttonLabelled(confirm, 'Cancel').click();
    await settle(element);
    expect(rows(element)).to.have.length(1);
    buttonLabelled(element, 'Break the link').click();
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'it asks again');
    await settle(confirm);
    buttonLabelled(confirm, 'Break the link').click();
    await until(() => rows(element).length === 0, 'it is gone');
    expect(await book.attachments.list(jane.id)).to.deep.equal([]);
  });

  it('lets a viewer open but not attach or break links', async () => {
    const store = await database.open();
    await store.write([grantsRecord({ viewer: ['view'] })]);
    await store.close();
    const { owner, jane, element } = await attachmentsOf({
      userId: 'viewer',
      bookId: 'private-me',
    });
    await owner.attachments.attachFile(jane.id, new File(['x'], 'x.txt'));
    await until(() => rows(element).length === 1, 'the viewer sees it');
    expect(element.shadowRoot!.querySelector('[part="dropzone"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part="link-form"]')).to.equal(null);
    expect(buttonLabelled(element, 'Break the link').disabled).to.equal(true);
    expect(buttonLabelled(element, 'Open').disabled).to.equal(false);
  });

  it('takes the limit from <contact-book max-attachment-size>', async () => {
    const element = await fixture<ContactBookElement>(
      html`<contact-book .store=${new MemoryStore()} max-attachment-size="1000"></contact-book>`,
    );
    const book = await element.ready();
    expect(book.attachments.maxSize).to.equal(1000);
  });
});
