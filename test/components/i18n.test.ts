import { expect } from '@open-wc/testing';
import { setLocale, setMessages, t } from '../../src/components/i18n.js';

describe('t()', () => {
  afterEach(() => setLocale('en'));

  it('fills placeholders and picks the plural form for the number', () => {
    const text = '{count, plural, one {# contact} other {# contacts}} in {book}';
    expect(t(text, { count: 1, book: 'Private' })).to.equal('1 contact in Private');
    expect(t(text, { count: 0, book: 'Private' })).to.equal('0 contacts in Private');
    expect(t(text, { count: 25, book: 'Private' })).to.equal('25 contacts in Private');
    expect(t('{count, plural, =0 {none} other {#}}', { count: 0 })).to.equal('none');
  });

  it('uses the translation and the language plural rules a host sets', () => {
    const key = '{count, plural, one {# contact} other {# contacts}}';
    setMessages({
      [key]:
        '{count, plural, one {# kontakt} few {# kontakty} many {# kontaktu} other {# kontaktů}}',
    });
    setLocale('cs');
    expect(t(key, { count: 1 })).to.equal('1 kontakt');
    expect(t(key, { count: 3 })).to.equal('3 kontakty');
    expect(t(key, { count: 7 })).to.equal('7 kontaktů');
    setMessages({ [key]: key });
  });
});
