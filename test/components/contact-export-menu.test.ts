import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { ContactBook } from '../../src/core/book.js';
import type { ContactExportMenu } from '../../src/components/contact-export-menu.js';
import { readContactFile } from '../../src/core/formats/index.js';
import { translateMessage } from '../../src/components/core-messages.js';
import { setLocale } from '../../src/components/i18n.js';
import { allInside, chooseMenu, inside, provide } from './helpers.js';

describe('<contact-export-menu>', () => {
  let book: ContactBook;
  let ids: string[];
  beforeEach(async () => {
    book = await ContactBook.open({ store: new MemoryStore() });
    const created = await book.createMany([
      { name: { given: 'Zoë', family: 'Ångström' }, emails: [{ value: 'zoe@example.com' }] },
      {
        name: { given: 'Ada', family: 'Lovelace' },
        phones: [{ value: '+44 20 7946 0000', type: 'work' }],
      },
    ]);
    ids = created.map((contact) => contact.id);
  });

  /** Chooses an item and returns the file it produced (the download prevented). */
  /** The menu in a provider of the book; its downloads prevented (the tests read the files). */
  const mount = () =>
    provide<ContactExportMenu>(
      book,
      html`<contact-export-menu
        @contact-export=${(event: Event) => event.preventDefault()}
      ></contact-export-menu>`,
    );

  async function exported(menu: ContactExportMenu, label: string) {
    const event = oneEvent(menu, 'contact-export');
    await chooseMenu(inside(menu, 'contact-menu'), label);
    const { detail } = await event;
    return detail;
  }

  it('exports the whole book as vCard 4.0, readable again', async () => {
    const menu = await mount();
    const detail = await exported(menu, 'vCard 4.0 — whole book');
    expect(detail.fileName).to.equal('contacts.vcf');
    const back = readContactFile(new Uint8Array(await detail.blob.arrayBuffer()), detail.fileName);
    expect(back.contacts.map((contact) => contact.formattedName)).to.deep.equal([
      'Zoë Ångström',
      'Ada Lovelace',
    ]);
  });

  it("writes the book's tags (tagsOf) as CATEGORIES and Outlook Categories", async () => {
    await book.setTags(ids[0], ['VIP', 'Work']);
    const menu = await mount();
    const vcard = await exported(menu, 'vCard 4.0 — whole book');
    const back = readContactFile(new Uint8Array(await vcard.blob.arrayBuffer()), vcard.fileName);
    expect(back.tags).to.deep.equal([['VIP', 'Work'], []]);
    const csv = await exported(menu, 'Outlook CSV — whole book');
    expect(await csv.blob.text()).to.contain('"VIP;Work"');
  });

  it('exports only the selection, and disables that choice without one', async () => {
    const menu = await mount();
    inside<HTMLButtonElement>(inside(menu, 'contact-menu'), 'button[part="button"]').click();
    await (inside(menu, 'contact-menu') as unknown as { updateComplete: Promise<boolean> })
      .updateComplete;
    const disabled = allInside<HTMLButtonElement>(menu, 'contact-menu', '[role="menuitem"]').filter(
      (item) => item.disabled,
    );
    expect(disabled.length).to.equal(5);
    inside<HTMLButtonElement>(inside(menu, 'contact-menu'), 'button[part="button"]').click();
    menu.selectedIds = [ids[1]];
    await menu.updateComplete;
    const detail = await exported(menu, 'Google CSV — 1 selected');
    const back = readContactFile(new Uint8Array(await detail.blob.arrayBuffer()), detail.fileName);
    expect(back.contacts.map((contact) => contact.formattedName)).to.deep.equal(['Ada Lovelace']);
  });

  it('counts the selection the French way: 0 and 1 are singular', async () => {
    const menu = await mount();
    await setLocale('fr');
    try {
      const labels = async () => {
        await menu.updateComplete;
        return (
          inside(menu, 'contact-menu') as unknown as { items: { label: string }[] }
        ).items.map((item) => item.label);
      };
      expect(await labels()).to.include('vCard 4.0 — 0 sélectionné');
      menu.selectedIds = [ids[0]];
      expect(await labels()).to.include('vCard 4.0 — 1 sélectionné');
      menu.selectedIds = ids;
      expect(await labels()).to.include('vCard 4.0 — 2 sélectionnés');
    } finally {
      await setLocale('en');
    }
  });

  it('exports the contacts it is given (one contact, in its details)', async () => {
    const menu = await mount();
    menu.contacts = [book.all().find((contact) => contact.name.given === 'Ada')!];
    menu.fileName = 'ada-lovelace';
    await menu.updateComplete;
    const detail = await exported(menu, 'vCard 3.0 (older programs)');
    expect(detail.fileName).to.equal('ada-lovelace.vcf');
    const text = await detail.blob.text();
    expect(text).to.match(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    expect(
      readContactFile(new TextEncoder().encode(text)).contacts.map(
        (contact) => contact.formattedName,
      ),
    ).to.deep.equal(['Ada Lovelace']);
  });

  it('lists the values that did not fit the format under the status', async () => {
    await book.createMany(
      Array.from({ length: 52 }, (_, index) => ({
        name: { given: 'Chat', family: `User ${index}` },
        ims: [{ value: `xmpp:user${index}@example.com` }],
      })),
    );
    const menu = await mount();
    const detail = await exported(menu, 'Outlook CSV — whole book');
    await menu.updateComplete;
    expect(detail.warnings.length).to.equal(52);
    const summary = inside(menu, '[part="status"] details summary');
    expect(summary.textContent!.trim()).to.equal(
      '54 contacts exported; 52 values did not fit the format',
    );
    const lines = allInside(menu, '[part="warnings"] li').map((line) => line.textContent!.trim());
    expect(lines.length).to.equal(51);
    // The event carries the core's English; the list shows it as the user reads it.
    expect(lines[0]).to.equal(translateMessage(detail.warnings[0]!));
    expect(lines[0]).to.contain('instant messaging not written');
    expect(lines[50]).to.equal('…and 2 more');
    await exported(menu, 'vCard 4.0 — whole book');
    await menu.updateComplete;
    expect(menu.shadowRoot!.querySelector('[part="status"] details')).to.equal(null);
  });

  it('exports a PDF with the shipped font', async () => {
    const menu = await mount();
    const detail = await exported(menu, 'PDF listing — whole book');
    expect(detail.blob.type).to.equal('application/pdf');
    expect(
      new TextDecoder().decode(new Uint8Array(await detail.blob.slice(0, 5).arrayBuffer())),
    ).to.equal('%PDF-');
    expect(detail.warnings).to.deep.equal([]);
  });
});
