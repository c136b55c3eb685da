import type { Contact, ContactInput } from '../../../src/core/contact.js';
import { deriveFormattedName, parseContactInput } from '../../../src/core/contact.js';

let next = 0;

/** A valid stored Contact from a few fields (ids in creation order: c1, c2, …). */
export function makeContact(input: ContactInput, id = `c${++next}`): Contact {
  const parsed = parseContactInput(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const fields = parsed.value;
  return {
    ...fields,
    formattedName: deriveFormattedName(fields),
    id,
    bookId: 'private-me',
    createdBy: 'me',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
  };
}
