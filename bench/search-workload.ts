// The search benchmark, shared by bench/node and bench/browser: same data, same queries, three
// engines (ours, MiniSearch, a naive filter), one table.
import MiniSearch from 'minisearch';
import { displayName, type Contact } from '../src/core/contact.js';
import { SearchIndex, foldText, parseQuery, phoneDigits } from '../src/core/search/index.js';
import type { ClauseNode, MatchNode } from '../src/core/search/index.js';
import { sampleContacts, sampleTagsOf, TAG_NAMES } from './search-data.js';
import { loadPhoneMetadata } from '../src/core/phone-metadata.js';

// Phone queries parse with libphonenumber-js's metadata (a book would have loaded it).
await loadPhoneMetadata();

const CONTACTS = 50_000;
const UPDATES = 200;

/** What one engine must do. */
interface Engine {
  name: string;
  build(contacts: Contact[]): void;
  query(text: string): number;
  update(contact: Contact): void;
}

/**
 * 100 mixed queries drawn from the data: names, prefixes, OR, phrases, phones, e-mails, tags,
 * exclusions, organizations. Contacts are visited in a fixed stride, so the set is deterministic.
 */
export function mixedQueries(contacts: Contact[]): string[] {
  let cursor = 0;
  const queries: string[] = [];
  const add = (count: number, make: (contact: Contact) => string | undefined) => {
    for (let made = 0; made < count;) {
      cursor = (cursor + 7919) % contacts.length;
      const query = make(contacts[cursor]);
      if (query) {
        queries.push(query);
        made += 1;
      }
    }
  };
  const word = (text: string | undefined) => text?.split(/\s+/)[0];
  const city = (c: Contact) => word(c.addresses[0]?.locality);
  add(20, (c) => c.name.family);
  add(15, (c) => c.name.given && c.name.family && `${c.name.given} ${c.name.family}`);
  add(10, (c) => {
    const letters = foldText(c.name.family ?? '').replace(/[^a-z]/g, '');
    return letters.length >= 5 ? `${letters.slice(0, 4)}*` : undefined;
  });
  add(10, (c) => {
    const other = city(contacts[(cursor * 31) % contacts.length]);
    return c.name.given && city(c) && other && `${c.name.given} ${city(c)} OR ${other}`;
  });
  add(10, (c) => c.name.given && c.name.family && `"${c.name.given} ${c.name.family}"`);
  add(10, (c) => c.phones[0] && phoneDigits(c.phones[0].value).slice(-7));
  add(5, (c) => c.emails[0]?.value);
  add(5, (c) => c.emails[0]?.value.split('@')[1].split('.')[0]);
  add(
    5,
    (c) =>
      c.name.family &&
      c.addresses[0]?.country &&
      `${c.name.family} -${word(c.addresses[0].country)}`,
  );
  add(5, (c) => c.name.given && `tag:"${TAG_NAMES[cursor % TAG_NAMES.length]}" ${c.name.given}`);
  add(5, (c) => word(c.organization));
  return queries;
}

const ours = (): Engine => {
  let index = new SearchIndex();
  return {
    name: 'contact-book',
    build(contacts) {
      index = new SearchIndex({ tagsOf: sampleTagsOf });
      index.putAll(contacts);
    },
    query: (text) => index.search(text).hits.length,
    update: (contact) => index.put(contact),
  };
};

// MiniSearch gets the same folding and the phones' digit tails, so it can answer the same queries.
const phoneTails = (value: string) => {
  const digits = phoneDigits(value);
  return Array.from({ length: Math.max(0, digits.length - 3) }, (_, i) => digits.slice(i)).join(
    ' ',
  );
};
const miniFields: Record<string, (c: Contact) => string> = {
  name: (c) => [c.formattedName, c.name.given, c.name.family, c.nickname].join(' '),
  organization: (c) => [c.organization, c.title].join(' '),
  emails: (c) => c.emails.map((e) => `${e.value} ${e.value.replace(/[@.]/g, ' ')}`).join(' '),
  phones: (c) => c.phones.map((p) => phoneTails(p.value)).join(' '),
  addresses: (c) =>
    c.addresses.map((a) => [a.street, a.locality, a.postalCode, a.country].join(' ')).join(' '),
  note: (c) => c.note ?? '',
};

type MiniQuery =
  string | { combineWith: 'AND' | 'OR' | 'AND_NOT'; queries: MiniQuery[]; prefix?: boolean };

function miniQueryOf(text: string): { query: MiniQuery; tags: string[] } {
  const tags: string[] = [];
  const leaf = (node: MatchNode): MiniQuery | undefined => {
    if (node.type === 'term')
      return node.prefix
        ? { combineWith: 'AND', queries: node.terms, prefix: true }
        : node.terms[0];
    if (node.type === 'phrase') return { combineWith: 'AND', queries: node.words };
    if (node.type === 'tag') tags.push(node.name);
    return undefined;
  };
  const positive: MiniQuery[] = [];
  const negative: MiniQuery[] = [];
  for (const clause of parseQuery(text).clauses as ClauseNode[]) {
    if (clause.type === 'not') {
      const query = leaf(clause.child);
      if (query) negative.push(query);
    } else if (clause.type === 'or') {
      positive.push({
        combineWith: 'OR',
        queries: clause.children.flatMap((child) => leaf(child) ?? []),
      });
    } else {
      const query = leaf(clause);
      if (query) positive.push(query);
    }
  }
  const and: MiniQuery = { combineWith: 'AND', queries: positive };
  return {
    query: negative.length ? { combineWith: 'AND_NOT', queries: [and, ...negative] } : and,
    tags,
  };
}

const minisearch = (): Engine => {
  let mini: MiniSearch<Contact>;
  return {
    name: 'MiniSearch',
    build(contacts) {
      mini = new MiniSearch<Contact>({
        fields: Object.keys(miniFields),
        extractField: (contact, field) =>
          field === 'id' ? contact.id : miniFields[field](contact),
        processTerm: (term) => foldText(term),
        searchOptions: { boost: { name: 4, organization: 3, emails: 3, phones: 2, addresses: 2 } },
      });
      mini.addAll(contacts);
    },
    query(text) {
      const { query, tags } = miniQueryOf(text);
      const filter = tags.length
        ? (result: { id: string }) => tags.every((tag) => sampleTagsOf(result.id).includes(tag))
        : undefined;
      return mini.search(query as Parameters<typeof mini.search>[0], { filter }).slice(0, 200)
        .length;
    },
    update: (contact) => mini.replace(contact),
  };
};

/** Every contact's folded text in one string, scanned with `includes` for each word. */
const naive = (): Engine => {
  const haystacks = new Map<string, { contact: Contact; text: string; key: string }>();
  const entry = (contact: Contact) => ({
    contact,
    key: foldText(displayName(contact)),
    text: foldText(
      [
        ...Object.values(miniFields).map((field) => field(contact)),
        ...contact.phones.map((p) => phoneDigits(p.value)),
      ].join(' '),
    ),
  });
  return {
    name: 'naive filter',
    build(contacts) {
      haystacks.clear();
      for (const contact of contacts) haystacks.set(contact.id, entry(contact));
    },
    query(text) {
      const parsed = parseQuery(text);
      const words = (node: MatchNode) =>
        node.type === 'term' ? node.terms : node.type === 'phrase' ? node.words : [];
      const hits = [];
      for (const item of haystacks.values()) {
        const has = (node: MatchNode) =>
          node.type === 'tag'
            ? sampleTagsOf(item.contact.id).includes(node.name)
            : words(node).every((w) => item.text.includes(w));
        const ok = parsed.clauses.every((clause) =>
          clause.type === 'not'
            ? !has(clause.child)
            : clause.type === 'or'
              ? clause.children.some(has)
              : has(clause),
        );
        if (ok) hits.push(item);
      }
      hits.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return hits.slice(0, 200).length;
    },
    update: (contact) => haystacks.set(contact.id, entry(contact)),
  };
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));

/** Runs the three engines on the same data and queries; returns the table (Markdown). */
export function runSearchBenchmark({ count = CONTACTS }: { count?: number } = {}): string {
  const contacts = sampleContacts(count);
  const queries = mixedQueries(contacts);
  const edits = Array.from({ length: UPDATES }, (_, i) => {
    const contact = contacts[(i * 4099) % contacts.length];
    return {
      ...contact,
      name: { ...contact.name, family: 'Updated' },
      formattedName: `${contact.name.given} Updated`,
    };
  });
  const rows = [ours(), minisearch(), naive()].map((engine) => {
    const start = performance.now();
    engine.build(contacts);
    const build = performance.now() - start;
    for (const query of queries.slice(0, 10)) engine.query(query); // warm-up
    const times = queries.map((query) => {
      const begin = performance.now();
      engine.query(query);
      return performance.now() - begin;
    });
    const updates = edits.map((contact) => {
      const begin = performance.now();
      engine.update(contact);
      return performance.now() - begin;
    });
    // Chromium's clock ticks in 0.1 ms: the mean of a timed batch shows what one tick hides.
    const batchStart = performance.now();
    for (const contact of edits) engine.update({ ...contact, note: 'edited again' });
    const updateMean = (performance.now() - batchStart) / edits.length;
    return [
      engine.name,
      ms(build),
      ms(percentile(times, 50)),
      ms(percentile(times, 95)),
      ms(updateMean),
      ms(percentile(updates, 95)),
    ];
  });
  const header = [
    'engine',
    'build ms',
    'query median ms',
    'query p95 ms',
    'update mean ms',
    'update p95 ms',
  ];
  const lines = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`);
  return [
    `${count} contacts, ${queries.length} mixed queries, ${UPDATES} single-contact updates`,
    ...lines,
  ].join('\n');
}
