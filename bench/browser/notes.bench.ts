// Comments and attachments on a 50,000-contact IndexedDB book, in Chromium: the cold open must not
// wait for them (counts load in the background), then how long the counts, a contact's comments
// and attachments, and a 5 MB file take.
import { IndexedDBStore } from '../../src/adapters/indexeddb/index.js';
import { ContactBook } from '../../src/core/index.js';
import { generateContacts } from '../../demo/sample-contacts.js';
import { deleteDatabase, median, ms, table, time } from './measure.js';

const COUNT = 50_000;
const BATCH = 2_500;
const COMMENTED = 5_000;
const RUNS = 5;

describe('comments and attachments on a 50,000-contact book', () => {
  const name = `bench-notes-${Date.now()}`;
  after(() => deleteDatabase(name));

  it('measures', async () => {
    const inputs = generateContacts(COUNT, { seed: 7 });
    const store = await IndexedDBStore.open(name);
    const seeder = await ContactBook.open({ store });
    for (let start = 0; start < COUNT; start += BATCH)
      await seeder.createMany(inputs.slice(start, start + BATCH));
    const ids = seeder.all().map((contact) => contact.id);
    const coldBefore: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const [opened, elapsed] = await time(() => ContactBook.open({ store }));
      coldBefore.push(elapsed);
      opened.close();
    }
    // One comment thread on each of 5,000 contacts (one batch: the seeding is not the measure).
    await store.write(
      ids.slice(0, COMMENTED).map((id) => ({
        type: 'put' as const,
        collection: 'comments' as const,
        record: {
          id,
          revision: 0,
          contactId: id,
          comments: [
            {
              id: `${id}-1`,
              author: 'me',
              text: 'Met at the fair',
              createdAt: new Date().toISOString(),
            },
          ],
        } as never,
      })),
    );
    const file = new Blob([new Uint8Array(5 * 1024 * 1024)], { type: 'application/pdf' });
    const [attachment, attach] = await time(() =>
      seeder.attachments.attachFile(ids[0], file, { name: 'scan.pdf' }),
    );
    seeder.close();

    const coldAfter: number[] = [];
    const counts: number[] = [];
    let book: ContactBook | undefined;
    for (let run = 0; run < RUNS; run += 1) {
      book?.close();
      const [opened, elapsed] = await time(() => ContactBook.open({ store }));
      book = opened;
      coldAfter.push(elapsed);
      const [, loaded] = await time(() => opened.comments.loadCounts());
      counts.push(loaded);
    }
    const [, listComments] = await time(() => book!.comments.list(ids[0]));
    const [, addComment] = await time(() => book!.comments.add(ids[1], 'Called back'));
    const [, listAttachments] = await time(() => book!.attachments.list(ids[0]));
    const [blob, open] = await time(() => book!.attachments.open(ids[0], attachment.id));
    const [, read] = await time(() => blob.arrayBuffer());
    book!.close();
    await store.close();

    console.log(
      `\nnotes (${COUNT.toLocaleString('en')} contacts, ${COMMENTED.toLocaleString('en')} with comments, IndexedDB, Chromium)\n${table(
        [
          ['cold open, no comments stored, median', ms(median(coldBefore))],
          ['cold open, 5,000 comment threads stored, median', ms(median(coldAfter))],
          ['  each run', coldAfter.map(ms).join(', ')],
          ['comment counts read (background, after open), median', ms(median(counts))],
          ["one contact's comments", ms(listComments)],
          ['add a comment', ms(addComment)],
          ["one contact's attachments (no file read)", ms(listAttachments)],
          ['attach a 5 MB file', ms(attach)],
          ['open it (Blob handle)', ms(open)],
          ['read its 5 MB', ms(read)],
        ],
      )}\n`,
    );
  });
});
