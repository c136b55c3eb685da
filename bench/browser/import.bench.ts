// Importing a generated 10,000-contact vCard file into IndexedDB in Chromium (read the file,
// check duplicates, write in chunks), and parse-only throughput of our reader next to ical.js
// (Thunderbird's parser) on the same file, in the same run.
import ICAL from 'ical.js';
import { IndexedDBStore } from '../../src/adapters/indexeddb/index.js';
import { ContactBook, parseContactInput } from '../../src/core/index.js';
import {
  findDuplicates,
  importContacts,
  readVCard,
  writeVCard,
} from '../../src/core/formats/index.js';
import { generateContacts } from '../../demo/sample-contacts.js';
import { deleteDatabase, median, ms, table, time } from './measure.js';

const COUNT = 10_000;
const RUNS = 5;

describe('import of a 10,000-contact vCard file', () => {
  const names: string[] = [];
  after(() => Promise.all(names.map(deleteDatabase)));

  it('measures', async () => {
    const contacts = generateContacts(COUNT, { seed: 7 }).map((input) => {
      const parsed = parseContactInput(input);
      if (!parsed.ok) throw new Error('invalid sample contact');
      return parsed.value;
    });
    const text = writeVCard(contacts, { version: '3.0' });
    const bytes = new TextEncoder().encode(text);
    const megabytes = bytes.length / 1024 / 1024;

    const ours: number[] = [];
    const icaljs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [result, elapsed] = await time(() => readVCard(bytes));
      if (result.contacts.length !== COUNT) throw new Error(`read ${result.contacts.length}`);
      ours.push(elapsed);
      const [parsed, icalElapsed] = await time(() => ICAL.parse(text) as unknown[]);
      if (parsed.length !== COUNT) throw new Error(`ical.js read ${parsed.length}`);
      icaljs.push(icalElapsed);
    }

    const importRuns: { chunkSize: number; total: number; writing: number }[] = [];
    for (const chunkSize of [500, 1000, 500, 1000, 500, 1000]) {
      const name = `bench-import-${Date.now()}-${chunkSize}`;
      names.push(name);
      const store = await IndexedDBStore.open(name);
      const book = await ContactBook.open({ store });
      let writing = 0;
      const [, total] = await time(async () => {
        const { contacts: read, tags } = readVCard(bytes);
        const duplicates = findDuplicates(read, book.all());
        [, writing] = await time(() =>
          importContacts(book, { contacts: read, tags, duplicates, chunkSize }),
        );
      });
      if (book.size !== COUNT) throw new Error(`stored ${book.size}`);
      importRuns.push({ chunkSize, total, writing });
      book.close();
      await store.close();
    }
    const importRows = [500, 1000].map((chunkSize): [string, string] => {
      const runs = importRuns.filter((run) => run.chunkSize === chunkSize);
      const total = median(runs.map((run) => run.total));
      const writing = median(runs.map((run) => run.writing));
      return [
        `import into IndexedDB, chunks of ${chunkSize} (${runs.length} run${runs.length > 1 ? 's' : ''})`,
        `${ms(total)}  (writing ${ms(writing)})`,
      ];
    });

    const perSecond = (elapsed: number) =>
      `${Math.round(COUNT / (elapsed / 1000)).toLocaleString('en')} cards/s`;
    console.log(
      `\nvCard file: ${COUNT.toLocaleString('en')} contacts, ${megabytes.toFixed(1)} MB (vCard 3.0)\n` +
        table([
          [
            'parse only, our reader (median of 5)',
            `${ms(median(ours))}  ${perSecond(median(ours))}  (to validated contacts)`,
          ],
          [
            'parse only, ical.js (median of 5)',
            `${ms(median(icaljs))}  ${perSecond(median(icaljs))}  (to jCard arrays)`,
          ],
          ...importRows,
          ['target for the import', '< 4000 ms'],
        ]),
    );
  });
});
