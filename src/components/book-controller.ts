import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { ContactBook } from '../core/book.js';
import { bookContext } from './book-context.js';

/**
 * Gives an element the ContactBook from context and re-renders it on every change of the book
 * (local or from another tab), and once the comment counts are read. `book` is undefined until the provider has one.
 */
export class BookController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly consumer: ContextConsumer<
    typeof bookContext,
    ReactiveControllerHost & HTMLElement
  >;
  private unsubscribe: (() => void) | undefined;
  private subscribed: ContactBook | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    this.consumer = new ContextConsumer(host, {
      context: bookContext,
      subscribe: true,
      callback: () => this.follow(),
    });
    host.addController(this);
  }

  /** Counts the book's changes: a Task can take it as an argument to reload after each. */
  version = 0;

  /** The book, once provided. */
  get book(): ContactBook | undefined {
    return this.consumer.value;
  }

  hostConnected(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = undefined;
  }

  private follow(): void {
    const book = this.consumer.value;
    if (book === this.subscribed) return;
    this.unsubscribe?.();
    this.subscribed = book;
    const stopChanges = book?.subscribe(() => {
      this.version += 1;
      this.host.requestUpdate();
    });
    // Comment counts are read after the book opens: the list's icons show once they are in.
    const stopCounts = book?.comments.onCountsLoaded(() => this.host.requestUpdate());
    this.unsubscribe = () => {
      stopChanges?.();
      stopCounts?.();
    };
    this.host.requestUpdate();
  }
}
