// Placeholder until the formats branch lands (its vCard, CSV and LDIF readers replace this file
// on merge, with the same `readContactFile` shape): it reads JSON only.
import { parseContactInput, type ContactFields } from '../contact.js';
import { formatIssue } from '../errors.js';

/** One thing the reader could not take: which record (1-based; 0 the file), which line, why. */
export interface ImportProblem {
  record: number;
  line: number;
  message: string;
}

/** A read file: valid contacts, the tags of each (same index), and the problems. */
export interface ContactFileResult {
  contacts: ContactFields[];
  tags: string[][];
  problems: ImportProblem[];
}

/**
 * Reads a contact file by its name: only `.json` (an array of contacts, each may carry
 * `tags: string[]`) yet; any other format throws "not supported yet".
 */
export function readContactFile(bytes: Uint8Array, fileName = ''): ContactFileResult {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1].toLowerCase();
  if (extension !== 'json') {
    throw new Error(
      `Reading ${extension ? `.${extension}` : 'this kind of'} files is not supported yet`,
    );
  }
  const result: ContactFileResult = { contacts: [], tags: [], problems: [] };
  const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(data)) {
    result.problems.push({ record: 0, line: 0, message: 'Expected an array of contacts' });
    return result;
  }
  data.forEach((item: unknown, index) => {
    const { tags, ...fields } = (item && typeof item === 'object' ? item : {}) as Record<
      string,
      unknown
    >;
    const parsed = parseContactInput(fields);
    if (!parsed.ok) {
      const message = `Not imported: ${parsed.issues.map(formatIssue).join('; ')}`;
      result.problems.push({ record: index + 1, line: 0, message });
      return;
    }
    result.contacts.push(parsed.value);
    result.tags.push(
      Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [],
    );
  });
  return result;
}
