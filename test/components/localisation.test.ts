import { expect, fixture, html } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import type { ContactConfirm } from '../../src/components/contact-confirm.js';
import { setLocale, setMessages } from '../../src/components/i18n.js';
import { allInside, buttonLabelled, chooseMenu, inside, settle, type, until } from './helpers.js';

async function mount() {
  const element = await fixture<ContactBookElement>(
    html`<contact-book .store=${new MemoryStore()}></contact-book>`,
  );
  const book = await element.ready();
  await settle(element);
  return { element, book };
}

/** The text of an element, template whitespace collapsed (French no-break spaces kept). */
const shown = (element: Element) => element.shadowRoot!.textContent!.replace(/[ \t\n\r]+/g, ' ');
const menuLabels = (element: ContactBookElement) =>
  allInside(element, '[part="toolbar"] contact-menu').map((menu) => menu.getAttribute('label'));
const menu = (element: ContactBookElement, label: string) =>
  allInside(element, '[part="toolbar"] contact-menu').find(
    (item) => item.getAttribute('label') === label,
  )!;

describe('<contact-book> in French', () => {
  afterEach(() => setLocale('en'));

  it('re-renders the book, its list and its editor dialog when the locale changes', async () => {
    const { element } = await mount();
    const list = inside(element, 'contact-list');
    expect(shown(list)).to.contain('No contacts yet');

    await setLocale('fr');
    await settle(element, list);
    expect(shown(list)).to.contain('Aucun contact pour l’instant');
    expect(menuLabels(element)).to.include.members(['Nouveau', 'Plus']);
    expect(inside(element, '[part="toolbar"]').getAttribute('aria-label')).to.equal(
      'Carnet d’adresses',
    );
    // Screen readers pronounce the text as French.
    expect(inside(element, '[part="base"]').lang).to.equal('fr');

    await chooseMenu(menu(element, 'Nouveau'), 'Contact');
    await until(() => inside<HTMLDialogElement>(element, '#editor').open, 'the editor opens');
    const editor = inside(element, 'contact-editor');
    await settle(editor);
    expect(inside(element, '#editor').getAttribute('aria-label')).to.equal('Nouveau contact');
    expect(shown(editor)).to.contain('Prénom');
    expect(shown(editor)).to.contain('Enregistrer');

    // A validation message from core, shown in French next to its field.
    type(inside<HTMLInputElement>(editor, 'input[name="name.given"]'), 'Éloïse');
    inside<HTMLButtonElement>(editor, '[role="tab"]#tab-reach').click();
    await settle(editor);
    buttonLabelled(editor, 'Ajouter un e-mail', 'fieldset button').click();
    await settle(editor);
    type(inside<HTMLInputElement>(editor, 'input[name="emails.0.value"]'), 'pas-un-email');
    await settle(editor);
    inside<HTMLButtonElement>(editor, 'button[type="submit"]').click();
    await until(() => !!editor.shadowRoot!.querySelector('.error'), 'the field error shows');
    expect(inside(editor, '.error').textContent).to.contain('Saisissez une adresse e-mail valide');

    // Back to English while the dialog is open: everything follows, the typed text stays.
    await setLocale('en');
    await settle(element, list, editor);
    expect(shown(editor)).to.contain('Add e-mail');
    expect(inside(editor, '.error').textContent).to.contain('Enter a valid e-mail address');
    expect(inside<HTMLInputElement>(editor, 'input[name="emails.0.value"]').value).to.equal(
      'pas-un-email',
    );
    expect(menuLabels(element)).to.include.members(['New', 'More']);
  });

  it("shows a host's override of the active language at once", async () => {
    const { element } = await mount();
    await setLocale('fr');
    setMessages('fr', { New: 'Créer' });
    try {
      await settle(element);
      expect(menuLabels(element)).to.include('Créer');
    } finally {
      setMessages('fr', { New: 'Nouveau' });
    }
  });

  it('confirms a deletion in French, with 1 in the singular', async () => {
    const { element, book } = await mount();
    await book.create({ name: { given: 'Ada', family: 'Lovelace' } });
    await setLocale('fr');
    const list = inside(element, 'contact-list');
    await settle(element, list);
    const row = allInside(element, 'contact-list', 'tbody tr')[0];
    await chooseMenu(row.querySelector('contact-menu')!, 'Supprimer');
    const confirm = inside<ContactConfirm>(element, 'contact-confirm');
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'the confirmation opens');
    await settle(confirm);
    expect(shown(confirm)).to.contain('Supprimer ce contact\u202f?');
    expect(shown(confirm)).to.contain(
      '1 contact sera placé dans la corbeille, d’où vous pourrez les restaurer pendant 30 jours.',
    );
    inside<HTMLButtonElement>(confirm, 'button[type="submit"]').click();
    await until(() => book.size === 0, 'moved to the trash');
  });

  it('dates the trash in the active locale', async () => {
    const { element, book } = await mount();
    const [ada] = await book.createMany([{ name: { given: 'Ada', family: 'Lovelace' } }]);
    await book.remove([ada.id]);
    await setLocale('fr');
    await settle(element);
    await chooseMenu(menu(element, 'Plus'), 'Corbeille…');
    const trash = inside(element, 'contact-trash');
    await until(() => allInside(trash, 'tbody tr').length === 1, 'the trash lists Ada');
    const [entry] = await book.trash();
    const french = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' });
    const cells = allInside(trash, 'tbody td').map((cell) => cell.textContent!.trim());
    expect(cells).to.include(french.format(new Date(entry.deletedAt)));
    expect(shown(trash)).to.contain('Supprimé le');
  });
});

describe('Intl in the elements', () => {
  afterEach(() => setLocale('en'));

  it('shows birthdays, months and country names in the active language', async () => {
    const { element, book } = await mount();
    await book.create({ name: { given: 'Ada' }, birthday: '1815-12-10', anniversary: '--04-15' });
    await setLocale('fr');
    await settle(element, inside(element, 'contact-list'));
    allInside<HTMLTableRowElement>(element, 'contact-list', 'tbody tr')[0].click();
    const details = inside(element, 'contact-details');
    await until(() => shown(details).includes('10 décembre 1815'), 'the birthday in French');
    expect(shown(details)).to.contain('15 avril');

    const advanced = await fixture(html`<contact-search-advanced></contact-search-advanced>`);
    const months = allInside(advanced, 'select[name="birthdayMonth"] option').map((option) =>
      option.textContent!.trim(),
    );
    expect(months.slice(0, 4)).to.deep.equal(['Tous les mois', 'janvier', 'février', 'mars']);

    const phone = await fixture(html`<contact-phone-input></contact-phone-input>`);
    const countries = allInside(phone, 'select option').map((option) => option.textContent!);
    expect(countries.map((country) => country.trim())).to.include('Allemagne (+49)');
  });
});
