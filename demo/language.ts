// The demo's language switcher: English / Français, remembered across reloads.
import { getLocale, setLocale } from '../src/index.js';

const LANGUAGE_KEY = 'contact-book-demo:language';

/** Switches the page's <contact-book> with `select`, starting with the language saved last time. */
export async function languageSwitcher(select: HTMLSelectElement): Promise<void> {
  const switchTo = async (locale: string) => {
    await setLocale(locale);
    document.documentElement.lang = getLocale();
    select.value = getLocale();
    localStorage.setItem(LANGUAGE_KEY, getLocale());
  };
  select.addEventListener('change', () => void switchTo(select.value));
  const saved = localStorage.getItem(LANGUAGE_KEY);
  if (saved && saved !== getLocale()) await switchTo(saved);
}
