import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_QUERY_LENGTH,
  QUERY_MESSAGE_TEMPLATES,
  parseQuery,
} from '../../../src/core/search/index.js';
import { loadPhoneMetadata } from '../../../src/core/phone-metadata.js';

// The phone functions read libphonenumber-js's metadata, loaded once (ContactBook.open does it).
await loadPhoneMetadata();

describe('parseQuery', () => {
  it('reads several words as clauses of an implicit AND, with positions', () => {
    const { clauses, messages } = parseQuery('jane  doe');
    expect(clauses).to.deep.equal([
      { type: 'term', terms: ['jane'], prefix: false, start: 0, end: 4 },
      { type: 'term', terms: ['doe'], prefix: false, start: 6, end: 9 },
    ]);
    expect(messages).to.deep.equal([]);
  });

  it('binds OR tighter than the implicit AND', () => {
    const { clauses } = parseQuery('holiday maui OR kauai');
    expect(clauses.map((clause) => clause.type)).to.deep.equal(['term', 'or']);
    const or = clauses[1];
    if (or.type !== 'or') throw new Error('expected an OR');
    expect(or.children.map((child) => child.type === 'term' && child.terms[0])).to.deep.equal([
      'maui',
      'kauai',
    ]);
    expect([or.start, or.end]).to.deep.equal([8, 21]);
  });

  it('chains OR: a OR b OR c is one clause', () => {
    const { clauses } = parseQuery('a OR b OR c d');
    expect(clauses).to.have.length(2);
    expect(clauses[0].type === 'or' && clauses[0].children).to.have.length(3);
  });

  it('folds case and accents', () => {
    const [term] = parseQuery('MÜLLER').clauses;
    expect(term.type === 'term' && term.terms).to.deep.equal(['muller']);
  });

  it('reads a quoted phrase, and a negated one', () => {
    const { clauses } = parseQuery('"Jane Q. Doe" -"key account"');
    expect(clauses[0]).to.deep.equal({
      type: 'phrase',
      words: ['jane', 'q', 'doe'],
      start: 0,
      end: 13,
    });
    expect(clauses[1]).to.deep.include({ type: 'not', start: 14, end: 28 });
    expect(clauses[1].type === 'not' && clauses[1].child).to.deep.include({
      type: 'phrase',
      start: 15,
    });
  });

  it('reads word* with at least 4 characters as a prefix', () => {
    const [term] = parseQuery('info*').clauses;
    expect(term).to.deep.include({ type: 'term', terms: ['info'], prefix: true });
  });

  it('refuses a prefix shorter than 4 characters and says why', () => {
    const { refusal, clauses } = parseQuery('jane inf*');
    expect(refusal?.message).to.contain('at least 4 characters before the *');
    expect(refusal).to.deep.include({
      code: 'prefix-too-short',
      params: { source: 'inf*', min: 4 },
    });
    expect([refusal?.start, refusal?.end]).to.deep.equal([5, 9]);
    expect(clauses).to.have.length(1);
  });

  it('reads -word as an exclusion', () => {
    const [, not] = parseQuery('jane -doe').clauses;
    expect(not).to.deep.include({ type: 'not', start: 5, end: 9 });
  });

  it('reads tag:NAME and tag:"two words", folding the name', () => {
    const { clauses } = parseQuery('tag:VIP tag:"Key Account"');
    expect(clauses).to.deep.equal([
      { type: 'tag', name: 'vip', start: 0, end: 7 },
      { type: 'tag', name: 'key account', start: 8, end: 25 },
    ]);
  });

  it('reads a phone number typed with spaces as one term of digits', () => {
    const [phone, word] = parseQuery('+1 212 555 0123 smith').clauses;
    expect(phone).to.deep.include({
      type: 'term',
      terms: ['12125550123', '2125550123'],
      start: 0,
      end: 15,
    });
    expect(word).to.deep.include({ terms: ['smith'] });
  });

  it('gives every message a code and params, for translation, and the English text', () => {
    const { messages } = parseQuery('OR has:pets "unclosed');
    expect(messages.map(({ code, params }) => ({ code, params }))).to.deep.equal([
      { code: 'or-at-start', params: {} },
      { code: 'unknown-has', params: { source: 'has:pets' } },
      { code: 'unclosed-quote', params: {} },
    ]);
    for (const { code, message } of messages) {
      expect(message, code).to.equal(
        QUERY_MESSAGE_TEMPLATES[code].replace(/\{source\}/, 'has:pets'),
      );
    }
  });

  it('reads digit groups split by spaces, dots or dashes as one phone (5 digits or more)', () => {
    const [phone, word] = parseQuery('212 555.0123 smith').clauses;
    expect(phone).to.deep.include({ type: 'term', terms: ['2125550123'], start: 0, end: 12 });
    expect(word).to.deep.include({ terms: ['smith'] });
    expect(parseQuery('12 34').clauses.map((clause) => clause.start)).to.deep.equal([0, 3]);
    expect(parseQuery('555 0123abc').clauses).to.have.length(2);
  });

  it('tries a national number with and without its trunk 0', () => {
    const [phone] = parseQuery('0471-23-45-67').clauses;
    expect(phone).to.deep.include({ terms: ['0471234567', '471234567'] });
  });

  it('keeps an e-mail address whole', () => {
    const [email] = parseQuery('Jane@Example.org').clauses;
    expect(email).to.deep.include({ type: 'term', terms: ['jane@example.org'] });
  });

  it('reads field qualifiers, has:comment and birthday:MONTH', () => {
    const { clauses, messages } = parseQuery(
      'name:"jane doe" org:acme city:paris has:comment birthday:april',
    );
    expect(messages).to.deep.equal([]);
    expect(
      clauses.map((clause) => [clause.type, 'field' in clause ? clause.field : undefined]),
    ).to.deep.equal([
      ['phrase', 'name'],
      ['term', 'organization'],
      ['term', 'city'],
      ['has', undefined],
      ['birthday', undefined],
    ]);
    expect(clauses[4]).to.deep.include({ month: 4 });
  });

  describe('malformed input is read leniently, with a message', () => {
    const cases: [string, string, number][] = [
      ['"unclosed phrase', 'closing quote was missing', 1],
      ['jane - doe', 'lone “-”', 2],
      ['OR jane', '“OR” at the start', 1],
      ['jane OR', '“OR” at the end', 1],
      ['jane OR OR doe', 'repeated “OR”', 1],
      ['jane OR -doe', 'next to an excluded term', 2],
      ['tag: jane', '“tag:” names no value', 1],
      ['has:pets', 'has:comment', 0],
      ['birthday:13', 'not a month', 0],
      ['& jane', 'no letters or digits', 1],
    ];
    for (const [query, message, clauseCount] of cases) {
      it(`${query}`, () => {
        const parsed = parseQuery(query);
        expect(parsed.refusal).to.equal(undefined);
        expect(parsed.messages.map((m) => m.message).join('\n')).to.contain(message);
        expect(parsed.clauses).to.have.length(clauseCount);
      });
    }

    it('a query of 5,000 characters is cut, with a message', () => {
      const parsed = parseQuery('word '.repeat(1000));
      expect(parsed.messages[0].message).to.contain(`first ${MAX_QUERY_LENGTH} characters`);
      expect(parsed.messages[0].start).to.equal(MAX_QUERY_LENGTH);
      expect(parsed.clauses).to.have.length(MAX_QUERY_LENGTH / 5);
    });

    it('never throws on arbitrary input', () => {
      const pieces = fc.constantFrom(
        '"',
        '-',
        'OR',
        ' ',
        '*',
        'tag:',
        'name:',
        'a',
        'é',
        '+1',
        '(',
        '@',
        'x',
      );
      const query = fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(pieces).map((parts) => parts.join('')),
      );
      fc.assert(
        fc.property(query, (text) => {
          const parsed = parseQuery(text);
          expect(parsed.text).to.equal(text);
        }),
      );
    });
  });
});
