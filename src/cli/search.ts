// `contact-book search FILE QUERY`: the formatted names of the matching contacts, best first,
// one a line. Exit codes: 0 searched (even with no match), 1 the file could not be read (or
// held no contact, only problems),
// 2 usage or a refused query (its message on stderr).
import { deriveFormattedName, type Contact } from '../core/contact.js';
import { QuerySyntaxError } from '../core/errors.js';
import { readContactFile, type ContactFileResult } from '../core/formats/index.js';
import { loadPhoneMetadata, normalizePhone } from '../core/phone.js';
import { searchContacts } from '../core/search/index.js';
import { formatProblem } from './problem-line.js';

/** What the command touches outside itself (the CLI passes Node's; tests may pass their own). */
export interface SearchIo {
  readFile(path: string): Promise<Uint8Array>;
  stdout(line: string): void;
  stderr(line: string): void;
}

/** The usage text. */
export const SEARCH_USAGE =
  'usage: contact-book search FILE QUERY…\n' +
  '  FILE: .vcf .csv .ldif .json    QUERY: the search syntax of docs/search.md';

/** What a file gave: contacts, the tags of each (same index), and what could not be read. */
type FileContacts = Pick<ContactFileResult, 'contacts' | 'tags' | 'problems'>;

/** Runs the command; resolves to the exit code. */
export async function runSearch(args: readonly string[], io: SearchIo): Promise<number> {
  const [file, ...words] = args;
  if (!file || !words.join('').trim()) {
    io.stderr('search takes a file and a query');
    io.stderr(SEARCH_USAGE);
    return 2;
  }
  let read: FileContacts;
  try {
    // Phones are compared in E.164, and a query may be a number: both read the phone metadata.
    const [bytes] = await Promise.all([io.readFile(file), loadPhoneMetadata()]);
    read = readContactFile(bytes, file);
  } catch (error) {
    io.stderr(`${file}: cannot read: ${(error as Error).message}`);
    return 1;
  }
  for (const problem of read.problems) io.stderr(formatProblem(file, problem));
  if (!read.contacts.length && read.problems.length) return 1;
  const contacts = read.contacts.map((fields, index) => storedContact(fields, index));
  const tags = new Map(contacts.map((contact, index) => [contact.id, read.tags[index] ?? []]));
  try {
    const result = searchContacts(contacts, words.join(' '), {
      tagsOf: (id) => tags.get(id) ?? [],
    });
    for (const message of result.messages) io.stderr(`note: ${message.message}`);
    for (const hit of result.hits) io.stdout(hit.contact.formattedName);
    return 0;
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    io.stderr(error.message);
    return 2;
  }
}

/** A contact of the file as a book would store it (phones in E.164, formatted name derived). */
function storedContact(fields: FileContacts['contacts'][number], index: number): Contact {
  const phones = fields.phones.map((phone) => ({ ...phone, value: normalizePhone(phone.value) }));
  const normalised = { ...fields, phones };
  return {
    ...normalised,
    formattedName: deriveFormattedName(normalised),
    id: `record-${index + 1}`,
    bookId: 'file',
    createdBy: '',
    createdAt: '',
    updatedAt: '',
    revision: 0,
  };
}
