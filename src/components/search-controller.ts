import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactBook } from '../core/book.js';
import { parseQuery } from '../core/search/parse-query.js';
import type { QueryMessage } from '../core/search/query-types.js';
import { SearchIndex, type SearchResult, type TagsOf } from '../core/search/search-index.js';
import type { BookController } from './book-controller.js';

/** What a SearchController needs from its element. */
export interface SearchControllerOptions {
  /** Where the book comes from. */
  books: BookController;
  /** The user's tags of a contact (read at query time). */
  tagsOf: TagsOf;
  /** Milliseconds of quiet before a scheduled search runs. */
  delay: () => number;
  /** Called after every search, once `result` and `refusal` are set. */
  onSearch: () => void;
}

/**
 * Runs an element's searches over a `SearchIndex` of its book: filled in idle time (or at the
 * first search, whichever comes first), kept
 * current by the book's change feed, rebuilt for another book. Searches are debounced, a refused
 * query is kept in `refusal` (not run), and the last query runs again when contacts change.
 */
export class SearchController implements ReactiveController {
  /** The last search's text ('' when cleared). */
  query = '';
  /** The last search's result; undefined when cleared or refused. */
  result: SearchResult | undefined;
  /** Why the last query was refused. */
  refusal: QueryMessage | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly options: SearchControllerOptions;
  private index: SearchIndex | undefined;
  private indexedBook: ContactBook | undefined;
  /** Fills the index; undefined once it is full. */
  private fill: ((count: number) => boolean) | undefined;
  private idle: number | undefined;
  private unsubscribe: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A query scheduled, or run before the book was there, and not searched yet. */
  private waiting: string | undefined;

  constructor(host: ReactiveControllerHost, options: SearchControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Once the book is there, fill its index in idle time, before the first search needs it. */
  hostUpdated(): void {
    const book = this.options.books.book;
    if (book && this.indexedBook !== book) {
      // A query typed while the book was loading: its debounce goes with the old index.
      const waiting = this.waiting;
      this.indexFor(book);
      this.fillWhenIdle();
      if (waiting !== undefined) this.run(waiting);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = undefined;
    this.fill = undefined;
    this.unsubscribe?.();
    this.index?.close();
    this.index = undefined;
    this.indexedBook = undefined;
    this.unsubscribe = undefined;
  }

  /** Searches `query` once typing pauses. */
  schedule(query: string): void {
    clearTimeout(this.timer);
    this.waiting = query;
    this.timer = setTimeout(() => this.run(query), this.options.delay());
  }

  /** Searches `query` now (a blank query clears the results). */
  run(query: string): void {
    clearTimeout(this.timer);
    const book = this.options.books.book;
    // Typed while the book is still loading: searched as soon as it is there.
    if (!book) {
      this.waiting = query;
      return;
    }
    this.waiting = undefined;
    const index = this.indexFor(book);
    // A search before the idle filling is done finishes it now.
    if (this.fill?.(Infinity)) this.fill = undefined;
    this.query = query.trim() ? query : '';
    this.result = undefined;
    const parsed = this.query ? parseQuery(query) : undefined;
    this.refusal = parsed?.refusal;
    if (parsed && !parsed.refusal)
      this.result = index.search(parsed, { order: book.preferences.displayOrder });
    this.host.requestUpdate();
    this.options.onSearch();
  }

  private indexFor(book: ContactBook): SearchIndex {
    if (this.index && this.indexedBook === book) return this.index;
    this.hostDisconnected();
    const { index, step } = SearchIndex.buildForBook(book, {
      tagsOf: (id) => this.options.tagsOf(id),
      commentsOf: (id) => book.comments.count(id),
    });
    this.index = index;
    this.fill = step;
    this.indexedBook = book;
    // The results follow the book: a contact edited elsewhere updates them (debounced).
    this.unsubscribe = book.subscribe(({ changes }) => {
      if (this.query && changes.some((change) => change.collection === 'contacts')) {
        this.schedule(this.query);
      }
    });
    return this.index;
  }

  /** Indexes a slice of contacts whenever the browser is idle, until the index is full. */
  private fillWhenIdle(): void {
    if (!this.fill || this.idle !== undefined) return;
    this.idle = requestIdleCallback((deadline) => {
      this.idle = undefined;
      // About 2,000 contacts take a few milliseconds: stay inside the idle period.
      while (this.fill && deadline.timeRemaining() > 2) {
        if (this.fill(500)) this.fill = undefined;
      }
      this.fillWhenIdle();
    });
  }
}
