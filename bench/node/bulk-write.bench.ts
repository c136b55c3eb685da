// Bulk writes in Node: `ContactBook.createMany` of 5,000 generated contacts into a MemoryStore,
// and its parts on their own (zod, libphonenumber, the store write). Medians of a few runs.
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { ContactBook, normalizePhone, parseContactInput } from '../../src/core/index.js';
import { generateContacts } from '../../demo/sample-contacts.js';

const COUNT = 5_000;
const RUNS = 5;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

async function timedAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const inputs = generateContacts(COUNT, { seed: 7 });
const phones = inputs.flatMap((input) => (input.phones ?? []).map((phone) => phone.value));
const rows: Record<string, number[]> = {};
const record = (label: string, value: number) => (rows[label] ??= []).push(value);

for (let run = 0; run < RUNS; run += 1) {
  const store = new MemoryStore();
  const book = await ContactBook.open({ store });
  book.list({ limit: 25 });
  const write = store.write.bind(store);
  let writing = 0;
  store.write = async (ops) => {
    const start = performance.now();
    try {
      return await write(ops);
    } finally {
      writing += performance.now() - start;
    }
  };
  const total = await timedAsync(() => book.createMany(inputs));
  record(`createMany(${COUNT}), total`, total);
  record('  validation + normalisation (total − store.write)', total - writing);
  record('  store.write (incl. the book’s sorted view)', writing);
  record(
    'parseContactInput (zod) alone',
    timed(() => inputs.map(parseContactInput)),
  );
  record(
    `normalizePhone × ${phones.length} alone`,
    timed(() => phones.map((phone) => normalizePhone(phone))),
  );
}

const width = Math.max(...Object.keys(rows).map((label) => label.length));
console.log(`\nbulk-write (MemoryStore, Node, median of ${RUNS}; first run in brackets)`);
for (const [label, values] of Object.entries(rows))
  console.log(
    `  ${label.padEnd(width)}  ${median(values).toFixed(0)} ms  (${values[0].toFixed(0)} ms)`,
  );
