// utif2 is a UMD script: under a bundler it is a CommonJS module (default export, `require('pako')`);
// served as is to the browser (web-test-runner, no bundler) it sets `self.UTIF` and reads `self.pako`
// for deflate-compressed TIFFs. Loading pako's inflate first and reading either form covers both.
import 'pako/dist/pako_inflate.js';
import * as utifModule from 'utif2';
import type * as UtifApi from 'utif2';

type Utif = typeof UtifApi;

/** The utif2 API, however the module was loaded. */
export const UTIF: Utif =
  (utifModule as unknown as { default?: Utif }).default ??
  (globalThis as unknown as { UTIF: Utif }).UTIF;
