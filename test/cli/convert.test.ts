// `contact-book convert`: formats by extension, problems on stderr one a line, exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runConvert, type ConvertIo } from '../../src/cli/convert.js';
import { readVCard } from '../../src/core/formats/index.js';

const corpus = (path: string) => new URL(`../fixtures/corpus/${path}`, import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;

/** An io over real input files and an in-memory output folder. */
function memoryIo(files: Record<string, Uint8Array | string> = {}) {
  const written = new Map<string, Uint8Array | string>();
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: ConvertIo = {
    readFile: async (path) => {
      const file = files[path] ?? written.get(path);
      if (file !== undefined)
        return typeof file === 'string' ? new TextEncoder().encode(file) : file;
      return new Uint8Array(readFileSync(path));
    },
    writeFile: async (path, data) => void written.set(path, data),
    readFont: async () => new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans.ttf'))),
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  };
  const text = (path: string) => {
    const data = written.get(path);
    return typeof data === 'string' ? data : new TextDecoder().decode(data);
  };
  return { io, written, stdout, stderr, text };
}

describe('convert', () => {
  it('vCard → JSON: Contact objects with tags; one problem, one stderr line; exit 0', async () => {
    const { io, stderr, stdout, text } = memoryIo();
    const code = await runConvert([corpus('vcard/ezvcard-John_Doe_ANDROID.vcf'), 'out.json'], io);
    assert.equal(code, 0);
    const contacts = JSON.parse(text('out.json'));
    assert.equal(contacts.length, 6);
    assert.deepEqual(contacts[0].tags, ['My Contacts']);
    assert.match(contacts[0].id, /^[0-9a-f-]{36}$/);
    assert.equal(contacts[0].revision, 0);
    assert.equal(stderr.length, 1);
    assert.match(stderr[0], /ANDROID\.vcf:44: record 5: "Ñ{14}" is not a valid e-mail address/);
    assert.deepEqual(stdout, ['6 contacts written to out.json']);
  });

  it('JSON → vCard 3.0 → the same contacts', async () => {
    const { io, text } = memoryIo();
    assert.equal(await runConvert([corpus('vcard/ical4j-vcard-vCards-SAP.vcf'), 'a.json'], io), 0);
    assert.equal(await runConvert(['a.json', 'b.vcf', '--vcard', '3.0'], io), 0);
    assert.match(text('b.vcf'), /^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
    const json = JSON.parse(text('a.json'));
    const back = readVCard(new TextEncoder().encode(text('b.vcf')));
    assert.equal(back.contacts.length, 30);
    assert.deepEqual(
      back.contacts.map((contact) => contact.formattedName),
      json.map((contact: { formattedName: string }) => contact.formattedName),
    );
    assert.deepEqual(back.tags[0], ['Demo', 'Nepomuk(SAP)']);
  });

  it('CSV → Google CSV, and LDIF → PDF', async () => {
    const { io, text, written, stderr } = memoryIo();
    assert.equal(
      await runConvert([corpus('csv/outlook2013-de-tine20.csv'), 'g.csv', '--csv', 'google'], io),
      0,
    );
    assert.match(text('g.csv'), /"E-mail 1 - Value"/);
    assert.match(text('g.csv'), /"Cornelius","","Weiß"/);
    assert.equal(
      await runConvert([corpus('ldif/thunderbird-basic_ldif_addressbook.ldif'), 'l.pdf'], io),
      0,
    );
    assert.equal(
      new TextDecoder().decode((written.get('l.pdf') as Uint8Array).subarray(0, 5)),
      '%PDF-',
    );
    assert.deepEqual(stderr, []);
  });

  it('exit 1 when nothing could be read', async () => {
    const inputs: [string, Uint8Array | string][] = [
      ['empty.vcf', ''],
      ['bin.csv', Uint8Array.from({ length: 3000 }, (_, index) => index % 7)],
      ['bad.json', '{'],
    ];
    for (const [name, content] of inputs) {
      const { io, stderr } = memoryIo({ [name]: content });
      assert.equal(await runConvert([name, 'out.vcf'], io), 1);
      assert.ok(stderr.length >= 1);
      assert.ok(!stderr.some((line) => line.includes(':0:')), stderr.join('\n'));
    }
    const { io } = memoryIo();
    assert.equal(await runConvert(['missing.vcf', 'out.vcf'], io), 1);
  });

  it('exit 2 for a usage error', async () => {
    for (const args of [
      [],
      ['a.vcf'],
      ['a.txt', 'b.vcf'],
      ['a.vcf', 'b.ldif'],
      ['a.vcf', 'b.vcf', '--vcard', '2.1'],
      ['a.vcf', 'b.csv', '--csv', 'excel'],
      ['a.vcf', 'b.vcf', '--force'],
    ]) {
      const { io, stderr } = memoryIo();
      assert.equal(await runConvert(args, io), 2, args.join(' '));
      assert.match(stderr.at(-1)!, /IN: {2}\.vcf/);
    }
  });

  it('runs as `npm run -s cli -- convert`', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'convert-')), 'out.vcf');
    const run = spawnSync(
      'npm',
      ['run', '-s', 'cli', '--', 'convert', corpus('vcard/thunderbird-export.vcf'), out],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    // Its contact1@invalid addresses are valid (no TLD needed): nothing to report.
    assert.equal(run.stderr, '');
    assert.equal(readVCard(new Uint8Array(readFileSync(out))).contacts.length, 2);
    const usage = spawnSync('npm', ['run', '-s', 'cli', '--', 'convert'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(usage.status, 2);
  });
});
