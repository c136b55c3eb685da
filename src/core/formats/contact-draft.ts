// The contact a reader is filling in, and how it becomes a valid contact or a problem. Shared
// by the vCard, CSV and LDIF readers so each one says only how its format maps to fields.
import {
  EmailSchema,
  deriveFormattedName,
  parseContactInput,
  type ContactAddress,
  type ContactEmail,
  type ContactExtra,
  type ContactFields,
  type ContactIm,
  type ContactPhone,
  type ContactPhoto,
  type ContactRelated,
  type ContactUrl,
} from '../contact.js';
import type { ImportProblem, ImportResult } from './types.js';

/** A contact under construction: every list present, optional fields set as they are found. */
export interface ContactDraft {
  kind: 'individual' | 'organization';
  name: { prefix?: string; given?: string; additional?: string; family?: string; suffix?: string };
  formattedName: string;
  nickname?: string;
  organization?: string;
  department?: string;
  title?: string;
  role?: string;
  emails: ContactEmail[];
  phones: ContactPhone[];
  addresses: ContactAddress[];
  urls: ContactUrl[];
  ims: ContactIm[];
  birthday?: string;
  anniversary?: string;
  related: ContactRelated[];
  notes: string[];
  photo?: ContactPhoto;
  extras: ContactExtra[];
  tags: string[];
}

/** A new, empty draft. */
export function newDraft(): ContactDraft {
  return {
    kind: 'individual',
    name: {},
    formattedName: '',
    emails: [],
    phones: [],
    addresses: [],
    urls: [],
    ims: [],
    related: [],
    notes: [],
    extras: [],
    tags: [],
  };
}

/** Adds an e-mail when it is valid; otherwise reports it and returns false (the caller keeps it). */
export function addEmail(
  draft: ContactDraft,
  email: ContactEmail,
  report: (message: string) => void,
): boolean {
  const value = email.value.trim().replace(/^mailto:/i, '');
  if (!value) return true;
  const parsed = EmailSchema.safeParse({ ...email, value });
  if (parsed.success) {
    draft.emails.push(parsed.data);
    return true;
  }
  report(`"${value}" is not a valid e-mail address: kept as an extra property`);
  return false;
}

/** An address, unless every part is empty. */
export function addAddress(draft: ContactDraft, address: ContactAddress): void {
  const cleaned = Object.fromEntries(
    Object.entries(address).filter(([, value]) => value !== undefined && value !== ''),
  ) as ContactAddress;
  const parts = [
    'pobox',
    'extended',
    'street',
    'locality',
    'region',
    'postalCode',
    'country',
  ] as const;
  if (parts.some((part) => cleaned[part]?.trim())) draft.addresses.push(cleaned);
}

/** Sets a tag list without blanks or duplicates. */
export function addTags(draft: ContactDraft, tags: readonly string[]): void {
  for (const tag of tags.map((item) => item.trim())) {
    if (tag && !draft.tags.includes(tag)) draft.tags.push(tag);
  }
}

/** `value` unless it is empty or blank-only-as-absent (undefined for ''). */
export function present(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Validates the draft as the book will: a valid contact with its tags goes into the result,
 * else one problem naming the record and every issue. A draft with nothing to call it by gets
 * a name from its address, web site or note, so no data-bearing record is dropped.
 */
export function finishDraft(
  draft: ContactDraft,
  result: ImportResult,
  where: Omit<ImportProblem, 'message'>,
): void {
  const { notes, tags, ...rest } = draft;
  const name = Object.fromEntries(
    Object.entries(draft.name).filter(([, value]) => present(value) !== undefined),
  );
  const fields = { ...rest, name, note: notes.length ? notes.join('\n') : undefined };
  for (const key of [
    'nickname',
    'organization',
    'department',
    'title',
    'role',
    'birthday',
    'anniversary',
  ] as const) {
    fields[key] = present(fields[key]);
  }
  // A given FN is kept as written (Android's "Ñ Ñ Ñ Ñ Ñ " ends in a space); else derived.
  fields.formattedName = fields.formattedName.trim()
    ? fields.formattedName
    : deriveFormattedName(fields) || fallbackName(draft);
  const parsed = parseContactInput(dropUndefined(fields));
  if (!parsed.ok) {
    const issues = parsed.issues.map(
      (issue) => `${issue.path.join('.') || 'contact'}: ${issue.message}`,
    );
    result.problems.push({ ...where, message: `Not imported: ${issues.join('; ')}` });
    return;
  }
  result.contacts.push(parsed.value as ContactFields);
  result.tags.push(tags);
}

/** A name for a record with none: never more than one line (a street may hold several). */
function fallbackName(draft: ContactDraft): string {
  const firstLine = (value: string | undefined) => value?.split(/\r\n|\r|\n/)[0].trim() ?? '';
  const address = draft.addresses[0];
  const fromAddress =
    address && [address.street, address.locality].map(firstLine).filter(Boolean).join(', ');
  return (
    firstLine(draft.nickname) ||
    fromAddress ||
    firstLine(draft.urls[0]?.value) ||
    draft.notes.map(firstLine).find(Boolean) ||
    ''
  );
}

/** Removes undefined keys at every depth, so a contact holds only the fields it has. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) dropUndefined(item);
  } else if (value !== null && typeof value === 'object') {
    // In place: the draft is ours, and an import of 10,000 cards should not copy each twice.
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === undefined) delete record[key];
      else dropUndefined(record[key]);
    }
  }
  return value;
}
