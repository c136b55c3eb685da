// Cell values shared by the CSV layouts: dates as spreadsheets write them, Outlook's filler
// values, and cells kept as extras when no field takes them.
import type { ContactDraft } from './contact-draft.js';
import { escapeText, parseDate } from './vcard-values.js';

/** Google's separator of several values in one cell. */
export const GOOGLE_SEPARATOR = ' ::: ';

/** Reports a problem of the current row. */
export type Report = (message: string) => void;

/** Keeps a cell no field takes, as an X-CSV extra named by its column. */
export function keepCell(draft: ContactDraft, header: string, value: string): void {
  draft.extras.push({ name: 'X-CSV', params: { COLUMN: header }, value: escapeText(value) });
}

/**
 * Outlook's filler values: it fills its unmapped columns (Priority, Sensitivity, Private, Gender)
 * with defaults and its empty dates with 0/0/00; they say nothing about the contact.
 */
export function isOutlookDefault(value: string): boolean {
  return /^(Normal|Unspecified|Keine Angabe|False|Aus)$/.test(value.trim()) || isZeroDate(value);
}

function isZeroDate(value: string): boolean {
  return /^0[/.]0[/.]0{2,4}$/.test(value.trim());
}

/** Sets the birthday or anniversary from a cell; a cell that is not a date is reported and kept. */
export function setCsvDate(
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
