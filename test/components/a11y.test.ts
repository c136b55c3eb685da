import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import type { ContactBook } from '../../src/core/book.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import type { ContactConfirm } from '../../src/components/contact-confirm.js';
import type { ContactImportDialog } from '../../src/components/contact-import-dialog.js';
import { darkPalette, lightPalette } from '../../src/components/theme.js';
import { generateContacts } from '../../demo/sample-contacts.js';
import { sharedStore } from '../core/sharing-fixtures.js';
import { bookWith, chooseMenu, inside, provide, settle, until } from './helpers.js';

type Scheme = 'light' | 'dark';

/** Puts the page in `scheme`, the way a host page that supports it looks. */
async function useScheme(scheme: Scheme): Promise<void> {
  await emulateMedia({ colorScheme: scheme });
  const palette = scheme === 'dark' ? darkPalette : lightPalette;
  document.documentElement.style.colorScheme = scheme;
  document.body.style.background = palette.bg;
  document.body.style.color = palette.text;
}

/** Axe on the element (shadow roots and open dialogs included): zero violations. */
async function expectAccessible(element: Element): Promise<void> {
  await settle(element);
  await expect(element).to.be.accessible();
}

const sample = () => generateContacts(6, { seed: 7 });

async function mountBook(
  theme?: Scheme,
): Promise<{ element: ContactBookElement; book: ContactBook }> {
  const element = await fixture<ContactBookElement>(
    html`<contact-book .store=${new MemoryStore()} theme=${theme ?? 'auto'}></contact-book>`,
  );
  const book = await element.ready();
  await book.createMany(sample());
  await settle(element);
  return { element, book };
}

async function within(template: TemplateResult, contacts = sample()) {
  const book = await bookWith(contacts);
  return { book, element: await provide<HTMLElement>(book, template) };
}

function toolbarMenu(element: ContactBookElement, label: string) {
  return [
    ...element.shadowRoot!.querySelectorAll<HTMLElement>('[part="toolbar"] contact-menu'),
  ].find((menu) => menu.getAttribute('label') === label)!;
}

async function openDialog(element: ContactBookElement, id: string, open: () => Promise<void>) {
  await open();
  await until(() => inside<HTMLDialogElement>(element, `#${id}`).open, `#${id} opens`);
  await settle(element);
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility (axe, ${scheme})`, () => {
    beforeEach(() => useScheme(scheme));
    afterEach(async () => {
      fixtureCleanup();
      for (const host of document.body.querySelectorAll(':scope > div')) host.remove();
      document.body.removeAttribute('style');
      document.documentElement.removeAttribute('style');
      await emulateMedia({ colorScheme: 'light' });
    });

    describe('<contact-book>', () => {
      it('with contacts, one selected', async () => {
        const { element, book } = await mountBook();
        const first = inside<HTMLTableRowElement>(element, 'contact-list', 'tbody tr');
        first.click();
        await settle(element, inside(element, 'contact-details'));
        expect(book.size).to.equal(6);
        await expectAccessible(element);
      });

      it('empty', async () => {
        const element = await fixture<ContactBookElement>(
          html`<contact-book .store=${new MemoryStore()}></contact-book>`,
        );
        await element.ready();
        await expectAccessible(element);
      });

      it(`forced by theme="${scheme}" whatever the system says, dialogs included`, async () => {
        await emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
        const { element } = await mountBook(scheme);
        await openDialog(element, 'editor', () =>
          chooseMenu(toolbarMenu(element, 'New'), 'Contact'),
        );
        const dialog = inside(element, '#editor');
        expect(getComputedStyle(dialog).backgroundColor).to.equal(
          scheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)',
        );
        await expectAccessible(element);
      });

      it('with the editor open and showing errors', async () => {
        const { element } = await mountBook();
        await openDialog(element, 'editor', () =>
          chooseMenu(toolbarMenu(element, 'New'), 'Contact'),
        );
        const editor = inside(element, 'contact-editor');
        inside<HTMLButtonElement>(editor, 'button[type="submit"]').click();
        await until(() => !!editor.shadowRoot!.querySelector('.error, .summary'), 'errors show');
        await expectAccessible(element);
      });

      it('with a contact open in its own dialog', async () => {
        const { element } = await mountBook();
        const first = inside<HTMLTableRowElement>(element, 'contact-list', 'tbody tr');
        await openDialog(element, 'viewer', async () => {
          first.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
        });
        await expectAccessible(element);
      });

      it('with the preferences, the trash and the confirmation open', async () => {
        const { element, book } = await mountBook();
        await openDialog(element, 'preferences', () =>
          chooseMenu(toolbarMenu(element, 'More'), 'Preferences…'),
        );
        await expectAccessible(element);
        inside<HTMLDialogElement>(element, '#preferences').close();

        await book.remove([book.all()[0]!.id]);
        await openDialog(element, 'trash', () =>
          chooseMenu(toolbarMenu(element, 'More'), 'Trash…'),
        );
        await expectAccessible(element);
        inside<HTMLDialogElement>(element, '#trash').close();

        await chooseMenu(toolbarMenu(element, 'More'), 'Empty the address book…');
        const confirm = inside<ContactConfirm>(element, 'contact-confirm');
        await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'confirm opens');
        await expectAccessible(element);
      });
    });

    it('<contact-book> with a selection, the SMS composer, the Undo notice and the import dialog', async () => {
      const { element } = await mountBook();
      const list = inside(element, 'contact-list');
      inside<HTMLInputElement>(list, '.bar input[type="checkbox"]').click();
      await settle(list);
      await expectAccessible(element);
      await openDialog(element, 'sms', () =>
        chooseMenu(inside(list, '.bar contact-menu'), 'Send SMS'),
      );
      await expectAccessible(element);
      inside<HTMLDialogElement>(element, '#sms').close();

      await chooseMenu(inside(list, '.bar contact-menu'), 'Delete selected');
      const confirm = inside<ContactConfirm>(element, 'contact-confirm');
      await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'confirm opens');
      await settle(confirm);
      inside<HTMLButtonElement>(confirm, 'button[type="submit"]').click();
      await until(() => !!element.shadowRoot!.querySelector('[part="notice"]'), 'Undo shows');
      await expectAccessible(element);

      await chooseMenu(toolbarMenu(element, 'More'), 'Import…');
      const importer = inside(element, 'contact-import-dialog');
      await until(() => inside<HTMLDialogElement>(importer, 'dialog').open, 'import opens');
      await expectAccessible(element);
    });

    it('<contact-search> with the Advanced form open', async () => {
      const { element } = await within(html`<contact-search></contact-search>`);
      inside<HTMLButtonElement>(element, '[part~="advanced-toggle"]').click();
      await settle(element);
      await expectAccessible(element);
    });

    it('<contact-comments> and <contact-attachments> with entries, in the details tabs', async () => {
      const book = await bookWith(sample());
      const contact = book.all()[0]!;
      await book.comments.add(contact.id, 'Met at the conference; prefers e-mail.');
      await book.attachments.attachFile(contact.id, new File(['hello'], 'notes.txt'));
      await book.attachments.attachLink(contact.id, 'https://example.org/profile');
      const details = await provide<HTMLElement>(
        book,
        html`<contact-details .contact=${contact}></contact-details>`,
      );
      for (const tab of ['comments', 'attachments']) {
        inside<HTMLButtonElement>(details, `#tab-${tab}`).click();
        await settle(details);
        const inner = inside(details, `contact-${tab}`);
        await until(() => !!inner.shadowRoot!.querySelector('li'), `${tab} listed`);
        await expectAccessible(details);
      }
      await expectAccessible(
        await provide(book, html`<contact-comments .contact=${contact}></contact-comments>`),
      );
      await expectAccessible(
        await provide(book, html`<contact-attachments .contact=${contact}></contact-attachments>`),
      );
    });

    it('<contact-access-dialog>, <contact-share-groups>, <contact-context-select> of a shared book', async () => {
      const { store, directory, open } = sharedStore();
      const ann = await open('ann');
      const jane = await ann.create({ name: { given: 'Jane', family: 'Shared' } });
      const access = await provide<HTMLElement & { show(): Promise<void> }>(
        ann,
        html`<contact-access-dialog></contact-access-dialog>`,
      );
      await access.show();
      await settle(access);
      await expectAccessible(access);
      await expectAccessible(
        await provide(ann, html`<contact-share-groups .contact=${jane}></contact-share-groups>`),
      );
      const element = await fixture<ContactBookElement>(
        html`<contact-book .store=${store} .directory=${directory} user-id="ann"></contact-book>`,
      );
      await element.ready();
      await settle(element);
      expect(inside(element, 'contact-context-select', 'select')).to.exist;
      await expectAccessible(element);
    });

    it('<contact-list> with rows, and empty', async () => {
      const { element } = await within(html`<contact-list></contact-list>`);
      await expectAccessible(element);
      const empty = await within(html`<contact-list></contact-list>`, []);
      await expectAccessible(empty.element);
    });

    it('<contact-list> on one scrolling page (virtualised rows)', async () => {
      // The virtualizer's ResizeObserver reports a benign loop (PolymerLabs/uni-virtualizer#112).
      const previous = window.onerror;
      window.onerror = (message, ...rest) =>
        String(message).includes('ResizeObserver loop') || previous?.call(window, message, ...rest);
      try {
        const book = await bookWith(generateContacts(300, { seed: 5 }));
        await book.setPreferences({ onePage: true });
        const list = await provide<HTMLElement>(book, html`<contact-list></contact-list>`);
        await until(() => !!list.shadowRoot!.querySelector('table.virtual tbody tr'), 'rows show');
        await expectAccessible(list);
        list.parentElement!.remove();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      } finally {
        window.onerror = previous;
      }
    });

    it('<contact-details> with a full contact, and with none', async () => {
      const book = await bookWith(sample());
      const rich = book
        .all()
        .reduce((best, contact) =>
          JSON.stringify(contact).length > JSON.stringify(best).length ? contact : best,
        );
      await expectAccessible(
        await provide(book, html`<contact-details .contact=${rich}></contact-details>`),
      );
      await expectAccessible(await provide(book, html`<contact-details></contact-details>`));
    });

    it('<contact-editor> on every tab, with errors', async () => {
      const book = await bookWith(sample());
      const editor = await provide<HTMLElement>(
        book,
        html`<contact-editor .contact=${book.all()[0]}></contact-editor>`,
      );
      for (const tab of editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
        tab.click();
        await expectAccessible(editor);
      }
      const blank = await provide<HTMLElement>(book, html`<contact-editor></contact-editor>`);
      inside<HTMLButtonElement>(blank, 'button[type="submit"]').click();
      await until(() => !!blank.shadowRoot!.querySelector('.error, .summary'), 'errors show');
      await expectAccessible(blank);
    });

    it('<contact-avatar>, <contact-actions>, <contact-photo-input>, <contact-phone-input>', async () => {
      const book = await bookWith(sample());
      const contact = book.all()[0]!;
      await expectAccessible(
        await fixture(html`<contact-avatar .contact=${contact}></contact-avatar>`),
      );
      await expectAccessible(
        await provide(book, html`<contact-actions .contact=${contact}></contact-actions>`),
      );
      await expectAccessible(
        await fixture(html`<contact-photo-input name="Jane Doe"></contact-photo-input>`),
      );
      await expectAccessible(
        await fixture(
          html`<contact-phone-input label="Phone" value="+3361"></contact-phone-input>`,
        ),
      );
    });

    it('<contact-menu> open, <contact-export-menu>', async () => {
      const menu = await fixture<HTMLElement>(
        html`<contact-menu
          label="More"
          .items=${[
            { value: 'a', label: 'Alpha' },
            { value: 'b', label: 'Beta', disabled: true },
            { value: 'c', label: 'Delete', danger: true },
          ]}
        ></contact-menu>`,
      );
      inside<HTMLButtonElement>(menu, 'button[part="button"]').click();
      await expectAccessible(menu);
      const { element } = await within(html`<contact-export-menu></contact-export-menu>`);
      await expectAccessible(element);
    });

    it('<contact-search> with its drop-down open, <contact-search-advanced>', async () => {
      const { element } = await within(html`<contact-search .delay=${0}></contact-search>`, [
        { name: { given: 'Jane', family: 'Doe' }, organization: 'Acme' },
        { name: { given: 'Jane', family: 'Roe' } },
      ]);
      inside<HTMLInputElement>(element, '[part~="input"]').focus();
      await sendKeys({ type: 'jane' });
      await until(() => !!element.shadowRoot!.querySelector('[part="result-name"]'), 'hits show');
      await expectAccessible(element);
      const advanced = await within(html`<contact-search-advanced></contact-search-advanced>`);
      await expectAccessible(advanced.element);
    });

    it('<contact-confirm> and <contact-import-dialog> open', async () => {
      const confirm = await fixture<ContactConfirm>(html`<contact-confirm></contact-confirm>`);
      void confirm.ask({
        heading: 'Empty?',
        message: 'Everything goes.',
        confirmLabel: 'Empty',
        requireText: 'DELETE',
      });
      await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'confirm opens');
      await expectAccessible(confirm);
      const { element } = await within(html`<contact-import-dialog></contact-import-dialog>`, [
        { name: { given: 'Robert' }, emails: [{ value: 'bob@example.com' }] },
      ]);
      await (element as ContactImportDialog).show();
      await expectAccessible(element);

      // The preview: records, a duplicate with its choice, a problem.
      const cards = [
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nEMAIL:bob@example.com\r\nEND:VCARD',
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEMAIL:ann@example.com\r\nEND:VCARD',
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\r\nEMAIL:not-an-address\r\nEND:VCARD',
      ];
      const transfer = new DataTransfer();
      transfer.items.add(new File([cards.join('\r\n')], 'cards.vcf'));
      const input = inside<HTMLInputElement>(element, 'input[type="file"]');
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await until(() => !!element.shadowRoot!.querySelector('[part="duplicates"]'), 'preview');
      await expectAccessible(element);
    });

    it('<contact-preferences>, <contact-trash>, <contact-sms-composer>', async () => {
      const book = await bookWith(sample());
      await expectAccessible(
        await provide(book, html`<contact-preferences></contact-preferences>`),
      );
      await expectAccessible(await provide(book, html`<contact-trash></contact-trash>`));
      await book.remove([book.all()[0]!.id]);
      await expectAccessible(await provide(book, html`<contact-trash></contact-trash>`));
      const composer = await provide<HTMLElement>(
        book,
        html`<contact-sms-composer .contacts=${book.all().slice(0, 2)}></contact-sms-composer>`,
      );
      await expectAccessible(composer);
    });
  });
}
