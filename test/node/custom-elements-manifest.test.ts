// The Custom Elements Manifest that `npm run build` writes: the analyzer runs here on the real
// sources and config, and every registered element must come out named and documented.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ELEMENTS, LAZY_ELEMENTS } from '../../src/components/elements.js';

interface Described {
  name: string;
  description?: string;
  summary?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  type?: { text: string };
}
interface Declaration extends Described {
  tagName?: string;
  members?: Described[];
  events?: Described[];
}

function analyze(): { modules: { path: string; declarations?: Declaration[] }[] } {
  // The analyzer resolves --outdir against the working directory.
  const outdir = relative(process.cwd(), mkdtempSync(join(tmpdir(), 'cem-')));
  const cli = 'node_modules/@custom-elements-manifest/analyzer/cem.js';
  const run = spawnSync(process.execPath, [cli, 'analyze', '--outdir', outdir], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
}

test('the manifest names and documents every registered element', async () => {
  const manifest = analyze();
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const registered = [
    ...Object.entries(ELEMENTS),
    ...(await Promise.all(
      Object.entries(LAZY_ELEMENTS).map(async ([tag, load]) => [tag, await load()] as const),
    )),
  ];
  assert.ok(registered.length >= 18);
  for (const [tag, element] of registered) {
    const declaration = declarations.find((candidate) => candidate.tagName === tag);
    assert.ok(declaration, `<${tag}> is not in the manifest`);
    assert.equal(declaration.name, element.name);
    assert.ok(declaration.summary || declaration.description, `<${tag}> has no summary`);
    const fields = (declaration.members ?? []).filter(
      (member) => member.kind === 'field' && !member.privacy && !member.static,
    );
    for (const field of fields) {
      assert.ok(field.description, `<${tag}>.${field.name} has no description`);
    }
    for (const event of declaration.events ?? []) {
      assert.ok(event.description, `<${tag}>'s ${event.name} has no description`);
      assert.match(event.type?.text ?? '', /^CustomEvent</, `<${tag}>'s ${event.name} has no type`);
    }
  }
  const book = declarations.find((candidate) => candidate.tagName === 'contact-book')!;
  assert.ok(book.events!.length >= 10, 'the events that bubble out of <contact-book> are listed');
});

test('package.json names the manifest and ships it', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});
