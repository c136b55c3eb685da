/**
 * Text folding and tokenising shared by the index and the query parser: both sides must fold
 * exactly alike, or `muller` would not find Müller.
 */

// Letters NFD does not decompose into base + mark: folded by hand.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const ASCII = /^[^\u0080-\uffff]*$/;
const MARKS = /\p{M}+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const UNICODE_WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: "Zoë Müller" → "zoe muller". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most contact data is ASCII: skip the costly Unicode normalisation for it.
  return ASCII.test(lower) ? lower : foldUnicode(lower);
}

// Contact data repeats itself (given names, cities, countries, companies): short values are
// tokenised once. Bounded, and cleared whole when full (cheaper than an LRU, just as good here).
const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_SIZE = 20_000;
const memo = new Map<string, readonly string[]>();

/** The folded words of a text, in order: "Jean-Luc O'Brien" → ["jean", "luc", "o", "brien"]. */
export function tokenize(text: string): readonly string[] {
  const known = memo.get(text);
  if (known) return known;
  const lower = text.toLowerCase();
  const words = ASCII.test(lower)
    ? (lower.match(ASCII_WORD) ?? [])
    : (foldUnicode(lower).match(UNICODE_WORD) ?? []);
  if (text.length <= MEMO_MAX_LENGTH) {
    if (memo.size >= MEMO_MAX_SIZE) memo.clear();
    memo.set(text, words);
  }
  return words;
}

function foldUnicode(lower: string): string {
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter]);
}

/** The digits of a phone number as typed: "+1 (212) 555-0123" → "12125550123". */
export function phoneDigits(text: string): string {
  return text.replace(/\D+/g, '');
}

/** Shortest tail of a phone number that is indexed: "0123" finds +1-212-555-0123. */
export const MIN_PHONE_SUFFIX = 4;
