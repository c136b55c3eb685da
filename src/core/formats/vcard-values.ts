// Value syntax shared by the vCard reader and writer (RFC 6350 §3.4, RFC 2426 §4).

import { dayExists } from '../contact.js';

/** Splits on `separator` where it is not backslash-escaped; the parts stay escaped. */
export function splitEscaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    if (value[index] === '\\') index++;
    else if (value[index] === separator) {
      parts.push(value.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/** `\n` `\N` → newline, `\\` `\,` `\;` `\:` → the character; any other backslash is kept. */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([nN\\,;:])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

/** A structured value (N, ADR, ORG): its components, unescaped. */
export function structuredValue(value: string): string[] {
  return splitEscaped(value, ';').map(unescapeText);
}

/** A list value (CATEGORIES, NICKNAME): its items, unescaped. */
export function listValue(value: string): string[] {
  return splitEscaped(value, ',').map(unescapeText);
}

/** Escapes text for a TEXT value: backslash, newline, comma and semicolon (RFC 6350 §3.4). */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Escapes a URI value: only what would break the line (backslash, newline). */
export function escapeUri(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value, quoted when it holds , ; : or edge spaces, and RFC 6868-escaped. */
export function formatParamValue(value: string): string {
  const escaped = value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return /[,;:]|^\s|\s$/.test(escaped) ? `"${escaped}"` : escaped;
}

/**
 * A date as our model keeps it (`YYYY-MM-DD`, or `--MM-DD` without a year) from the forms
 * exporters write: 19780415, 1978-04-15, 1978-04-15T00:00:00Z, --0415, --04-15. `omitYear` is
 * Apple's X-APPLE-OMIT-YEAR: a date in that year has no year. Undefined when not a real date.
 */
export function parseDate(value: string, omitYear?: string): string | undefined {
  const text = value.trim();
  const yearless = /^--(\d{2})-?(\d{2})$/.exec(text);
  if (yearless)
    return dayExists(2000, Number(yearless[1]), Number(yearless[2]))
      ? `--${yearless[1]}-${yearless[2]}`
      : undefined;
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(?:T[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (!full) return undefined;
  const [, year, month, day] = full;
  if (!dayExists(Number(year), Number(month), Number(day))) return undefined;
  return year === omitYear ? `--${month}-${day}` : `${year}-${month}-${day}`;
}

/** Apple's label codes (`_$!<HomePage>!$_`) as words; any other label as written. */
export function readableLabel(label: string): string {
  const apple = /^_\$!<(.*)>!\$_$/.exec(label.trim());
  if (!apple) return label;
  const known: Record<string, string> = {
    AssistantPhone: 'assistant',
    HomePage: 'home page',
    HomeFAX: 'home fax',
    WorkFAX: 'work fax',
  };
  return known[apple[1]] ?? apple[1].replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
