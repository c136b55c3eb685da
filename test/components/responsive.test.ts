import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { sharedStore } from '../core/sharing-fixtures.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import { generateContacts } from '../../demo/sample-contacts.js';
import { setLocale } from '../../src/components/i18n.js';
import { chooseMenu, inside, settle, until } from './helpers.js';

const WIDTH = 360;

/** Every element, through every shadow root, under `root`. */
function* everything(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everything(element.shadowRoot);
  }
}

/** Visible boxes that stick out of the viewport on the right or the left (with their path). */
function overflowing(root: Element): string[] {
  const out: string[] = [];
  for (const element of everything(root.shadowRoot!)) {
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height || element.closest('.visually-hidden')) continue;
    if (element.checkVisibility && !element.checkVisibility()) continue;
    if (box.right > window.innerWidth + 0.5 || box.left < -0.5) {
      const name = `${element.localName}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className}` : ''}`;
      out.push(`${name} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
  }
  return out;
}

/** A book with everything the toolbar and details can show: a directory brings the book switcher. */
async function mount() {
  const { store, directory } = sharedStore();
  const element = await fixture<ContactBookElement>(
    html`<contact-book .store=${store} .directory=${directory} user-id="ann"></contact-book>`,
  );
  const book = await element.ready();
  await book.createMany([
    // First in the list, and as long as real contacts get.
    {
      name: { given: 'Aaaa-Maximiliane', family: 'Aaaa-Wolfeschlegelsteinhausenberger' },
      organization: 'Internationale Vereinigung für Theoretische und Angewandte Limnologie',
      title: 'Wissenschaftliche Mitarbeiterin',
      emails: [
        { value: 'maximiliane.wolfeschlegelsteinhausenberger@limnologie-vereinigung.example' },
      ],
      phones: [{ value: '+49 30 123456789', type: 'work' }],
      addresses: [{ street: 'Müggelseedamm 310', locality: 'Berlin', postalCode: '12587' }],
      urls: [{ value: 'https://www.limnologie-vereinigung.example/mitarbeitende/wolfeschlegel' }],
      note: 'https://a-very-long-link.example/with/a/path/that/does/not/break/on/its/own/at/all',
    },
    ...generateContacts(30, { seed: 3 }),
  ]);
  await settle(element);
  return { element, book };
}

function expectFits(element: ContactBookElement) {
  expect(overflowing(element)).to.deep.equal([]);
  const dialogs = [...everything(element.shadowRoot!)].filter(
    (node): node is HTMLDialogElement => node instanceof HTMLDialogElement && node.open,
  );
  for (const dialog of dialogs)
    expect(
      dialog.scrollWidth,
      `#${dialog.id || dialog.getRootNode()} scrolls sideways`,
    ).to.be.at.most(dialog.clientWidth);
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(
    window.innerWidth,
  );
}

function toolbarMenu(element: ContactBookElement, label: string) {
  return inside(element, `[part="toolbar"] contact-menu[label="${label}"]`);
}

describe(`<contact-book> at ${WIDTH} px`, () => {
  before(() => setViewport({ width: WIDTH, height: 740 }));
  after(() => setViewport({ width: 1280, height: 800 }));

  it('stacks the list above the details and wraps the toolbar, with nothing sideways', async () => {
    const { element } = await mount();
    inside<HTMLElement>(element, 'contact-list', 'tbody tr').click();
    await settle(element, inside(element, 'contact-details'));
    const list = inside(element, 'contact-list').getBoundingClientRect();
    const details = inside(element, 'contact-details').getBoundingClientRect();
    expect(details.top).to.be.at.least(list.bottom - 1);
    expect(inside(element, 'contact-context-select', 'select')).to.exist;
    expectFits(element);
  });

  for (const [menu, item, id] of [
    ['New', 'Contact', '#editor'],
    ['More', 'Preferences…', '#preferences'],
    ['More', 'Trash…', '#trash'],
  ] as const) {
    it(`fits the ${id.slice(1)} dialog`, async () => {
      const { element, book } = await mount();
      if (id === '#trash')
        await book.remove(
          book
            .all()
            .slice(0, 3)
            .map((contact) => contact.id),
        );
      await chooseMenu(toolbarMenu(element, menu), item);
      await until(() => inside<HTMLDialogElement>(element, id).open, `${id} opens`);
      await settle(element);
      expectFits(element);
    });
  }

  it('fits the contact dialog, the import dialog and the confirmation', async () => {
    const { element } = await mount();
    inside<HTMLElement>(element, 'contact-list', 'tbody tr').dispatchEvent(
      new MouseEvent('dblclick', { bubbles: true, composed: true }),
    );
    await until(() => inside<HTMLDialogElement>(element, '#viewer').open, 'the contact opens');
    await settle(element);
    expectFits(element);
    inside<HTMLDialogElement>(element, '#viewer').close();

    await chooseMenu(toolbarMenu(element, 'More'), 'Import…');
    const importer = inside(element, 'contact-import-dialog');
    await until(() => inside<HTMLDialogElement>(importer, 'dialog').open, 'the import opens');
    expectFits(element);
    // Its preview of a file with long values, a duplicate and a problem.
    const card = (name: string, email: string) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nN:${name};;;;\r\nEMAIL:${email}\r\nORG:${'Vereinigung '.repeat(6)}\r\nEND:VCARD\r\n`;
    const file = new File(
      [
        card(
          'Aaaa-Wolfeschlegelsteinhausenberger',
          'maximiliane.wolfeschlegelsteinhausenberger@limnologie-vereinigung.example',
        ),
        card('Broken', 'not-an-e-mail-address-at-all-and-quite-long-too-without-any-spaces'),
        card(
          'Aaaa-Wolfeschlegelsteinhausenberger',
          'maximiliane.wolfeschlegelsteinhausenberger@limnologie-vereinigung.example',
        ),
      ],
      'long.vcf',
    );
    const input = inside<HTMLInputElement>(importer, 'input[type="file"]');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(
      () => !!importer.shadowRoot!.querySelector('[part="preview"]'),
      'the preview shows',
    );
    await settle(importer);
    expectFits(element);
    inside<HTMLDialogElement>(importer, 'dialog').close();

    await chooseMenu(toolbarMenu(element, 'More'), 'Empty the address book…');
    const confirm = inside(element, 'contact-confirm');
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'the confirmation opens');
    await settle(confirm);
    expectFits(element);
  });

  it('keeps every toolbar menu in view, in French too', async () => {
    const { element } = await mount();
    await setLocale('fr');
    try {
      await settle(element);
      const exporter = inside(element, 'contact-export-menu', 'contact-menu');
      for (const menu of [
        toolbarMenu(element, 'Nouveau'),
        toolbarMenu(element, 'Plus'),
        exporter,
      ]) {
        const label = menu.getAttribute('label');
        inside<HTMLButtonElement>(menu, '[part="button"]').click();
        await until(() => !!menu.shadowRoot!.querySelector('[role="menu"]'), `${label} opens`);
        expectFits(element);
        inside<HTMLButtonElement>(menu, '[part="button"]').click();
        await settle(menu);
      }
    } finally {
      await setLocale('en');
    }
  });

  it('fits the access grid: only the grid scrolls sideways, in French too', async () => {
    const { element } = await mount();
    await setLocale('fr');
    try {
      await settle(element);
      await chooseMenu(toolbarMenu(element, 'Plus'), 'Accès…');
      const access = inside(element, 'contact-access-dialog');
      await until(() => inside<HTMLDialogElement>(access, 'dialog').open, 'the grid opens');
      await settle(access);
      expectFits(element);
    } finally {
      await setLocale('en');
    }
  });
});

describe('<contact-book> from tablet to wide screens', () => {
  after(() => setViewport({ width: 1280, height: 800 }));

  for (const width of [600, 900, 1280, 1920]) {
    it(`fits ${width} px, side by side from 56rem up`, async () => {
      await setViewport({ width, height: 800 });
      const { element } = await mount();
      inside<HTMLElement>(element, 'contact-list', 'tbody tr').click();
      await settle(element, inside(element, 'contact-details'));
      expectFits(element);
      const list = inside(element, 'contact-list').getBoundingClientRect();
      const details = inside(element, 'contact-details').getBoundingClientRect();
      const sideBySide = width >= 56 * 16;
      expect(details.left >= list.right - 1, 'details beside the list').to.equal(sideBySide);
    });
  }
});
