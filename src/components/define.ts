import { ELEMENTS } from './elements.js';

/**
 * Registers every element. Skips (with a warning) a tag that is already defined, so two copies
 * of the package on one page do not throw. `prefix` gives `<acme-contact-book>` and so on.
 */
export function defineElements({ prefix = '' }: { prefix?: string } = {}): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    const name = prefix ? `${prefix}-${tag}` : tag;
    if (customElements.get(name)) {
      console.warn(`contact-book: <${name}> is already defined; keeping the existing definition`);
      continue;
    }
    // A prefixed name needs its own class: one constructor cannot be registered twice.
    customElements.define(name, prefix ? class extends element {} : element);
  }
}
