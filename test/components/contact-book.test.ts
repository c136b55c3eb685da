import { expect, fixture, html } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import type { ContactConfirm } from '../../src/components/contact-confirm.js';
import { allInside, chooseMenu, inside, settle, type, until, buttonLabelled } from './helpers.js';

async function mount(store = new MemoryStore()) {
  const element = await fixture<ContactBookElement>(
    html`<contact-book .store=${store}></contact-book>`,
  );
  const book = await element.ready();
  await settle(element);
  return { element, book, store };
}

function rows(element: ContactBookElement) {
  return allInside<HTMLTableRowElement>(element, 'contact-list', 'tbody tr');
}

function toolbarMenu(element: ContactBookElement, label: string) {
  const menus = allInside<HTMLElement>(element, '[part="toolbar"] contact-menu');
  return menus.find((menu) => menu.getAttribute('label') === label)!;
}

async function confirmDialog(element: ContactBookElement, typed?: string) {
  const confirm = inside<ContactConfirm>(element, 'contact-confirm');
  await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'the confirmation opens');
  await confirm.updateComplete;
  if (typed !== undefined) {
    type(inside<HTMLInputElement>(confirm, 'input'), typed);
    await confirm.updateComplete;
  }
  return confirm;
}

describe('<contact-book>', () => {
  it('adds, views, edits, deletes (with undo) and empties, by clicking', async () => {
    const { element, book } = await mount();
    expect(inside(element, 'contact-list').shadowRoot!.textContent).to.contain('No contacts yet');

    // Add
    await chooseMenu(toolbarMenu(element, 'New'), 'Contact');
    const editor = inside(element, 'contact-editor');
    await until(() => inside<HTMLDialogElement>(element, '#editor').open, 'the editor opens');
    type(inside<HTMLInputElement>(editor, 'input[name="name.given"]'), 'Éloïse');
    type(inside<HTMLInputElement>(editor, 'input[name="name.family"]'), 'Dupont');
    await settle(editor);
    inside<HTMLButtonElement>(editor, '[role="tab"]#tab-reach').click();
    await settle(editor);
    const addEmail = buttonLabelled(editor, 'Add e-mail', 'fieldset button');
    addEmail.click();
    await settle(editor);
    type(inside<HTMLInputElement>(editor, 'input[name="emails.0.value"]'), 'not-an-email');
    await settle(editor);
    inside<HTMLButtonElement>(editor, 'button[type="submit"]').click();
    await until(() => !!editor.shadowRoot!.querySelector('.error'), 'the field error shows');
    expect(inside(editor, '.error').textContent).to.contain('valid e-mail');
    expect(book.size).to.equal(0);
    type(inside<HTMLInputElement>(editor, 'input[name="emails.0.value"]'), 'eloise@example.fr');
    await settle(editor);
    inside<HTMLButtonElement>(editor, 'button[type="submit"]').click();
    await until(() => book.size === 1, 'the contact is saved');
    await settle(element, inside(element, 'contact-list'));
    expect(inside<HTMLDialogElement>(element, '#editor').open).to.be.false;

    // View: the new contact is selected and shown in the details pane
    expect(rows(element)).to.have.length(1);
    expect(rows(element)[0].textContent).to.contain('Dupont, Éloïse');
    const details = inside(element, 'contact-details');
    await settle(details);
    const reach = inside(details, 'contact-actions:not([kinds="map"])');
    await settle(reach);
    expect(reach.shadowRoot!.textContent).to.contain('eloise@example.fr');

    // Edit from the details pane
    buttonLabelled(details, 'Edit').click();
    await until(() => inside<HTMLDialogElement>(element, '#editor').open, 'the editor opens again');
    const editor2 = inside(element, 'contact-editor');
    await settle(editor2);
    expect(inside<HTMLInputElement>(editor2, 'input[name="name.family"]').value).to.equal('Dupont');
    type(inside<HTMLInputElement>(editor2, 'input[name="name.family"]'), 'Durand');
    await settle(editor2);
    inside<HTMLButtonElement>(editor2, 'button[type="submit"]').click();
    await until(() => book.all()[0]?.name.family === 'Durand', 'the edit is saved');
    expect(book.all()[0].revision).to.equal(2);
    await settle(element, inside(element, 'contact-list'));
    expect(rows(element)[0].textContent).to.contain('Durand, Éloïse');

    // Delete one: confirmation says how many, then Undo brings it back
    await book.create({ name: { given: 'Zoë', family: 'Adams' } });
    await settle(element, inside(element, 'contact-list'));
    expect(rows(element)).to.have.length(2);
    const row = rows(element).find((r) => r.textContent!.includes('Durand'))!;
    await chooseMenu(row.querySelector('contact-menu')!, 'Delete');
    let confirm = await confirmDialog(element);
    expect(confirm.shadowRoot!.textContent).to.contain('Delete this contact?');
    inside<HTMLButtonElement>(confirm, 'button[type="submit"]').click();
    await until(() => book.size === 1, 'the contact moved to the trash');
    expect((await book.trash()).map((entry) => entry.contact.name.family)).to.deep.equal([
      'Durand',
    ]);
    await settle(element);
    inside<HTMLButtonElement>(element, '[part="notice"] button').click();
    await until(() => book.size === 2, 'Undo restores it');

    // Empty: needs the book's name typed
    await settle(element);
    await chooseMenu(toolbarMenu(element, 'More'), 'Empty the address book…');
    confirm = await confirmDialog(element, 'Privat');
    expect(inside<HTMLButtonElement>(confirm, 'button[type="submit"]').disabled).to.be.true;
    type(inside<HTMLInputElement>(confirm, 'input'), 'Private');
    await confirm.updateComplete;
    expect(confirm.shadowRoot!.textContent).to.contain('All 2 contacts will move');
    inside<HTMLButtonElement>(confirm, 'button[type="submit"]').click();
    await until(() => book.size === 0, 'the book is emptied');
    expect(await book.trash()).to.have.length(2);
  });

  it('opens a contact in its own dialog on double click, with Edit there', async () => {
    const { element, book } = await mount();
    await book.create({ name: { given: 'Dora' }, emails: [{ value: 'dora@example.org' }] });
    await settle(element, inside(element, 'contact-list'));
    rows(element)[0].dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await until(() => inside<HTMLDialogElement>(element, '#viewer').open, 'the dialog opens');
    const viewer = inside(element, '#viewer contact-details');
    await settle(viewer);
    expect(viewer.shadowRoot!.textContent).to.contain('Dora');
    buttonLabelled(viewer, 'Edit').click();
    await until(() => inside<HTMLDialogElement>(element, '#editor').open, 'Edit opens the editor');
    expect(inside<HTMLDialogElement>(element, '#viewer').open).to.be.false;
  });

  it('says why when the book cannot be opened, and ready() rejects', async () => {
    const broken = new MemoryStore();
    broken.getAll = () => Promise.reject(new Error('disk on fire'));
    const element = await fixture<ContactBookElement>(
      html`<contact-book .store=${broken}></contact-book>`,
    );
    let reason = '';
    await element.ready().catch((error: Error) => (reason = error.message));
    expect(reason).to.equal('disk on fire');
    await settle(element);
    expect(inside(element, '[role="alert"]').textContent).to.contain('disk on fire');
  });

  it('cancelling a deletion keeps the contact', async () => {
    const { element, book } = await mount();
    await book.create({ name: { given: 'Ada', family: 'Lovelace' } });
    await settle(element, inside(element, 'contact-list'));
    await chooseMenu(rows(element)[0].querySelector('contact-menu')!, 'Delete');
    const confirm = await confirmDialog(element);
    buttonLabelled(confirm, 'Cancel').click();
    await settle(element);
    expect(book.size).to.equal(1);
  });

  it('deletes a selection after one confirmation naming the count', async () => {
    const { element, book } = await mount();
    await book.createMany([1, 2, 3].map((n) => ({ name: { given: `Person ${n}` } })));
    const list = inside(element, 'contact-list');
    await settle(element, list);
    inside<HTMLInputElement>(list, '.bar input[type="checkbox"]').click();
    await settle(list);
    await chooseMenu(inside(list, '.bar contact-menu'), 'Delete selected');
    const confirm = await confirmDialog(element);
    expect(confirm.shadowRoot!.textContent).to.contain('Delete 3 contacts?');
    inside<HTMLButtonElement>(confirm, 'button[type="submit"]').click();
    await until(() => book.size === 0, 'all three moved to the trash');
  });

  it('searches as you type and shows the results in the list', async () => {
    const { element, book } = await mount();
    await book.createMany([
      { name: { given: 'Zoë', family: 'Müller' } },
      { name: { given: 'Ann', family: 'Smith' }, organization: 'Muller Logistics' },
      { name: { given: 'Bob', family: 'Jones' } },
    ]);
    const search = inside(element, 'contact-search');
    await settle(element, search);
    const field = inside<HTMLInputElement>(search, 'input[type="search"]');
    type(field, 'muller');
    await until(() => rows(element).length === 2, 'two contacts match');
    expect(rows(element)[0].textContent).to.contain('Müller, Zoë');
    type(field, '');
    await until(() => rows(element).length === 3, 'clearing shows the whole book');
  });

  it('imports from the More menu, prints the page or the selection, and exports', async () => {
    const { element, book } = await mount();
    await book.createMany([{ name: { given: 'Ann' } }, { name: { given: 'Bob' } }]);
    await settle(element, inside(element, 'contact-list'));

    await chooseMenu(toolbarMenu(element, 'More'), 'Import…');
    const importer = inside(element, 'contact-import-dialog');
    await until(
      () => inside<HTMLDialogElement>(importer, 'dialog').open,
      'the import dialog opens',
    );
    inside<HTMLDialogElement>(importer, 'dialog').close();

    const printed = new Promise<CustomEvent<{ contacts: { name: { given?: string } }[] }>>(
      (resolve) =>
        element.addEventListener(
          'contact-print',
          (event) => {
            event.preventDefault(); // no print dialog in a test
            resolve(event);
          },
          { once: true },
        ),
    );
    await chooseMenu(toolbarMenu(element, 'More'), 'Print this page');
    expect((await printed).detail.contacts.map((c) => c.name.given)).to.deep.equal(['Ann', 'Bob']);

    const list = inside(element, 'contact-list');
    rows(element)[1].querySelector('input')!.click();
    await settle(element, list);
    const more = toolbarMenu(element, 'More');
    inside<HTMLButtonElement>(more, 'button[part="button"]').click();
    await settle(more);
    const labels = allInside(more, '[role="menuitem"]').map((item) => item.textContent?.trim());
    expect(labels).to.include('Print selected (1)');
    inside<HTMLButtonElement>(more, 'button[part="button"]').click();

    const exporter = inside(element, 'contact-export-menu');
    await settle(exporter);
    const exported = new Promise<CustomEvent<{ blob: Blob; fileName: string }>>((resolve) =>
      element.addEventListener(
        'contact-export',
        (event) => {
          event.preventDefault(); // keep the file instead of downloading it
          resolve(event);
        },
        { once: true },
      ),
    );
    await chooseMenu(inside(exporter, 'contact-menu'), 'vCard 4.0 — 1 selected');
    const { blob } = (await exported).detail;
    const text = await blob.text();
    expect(text).to.contain('FN:Bob');
    expect(text).not.to.contain('Ann');
  });

  it('tags a contact in the editor, shows the tags, and finds them with tag:', async () => {
    const { element, book } = await mount();
    const [golfer] = await book.createMany([
      { name: { given: 'Gail' } },
      { name: { given: 'Hal' } },
    ]);
    await settle(element, inside(element, 'contact-list'));
    element.dispatchEvent(new CustomEvent('contact-edit', { detail: { contact: golfer } }));
    await until(() => inside<HTMLDialogElement>(element, '#editor').open, 'the editor opens');
    const editor = inside(element, 'contact-editor');
    await settle(editor);
    inside<HTMLButtonElement>(editor, '#tab-notes').click();
    await settle(editor);
    type(inside<HTMLInputElement>(editor, 'input[name="tags"]'), 'Golf, key account, golf');
    await settle(editor);
    inside<HTMLButtonElement>(editor, 'button[type="submit"]').click();
    await until(() => book.tagsOf(golfer.id).length === 2, 'the tags are saved');
    expect(book.tagsOf(golfer.id)).to.deep.equal(['Golf', 'key account']);
    const details = inside(element, 'contact-details');
    await settle(element, details);
    const chips = [...details.shadowRoot!.querySelectorAll('.chip')];
    expect(chips.map((chip) => chip.textContent!.trim())).to.deep.equal(['Golf', 'key account']);

    const field = inside<HTMLInputElement>(
      inside(element, 'contact-search'),
      'input[type="search"]',
    );
    type(field, 'tag:"key account"');
    await until(() => rows(element).length === 1, 'tag: finds the tagged contact only');
    expect(rows(element)[0].textContent).to.contain('Gail');
  });

  it('opens the SMS composer for the selection', async () => {
    const { element, book } = await mount();
    await book.createMany([
      { name: { given: 'Ann' }, phones: [{ value: '+33612345678', type: 'cell' }] },
      { name: { given: 'Bob' }, phones: [{ value: '+447700900123', type: 'cell' }] },
    ]);
    const list = inside(element, 'contact-list');
    await settle(element, list);
    inside<HTMLInputElement>(list, '.bar input[type="checkbox"]').click();
    await settle(list);
    await chooseMenu(inside(list, '.bar contact-menu'), 'Send SMS');
    await until(() => inside<HTMLDialogElement>(element, '#sms').open, 'the composer opens');
    const composer = inside(element, 'contact-sms-composer');
    await settle(composer);
    const text = composer.shadowRoot!.textContent!;
    expect(text).to.contain('Ann');
    expect(text).to.contain('Bob');
    expect(text.toLowerCase()).to.contain('sign');
  });

  it('saves preferences from the dialog and refuses an out-of-range page size', async () => {
    const { element, book } = await mount();
    await book.createMany(
      Array.from({ length: 12 }, (_, n) => ({
        name: { given: `Given${n}`, family: `Family${String(n).padStart(2, '0')}` },
      })),
    );
    await chooseMenu(toolbarMenu(element, 'More'), 'Preferences…');
    const prefs = inside(element, 'contact-preferences');
    await settle(prefs);
    const size = inside<HTMLInputElement>(prefs, 'input[name="pageSize"]');
    type(size, '51');
    await settle(prefs);
    inside<HTMLButtonElement>(prefs, 'button[type="submit"]').click();
    await until(() => !!prefs.shadowRoot!.querySelector('.error'), 'the error shows');
    expect(inside(prefs, '.error').textContent).to.contain('at most 50');
    expect(book.preferences.pageSize).to.equal(25);
    type(size, '5');
    inside<HTMLInputElement>(prefs, 'input[value="first-last"]').click();
    await settle(prefs);
    inside<HTMLButtonElement>(prefs, 'button[type="submit"]').click();
    await until(() => book.preferences.pageSize === 5, 'the page size is saved');
    expect(book.preferences.displayOrder).to.equal('first-last');
    const list = inside(element, 'contact-list');
    await settle(element, list);
    expect(rows(element)).to.have.length(5);
    expect(rows(element)[0].textContent).to.contain('Given0 Family00');
    expect(list.shadowRoot!.textContent).to.contain('Page 1 of 3');
  });

  it('opens IndexedDB by name when no store is given, and keeps data across reloads', async () => {
    const name = `cb-test-${crypto.randomUUID()}`;
    const first = await fixture<ContactBookElement>(
      html`<contact-book name=${name}></contact-book>`,
    );
    const book = await first.ready();
    await book.create({ organization: 'ACME Corp' });
    first.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await fixture<ContactBookElement>(
      html`<contact-book name=${name}></contact-book>`,
    );
    const reopened = await second.ready();
    expect(reopened.all().map((contact) => contact.formattedName)).to.deep.equal(['ACME Corp']);
    second.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    indexedDB.deleteDatabase(name);
  });
});
