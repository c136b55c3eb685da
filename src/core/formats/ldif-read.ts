// LDIF (RFC 2849) → contacts: Thunderbird's mozillaAbPersonAlpha schema, plain inetOrgPerson,
// and the Thunderbird 2 attribute names (homeStreet, company, …).
import type { ContactPhone } from '../contact.js';
import {
  addAddress,
  addEmail,
  finishDraft,
  newDraft,
  present,
  type ContactDraft,
} from './contact-draft.js';
import { decodeBytes, decodeFile } from './text-decode.js';
import { emptyResult, type ImportResult } from './types.js';
import { escapeText } from './vcard-values.js';

interface LdifEntry {
  line: number;
  attributes: { name: string; value: string; line: number }[];
}

/** Reads every entry of an LDIF file; group entries (groupOfNames) are reported and skipped. */
export function readLdif(bytes: Uint8Array): ImportResult {
  const result = emptyResult();
  const entries = readEntries(decodeFile(bytes).text, result);
  entries.forEach((entry, index) => {
    const where = { record: index + 1, line: entry.line };
    const classes = entry.attributes
      .filter((attribute) => attribute.name === 'objectclass')
      .map((attribute) => attribute.value.toLowerCase());
    if (classes.includes('groupofnames') || classes.includes('groupofuniquenames')) {
      result.problems.push({
        ...where,
        message: 'A mailing list (groupOfNames), not a contact: skipped',
      });
      return;
    }
    const draft = newDraft();
    mapEntry(entry, draft, (line, message) =>
      result.problems.push({ record: where.record, line, message }),
    );
    finishDraft(draft, result, where);
  });
  return result;
}

function readEntries(text: string, result: ImportResult): LdifEntry[] {
  const entries: LdifEntry[] = [];
  let entry: LdifEntry | undefined;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index];
    const lineNumber = index + 1;
    if (line.trim() === '') {
      entry = undefined;
      continue;
    }
    if (line.startsWith('#')) continue;
    // RFC 2849 §2: a line starting with one space continues the previous one.
    while (lines[index + 1]?.startsWith(' ')) line += lines[++index].slice(1);
    const match = /^([A-Za-z0-9;.-]+)(::?|:<)\s*(.*)$/s.exec(line);
    if (!match) {
      result.problems.push({
        record: entries.length,
        line: lineNumber,
        message: 'Not an LDIF attribute line: ignored',
      });
      continue;
    }
    const [, rawName, separator, rawValue] = match;
    const name = rawName.split(';')[0].toLowerCase();
    if (name === 'version' && !entry) continue;
    let value = rawValue;
    if (separator === '::') {
      try {
        value = decodeBase64(rawValue);
      } catch {
        const message = `${rawName}: not valid base64, kept as written`;
        result.problems.push({ record: entries.length, line: lineNumber, message });
      }
    }
    if (!entry || name === 'dn') {
      if (!entry || entry.attributes.length) {
        entry = { line: lineNumber, attributes: [] };
        entries.push(entry);
      }
    }
    entry.attributes.push({ name, value, line: lineNumber });
  }
  return entries;
}

function decodeBase64(value: string): string {
  const binary = atob(value.replace(/\s+/g, ''));
  return decodeBytes(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

const PHONES: Record<string, ContactPhone['type']> = {
  telephonenumber: 'work',
  homephone: 'home',
  facsimiletelephonenumber: 'fax',
  fax: 'fax',
  pager: 'pager',
  pagerphone: 'pager',
  mobile: 'cell',
  cellphone: 'cell',
  carphone: 'other',
};

const ADDRESS: Record<string, ['home' | 'work', string]> = {
  mozillahomestreet: ['home', 'street'],
  homestreet: ['home', 'street'],
  mozillahomestreet2: ['home', 'extended'],
  mozillahomelocalityname: ['home', 'locality'],
  homelocalityname: ['home', 'locality'],
  mozillahomestate: ['home', 'region'],
  homestate: ['home', 'region'],
  mozillahomepostalcode: ['home', 'postalCode'],
  homepostalcode: ['home', 'postalCode'],
  mozillahomecountryname: ['home', 'country'],
  homecountryname: ['home', 'country'],
  street: ['work', 'street'],
  streetaddress: ['work', 'street'],
  postaladdress: ['work', 'street'],
  mozillaworkstreet2: ['work', 'extended'],
  l: ['work', 'locality'],
  locality: ['work', 'locality'],
  st: ['work', 'region'],
  postalcode: ['work', 'postalCode'],
  c: ['work', 'country'],
  co: ['work', 'country'],
  countryname: ['work', 'country'],
};

/** Attributes about the entry, not the person. */
const DROPPED = new Set(['dn', 'objectclass', 'modifytimestamp', 'createtimestamp', 'member']);

function mapEntry(
  entry: LdifEntry,
  draft: ContactDraft,
  report: (line: number, message: string) => void,
): void {
  const addresses = { home: {} as Record<string, string>, work: {} as Record<string, string> };
  const birth: Record<string, string> = {};
  for (const { name, value, line } of entry.attributes) {
    if (!value.trim() || DROPPED.has(name)) continue;
    const phone = PHONES[name];
    const address = ADDRESS[name];
    if (phone) draft.phones.push({ value, type: phone });
    else if (address) addresses[address[0]][address[1]] = value;
    else if (!mapAttribute(name, value, draft, birth, (message) => report(line, message))) {
      draft.extras.push({ name: 'X-LDIF', params: { ATTRIBUTE: name }, value: escapeText(value) });
    }
  }
  addAddress(draft, { type: 'home', ...addresses.home });
  addAddress(draft, { type: 'work', ...addresses.work });
  if (birth.month && birth.day) {
    const pad = (value: string) => value.padStart(2, '0');
    draft.birthday = birth.year
      ? `${birth.year}-${pad(birth.month)}-${pad(birth.day)}`
      : `--${pad(birth.month)}-${pad(birth.day)}`;
  }
}

function mapAttribute(
  name: string,
  value: string,
  draft: ContactDraft,
  birth: Record<string, string>,
  report: (message: string) => void,
): boolean {
  switch (name) {
    case 'cn':
    case 'displayname':
      draft.formattedName ||= value;
      return true;
    case 'givenname':
      draft.name.given = value;
      return true;
    case 'sn':
    case 'surname':
      draft.name.family = value;
      return true;
    case 'mozillanickname':
    case 'xmozillanickname':
      draft.nickname = value;
      return true;
    case 'mail':
    case 'mozillasecondemail':
    case 'xmozillasecondemail':
      return addEmail(draft, { value, pref: name === 'mail' || undefined }, report);
    case 'title':
      draft.title = value;
      return true;
    case 'ou':
    case 'department':
      draft.department = value;
      return true;
    case 'o':
    case 'company':
      draft.organization = value;
      return true;
    case 'mozillaworkurl':
    case 'workurl':
      draft.urls.push({ value, type: 'work' });
      return true;
    case 'mozillahomeurl':
    case 'homeurl':
      draft.urls.push({ value, type: 'home' });
      return true;
    case 'labeleduri': {
      const [uri, ...label] = value.split(' ');
      draft.urls.push({ value: uri, label: present(label.join(' ')) });
      return true;
    }
    case 'nsaimid':
      draft.ims.push({ value: `aim:${value}`, service: 'AIM' });
      return true;
    case 'birthyear':
    case 'birthmonth':
    case 'birthday':
      birth[name.slice(5)] = value.trim();
      return true;
    case 'description':
      draft.notes.push(value.replace(/\r\n/g, '\n'));
      return true;
    case 'mozillacustom1':
    case 'mozillacustom2':
    case 'mozillacustom3':
    case 'mozillacustom4':
      // Thunderbird's own vCard export writes these as X-CUSTOM1…4.
      draft.extras.push({
        name: `X-CUSTOM${name.slice(-1)}`,
        params: {},
        value: escapeText(value),
      });
      return true;
  }
  return false;
}
