/**
 * The one localisation point: every string the user sees goes through `t()`. The English text is
 * the key; a host translates with `setMessages()` (and `setLocale()` for plural rules).
 * `{name}` placeholders are filled from `values`; `{count, plural, one {# contact} other {#
 * contacts}}` picks the form Intl.PluralRules gives for the number (`#` is the number), so each
 * language keeps its own plural forms. (A two-form subset of ICU MessageFormat: a full
 * MessageFormat library would be most of the package's weight for a handful of strings.)
 */
const messages = new Map<string, string>();
let plurals = new Intl.PluralRules('en');

/** Sets (merges) translations: English text → translated text. */
export function setMessages(translations: Record<string, string>): void {
  for (const [key, value] of Object.entries(translations)) messages.set(key, value);
}

/** Sets the language whose plural rules `{n, plural, …}` follows. */
export function setLocale(locale: string): void {
  plurals = new Intl.PluralRules(locale);
}

const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /([\w=]+)\s*\{([^{}]*)\}/g;

/** The translation of `text` (or `text` itself), with plurals chosen and placeholders filled. */
export function t(text: string, values: Record<string, string | number> = {}): string {
  return (messages.get(text) ?? text)
    .replace(PLURAL, (match, name: string, body: string) => {
      const value = values[name];
      if (typeof value !== 'number') return match;
      const forms = new Map([...body.matchAll(FORM)].map(([, key, form]) => [key, form]));
      const form = forms.get(`=${value}`) ?? forms.get(plurals.select(value)) ?? forms.get('other');
      return form === undefined ? match : form.replace(/#/g, String(value));
    })
    .replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
}
