// The demo's language switcher: English / Français, remembered across reloads.
import { getLocale, setLocale } from '../src/index.js';
import { translatePage } from './demo-text.js';

const LANGUAGE_KEY = 'contact-book-demo:language';

/**
 * Switches the page's <contact-book> (and the demo's own words) with `select`, starting with the
 * language saved last time; `onSwitch` rewrites what the page wrote in the old one.
 */
export async function languageSwitcher(
  select: HTMLSelectElement,
  onSwitch: () => void = () => {},
): Promise<void> {
  const switchTo = async (locale: string) => {
    await setLocale(locale);
    document.documentElement.lang = getLocale();
    translatePage();
    onSwitch();
    select.value = getLocale();
    localStorage.setItem(LANGUAGE_KEY, getLocale());
  };
  select.addEventListener('change', () => void switchTo(select.value));
  const saved = localStorage.getItem(LANGUAGE_KEY);
  if (saved && saved !== getLocale()) await switchTo(saved);
}
