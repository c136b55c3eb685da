import type { Contact } from '../contact.js';
import { MIN_PHONE_SUFFIX, foldText, phoneDigits, tokenize } from './normalize.js';

/** The searchable parts of a contact; a query can be limited to one (`name:`, `city:`…). */
export const SEARCH_FIELDS = [
  'name',
  'organization',
  'email',
  'phone',
  'city',
  'country',
  'address',
  'note',
  'other',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Bit of each field in a posting's field mask. */
export const FIELD_BIT: Record<SearchField, number> = Object.fromEntries(
  SEARCH_FIELDS.map((field, index) => [field, 1 << index]),
) as Record<SearchField, number>;

/**
 * Points a term earns by the best field it matched in (docs/search.md): name above organization
 * and e-mail, above phone and address, above notes and the rest.
 */
export const FIELD_POINTS: Record<SearchField, number> = {
  name: 40,
  organization: 30,
  email: 30,
  phone: 20,
  city: 20,
  country: 20,
  address: 20,
  note: 10,
  other: 10,
};

/**
 * Posting bit of a phone's last MIN_PHONE_SUFFIX digits: a match on a tail of the number rather
 * than the whole, ranked like a prefix match (no exact bonus). Not a field: no points of its own.
 */
export const PHONE_TAIL_BIT = 1 << SEARCH_FIELDS.length;

/** Masks from best to worst field group, with their points, for scoring a field mask. */
const GROUPS = [
  { mask: FIELD_BIT.name, points: FIELD_POINTS.name },
  { mask: FIELD_BIT.organization | FIELD_BIT.email, points: FIELD_POINTS.email },
  {
    mask: FIELD_BIT.phone | FIELD_BIT.city | FIELD_BIT.country | FIELD_BIT.address,
    points: FIELD_POINTS.phone,
  },
  { mask: FIELD_BIT.note | FIELD_BIT.other, points: FIELD_POINTS.note },
];

// Every mask's points, worked out once: scoring is a table lookup in the query loop.
const MASK_POINTS = Int8Array.from({ length: 1 << SEARCH_FIELDS.length }, (_, mask) => {
  for (const group of GROUPS) if (mask & group.mask) return group.points;
  return 0;
});

/** The points of the best field in a mask (0 when the mask is empty). */
export function pointsOfMask(mask: number): number {
  return MASK_POINTS[mask & (MASK_POINTS.length - 1)];
}

/** One value of a contact, tokenised: what phrases are checked against. */
export interface FieldText {
  field: SearchField;
  words: readonly string[];
}

/** Calls `visit` with every searchable value of a contact and its field. */
function visitValues(contact: Contact, visit: (field: SearchField, value: string) => void): void {
  const { name } = contact;
  const pick = (field: SearchField, ...values: (string | undefined)[]) => {
    for (const value of values) if (value) visit(field, value);
  };
  pick(
    'name',
    contact.formattedName,
    name.prefix,
    name.given,
    name.additional,
    name.family,
    name.suffix,
  );
  pick('name', contact.nickname);
  pick('organization', contact.organization, contact.department, contact.title, contact.role);
  pick('email', ...contact.emails.map((email) => email.value));
  pick('phone', ...contact.phones.map((phone) => phone.value));
  for (const address of contact.addresses) {
    pick('city', address.locality);
    pick('country', address.country);
    pick(
      'address',
      address.street,
      address.extended,
      address.pobox,
      address.region,
      address.postalCode,
    );
  }
  pick('note', contact.note);
  for (const url of contact.urls) pick('other', url.value);
  for (const im of contact.ims) pick('other', im.value);
}

/** The values of a contact in the fields of `fieldMask`, as words, in order (for phrase checks). */
export function contactTexts(contact: Contact, fieldMask = ~0): FieldText[] {
  const texts: FieldText[] = [];
  visitValues(contact, (field, value) => {
    if (FIELD_BIT[field] & fieldMask) texts.push({ field, words: tokenize(value) });
  });
  return texts;
}

/**
 * Calls `visit` with every index term of a contact and its field's bit (a term may come more
 * than once). Beyond the words, an e-mail is also a term whole (`jane@example.org`), a phone whole
 * and by its last MIN_PHONE_SUFFIX digits: a longer tail (`212 555 0123`) is checked on the
 * contacts these find. (Indexing every tail made the 50,000-contact build 50 % slower.)
 */
export function visitTerms(contact: Contact, visit: (term: string, bit: number) => void): void {
  visitValues(contact, (field, value) => {
    const bit = FIELD_BIT[field];
    for (const word of tokenize(value)) visit(word, bit);
    if (field === 'email') visit(foldText(value.trim()), bit);
    if (field === 'phone') {
      const digits = phoneDigits(value);
      visit(digits, bit);
      if (digits.length > MIN_PHONE_SUFFIX) visit(digits.slice(-MIN_PHONE_SUFFIX), PHONE_TAIL_BIT);
    }
  });
}

/** Every index term of a contact with the mask of the fields it occurs in. */
export function contactTerms(contact: Contact): Map<string, number> {
  const terms = new Map<string, number>();
  visitTerms(contact, (term, bit) => terms.set(term, (terms.get(term) ?? 0) | bit));
  return terms;
}
