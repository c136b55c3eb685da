import { displayName, type DisplayOrder } from '../contact.js';
import type { Matches } from './match.js';
import { foldText } from './normalize.js';
import type { SearchHit, SearchIndex } from './search-index.js';

/** No search returns more contacts than this. */
export const MAX_RESULTS = 200;
/** Added to a term's field points when it matched a whole word rather than a prefix. */
export const EXACT_BONUS = 5;
/** Points of a matched `tag:` (a label the user chose: as strong as an organization). */
export const TAG_POINTS = 30;

/**
 * The best `limit` matches, best first: higher score, then display name in the user's `order`
 * (folded), then id. A bounded heap keeps this O(n log limit) when a short query matches most of
 * the book.
 */
export function rankHits(
  index: SearchIndex,
  matches: Matches,
  limit: number,
  order: DisplayOrder = 'last-first',
): SearchHit[] {
  const { nums, scores, count } = matches;
  const sortKey = (num: number): string => {
    const entry = index.entries[num]!;
    if (order === 'last-first') return entry.sortKey;
    // Worked out on the first tie that needs it, kept with the entry (replaced on every put).
    return (entry.firstLastKey ??= foldText(displayName(entry.contact, order)));
  };
  // Negative: match `a` (a position in `matches`) ranks before match `b`.
  const compare = (a: number, b: number): number => {
    if (scores[a] !== scores[b]) return scores[b] - scores[a];
    const keyA = sortKey(nums[a]);
    const keyB = sortKey(nums[b]);
    if (keyA !== keyB) return keyA < keyB ? -1 : 1;
    const idA = index.entries[nums[a]]!.contact.id;
    const idB = index.entries[nums[b]]!.contact.id;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
  const best =
    count <= limit ? Array.from({ length: count }, (_, i) => i) : selectBest(count, limit, compare);
  return best
    .sort(compare)
    .map((i) => ({ contact: index.entries[nums[i]]!.contact, score: scores[i] }));
}

/** The `limit` best of `0 … count - 1` under `compare`, unsorted: a max-heap on "worse". */
function selectBest(
  count: number,
  limit: number,
  compare: (a: number, b: number) => number,
): number[] {
  const heap: number[] = [];
  const worse = (i: number, j: number) => compare(heap[i], heap[j]) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (let item = 0; item < count; item += 1) {
    if (heap.length < limit) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1)
        swap(i, (i - 1) >> 1);
    } else if (limit > 0 && compare(item, heap[0]) < 0) {
      heap[0] = item;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        let top = i;
        if (left < heap.length && worse(left, top)) top = left;
        if (left + 1 < heap.length && worse(left + 1, top)) top = left + 1;
        if (top === i) break;
        swap(i, top);
        i = top;
      }
    }
  }
  return heap;
}
