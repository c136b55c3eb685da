// How both commands print a problem of the file they read.
import type { ImportProblem } from '../core/formats/index.js';

/** One problem, one line: "file:line: record N: message"; "file: message" for the whole file. */
export function formatProblem(file: string, { record, line, message }: ImportProblem): string {
  const where = line ? `${file}:${line}:` : `${file}:`;
  return `${where} ${record ? `record ${record}: ` : ''}${message.replace(/\r?\n/g, '\\n')}`;
}
