// The browser bundle as `npm run build` writes it (dist/bundle), opened in the system Chromium
// from one <script type="module">: the first view, the schemas' messages, and an element that
// loads after the first view (the tags dialog) working from the bundle's own chunks.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { build, preview, type PreviewServer } from 'vite';
import { launchChromium } from './chromium.js';

const outDir = mkdtempSync(join(tmpdir(), 'contact-book-bundle-'));
let server: PreviewServer;
let browser: Browser;

before(async () => {
  await build({ configFile: 'vite.bundle.config.ts', logLevel: 'error', build: { outDir } });
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>bundle</title>
    <script type="module" src="./contact-book.js"></script></head>
    <body><contact-book name="contact-book-bundle-test"></contact-book></body></html>`,
  );
  server = await preview({
    configFile: 'vite.bundle.config.ts',
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

test('dist/bundle: the element validates, lists, and opens a dialog loaded on first use', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
  await page.goto(server.resolvedUrls!.local[0]);
  await page.waitForFunction(() => customElements.get('contact-book'), { timeout: 20000 });

  const refusal = await page.evaluate(async () => {
    const book = await document.querySelector('contact-book')!.ready();
    const refused = await book
      .create({
        name: { given: 'Ada' },
        emails: [{ value: 'not an address' }],
        kind: 'robot' as never,
      })
      .then(
        () => 'accepted',
        (error: Error) => `${error.name}: ${error.message}`,
      );
    await book.create({ name: { given: 'Ada', family: 'Lovelace' } });
    return refused;
  });
  // The schemas' own message and zod's English one for the bad kind.
  assert.match(refusal, /^ValidationError: .*Enter a valid e-mail address/);
  assert.match(refusal, /Invalid option: expected one of "individual"\|"organization"/);

  const row = 'contact-book >>> contact-list >>> tbody tr td.name';
  await page.waitForSelector(row, { timeout: 20000 });
  assert.equal(await page.$eval(row, (cell) => cell.textContent!.trim()), 'Lovelace, Ada');
  await page.click(row);
  await page.click('contact-book >>> contact-details >>> button[part~="tags"]');
  await page.waitForFunction(
    () =>
      document
        .querySelector('contact-book')!
        .shadowRoot!.querySelector('contact-details')!
        .shadowRoot!.querySelector('contact-tags-dialog')!
        .shadowRoot?.querySelector('dialog')?.open,
    { timeout: 20000 },
  );
  assert.deepEqual(errors, [], 'the page threw or failed to load something');
});
