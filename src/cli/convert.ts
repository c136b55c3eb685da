// `contact-book convert IN OUT [--vcard 3.0|4.0] [--csv outlook|google]`: reads a vCard, CSV,
// LDIF or JSON file and writes vCard, CSV, JSON or PDF. Problems go to stderr, one a line.
// Exit codes: 0 the file was read (even with problems), 1 nothing could be read, 2 usage.
import { newId } from '../core/ids.js';
import type { Contact, ContactFields } from '../core/contact.js';
import {
  exportContacts,
  readContactFile,
  type CsvLayout,
  type ExportFormat,
  type ExportContact,
  type ImportProblem,
  type VCardVersion,
} from '../core/formats/index.js';
import { formatProblem } from './problem-line.js';

/** What the command touches outside itself (the CLI passes Node's; tests pass their own). */
export interface ConvertIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /** The PDF font (assets/fonts/DejaVuSans.ttf). */
  readFont(): Promise<Uint8Array>;
  stdout(line: string): void;
  stderr(line: string): void;
}

/** The usage text. */
export const CONVERT_USAGE =
  'usage: contact-book convert IN OUT [--vcard 3.0|4.0] [--csv outlook|google]\n' +
  '  IN:  .vcf .csv .ldif .json    OUT: .vcf .csv .json .pdf';

const INPUTS = ['vcf', 'vcard', 'csv', 'ldif', 'ldi', 'json'];
const OUTPUTS = ['vcf', 'vcard', 'csv', 'json', 'pdf'];

interface ConvertArgs {
  input: string;
  output: string;
  vcard: VCardVersion;
  csv: CsvLayout;
}

/** Runs the command; resolves to the exit code. */
export async function runConvert(args: readonly string[], io: ConvertIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(parsed);
    io.stderr(CONVERT_USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(parsed.input);
  } catch (error) {
    io.stderr(`${parsed.input}: cannot read: ${(error as Error).message}`);
    return 1;
  }
  const { contacts, problems } = readFile(bytes, parsed.input);
  for (const problem of problems) io.stderr(formatProblem(parsed.input, problem));
  if (!contacts.length) {
    io.stderr(`${parsed.input}: no contact could be read`);
    return 1;
  }
  try {
    const { data, warnings } = await write(contacts, parsed, io);
    for (const warning of warnings) io.stderr(`${parsed.output}: ${warning}`);
    await io.writeFile(parsed.output, data);
  } catch (error) {
    io.stderr(`${parsed.output}: cannot write: ${(error as Error).message}`);
    return 1;
  }
  io.stdout(
    `${contacts.length} contact${contacts.length === 1 ? '' : 's'} written to ${parsed.output}`,
  );
  return 0;
}

function parseArgs(args: readonly string[]): ConvertArgs | string {
  const positional: string[] = [];
  let vcard: string = '4.0';
  let csv: string = 'outlook';
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--vcard' || arg === '--csv') {
      const value = args[++index];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--vcard') vcard = value;
      else csv = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length !== 2) return 'convert takes an input and an output file';
  const [input, output] = positional;
  if (!INPUTS.includes(extension(input))) return `cannot read .${extension(input)} files`;
  if (!OUTPUTS.includes(extension(output))) return `cannot write .${extension(output)} files`;
  if (vcard !== '3.0' && vcard !== '4.0') return '--vcard is 3.0 or 4.0';
  if (csv !== 'outlook' && csv !== 'google') return '--csv is outlook or google';
  return { input, output, vcard, csv };
}

function extension(path: string): string {
  return /\.([^./\\]+)$/.exec(path)?.[1].toLowerCase() ?? '';
}

/** A vCard, CSV, LDIF or JSON file, each contact with its tags. */
function readFile(
  bytes: Uint8Array,
  path: string,
): { contacts: ExportContact[]; problems: ImportProblem[] } {
  const result = readContactFile(bytes, path);
  return {
    contacts: result.contacts.map((contact, index) => ({ ...contact, tags: result.tags[index] })),
    problems: result.problems,
  };
}

async function write(
  contacts: ExportContact[],
  { output, vcard, csv }: ConvertArgs,
  io: ConvertIo,
): Promise<{ data: Uint8Array | string; warnings: string[] }> {
  const kind = extension(output);
  if (kind === 'json') {
    return { data: `${JSON.stringify(contacts.map(toStoredContact), null, 2)}\n`, warnings: [] };
  }
  const format: ExportFormat =
    kind === 'pdf' ? 'pdf' : kind === 'csv' ? `${csv}-csv` : vcard === '3.0' ? 'vcard3' : 'vcard4';
  const font = format === 'pdf' ? await io.readFont() : undefined;
  return exportContacts(contacts, format, { font });
}

/** A Contact as a book stores it (new id, this moment), plus its tags. */
function toStoredContact({
  tags = [],
  ...fields
}: ExportContact): Contact & { tags: readonly string[] } {
  const now = new Date().toISOString();
  const base: ContactFields = fields;
  return {
    ...base,
    id: newId(),
    bookId: 'private-me',
    createdBy: 'me',
    createdAt: now,
    updatedAt: now,
    revision: 0,
    tags,
  };
}
