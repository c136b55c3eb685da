#!/usr/bin/env node
// The `contact-book` command: a thin dispatcher over the sub-command modules.
import { readFile, writeFile } from 'node:fs/promises';
import { CONVERT_USAGE, runConvert, type ConvertIo } from './convert.js';

const io: ConvertIo = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
  readFont: async () =>
    new Uint8Array(await readFile(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url))),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

const [command, ...args] = process.argv.slice(2);
if (command === 'convert') {
  process.exitCode = await runConvert(args, io);
} else {
  process.stderr.write(`${command ? `unknown command ${command}\n` : ''}${CONVERT_USAGE}\n`);
  process.exitCode = 2;
}
