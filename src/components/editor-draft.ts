import {
  ContactInputSchema,
  contactInput,
  deriveFormattedName,
  type Contact,
  type ContactFields,
  type ContactInput,
} from '../core/contact.js';
import { formatPhone } from '../core/phone.js';

/** What the editor holds while the user types: every user field, lists always present. */
export type Draft = ContactFields;

/** The multi-valued fields, edited as rows. */
export type ListKey = 'phones' | 'emails' | 'addresses' | 'urls' | 'ims' | 'related';

/** The row "Add …" appends to each multi-valued field. */
export const BLANK_ROWS: { [K in ListKey]: Draft[K][number] } = {
  phones: { value: '', type: 'cell' },
  emails: { value: '', type: 'home' },
  addresses: { type: 'home' },
  urls: { value: '' },
  ims: { value: '' },
  related: { value: '' },
};

/** The draft of a new contact: the schema's defaults. */
export function emptyDraft(): Draft {
  return ContactInputSchema.parse({});
}

/** The draft of a stored contact (the system fields stay with the store). */
export function draftOf(contact: Contact, { region }: { region?: string } = {}): Draft {
  const fields = contactInput(contact);
  // A formatted name that was only derived is derived again on save, so an edited name is not
  // shadowed by the old one; one the user or an import set on purpose is kept.
  const derived = deriveFormattedName({ ...fields, formattedName: '' });
  return {
    ...fields,
    formattedName: fields.formattedName === derived ? '' : fields.formattedName,
    // Stored E.164 reads better formatted (national within the user's region); Save normalises it back.
    phones: fields.phones.map((phone) => ({
      ...phone,
      value: formatPhone(phone.value, { region }),
    })),
  };
}

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** Blank text becomes absent. */
function clean<T extends object>(row: T): T {
  return Object.fromEntries(
    Object.entries(row)
      .map(([key, value]) => [key, typeof value === 'string' ? trimmed(value) : value])
      .filter(([, value]) => value !== undefined),
  ) as T;
}

/** Rows with nothing but a type are dropped. */
function filled<T extends object>(rows: T[]): T[] {
  return rows.map(clean).filter((row) => Object.keys(row).some((key) => key !== 'type'));
}

/** What Save sends: blank text becomes absent, blank rows are dropped. */
export function cleanDraft(draft: Draft): ContactInput {
  return {
    ...clean(draft),
    name: clean(draft.name),
    phones: filled(draft.phones),
    emails: filled(draft.emails),
    addresses: filled(draft.addresses),
    urls: filled(draft.urls),
    ims: filled(draft.ims),
    related: filled(draft.related),
    formattedName: draft.formattedName.trim(),
  };
}
