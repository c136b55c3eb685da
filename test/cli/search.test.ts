import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);

/** Runs the real CLI in a child process, as a user would. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { stdout: run.stdout, stderr: run.stderr, code: run.status };
}

const contacts = [
  {
    name: { given: 'Jane', family: 'Doe' },
    organization: 'Acme',
    emails: [{ value: 'jane@example.org' }],
    phones: [{ value: '+1-212-555-0123', type: 'cell' }],
    tags: ['Key Account'],
  },
  { name: { given: 'Zoë', family: 'Müller' }, note: 'works at Acme', tags: ['vip'] },
  { organization: 'Acme Holdings', kind: 'organization' },
  { name: { given: 'Broken' }, emails: [{ value: 'not an e-mail' }] },
];

describe('contact-book search FILE QUERY', () => {
  let dir: string;
  let file: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cb-search-'));
    file = join(dir, 'contacts.json');
    writeFileSync(file, JSON.stringify(contacts));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the matching formatted names, best first, one a line', () => {
    const { stdout, code } = cli('search', file, 'acme');
    assert.equal(code, 0);
    // Organization (Jane, Acme Holdings) above note (Zoë); ties by display name.
    assert.deepEqual(stdout.trimEnd().split('\n'), ['Acme Holdings', 'Jane Doe', 'Zoë Müller']);
  });

  it('takes the query from several arguments and understands the syntax', () => {
    assert.equal(cli('search', file, 'acme', '-holdings', '-jane').stdout, 'Zoë Müller\n');
    assert.equal(cli('search', file, 'muller').stdout, 'Zoë Müller\n');
    assert.equal(cli('search', file, '+1 212 555 0123').stdout, 'Jane Doe\n');
    assert.equal(cli('search', file, 'tag:"key account"').stdout, 'Jane Doe\n');
    assert.equal(cli('search', file, 'nobody').stdout, '');
  });

  it('reports a contact it could not read, and still searches the others', () => {
    const { stdout, stderr, code } = cli('search', file, 'jane');
    assert.equal(code, 0);
    assert.equal(stdout, 'Jane Doe\n');
    assert.match(stderr, /record 4: Not imported: emails\.0\.value: Enter a valid e-mail address/);
  });

  it('exits 1 when the file holds no contact, only problems (empty, binary)', () => {
    const empty = join(dir, 'empty.vcf');
    const binary = join(dir, 'photo.csv');
    writeFileSync(empty, '');
    writeFileSync(
      binary,
      Uint8Array.from({ length: 3000 }, (_, index) => (index * 31) % 9),
    );
    for (const path of [empty, binary]) {
      const { stdout, stderr, code } = cli('search', path, 'jane');
      assert.equal(code, 1, stderr);
      assert.equal(stdout, '');
      // A problem of the whole file has no line number: "file: message", not "file:0:".
      assert.ok(stderr.startsWith(`${path}: `), stderr);
    }
  });

  it('a refused query prints its message on stderr and exits 2', () => {
    const { stdout, stderr, code } = cli('search', file, 'inf*');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /at least 4 characters before the \*/);
  });

  it('notes what a malformed query ignored', () => {
    const { stdout, stderr, code } = cli('search', file, 'OR jane');
    assert.equal(code, 0);
    assert.equal(stdout, 'Jane Doe\n');
    assert.match(stderr, /note: “OR” at the start was ignored/);
  });

  it('says clearly when a file cannot be read', () => {
    const missing = cli('search', join(dir, 'missing.json'), 'jane');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /missing\.json: cannot read: .*no such file/);
    const vcf = join(dir, 'contacts.vcf');
    writeFileSync(vcf, 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane\r\nEND:VCARD\r\n');
    // Until the vCard reader lands, the placeholder refuses the format by name; then it reads it.
    const result = cli('search', vcf, 'jane');
    if (result.code === 0) assert.equal(result.stdout, 'Jane\n');
    else
      assert.match(
        result.stderr,
        /contacts\.vcf: cannot read: Reading \.vcf files is not supported yet/,
      );
  });

  it('without a query prints its usage and exits 2', () => {
    const { stderr, code } = cli('search', file);
    assert.equal(code, 2);
    assert.match(stderr, /usage: contact-book search FILE QUERY/);
  });
});

describe('contact-book', () => {
  it('--help prints the commands', () => {
    const { stdout, code } = cli('--help');
    assert.equal(code, 0);
    assert.match(stdout, /usage: contact-book search FILE QUERY/);
  });

  it('an unknown command prints the usage on stderr and exits 2', () => {
    const { stdout, stderr, code } = cli('frobnicate');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /unknown command frobnicate[\s\S]*usage: contact-book/);
  });
});
