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
 * Runs an element's searches over a `SearchIndex` of its book: built on the first search, kept
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
  private unsubscribe: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: SearchControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.unsubscribe?.();
    this.index?.close();
    this.index = undefined;
    this.indexedBook = undefined;
    this.unsubscribe = undefined;
  }

  /** Searches `query` once typing pauses. */
  schedule(query: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(query), this.options.delay());
  }

  /** Searches `query` now (a blank query clears the results). */
  run(query: string): void {
    clearTimeout(this.timer);
    const book = this.options.books.book;
    if (!book) return;
    const index = this.indexFor(book);
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
    this.index = SearchIndex.forBook(book, { tagsOf: (id) => this.options.tagsOf(id) });
    this.indexedBook = book;
    // The results follow the book: a contact edited elsewhere updates them (debounced).
    this.unsubscribe = book.subscribe(({ changes }) => {
      if (this.query && changes.some((change) => change.collection === 'contacts')) {
        this.schedule(this.query);
      }
    });
    return this.index;
  }
}
