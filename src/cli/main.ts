#!/usr/bin/env node
// The `contact-book` command: a thin dispatcher over core. Each command returns its output and
// exit code, so tests and other tools can call commands without a process.
import { fileURLToPath } from 'node:url';
import { SEARCH_USAGE, searchCommand, type CommandOutput } from './search.js';

type Command = (args: readonly string[]) => Promise<CommandOutput>;

const COMMANDS: Record<string, { run: Command; usage: string; summary: string }> = {
  search: {
    run: searchCommand,
    usage: SEARCH_USAGE,
    summary: 'print the contacts of a file that match a query',
  },
};

/** The help text: every command, its arguments and what it does. */
export function usage(): string {
  const lines = Object.values(COMMANDS).map(
    ({ usage: line, summary }) => `  ${line}\n      ${summary}`,
  );
  return [
    'Usage: contact-book <command> [arguments]',
    '',
    'Commands:',
    ...lines,
    '',
    '  contact-book --help',
  ].join('\n');
}

/** Runs one command line (without `node main.js`). Unknown command: usage on stderr, exit 2. */
export async function main(argv: readonly string[]): Promise<CommandOutput> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help')
    return { stdout: [usage()], stderr: [], exitCode: 0 };
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const problem = name ? `Unknown command "${name}"` : 'No command given';
    return { stdout: [], stderr: [`${problem}.`, usage()], exitCode: 2 };
  }
  try {
    return await command.run(args);
  } catch (error) {
    // A file that cannot be read is the user's problem to fix, not a crash: say it in one line.
    return {
      stdout: [],
      stderr: [`contact-book ${name}: ${(error as Error).message}`],
      exitCode: 1,
    };
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const output = await main(process.argv.slice(2));
  if (output.stdout.length) process.stdout.write(`${output.stdout.join('\n')}\n`);
  if (output.stderr.length) process.stderr.write(`${output.stderr.join('\n')}\n`);
  process.exitCode = output.exitCode;
}
