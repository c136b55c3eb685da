// The text of an address-book listing, shared by the PDF export and the print view.
import { displayName, sortContacts, type DisplayOrder } from '../contact.js';
import { addressLines } from '../format.js';
import { formatPhone } from '../phone.js';
import type { ExportContact } from './types.js';

/** Options of `listingBlocks`. */
export interface ListingOptions {
  /** The user's region (`defaultRegion`): its phones are shown national, others international. */
  region?: string;
  /** The user's word for a stored type ('cell' → 'Mobile'); the type itself when left out. */
  typeLabel?: (type: string) => string;
}

/** The listing's text: per contact in display order, its name then its detail lines. */
export function listingBlocks(
  contacts: readonly ExportContact[],
  order: DisplayOrder = 'last-first',
  { region, typeLabel }: ListingOptions = {},
): string[][] {
  const keyed = contacts.map((contact, index) => ({
    ...contact,
    id: String(index).padStart(8, '0'),
  }));
  return sortContacts(keyed, order).map((contact) => {
    const name = displayName(contact, order);
    // An organization listed under its own name needs no second line saying so.
    return [
      name,
      ...contactDetails(contact, region, typeLabel).filter((line, index) => index || line !== name),
    ];
  });
}

/** The detail lines of one contact: organization, e-mails, phones, addresses. */
function contactDetails(
  contact: ExportContact,
  region?: string,
  typeLabel = (type: string) => type,
): string[] {
  const organization = [contact.title, contact.organization, contact.department]
    .filter(Boolean)
    .join(' · ');
  const typed = (value: string, type?: string, label?: string) => {
    const kind = label ?? (type && typeLabel(type));
    return kind ? `${value} (${kind})` : value;
  };
  return [
    ...(organization ? [organization] : []),
    ...contact.emails.map((email) => typed(email.value, email.type, email.label)),
    ...contact.phones.map((phone) =>
      typed(formatPhone(phone.value, { region }), phone.type, phone.label),
    ),
    ...contact.addresses.map((address) =>
      typed(addressLines(address).join(', '), address.type, address.label),
    ),
  ].map((line) => line.replace(/\s*\r?\n\s*/g, ', '));
}
