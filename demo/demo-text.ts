// The demo page's own words (its header and status line) in French: <contact-book> translates
// itself, the page around it is the demo's to translate.
import { getLocale } from '../src/index.js';

const FRENCH: Record<string, string> = {
  'Signed in as': 'Connecté en tant que',
  'Load 50,000 contacts': 'Charger 50 000 contacts',
  Theme: 'Thème',
  Auto: 'Auto',
  Light: 'Clair',
  Dark: 'Sombre',
  'Also:': 'Voir aussi\u00a0:',
  'in plain HTML': 'en HTML simple',
  'in React': 'dans React',
  'Adding sample contacts…': 'Ajout des contacts d’exemple…',
  'Adding contacts… {done} of {total}': 'Ajout des contacts… {done} sur {total}',
  'Added {total} contacts in {seconds} s.': '{total} contacts ajoutés en {seconds} s.',
  'Alice shares her Private book with Bruno (view, edit) and some contacts with Family; she adds to Sales team.':
    'Alice partage son carnet privé avec Bruno (voir, modifier) et quelques contacts avec Family\u202f; elle ajoute à Sales team.',
  "Bruno may view and edit Alice's Private book: pick it under Address book. Five of her contacts are shared with Family.":
    'Bruno peut voir et modifier le carnet privé d’Alice\u00a0: choisissez-le sous Carnet d’adresses. Cinq de ses contacts sont partagés avec Family.',
  'Chen is in both groups; Alice may view his Private book.':
    'Chen est dans les deux groupes\u202f; Alice peut voir son carnet privé.',
  'Dana admins Sales team: try Access… there, or on one contact.':
    'Dana administre Sales team\u00a0: essayez Accès… là, ou sur un contact.',
};

/** `text` in the demo's language, its `{names}` filled in (numbers written the language's way). */
export function demoText(text: string, values: Record<string, string | number> = {}): string {
  const template = getLocale() === 'fr' ? (FRENCH[text] ?? text) : text;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    return typeof value === 'number' ? value.toLocaleString(getLocale()) : String(value ?? '');
  });
}

/** Writes every `[data-text]` element of the page (its English text kept there) in the language. */
export function translatePage(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.dataset.text ||= element.textContent!.trim();
    element.textContent = demoText(element.dataset.text);
  }
}
