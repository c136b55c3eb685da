// The system Chromium for the Node tests that open built pages (no browser download).
import puppeteer, { type Browser } from 'puppeteer-core';

/** Launches the system Chromium headless (CHROME_PATH, else /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
  });
}
