import type { ContactAddress } from './contact.js';

/** The lines of a postal address, empty parts left out (street, then postcode + city, …). */
export function addressLines(address: ContactAddress): string[] {
  const cityLine = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [
    address.pobox,
    address.extended,
    address.street,
    cityLine,
    address.region,
    address.country,
  ]
    .map((line) => line?.trim() ?? '')
    .filter(Boolean);
}

/** "15 April 1970" or, for a yearless `--04-15`, "15 April" — in the given locale. */
export function formatPartialDate(value: string, locale?: string): string {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(value);
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!yearless && !full) return value;
  const [year, month, day] = yearless
    ? [2000, Number(yearless[1]), Number(yearless[2])]
    : [Number(full![1]), Number(full![2]), Number(full![3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(yearless ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}
