// Contacts → vCard 4.0 (RFC 6350) or 3.0 (RFC 2426, the way Apple and Google write it).
// Hand-written rather than built with `vcard4`'s classes: that package writes 4.0 only, escapes
// ':' in text (RFC 6350 §3.4 does not; ical.js would read "\:" back literally), and refuses
// the empty values and unknown properties our extras carry.
import { deriveFormattedName, type ContactExtra } from '../contact.js';
import type { ExportContact } from './types.js';
import { escapeText, escapeUri, formatParamValue } from './vcard-values.js';

/** The vCard versions we write. */
export type VCardVersion = '4.0' | '3.0';

/** Options of `writeVCard`. */
export interface WriteVCardOptions {
  version?: VCardVersion;
}

/** One file holding every contact (CRLF, folded at 75 octets). */
export function writeVCard(
  contacts: readonly ExportContact[],
  { version = '4.0' }: WriteVCardOptions = {},
): string {
  return contacts.map((contact) => writeCard(contact, version)).join('');
}

/** Apple's labels for the relations it knows (3.0 X-ABRELATEDNAMES). */
const APPLE_RELATIONS = [
  'father',
  'mother',
  'parent',
  'brother',
  'sister',
  'child',
  'friend',
  'spouse',
  'partner',
  'assistant',
  'manager',
];
/** The year Apple writes for a birthday without one (X-APPLE-OMIT-YEAR). */
const OMIT_YEAR = '1604';
/** Properties an extra may not carry: they would break the card. */
const RESERVED = new Set(['BEGIN', 'END', 'VERSION']);

type Params = [string, string | undefined][];

function writeCard(contact: ExportContact, version: VCardVersion): string {
  const v4 = version === '4.0';
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${version}`];
  const usedGroups = new Set(
    contact.extras.map((extra) => extra.group?.toLowerCase()).filter(Boolean),
  );
  let groupCounter = 0;
  const push = (name: string, params: Params, value: string, label?: string) => {
    let group = '';
    if (label !== undefined) {
      do group = `item${++groupCounter}`;
      while (usedGroups.has(group));
      lines.push(`${group}.X-ABLabel:${escapeText(label)}`);
      group += '.';
    }
    const written = params.filter(([, param]) => param !== undefined && param !== '');
    lines.push(
      `${group}${name}${written.map(([key, param]) => `;${key}=${formatParamValue(param!)}`).join('')}:${value}`,
    );
  };
  const pref = (isPref: boolean | undefined): Params =>
    isPref ? [v4 ? ['PREF', '1'] : ['TYPE', 'pref']] : [];

  if (contact.kind === 'organization') {
    if (v4) push('KIND', [], 'org');
    else push('X-ABShowAs', [], 'COMPANY');
  }
  push(
    'FN',
    [],
    escapeText(contact.formattedName.trim() ? contact.formattedName : deriveFormattedName(contact)),
  );
  const { family, given, additional, prefix, suffix } = contact.name;
  push(
    'N',
    [],
    [family, given, additional, prefix, suffix].map((part) => escapeText(part ?? '')).join(';'),
  );
  if (contact.nickname) push('NICKNAME', [], escapeText(contact.nickname));
  if (contact.organization !== undefined || contact.department !== undefined) {
    const units = contact.department !== undefined ? [contact.department] : [];
    push('ORG', [], [contact.organization ?? '', ...units].map(escapeText).join(';'));
  }
  if (contact.title !== undefined) push('TITLE', [], escapeText(contact.title));
  if (contact.role !== undefined) push('ROLE', [], escapeText(contact.role));
  for (const email of contact.emails) {
    const types: Params = [
      ['TYPE', v4 ? undefined : 'internet'],
      ['TYPE', email.type],
    ];
    push('EMAIL', [...types, ...pref(email.pref)], escapeText(email.value), email.label);
  }
  for (const phone of contact.phones) {
    const type = phone.type === 'other' ? undefined : phone.type;
    const voice: Params = phone.type === 'cell' && !v4 ? [['TYPE', 'voice']] : [];
    // A home or work fax is TYPE=fax,home as every client writes it, not a custom label.
    const place = phone.type === 'fax' && (phone.label === 'home' || phone.label === 'work');
    push(
      'TEL',
      [
        ['TYPE', type],
        ...(place ? [['TYPE', phone.label] as Params[number]] : voice),
        ...pref(phone.pref),
      ],
      escapeText(phone.value),
      place ? undefined : phone.label,
    );
  }
  for (const address of contact.addresses) {
    const parts = [
      address.pobox,
      address.extended,
      address.street,
      address.locality,
      address.region,
      address.postalCode,
      address.country,
    ];
    push(
      'ADR',
      [['TYPE', address.type]],
      parts.map((part) => escapeText(part ?? '')).join(';'),
      address.label,
    );
  }
  for (const url of contact.urls)
    push('URL', [['TYPE', url.type]], escapeUri(url.value), url.label);
  for (const im of contact.ims)
    push(
      'IMPP',
      [
        ['X-SERVICE-TYPE', im.service],
        ['TYPE', im.type],
      ],
      escapeUri(im.value),
    );
  if (contact.birthday) push('BDAY', ...writeDate(contact.birthday, v4));
  if (contact.anniversary)
    push(v4 ? 'ANNIVERSARY' : 'X-ANNIVERSARY', ...writeDate(contact.anniversary, v4));
  for (const related of contact.related) {
    if (v4)
      push(
        'RELATED',
        [
          ['VALUE', 'text'],
          ['TYPE', related.type],
        ],
        escapeText(related.value),
      );
    else {
      const label =
        related.type && APPLE_RELATIONS.includes(related.type)
          ? `_$!<${related.type[0].toUpperCase()}${related.type.slice(1)}>!$_`
          : related.type;
      push('X-ABRELATEDNAMES', [], escapeText(related.value), label);
    }
  }
  if (contact.note !== undefined) push('NOTE', [], escapeText(contact.note));
  if (contact.photo) {
    const { mediaType, data } = contact.photo;
    if (v4) push('PHOTO', [], `data:${mediaType};base64,${data}`);
    else
      push(
        'PHOTO',
        [
          ['ENCODING', 'b'],
          ['TYPE', mediaType.replace(/^image\//, '').toUpperCase()],
        ],
        data,
      );
  }
  if (contact.tags?.length) push('CATEGORIES', [], contact.tags.map(escapeText).join(','));
  for (const extra of contact.extras) {
    if (!RESERVED.has(extra.name.toUpperCase()) && /^[A-Za-z0-9-]+$/.test(extra.name))
      lines.push(writeExtra(extra));
  }
  lines.push('END:VCARD');
  return lines.map(fold).join('');
}

/** A date in the version's form: 4.0 basic (19700415, --0415), 3.0 extended with Apple's omitted year. */
function writeDate(date: string, v4: boolean): [Params, string] {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(date);
  if (v4) return [[], yearless ? `--${yearless[1]}${yearless[2]}` : date.replace(/-/g, '')];
  return yearless
    ? [[['X-APPLE-OMIT-YEAR', OMIT_YEAR]], `${OMIT_YEAR}-${yearless[1]}-${yearless[2]}`]
    : [[], date];
}

// An extra goes back as it came: its value is already vCard text; a multi-valued parameter
// stays multi-valued (each value quoted on its own when it must be).
function writeExtra({ name, group, params, value }: ContactExtra): string {
  const written = Object.entries(params)
    .map(([key, param]) => `;${key}=${param.split(',').map(formatParamValue).join(',')}`)
    .join('');
  const safeGroup = group && /^[A-Za-z0-9-]+$/.test(group) ? `${group}.` : '';
  return `${safeGroup}${name}${written}:${value.replace(/\r\n|\r|\n/g, '\\n')}`;
}

/** Folds a line at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2); adds CRLF. */
function fold(line: string): string {
  if (line.length <= 75 && /^\p{ASCII}*$/u.test(line)) return `${line}\r\n`;
  let out = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      out += '\r\n ';
      octets = 0;
      limit = 74;
    }
    out += char;
    octets += size;
  }
  return `${out}\r\n`;
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
