// JSON → contacts: an array of Contact objects (as the CLI writes them, or stored ones), each
// with an optional `tags: string[]`. The fields the system owns are dropped before validating.
import { parseContactInput } from '../contact.js';
import { formatIssue } from '../errors.js';
import { emptyResult, type ImportResult } from './types.js';

const STORED_FIELDS = new Set([
  'id',
  'bookId',
  'createdBy',
  'createdAt',
  'updatedAt',
  'revision',
  'tags',
]);

/** Reads a JSON array of contacts; one invalid entry costs only itself. */
export function readJsonContacts(bytes: Uint8Array): ImportResult {
  const result = emptyResult();
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    result.problems.push({ record: 0, line: 0, message: `Not JSON: ${(error as Error).message}` });
    return result;
  }
  if (!Array.isArray(data)) {
    result.problems.push({ record: 0, line: 0, message: 'Expected an array of contacts' });
    return result;
  }
  data.forEach((item: unknown, index) => {
    const record = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const fields = Object.fromEntries(
      Object.entries(record).filter(([key]) => !STORED_FIELDS.has(key)),
    );
    const parsed = parseContactInput(fields);
    if (!parsed.ok) {
      const message = `Not imported: ${parsed.issues.map(formatIssue).join('; ')}`;
      result.problems.push({ record: index + 1, line: 0, message });
      return;
    }
    result.contacts.push(parsed.value);
    const tags = Array.isArray(record.tags) ? record.tags : [];
    result.tags.push(tags.filter((tag): tag is string => typeof tag === 'string'));
  });
  return result;
}
