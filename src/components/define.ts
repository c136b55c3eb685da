import type { LitElement } from 'lit';
import { ELEMENTS, LAZY_ELEMENTS } from './elements.js';

/**
 * Registers every element: the first view's at once, the editor's and the dialogs' as soon as
 * their code has loaded (the promise resolves then). Skips (with a warning) a tag that is
 * already defined, so two copies of the package on one page do not throw. `prefix` gives
 * `<acme-contact-book>` and so on.
 */
export function defineElements({ prefix = '' }: { prefix?: string } = {}): Promise<void> {
  for (const [tag, element] of Object.entries(ELEMENTS)) define(tag, element, prefix);
  const lazy = Object.entries(LAZY_ELEMENTS).map(async ([tag, load]) =>
    define(tag, await load(), prefix),
  );
  return Promise.all(lazy).then(() => undefined);
}

function define(tag: string, element: typeof LitElement, prefix: string): void {
  const name = prefix ? `${prefix}-${tag}` : tag;
  if (customElements.get(name)) {
    console.warn(`contact-book: <${name}> is already defined; keeping the existing definition`);
    return;
  }
  // A prefixed name needs its own class: one constructor cannot be registered twice.
  customElements.define(name, prefix ? class extends element {} : element);
}
