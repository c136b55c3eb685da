import type { Match } from './match.js';
import type { SearchHit, SearchIndex } from './search-index.js';

/** No search returns more contacts than this. */
export const MAX_RESULTS = 200;
/** Added to a term's field points when it matched a whole word rather than a prefix. */
export const EXACT_BONUS = 5;
/** Points of a matched `tag:` (a label the user chose: as strong as an organization). */
export const TAG_POINTS = 30;

/**
 * The best `limit` matches, best first: higher score, then display name (folded), then id.
 * A bounded heap keeps this O(n log limit) when a short query matches most of the book.
 */
export function rankHits(
  index: SearchIndex,
  matches: readonly Match[],
  limit: number,
): SearchHit[] {
  const keyOf = (match: Match) => index.entries[match.num]!;
  // Negative: `a` ranks before `b`.
  const compare = (a: Match, b: Match): number => {
    if (a.score !== b.score) return b.score - a.score;
    const keyA = keyOf(a);
    const keyB = keyOf(b);
    if (keyA.sortKey !== keyB.sortKey) return keyA.sortKey < keyB.sortKey ? -1 : 1;
    return keyA.contact.id < keyB.contact.id ? -1 : keyA.contact.id > keyB.contact.id ? 1 : 0;
  };
  let best: Match[];
  if (matches.length <= limit) {
    best = [...matches];
  } else {
    // A max-heap on "worse": its root is the worst of the best `limit` seen so far.
    const heap: Match[] = [];
    const worse = (i: number, j: number) => compare(heap[i], heap[j]) > 0;
    const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
    const siftDown = (start: number) => {
      for (let i = start; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let top = i;
        if (left < heap.length && worse(left, top)) top = left;
        if (right < heap.length && worse(right, top)) top = right;
        if (top === i) return;
        swap(i, top);
        i = top;
      }
    };
    for (const match of matches) {
      if (heap.length < limit) {
        heap.push(match);
        for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1)
          swap(i, (i - 1) >> 1);
      } else if (limit > 0 && compare(match, heap[0]) < 0) {
        heap[0] = match;
        siftDown(0);
      }
    }
    best = heap;
  }
  return best.sort(compare).map((match) => ({ contact: keyOf(match).contact, score: match.score }));
}
