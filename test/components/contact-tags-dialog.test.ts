import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import type { ContactDetails } from '../../src/components/contact-details.js';
import type { ContactList } from '../../src/components/contact-list.js';
import type { ContactTagsDialog } from '../../src/components/contact-tags-dialog.js';
import { ContactBook } from '../../src/core/book.js';
import type { Contact } from '../../src/core/contact.js';
import { TAG_COLOURS } from '../../src/core/tag-registry.js';
import {
  allInside,
  buttonLabelled,
  chooseMenu,
  inside,
  provide,
  settle,
  type,
  until,
} from './helpers.js';

/** The tag window inside an element (the list or the details). */
const dialogOf = (host: Element) => inside<ContactTagsDialog>(host, 'contact-tags-dialog');
const nativeDialog = (dialog: ContactTagsDialog) => inside<HTMLDialogElement>(dialog, 'dialog');

/** The row of a tag in the window. */
const tagRow = (dialog: ContactTagsDialog, name: string) => {
  const row = allInside(dialog, 'li[data-tag]').find((item) => item.dataset.tag === name);
  if (!row) throw new Error(`No tag "${name}" in the window`);
  return row;
};
const tickBox = (dialog: ContactTagsDialog, name: string) =>
  tagRow(dialog, name).querySelector<HTMLInputElement>('input[type="checkbox"]')!;

/** Creates a tag through the window's form, as a user does. */
async function createInWindow(dialog: ContactTagsDialog, name: string, colour?: string) {
  const form = inside<HTMLFormElement>(dialog, 'form.create');
  type(form.querySelector('input')!, name);
  if (colour) {
    const select = form.querySelector('select')!;
    select.value = colour;
    select.dispatchEvent(new Event('change'));
  }
  await dialog.updateComplete;
  form.requestSubmit();
  await settle(dialog);
}

const chipTexts = (root: Element, ...path: string[]) =>
  allInside(root, ...path, '.chip').map((chip) => chip.textContent!.trim());

describe('<contact-tags-dialog>', () => {
  let store: MemoryStore;
  let book: ContactBook;
  let contacts: Contact[];

  beforeEach(async () => {
    store = new MemoryStore();
    book = await ContactBook.open({ store });
    contacts = await book.createMany([
      { name: { given: 'Ann', family: 'Archer' } },
      { name: { given: 'Bob', family: 'Baker' } },
      { name: { given: 'Cid', family: 'Cole' } },
    ]);
  });

  afterEach(async () => {
    for (const host of document.querySelectorAll('div'))
      if (host.querySelector('contact-list, contact-details')) host.remove();
    book.close();
    await store.close();
  });

  const mountList = () => provide<ContactList>(book, html`<contact-list></contact-list>`);
  /** The list, with the tag window opened from the Actions (⋯) of the row at `index`. */
  async function openFromRow(index: number) {
    const list = await mountList();
    await chooseMenu(allInside(list, 'tbody tr')[index].querySelector('contact-menu')!, 'Tags…');
    const dialog = dialogOf(list);
    await settle(dialog);
    return { list, dialog };
  }

  it("opens from a row's Actions, creates a tag (ticked at once) and shows it as a chip", async () => {
    const { list, dialog } = await openFromRow(0);
    expect(nativeDialog(dialog).open).to.equal(true);
    expect(inside(dialog, 'h2').textContent).to.contain('Archer, Ann');
    expect(inside(dialog, '.none').textContent).to.contain('No tags yet');

    await createInWindow(dialog, '  Key   account ', 'indigo');
    await until(() => book.tagsOf(contacts[0].id).length === 1, 'the new tag is on the contact');
    expect(book.tagList()).to.deep.equal([{ name: 'Key account', colour: 'indigo' }]);
    await settle(dialog, list);
    expect(tickBox(dialog, 'Key account').checked).to.equal(true);
    expect(
      inside<HTMLInputElement>(dialog, 'form.create input').value,
      'the form is reset',
    ).to.equal('');

    const chip = allInside(list, 'tbody tr')[0].querySelector<HTMLElement>('.chip')!;
    expect(chip.textContent!.trim()).to.equal('Key account');
    expect(TAG_COLOURS.indigo).to.equal('#444ce7');
    expect(getComputedStyle(chip).backgroundColor).to.equal('rgb(68, 76, 231)');
    expect(getComputedStyle(chip).color, 'light text on indigo').to.equal('rgb(255, 255, 255)');
    expect(allInside(list, 'tbody tr')[1].querySelector('.chip'), 'only on Ann').to.equal(null);

    buttonLabelled(dialog, 'Done').click();
    expect(nativeDialog(dialog).open).to.equal(false);
  });

  it('is keyboard-usable: Space ticks the focused tag, Escape closes the window', async () => {
    await book.createTag('Golf');
    const { dialog } = await openFromRow(0);
    tickBox(dialog, 'Golf').focus();
    await sendKeys({ press: 'Space' });
    await until(() => book.tagsOf(contacts[0].id).length === 1, 'Space ticks Golf');
    await sendKeys({ press: 'Escape' });
    await until(() => !nativeDialog(dialog).open, 'Escape closes the window');
  });

  it('refuses a name the user already has (any case) and a blank one, with a message', async () => {
    await book.createTag('VIP', 'red');
    const { dialog } = await openFromRow(0);
    await createInWindow(dialog, 'vip');
    expect(inside(dialog, '[role="alert"]').textContent).to.contain(
      'You already have a tag named "VIP"',
    );
    await createInWindow(dialog, '   ');
    expect(inside(dialog, '[role="alert"]').textContent).to.contain('Give the tag a name');
    expect(book.tagList()).to.have.length(1);
    expect(book.tagsOf(contacts[0].id)).to.deep.equal([]);
    expect(inside<HTMLInputElement>(dialog, 'form.create input').maxLength).to.equal(64);
  });

  it('ticks and unticks a tag for one contact', async () => {
    await book.createTag('Golf', 'green');
    await book.createTag('Work', 'blue');
    await book.setTags(contacts[1].id, ['Work']);
    const { list, dialog } = await openFromRow(1);
    expect(tickBox(dialog, 'Golf').checked).to.equal(false);
    expect(tickBox(dialog, 'Work').checked).to.equal(true);

    tickBox(dialog, 'Golf').click();
    await until(() => book.tagsOf(contacts[1].id).length === 2, 'Golf is added');
    expect(book.tagsOf(contacts[1].id)).to.deep.equal(['Work', 'Golf']);
    tickBox(dialog, 'Work').click();
    await until(() => book.tagsOf(contacts[1].id).length === 1, 'Work is taken off');
    expect(book.tagsOf(contacts[1].id)).to.deep.equal(['Golf']);
    await settle(list);
    expect(chipTexts(list, 'tbody tr:nth-child(2)')).to.deep.equal(['Golf']);
  });

  it('for a selection, shows a tag some of them have as mixed, and ticking puts it on all', async () => {
    await book.createTag('Golf');
    await book.setTags(contacts[0].id, ['Golf']);
    const list = await mountList();
    for (const box of allInside<HTMLInputElement>(list, 'tbody input[type="checkbox"]').slice(0, 2))
      box.click();
    await settle(list);
    await chooseMenu(inside(list, '.bar contact-menu'), 'Tags…');
    const dialog = dialogOf(list);
    await settle(dialog);
    expect(inside(dialog, 'h2').textContent).to.contain('Tags of 2 contacts');
    const box = tickBox(dialog, 'Golf');
    expect(box.indeterminate).to.equal(true);
    expect(box.checked).to.equal(false);
    expect(tagRow(dialog, 'Golf').textContent).to.contain('1 of 2');

    box.click();
    await until(() => book.tagsOf(contacts[1].id).length === 1, 'Golf is put on both');
    await settle(dialog);
    expect(tickBox(dialog, 'Golf').indeterminate).to.equal(false);
    expect(tickBox(dialog, 'Golf').checked).to.equal(true);

    tickBox(dialog, 'Golf').click();
    await until(() => !book.tagsOf(contacts[0].id).length, 'Golf is taken off both');
    expect(book.tagsOf(contacts[1].id)).to.deep.equal([]);
    expect(book.tagsOf(contacts[2].id), 'not selected: untouched').to.deep.equal([]);
    expect(book.tagList(), 'the tag itself stays').to.have.length(1);
  });

  it("changes a tag's colour, and every chip follows", async () => {
    await book.createTag('Golf', 'green');
    await book.setTags(contacts[0].id, ['Golf']);
    const { list, dialog } = await openFromRow(0);
    const select = tagRow(dialog, 'Golf').querySelector('select')!;
    expect(select.getAttribute('aria-label')).to.equal('Colour of Golf');
    expect(select.value).to.equal('green');
    select.value = 'yellow';
    select.dispatchEvent(new Event('change'));
    await until(() => book.findTag('Golf')?.colour === 'yellow', 'the colour is saved');
    await settle(list, dialog);
    const chip = allInside(list, 'tbody tr')[0].querySelector<HTMLElement>('.chip')!;
    expect(getComputedStyle(chip).backgroundColor).to.equal('rgb(254, 200, 75)');
    expect(getComputedStyle(chip).color, 'dark text on yellow').to.equal('rgb(0, 0, 0)');
    const windowChip = tagRow(dialog, 'Golf').querySelector<HTMLElement>('.chip')!;
    expect(windowChip.dataset.colour).to.equal('yellow');
  });

  it('deletes a tag after a confirmation; it leaves every contact', async () => {
    await book.createTag('Golf');
    await book.setTagsMany([
      [contacts[0].id, ['Golf', 'Work']],
      [contacts[2].id, ['Golf']],
    ]);
    const { list, dialog } = await openFromRow(0);
    const cross = () => tagRow(dialog, 'Golf').querySelector<HTMLButtonElement>('button.remove')!;
    expect(cross().getAttribute('aria-label')).to.equal('Delete the tag Golf');

    cross().click();
    const confirm = inside(dialog, 'contact-confirm');
    await settle(confirm);
    expect(inside(confirm, 'h2').textContent).to.contain('Delete the tag "Golf"?');
    buttonLabelled(confirm, 'Cancel').click();
    await settle(dialog);
    expect(book.findTag('Golf'), 'cancel keeps it').to.not.equal(undefined);

    cross().click();
    await settle(confirm);
    buttonLabelled(confirm, 'Delete tag').click();
    await until(() => !book.findTag('Golf'), 'the tag is deleted');
    expect(book.tagsOf(contacts[0].id)).to.deep.equal(['Work']);
    expect(book.tagsOf(contacts[2].id)).to.deep.equal([]);
    await settle(dialog, list);
    expect(allInside(dialog, 'li[data-tag]').map((row) => row.dataset.tag)).to.deep.equal(['Work']);
    expect(nativeDialog(dialog).open, 'the tag window stays open').to.equal(true);
    expect(chipTexts(list, 'tbody tr:nth-child(3)')).to.deep.equal([]);
  });

  it('opens from the details, shows chips there, and hints that tags are personal on group data', async () => {
    const group = await ContactBook.open({ store, bookId: 'group-team', bookName: 'Team' });
    const shared = await group.create({ name: { given: 'Gus', family: 'Group' } });
    await group.setTags(shared.id, ['Golf']);
    const details = await provide<ContactDetails>(
      group,
      html`<contact-details .contact=${shared}></contact-details>`,
    );
    expect(allInside(details, '.chip').map((chip) => chip.textContent!.trim())).to.deep.equal([
      'Golf',
    ]);
    buttonLabelled(details, 'Tags…').click();
    const dialog = dialogOf(details);
    await settle(dialog);
    expect(nativeDialog(dialog).open).to.equal(true);
    expect(inside(dialog, '.hint').textContent).to.contain('Only you see your tags');
    tickBox(dialog, 'Golf').click();
    await until(() => !group.tagsOf(shared.id).length, 'Golf is taken off');
    await settle(details);
    expect(allInside(details, '.chip'), 'no chips without tags').to.have.length(0);
    group.close();

    const own = await provide<ContactDetails>(
      book,
      html`<contact-details .contact=${contacts[0]}></contact-details>`,
    );
    buttonLabelled(own, 'Tags…').click();
    await settle(dialogOf(own));
    expect(allInside(dialogOf(own), '.hint'), 'no hint in the private book').to.have.length(0);

    // The user's own contact, shared into a group: group data too.
    const sharedOwn: Contact = { ...contacts[1], sharedWith: ['group-team'] };
    await store.write([{ type: 'put', collection: 'contacts', record: sharedOwn }]);
    await dialogOf(own).open([contacts[1]]);
    expect(inside(dialogOf(own), '.hint').textContent).to.contain('Only you see your tags');
  });

  it('More ▸ Tags… in <contact-book> manages the tags with no contact: nothing to tick', async () => {
    const element = await fixture<ContactBookElement>(
      html`<contact-book .store=${store} user-id="me"></contact-book>`,
    );
    const own = await element.ready();
    await own.createTag('Golf', 'green');
    await settle(element);
    const more = allInside(element, 'contact-menu').find((menu) =>
      menu.getAttribute('label')?.startsWith('More'),
    )!;
    await chooseMenu(more, 'Tags…');
    const dialog = dialogOf(element);
    await settle(dialog);
    expect(nativeDialog(dialog).open).to.equal(true);
    expect(inside(dialog, 'h2').textContent).to.contain('Your tags');
    expect(tagRow(dialog, 'Golf').querySelector('input[type="checkbox"]')).to.equal(null);
    await createInWindow(dialog, 'Tennis', 'orange');
    await until(() => own.findTag('Tennis')?.colour === 'orange', 'the tag is created');
    expect(
      contacts.every((contact) => !own.tagsOf(contact.id).length),
      'nobody tagged',
    ).to.equal(true);
  });
});
