// The search benchmark's data: the demo's sample contacts stored as a ContactBook would store
// them (phones in E.164, formatted name derived), with deterministic per-user tags.
import { generateContacts } from '../demo/sample-contacts.js';
import { deriveFormattedName, parseContactInput, type Contact } from '../src/core/contact.js';
import { normalizePhone } from '../src/core/phone.js';

/** The tag names the benchmark's user gives contacts. */
export const TAG_NAMES = ['family', 'friends', 'key account', 'vip', 'work', 'school'];

/** `count` stored contacts (ids `c000000`, `c000001`, …), the same for the same seed. */
export function sampleContacts(count: number, seed = 42): Contact[] {
  return generateContacts(count, { seed }).map((input, index) => {
    const parsed = parseContactInput(input);
    if (!parsed.ok)
      throw new Error(`Sample contact ${index} is invalid: ${JSON.stringify(parsed.issues)}`);
    const phones = parsed.value.phones.map((phone) => ({
      ...phone,
      value: normalizePhone(phone.value),
    }));
    const fields = { ...parsed.value, phones };
    return {
      ...fields,
      formattedName: deriveFormattedName(fields),
      id: `c${String(index).padStart(6, '0')}`,
      bookId: 'private-me',
      createdBy: 'me',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
    };
  });
}

/** Deterministic per-user tags: about one contact in three carries one or two. */
export function sampleTagsOf(contactId: string): string[] {
  const n = Number(contactId.slice(1));
  if (n % 3) return [];
  const first = TAG_NAMES[n % TAG_NAMES.length];
  return n % 2 ? [first] : [first, TAG_NAMES[(n >> 3) % TAG_NAMES.length]];
}
