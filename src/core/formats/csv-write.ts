// Contacts → CSV in Outlook's layout (fixed columns) or Google Contacts' current layout
// (numbered groups). What a layout has no column for is reported, not silently dropped.
import Papa from 'papaparse';
import {
  deriveFormattedName,
  formatName,
  type ContactAddress,
  type ContactPhone,
} from '../contact.js';
import { GOOGLE_SEPARATOR } from './csv-cells.js';
import type { ExportContact } from './types.js';
import { unescapeText } from './vcard-values.js';

/** The CSV layouts we write. */
export type CsvLayout = 'outlook' | 'google';

/** A written CSV and what did not fit its layout, one message per value. */
export interface CsvWriteResult {
  text: string;
  warnings: string[];
}

/**
 * Guards a cell against spreadsheet formulas (OWASP "CSV injection"): a value starting with
 * = + - @ tab or CR (after any quotes) gets a leading "'". The CSV reader removes it again.
 * A plain phone number (+32 2 555 01 00) or date (--04-15) is left alone: it cannot call a
 * function, and Outlook and Google would import the quote literally.
 */
export function guardCell(value: string): string {
  if (isPhoneOrDate(value)) return value;
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function isPhoneOrDate(value: string): boolean {
  if (/^--\d\d-\d\d$/.test(value) || /^\d{4}-\d\d-\d\d$/.test(value)) return true;
  return /^\+?[\d ()./-]+$/.test(value) && (value.match(/\d/g)?.length ?? 0) >= 3;
}

/** Writes contacts in the Outlook or Google CSV layout. */
export function writeCsv(
  contacts: readonly ExportContact[],
  { layout = 'outlook' }: { layout?: CsvLayout } = {},
): CsvWriteResult {
  const warnings: string[] = [];
  const rows = contacts.map((contact) => {
    const who = contact.formattedName || contact.name.family || 'A contact';
    const warn = (what: string) =>
      warnings.push(`${who}: ${what} not written (no column in the ${layout} layout)`);
    if (layout === 'google') return googleRow(contact, warn);
    const row = outlookRow(contact, warn);
    for (const tag of contact.tags ?? [])
      if (tag.includes(';'))
        warnings.push(
          `${who}: the category "${tag}" reads back as several (Outlook splits on ";")`,
        );
    return row;
  });
  const fields = layout === 'outlook' ? OUTLOOK_COLUMNS : googleColumns(rows);
  const data = rows.map((row) => fields.map((field) => guardCell(row.get(field) ?? '')));
  const text = Papa.unparse({ fields, data }, { quotes: true, newline: '\r\n' });
  // Excel reads a UTF-8 CSV as such only with a BOM.
  return { text: `${layout === 'outlook' ? '\uFEFF' : ''}${text}\r\n`, warnings };
}

const OUTLOOK_ADDRESS = { work: 'Business', home: 'Home', other: 'Other' } as const;
const OUTLOOK_PHONES: [ContactPhone['type'], string | undefined, string[]][] = [
  ['work', 'main', ['Company Main Phone']],
  ['work', undefined, ['Business Phone', 'Business Phone 2']],
  ['home', undefined, ['Home Phone', 'Home Phone 2']],
  ['cell', undefined, ['Mobile Phone']],
  ['fax', 'work', ['Business Fax']],
  ['fax', 'home', ['Home Fax']],
  ['fax', undefined, ['Other Fax']],
  ['pager', undefined, ['Pager']],
  ['other', 'main', ['Primary Phone']],
  ['other', 'assistant', ["Assistant's Phone"]],
  ['other', 'car', ['Car Phone']],
  ['other', undefined, ['Other Phone']],
];
const OUTLOOK_RELATED: Record<string, string> = {
  spouse: 'Spouse',
  manager: "Manager's Name",
  assistant: "Assistant's Name",
};

const OUTLOOK_COLUMNS = [
  'Title',
  'First Name',
  'Middle Name',
  'Last Name',
  'Suffix',
  'Company',
  'Department',
  'Job Title',
  ...(['Business', 'Home', 'Other'] as const).flatMap((kind) => [
    `${kind} Street`,
    `${kind} Street 2`,
    `${kind} City`,
    `${kind} State`,
    `${kind} Postal Code`,
    `${kind} Country/Region`,
  ]),
  ...OUTLOOK_PHONES.flatMap(([, , columns]) => columns),
  'Anniversary',
  "Assistant's Name",
  'Birthday',
  'Business Address PO Box',
  'Categories',
  'E-mail Address',
  'E-mail 2 Address',
  'E-mail 3 Address',
  'Home Address PO Box',
  "Manager's Name",
  'Notes',
  'Other Address PO Box',
  'Spouse',
  'Web Page',
];

type Row = Map<string, string>;
type Column = [string, (contact: ExportContact) => string | undefined];

const OUTLOOK_SIMPLE: Column[] = [
  ['Title', (contact) => contact.name.prefix],
  ['First Name', (contact) => contact.name.given],
  ['Middle Name', (contact) => contact.name.additional],
  ['Last Name', (contact) => contact.name.family],
  ['Suffix', (contact) => contact.name.suffix],
  ['Company', (contact) => contact.organization],
  ['Department', (contact) => contact.department],
  ['Job Title', (contact) => contact.title],
  ['Notes', (contact) => contact.note],
];

const GOOGLE_SIMPLE: Column[] = [
  ['First Name', (contact) => contact.name.given],
  ['Middle Name', (contact) => contact.name.additional],
  ['Last Name', (contact) => contact.name.family],
  ['Name Prefix', (contact) => contact.name.prefix],
  ['Name Suffix', (contact) => contact.name.suffix],
  ['Nickname', (contact) => contact.nickname],
  ['File As', (contact) => contact.formattedName || undefined],
  ['Organization Name', (contact) => contact.organization],
  ['Organization Title', (contact) => contact.title],
  ['Organization Department', (contact) => contact.department],
  ['Birthday', (contact) => contact.birthday],
  ['Notes', (contact) => contact.note],
];

function setColumns(row: Row, columns: readonly Column[], contact: ExportContact): void {
  for (const [column, pick] of columns) {
    const value = pick(contact);
    if (value !== undefined) row.set(column, value);
  }
}

function outlookRow(contact: ExportContact, warn: (what: string) => void): Row {
  const row: Row = new Map();
  const set = (column: string, value: string | undefined) =>
    value !== undefined && row.set(column, value);
  setColumns(row, OUTLOOK_SIMPLE, contact);
  // Outlook has no display-name column: an FN the reader would not derive again goes into
  // First Name when the name is empty, else it is reported.
  const formattedName = contact.formattedName;
  if (
    formattedName.trim() &&
    formattedName !== deriveFormattedName({ ...contact, formattedName: '' })
  ) {
    if (!formatName(contact.name)) set('First Name', formattedName);
    else warn(`the formatted name "${formattedName}"`);
  }
  contact.emails.forEach((email, index) => {
    if (index < 3) set(index ? `E-mail ${index + 1} Address` : 'E-mail Address', email.value);
    else warn(`e-mail ${email.value}`);
  });
  for (const phone of contact.phones) {
    const slot = OUTLOOK_PHONES.find(
      ([type, label]) => type === phone.type && label === phone.label,
    )?.[2].find((column) => !row.has(column));
    const fallback = ['Other Phone'].find((column) => !row.has(column));
    if (slot ?? fallback) set((slot ?? fallback)!, phone.value);
    else warn(`phone ${phone.value}`);
  }
  const seen = new Set<string>();
  for (const address of contact.addresses) {
    const kind = OUTLOOK_ADDRESS[address.type ?? 'other'];
    if (seen.has(kind)) {
      warn(`a second ${kind.toLowerCase()} address`);
      continue;
    }
    seen.add(kind);
    set(`${kind} Street`, address.street);
    set(`${kind} Street 2`, address.extended);
    set(`${kind} City`, address.locality);
    set(`${kind} State`, address.region);
    set(`${kind} Postal Code`, address.postalCode);
    set(`${kind} Country/Region`, address.country);
    set(`${kind} Address PO Box`, address.pobox);
  }
  set('Birthday', outlookDate(contact.birthday));
  set('Anniversary', outlookDate(contact.anniversary));
  if (contact.tags?.length) set('Categories', contact.tags.join(';'));
  contact.urls.forEach((url, index) =>
    index ? warn(`web site ${url.value}`) : set('Web Page', url.value),
  );
  for (const related of contact.related) {
    const column = OUTLOOK_RELATED[related.type ?? ''];
    if (column && !row.has(column)) set(column, related.value);
    else warn(`relation ${related.value}`);
  }
  for (const [what, present] of [
    ['nickname', contact.nickname],
    ['role', contact.role],
    ['photo', contact.photo],
  ] as const) {
    if (present) warn(`the ${what}`);
  }
  if (contact.ims.length) warn('instant messaging');
  if (contact.extras.length) warn(`${contact.extras.length} other properties`);
  return row;
}

/** Outlook's M/D/YYYY; a yearless date keeps the ISO --MM-DD form (Outlook has none). */
function outlookDate(date: string | undefined): string | undefined {
  const full = date && /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return full ? `${Number(full[2])}/${Number(full[3])}/${full[1]}` : date;
}

const GOOGLE_FIXED = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Labels',
];
const GOOGLE_GROUPS: [string, string[]][] = [
  ['E-mail', ['Label', 'Value']],
  ['Phone', ['Label', 'Value']],
  [
    'Address',
    [
      'Label',
      'Formatted',
      'Street',
      'City',
      'PO Box',
      'Region',
      'Postal Code',
      'Country',
      'Extended Address',
    ],
  ],
  ['Website', ['Label', 'Value']],
  ['Relation', ['Label', 'Value']],
  ['IM', ['Label', 'Service', 'Value']],
  ['Event', ['Label', 'Value']],
  ['Custom Field', ['Label', 'Value']],
];
const GOOGLE_PHONE_LABELS: Record<ContactPhone['type'], string> = {
  cell: 'Mobile',
  home: 'Home',
  work: 'Work',
  fax: 'Fax',
  pager: 'Pager',
  other: 'Other',
};
const capitalize = (text: string) => text[0].toUpperCase() + text.slice(1);

function googleRow(contact: ExportContact, warn: (what: string) => void): Row {
  const row: Row = new Map();
  const set = (column: string, value: string | undefined) =>
    value !== undefined && row.set(column, value);
  const group = (kind: string, index: number, parts: Record<string, string | undefined>) => {
    for (const [part, value] of Object.entries(parts)) set(`${kind} ${index + 1} - ${part}`, value);
  };
  setColumns(row, GOOGLE_SIMPLE, contact);
  set('Labels', [...(contact.tags ?? []), '* myContacts'].join(GOOGLE_SEPARATOR));
  const primary = (pref: boolean | undefined, label: string) => (pref ? `* ${label}` : label);
  contact.emails.forEach((email, index) =>
    group('E-mail', index, {
      Label: primary(email.pref, email.label ?? (email.type ? capitalize(email.type) : '')),
      Value: email.value,
    }),
  );
  contact.phones.forEach((phone, index) => {
    const label =
      phone.type === 'fax' && phone.label
        ? `${capitalize(phone.label)} Fax`
        : (phone.label ?? GOOGLE_PHONE_LABELS[phone.type]);
    group('Phone', index, { Label: primary(phone.pref, label), Value: phone.value });
  });
  contact.addresses.forEach((address: ContactAddress, index) =>
    group('Address', index, {
      Label: address.label ?? (address.type ? capitalize(address.type) : undefined),
      Street: address.street,
      City: address.locality,
      'PO Box': address.pobox,
      Region: address.region,
      'Postal Code': address.postalCode,
      Country: address.country,
      'Extended Address': address.extended,
    }),
  );
  contact.urls.forEach((url, index) =>
    group('Website', index, { Label: url.type ?? url.label, Value: url.value }),
  );
  contact.related.forEach((related, index) =>
    group('Relation', index, { Label: related.type, Value: related.value }),
  );
  contact.ims.forEach((im, index) =>
    group('IM', index, { Label: im.type, Service: im.service, Value: im.value }),
  );
  if (contact.anniversary) group('Event', 0, { Label: 'Anniversary', Value: contact.anniversary });
  contact.extras
    .filter((extra) => extra.name === 'X-CSV')
    .forEach((extra, index) =>
      group('Custom Field', index, {
        Label: extra.params.COLUMN,
        Value: unescapeText(extra.value),
      }),
    );
  for (const [what, present] of [
    ['role', contact.role],
    ['photo', contact.photo],
  ] as const)
    if (present) warn(`the ${what}`);
  const others = contact.extras.filter((extra) => extra.name !== 'X-CSV').length;
  if (others) warn(`${others} other properties`);
  return row;
}

/** Google's header: the fixed columns, then as many of each numbered group as the rows use. */
function googleColumns(rows: Row[]): string[] {
  const columns = [...GOOGLE_FIXED];
  for (const [kind, parts] of GOOGLE_GROUPS) {
    let count = 0;
    for (const row of rows)
      for (const column of row.keys()) {
        const match = column.startsWith(`${kind} `) && /^.+ (\d+) - /.exec(column);
        if (match) count = Math.max(count, Number(match[1]));
      }
    for (
      let index = 1;
      index <= Math.max(count, kind === 'E-mail' || kind === 'Phone' ? 1 : 0);
      index++
    ) {
      columns.push(...parts.map((part) => `${kind} ${index} - ${part}`));
    }
  }
  return columns;
}
