// Shared test setup for the media elements: a real ContactBook on a MemoryStore, provided
// through context the way <contact-book> provides it.
import { ContextProvider } from '@lit/context';
import { ContactBook } from '../../src/core/book.js';
import type { ContactInput } from '../../src/core/contact.js';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { bookContext } from '../../src/components/book-context.js';
import '../../src/components/define.js';

/** A fresh book holding these contacts. */
export async function bookWith(inputs: ContactInput[]): Promise<ContactBook> {
  const book = await ContactBook.open({ store: new MemoryStore() });
  await book.createMany(inputs);
  return book;
}

/** A container element that provides `book` to everything rendered inside it. */
export function provider(book: ContactBook): HTMLElement {
  const host = document.createElement('div');
  new ContextProvider(host, { context: bookContext, initialValue: book });
  document.body.append(host);
  return host;
}

/**
 * Keeps test clicks on links from navigating away (mailto:, sms:, a map tab), after recording
 * whether the element itself cancelled the click. Returns a function that stops guarding.
 */
export function guardNavigation(seen: { defaultPrevented?: boolean }): () => void {
  const guard = (event: Event) => {
    seen.defaultPrevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', guard);
  return () => document.removeEventListener('click', guard);
}

/** Waits until `condition` holds (polling), for state that settles asynchronously. */
export async function waitFor(condition: () => boolean, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
