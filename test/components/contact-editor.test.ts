import { expect, html, oneEvent } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import type { Contact } from '../../src/core/contact.js';
import type { ContactEditor } from '../../src/components/contact-editor.js';
import { allInside, inside, provide, settle, type, buttonLabelled } from './helpers.js';

async function editorFor(contact?: (book: ContactBook) => Promise<Contact>) {
  const book = await ContactBook.open({ store: new MemoryStore() });
  const existing = contact ? await contact(book) : undefined;
  const editor = await provide<ContactEditor>(
    book,
    html`<contact-editor .contact=${existing}></contact-editor>`,
  );
  return { book, editor, existing };
}

const tab = (editor: ContactEditor, id: string) => inside<HTMLButtonElement>(editor, `#tab-${id}`);
const button = (editor: ContactEditor, label: string) => buttonLabelled(editor, label);
const field = (editor: ContactEditor, name: string) =>
  inside<HTMLInputElement>(editor, `[name="${name}"]`);

async function save(editor: ContactEditor) {
  button(editor, 'Save').click();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await settle(editor);
}

describe('<contact-editor>', () => {
  it('has five tabs, moved through with the arrow keys', async () => {
    const { editor } = await editorFor();
    const tabs = allInside<HTMLButtonElement>(editor, '[role="tab"]').map((b) =>
      b.textContent?.trim(),
    );
    expect(tabs).to.deep.equal([
      'Name & work',
      'Phones, e-mail & IM',
      'Addresses',
      'Personal',
      'Notes',
    ]);
    tab(editor, 'name').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
    );
    await settle(editor);
    expect(tab(editor, 'reach').getAttribute('aria-selected')).to.equal('true');
    expect(editor.shadowRoot!.activeElement).to.equal(tab(editor, 'reach'));
    tab(editor, 'reach').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }),
    );
    tab(editor, 'reach').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }),
    );
    await settle(editor);
    expect(tab(editor, 'notes').getAttribute('aria-selected')).to.equal('true');
  });

  it('adds and removes rows of multi-valued fields, with typed selects, and saves once', async () => {
    const { book, editor } = await editorFor();
    type(field(editor, 'organization'), 'Müller GmbH');
    tab(editor, 'reach').click();
    await settle(editor);
    button(editor, 'Add phone').click();
    button(editor, 'Add phone').click();
    await settle(editor);
    type(field(editor, 'phones.0.value'), '+49 30 1234567');
    // Each row's Remove button names its row the way the error summary does.
    expect(
      allInside<HTMLButtonElement>(editor, 'fieldset button[aria-label^="Remove"]').map((b) =>
        b.getAttribute('aria-label'),
      ),
    ).to.deep.equal(['Remove Phone 1', 'Remove Phone 2']);
    type(field(editor, 'phones.1.value'), '+33 1 42 68 53 00');
    const select = allInside<HTMLSelectElement>(editor, 'fieldset select')[1];
    expect([...select.options].map((option) => option.value)).to.deep.equal([
      'cell',
      'home',
      'work',
      'fax',
      'pager',
      'other',
    ]);
    select.value = 'fax';
    select.dispatchEvent(new Event('change'));
    await settle(editor);
    allInside<HTMLButtonElement>(editor, 'fieldset button')
      .find((b) => b.textContent?.trim() === 'Remove')!
      .click();
    await settle(editor);
    tab(editor, 'addresses').click();
    await settle(editor);
    button(editor, 'Add address').click();
    await settle(editor);
    type(field(editor, 'addresses.0.locality'), 'Berlin');
    tab(editor, 'notes').click();
    await settle(editor);
    type(inside<HTMLTextAreaElement>(editor, 'textarea'), 'Met at the fair.\nLikes tea.');
    await settle(editor);
    setTimeout(() => button(editor, 'Save').click());
    const { detail } = await oneEvent(editor, 'contact-save');
    expect(detail.contact.organization).to.equal('Müller GmbH');
    expect(detail.contact.phones).to.deep.equal([{ value: '+33142685300', type: 'fax' }]);
    expect(detail.contact.addresses).to.deep.equal([{ type: 'home', locality: 'Berlin' }]);
    expect(detail.contact.note).to.equal('Met at the fair.\nLikes tea.');
    expect(book.size).to.equal(1);
  });

  it('shows schema messages next to the field and opens the tab that holds it', async () => {
    const { book, editor } = await editorFor();
    await save(editor);
    expect(inside(editor, '[role="alert"]').textContent).to.contain(
      'Enter a name, an organization, an e-mail or a phone',
    );
    type(field(editor, 'name.given'), 'Ann');
    tab(editor, 'personal').click();
    await settle(editor);
    type(field(editor, 'birthday'), '15/04/1970');
    tab(editor, 'notes').click();
    await save(editor);
    expect(tab(editor, 'personal').getAttribute('aria-selected')).to.equal('true');
    expect(field(editor, 'birthday').getAttribute('aria-invalid')).to.equal('true');
    expect(inside(editor, '#field-birthday-error').textContent).to.contain('YYYY-MM-DD');
    expect(inside(editor, '[role="alert"]').textContent).to.contain('Birthday: Use YYYY-MM-DD');
    expect(book.size).to.equal(0);
    type(field(editor, 'birthday'), '--04-15');
    setTimeout(() => button(editor, 'Save').click());
    expect((await oneEvent(editor, 'contact-save')).detail.contact.birthday).to.equal('--04-15');
  });

  it('refuses a stale save with a clear message and writes nothing', async () => {
    const { book, editor, existing } = await editorFor((b) => b.create({ name: { given: 'Old' } }));
    await book.update(existing!.id, { name: { given: 'Changed elsewhere' } }, existing!.revision);
    type(field(editor, 'name.given'), 'Mine');
    await save(editor);
    expect(inside(editor, '[role="alert"]').textContent).to.contain(
      'Someone else changed this contact',
    );
    expect((await book.get(existing!.id)).name.given).to.equal('Changed elsewhere');
  });

  it('Cancel discards the changes', async () => {
    const { book, editor, existing } = await editorFor((b) =>
      b.create({ name: { given: 'Keep' } }),
    );
    type(field(editor, 'name.given'), 'Discard me');
    setTimeout(() => button(editor, 'Cancel').click());
    await oneEvent(editor, 'contact-cancel');
    await settle(editor);
    expect(field(editor, 'name.given').value).to.equal('Keep');
    expect((await book.get(existing!.id)).revision).to.equal(existing!.revision);
  });

  it('keeps an imported display name and unmodelled fields when editing', async () => {
    const { editor } = await editorFor((b) =>
      b.create({
        formattedName: 'The Band',
        extras: [{ name: 'X-CUSTOM', params: {}, value: 'kept' }],
      }),
    );
    tab(editor, 'notes').click();
    await settle(editor);
    type(inside<HTMLTextAreaElement>(editor, 'textarea'), 'A note');
    setTimeout(() => button(editor, 'Save').click());
    const { detail } = await oneEvent(editor, 'contact-save');
    expect(detail.contact.formattedName).to.equal('The Band');
    expect(detail.contact.extras).to.deep.equal([{ name: 'X-CUSTOM', params: {}, value: 'kept' }]);
  });
});

describe('<contact-editor> pictures and fax numbers', () => {
  it('keeps the picture through an edit and takes one pasted anywhere in the form', async () => {
    const photo = { mediaType: 'image/png', data: 'iVBORw0KGgo=' };
    const { editor } = await editorFor((b) => b.create({ name: { given: 'Pic' }, photo }));
    setTimeout(() => button(editor, 'Save').click());
    const first = (await oneEvent(editor, 'contact-save')).detail.contact;
    expect(first.photo).to.deep.equal(photo);
    editor.contact = first;
    await settle(editor);

    const canvas = new OffscreenCanvas(40, 30);
    canvas.getContext('2d')!.fillRect(0, 0, 40, 30);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const data = new DataTransfer();
    data.items.add(new File([blob], 'pasted.png', { type: 'image/png' }));
    tab(editor, 'notes').click();
    await settle(editor);
    const changed = oneEvent(editor, 'contact-photo-change');
    inside(editor, 'textarea').dispatchEvent(
      new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    await settle(editor);
    expect(tab(editor, 'name').getAttribute('aria-selected')).to.equal('true');
    await changed;
    await settle(editor);
    setTimeout(() => button(editor, 'Save').click());
    const saved = (await oneEvent(editor, 'contact-save')).detail.contact;
    expect(saved.photo!.mediaType).to.match(/^image\/(jpeg|webp)$/);
    expect(saved.photo!.data).not.to.equal(photo.data);
  });

  it('offers country + number for a fax and stores E.164', async () => {
    const { editor } = await editorFor();
    type(field(editor, 'name.given'), 'Fax Owner');
    tab(editor, 'reach').click();
    await settle(editor);
    button(editor, 'Add phone').click();
    await settle(editor);
    const select = allInside<HTMLSelectElement>(editor, 'fieldset select')[0];
    select.value = 'fax';
    select.dispatchEvent(new Event('change'));
    await settle(editor);
    const faxInput = inside(editor, 'contact-phone-input');
    await settle(faxInput);
    const country = inside<HTMLSelectElement>(faxInput, 'select');
    country.value = 'FR';
    country.dispatchEvent(new Event('change', { bubbles: true }));
    const number = inside<HTMLInputElement>(faxInput, 'input');
    type(number, '01 42 68 53 00');
    await settle(editor);
    setTimeout(() => button(editor, 'Save').click());
    const saved = (await oneEvent(editor, 'contact-save')).detail.contact;
    expect(saved.phones).to.deep.equal([{ type: 'fax', value: '+33142685300' }]);
  });
});
