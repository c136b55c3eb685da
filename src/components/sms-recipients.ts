import type { ContactBook } from '../core/book.js';
import { displayName, type Contact } from '../core/contact.js';
import { normalizePhone } from '../core/phone.js';
import { tokenize } from '../core/search/normalize.js';

/** How many contacts the Add picker of `<contact-sms-composer>` lists at most. */
export const MAX_PICKER_MATCHES = 20;

/** The page size of the scan: small, so a query that matches early reads little of the book. */
const SCAN_PAGE = 500;

/** The number an SMS goes to: the preferred mobile, else the first; undefined without one. */
export function cellNumber(contact: Contact, region?: string): string | undefined {
  const cells = contact.phones.filter((phone) => phone.type === 'cell');
  const cell = cells.find((phone) => phone.pref) ?? cells[0];
  return cell && normalizePhone(cell.value, region);
}

/**
 * The first contacts of `book` (by name) whose name has a word starting with each word typed,
 * accents and case folded ("zoe mu" finds Zoë Müller), that have a mobile number and are not in
 * `exclude`. Reads the book's cached sorted view page by page and stops at `limit` matches.
 */
export function textableMatches(
  book: ContactBook,
  query: string,
  {
    exclude = new Set<string>(),
    limit = MAX_PICKER_MATCHES,
  }: { exclude?: ReadonlySet<string>; limit?: number } = {},
): Contact[] {
  const words = tokenize(query);
  if (!words.length) return [];
  const matches: Contact[] = [];
  for (let offset = 0; matches.length < limit; offset += SCAN_PAGE) {
    const { contacts, total } = book.list({ order: 'first-last', offset, limit: SCAN_PAGE });
    for (const contact of contacts) {
      if (exclude.has(contact.id) || !contact.phones.some((phone) => phone.type === 'cell'))
        continue;
      const names = tokenize(displayName(contact, 'first-last'));
      if (!words.every((word) => names.some((name) => name.startsWith(word)))) continue;
      matches.push(contact);
      if (matches.length === limit) break;
    }
    if (offset + SCAN_PAGE >= total) break;
  }
  return matches;
}
