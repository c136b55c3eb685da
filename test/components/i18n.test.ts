import { expect } from '@open-wc/testing';
import {
  formatBytes,
  formatDate,
  formatMonth,
  formatNumber,
  getLocale,
  setLocale,
  setMessages,
  t,
} from '../../src/components/i18n.js';
import { translateError, translateMessage } from '../../src/components/core-messages.js';
import { MemoryStore } from '../../src/adapters/memory/memory-store.js';
import { ContactBook } from '../../src/core/book.js';
import { parseContactInput } from '../../src/core/contact.js';
import { writeCsv } from '../../src/core/formats/index.js';

const CONTACTS = '{count, plural, one {# contact} other {# contacts}}';
const MOVED = '{count, plural, one {# contact} other {# contacts}} moved to the trash.';

// A host adds a language before its first setLocale(), as the README says.
setMessages('cs', {
  [CONTACTS]:
    '{count, plural, one {# kontakt} few {# kontakty} many {# kontaktu} other {# kontaktů}}',
});

describe('t()', () => {
  afterEach(() => setLocale('en'));

  it('fills placeholders and picks the plural form for the number', () => {
    const text = `${CONTACTS} in {book}`;
    expect(t(text, { count: 1, book: 'Private' })).to.equal('1 contact in Private');
    expect(t(text, { count: 0, book: 'Private' })).to.equal('0 contacts in Private');
    expect(t(text, { count: 25, book: 'Private' })).to.equal('25 contacts in Private');
    expect(t(text, { count: 1234, book: 'Private' })).to.equal('1,234 contacts in Private');
    expect(t('{count, plural, =0 {none} other {#}}', { count: 0 })).to.equal('none');
  });

  it('switches to French through @lit/localize, loading the catalog on first use', async () => {
    expect(t('Delete')).to.equal('Delete');
    await setLocale('fr');
    expect(getLocale()).to.equal('fr');
    expect(t('Delete')).to.equal('Supprimer');
    expect(t('Select {name}', { name: 'Ada' })).to.equal('Sélectionner Ada');
    await setLocale('en');
    expect(t('Delete')).to.equal('Delete');
  });

  it('uses French plural rules: 0 and 1 are singular', async () => {
    await setLocale('fr');
    expect(t(MOVED, { count: 0 })).to.equal('0 contact placé dans la corbeille.');
    expect(t(MOVED, { count: 1 })).to.equal('1 contact placé dans la corbeille.');
    expect(t(MOVED, { count: 2 })).to.equal('2 contacts placés dans la corbeille.');
    // French groups thousands with a narrow no-break space.
    expect(t(MOVED, { count: 1500 })).to.equal('1\u202f500 contacts placés dans la corbeille.');
  });

  it('takes a language a host adds, with its own plural rules', async () => {
    await setLocale('cs');
    expect(t(CONTACTS, { count: 1 })).to.equal('1 kontakt');
    expect(t(CONTACTS, { count: 3 })).to.equal('3 kontakty');
    expect(t(CONTACTS, { count: 7 })).to.equal('7 kontaktů');
    expect(t('Delete'), 'untranslated text stays English').to.equal('Delete');
  });

  it('lets a host override a French text, or reword the English', async () => {
    setMessages('en', { Delete: 'Remove' });
    expect(t('Delete')).to.equal('Remove');
    await setLocale('fr');
    setMessages('fr', { Delete: 'Effacer' });
    expect(t('Delete')).to.equal('Effacer');
    setMessages('fr', { Delete: 'Supprimer' });
    setMessages('en', { Delete: 'Delete' });
  });

  it('falls back from a region to its language, and refuses an unknown one', async () => {
    await setLocale('fr-CA');
    expect(getLocale()).to.equal('fr');
    let error: unknown;
    await setLocale('xx').catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('available are en, fr, cs');
  });
});

describe('Intl formatting', () => {
  afterEach(() => setLocale('en'));
  const moment = Date.UTC(2026, 10, 29, 14, 5);

  it('formats dates, months, numbers and sizes in the active locale', async () => {
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(formatDate(moment, options)).to.equal('November 29, 2026');
    expect(formatMonth(3)).to.equal('March');
    expect(formatNumber(1234.5)).to.equal('1,234.5');
    expect(formatBytes(1.5 * 1024 * 1024)).to.equal('1.5 MB');
    await setLocale('fr');
    expect(formatDate(moment, options)).to.equal('29 novembre 2026');
    expect(formatMonth(3)).to.equal('mars');
    expect(formatNumber(1234.5)).to.equal('1\u202f234,5');
    expect(formatBytes(1.5 * 1024 * 1024).replace(/\s/, ' ')).to.equal('1,5 Mo');
  });
});

describe('translateMessage()', () => {
  afterEach(() => setLocale('en'));

  it('translates core messages, with the values inside them, at display time', async () => {
    const problem =
      'Not imported: emails.0.value: Enter a valid e-mail address; x: Unknown field "x"';
    // The fields as the user calls them, not core's paths ("emails.0.value", "name").
    expect(translateMessage(problem)).to.equal(
      'Not imported: E-mail 1: Enter a valid e-mail address; x: Unknown field "x"',
    );
    expect(
      translateMessage('Not imported: name: Enter a name, an organization, an e-mail or a phone'),
    ).to.equal('Not imported: Name: Enter a name, an organization, an e-mail or a phone');
    await setLocale('fr');
    expect(
      translateMessage('Not imported: name: Enter a name, an organization, an e-mail or a phone'),
    ).to.equal(
      'Non importé\u00a0: Nom: Saisissez un nom, une organisation, un e-mail ou un téléphone',
    );
    expect(translateMessage('Card has no END:VCARD')).to.equal('La carte n’a pas de END:VCARD');
    expect(translateMessage(problem)).to.equal(
      'Non importé\u00a0: E-mail 1: Saisissez une adresse e-mail valide; x: Champ inconnu «\u00a0x\u00a0»',
    );
    expect(translateMessage('A tag has at most 64 characters')).to.equal(
      'Une étiquette a au plus 64 caractères',
    );
    expect(translateMessage('Something new')).to.equal('Something new');
  });
});

describe('translateError()', () => {
  afterEach(() => setLocale('en'));

  /** What a real book refuses, as the UI shows it. */
  async function refusal(change: Promise<unknown>): Promise<string> {
    return change.then(
      () => 'no refusal',
      (error: unknown) => translateError(error),
    );
  }

  it('says why comments, tags, attachments and grants are refused, in French', async () => {
    const store = new MemoryStore();
    const book = await ContactBook.open({ store });
    const jane = await book.create({ name: { given: 'Jane' } });
    await book.setGrants({ viewer: ['view'] });
    const viewer = await ContactBook.open({ store, userId: 'viewer', bookId: book.bookId });
    await book.createTag('Friends');
    await setLocale('fr');
    expect(await refusal(book.comments.add(jane.id, '  '))).to.equal(
      'Écrivez d’abord un commentaire',
    );
    expect(await refusal(book.comments.add(jane.id, 'x'.repeat(10_001)))).to.match(
      /^Un commentaire a au plus 10\s000 caractères \(celui-ci en a 10\s001\)$/,
    );
    expect(await refusal(book.createTag('  '))).to.equal('Donnez un nom à l’étiquette');
    expect(await refusal(book.createTag('friends'))).to.equal(
      'Vous avez déjà une étiquette nommée «\u00a0Friends\u00a0»',
    );
    expect(await refusal(book.attachments.attachLink(jane.id, 'ftp://x'))).to.equal(
      'Saisissez une adresse web commençant par http:// ou https://',
    );
    expect(await refusal(book.setGrants({ ann: ['fly' as 'view'] }))).to.equal(
      'Droit inconnu «\u00a0fly\u00a0»',
    );
    expect(await refusal(viewer.attachments.attachLink(jane.id, 'https://a.example'))).to.equal(
      'Vous ne pouvez pas faire cela\u00a0: vos droits ont peut-être changé.',
    );
    expect(await refusal(book.attachments.remove(jane.id, 'gone'))).to.equal(
      'Cet élément n’existe plus\u00a0: quelqu’un l’a peut-être supprimé.',
    );
    await setLocale('en');
    expect(await refusal(book.comments.add(jane.id, ''))).to.equal('Write a comment first');
    expect(await refusal(book.comments.add(jane.id, 'x'.repeat(10_001)))).to.equal(
      'A comment has at most 10,000 characters (this one has 10,001)',
    );
  });
});

describe('translateMessage() on import problems', () => {
  afterEach(() => setLocale('en'));

  it('translates the problems an import reports, quoting the value as read', async () => {
    await setLocale('fr');
    expect(
      translateMessage('"bob at home" is not a valid e-mail address: kept as an extra property'),
    ).to.equal(
      '«\u00a0bob at home\u00a0» n’est pas une adresse e-mail valide\u00a0: gardée comme propriété supplémentaire',
    );
    expect(translateMessage('1 characters the font lacks were replaced')).to.equal(
      '1 caractère absent de la police a été remplacé',
    );
  });
});

describe('translateMessage() on export warnings', () => {
  afterEach(() => setLocale('en'));

  it('translates what a CSV export could not write, the value kept as it is', async () => {
    await setLocale('fr');
    expect(
      translateMessage(
        'Jane Doe: e-mail x@example.com not written (no column in the google layout)',
      ),
    ).to.equal(
      'Jane Doe\u00a0: impossible d’écrire l’e-mail x@example.com (pas de colonne dans le format Google)',
    );
    expect(
      translateMessage(
        'Jane Doe: a second home address not written (no column in the outlook layout)',
      ),
    ).to.equal(
      'Jane Doe\u00a0: impossible d’écrire une deuxième adresse personnelle (pas de colonne dans le format Outlook)',
    );
    expect(
      translateMessage('Ann: 1 other properties not written (no column in the outlook layout)'),
    ).to.equal(
      'Ann\u00a0: impossible d’écrire 1 autre propriété (pas de colonne dans le format Outlook)',
    );
  });
});

describe('every warning a real CSV export gives', () => {
  afterEach(() => setLocale('en'));

  it('reads in French', async () => {
    const parsed = parseContactInput({
      name: { given: 'Jane', family: 'Doe' },
      nickname: 'JD',
      role: 'Lead',
      emails: ['a', 'b', 'c', 'd'].map((user) => ({ value: `${user}@example.com` })),
      phones: Array.from({ length: 12 }, (_, index) => ({
        value: `+3361234567${index % 10}`,
        type: 'other' as const,
      })),
      addresses: [
        { type: 'home', street: '1 rue' },
        { type: 'home', street: '2 rue' },
      ],
      urls: [{ value: 'https://a.example' }, { value: 'https://b.example' }],
      ims: [{ value: 'xmpp:jane@example.com' }],
      related: [{ value: 'Bob', type: 'friend' }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const contact = { ...parsed.value, tags: ['a;b'] };
    const warnings = [
      ...writeCsv([contact], { layout: 'outlook' }).warnings,
      ...writeCsv([contact], { layout: 'google' }).warnings,
    ];
    expect(warnings.length).to.be.greaterThan(5);
    await setLocale('fr');
    const english = warnings
      .map(translateMessage)
      .filter((text) => /not written|reads back/.test(text));
    expect(english).to.deep.equal([]);
    const french = warnings.map(translateMessage).join('\n');
    expect(french).to.not.match(
      /écrire (e-mail|phone|web site|relation|the|a second|instant|\d+ other)/,
    );
    expect(french).to.contain('impossible d’écrire une deuxième adresse personnelle');
  });
});
