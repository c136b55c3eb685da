import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** A phone number in E.164 (`+3225551234`) when libphonenumber-js can read it, else as typed (trimmed). */
export function normalizePhone(value: string, defaultRegion?: string): string {
  const trimmed = value.trim();
  const parsed = parsePhoneNumberFromString(trimmed, defaultRegion as CountryCode | undefined);
  return parsed && parsed.isPossible() ? parsed.number : trimmed;
}

/** National format within the user's region, international otherwise; unparseable numbers as stored. */
export function formatPhone(value: string, { region }: { region?: string } = {}): string {
  const parsed = parsePhoneNumberFromString(value, region as CountryCode | undefined);
  if (!parsed) return value;
  return region && parsed.country === region
    ? parsed.formatNational()
    : parsed.formatInternational();
}
