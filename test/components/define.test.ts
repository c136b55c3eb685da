import { expect } from '@open-wc/testing';
import { defineElements } from '../../src/components/define.js';
import { ELEMENTS, LAZY_ELEMENTS } from '../../src/components/elements.js';

describe('defineElements', () => {
  it("defines the first view's tags at once and the others once their code has loaded", async () => {
    const defining = defineElements({ prefix: 'early' });
    for (const tag of Object.keys(ELEMENTS)) {
      expect(customElements.get(`early-${tag}`), tag).to.exist;
    }
    for (const tag of Object.keys(LAZY_ELEMENTS)) {
      expect(customElements.get(`early-${tag}`), `${tag} waits for its chunk`).to.be.undefined;
    }
    await defining;
    for (const tag of Object.keys(LAZY_ELEMENTS)) {
      expect(customElements.get(`early-${tag}`), tag).to.exist;
    }
    const editor = document.createElement('early-contact-editor');
    expect(editor).to.be.instanceOf(await LAZY_ELEMENTS['contact-editor']());
  });

  it('keeps the first definition of a tag and says so, never throwing', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (message: unknown) => warnings.push(message);
    try {
      await defineElements({ prefix: 'twice' });
      const first = customElements.get('twice-contact-trash');
      await defineElements({ prefix: 'twice' });
      expect(customElements.get('twice-contact-trash')).to.equal(first);
    } finally {
      console.warn = warn;
    }
    const all = Object.keys({ ...ELEMENTS, ...LAZY_ELEMENTS });
    expect(warnings).to.have.length(all.length);
    expect(warnings).to.include(
      'contact-book: <twice-contact-trash> is already defined; keeping the existing definition',
    );
  });
});
