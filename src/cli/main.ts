#!/usr/bin/env node
// The `contact-book` command: a thin dispatcher over the sub-command modules. Each command takes
// its arguments and the outside world (`io`) and resolves to its exit code.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CONVERT_USAGE, runConvert, type ConvertIo } from './convert.js';
import { SEARCH_USAGE, runSearch, type SearchIo } from './search.js';

/** The PDF font, shipped in the package's assets/. */
const FONT = new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url);

/** Node's side of every command's io. */
const io: SearchIo & ConvertIo = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
  readFont: async () => new Uint8Array(await readFile(FONT)),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/** Every command: how it runs, and its usage. */
const COMMANDS: Record<
  string,
  { run: (args: readonly string[]) => Promise<number>; usage: string }
> = {
  convert: { run: (args) => runConvert(args, io), usage: CONVERT_USAGE },
  search: { run: (args) => runSearch(args, io), usage: SEARCH_USAGE },
};

/** The help text: every command's usage. */
export function usage(): string {
  return [
    'usage: contact-book <command> [arguments]',
    '       contact-book --help',
    '',
    ...Object.values(COMMANDS).map((command) => command.usage),
  ].join('\n');
}

/** Runs one command line (the arguments after `contact-book`); resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(name ? `unknown command ${name}` : 'no command given');
    io.stderr(usage());
    return 2;
  }
  return command.run(args);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
