// Serves the few CommonJS/UMD dependencies as ES modules in the unbundled test browser (Vite
// converts them itself): papaparse (a UMD that assigns to `this`, undefined in a module) and
// pako 1 (multi-file CommonJS, replaced by its single-file UMD build) are wrapped; pdf-lib's
// ES build imports JSON and extensionless paths, so its bundled ES build is served instead.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const UMD_FILES = [
  { match: /\/node_modules\/papaparse\/papaparse(\.min)?\.js$/, name: 'papaparse' },
  {
    match: /\/node_modules\/pako\/index\.js$/,
    name: 'pako',
    file: 'node_modules/pako/dist/pako.js',
  },
  {
    match: /\/node_modules\/pdf-lib\/es\/index\.js$/,
    file: 'node_modules/pdf-lib/dist/pdf-lib.esm.js',
    esm: true,
  },
];

/** A dev-server plugin serving those files as `export default module.exports` plus named exports. */
export function commonJsAsEsm() {
  return {
    name: 'commonjs-as-esm',
    async transform(context) {
      const entry = UMD_FILES.find(({ match }) => match.test(context.path));
      if (!entry) return undefined;
      const body = entry.file
        ? await readFile(fileURLToPath(new URL(entry.file, import.meta.url)), 'utf8')
        : context.body;
      if (entry.esm) return { body };
      const names = Object.keys(require(entry.name)).filter(
        (key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default',
      );
      return {
        body:
          `const module = { exports: {} };\nconst exports = module.exports;\n${body}\n` +
          `export default module.exports;\nexport const { ${names.join(', ')} } = module.exports;\n`,
      };
    },
  };
}
