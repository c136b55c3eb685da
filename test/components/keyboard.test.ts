import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import { inside, settle, until } from './helpers.js';

/** The element that really has focus, through every shadow root. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  await new Promise((resolve) => setTimeout(resolve, 50));
}

async function mount() {
  const element = await fixture<ContactBookElement>(
    html`<contact-book .store=${new MemoryStore()}></contact-book>`,
  );
  const book = await element.ready();
  await book.createMany(
    ['Ann', 'Bob', 'Cid'].map((given) => ({ name: { given, family: 'Keys' } })),
  );
  await settle(element);
  return { element, book };
}

const rows = (element: ContactBookElement) => [
  ...inside(element, 'contact-list').shadowRoot!.querySelectorAll<HTMLElement>('tbody tr'),
];
const dialog = (element: ContactBookElement, ...path: string[]) =>
  inside<HTMLDialogElement>(element, ...path);
const menuButton = (element: ContactBookElement, label: string) =>
  inside<HTMLButtonElement>(element, `[part="toolbar"] contact-menu[label="${label}"]`, 'button');

describe('keyboard use of <contact-book>', () => {
  it('arrows move in the list, Enter shows, Shift+Enter opens, Escape closes back to the row', async () => {
    const { element } = await mount();
    rows(element)[0]!.focus();
    await press('ArrowDown');
    await press('ArrowDown');
    expect(focused()).to.equal(rows(element)[2]);
    await press('ArrowUp');
    expect(focused()).to.equal(rows(element)[1]);
    await press('Enter');
    await settle(element);
    expect(inside(element, 'contact-details').shadowRoot!.textContent).to.contain('Bob Keys');

    await sendKeys({ down: 'Shift' });
    await press('Enter');
    await sendKeys({ up: 'Shift' });
    await until(() => dialog(element, '#viewer').open, 'the contact opens in a dialog');
    expect(dialog(element, '#viewer').getAttribute('aria-label')).to.be.ok;
    await press('Escape');
    await until(() => !dialog(element, '#viewer').open, 'Escape closes it');
    expect(focused()).to.equal(rows(element)[1]);
  });

  it('Delete asks first: Escape keeps the contact, Enter moves it to the trash', async () => {
    const { element, book } = await mount();
    rows(element)[0]!.focus();
    await press('Delete');
    const confirm = inside(element, 'contact-confirm');
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'the confirmation opens');
    expect(inside(confirm, 'dialog').contains(focused()) || confirm.shadowRoot!.contains(focused()))
      .to.be.true;
    await press('Escape');
    await until(() => !inside<HTMLDialogElement>(confirm, 'dialog').open, 'Escape cancels');
    expect(book.size).to.equal(3);
    expect(focused()).to.equal(rows(element)[0]);

    await press('Delete');
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'it asks again');
    inside<HTMLButtonElement>(confirm, 'button[type="submit"]').focus();
    await press('Enter');
    await until(() => book.size === 2, 'Enter on Delete deletes');
    expect(await book.trash()).to.have.length(1);
  });

  for (const [menu, item, ...path] of [
    ['New', 'Contact', '#editor'],
    ['More', 'Preferences…', '#preferences'],
    ['More', 'Trash…', '#trash'],
    ['More', 'Tags…', 'contact-tags-dialog', 'dialog'],
  ] as const) {
    const id = path.join(' › ');
    it(`${menu} ▸ ${item} by keyboard; Escape closes and focus returns to ${menu}`, async () => {
      const { element } = await mount();
      const button = menuButton(element, menu);
      button.focus();
      await press('Enter');
      const items = [
        ...inside(
          element,
          `[part="toolbar"] contact-menu[label="${menu}"]`,
        ).shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]'),
      ];
      expect(focused()).to.equal(items[0]);
      while (focused()?.textContent?.trim() !== item) await press('ArrowDown');
      await press('Enter');
      await until(() => dialog(element, ...path).open, `${id} opens`);
      await settle(element);
      await press('Escape');
      await until(() => !dialog(element, ...path).open, `Escape closes ${id}`);
      expect(focused()).to.equal(button);
    });
  }

  it('arrows move along the toolbar, wrapping, and leave an open menu alone', async () => {
    const { element } = await mount();
    const newButton = menuButton(element, 'New');
    const moreButton = menuButton(element, 'More');
    const exportButton = inside(
      element,
      '[part="toolbar"] contact-export-menu',
      'contact-menu',
      'button',
    );
    newButton.focus();
    await press('ArrowRight');
    expect(focused()).to.equal(moreButton);
    await press('ArrowRight');
    expect(focused()).to.equal(exportButton);
    await press('ArrowRight');
    expect(focused()).to.equal(newButton);
    await press('ArrowLeft');
    expect(focused()).to.equal(exportButton);
    await press('Home');
    expect(focused()).to.equal(newButton);
    await press('End');
    expect(focused()).to.equal(exportButton);
    await press('ArrowDown'); // opens the Export menu
    const item = focused();
    expect(item?.getAttribute('role')).to.equal('menuitem');
    await press('ArrowRight');
    expect(focused()).to.equal(item);
  });

  it('the editor tabs follow the arrows, Home and End; Escape cancels back to New', async () => {
    const { element } = await mount();
    const button = menuButton(element, 'New');
    button.focus();
    await press('Enter');
    await press('Enter');
    await until(() => dialog(element, '#editor').open, 'the editor opens');
    const editor = inside(element, 'contact-editor');
    await settle(editor);
    const tabs = [...editor.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(inside(editor, '[role="tablist"]').getAttribute('aria-label')).to.be.ok;
    tabs[0]!.focus();
    await press('ArrowRight');
    expect(focused()).to.equal(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(inside(editor, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal(
      tabs[1]!.id,
    );
    await press('End');
    expect(focused()).to.equal(tabs.at(-1));
    await press('ArrowRight');
    expect(focused()).to.equal(tabs[0]);
    await press('ArrowLeft');
    await press('Home');
    expect(focused()).to.equal(tabs[0]);
    await press('Escape');
    await until(() => !dialog(element, '#editor').open, 'Escape closes the editor');
    expect(focused()).to.equal(button);
  });

  it('Escape closes the SMS composer and focus returns to the selection menu', async () => {
    const { element } = await mount();
    const list = inside(element, 'contact-list');
    inside<HTMLInputElement>(list, '.bar input[type="checkbox"]').click();
    await settle(list);
    const button = inside<HTMLButtonElement>(list, '.bar contact-menu', 'button');
    button.focus();
    await press('Enter');
    while (focused()?.textContent?.trim() !== 'Send SMS') await press('ArrowDown');
    await press('Enter');
    await until(() => dialog(element, '#sms').open, 'the composer opens');
    await settle(element);
    await press('Escape');
    await until(() => !dialog(element, '#sms').open, 'Escape closes it');
    expect(focused()).to.equal(button);
  });

  it('Escape closes the import dialog and focus returns to More', async () => {
    const { element } = await mount();
    const button = menuButton(element, 'More');
    button.focus();
    await press('Enter');
    await press('Enter'); // Import… is the first item
    const importer = inside(element, 'contact-import-dialog');
    await until(() => inside<HTMLDialogElement>(importer, 'dialog').open, 'the import opens');
    await press('Escape');
    await until(() => !inside<HTMLDialogElement>(importer, 'dialog').open, 'Escape closes it');
    expect(focused()).to.equal(button);
  });
});
