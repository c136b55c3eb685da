// Screenshots of the demo at 360 and 1280 px, light and dark, into docs/screenshots/.
// Starts the demo with Vite and drives the system Chromium ($CHROME_PATH or /usr/bin/chromium)
// through puppeteer-core, which never downloads a browser of its own.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const shots = [
  { width: 360, height: 800 },
  { width: 1280, height: 800 },
].flatMap((size) => ['light', 'dark'].map((scheme) => ({ ...size, scheme })));

/** Runs `fn` in the page until it returns true (it may walk shadow roots). */
const waitFor = (page, fn, ...args) => page.waitForFunction(fn, { timeout: 30_000 }, ...args);

const server = await createServer({
  root: `${root}demo`,
  configFile: `${root}vite.config.ts`,
  logLevel: 'warn',
});
await server.listen(0);
const url = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars'],
});
try {
  await mkdir(out, { recursive: true });
  for (const { width, height, scheme } of shots) {
    // A fresh profile each time: the demo seeds its sample contacts into an empty IndexedDB.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(url, { waitUntil: 'load' });
    await waitFor(
      page,
      () =>
        document
          .querySelector('contact-book')
          ?.shadowRoot?.querySelector('contact-list')
          ?.shadowRoot?.querySelectorAll('tbody tr').length > 5,
    );
    // The demo seeds its sample contacts first, saying so in its status line.
    await waitFor(page, () => !document.querySelector('#status')?.textContent);
    // Show a contact in the details pane, the way a user's first click does.
    await page.evaluate(() => {
      const list = document.querySelector('contact-book').shadowRoot.querySelector('contact-list');
      list.shadowRoot.querySelectorAll('tbody tr')[1].click();
    });
    await waitFor(page, () =>
      document
        .querySelector('contact-book')
        .shadowRoot.querySelector('contact-details')
        .shadowRoot.querySelector('h2'),
    );
    await page.evaluate(() => document.fonts.ready);
    const file = `${out}demo-${width}-${scheme}.png`;
    await page.screenshot({ path: file, fullPage: width < 600 });
    console.log(`wrote ${file.slice(root.length)}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
