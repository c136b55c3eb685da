import { FIELD_BIT, PHONE_TAIL_BIT, contactTexts, pointsOfMask } from './fields.js';
import { MIN_PHONE_SUFFIX, foldText, phoneDigits } from './normalize.js';
import type { ClauseNode, MatchNode, ParsedQuery, PhraseNode, TermNode } from './query-types.js';
import { EXACT_BONUS, TAG_POINTS } from './rank.js';
import type { SearchIndex } from './search-index.js';

/** The matching contacts (index numbers) and their scores, in parallel; `count` are filled. */
export interface Matches {
  nums: Int32Array;
  scores: Int32Array;
  count: number;
}

/** A compiled clause: which contacts might match, and the score of one (-1: no match). */
interface Matcher {
  /** Upper bound of the candidates (Infinity: it cannot enumerate them). */
  estimate: number;
  candidates(): Iterable<number>;
  score(num: number): number;
}

const NO_MATCH = -1;
const PHONE_TAIL = new RegExp(`^\\d{${MIN_PHONE_SUFFIX + 1},}$`);

/** Every contact matching all clauses, with its score (unsorted). */
export function evaluateQuery(index: SearchIndex, query: ParsedQuery): Matches {
  if (!query.clauses.length)
    return { nums: new Int32Array(0), scores: new Int32Array(0), count: 0 };
  const matchers = query.clauses.map((clause) => compile(index, clause));
  matchers.sort((a, b) => a.estimate - b.estimate);
  const driver = matchers[0].estimate < Infinity ? matchers[0] : allContacts(index);
  const capacity = Math.min(driver.estimate, index.entries.length);
  const nums = new Int32Array(capacity);
  const scores = new Int32Array(capacity);
  let count = 0;
  for (const num of driver.candidates()) {
    let score = 0;
    for (const matcher of matchers) {
      const points = matcher.score(num);
      if (points < 0) {
        score = NO_MATCH;
        break;
      }
      score += points;
    }
    if (score < 0) continue;
    nums[count] = num;
    scores[count] = score;
    count += 1;
  }
  return { nums, scores, count };
}

function compile(index: SearchIndex, clause: ClauseNode): Matcher {
  if (clause.type === 'not') {
    const inner = compileMatch(index, clause.child);
    return {
      estimate: Infinity,
      candidates: () => [],
      score: (num) => (inner.score(num) >= 0 ? NO_MATCH : 0),
    };
  }
  if (clause.type === 'or') {
    const children = clause.children.map((child) => compileMatch(index, child));
    return {
      estimate: children.reduce((sum, child) => sum + child.estimate, 0),
      candidates: () => {
        const union = new Set<number>();
        for (const child of children) for (const num of child.candidates()) union.add(num);
        return union;
      },
      score: (num) => {
        let total = NO_MATCH;
        for (const child of children) {
          const points = child.score(num);
          if (points >= 0) total = Math.max(total, 0) + points;
        }
        return total;
      },
    };
  }
  return compileMatch(index, clause);
}

function compileMatch(index: SearchIndex, node: MatchNode): Matcher {
  switch (node.type) {
    case 'term':
      return node.prefix ? prefixMatcher(index, node) : termMatcher(index, node);
    case 'phrase':
      return phraseMatcher(index, node);
    case 'tag':
      return filterMatcher(index, TAG_POINTS, (entry) =>
        index.tagsOf(entry.contact.id).some((tag) => foldText(tag) === node.name),
      );
    case 'has':
      return filterMatcher(
        index,
        0,
        (entry) => Boolean(entry.contact.note?.trim()) || index.commentsOf(entry.contact.id) > 0,
      );
    case 'birthday':
      return filterMatcher(
        index,
        0,
        (entry) => birthdayMonth(entry.contact.birthday) === node.month,
      );
  }
}

/**
 * A word (or its alternatives): whole words only, and phones whole or by a tail of at least
 * MIN_PHONE_SUFFIX digits (`5550123` finds +1-212-555-0123): a tail ranks like a prefix match.
 * A tail longer than the indexed one is checked on the contacts holding its last digits.
 */
function termMatcher(index: SearchIndex, node: TermNode): Matcher {
  const fieldMask = node.field ? FIELD_BIT[node.field] : ~0;
  const phones = fieldMask & FIELD_BIT.phone;
  const exact = gather(index, postingsOf(index, node.terms));
  const tails = phones ? node.terms.filter((term) => PHONE_TAIL.test(term)) : [];
  const tailed = gather(
    index,
    postingsOf(
      index,
      tails.map((term) => term.slice(-MIN_PHONE_SUFFIX)),
    ),
  );
  const endsWithTail = (num: number) =>
    index.entries[num]?.contact.phones.some((phone) => {
      const digits = phoneDigits(phone.value);
      return tails.some((tail) => digits.endsWith(tail));
    });
  return {
    estimate: exact.nums.length + tailed.nums.length,
    candidates: () => (tailed.nums.length ? new Set([...exact.nums, ...tailed.nums]) : exact.nums),
    score: (num) => {
      const whole = exact.maskOf(num) & fieldMask & ~PHONE_TAIL_BIT;
      if (whole) return pointsOfMask(whole) + EXACT_BONUS;
      const tail =
        (phones && exact.maskOf(num) & PHONE_TAIL_BIT) || (tailed.maskOf(num) && endsWithTail(num));
      return tail ? pointsOfMask(FIELD_BIT.phone) : NO_MATCH;
    },
  };
}

/** `word*`: the scores are worked out once for every contact holding a word that starts so. */
function prefixMatcher(index: SearchIndex, node: TermNode): Matcher {
  const [prefix] = node.terms;
  const fieldMask = node.field ? FIELD_BIT[node.field] : ~0;
  const scores = new Map<number, number>();
  for (const term of index.termsStartingWith(prefix)) {
    if (!term.startsWith(prefix)) continue;
    const bonus = term === prefix ? EXACT_BONUS : 0;
    const posting = index.postings.get(term) ?? [];
    for (let i = 0; i < posting.length; i += 2) {
      // Phone tails are not words: `1212*` does not find the middle of a number.
      const fieldMatch = posting[i + 1] & fieldMask & ~PHONE_TAIL_BIT;
      if (!fieldMatch) continue;
      const points = pointsOfMask(fieldMatch) + bonus;
      if (points > (scores.get(posting[i]) ?? NO_MATCH)) scores.set(posting[i], points);
    }
  }
  return {
    estimate: scores.size,
    candidates: () => scores.keys(),
    score: (num) => scores.get(num) ?? NO_MATCH,
  };
}

/** Words next to each other, in order, in one value: checked on the contacts holding them all. */
function phraseMatcher(index: SearchIndex, node: PhraseNode): Matcher {
  const fieldMask = node.field ? FIELD_BIT[node.field] : ~0;
  const postings = node.words.map((word) => index.postings.get(word));
  const words = postings.every(Boolean) ? postings.map((posting) => gather(index, [posting!])) : [];
  const smallest = words.reduce<Gathered | undefined>(
    (best, word) => (!best || word.nums.length < best.nums.length ? word : best),
    undefined,
  );
  return {
    estimate: smallest?.nums.length ?? 0,
    candidates: () => smallest?.nums ?? [],
    score: (num) => {
      // Only the fields holding every word can hold the phrase: only those are re-read.
      if (!words.length) return NO_MATCH;
      let shared = fieldMask;
      for (const word of words) shared &= word.maskOf(num);
      const contact = index.entries[num]?.contact;
      if (!shared || !contact) return NO_MATCH;
      let mask = 0;
      for (const text of contactTexts(contact, shared)) {
        if (containsRun(text.words, node.words)) mask |= FIELD_BIT[text.field];
      }
      return mask ? node.words.length * (pointsOfMask(mask) + EXACT_BONUS) : NO_MATCH;
    },
  };
}

/** Contacts of some postings (no repeats) and a lookup of their field masks (0: absent). */
interface Gathered {
  nums: number[];
  maskOf(num: number): number;
}

// Small postings go in a Map; a large one in an array as long as the index (no hashing).
const TYPED_ARRAY_FROM = 1024;

/** The postings of the terms that are in the index. */
function postingsOf(index: SearchIndex, terms: readonly string[]): number[][] {
  const lists: number[][] = [];
  for (const term of terms) {
    const posting = index.postings.get(term);
    if (posting) lists.push(posting);
  }
  return lists;
}

function gather(index: SearchIndex, lists: number[][]): Gathered {
  const size = lists.reduce((sum, list) => sum + list.length / 2, 0);
  const nums: number[] = [];
  if (size < TYPED_ARRAY_FROM) {
    const masks = new Map<number, number>();
    for (const list of lists) {
      for (let i = 0; i < list.length; i += 2) {
        const mask = masks.get(list[i]);
        if (mask === undefined) nums.push(list[i]);
        masks.set(list[i], (mask ?? 0) | list[i + 1]);
      }
    }
    return { nums, maskOf: (num) => masks.get(num) ?? 0 };
  }
  const masks = new Int32Array(index.entries.length);
  for (const list of lists) {
    for (let i = 0; i < list.length; i += 2) {
      if (!masks[list[i]]) nums.push(list[i]);
      masks[list[i]] |= list[i + 1];
    }
  }
  return { nums, maskOf: (num) => masks[num] ?? 0 };
}

/** A condition checked contact by contact (tags, has:comment, birthday month). */
function filterMatcher(
  index: SearchIndex,
  points: number,
  test: (entry: NonNullable<SearchIndex['entries'][number]>) => boolean,
): Matcher {
  return {
    estimate: index.size,
    candidates: () => allNumbers(index),
    score: (num) => {
      const entry = index.entries[num];
      return entry && test(entry) ? points : NO_MATCH;
    },
  };
}

function allContacts(index: SearchIndex): Matcher {
  return { estimate: index.size, candidates: () => allNumbers(index), score: () => 0 };
}

function* allNumbers(index: SearchIndex): Iterable<number> {
  for (const entry of index.entries) if (entry) yield entry.num;
}

/** Does `words` hold `run` as consecutive words? */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  outer: for (let start = 0; start + run.length <= words.length; start += 1) {
    for (let offset = 0; offset < run.length; offset += 1) {
      if (words[start + offset] !== run[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/** The month of `1970-04-15` or `--04-15`. */
function birthdayMonth(birthday: string | undefined): number | undefined {
  const match = birthday && /^(?:\d{4}|-)-(\d{2})-/.exec(birthday);
  return match ? Number(match[1]) : undefined;
}
