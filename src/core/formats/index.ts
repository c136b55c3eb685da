// Placeholder until the formats branch lands (its vCard, CSV and LDIF readers replace this file
// on merge): it reads JSON only, so the CLI's import has a real target.
import type { ContactInput } from '../contact.js';
import { ValidationError } from '../errors.js';

/** What reading a contact file gives. */
export interface ContactFileResult {
  contacts: ContactInput[];
}

/** Reads a contact file by its extension; only `.json` (an array of contacts) is supported yet. */
export async function readContactFile(
  bytes: Uint8Array,
  fileName: string,
): Promise<ContactFileResult> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== 'json') {
    const what = extension ? `.${extension} files` : 'files without an extension';
    throw new ValidationError([
      { path: ['file'], message: `Reading ${what} is not supported yet` },
    ]);
  }
  const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(data)) {
    throw new ValidationError([
      { path: ['file'], message: `${fileName} must hold an array of contacts` },
    ]);
  }
  return { contacts: data as ContactInput[] };
}
