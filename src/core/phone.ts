import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import { phoneMetadata } from './phone-metadata.js';

export { isPhoneMetadataLoaded, loadPhoneMetadata } from './phone-metadata.js';

/** libphonenumber-js's parse with the loaded metadata: undefined when the text is no number. */
export function parsePhone(text: string, region?: string): PhoneNumber | undefined {
  return parsePhoneNumberFromString(
    text,
    { defaultCountry: region as CountryCode | undefined },
    phoneMetadata(),
  );
}

/** A phone number in E.164 (`+3225551234`) when libphonenumber-js can read it, else as typed (trimmed). */
export function normalizePhone(value: string, defaultRegion?: string): string {
  const trimmed = value.trim();
  const parsed = parsePhone(trimmed, defaultRegion);
  return parsed && parsed.isPossible() ? parsed.number : trimmed;
}

/** National format within the user's region, international otherwise; unparseable numbers as stored. */
export function formatPhone(value: string, { region }: { region?: string } = {}): string {
  const parsed = parsePhone(value, region);
  if (!parsed) return value;
  return region && parsed.country === region
    ? parsed.formatNational()
    : parsed.formatInternational();
}

/** What `toE164` gives: the E.164 number, or why the input is not one. */
export type E164Result = { ok: true; value: string } | { ok: false; reason: string };

/**
 * The E.164 form of a number typed as country (ISO 3166 alpha-2) + national number, as the fax
 * and phone inputs produce. A number typed with + ignores the country.
 */
export function toE164({ country, number }: { country?: string; number: string }): E164Result {
  const trimmed = number.trim();
  if (!trimmed) return { ok: false, reason: 'Enter a number' };
  if (
    !trimmed.startsWith('+') &&
    !(country && isSupportedCountry(country as CountryCode, phoneMetadata()))
  ) {
    return { ok: false, reason: 'Choose a country, or type the number with +' };
  }
  const parsed = parsePhone(trimmed, country);
  if (!parsed || !parsed.isValid())
    return { ok: false, reason: 'This is not a valid number for that country' };
  return { ok: true, value: parsed.number };
}

/** True for a number written in international format (+ and country code) that libphonenumber-js reads. */
export function isInternationalNumber(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.startsWith('+') && Boolean(parsePhone(trimmed)?.isPossible());
}

/** The country (ISO 3166 alpha-2) of an international number, when libphonenumber-js knows it. */
export function phoneCountry(value: string): string | undefined {
  return parsePhone(value.trim())?.country;
}

/** Every country libphonenumber-js has metadata for, as ISO 3166 alpha-2 codes, with its calling code. */
export function phoneCountries(): { country: string; callingCode: string }[] {
  const metadata = phoneMetadata();
  return getCountries(metadata).map((country) => ({
    country,
    callingCode: getCountryCallingCode(country, metadata),
  }));
}
