// CSV → contacts with papaparse. The header row decides the layout (csv-columns.ts); the
// caller may pass its own column mapping (the import dialog's mapping step).
import Papa from 'papaparse';
import type { ContactAddress, ContactPhone } from '../contact.js';
import {
  addAddress,
  addEmail,
  addTags,
  finishDraft,
  newDraft,
  present,
  type ContactDraft,
} from './contact-draft.js';
import { detectPreset, mapColumns, type ColumnTarget, type CsvPreset } from './csv-columns.js';
import { decodeFile } from './text-decode.js';
import { emptyResult, type ImportResult } from './types.js';
import { escapeText, parseDate } from './vcard-values.js';

/** Options of `readCsv`. */
export interface ReadCsvOptions {
  /** A target per column (from `mapColumns`, edited by the user); read from the header when absent. */
  columns?: readonly (ColumnTarget | undefined)[];
  /** Force an encoding instead of detecting it. */
  encoding?: string;
}

/** A CSV import: the contacts plus what was detected. */
export interface CsvImportResult extends ImportResult {
  preset: CsvPreset;
  headers: string[];
  delimiter: string;
  encoding: string;
}

/** More columns than any address-book export has (Outlook writes 92). */
export const MAX_COLUMNS = 1000;

/** Google's separator of several values in one cell. */
export const GOOGLE_SEPARATOR = ' ::: ';

/** Reads a CSV file: encoding, delimiter and layout detected; one bad row costs only itself. */
export function readCsv(
  bytes: Uint8Array,
  { columns, encoding: forced }: ReadCsvOptions = {},
): CsvImportResult {
  const { text, encoding } = decodeFile(bytes, forced);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const lines = lineNumbers(text, parsed.data.length);
  const [headers = [], ...rows] = parsed.data;
  const result: CsvImportResult = {
    ...emptyResult(),
    preset: detectPreset(headers),
    headers,
    delimiter,
    encoding,
  };
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    result.problems.push({
      record: error.row ?? 0,
      line: lines[error.row ?? 0] ?? 0,
      message: error.message,
    });
  }
  if (headers.length > MAX_COLUMNS) {
    const message = `The header has ${headers.length} columns (at most ${MAX_COLUMNS}): not a contact list`;
    result.problems.push({ record: 0, line: 1, message });
    return result;
  }
  const targets = columns ?? mapColumns(headers);
  if (headers.length && !targets.some((target) => target && target !== 'ignore')) {
    result.problems.push({
      record: 0,
      line: 1,
      message: 'No column header was recognised: map the columns to fields',
    });
  }
  rows.forEach((row, index) => {
    const where = { record: index + 1, line: lines[index + 1] ?? 0 };
    const draft = newDraft();
    mapRow(headers, targets, row, draft, (message) => result.problems.push({ ...where, message }));
    finishDraft(draft, result, where);
  });
  return result;
}

/** The delimiter of the header line: comma, semicolon or tab, whichever it holds most. */
export function detectDelimiter(text: string): string {
  // The header line decides: papaparse's guess samples rows, which multi-line quoted notes fool.
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  const counts = [',', ';', '\t'].map((candidate) => ({
    candidate,
    count: countOutsideQuotes(header, candidate),
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0].count ? counts[0].candidate : ',';
}

/** Undoes the writer's spreadsheet-formula guard: `'=x` reads as `=x`. */
export function unguardCell(value: string): string {
  return /^'+[=+\-@]/.test(value) ? value.slice(1) : value;
}

type Report = (message: string) => void;
type Groups = Map<string, Record<string, string>>;

function mapRow(
  headers: readonly string[],
  targets: readonly (ColumnTarget | undefined)[],
  row: readonly string[],
  draft: ContactDraft,
  report: Report,
): void {
  const addresses = new Map<string, ContactAddress & { street2?: string; street3?: string }>();
  const groups: Groups = new Map();
  const birth: Record<string, string> = {};
  row.forEach((cell, index) => {
    const value = unguardCell(cell ?? '');
    if (!value.trim()) return;
    const target = targets[index];
    const header = headers[index] ?? `Column ${index + 1}`;
    if (target === 'ignore') return;
    if (!target) {
      if (!isOutlookDefault(value)) keepCell(draft, header, value);
      return;
    }
    const [kind, type = '', part = '', extra = ''] = target.split(':');
    switch (kind) {
      case 'prefix':
      case 'given':
      case 'additional':
      case 'family':
      case 'suffix':
        draft.name[kind] = value;
        return;
      case 'formattedName':
      case 'nickname':
      case 'organization':
      case 'department':
      case 'title':
      case 'role':
        draft[kind] = value;
        return;
      case 'note':
        draft.notes.push(value);
        return;
      case 'tags':
        // Google joins labels with " ::: " (its "* myContacts" system labels are not tags);
        // Outlook joins categories with ";".
        addTags(
          draft,
          value
            .split(value.includes(GOOGLE_SEPARATOR) ? GOOGLE_SEPARATOR : ';')
            .filter((tag) => !tag.trim().startsWith('* ')),
        );
        return;
      case 'email':
        if (
          !addEmail(
            draft,
            { value, type: (present(type) as 'home' | 'work' | 'other') ?? undefined },
            report,
          )
        )
          keepCell(draft, header, value);
        return;
      case 'phone':
        draft.phones.push({ value, type: type as ContactPhone['type'], label: present(part) });
        return;
      case 'address': {
        const key = type || '-';
        const address =
          addresses.get(key) ?? (type ? { type: type as ContactAddress['type'] } : {});
        (address as Record<string, string>)[part] = value;
        addresses.set(key, address);
        return;
      }
      case 'url':
        draft.urls.push({ value, type: present(type) });
        return;
      case 'related':
        draft.related.push({ value, type: present(type) });
        return;
      case 'im':
        draft.ims.push({ value, service: present(type) });
        return;
      case 'birthday':
      case 'anniversary':
        setCsvDate(draft, kind, value, header, report);
        return;
      case 'birthYear':
      case 'birthMonth':
      case 'birthDay':
        birth[kind] = value.trim();
        return;
      case 'group': {
        const key = `${type}:${part}`;
        groups.set(key, { ...groups.get(key), [extra]: value });
        return;
      }
    }
    keepCell(draft, header, value);
  });
  for (const address of addresses.values()) {
    // Outlook's "Street 2" and "Street 3" hold what vCard calls the extended address.
    const { street2, street3, ...rest } = address;
    addAddress(draft, {
      ...rest,
      extended: [rest.extended, street2, street3].filter(Boolean).join('\n') || undefined,
    });
  }
  if (birth.birthMonth && birth.birthDay && !draft.birthday) {
    const pad = (value: string) => value.padStart(2, '0');
    const iso = birth.birthYear
      ? `${birth.birthYear}-${pad(birth.birthMonth)}-${pad(birth.birthDay)}`
      : `--${pad(birth.birthMonth)}-${pad(birth.birthDay)}`;
    draft.birthday = parseDate(iso);
  }
  mapGoogleGroups(groups, draft, report);
}

function keepCell(draft: ContactDraft, header: string, value: string): void {
  draft.extras.push({ name: 'X-CSV', params: { COLUMN: header }, value: escapeText(value) });
}

// Outlook fills its unmapped columns (Priority, Sensitivity, Private, Gender) with defaults
// and its empty dates with 0/0/00; they say nothing about the contact.
function isOutlookDefault(value: string): boolean {
  return /^(Normal|Unspecified|Keine Angabe|False|Aus)$/.test(value.trim()) || isZeroDate(value);
}

function isZeroDate(value: string): boolean {
  return /^0[/.]0[/.]0{2,4}$/.test(value.trim());
}

function setCsvDate(
  draft: ContactDraft,
  key: 'birthday' | 'anniversary',
  value: string,
  header: string,
  report: Report,
): void {
  if (isZeroDate(value)) return;
  const date = parseCsvDate(value);
  if (date && draft[key] === undefined) draft[key] = date;
  else if (!date) {
    report(`${header} "${value}" is not a date: kept as an extra property`);
    keepCell(draft, header, value);
  }
}

/** Dates as spreadsheets write them: ISO, --MM-DD, M/D/YYYY (Outlook English), D.M.YYYY. */
export function parseCsvDate(value: string): string | undefined {
  const text = value.trim();
  const iso = parseDate(text);
  if (iso) return iso;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  const european = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text);
  const [month, day, year] = us
    ? [us[1], us[2], us[3]]
    : european
      ? [european[2], european[1], european[3]]
      : ['', '', ''];
  if (!year) return undefined;
  const fullYear =
    year.length === 4
      ? year
      : String(Number(year) + (Number(year) <= new Date().getFullYear() % 100 ? 2000 : 1900));
  return parseDate(`${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

const GOOGLE_PHONE_TYPES: Record<string, ContactPhone['type']> = {
  mobile: 'cell',
  home: 'home',
  work: 'work',
  pager: 'pager',
  other: 'other',
  fax: 'fax',
  'home fax': 'fax',
  'work fax': 'fax',
};
const GOOGLE_PHONE_LABELS: Record<string, string> = { 'home fax': 'home', 'work fax': 'work' };

// Google's numbered groups ("E-mail 1 - Label" + "E-mail 1 - Value"); a "* " label marks the
// primary value, and one Value cell may hold several values joined by " ::: ".
function mapGoogleGroups(groups: Groups, draft: ContactDraft, report: Report): void {
  for (const [key, parts] of groups) {
    const kind = key.split(':')[0];
    const rawLabel = parts.label ?? '';
    const pref = rawLabel.startsWith('* ') || undefined;
    const label = rawLabel.replace(/^\* /, '').trim();
    const lower = label.toLowerCase();
    const values = (parts.value ?? '').split(GOOGLE_SEPARATOR).filter((value) => value.trim());
    for (const value of values) {
      if (kind === 'email') {
        const type = ['home', 'work', 'other'].includes(lower)
          ? (lower as 'home' | 'work' | 'other')
          : undefined;
        if (
          !addEmail(draft, { value, type, label: type ? undefined : present(label), pref }, report)
        )
          keepCell(draft, `E-mail - ${label}`, value);
      } else if (kind === 'phone') {
        const type = GOOGLE_PHONE_TYPES[lower];
        draft.phones.push({
          value,
          type: type ?? 'other',
          label: type ? GOOGLE_PHONE_LABELS[lower] : present(label),
          pref,
        });
      } else if (kind === 'website') {
        draft.urls.push({ value, type: present(KNOWN_LOWER.has(lower) ? lower : label) });
      } else if (kind === 'relation') {
        draft.related.push({ value, type: present(KNOWN_LOWER.has(lower) ? lower : label) });
      } else if (kind === 'im') {
        draft.ims.push({ value, service: present(parts.service ?? ''), type: present(label) });
      } else if (kind === 'event' && lower === 'anniversary') {
        setCsvDate(draft, 'anniversary', value, 'Event - Anniversary', report);
      } else if (kind === 'event' || kind === 'custom') {
        keepCell(draft, label || kind, value);
      }
    }
    if (kind === 'address') mapGoogleAddress(parts, lower, label, draft);
    if (kind === 'organization' && draft.organization === undefined) {
      draft.organization = present(parts.name);
      draft.title ??= present(parts.title);
      draft.department ??= present(parts.department);
    }
  }
}

const KNOWN_LOWER = new Set([
  'home',
  'work',
  'other',
  'blog',
  'profile',
  'home page',
  'ftp',
  'spouse',
  'child',
  'mother',
  'father',
  'parent',
  'brother',
  'sister',
  'friend',
  'relative',
  'manager',
  'assistant',
  'partner',
  'domestic partner',
  'referred by',
]);

function mapGoogleAddress(
  parts: Record<string, string>,
  lower: string,
  label: string,
  draft: ContactDraft,
): void {
  const type = ['home', 'work', 'other'].includes(lower)
    ? (lower as ContactAddress['type'])
    : undefined;
  const hasParts = [
    'street',
    'city',
    'pobox',
    'region',
    'postalcode',
    'country',
    'extendedaddress',
  ].some((part) => parts[part]);
  addAddress(draft, {
    type,
    label: type ? undefined : present(label),
    street: hasParts ? present(parts.street) : present(parts.formatted),
    locality: present(parts.city),
    pobox: present(parts.pobox),
    region: present(parts.region),
    postalCode: present(parts.postalcode),
    country: present(parts.country),
    extended: present(parts.extendedaddress),
  });
}

function countOutsideQuotes(text: string, char: string): number {
  let quoted = false;
  let count = 0;
  for (const current of text) {
    if (current === '"') quoted = !quoted;
    else if (current === char && !quoted) count++;
  }
  return count;
}

/** The 1-based line on which each parsed row starts (quoted fields may span lines). */
function lineNumbers(text: string, rowCount: number): number[] {
  const lines: number[] = [];
  let line = 1;
  let quoted = false;
  let atRowStart = true;
  for (let index = 0; index < text.length && lines.length < rowCount; index++) {
    const char = text[index];
    if (atRowStart && char !== '\r' && char !== '\n') {
      lines.push(line);
      atRowStart = false;
    }
    if (char === '"') quoted = !quoted;
    else if (char === '\n') {
      line++;
      if (!quoted) atRowStart = true;
    }
  }
  return lines;
}
