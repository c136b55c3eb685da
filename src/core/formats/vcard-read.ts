// vCard 2.1 / 3.0 / 4.0 → contacts. The line reader does the syntax; this maps properties,
// including the vendor ones (Apple item groups, X-MS-*, X-EVOLUTION-*, X-AIM …), to fields.
import type { ContactExtra, ContactPhone } from '../contact.js';
import {
  addAddress,
  addEmail,
  addTags,
  finishDraft,
  newDraft,
  present,
  type ContactDraft,
} from './contact-draft.js';
import { emptyResult, type ImportResult } from './types.js';
import { readVCardBlocks, type VCardBlock, type VCardProperty } from './vcard-lines.js';
import {
  listValue,
  parseDate,
  readableLabel,
  splitEscaped,
  structuredValue,
  unescapeText,
} from './vcard-values.js';

/** Reads every card of a vCard file (any version, any encoding); one bad card costs only itself. */
export function readVCard(bytes: Uint8Array): ImportResult {
  const { blocks, problems } = readVCardBlocks(bytes);
  const result = emptyResult();
  result.problems.push(...problems);
  blocks.forEach((block, index) => {
    const where = { record: index + 1, line: block.line };
    try {
      const kind = block.properties.find((property) => property.name === 'KIND');
      if (kind && /^group$/i.test(kind.value.trim())) {
        result.problems.push({
          ...where,
          message: 'A group card (KIND:group), not a contact: skipped',
        });
        return;
      }
      const draft = newDraft();
      mapBlock(block, draft, (line, message) =>
        result.problems.push({ record: where.record, line, message }),
      );
      finishDraft(draft, result, where);
    } catch (error) {
      result.problems.push({ ...where, message: `Not imported: ${String(error)}` });
    }
  });
  return result;
}

type Report = (line: number, message: string) => void;

const IM_PROPERTIES: Record<string, { scheme: string; service: string }> = {
  'X-AIM': { scheme: 'aim', service: 'AIM' },
  'X-ICQ': { scheme: 'icq', service: 'ICQ' },
  'X-JABBER': { scheme: 'xmpp', service: 'Jabber' },
  'X-GTALK': { scheme: 'xmpp', service: 'Google Talk' },
  'X-GOOGLE-TALK': { scheme: 'xmpp', service: 'Google Talk' },
  'X-MSN': { scheme: 'msnim', service: 'MSN' },
  'X-YAHOO': { scheme: 'ymsgr', service: 'Yahoo' },
  'X-SKYPE': { scheme: 'skype', service: 'Skype' },
  'X-SKYPE-USERNAME': { scheme: 'skype', service: 'Skype' },
  'X-QQ': { scheme: 'qq', service: 'QQ' },
  'X-GADUGADU': { scheme: 'gg', service: 'Gadu-Gadu' },
  'X-MS-IMADDRESS': { scheme: 'im', service: 'IM' },
};

const RELATED_PROPERTIES: Record<string, string> = {
  'X-SPOUSE': 'spouse',
  'X-EVOLUTION-SPOUSE': 'spouse',
  'X-MS-SPOUSE': 'spouse',
  'X-MANAGER': 'manager',
  'X-EVOLUTION-MANAGER': 'manager',
  'X-MS-MANAGER': 'manager',
  'X-ASSISTANT': 'assistant',
  'X-EVOLUTION-ASSISTANT': 'assistant',
  'X-MS-ASSISTANT': 'assistant',
};

const ANNIVERSARY_PROPERTIES = new Set([
  'ANNIVERSARY',
  'X-ANNIVERSARY',
  'X-MS-ANNIVERSARY',
  'X-EVOLUTION-ANNIVERSARY',
]);
/** TYPE values with a meaning of their own; any other one is a custom label. */
const KNOWN_TYPES = new Set(
  'pref voice home work cell mobile fax pager other internet x400 msg text video bbs modem car isdn pcs textphone dom intl postal parcel'.split(
    ' ',
  ),
);
/** Properties that describe the file, not the contact: regenerated on export. */
const DROPPED = new Set(['VERSION', 'PRODID', 'REV']);

function mapBlock({ properties }: VCardBlock, draft: ContactDraft, report: Report): void {
  const labels = new Map<string, string>();
  for (const property of properties) {
    if (property.name === 'X-ABLABEL' && property.group)
      labels.set(property.group.toLowerCase(), unescapeText(property.value));
  }
  const usedGroups = new Set<string>();
  const labelOf = (property: VCardProperty): string | undefined => {
    const label = property.group && labels.get(property.group.toLowerCase());
    if (!label) return undefined;
    usedGroups.add(property.group!.toLowerCase());
    return readableLabel(label);
  };
  const appleOf = (property: VCardProperty): string | undefined => {
    const label = property.group && labels.get(property.group.toLowerCase());
    return (label && /^_\$!<(.*)>!\$_$/.exec(label.trim())?.[1]) || undefined;
  };
  const extras: { property: VCardProperty; extra: ContactExtra }[] = [];
  const keep = (property: VCardProperty) => extras.push({ property, extra: toExtra(property) });

  for (const property of properties) {
    if (!mapProperty(property, draft, { labelOf, appleOf }, report)) keep(property);
  }
  for (const { property, extra } of extras) {
    // A label whose property was mapped is not an extra any more.
    if (property.name === 'X-ABLABEL' && usedGroups.has(property.group!.toLowerCase())) continue;
    draft.extras.push(extra);
  }
}

/** A property's X-ABLabel as a readable label, and Apple's built-in code (`Mobile`) if it is one. */
interface Labels {
  labelOf: (property: VCardProperty) => string | undefined;
  appleOf: (property: VCardProperty) => string | undefined;
}

type Place = 'home' | 'work' | 'other';
/** Apple's built-in labels that are a type of ours, not a custom label. */
const APPLE_PLACES: Record<string, Place> = { Home: 'home', Work: 'work', Other: 'other' };
const APPLE_PHONES: Record<string, Pick<ContactPhone, 'type' | 'label'>> = {
  Mobile: { type: 'cell' },
  iPhone: { type: 'cell' },
  Main: { type: 'other', label: 'main' },
  HomeFAX: { type: 'fax', label: 'home' },
  WorkFAX: { type: 'fax', label: 'work' },
  Pager: { type: 'pager' },
  ...Object.fromEntries(Object.entries(APPLE_PLACES).map(([code, type]) => [code, { type }])),
};
const APPLE_URLS: Record<string, string> = { HomePage: 'home page', ...APPLE_PLACES };

/** Maps one property into the draft; false when it belongs in the extras. */
function mapProperty(
  property: VCardProperty,
  draft: ContactDraft,
  { labelOf, appleOf }: Labels,
  report: Report,
): boolean {
  const { name, params, value } = property;
  // Most properties have no TYPE: the common case allocates nothing.
  const types = params.TYPE ? typeValues(params.TYPE) : NO_TYPES;
  const pref = params.PREF !== undefined || types.includes('pref');
  const customType = types.length ? types.find((type) => !KNOWN_TYPES.has(type)) : undefined;
  const text = () => unescapeText(value);
  switch (name) {
    case 'FN':
      if (draft.formattedName) return false;
      draft.formattedName = text();
      return true;
    case 'N': {
      if (Object.keys(draft.name).length) return false;
      // A component may be a list ("Richter,James"): its items read as one name part.
      const parts = splitEscaped(value, ';').map((part) => listValue(part).join(' '));
      const [family, given, additional, prefix, suffix] = parts;
      draft.name = { family, given, additional, prefix, suffix };
      return true;
    }
    case 'NICKNAME':
      draft.nickname = [draft.nickname, ...listValue(value)].filter(Boolean).join(', ');
      return true;
    case 'ORG': {
      if (draft.organization !== undefined) return false;
      const [organization, ...units] = structuredValue(value);
      if (!organization && !units.some(Boolean)) return true;
      draft.organization = organization;
      draft.department = present(units.filter(Boolean).join(', '));
      return true;
    }
    case 'TITLE':
    case 'ROLE': {
      const key = name === 'TITLE' ? 'title' : 'role';
      if (draft[key] !== undefined) return false;
      draft[key] = present(text());
      return true;
    }
    case 'EMAIL': {
      const apple = APPLE_PLACES[appleOf(property) ?? ''];
      const label = apple ? (labelOf(property), undefined) : (labelOf(property) ?? customType);
      const type =
        apple ??
        (types.find((item) => item === 'home' || item === 'work' || item === 'other') as
          Place | undefined);
      return addEmail(draft, { value: text(), type, label, pref: pref || undefined }, (message) =>
        report(property.line, message),
      );
    }
    case 'TEL': {
      const phone = text()
        .replace(/^tel:/i, '')
        .replace(/;ext=([^;]*)/i, ' ext. $1')
        .trim();
      if (!phone) return true;
      const apple = APPLE_PHONES[appleOf(property) ?? ''];
      const label = labelOf(property);
      const type = apple?.type ?? phoneType(types);
      // TYPE=HOME,FAX: where the fax is, as the CSV reader labels Outlook's "Home Fax".
      const place = type === 'fax' ? types.find((item) => item === 'home' || item === 'work') : '';
      draft.phones.push({
        value: phone,
        type,
        label: apple ? apple.label : (label ?? customType ?? present(place)),
        pref: pref || undefined,
      });
      return true;
    }
    case 'ADR': {
      const [pobox, extended, street, locality, region, postalCode, country] =
        structuredValue(value);
      const apple = APPLE_PLACES[appleOf(property) ?? ''];
      const label = labelOf(property);
      const type =
        apple ??
        (types.find((item) => item === 'home' || item === 'work' || item === 'other') as
          Place | undefined);
      const before = draft.addresses.length;
      addAddress(draft, {
        type,
        label: apple ? undefined : (label ?? customType),
        pobox,
        extended,
        street,
        locality,
        region,
        postalCode,
        country,
      });
      if (pref && draft.addresses.length > before && before > 0)
        draft.addresses.unshift(draft.addresses.pop()!);
      return true;
    }
    case 'URL':
      if (!value.trim()) return true;
      {
        const apple = APPLE_URLS[appleOf(property) ?? ''];
        const label = labelOf(property);
        draft.urls.push({
          value: text(),
          type: apple ?? present(typeList(params)),
          label: apple ? undefined : label,
        });
        return true;
      }
    case 'IMPP':
      draft.ims.push({
        value: text(),
        service: params['X-SERVICE-TYPE']?.[0],
        type: present(typeList(params)),
      });
      return true;
    case 'BDAY':
      return setDate(draft, 'birthday', property, report);
    case 'X-ABDATE':
      if (!/anniversary/i.test(labelOf(property) ?? '')) return false;
      return setDate(draft, 'anniversary', property, report);
    case 'RELATED':
    case 'X-ABRELATEDNAMES':
      draft.related.push({
        value: text(),
        type: present(labelOf(property) ?? params.TYPE?.join(',')),
      });
      return true;
    case 'NOTE':
      if (text().trim()) draft.notes.push(text());
      return true;
    case 'PHOTO':
      return setPhoto(draft, property);
    case 'CATEGORIES':
      addTags(draft, listValue(value));
      return true;
    case 'KIND':
      if (/^org(anization)?$/i.test(value.trim())) draft.kind = 'organization';
      return /^(org(anization)?|individual)$/i.test(value.trim());
    case 'X-ABSHOWAS':
      if (/^company$/i.test(value.trim())) draft.kind = 'organization';
      return true;
  }
  if (DROPPED.has(name)) return true;
  if (ANNIVERSARY_PROPERTIES.has(name)) return setDate(draft, 'anniversary', property, report);
  const im = IM_PROPERTIES[name];
  if (im && value.trim()) {
    const handle = text().trim();
    draft.ims.push({
      value: /^[a-z][a-z0-9+.-]*:/i.test(handle) ? handle : `${im.scheme}:${handle}`,
      service: im.service,
      type: present(params.TYPE?.join(',')),
    });
    return true;
  }
  const relation = RELATED_PROPERTIES[name];
  if (relation && value.trim()) {
    draft.related.push({ value: text(), type: relation });
    return true;
  }
  return false;
}

const NO_TYPES: string[] = [];

/** TYPE values, split on commas, lower case. */
function typeValues(values: string[]): string[] {
  return values.flatMap((type) => type.split(',')).map((type) => type.trim().toLowerCase());
}

/** TYPE values but 'pref' (a preference, not a kind), joined. */
function typeList(params: Record<string, string[]>): string {
  return (params.TYPE ?? []).filter((type) => type.toLowerCase() !== 'pref').join(',');
}

function phoneType(types: string[]): ContactPhone['type'] {
  if (types.includes('fax')) return 'fax';
  if (types.includes('pager')) return 'pager';
  if (
    types.some(
      (type) => type === 'cell' || type === 'mobile' || type === 'iphone' || type === 'x-mobil',
    )
  )
    return 'cell';
  if (types.includes('work')) return 'work';
  if (types.includes('home')) return 'home';
  return 'other';
}

function setDate(
  draft: ContactDraft,
  key: 'birthday' | 'anniversary',
  property: VCardProperty,
  report: Report,
): boolean {
  if (draft[key] !== undefined || property.params.VALUE?.[0]?.toLowerCase() === 'text')
    return false;
  const date = parseDate(unescapeText(property.value), property.params['X-APPLE-OMIT-YEAR']?.[0]);
  if (!date) {
    report(
      property.line,
      `${property.name} "${property.value}" is not a date: kept as an extra property`,
    );
    return false;
  }
  draft[key] = date;
  return true;
}

function setPhoto(draft: ContactDraft, property: VCardProperty): boolean {
  if (draft.photo) return false;
  const dataUri = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(property.value.trim());
  if (dataUri && dataUri[2]) {
    draft.photo = { mediaType: dataUri[1] ?? sniffImageType(dataUri[3]), data: dataUri[3] };
    return true;
  }
  if (!property.base64 || !property.value) return false;
  const declared = [
    ...(property.params.TYPE ?? []),
    ...(property.params.MEDIATYPE ?? []),
  ][0]?.toLowerCase();
  const mediaType = declared
    ? declared.includes('/')
      ? declared
      : `image/${declared}`
    : sniffImageType(property.value);
  draft.photo = { mediaType, data: property.value };
  return true;
}

/** The image type from the first base64 characters (JPEG, PNG, GIF), JPEG when unknown. */
function sniffImageType(base64: string): string {
  if (base64.startsWith('iVBOR')) return 'image/png';
  if (base64.startsWith('R0lG')) return 'image/gif';
  return 'image/jpeg';
}

function toExtra(property: VCardProperty): ContactExtra {
  const params = Object.fromEntries(
    Object.entries(property.params).map(([key, values]) => [key, values.join(',')]),
  );
  return {
    name: property.name,
    ...(property.group ? { group: property.group } : {}),
    params,
    value: property.value,
  };
}
