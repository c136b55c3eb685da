import type { Contact, ContactAddress, ContactIm } from './contact.js';
import { addressLines } from './format.js';
import { isInternationalNumber, normalizePhone } from './phone.js';

/** The one-click actions a contact offers; `contact-action` events carry one of these kinds. */
export const ACTION_KINDS = ['email', 'phone', 'sms', 'fax', 'im', 'map'] as const;
/** One of ACTION_KINDS. */
export type ActionKind = (typeof ACTION_KINDS)[number];

/** A link that can be followed, or the reason it cannot (shown to the user, unclickable). */
export type LinkResult = { ok: true; href: string } | { ok: false; reason: string };

/** Where "Access map" opens. */
export type MapProvider = 'google' | 'openstreetmap';

/** Why a fax number is not clickable. */
export const FAX_NOT_INTERNATIONAL = 'Enter it in international format';
/** Why "Access map" is disabled. */
export const NO_ADDRESS = 'No postal address';

/** A mailto: link (RFC 6068) to one or several addresses, with an optional subject and body. */
export function mailtoHref(
  addresses: string | readonly string[],
  { subject, body }: { subject?: string; body?: string } = {},
): string {
  const to = [addresses]
    .flat()
    // '@' stays readable; everything else that could break the URI is escaped.
    .map((address) => encodeURIComponent(address.trim()).replace(/%40/g, '@'))
    .join(',');
  return `mailto:${to}${query({ subject, body })}`;
}

/** A tel: link (RFC 3966): E.164 when the number parses (in the default region), else its dialable characters. */
export function telHref(value: string, { region }: { region?: string } = {}): string {
  return `tel:${dialable(value, region)}`;
}

/** An sms: link (RFC 5724) to one or several numbers, with an optional prefilled body. */
export function smsHref(
  numbers: string | readonly string[],
  { body, region }: { body?: string; region?: string } = {},
): string {
  const to = [numbers]
    .flat()
    .map((number) => dialable(number, region))
    .join(',');
  return `sms:${to}${query({ body })}`;
}

/**
 * A fax: link (RFC 2806) for a number written in international format; a number without + and
 * country code is refused with the hint to fix it, since a fax service cannot guess the country.
 */
export function faxLink(value: string): LinkResult {
  if (!isInternationalNumber(value)) return { ok: false, reason: FAX_NOT_INTERNATIONAL };
  return { ok: true, href: `fax:${normalizePhone(value)}` };
}

/** IM URI schemes that become links, with the service name a user recognises. */
export const IM_SCHEMES: Readonly<Record<string, string>> = {
  // Skype was retired in 2025: its links stay for the data that has them.
  skype: 'Skype',
  xmpp: 'XMPP',
  sip: 'SIP',
  sips: 'SIP',
  msteams: 'Microsoft Teams',
  im: 'IM',
  aim: 'AIM',
  ymsgr: 'Yahoo Messenger',
  gtalk: 'Google Talk',
  irc: 'IRC',
  ircs: 'IRC',
  matrix: 'Matrix',
  tg: 'Telegram',
  whatsapp: 'WhatsApp',
  facetime: 'FaceTime',
  icq: 'ICQ',
};

/** vCard 3 services (X-SKYPE, TYPE=jabber…) written without a scheme, and the scheme they mean. */
const SERVICE_SCHEMES: Readonly<Record<string, string>> = {
  skype: 'skype',
  jabber: 'xmpp',
  xmpp: 'xmpp',
  'google talk': 'xmpp',
  gtalk: 'xmpp',
  sip: 'sip',
  teams: 'msteams',
  msteams: 'msteams',
  'microsoft teams': 'msteams',
  aim: 'aim',
  yahoo: 'ymsgr',
  icq: 'icq',
  irc: 'irc',
  matrix: 'matrix',
  telegram: 'tg',
};

/** An IM address ready to show: the service label, the address without its scheme, and a link when the scheme is known. */
export interface ImLink {
  /** The URI scheme (lower case), when there is one. */
  scheme?: string;
  /** "Skype", "XMPP"… or the contact's own service name. */
  label: string;
  /** The address as a person reads it: `jane@example.org` for `xmpp:jane@example.org`. */
  address: string;
  /** The link, only for a known scheme: never `javascript:` or another scheme we do not know. */
  href?: string;
}

/** Reads an IM value (a URI such as `xmpp:jane@example.org`, or a bare address with a service) as a link. */
export function imLink(im: Pick<ContactIm, 'value' | 'service'>): ImLink {
  const value = im.value.trim();
  const match = /^([a-z][a-z0-9+.-]*):(.*)$/i.exec(value);
  const scheme = match
    ? match[1]!.toLowerCase()
    : SERVICE_SCHEMES[im.service?.trim().toLowerCase() ?? ''];
  const rest = match ? match[2]! : value;
  const label = im.service?.trim() || (scheme && IM_SCHEMES[scheme]) || scheme || 'IM';
  if (!scheme || !(scheme in IM_SCHEMES) || !rest) return { scheme, label, address: rest || value };
  // `skype:jane?call` and `msteams:/l/chat/0/0?users=jane@x` read as the person's address.
  const users = /[?&]users=([^&]+)/.exec(rest);
  const address = users
    ? decodeURIComponent(users[1]!)
    : rest.replace(/^\/\//, '').replace(/\?.*$/, '');
  const href = match
    ? value
    : `${scheme}:${scheme === 'msteams' ? `/l/chat/0/0?users=${encodeURIComponent(rest)}` : rest}`;
  return { scheme, label, address, href };
}

/** A postal address on one line, as a map search reads it (a P.O. box is no place on a map). */
export function formatAddress(address: ContactAddress): string {
  return addressLines({ ...address, pobox: undefined }).join(', ');
}

/** The map provider's search page for an address. */
export function mapHref({
  address,
  provider = 'google',
}: {
  address: ContactAddress;
  provider?: MapProvider;
}): string {
  const text = encodeURIComponent(formatAddress(address));
  return provider === 'openstreetmap'
    ? `https://www.openstreetmap.org/search?query=${text}`
    : `https://www.google.com/maps/search/?api=1&query=${text}`;
}

/** One "Access map" entry of a contact. */
export interface MapLink {
  address: ContactAddress;
  /** The address on one line. */
  text: string;
  href: string;
}

/**
 * The map links of a contact, home and work addresses first (a P.O. box alone is no place on a
 * map); none gives the reason "Access map" is disabled.
 */
export function contactMapLinks({
  contact,
  provider = 'google',
}: {
  contact: Pick<Contact, 'addresses'>;
  provider?: MapProvider;
}): { ok: true; links: MapLink[] } | { ok: false; reason: string } {
  const rank = (address: ContactAddress) =>
    address.type === 'home' || address.type === 'work' ? 0 : 1;
  const links = contact.addresses
    .filter((address) => formatAddress(address))
    .sort((a, b) => rank(a) - rank(b))
    .map((address) => ({
      address,
      text: formatAddress(address),
      href: mapHref({ address, provider }),
    }));
  return links.length ? { ok: true, links } : { ok: false, reason: NO_ADDRESS };
}

/** The dialable form of a number: E.164 when it parses, else digits, +, *, # only. */
function dialable(value: string, region: string | undefined): string {
  const normalized = normalizePhone(value, region);
  return normalized.startsWith('+') ? normalized : normalized.replace(/[^\d+*#]/g, '');
}

/** `?a=1&b=2` from the defined values (RFC 6068 and 5724 encode spaces as %20, not +). */
function query(values: Record<string, string | undefined>): string {
  const pairs = Object.entries(values)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/**
 * The link for a website value: http(s) as given, a bare host ("example.org/about") as https;
 * anything else (javascript:, data:, a sentence) is no link at all.
 */
export function webHref(value: string): string | undefined {
  const text = value.trim();
  const candidate = /^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return /^[^\s.]+(\.[^\s.]+)+$/.test(url.hostname) || url.hostname === 'localhost'
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}
