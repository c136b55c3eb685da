// The parts added for working together (tags, comments, attachments, access) in French, in a
// real <contact-book>: their own texts, core's refusals and their dates.
import { expect, fixture, html } from '@open-wc/testing';
import type { ContactBookElement } from '../../src/components/contact-book.js';
import type { ContactDetails } from '../../src/components/contact-details.js';
import { setLocale } from '../../src/components/i18n.js';
import { sharedStore } from '../core/sharing-fixtures.js';
import { allInside, buttonLabelled, chooseMenu, inside, settle, type, until } from './helpers.js';

/** The text of an element, template whitespace collapsed (French no-break spaces kept). */
const shown = (element: Element) => element.shadowRoot!.textContent!.replace(/[ \t\n\r]+/g, ' ');

/** Ann's book, with Jane (one comment by Ann) and Ann's tag Golf, open in French. */
async function frenchBook() {
  const setup = sharedStore();
  const ann = await setup.open('ann');
  const jane = await ann.create({ name: { given: 'Jane', family: 'Doe' } });
  const comment = await ann.comments.add(jane.id, 'Rencontrée au salon');
  await ann.createTag('Golf', 'green');
  const element = await fixture<ContactBookElement>(
    html`<contact-book
      .store=${setup.store}
      .directory=${setup.directory}
      user-id="ann"
    ></contact-book>`,
  );
  await element.ready();
  await setLocale('fr');
  await settle(element, inside(element, 'contact-list'));
  return { element, comment, book: ann };
}

const more = (element: ContactBookElement) =>
  allInside(element, '[part="toolbar"] contact-menu').find(
    (menu) => menu.getAttribute('label') === 'Plus',
  )!;

describe('working together, in French', () => {
  afterEach(() => setLocale('en'));

  it('shows the tag window, the comments and attachments tabs and the access dialog in French', async () => {
    const { element, comment, book } = await frenchBook();

    // The tag window, and core's refusal of a duplicate name in French.
    await chooseMenu(more(element), 'Étiquettes…');
    const tags = inside(element, 'contact-tags-dialog');
    await until(() => inside<HTMLDialogElement>(tags, 'dialog').open, 'the tag window opens');
    expect(inside(tags, 'h2').textContent).to.contain('Vos étiquettes');
    expect(shown(tags)).to.contain('Nouvelle étiquette');
    const form = inside<HTMLFormElement>(tags, 'form.create');
    type(form.querySelector('input')!, 'golf');
    await settle(tags);
    form.requestSubmit();
    await until(() => shown(tags).includes('Vous avez déjà'), 'the refusal shows');
    expect(shown(tags)).to.contain('Vous avez déjà une étiquette nommée «\u00a0Golf\u00a0»');
    buttonLabelled(tags, 'Terminé').click();
    await until(() => !inside<HTMLDialogElement>(tags, 'dialog').open, 'the window closes');

    // The details of Jane: tab names, the comment with its French date, the attachment form.
    allInside(element, 'contact-list', 'tbody tr')[0]
      .querySelector('td:nth-child(2)')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const details = inside<ContactDetails>(element, 'contact-details');
    await until(() => shown(details).includes('Commentaires (1)'), 'the tabs count the comment');
    const tabs = allInside(details, '[role="tab"]').map((tab) => tab.textContent!.trim());
    expect(tabs).to.deep.equal(['Détails', 'Commentaires (1)', 'Pièces jointes']);
    inside<HTMLButtonElement>(details, '#tab-comments').click();
    await settle(details);
    const comments = inside(details, 'contact-comments');
    await until(() => shown(comments).includes('Rencontrée au salon'), 'the comment shows');
    const french = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' });
    expect(inside(comments, 'time').textContent!.trim()).to.equal(
      french.format(new Date(comment.createdAt)),
    );
    expect(shown(comments)).to.contain('Ajouter un commentaire');
    expect(inside(comments, '.author').textContent).to.equal('Vous');
    expect(buttonLabelled(comments, 'Commenter').disabled, 'nothing typed').to.equal(true);
    expect(buttonLabelled(comments, 'Supprimer').getAttribute('aria-label')).to.equal(
      `Supprimer votre commentaire du ${french.format(new Date(comment.createdAt))}`,
    );
    inside<HTMLButtonElement>(details, '#tab-attachments').click();
    await settle(details);
    const attachments = inside(details, 'contact-attachments');
    await until(() => shown(attachments).includes('Pas encore de pièce jointe.'), 'empty');
    expect(shown(attachments)).to.contain('Joindre un fichier…');
    expect(buttonLabelled(attachments, 'Ajouter le lien').type).to.equal('submit');

    // The access dialog of the book.
    await chooseMenu(more(element), 'Accès…');
    const access = inside(element, 'contact-access-dialog');
    await until(() => inside<HTMLDialogElement>(access, 'dialog').open, 'the dialog opens');
    // The Private book's name is translated too (core names it in English).
    expect(inside(access, 'h2').textContent).to.equal('Accès à «\u00a0Privé\u00a0»');
    const headers = allInside(access, 'thead th').map((cell) => cell.textContent!.trim());
    expect(headers).to.include.members(['Personne', 'Voir']);
    inside<HTMLDialogElement>(access, 'dialog').close();

    // Emptying asks for the name as shown: the French one.
    await chooseMenu(more(element), 'Vider le carnet d’adresses…');
    const confirm = inside(element, 'contact-confirm');
    await until(() => shown(confirm).includes('Tapez'), 'the confirmation asks');
    expect(shown(confirm)).to.contain('Vider «\u00a0Privé\u00a0»\u202f?');
    expect(shown(confirm)).to.contain('Tapez «\u00a0Privé\u00a0» pour confirmer');
    const confirmButton = buttonLabelled(confirm, 'Vider le carnet d’adresses');
    type(inside<HTMLInputElement>(confirm, 'input'), 'Private');
    await settle(confirm);
    expect(confirmButton.disabled, 'the English name does not match').to.equal(true);
    type(inside<HTMLInputElement>(confirm, 'input'), 'Privé');
    await settle(confirm);
    confirmButton.click();
    await until(() => book.size === 0, 'the book is emptied');
  });

  it('names the Private book in French when emptying it, and empties it by that name', async () => {
    const { element } = await frenchBook();
    await chooseMenu(more(element), 'Vider le carnet d’adresses…');
    const confirm = inside(element, 'contact-confirm');
    await until(() => inside<HTMLDialogElement>(confirm, 'dialog').open, 'the question opens');
    expect(inside(confirm, 'h2').textContent!.trim()).to.equal('Vider «\u00a0Privé\u00a0»\u202f?');
    expect(shown(confirm)).to.contain('Tapez «\u00a0Privé\u00a0» pour confirmer');
    type(inside<HTMLInputElement>(confirm, 'input'), 'Privé');
    await settle(confirm);
    buttonLabelled(confirm, 'Vider le carnet d’adresses').click();
    await until(() => (element.contactBook?.size ?? 1) === 0, 'the book empties');
  });
});
