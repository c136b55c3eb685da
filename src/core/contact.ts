import { z } from './zod.js';
import type { FieldIssue } from './errors.js';

const text = z.string();
const optionalText = z.optional(z.string());

/** The five parts of a structured name (vCard N). */
export const NameSchema = z.strictObject({
  prefix: optionalText,
  given: optionalText,
  additional: optionalText,
  family: optionalText,
  suffix: optionalText,
});

/**
 * local@domain with no space or control character: internationalised addresses (RFC 6531) and
 * domains without a TLD (`contact1@invalid`) are valid; z.email() refuses both.
 */
const EMAIL = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+$/u;

/** One e-mail address of a contact. */
export const EmailSchema = z.strictObject({
  value: z.string().check(z.regex(EMAIL, { error: 'Enter a valid e-mail address' })),
  type: z.optional(z.enum(['home', 'work', 'other'])),
  label: optionalText,
  pref: z.optional(z.boolean()),
});

/** The kinds of phone number, as the editor offers them. */
export const PHONE_TYPES = ['cell', 'home', 'work', 'fax', 'pager', 'other'] as const;
/** One of PHONE_TYPES. */
export type PhoneType = (typeof PHONE_TYPES)[number];

/** A phone number (vCard TEL), stored in E.164 when it can be parsed. */
export const PhoneSchema = z.strictObject({
  value: z.string().check(z.trim(), z.minLength(1, { error: 'Enter a phone number' })),
  type: z.enum(PHONE_TYPES),
  label: optionalText,
  pref: z.optional(z.boolean()),
});

/** A postal address (vCard ADR), every part optional. */
export const AddressSchema = z.strictObject({
  type: z.optional(z.enum(['home', 'work', 'other'])),
  label: optionalText,
  pobox: optionalText,
  extended: optionalText,
  street: optionalText,
  locality: optionalText,
  region: optionalText,
  postalCode: optionalText,
  country: optionalText,
});

/** A website (vCard URL). */
export const UrlSchema = z.strictObject({ value: text, type: optionalText, label: optionalText });
/** An instant-messaging address (vCard IMPP) as a URI: skype:, xmpp:, sip:… */
export const ImSchema = z.strictObject({ value: text, service: optionalText, type: optionalText });
/** A related person (vCard RELATED), by name or URI. */
export const RelatedSchema = z.strictObject({ value: text, type: optionalText });
/** A picture, base64 with its media type (vCard PHOTO). */
export const PhotoSchema = z.strictObject({ mediaType: text, data: text });
/** A vCard property we do not model, kept as read so export writes it back. */
export const ExtraSchema = z.strictObject({
  name: text,
  group: optionalText,
  params: z.record(z.string(), z.string()),
  value: text,
});

/** ISO 8601 date, or `--MM-DD` without a year (RFC 6350 §4.3.1), of a day that exists. */
const partialDate = z.string().check(
  z.regex(/^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$/, {
    error: 'Use YYYY-MM-DD, or --MM-DD without a year',
  }),
  z.refine(isRealDay, { error: 'This date does not exist' }),
);

/** False for 2023-13-45 or --02-30 (which Date would roll over); other shapes are the regex's. */
function isRealDay(value: string): boolean {
  const parts = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(value);
  return !parts || dayExists(Number(parts[1] ?? 2000), Number(parts[2]), Number(parts[3]));
}

/** True when the calendar has this day (month 1–12); a leap year stands in for a missing one. */
export function dayExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A Contact, modelled on vCard 4 (RFC 6350). The field names are public API. */
export const ContactSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  bookId: z.string().check(z.minLength(1)),
  sharedWith: z.array(z.string()),
  kind: z.enum(['individual', 'organization']),
  name: NameSchema,
  formattedName: text,
  nickname: optionalText,
  organization: optionalText,
  department: optionalText,
  title: optionalText,
  role: optionalText,
  emails: z.array(EmailSchema),
  phones: z.array(PhoneSchema),
  addresses: z.array(AddressSchema),
  urls: z.array(UrlSchema),
  ims: z.array(ImSchema),
  birthday: z.optional(partialDate),
  anniversary: z.optional(partialDate),
  related: z.array(RelatedSchema),
  note: optionalText,
  photo: z.optional(PhotoSchema),
  extras: z.array(ExtraSchema),
  createdBy: text,
  createdAt: text,
  updatedAt: text,
  revision: z.number().check(z.int(), z.nonnegative()),
});

/** A stored contact. */
export type Contact = z.infer<typeof ContactSchema>;
/** The structured name (N). */
export type ContactName = z.infer<typeof NameSchema>;
/** One e-mail address. */
export type ContactEmail = z.infer<typeof EmailSchema>;
/** One phone number. */
export type ContactPhone = z.infer<typeof PhoneSchema>;
/** One postal address. */
export type ContactAddress = z.infer<typeof AddressSchema>;
/** One IM address. */
export type ContactIm = z.infer<typeof ImSchema>;
/** One website. */
export type ContactUrl = z.infer<typeof UrlSchema>;
/** One related person. */
export type ContactRelated = z.infer<typeof RelatedSchema>;
/** One unmodelled vCard property. */
export type ContactExtra = z.infer<typeof ExtraSchema>;
/** A contact picture. */
export type ContactPhoto = z.infer<typeof PhotoSchema>;

/** Fields the system owns: a caller never sets them on create. */
const SYSTEM_FIELDS = {
  id: true,
  bookId: true,
  createdBy: true,
  createdAt: true,
  updatedAt: true,
  revision: true,
} as const;

/**
 * What a caller gives to create or replace a contact: every user field, lists defaulting to empty.
 * Unknown fields are refused (strict), so a typo never silently drops data.
 */
export const ContactInputSchema = z.extend(z.omit(ContactSchema, SYSTEM_FIELDS), {
  sharedWith: z._default(z.array(z.string()), []),
  kind: z._default(z.enum(['individual', 'organization']), 'individual'),
  name: z._default(NameSchema, {}),
  formattedName: z._default(text, ''),
  emails: z._default(z.array(EmailSchema), []),
  phones: z._default(z.array(PhoneSchema), []),
  addresses: z._default(z.array(AddressSchema), []),
  urls: z._default(z.array(UrlSchema), []),
  ims: z._default(z.array(ImSchema), []),
  related: z._default(z.array(RelatedSchema), []),
  extras: z._default(z.array(ExtraSchema), []),
});
/** What create and update accept (lists may be left out). */
export type ContactInput = z.input<typeof ContactInputSchema>;
/** ContactInput after parsing: every list present. */
export type ContactFields = z.output<typeof ContactInputSchema>;

/** The user fields of a stored contact, ready to edit and pass back to `ContactBook.update`. */
export function contactInput(contact: Contact): ContactFields {
  const entries = Object.entries(structuredClone(contact));
  return Object.fromEntries(entries.filter(([key]) => !(key in SYSTEM_FIELDS))) as ContactFields;
}

/** Result of a parse: the value, or the field-level issues. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Turns zod's issues into our field-level issues (path + message). */
export function toFieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: `Unknown field "${key}"`,
        }));
      }
      return [{ path, message: issue.message }];
    })
    .flat();
}

/** Parses a whole stored contact; returns field-level issues instead of throwing. */
export function parseContact(value: unknown): ParseResult<Contact> {
  const result = ContactSchema.safeParse(value);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toFieldIssues(result.error) };
}

/**
 * Parses what a user or an importer gives: the schema, then the rule every contact obeys —
 * something to call it by (a name, an organization, an e-mail or a phone).
 */
export function parseContactInput(value: unknown): ParseResult<ContactFields> {
  const result = ContactInputSchema.safeParse(value);
  if (!result.success) return { ok: false, issues: toFieldIssues(result.error) };
  const fields = result.data;
  if (!hasIdentity(fields)) {
    return {
      ok: false,
      issues: [{ path: ['name'], message: 'Enter a name, an organization, an e-mail or a phone' }],
    };
  }
  return { ok: true, value: fields };
}

function hasIdentity(fields: ContactFields): boolean {
  const { name } = fields;
  return Boolean(
    [name.prefix, name.given, name.additional, name.family, name.suffix, fields.formattedName].some(
      (part) => part?.trim(),
    ) ||
    fields.organization?.trim() ||
    fields.emails.length ||
    fields.phones.length,
  );
}

/** 'last-first' shows "Doe, Jane"; 'first-last' shows "Jane Doe". */
export type DisplayOrder = 'last-first' | 'first-last';

type Nameable = Pick<Contact, 'name' | 'formattedName' | 'organization' | 'emails' | 'phones'>;

/** Joins the non-blank parts, trimmed. A plain loop: sorting 50,000 contacts calls it 100,000 times. */
function join(parts: (string | undefined)[], separator = ' '): string {
  let joined = '';
  for (const part of parts) {
    const trimmed = part?.trim();
    if (trimmed) joined = joined ? `${joined}${separator}${trimmed}` : trimmed;
  }
  return joined;
}

/** "Dr. Jane Q. Doe Jr." — the vCard FN a structured name reads as. */
export function formatName(name: ContactName): string {
  return join([name.prefix, name.given, name.additional, name.family, name.suffix]);
}

/**
 * The name a list shows: from the structured name in the chosen order, else the formatted
 * name, else the organization, the first e-mail, the first phone.
 */
export function displayName(contact: Nameable, order: DisplayOrder = 'last-first'): string {
  const { name } = contact;
  const first = join([name.given, name.additional]);
  const family = join([name.family]);
  const both = order === 'last-first' ? `${family}, ${first}` : `${first} ${family}`;
  const fromName = family && first ? both : family || first;
  if (fromName)
    return join([order === 'first-last' ? name.prefix : undefined, fromName, name.suffix]);
  return (
    contact.formattedName.trim() ||
    contact.organization?.trim() ||
    contact.emails[0]?.value ||
    contact.phones[0]?.value ||
    ''
  );
}

/** FN when the caller left it empty: the name, else organization, e-mail, phone. */
export function deriveFormattedName(
  fields: Omit<Nameable, 'formattedName'> & { formattedName?: string },
): string {
  return (
    fields.formattedName?.trim() ||
    formatName(fields.name) ||
    fields.organization?.trim() ||
    fields.emails[0]?.value ||
    fields.phones[0]?.value ||
    ''
  );
}

/** Case- and accent-folding collation: "Éloïse" sorts among the E's. */
export const nameCollator = new Intl.Collator(undefined, {
  sensitivity: 'base',
  numeric: true,
  ignorePunctuation: true,
});

/** A contact with its display name in one order, computed once for sorting. */
export interface SortEntry<T extends { id: string } = Nameable & { id: string }> {
  contact: T;
  key: string;
}

/** The entry `sortContacts` orders a contact by. */
export function sortEntry<T extends Nameable & { id: string }>(
  contact: T,
  order: DisplayOrder,
): SortEntry<T> {
  return { contact, key: displayName(contact, order) };
}

/** Display names with the collator, ties by id: a total order, so sorting is stable. */
export function compareSortEntries(
  a: SortEntry<{ id: string }>,
  b: SortEntry<{ id: string }>,
): number {
  const { id: left } = a.contact;
  const { id: right } = b.contact;
  return nameCollator.compare(a.key, b.key) || (left < right ? -1 : left > right ? 1 : 0);
}

/** Sorts contacts by display name (a new array), ties by id so the order is stable. */
export function sortContacts<T extends Nameable & { id: string }>(
  contacts: readonly T[],
  order: DisplayOrder = 'last-first',
): T[] {
  const entries = contacts.map((contact) => sortEntry(contact, order));
  entries.sort(compareSortEntries);
  return entries.map(({ contact }) => contact);
}
