// Deterministic sample contacts for the search benchmark (and tests that need volume).
import type { Contact } from '../src/core/contact.js';

const GIVEN = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Zoë',
  'Chloé',
  'Renée',
  'José',
  'François',
  'Jürgen',
  'Søren',
  'Łukasz',
  'Åsa',
  'Inès',
  'Mohammed',
  'Fatima',
  'Wei',
  'Yuki',
  'Aarav',
  'Priya',
  'Olga',
  'Ivan',
  'Sofia',
  'Lucas',
  'Emma',
  'Noah',
  'Olivia',
  'Liam',
  'Ava',
  'Ethan',
  'Mia',
  'Mason',
  'Isabella',
  'Logan',
];
const FAMILY = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Dubois',
  'Lefèvre',
  'Moreau',
  'Laurent',
  'Girard',
  'Nguyen',
  'Tran',
  'Kim',
  'Park',
  'Chen',
  'Wang',
  'Tanaka',
  'Suzuki',
  'Kowalski',
  'Nowak',
  'Andersen',
  'Johansson',
  'Nielsen',
  'Hansen',
  'Rossi',
  'Russo',
  'Ferrari',
  'Esposito',
  'Bianchi',
  'Romano',
  "O'Brien",
  'Murphy',
  'Kelly',
  'Walsh',
  'Byrne',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Torres',
  'Hill',
  'Green',
  'Adams',
  'Baker',
  'Nelson',
  'Carter',
  'Mitchell',
  'Perez',
  'Roberts',
  'Turner',
  'Phillips',
  'Campbell',
  'Parker',
  'Evans',
  'Edwards',
];
const ORG_WORDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Tyrell',
  'Cyberdyne',
  'Wonka',
  'Aperture',
  'Massive',
  'Dynamic',
  'Blue',
  'Northern',
  'Pacific',
];
const ORG_KINDS = [
  'Industries',
  'Corporation',
  'Labs',
  'Systems',
  'Holdings',
  'Partners',
  'Consulting',
  'Logistics',
];
const TITLES = [
  'Engineer',
  'Manager',
  'Director',
  'Sales Representative',
  'Accountant',
  'Designer',
  'Consultant',
  'Analyst',
];
const CITIES: [string, string, string][] = [
  ['New York', 'USA', '1'],
  ['Paris', 'France', '33'],
  ['Berlin', 'Germany', '49'],
  ['London', 'United Kingdom', '44'],
  ['Brussels', 'Belgium', '32'],
  ['Tokyo', 'Japan', '81'],
  ['São Paulo', 'Brazil', '55'],
  ['Kraków', 'Poland', '48'],
  ['Zürich', 'Switzerland', '41'],
  ['Montréal', 'Canada', '1'],
  ['Sydney', 'Australia', '61'],
  ['Madrid', 'Spain', '34'],
  ['Maui', 'USA', '1'],
  ['Kauai', 'USA', '1'],
  ['Dublin', 'Ireland', '353'],
  ['Milano', 'Italy', '39'],
];
const STREETS = [
  'Main Street',
  'Rue de la Paix',
  'Hauptstraße',
  'High Street',
  'Avenue Louise',
  'Calle Mayor',
  'Elm Street',
  'Oak Avenue',
];
const NOTE_WORDS = [
  'met',
  'at',
  'the',
  'conference',
  'holiday',
  'golf',
  'partner',
  'school',
  'friend',
  'of',
  'neighbour',
  'call',
  'back',
  'about',
  'invoice',
  'project',
  'wedding',
  'birthday',
  'gift',
  'prefers',
  'email',
];
const DOMAINS = [
  'example.org',
  'example.com',
  'mail.test',
  'post.example',
  'acme.test',
  'globex.example',
];
/** The tag names the benchmark's user gives contacts. */
export const TAG_NAMES = ['family', 'friends', 'key account', 'vip', 'work', 'school'];

/** A small seeded generator (mulberry32): the same seed always gives the same contacts. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const asciiOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** `count` varied contacts (names with accents, organizations, e-mails, E.164 phones, notes). */
export function generateContacts(count: number, seed = 42): Contact[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const digits = (length: number) =>
    Array.from({ length }, () => Math.floor(random() * 10)).join('');
  const contacts: Contact[] = [];
  for (let i = 0; i < count; i += 1) {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const [city, country, code] = pick(CITIES);
    const hasOrg = random() < 0.6;
    const organization = hasOrg ? `${pick(ORG_WORDS)} ${pick(ORG_KINDS)}` : undefined;
    const user = `${asciiOf(given)}.${asciiOf(family)}${i % 97 ? i % 97 : ''}`;
    const phones = Array.from({ length: 1 + Math.floor(random() * 2) }, (_, n) => ({
      value: `+${code}${digits(code === '1' ? 10 : 9)}`,
      type: n === 0 ? ('cell' as const) : ('work' as const),
    }));
    const noteLength = random() < 0.4 ? 3 + Math.floor(random() * 10) : 0;
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    contacts.push({
      id: `c${String(i).padStart(6, '0')}`,
      bookId: 'private-me',
      sharedWith: [],
      kind: 'individual',
      name: { given, family },
      formattedName: `${given} ${family}`,
      ...(organization ? { organization, title: pick(TITLES) } : {}),
      emails: [{ value: `${user}@${pick(DOMAINS)}`, type: 'home' }],
      phones,
      addresses: [
        {
          type: 'home',
          street: `${1 + Math.floor(random() * 200)} ${pick(STREETS)}`,
          locality: city,
          postalCode: digits(5),
          country,
        },
      ],
      urls: [],
      ims: [],
      ...(random() < 0.5 ? { birthday: `19${50 + Math.floor(random() * 50)}-${month}-15` } : {}),
      related: [],
      ...(noteLength
        ? { note: Array.from({ length: noteLength }, () => pick(NOTE_WORDS)).join(' ') }
        : {}),
      extras: [],
      createdBy: 'me',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
    });
  }
  return contacts;
}

/** Deterministic per-user tags: about one contact in three carries one or two. */
export function generatedTagsOf(contactId: string): string[] {
  const n = Number(contactId.slice(1));
  if (n % 3) return [];
  return n % 2
    ? [TAG_NAMES[n % TAG_NAMES.length]]
    : [TAG_NAMES[n % TAG_NAMES.length], TAG_NAMES[(n >> 3) % TAG_NAMES.length]];
}
