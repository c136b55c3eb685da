// Dates as comments and attachments show them, in the active locale (Intl).
import { formatDate } from './i18n.js';

/** "1 Mar 2026, 10:04" ("1 mars 2026, 10:04" in French) for an ISO timestamp. */
export function formatDateTime(iso: string): string {
  return Number.isNaN(new Date(iso).getTime()) ? iso : formatDate(iso);
}
