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
import {
  GOOGLE_SEPARATOR,
  isOutlookDefault,
  keepCell,
  setCsvDate,
  type Report,
} from './csv-cells.js';
import { detectPreset, mapColumns, type ColumnTarget, type CsvPreset } from './csv-columns.js';
import { mapGoogleGroups, type Groups } from './csv-google.js';
import { decodeFile } from './text-decode.js';
import { emptyResult, type ImportResult } from './types.js';
import { parseDate } from './vcard-values.js';

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
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

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
