// Google Contacts CSV: its numbered groups ("E-mail 1 - Label" + "E-mail 1 - Value", …).
import type { ContactAddress, ContactPhone } from '../contact.js';
import { addAddress, addEmail, present, type ContactDraft } from './contact-draft.js';
import { GOOGLE_SEPARATOR, keepCell, setCsvDate, type Report } from './csv-cells.js';

/** The parts of each numbered group of a row, by "kind:number". */
export type Groups = Map<string, Record<string, string>>;

const GOOGLE_PHONE_TYPES: Record<string, ContactPhone['type']> = {
  mobile: 'cell',
  home: 'home',
  work: 'work',
  pager: 'pager',
  other: 'other',
  fax: 'fax',
  'home fax': 'fax',
  'work fax': 'fax',
};
const GOOGLE_PHONE_LABELS: Record<string, string> = { 'home fax': 'home', 'work fax': 'work' };

/**
 * Maps Google's numbered groups ("E-mail 1 - Label" + "E-mail 1 - Value"); a "* " label marks
 * the primary value, and one Value cell may hold several values joined by " ::: ".
 */
export function mapGoogleGroups(groups: Groups, draft: ContactDraft, report: Report): void {
  for (const [key, parts] of groups) {
    const kind = key.split(':')[0];
    const rawLabel = parts.label ?? '';
    const pref = rawLabel.startsWith('* ') || undefined;
    const label = rawLabel.replace(/^\* /, '').trim();
    const lower = label.toLowerCase();
    const values = (parts.value ?? '').split(GOOGLE_SEPARATOR).filter((value) => value.trim());
    for (const value of values) {
      if (kind === 'email') {
        const type = ['home', 'work', 'other'].includes(lower)
          ? (lower as 'home' | 'work' | 'other')
          : undefined;
        if (
          !addEmail(draft, { value, type, label: type ? undefined : present(label), pref }, report)
        )
          keepCell(draft, `E-mail - ${label}`, value);
      } else if (kind === 'phone') {
        const type = GOOGLE_PHONE_TYPES[lower];
        draft.phones.push({
          value,
          type: type ?? 'other',
          label: type ? GOOGLE_PHONE_LABELS[lower] : present(label),
          pref,
        });
      } else if (kind === 'website') {
        draft.urls.push({ value, type: present(KNOWN_LOWER.has(lower) ? lower : label) });
      } else if (kind === 'relation') {
        draft.related.push({ value, type: present(KNOWN_LOWER.has(lower) ? lower : label) });
      } else if (kind === 'im') {
        draft.ims.push({ value, service: present(parts.service ?? ''), type: present(label) });
      } else if (kind === 'event' && lower === 'anniversary') {
        setCsvDate(draft, 'anniversary', value, 'Event - Anniversary', report);
      } else if (kind === 'event' || kind === 'custom') {
        keepCell(draft, label || kind, value);
      }
    }
    if (kind === 'address') mapGoogleAddress(parts, lower, label, draft);
    if (kind === 'organization' && draft.organization === undefined) {
      draft.organization = present(parts.name);
      draft.title ??= present(parts.title);
      draft.department ??= present(parts.department);
    }
  }
}

const KNOWN_LOWER = new Set([
  'home',
  'work',
  'other',
  'blog',
  'profile',
  'home page',
  'ftp',
  'spouse',
  'child',
  'mother',
  'father',
  'parent',
  'brother',
  'sister',
  'friend',
  'relative',
  'manager',
  'assistant',
  'partner',
  'domestic partner',
  'referred by',
]);

function mapGoogleAddress(
  parts: Record<string, string>,
  lower: string,
  label: string,
  draft: ContactDraft,
): void {
  const type = ['home', 'work', 'other'].includes(lower)
    ? (lower as ContactAddress['type'])
    : undefined;
  const hasParts = [
    'street',
    'city',
    'pobox',
    'region',
    'postalcode',
    'country',
    'extendedaddress',
  ].some((part) => parts[part]);
  addAddress(draft, {
    type,
    label: type ? undefined : present(label),
    street: hasParts ? present(parts.street) : present(parts.formatted),
    locality: present(parts.city),
    pobox: present(parts.pobox),
    region: present(parts.region),
    postalCode: present(parts.postalcode),
    country: present(parts.country),
    extended: present(parts.extendedaddress),
  });
}
