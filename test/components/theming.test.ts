import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import { darkPalette, lightPalette } from '../../src/components/theme.js';
import { chooseMenu, inside, settle, until } from './helpers.js';

/** `#rrggbb` as the `rgb(r, g, b)` a computed style reports. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Every element, through every shadow root. */
function* everything(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everything(element.shadowRoot);
  }
}

async function mount(attributes: { theme?: string } = {}) {
  const element = await fixture<ContactBookElement>(
    html`<contact-book
      .store=${new MemoryStore()}
      theme=${attributes.theme ?? 'auto'}
    ></contact-book>`,
  );
  const book = await element.ready();
  await book.createMany([
    { name: { given: 'Ann', family: 'Part' }, emails: [{ value: 'ann@example.org' }] },
    { name: { given: 'Bob', family: 'Part' } },
  ]);
  await settle(element);
  return { element, book };
}

/** The parts <contact-book> documents, each with a probe style the page sets through ::part(). */
const PARTS = [
  'base',
  'toolbar',
  'toolbar-button',
  'search',
  'search-input',
  'list',
  'table',
  'row',
  'active',
  'pager',
  'details',
  'details-header',
  'details-section',
  'details-button',
  'dialog',
  'editor-dialog',
  'editor',
  'editor-tabs',
  'editor-tab',
  'editor-footer',
  'viewer-dialog',
  'preferences-dialog',
  'trash-dialog',
  'sms-dialog',
  'import-dialog',
  'tags-dialog',
  'access-dialog',
  'confirm-dialog',
];

describe('theming', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const [theme, system, palette] of [
    ['dark', 'light', darkPalette],
    ['light', 'dark', lightPalette],
    ['auto', 'dark', darkPalette],
    ['auto', 'light', lightPalette],
  ] as const) {
    it(`theme="${theme}" on a ${system} system paints everything inside, dialogs too`, async () => {
      await emulateMedia({ colorScheme: system });
      const { element } = await mount({ theme });
      expect(getComputedStyle(element).backgroundColor).to.equal(rgb(palette.bg));
      const row = inside(element, 'contact-list', 'tbody tr td.name');
      expect(getComputedStyle(row).color).to.equal(rgb(palette.text));
      await chooseMenu(inside(element, '[part="toolbar"] contact-menu[label="New"]'), 'Contact');
      await until(() => inside<HTMLDialogElement>(element, '#editor').open, 'the editor opens');
      const editor = inside(element, 'contact-editor');
      await settle(editor);
      expect(getComputedStyle(inside(element, '#editor')).backgroundColor).to.equal(
        rgb(palette.bg),
      );
      expect(getComputedStyle(inside(editor, 'input')).colorScheme).to.contain(
        theme === 'auto' ? 'light dark' : theme,
      );
      expect(getComputedStyle(inside(editor, 'button.primary')).backgroundColor).to.equal(
        rgb(palette.accent),
      );
    });
  }

  it('a page-set --cb-* wins over the theme, and --cb-space scales the spacing', async () => {
    const { element } = await mount({ theme: 'dark' });
    const button = inside(element, 'contact-list', 'contact-menu', 'button');
    const before = parseFloat(getComputedStyle(button).paddingLeft);
    element.style.setProperty('--cb-accent', '#0a7d5a');
    element.style.setProperty('--cb-space', '1rem');
    await chooseMenu(inside(element, '[part="toolbar"] contact-menu[label="New"]'), 'Contact');
    await until(() => inside<HTMLDialogElement>(element, '#editor').open, 'the editor opens');
    const editor = inside(element, 'contact-editor');
    await settle(editor);
    expect(getComputedStyle(inside(editor, 'button.primary')).backgroundColor).to.equal(
      'rgb(10, 125, 90)',
    );
    expect(parseFloat(getComputedStyle(button).paddingLeft)).to.be.closeTo(before * 2, 0.5);
  });

  it('keeps a focus indicator that survives forced colours (an outline, not only a shadow)', async () => {
    const { element } = await mount();
    const button = inside<HTMLButtonElement>(element, '[part="toolbar"] contact-menu', 'button');
    button.focus();
    await sendKeys({ press: 'Shift' }); // a key press: focus is shown, as for keyboard users
    const style = getComputedStyle(button);
    expect(button.matches(':focus-visible')).to.equal(true);
    expect([style.outlineStyle, style.outlineWidth]).to.deep.equal(['solid', '2px']);
    expect(style.boxShadow).to.not.equal('none');
  });

  it('exposes every documented part to the page through ::part()', async () => {
    const { element, book } = await mount();
    inside<HTMLElement>(element, 'contact-list', 'tbody tr').click();
    await chooseMenu(inside(element, '[part="toolbar"] contact-menu[label="New"]'), 'Contact');
    await until(() => inside<HTMLDialogElement>(element, '#editor').open, 'the editor opens');
    await settle(element, inside(element, 'contact-details'), inside(element, 'contact-editor'));
    expect(book.size).to.equal(2);
    const style = document.createElement('style');
    document.head.append(style);
    const missing = PARTS.filter((part) => {
      // A probe: a distinct outline-offset that only the page's ::part() rule sets.
      style.textContent = `contact-book::part(${part}) { outline-offset: 123px; }`;
      return ![...everything(element.shadowRoot!)].some(
        (node) => getComputedStyle(node).outlineOffset === '123px',
      );
    });
    style.remove();
    expect(missing).to.deep.equal([]);
  });
});
