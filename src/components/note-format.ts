// Dates and sizes as comments and attachments show them, in the active locale (Intl).
import { formatDate, formatNumber } from './i18n.js';

/** "1 Mar 2026, 10:04" ("1 mars 2026, 10:04" in French) for an ISO timestamp. */
export function formatDateTime(iso: string): string {
  return Number.isNaN(new Date(iso).getTime()) ? iso : formatDate(iso);
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "512 bytes", "1.5 kB", "25 MB": binary steps (as file managers count), Intl's unit names. */
export function formatFileSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return formatNumber(value, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  });
}
