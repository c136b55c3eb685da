// Realistic sample contacts for the demo and the benchmarks: deterministic for a given seed.
import type { ContactInput } from '../src/core/index.js';
import { IM_SERVICES, LOCALES, MAIL_DOMAINS, RELATIONS, type Locale } from './sample-data.js';

/** Options of `generateContacts`. */
export interface GenerateOptions {
  /** Same seed, same contacts. */
  seed?: number;
}

type Random = () => number;

/** mulberry32: a tiny seeded PRNG (Math.random cannot be seeded, and a library is overkill). */
function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates `count` varied contacts (several countries, scripts and phone formats). */
export function generateContacts(
  count: number,
  { seed = 1 }: GenerateOptions = {},
): ContactInput[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const locale = pick(random, LOCALES);
    return random() < 0.08 ? organization(random, locale, index) : person(random, locale, index);
  });
}

function person(random: Random, locale: Locale, index: number): ContactInput {
  const [given, givenLatin, gender] = pick(random, locale.given);
  const [familyMasculine, familyLatin, familyFeminine] = pick(random, locale.family);
  const family = gender === 'f' && familyFeminine ? familyFeminine : familyMasculine;
  const contact: ContactInput = {
    name: { given, family },
    // CJK names read family first, without a space (the structured name stays split).
    formattedName: locale.familyFirst ? `${family}${given}` : '',
  };
  const handle = `${ascii(givenLatin)}.${ascii(familyLatin)}`;
  if (chance(random, 0.05))
    contact.name = { ...contact.name, prefix: pick(random, ['Dr.', 'Prof.']) };
  if (chance(random, 0.3)) {
    const company = pick(random, locale.companies);
    Object.assign(contact, { organization: company, title: pick(random, locale.titles) });
    if (chance(random, 0.4))
      contact.department = pick(random, ['Sales', 'R&D', 'Finance', 'Legal']);
    contact.emails = [{ value: `${handle}@${companyDomain(company, locale)}`, type: 'work' }];
  }
  if (chance(random, 0.7)) {
    const number = chance(random, 0.3) ? String(1 + Math.floor(random() * 99)) : '';
    contact.emails = [
      ...(contact.emails ?? []),
      { value: `${handle}${number}@${pick(random, MAIL_DOMAINS)}`, type: 'home' },
    ];
  }
  if (chance(random, 0.85) || !contact.emails?.length) {
    contact.phones = [{ value: digits(random, locale.phones[0]), type: 'cell' }];
    if (chance(random, 0.3)) {
      const type = contact.organization ? 'work' : 'home';
      contact.phones.push({ value: digits(random, pick(random, locale.phones.slice(1))), type });
    }
  }
  if (chance(random, 0.4)) contact.addresses = [address(random, locale, 'home')];
  if (chance(random, 0.35)) contact.birthday = birthday(random, chance(random, 0.2));
  if (chance(random, 0.08)) contact.anniversary = birthday(random, false);
  if (chance(random, 0.15)) contact.note = pick(random, locale.notes);
  if (chance(random, 0.08))
    contact.nickname = pick(random, ['Bear', 'Doc', 'Kiki', 'Jojo', 'Sunny']);
  if (chance(random, 0.1))
    contact.urls = [{ value: `https://${ascii(givenLatin)}${ascii(familyLatin)}.example` }];
  if (chance(random, 0.05)) {
    const [service, scheme] = pick(random, IM_SERVICES);
    const value = scheme === 'skype' ? `skype:${handle}` : `${scheme}:${handle}@im.example`;
    contact.ims = [{ value, service }];
  }
  if (chance(random, 0.05)) {
    contact.related = [{ value: pick(random, locale.given)[0], type: pick(random, RELATIONS) }];
  }
  if (index % 997 === 0)
    contact.note = `${contact.note ?? ''}\nSecond line of a longer note.`.trim();
  return contact;
}

function organization(random: Random, locale: Locale, index: number): ContactInput {
  const company = `${pick(random, locale.companies)}${index % 3 ? '' : ` ${locale.cities[0][0]}`}`;
  const domain = companyDomain(company, locale);
  return {
    kind: 'organization',
    organization: company,
    phones: [{ value: digits(random, pick(random, locale.phones.slice(1))), type: 'work' }],
    emails: chance(random, 0.8) ? [{ value: `info@${domain}`, type: 'work' }] : [],
    urls: [{ value: `https://www.${domain}`, type: 'work' }],
    addresses: [address(random, locale, 'work')],
    note: chance(random, 0.2) ? pick(random, locale.notes) : undefined,
  };
}

function address(random: Random, locale: Locale, type: 'home' | 'work') {
  const [locality, region, postalPattern] = pick(random, locale.cities);
  return {
    type,
    street: locale.street(1 + Math.floor(random() * 180), pick(random, locale.streets)),
    locality,
    region,
    postalCode: digits(random, postalPattern),
    country: locale.country,
  };
}

/** YYYY-MM-DD, or --MM-DD without a year (RFC 6350 §4.3.1). */
function birthday(random: Random, yearless: boolean): string {
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  return yearless ? `--${month}-${day}` : `${1940 + Math.floor(random() * 66)}-${month}-${day}`;
}

/** A pattern with every `#` replaced by a random digit. */
function digits(random: Random, pattern: string): string {
  return pattern.replace(/#/g, () => String(Math.floor(random() * 10)));
}

/** Lower-case ASCII letters and digits only (for e-mail addresses and domains). */
function ascii(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function companyDomain(company: string, locale: Locale): string {
  const slug = ascii(company).slice(0, 20);
  return `${slug || `${locale.code.toLowerCase()}-firm-${company.length}`}.example`;
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function chance(random: Random, probability: number): boolean {
  return random() < probability;
}
