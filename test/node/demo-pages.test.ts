// The demo's framework pages, built by Vite as `npm run build` builds them and opened in the
// system Chromium: <contact-book> in a plain HTML page and inside a React app.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { build, preview, type PreviewServer } from 'vite';
import { launchChromium } from './chromium.js';

const outDir = mkdtempSync(join(tmpdir(), 'contact-book-demo-'));
let server: PreviewServer;
let browser: Browser;
let origin: string;

before(async () => {
  await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir } });
  server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  origin = server.resolvedUrls!.local[0];
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Opens a page of the built demo, collecting what it throws and what fails to load. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
  await page.goto(new URL(path, origin).href);
  return { page, errors };
}

/** The names in the list inside <contact-book>, once some are shown. */
async function listedNames(page: Page): Promise<string[]> {
  const rows = 'contact-book >>> contact-list >>> tbody tr td.name';
  await page.waitForSelector(rows, { timeout: 20000 });
  return page.$$eval(rows, (cells) => cells.map((cell) => cell.textContent!.trim()));
}

test('the plain HTML page: one script, the element on IndexedDB, events in plain JS', async () => {
  const { page, errors } = await open('plain.html');
  await page.waitForFunction(
    () => customElements.get('contact-book') && document.querySelector('contact-book')!.contactBook,
    { timeout: 20000 },
  );
  await page.evaluate(async () => {
    const book = await document.querySelector('contact-book')!.ready();
    await book.create({
      name: { given: 'Ada', family: 'Lovelace' },
      phones: [{ value: '+44 20 7946 0958', type: 'work' }],
    });
  });
  assert.deepEqual(await listedNames(page), ['Lovelace, Ada']);
  await page.click('contact-book >>> contact-list >>> tbody tr td.name');
  await page.waitForFunction(() =>
    document.querySelector('#last-event')!.textContent!.includes('contact-select: Ada Lovelace'),
  );
  // The editor is one of the elements loaded after the first view: it opens, filled in.
  await page.click('contact-book >>> contact-details >>> button.primary');
  const given = 'contact-book >>> contact-editor >>> input';
  await page.waitForSelector(given, { timeout: 20000 });
  const values = await page.$$eval(given, (inputs) => inputs.map((input) => input.value));
  assert.ok(values.includes('Ada'), `the editor shows the contact (${values.join(', ')})`);
  assert.deepEqual(errors, [], 'the page threw or failed to load something');
});

test('the React app: a MemoryStore passed as a property, events in React state', async () => {
  const { page, errors } = await open('react/');
  const names = await listedNames(page);
  assert.ok(names.length > 0, 'the sample contacts from the store are listed');
  const status = () => page.$eval('[role=status]', (element) => element.textContent!);
  assert.match(await status(), /Nothing selected/);
  await page.click('contact-book >>> contact-list >>> tbody tr td.name');
  await page.waitForFunction(() =>
    document.querySelector('[role=status]')!.textContent!.startsWith('Selected: '),
  );
  assert.match(await status(), new RegExp(`Selected: ${names[0].split(', ').reverse().join(' ')}`));
  assert.deepEqual(errors, [], 'the page threw or failed to load something');
});

test('the main demo in French: the page around the element speaks French too', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.evaluateOnNewDocument(() => localStorage.setItem('contact-book-demo:language', 'fr'));
  await page.goto(new URL('index.html', origin).href);
  await listedNames(page);
  const header = await page.$eval('header', (element) => element.textContent!.replace(/\s+/g, ' '));
  for (const french of ['Connecté en tant que', 'Charger 50 000 contacts', 'Thème', 'Sombre'])
    assert.ok(header.includes(french), `"${french}" in ${header}`);
  assert.match(header, /Alice partage son carnet privé avec Bruno/);
  assert.doesNotMatch(header, /Signed in as|Load 50,000|Theme|Dark|Also:|Alice shares/);
  assert.deepEqual(errors, []);
  await page.close();
});
