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
import { translateMessage } from '../../src/components/core-messages.js';

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
    expect(translateMessage(problem)).to.equal(problem);
    await setLocale('fr');
    expect(translateMessage('Card has no END:VCARD')).to.equal('La carte n’a pas de END:VCARD');
    expect(translateMessage(problem)).to.equal(
      'Non importé : emails.0.value: Saisissez une adresse e-mail valide; x: Champ inconnu « x »',
    );
    expect(translateMessage('A tag has at most 64 characters')).to.equal(
      'Une étiquette a au plus 64 caractères',
    );
    expect(translateMessage('Something new')).to.equal('Something new');
  });
});
