import type { BookChange, ContactBook } from '../book.js';
import { displayName, type Contact, type DisplayOrder } from '../contact.js';
import { QuerySyntaxError } from '../errors.js';
import { contactTerms, visitTerms } from './fields.js';
import { evaluateQuery } from './match.js';
import { foldText } from './normalize.js';
import { MIN_PREFIX_LENGTH, parseQuery } from './parse-query.js';
import type { ParsedQuery, QueryMessage } from './query-types.js';
import { MAX_RESULTS, rankHits } from './rank.js';

/** The tag names a user gave a contact (tags are per-user records, not contact fields). */
export type TagsOf = (contactId: string) => readonly string[];

/** One contact in the index; `sortKey` is its folded display name, the ranking's tie-breaker. */
export interface IndexedContact {
  num: number;
  contact: Contact;
  sortKey: string;
  /** The folded "Given Family" display name, set by the first ranking in that order. */
  firstLastKey?: string;
}

/** A contact that matched and how well. */
export interface SearchHit {
  contact: Contact;
  score: number;
}

/** Up to `limit` hits, best first; `total` counts every match; `messages` what was ignored. */
export interface SearchResult {
  query: ParsedQuery;
  hits: SearchHit[];
  total: number;
  messages: QueryMessage[];
}

/** How a search runs. */
export interface SearchOptions {
  /** At most this many hits (never more than 200). */
  limit?: number;
  /** The user's display order, for sorting tied hits by display name (default last-first). */
  order?: DisplayOrder;
}

/** Options of a SearchIndex. */
export interface SearchIndexOptions {
  /** The user's tags of a contact, asked at query time so tag changes need no re-indexing. */
  tagsOf?: TagsOf;
  /** How many comments a contact has (records of their own), for `has:comment`. */
  commentsOf?: (contactId: string) => number;
}

const noTags: TagsOf = () => [];

/**
 * An inverted index over folded words: term → contact → mask of the fields it occurs in. Kept
 * current contact by contact (`put`, `remove`, or following a ContactBook), never rebuilt whole.
 */
export class SearchIndex {
  /**
   * term → the contacts holding it, as flat pairs `[number, field mask, number, mask, …]`: far
   * cheaper to build than a Map per term (most terms, like e-mail addresses, have one contact).
   */
  readonly postings = new Map<string, number[]>();
  /**
   * The first MIN_PREFIX_LENGTH characters of a term → the terms starting so (for `word*`);
   * empty until the first prefix search, then kept current.
   */
  readonly prefixes = new Map<string, Set<string>>();
  /** Indexed contacts by number (holes where contacts were removed). */
  readonly entries: (IndexedContact | undefined)[] = [];
  readonly tagsOf: TagsOf;
  readonly commentsOf: (contactId: string) => number;
  private readonly numbers = new Map<string, number>();
  private readonly freeNumbers: number[] = [];
  private unsubscribe: (() => void) | undefined;

  constructor({ tagsOf = noTags, commentsOf = () => 0 }: SearchIndexOptions = {}) {
    this.tagsOf = tagsOf;
    this.commentsOf = commentsOf;
  }

  /** An index of a book's contacts that follows the book's changes until `close()`. */
  static forBook(book: ContactBook, options: SearchIndexOptions = {}): SearchIndex {
    const { index, step } = SearchIndex.buildForBook(book, options);
    step(Infinity);
    return index;
  }

  /**
   * Starts an index of a book that fills `step(n)` contacts at a time (a UI fills it in idle
   * time, so the first search does not freeze the page). It follows the book's changes from the
   * start; each step indexes the book's current version of a contact, so a change made while
   * it fills is never overwritten by an older one. `step` returns true once the index is full.
   */
  static buildForBook(
    book: ContactBook,
    options: SearchIndexOptions = {},
  ): { index: SearchIndex; step: (count: number) => boolean } {
    const index = new SearchIndex(options);
    index.unsubscribe = book.subscribe((change) => index.applyBookChange(book, change));
    const pending = book.all().map((contact) => contact.id);
    let next = 0;
    const step = (count: number) => {
      const end = Math.min(pending.length, next + count);
      for (; next < end; next += 1) {
        const contact = book.find(pending[next]);
        if (contact) index.put(contact);
      }
      return next >= pending.length;
    };
    return { index, step };
  }

  /** How many contacts are indexed. */
  get size(): number {
    return this.numbers.size;
  }

  /** Indexes (or re-indexes) many contacts. */
  putAll(contacts: Iterable<Contact>): void {
    for (const contact of contacts) this.put(contact);
  }

  /** Indexes a contact, replacing what was indexed under its id. */
  put(contact: Contact): void {
    this.remove(contact.id);
    const num = this.freeNumbers.pop() ?? this.entries.length;
    this.entries[num] = { num, contact, sortKey: foldText(displayName(contact)) };
    this.numbers.set(contact.id, num);
    visitTerms(contact, (term, bit) => {
      const posting = this.postings.get(term);
      if (!posting) {
        this.postings.set(term, [num, bit]);
        if (this.prefixes.size) this.addToBucket(term);
      } else if (posting[posting.length - 2] === num) {
        // This contact's terms are added together: a repeat is always the posting's last pair.
        posting[posting.length - 1] |= bit;
      } else {
        posting.push(num, bit);
      }
    });
  }

  /** Drops a contact from the index; false when it was not there. */
  remove(id: string): boolean {
    const num = this.numbers.get(id);
    if (num === undefined) return false;
    const entry = this.entries[num];
    if (entry) {
      for (const term of contactTerms(entry.contact).keys()) {
        const posting = this.postings.get(term);
        if (!posting) continue;
        removePair(posting, num);
        if (posting.length) continue;
        this.postings.delete(term);
        this.prefixes.get(term.slice(0, MIN_PREFIX_LENGTH))?.delete(term);
      }
    }
    this.entries[num] = undefined;
    this.numbers.delete(id);
    this.freeNumbers.push(num);
    return true;
  }

  /** The indexed contact with this id. */
  get(id: string): Contact | undefined {
    const num = this.numbers.get(id);
    return num === undefined ? undefined : this.entries[num]?.contact;
  }

  /**
   * Runs a query: up to `limit` (≤ 200) hits, best first (docs/search.md). Throws
   * QuerySyntaxError when the query is refused; malformed parts only add messages.
   */
  search(
    query: string | ParsedQuery,
    { limit = MAX_RESULTS, order }: SearchOptions = {},
  ): SearchResult {
    const parsed = typeof query === 'string' ? parseQuery(query) : query;
    if (parsed.refusal) throw new QuerySyntaxError(parsed.refusal.message, parsed.refusal.start);
    const matches = evaluateQuery(this, parsed);
    const ranked = rankHits(this, matches, Math.min(limit, MAX_RESULTS), order);
    return { query: parsed, hits: ranked, total: matches.count, messages: parsed.messages };
  }

  /** Stops following the book. */
  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private applyBookChange(book: ContactBook, { changes }: BookChange): void {
    for (const change of changes) {
      if (change.collection !== 'contacts') continue;
      const contact = change.record as Contact | undefined;
      const belongs =
        contact && (contact.bookId === book.bookId || contact.sharedWith.includes(book.bookId));
      if (change.type === 'put' && contact && belongs) this.put(contact);
      else this.remove(change.id);
    }
  }

  /** The terms by their first characters, for `word*`: built on the first prefix search. */
  termsStartingWith(prefix: string): Iterable<string> {
    if (!this.prefixes.size) for (const term of this.postings.keys()) this.addToBucket(term);
    return this.prefixes.get(prefix.slice(0, MIN_PREFIX_LENGTH)) ?? [];
  }

  private addToBucket(term: string): void {
    // Whole e-mail addresses are never prefix-searched: `jane@exa*` reads as an address.
    if (term.length < MIN_PREFIX_LENGTH || term.includes('@')) return;
    const key = term.slice(0, MIN_PREFIX_LENGTH);
    const bucket = this.prefixes.get(key);
    if (bucket) bucket.add(term);
    else this.prefixes.set(key, new Set([term]));
  }
}

/** Drops `num`'s pair from a posting (order does not matter: the last pair fills the hole). */
function removePair(posting: number[], num: number): void {
  for (let i = 0; i < posting.length; i += 2) {
    if (posting[i] !== num) continue;
    const last = posting.length - 2;
    posting[i] = posting[last];
    posting[i + 1] = posting[last + 1];
    posting.length = last;
    return;
  }
}
