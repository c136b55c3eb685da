import { aTimeout, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { render, type LitElement, type TemplateResult } from 'lit';
import { bookContext } from '../../src/components/book-context.js';
import { ContactBook } from '../../src/core/book.js';
import type { ContactInput } from '../../src/core/contact.js';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { defineElements } from '../../src/components/define.js';

await defineElements();

/** Walks into nested shadow roots: `inside(book, 'contact-list', 'table')`. */
export function inside<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T {
  let node: Element | null = root;
  for (const selector of selectors) {
    const scope: ParentNode = node?.shadowRoot ?? node!;
    node = scope.querySelector(selector);
    if (!node) throw new Error(`Nothing matches "${selector}" (path: ${selectors.join(' › ')})`);
  }
  return node as T;
}

/** All matches of the last selector, inside the shadow roots of the path before it. */
export function allInside<T extends Element = HTMLElement>(
  root: Element,
  ...selectors: string[]
): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? inside(root, ...selectors) : root;
  return [...(parent.shadowRoot ?? parent).querySelectorAll<T>(last)];
}

/** Waits until every Lit element on the path has rendered. */
export async function settle(...elements: Element[]): Promise<void> {
  await aTimeout(0);
  for (const element of elements) await (element as LitElement).updateComplete;
}

/** The button (matching `selector`) whose text is `label`, in the element's shadow root; throws if none. */
export function buttonLabelled(
  root: Element,
  label: string,
  selector = 'button',
): HTMLButtonElement {
  const button = allInside<HTMLButtonElement>(root, selector).find(
    (candidate) => candidate.textContent?.trim() === label,
  );
  if (!button) throw new Error(`No button "${label}"`);
  return button;
}

/** Opens a `<contact-menu>` and chooses the item with that label. */
export async function chooseMenu(menu: HTMLElement, label: string): Promise<void> {
  inside<HTMLButtonElement>(menu, 'button[part="button"]').click();
  await (menu as LitElement).updateComplete;
  buttonLabelled(menu, label, '[role="menuitem"]').click();
  await aTimeout(0);
}

/** Types into an input the way a user does (value + input event). */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Waits for a condition with a readable failure. */
export async function until(condition: () => boolean, message: string): Promise<void> {
  await waitUntil(condition, message, { timeout: 5000 });
}

/** A `<div>` that provides `book` to everything rendered inside it, like `<contact-book>` does. */
export async function provide<T extends Element>(
  book: ContactBook,
  template: TemplateResult,
): Promise<T> {
  const host = document.createElement('div');
  new ContextProvider(host, { context: bookContext, initialValue: book });
  document.body.append(host);
  render(template, host);
  const element = host.firstElementChild as T;
  await settle(element);
  return element;
}

/** A fresh book on a MemoryStore holding these contacts. */
export async function bookWith(inputs: ContactInput[]): Promise<ContactBook> {
  const book = await ContactBook.open({ store: new MemoryStore() });
  await book.createMany(inputs);
  return book;
}

/** A container that provides `book` to what is rendered inside it (a `fixture`'s `parentNode`). */
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
