import {
  configureLocalization,
  LOCALE_STATUS_EVENT,
  msg,
  type LocaleModule,
  type LocaleStatusEventDetail,
} from '@lit/localize';

/**
 * The one localisation point: every string the user sees goes through `t()`, which asks
 * @lit/localize (runtime mode) with the English text as the message id, so call sites stay
 * `t('English text', values)` and a catalog reads English → translation. Elements re-render on
 * a locale change with `@localized()`.
 *
 * After the lookup, `{name}` placeholders are filled from `values`; `{count, plural, one {#
 * contact} other {# contacts}}` picks the form Intl.PluralRules gives for the number (`#` is the
 * number, formatted for the locale), so each language keeps its own plural forms. (A two-form
 * subset of ICU MessageFormat: a full MessageFormat library would be most of the package's weight
 * for a handful of strings; lit's `str` cannot choose plural forms.)
 */

/** The language the messages are written in. */
export const SOURCE_LOCALE = 'en';

/** The languages shipped with contact-book, loaded on first use. */
const BUILT_IN: Record<string, () => Promise<{ templates: Record<string, string> }>> = {
  fr: () => import('./locales/fr.js'),
};

/** Translations a host added or overrode, per locale (English rewordings under 'en'). */
const added = new Map<string, Record<string, string>>();

let current = SOURCE_LOCALE;
/** The templates handed to @lit/localize, per locale, so an override reaches the active one. */
const loaded = new Map<string, Record<string, string>>();
let switchLocale: ((locale: string) => Promise<void>) | undefined;

// Follows every locale change, ours or a host's own @lit/localize setup, for plural rules and Intl.
globalThis.window?.addEventListener(LOCALE_STATUS_EVENT, (event) => {
  const detail = (event as CustomEvent<LocaleStatusEventDetail>).detail;
  if (detail.status === 'ready') current = detail.readyLocale;
});

/** The active locale ('en' until `setLocale()` switches). */
export function getLocale(): string {
  return current;
}

/** Every locale `setLocale()` accepts: English, the built-in ones and those a host added. */
export function availableLocales(): string[] {
  return [...new Set([SOURCE_LOCALE, ...Object.keys(BUILT_IN), ...added.keys()])];
}

/**
 * The contact-book templates of `locale` (built-in catalog + host additions), in @lit/localize's
 * runtime format — for a host page that calls `configureLocalization` itself and merges them.
 */
export async function contactBookTemplates(locale: string): Promise<Record<string, string>> {
  const builtIn = BUILT_IN[locale] ? (await BUILT_IN[locale]()).templates : {};
  return { ...builtIn, ...added.get(locale) };
}

async function loadLocale(locale: string): Promise<LocaleModule> {
  const templates = await contactBookTemplates(locale);
  loaded.set(locale, templates);
  return { templates };
}

/**
 * Switches every contact-book element to `locale` ('fr', or a locale added with
 * `setMessages`; 'fr-CA' falls back to 'fr'); resolves once its catalog is loaded and every element is asked to re-render.
 */
export async function setLocale(locale: string): Promise<void> {
  const known = availableLocales();
  const language = locale.split('-')[0];
  const chosen = known.includes(locale) ? locale : known.includes(language) ? language : undefined;
  if (!chosen) throw new Error(`No "${locale}" translation: available are ${known.join(', ')}`);
  if (!switchLocale) {
    try {
      switchLocale = configureLocalization({
        sourceLocale: SOURCE_LOCALE,
        targetLocales: known.filter((code) => code !== SOURCE_LOCALE),
        loadLocale,
      }).setLocale;
    } catch (error) {
      throw new Error(
        'This page configures @lit/localize itself: merge contactBookTemplates(locale) into ' +
          'its loadLocale and switch with its own setLocale',
        { cause: error },
      );
    }
  }
  await switchLocale(chosen);
}

/**
 * Adds or overrides translations for `locale` (English text → translation; under 'en' they
 * reword the English). Add a new language before the first `setLocale()`; changes to the active
 * locale show at once.
 */
export function setMessages(locale: string, translations: Record<string, string>): void {
  // @lit/localize fixes its list of locales when first configured.
  if (switchLocale && !availableLocales().includes(locale)) {
    throw new Error(`Add the "${locale}" messages before the first setLocale()`);
  }
  added.set(locale, { ...added.get(locale), ...translations });
  Object.assign(loaded.get(locale) ?? {}, translations);
  if (locale !== current) return;
  // @lit/localize re-renders @localized() elements on a 'ready' status; announce the same locale.
  const detail: LocaleStatusEventDetail = { status: 'ready', readyLocale: locale };
  globalThis.window?.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The number formatted for the active locale (1 234,5 in French). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  if (Object.keys(options).length) return new Intl.NumberFormat(current, options).format(value);
  let format = numberFormats.get(current);
  if (!format) numberFormats.set(current, (format = new Intl.NumberFormat(current)));
  return format.format(value);
}

/** A date (and by default its time) in the active locale: "29 nov. 2026, 14:05" in French. */
export function formatDate(
  value: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return new Intl.DateTimeFormat(current, options).format(new Date(value));
}

/** The name of month 1–12 in the active locale ("March", "mars"). */
export function formatMonth(month: number): string {
  return formatDate(Date.UTC(2000, month - 1, 1), { month: 'long', timeZone: 'UTC' });
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A byte count as the user reads it, in binary steps with Intl's unit names: "512 bytes",
 * "820 kB", "1.5 MB" ("1,5 Mo" in French). `from: 'kilobyte'` never says bytes ("0.1 kB").
 */
export function formatBytes(
  bytes: number,
  { from = 'byte' }: { from?: 'byte' | 'kilobyte' } = {},
): string {
  let unit = from === 'kilobyte' ? 1 : 0;
  let value = bytes / 1024 ** unit;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return formatNumber(value, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  });
}

const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /([\w=]+)\s*\{([^{}]*)\}/g;

/** The translation of `text` (or `text` itself), with plurals chosen and placeholders filled. */
export function t(text: string, values: Record<string, string | number> = {}): string {
  const translated =
    current === SOURCE_LOCALE
      ? (added.get(SOURCE_LOCALE)?.[text] ?? text)
      : msg(text, { id: text });
  let rules = pluralRules.get(current);
  if (!rules) pluralRules.set(current, (rules = new Intl.PluralRules(current)));
  return translated
    .replace(PLURAL, (match, name: string, body: string) => {
      const value = values[name];
      if (typeof value !== 'number') return match;
      const forms = new Map([...body.matchAll(FORM)].map(([, key, form]) => [key, form]));
      const form = forms.get(`=${value}`) ?? forms.get(rules.select(value)) ?? forms.get('other');
      return form === undefined ? match : form.replace(/#/g, formatNumber(value));
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? formatNumber(value) : value;
    });
}
