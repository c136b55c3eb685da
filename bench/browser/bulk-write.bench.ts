// Bulk writes in Chromium: `ContactBook.createMany` of generated contacts into a fresh
// IndexedDBStore, alone or with a second store on the same database standing in for another tab
// (its own ContactBook hears every batch as 'remote'). Each book re-lists after every change, as
// the UI's controller does. Where the time goes is measured from outside:
// a timing Store wrapper (store.write, the ContactBook's change handling), and timers around
// BroadcastChannel.postMessage and structuredClone.
import { IndexedDBStore } from '../../src/adapters/indexeddb/index.js';
import {
  ContactBook,
  normalizePhone,
  parseContactInput,
  type Change,
  type ChangeListener,
  type ChangePage,
  type Collection,
  type ContactInput,
  type Store,
  type StoredRecord,
  type WriteOp,
} from '../../src/core/index.js';
import { generateContacts } from '../../demo/sample-contacts.js';
import { loadPhoneMetadata } from '../../src/core/phone-metadata.js';

// normalizePhone is timed alone, before any book has loaded the metadata.
await loadPhoneMetadata();

const ms = (value: number) => `${value.toFixed(0)} ms`;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

/** Time spent inside a patched function, summed. */
class Meter {
  total = 0;
  /** Replaces `owner[key]` with a timed version; returns the undo. */
  wrap<O extends object, K extends keyof O>(owner: O, key: K): () => void {
    const original = owner[key] as unknown as (...args: unknown[]) => unknown;
    const add = (elapsed: number) => (this.total += elapsed);
    owner[key] = function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        add(performance.now() - start);
      }
    } as unknown as O[K];
    return () => {
      owner[key] = original as unknown as O[K];
    };
  }
}

/** A Store that times `write` and the local listeners it calls (the ContactBook's handling). */
class TimedStore implements Store {
  write_ = 0;
  localListeners = 0;
  private readonly inner: Store;

  constructor(inner: Store) {
    this.inner = inner;
  }

  get<T extends StoredRecord>(collection: Collection, id: string): Promise<T | undefined> {
    return this.inner.get<T>(collection, id);
  }

  getAll<T extends StoredRecord>(collection: Collection): Promise<T[]> {
    return this.inner.getAll<T>(collection);
  }

  async write(ops: readonly WriteOp[]): Promise<Change[]> {
    const start = performance.now();
    try {
      return await this.inner.write(ops);
    } finally {
      this.write_ += performance.now() - start;
    }
  }

  changes(since?: number): Promise<ChangePage> {
    return this.inner.changes(since);
  }

  subscribe(listener: ChangeListener): () => void {
    return this.inner.subscribe((changes, origin) => {
      const start = performance.now();
      try {
        listener(changes, origin);
      } finally {
        if (origin === 'local') this.localListeners += performance.now() - start;
      }
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** Resolves once `book` holds `count` contacts (it hears the other tab's batches). */
function caughtUp(book: ContactBook, count: number): Promise<number> {
  return new Promise((resolve) => {
    if (book.size >= count) resolve(performance.now());
    const unsubscribe = book.subscribe(() => {
      if (book.size < count) return;
      unsubscribe();
      resolve(performance.now());
    });
  });
}

/** A book as a page shows it: its list re-read after every change, as the controller does. */
async function openShown(store: Store): Promise<ContactBook> {
  const book = await ContactBook.open({ store });
  book.list({ limit: 25 });
  book.subscribe(() => book.list({ limit: 25 }));
  return book;
}

async function measure(
  inputs: ContactInput[],
  batch: number,
  { tabs }: { tabs: 1 | 2 },
): Promise<[string, string][]> {
  const name = `bench-bulk-write-${Date.now()}-${batch}`;
  const store = new TimedStore(await IndexedDBStore.open(name));
  const otherTab = tabs === 2 ? await openShown(await IndexedDBStore.open(name)) : undefined;
  const book = await openShown(store);
  const remoteDone = otherTab ? caughtUp(otherTab, inputs.length) : Promise.resolve(0);

  const post = new Meter();
  const clone = new Meter();
  const undo = [
    post.wrap(BroadcastChannel.prototype, 'postMessage'),
    clone.wrap(globalThis, 'structuredClone'),
  ];
  const start = performance.now();
  for (let from = 0; from < inputs.length; from += batch)
    await book.createMany(inputs.slice(from, from + batch));
  const written = performance.now();
  const [, listAfter] = await timed(() => book.list({ limit: 25 }));
  const remoteAt = await remoteDone;
  const [, remoteList] = await timed(() => otherTab?.list({ limit: 25 }));
  undo.forEach((restore) => restore());
  if (book.size !== inputs.length || (otherTab && otherTab.size !== inputs.length))
    throw new Error(`expected ${inputs.length}, got ${book.size} / ${otherTab?.size}`);

  otherTab?.close();
  book.close();
  await otherTab?.store.close();
  await store.close();
  await deleteDatabase(name);

  const total = written - start;
  return [
    ['createMany, total', ms(total)],
    ['  validation + normalisation (total − store.write)', ms(total - store.write_)],
    ['  store.write', ms(store.write_)],
    [
      '    IndexedDB tx (write − local listeners − post)',
      ms(store.write_ - store.localListeners - post.total),
    ],
    ['    BroadcastChannel.postMessage', ms(post.total)],
    ['    local listeners (ContactBook: map, sorted view, list())', ms(store.localListeners)],
    ['    structuredClone calls (in the above)', ms(clone.total)],
    ['first list() after the import', ms(listAfter)],
    ...((otherTab
      ? [
          ['other tab caught up, after the last write', ms(remoteAt - written)],
          ["other tab's first list() after", ms(remoteList)],
        ]
      : []) as [string, string][]),
  ];
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** The validation parts on their own: the zod schema, then libphonenumber on every phone. */
function validationParts(inputs: ContactInput[]): [string, string][] {
  const [parsed, zod] = timedSync(() => inputs.map((input) => parseContactInput(input)));
  const phones = parsed.flatMap((result) =>
    result.ok ? result.value.phones.map((phone) => phone.value) : [],
  );
  const [, libphonenumber] = timedSync(() => phones.map((value) => normalizePhone(value)));
  return [
    ['parseContactInput (zod), alone', ms(zod)],
    [`normalizePhone × ${phones.length.toLocaleString('en')}, alone`, ms(libphonenumber)],
  ];
}

function timedSync<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

describe('bulk write through ContactBook.createMany into IndexedDB', () => {
  it('measures', async () => {
    const small = generateContacts(10_000, { seed: 7 });
    const large = generateContacts(50_000, { seed: 42 });
    const runs: [string, ContactInput[], number, 1 | 2][] = [
      ['10,000 in one batch, one tab', small, 10_000, 1],
      ['10,000 in one batch, another tab open', small, 10_000, 2],
      ['10,000 in batches of 2,500, another tab open', small, 2_500, 2],
      ['50,000 in batches of 5,000, one tab', large, 5_000, 1],
      ['50,000 in batches of 5,000, another tab open', large, 5_000, 2],
    ];
    const sections = [`validation parts (10,000 inputs)\n${table(validationParts(small))}`];
    for (const [label, inputs, batch, tabs] of runs)
      sections.push(`${label}\n${table(await measure(inputs, batch, { tabs }))}`);
    console.log(`\nbulk-write (IndexedDB, Chromium)\n\n${sections.join('\n\n')}\n`);
  });
});
