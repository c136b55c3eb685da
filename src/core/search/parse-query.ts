import { parsePhone } from '../phone.js';
import type { SearchField } from './fields.js';
import { foldText, phoneDigits, tokenize } from './normalize.js';
import { queryMessage, type QueryMessageCode, type QueryMessageParams } from './query-messages.js';
import type {
  ClauseNode,
  MatchNode,
  NotNode,
  OrNode,
  ParsedQuery,
  QueryMessage,
  Span,
  TermNode,
} from './query-types.js';

/** Longer queries are cut here (with a message): no one types more, and it bounds the work. */
export const MAX_QUERY_LENGTH = 500;
/** `word*` needs this many characters before the star, or it would match half the book. */
export const MIN_PREFIX_LENGTH = 4;

const FIELD_QUALIFIERS: Record<string, SearchField> = {
  name: 'name',
  org: 'organization',
  organization: 'organization',
  email: 'email',
  phone: 'phone',
  city: 'city',
  country: 'country',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Digits and the separators people type in phone numbers: after `+`, `(` or a national trunk 0
// (`02 555 12 34`) any of them; otherwise groups of digits split by spaces, dots or dashes and
// followed by a space, a quote or the end (`212 555 0123`, not `12 34 5678abc`).
const SPACED_PHONE = /(?:[+(]|0\d*\s+\d)[\d\s().\-/]*\d|\d+(?:[\s.-]+\d+)+(?=[\s"]|$)/y;
const PHONE_WORD = /^[\d+().\-/]+$/;
const MIN_PHONE_DIGITS = 5;

/** A lexed item: a match (maybe negated) or the OR operator. */
type Item =
  { kind: 'or'; span: Span } | { kind: 'match'; node: MatchNode; negated: boolean; span: Span };

/**
 * Reads a search query into clauses (implicit AND; OR binds tighter). Never throws: malformed
 * parts are read leniently or ignored, each with a message; a refused query has `refusal`.
 */
export function parseQuery(input: string): ParsedQuery {
  const messages: QueryMessage[] = [];
  let text = input;
  if (text.length > MAX_QUERY_LENGTH) {
    messages.push(
      queryMessage(
        'query-too-long',
        { start: MAX_QUERY_LENGTH, end: input.length },
        { limit: MAX_QUERY_LENGTH, ignored: text.length - MAX_QUERY_LENGTH },
      ),
    );
    text = text.slice(0, MAX_QUERY_LENGTH);
  }
  const lexer = new Lexer(text, messages);
  const items = lexer.items();
  const clauses = groupOr(items, messages);
  return {
    text: input,
    clauses,
    messages: messages.sort((a, b) => a.start - b.start),
    ...(lexer.refusal ? { refusal: lexer.refusal } : {}),
  };
}

/** Splits the text into items, left to right. */
class Lexer {
  private readonly text: string;
  private readonly messages: QueryMessage[];
  private position = 0;
  refusal: QueryMessage | undefined;

  constructor(text: string, messages: QueryMessage[]) {
    this.text = text;
    this.messages = messages;
  }

  items(): Item[] {
    const items: Item[] = [];
    for (;;) {
      this.skipSpace();
      if (this.position >= this.text.length) return items;
      const start = this.position;
      let negated = false;
      if (this.text[start] === '-') {
        this.position += 1;
        if (this.atSpaceOrEnd()) {
          this.note('lone-minus', start);
          continue;
        }
        negated = true;
      }
      const node = this.readMatch(negated);
      const span = { start, end: this.position };
      if (node === 'or') items.push({ kind: 'or', span });
      else if (node) items.push({ kind: 'match', node, negated, span });
    }
  }

  /** One match at the cursor; 'or' for the operator; undefined when it was ignored. */
  private readMatch(negated: boolean): MatchNode | 'or' | undefined {
    const start = this.position;
    const char = this.text[start];
    if (char === '"') return this.phraseNode(this.readQuoted(), start);
    SPACED_PHONE.lastIndex = start;
    const phone = this.readSpacedPhone();
    if (phone) return this.phoneNode(phone, start);
    const qualifier = /([a-z]+):/iy;
    qualifier.lastIndex = start;
    const match = qualifier.exec(this.text);
    const name = match?.[1].toLowerCase();
    if (match && name && (name in FIELD_QUALIFIERS || ['tag', 'has', 'birthday'].includes(name))) {
      this.position = qualifier.lastIndex;
      return this.qualified(name, start);
    }
    const word = this.readWord();
    if (word === 'OR' && !negated) return 'or';
    return this.wordNode(word, start);
  }

  /** `name:jane`, `tag:"key account"`, `has:comment`, `birthday:4`. */
  private qualified(name: string, start: number): MatchNode | undefined {
    const quoted = this.text[this.position] === '"';
    const spacedPhone = name === 'phone' && !quoted ? this.readSpacedPhone() : undefined;
    const value = spacedPhone ?? (quoted ? this.readQuoted() : this.readWord());
    const source = this.text.slice(start, this.position);
    if (!value.trim()) {
      this.note('no-value', start, { source });
      return undefined;
    }
    const span = { start, end: this.position };
    if (name === 'tag') return { type: 'tag', name: foldText(value.trim()), ...span };
    if (name === 'has') {
      if (['comment', 'comments', 'note'].includes(value.toLowerCase())) {
        return { type: 'has', what: 'comment', ...span };
      }
      this.note('unknown-has', start, { source });
      return undefined;
    }
    if (name === 'birthday') {
      const month = readMonth(value);
      if (month) return { type: 'birthday', month, ...span };
      this.note('not-a-month', start, { source });
      return undefined;
    }
    const field = FIELD_QUALIFIERS[name];
    if (field === 'phone' && phoneDigits(value).length >= MIN_PHONE_DIGITS) {
      return { ...this.phoneNode(value, start), field };
    }
    const node = quoted ? this.phraseNode(value, start) : this.wordNode(value, start);
    return node && (node.type === 'term' || node.type === 'phrase') ? { ...node, field } : node;
  }

  /** A bare word: a term, a phrase (`o'brien`, `example.org`), a phone, an e-mail or a prefix. */
  private wordNode(word: string, start: number): MatchNode | undefined {
    const span = { start, end: this.position };
    if (PHONE_WORD.test(word) && phoneDigits(word).length >= MIN_PHONE_DIGITS) {
      return this.phoneNode(word, start);
    }
    const email = /^[^@\s]+@[^@\s]+$/.exec(word.replace(/^[<(]+|[>),;.]+$/g, ''));
    if (email) return { type: 'term', terms: [foldText(email[0])], prefix: false, ...span };
    const star = /\*+$/.test(word);
    const words = [...tokenize(word)];
    if (!words.length) {
      this.note('no-letters', start, { source: word });
      return undefined;
    }
    if (star && words.length === 1) {
      if (words[0].length < MIN_PREFIX_LENGTH) {
        this.refusal ??= queryMessage('prefix-too-short', span, {
          source: word,
          min: MIN_PREFIX_LENGTH,
        });
        return undefined;
      }
      return { type: 'term', terms: words, prefix: true, ...span };
    }
    if (star) this.note('star-ignored', start, { source: word });
    return words.length === 1
      ? { type: 'term', terms: words, prefix: false, ...span }
      : { type: 'phrase', words, ...span };
  }

  private phraseNode(content: string, start: number): MatchNode | undefined {
    // A quoted phone number ("555 0123") is still one number, not a phrase of digit groups.
    const spaced = content.trim();
    if (/^[\d\s+().\-/]+$/.test(spaced) && phoneDigits(spaced).length >= MIN_PHONE_DIGITS) {
      return this.phoneNode(spaced, start);
    }
    const words = [...tokenize(content)];
    const span = { start, end: this.position };
    if (!words.length) {
      this.note('no-words', start, { source: this.text.slice(start, this.position) });
      return undefined;
    }
    return words.length === 1
      ? { type: 'term', terms: words, prefix: false, ...span }
      : { type: 'phrase', words, ...span };
  }

  /**
   * Digits, and the national form: without its trunk 0 (`0471…` finds +32 471…), or without the
   * country code (`+1 212 555 0123` finds a number stored as `(212) 555-0123`).
   */
  private phoneNode(value: string, start: number): TermNode {
    const digits = phoneDigits(value);
    const international = value.trim().startsWith('+') || digits.startsWith('00');
    const bare = digits.replace(/^0+/, '');
    const parsed = international ? parsePhone(`+${digits.replace(/^00/, '')}`) : undefined;
    const national = parsed?.isPossible() ? parsed.nationalNumber : undefined;
    const terms = international
      ? [...new Set([digits.replace(/^00/, ''), ...(national ? [national] : [])])]
      : bare === digits || !bare
        ? [digits]
        : [digits, bare];
    return { type: 'term', terms, prefix: false, field: undefined, start, end: this.position };
  }

  /** A phone number typed with separators at the cursor (read past), if there is one. */
  private readSpacedPhone(): string | undefined {
    SPACED_PHONE.lastIndex = this.position;
    const phone = SPACED_PHONE.exec(this.text);
    if (!phone || phoneDigits(phone[0]).length < MIN_PHONE_DIGITS) return undefined;
    this.position = SPACED_PHONE.lastIndex;
    return phone[0];
  }

  /** Reads `"…"` from the cursor; an unclosed quote runs to the end (with a message). */
  private readQuoted(): string {
    const open = this.position;
    const close = this.text.indexOf('"', open + 1);
    if (close === -1) {
      this.position = this.text.length;
      this.note('unclosed-quote', open);
      return this.text.slice(open + 1);
    }
    this.position = close + 1;
    return this.text.slice(open + 1, close);
  }

  private readWord(): string {
    const start = this.position;
    while (this.position < this.text.length && !/[\s"]/.test(this.text[this.position]))
      this.position += 1;
    return this.text.slice(start, this.position);
  }

  private skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position]))
      this.position += 1;
  }

  private atSpaceOrEnd(): boolean {
    return this.position >= this.text.length || /\s/.test(this.text[this.position]);
  }

  /** Notes what was ignored from `start` to the cursor. */
  private note(code: QueryMessageCode, start: number, params: QueryMessageParams = {}): void {
    this.messages.push(queryMessage(code, { start, end: this.position }, params));
  }
}

/** Joins `a OR b` into one clause; an OR with nothing (positive) on one side is ignored. */
function groupOr(lexed: Item[], messages: QueryMessage[]): ClauseNode[] {
  const items = lexed.filter((item, index) => {
    const repeated = item.kind === 'or' && lexed[index - 1]?.kind === 'or';
    if (repeated) messages.push(queryMessage('or-repeated', item.span));
    return !repeated;
  });
  const clauses: ClauseNode[] = [];
  const clauseOf = (item: Item & { kind: 'match' }): MatchNode | NotNode =>
    item.negated ? { type: 'not', child: item.node, ...item.span } : item.node;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (item.kind === 'match') {
      clauses.push(clauseOf(item));
      continue;
    }
    const previous = clauses.at(-1);
    const next = items[index + 1];
    const ignore = (code: QueryMessageCode) => messages.push(queryMessage(code, item.span));
    if (!previous) ignore('or-at-start');
    else if (!next) ignore('or-at-end');
    else if (next.kind === 'or') continue;
    else if (previous.type === 'not' || next.negated) ignore('or-next-to-exclusion');
    else {
      const left: MatchNode[] = previous.type === 'or' ? previous.children : [previous];
      const or: OrNode = {
        type: 'or',
        children: [...left, next.node],
        start: previous.start,
        end: next.span.end,
      };
      clauses[clauses.length - 1] = or;
      index += 1;
    }
  }
  return clauses;
}

/** 1–12 from "4", "04", "april", "Apr". */
function readMonth(value: string): number | undefined {
  const text = value.trim().toLowerCase();
  if (/^\d{1,2}$/.test(text)) {
    const month = Number(text);
    return month >= 1 && month <= 12 ? month : undefined;
  }
  const index = text.length >= 3 ? MONTHS.indexOf(text.slice(0, 3)) : -1;
  return index === -1 ? undefined : index + 1;
}
