// Prints the browser bundle's sizes (raw and gzip) from the manifest `npm run build` writes to
// dist/bundle, and fails when what the element needs up front exceeds the budget.
// "Initial" is the entry and every chunk it imports statically: what a page downloads before
// <contact-book> can render. "open" is the phone metadata, fetched in parallel with the book's
// storage while it opens. The rest loads with import() when used: "worker" runs off the page.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 80;
/** Libraries that must load on first use only, never with the element. */
const LAZY_ONLY = ['pdf-lib', '@pdf-lib/fontkit', 'papaparse', 'exifr', 'utif2', 'pako'];
const dir = process.argv[2] ?? 'dist/bundle';
const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));

// The entry's static closure.
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
const initialFiles = new Set([...initial].map((key) => manifest[key].file));

/** Every file of the bundle but source maps and the manifest, with its kind and sizes. */
const files = readdirSync(dir, { recursive: true })
  .map((file) => String(file))
  .filter((file) => /\.(js|css|ttf|wasm)$/.test(file))
  .map((file) => {
    const bytes = readFileSync(join(dir, file));
    const kind = initialFiles.has(file)
      ? 'initial'
      : /metadata\.min/.test(file)
        ? 'open'
        : /worker/.test(file)
          ? 'worker'
          : file.endsWith('.js')
            ? 'lazy'
            : 'asset';
    return { file, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => (a.kind === b.kind ? a.gzip - b.gzip : a.kind.localeCompare(b.kind)));

const kb = (bytes) => (bytes / 1000).toFixed(2).padStart(9);
const width = Math.max(...files.map(({ file }) => file.length));
console.log(`\nBundle sizes (${relative('.', dir)}; kB = 1000 bytes, gzip level 9)\n`);
console.log(`${'file'.padEnd(width)}  kind     ${'raw kB'.padStart(9)} ${'gzip kB'.padStart(9)}`);
for (const { file, kind, raw, gzip } of files) {
  console.log(`${file.padEnd(width)}  ${kind.padEnd(7)}  ${kb(raw)} ${kb(gzip)}`);
}
const sum = (kind, key) =>
  files.filter((file) => file.kind === kind).reduce((total, file) => total + file[key], 0);
const initialGzip = sum('initial', 'gzip');
console.log(
  `\ninitial (what <contact-book> needs up front): ${kb(sum('initial', 'raw')).trim()} kB raw, ` +
    `${kb(initialGzip).trim()} kB gzip — budget ${BUDGET_KB} kB gzip`,
);
console.log(`open (phone metadata, beside the storage): ${kb(sum('open', 'gzip')).trim()} kB gzip`);
console.log(`lazy (loaded by import() when used): ${kb(sum('lazy', 'gzip')).trim()} kB gzip`);
/**
 * The modules a chunk was built from, as its source map names them. A chunk made only of code
 * the bundler generates (vite's preload helper, rolldown's runtime) has no original source, so
 * rolldown writes it no map and no `sourceMappingURL` comment: it has no module to name.
 */
const sourcesOf = (file) => {
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
  if (!url) return [];
  return JSON.parse(readFileSync(join(dir, dirname(file), url), 'utf8')).sources;
};
const eager = [...initialFiles].flatMap((file) => {
  const sources = sourcesOf(file);
  return LAZY_ONLY.filter((name) =>
    sources.some((source) => source.includes(`node_modules/${name}/`)),
  );
});
if (eager.length) {
  console.error(`\nLoaded with the element, not on first use: ${[...new Set(eager)].join(', ')}`);
  process.exit(1);
}
if (initialGzip > BUDGET_KB * 1000) {
  console.error(`\nOver budget: the initial element is ${kb(initialGzip).trim()} kB gzip.`);
  process.exit(1);
}
