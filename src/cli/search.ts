import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { deriveFormattedName, parseContactInput, type Contact } from '../core/contact.js';
import { QuerySyntaxError, formatIssue } from '../core/errors.js';
import { readContactFile } from '../core/formats/index.js';
import { normalizePhone } from '../core/phone.js';
import { searchContacts } from '../core/search/index.js';

/** What a command writes and its exit code: commands never write to the console themselves. */
export interface CommandOutput {
  stdout: string[];
  stderr: string[];
  exitCode: number;
}

/** Usage of the search command. */
export const SEARCH_USAGE = 'contact-book search FILE QUERY   (FILE: .vcf, .csv, .ldif or .json)';

// Fields the system owns in a stored contact: dropped before validating what the file says.
const STORED_FIELDS = ['id', 'bookId', 'createdBy', 'createdAt', 'updatedAt', 'revision', 'tags'];

/**
 * `contact-book search FILE QUERY`: the formatted names of the matching contacts, best first,
 * one a line. A refused query: its message on stderr, exit 2.
 */
export async function searchCommand(args: readonly string[]): Promise<CommandOutput> {
  const output: CommandOutput = { stdout: [], stderr: [], exitCode: 0 };
  const [file, ...words] = args;
  if (!file || !words.length) {
    return { ...output, stderr: [`Usage: ${SEARCH_USAGE}`], exitCode: 2 };
  }
  const { contacts, tags } = await loadContacts(file, output.stderr);
  try {
    const result = searchContacts(contacts, words.join(' '), {
      tagsOf: (id) => tags.get(id) ?? [],
    });
    for (const message of result.messages) output.stderr.push(`note: ${message.message}`);
    output.stdout.push(...result.hits.map((hit) => hit.contact.formattedName));
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    output.stderr.push(error.message);
    output.exitCode = 2;
  }
  return output;
}

/** The file's contacts as stored Contacts, and their tags by id; invalid ones are reported. */
async function loadContacts(
  file: string,
  warnings: string[],
): Promise<{ contacts: Contact[]; tags: Map<string, string[]> }> {
  const bytes = await readFile(file);
  const items: unknown[] = file.toLowerCase().endsWith('.json')
    ? readJson(bytes, file)
    : (await readContactFile(bytes, basename(file))).contacts;
  const contacts: Contact[] = [];
  const tags = new Map<string, string[]>();
  items.forEach((item, index) => {
    const record = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const input = Object.fromEntries(
      Object.entries(record).filter(([key]) => !STORED_FIELDS.includes(key)),
    );
    const parsed = parseContactInput(input);
    if (!parsed.ok) {
      warnings.push(
        `warning: contact ${index + 1} skipped: ${parsed.issues.map(formatIssue).join('; ')}`,
      );
      return;
    }
    const id = typeof record.id === 'string' && record.id ? record.id : `contact-${index + 1}`;
    const phones = parsed.value.phones.map((phone) => ({
      ...phone,
      value: normalizePhone(phone.value),
    }));
    const fields = { ...parsed.value, phones };
    contacts.push({
      ...fields,
      formattedName: deriveFormattedName(fields),
      id,
      bookId: 'file',
      createdBy: '',
      createdAt: '',
      updatedAt: '',
      revision: 0,
    });
    if (Array.isArray(record.tags))
      tags.set(
        id,
        record.tags.filter((tag) => typeof tag === 'string'),
      );
  });
  return { contacts, tags };
}

/** A JSON file: an array of contacts (each may carry `tags: string[]`). */
function readJson(bytes: Uint8Array, file: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${file} must hold an array of contacts`);
  return data;
}
