// The demo: one <contact-book> on IndexedDB, seeded with sample contacts on first run.
import '../src/index.js';
import type { ContactBookElement } from '../src/components/contact-book.js';
import { generateContacts } from './sample-contacts.js';
import { languageSwitcher } from './language.js';

const SEEDED_KEY = 'contact-book-demo:seeded';
const element = document.querySelector<ContactBookElement>('contact-book')!;
const status = document.querySelector<HTMLElement>('#status')!;
const stress = document.querySelector<HTMLButtonElement>('#stress')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;

theme.addEventListener('change', () => {
  const value = theme.value as ContactBookElement['theme'];
  element.theme = value;
  document.documentElement.dataset.theme = value;
});

await languageSwitcher(document.querySelector<HTMLSelectElement>('#language')!);
const book = await element.ready();
// Seed once: a user who empties the book on purpose does not get the samples back on reload.
if (!localStorage.getItem(SEEDED_KEY) && book.size === 0) {
  await book.createMany(generateContacts(200, { seed: 1 }));
  localStorage.setItem(SEEDED_KEY, 'yes');
}

stress.addEventListener('click', async () => {
  stress.disabled = true;
  const total = 50_000;
  const chunk = 5_000;
  const started = performance.now();
  for (let done = 0; done < total; done += chunk) {
    status.textContent = `Adding contacts… ${done.toLocaleString()} of ${total.toLocaleString()}`;
    await book.createMany(generateContacts(chunk, { seed: 1000 + done }));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  status.textContent = `Added ${total.toLocaleString()} contacts in ${seconds} s.`;
  stress.disabled = false;
});
