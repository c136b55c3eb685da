import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ContactList } from '../../src/components/contact-list.js';
import type { ContactTagsDialog } from '../../src/components/contact-tags-dialog.js';
import { darkPalette, lightPalette } from '../../src/components/theme.js';
import { ContactBook } from '../../src/core/book.js';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { TAG_COLOURS, type TagColour } from '../../src/core/tag-registry.js';
import { inside, provide, settle } from './helpers.js';

// Tag chips, in every palette colour, and the tag window with a mixed selection and the
// personal-tags hint, in both colour schemes: axe finds no violation (contrast included).
for (const scheme of ['light', 'dark'] as const) {
  describe(`tags accessibility (axe, ${scheme})`, () => {
    beforeEach(async () => {
      await emulateMedia({ colorScheme: scheme });
      const palette = scheme === 'dark' ? darkPalette : lightPalette;
      document.documentElement.style.colorScheme = scheme;
      document.body.style.background = palette.bg;
      document.body.style.color = palette.text;
    });
    afterEach(async () => {
      for (const host of document.body.querySelectorAll(':scope > div')) host.remove();
      await emulateMedia({ colorScheme: 'light' });
    });

    it('chips of every colour in the list, and the tag window open for a selection', async () => {
      const book = await ContactBook.open({ store: new MemoryStore(), bookId: 'group-team' });
      const colours = Object.keys(TAG_COLOURS) as TagColour[];
      for (const colour of colours) await book.createTag(`Tag ${colour}`, colour);
      const [first, second] = await book.createMany(
        colours.map((colour) => ({ name: { given: colour } })),
      );
      await book.setTagsMany([
        [first.id, colours.map((colour) => `Tag ${colour}`)],
        ...colours
          .slice(1)
          .map((colour, index) => [book.all()[index].id, [`Tag ${colour}`]] as const),
      ]);
      const list = await provide<ContactList>(book, html`<contact-list></contact-list>`);
      await settle(list);
      await expect(list).to.be.accessible();

      const dialog = inside<ContactTagsDialog>(list, 'contact-tags-dialog');
      await dialog.open([first, second]);
      await settle(dialog);
      expect(inside(dialog, '.hint').textContent).to.contain('Only you see your tags');
      await expect(dialog).to.be.accessible();
    });
  });
}
