// A few coloured tags on the sample contacts, so the demo shows chips and tag: search at once.
import type { ContactBook } from '../src/core/book.js';
import type { Contact } from '../src/core/contact.js';
import type { TagColour } from '../src/core/tag-registry.js';

const SAMPLE_TAGS: [name: string, colour: TagColour][] = [
  ['Family', 'green'],
  ['Work', 'blue'],
  ['VIP', 'red'],
  ['Golf', 'yellow'],
  ['Key account', 'purple'],
];

/** Creates the sample tags and puts one or two on every third sample contact. */
export async function seedTags(book: ContactBook, contacts: readonly Contact[]): Promise<void> {
  for (const [name, colour] of SAMPLE_TAGS) await book.createTag(name, colour);
  const names = SAMPLE_TAGS.map(([name]) => name);
  await book.setTagsMany(
    contacts
      .filter((_, index) => index % 3 === 0)
      .map((contact, index) => [
        contact.id,
        index % 4 === 0 ? [names[index % 5], names[(index + 2) % 5]] : [names[index % 5]],
      ]),
  );
}
