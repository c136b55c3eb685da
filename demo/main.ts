// The demo: one <contact-book> on IndexedDB, four sample users and two groups, seeded on first
// run. The user switcher shows sharing from both sides.
import '../src/index.js';
import type { ContactBookElement } from '../src/components/contact-book.js';
import { generateContacts } from './sample-contacts.js';
import { USER_HINTS, directory, seedSampleUsers } from './sample-users.js';
import { seedTags } from './sample-tags.js';
import { languageSwitcher } from './language.js';
import { demoText } from './demo-text.js';

const SEEDED_KEY = 'contact-book-demo:seeded-users';
const element = document.querySelector<ContactBookElement>('contact-book')!;
const status = document.querySelector<HTMLElement>('#status')!;
const stress = document.querySelector<HTMLButtonElement>('#stress')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;

theme.addEventListener('change', () => {
  const value = theme.value as ContactBookElement['theme'];
  element.theme = value;
  document.documentElement.dataset.theme = value;
});

const userSelect = document.querySelector<HTMLSelectElement>('#user')!;
const hint = document.querySelector<HTMLElement>('#user-hint')!;

// Set before the element's first update, so it opens Alice's book straight away.
element.directory = directory;
element.userId = 'alice';
for (const user of directory.users()) userSelect.add(new Option(user.name, user.id));
const showHint = () => (hint.textContent = demoText(USER_HINTS[userSelect.value] ?? ''));
showHint();

userSelect.addEventListener('change', () => {
  element.userId = userSelect.value;
  showHint();
});

await languageSwitcher(document.querySelector<HTMLSelectElement>('#language')!, showHint);

const book = await element.ready();
// Seed once: a user who empties the book on purpose does not get the samples back on reload.
if (!localStorage.getItem(SEEDED_KEY) && book.size === 0) {
  status.textContent = demoText('Adding sample contacts…');
  await seedSampleUsers(book.store);
  await seedTags(book, book.all());
  // A few comments and a link, so the list's comment icons and the details' tabs show something.
  const [first, second] = book.list({ limit: 2 }).contacts;
  if (first && second) {
    await book.comments.add(first.id, 'Met at the spring fair; wants the new catalogue.');
    await book.comments.add(first.id, 'Catalogue sent. Call back in May.');
    await book.comments.add(second.id, 'Prefers e-mail to calls.');
    await book.attachments.attachLink(first.id, 'https://example.com/catalogue', {
      name: 'Spring catalogue',
    });
  }
  localStorage.setItem(SEEDED_KEY, 'yes');
  status.textContent = '';
}

stress.addEventListener('click', async () => {
  const current = await element.ready();
  stress.disabled = true;
  const total = 50_000;
  const chunk = 5_000;
  const started = performance.now();
  try {
    for (let done = 0; done < total; done += chunk) {
      status.textContent = demoText('Adding contacts… {done} of {total}', { done, total });
      await current.createMany(generateContacts(chunk, { seed: 1000 + done }));
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    status.textContent = demoText('Added {total} contacts in {seconds} s.', { total, seconds });
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  } finally {
    stress.disabled = false;
  }
});
