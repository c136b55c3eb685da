// Reading any contact file: the format is detected from the content, the name as a hint.
import { readCsv } from './csv-read.js';
import { readJsonContacts } from './json-read.js';
import { readLdif } from './ldif-read.js';
import { decodeFile } from './text-decode.js';
import { emptyResult, type ContactFileFormat, type ImportResult } from './types.js';
import { readVCard } from './vcard-read.js';

export * from './types.js';
export { readVCard } from './vcard-read.js';
export { readCsv, detectDelimiter, type CsvImportResult, type ReadCsvOptions } from './csv-read.js';
export {
  mapColumns,
  detectPreset,
  normalizeHeader,
  COLUMN_TARGETS,
  type ColumnTarget,
  type CsvPreset,
} from './csv-columns.js';
export { parseCsvDate, GOOGLE_SEPARATOR } from './csv-cells.js';
export { readLdif } from './ldif-read.js';
export { readJsonContacts } from './json-read.js';
export { detectEncoding, decodeFile } from './text-decode.js';

/** A read file: the result and the format it was read as (undefined when unreadable). */
export interface ContactFileResult extends ImportResult {
  format: ContactFileFormat | undefined;
}

/** Which format the bytes hold: vCard, LDIF, JSON or CSV; undefined for binary or empty files. */
export function detectContactFileFormat(
  bytes: Uint8Array,
  fileName = '',
): ContactFileFormat | undefined {
  // The first 64 KB decide; a character cut at the end only changes the guess to Windows-1252.
  const head = decodeFile(bytes.subarray(0, 65536)).text;
  if (!head.trim() || looksBinary(head)) return undefined;
  if (/^\s*BEGIN:VCARD/im.test(head)) return 'vcard';
  if (/^(version:\s*1\s*$|dn::?\s)/im.test(head.trimStart())) return 'ldif';
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1].toLowerCase();
  if (extension === 'json' || /^\s*\[\s*(\{|\])/.test(head)) return 'json';
  if (extension === 'vcf' || extension === 'vcard') return 'vcard';
  if (extension === 'ldif' || extension === 'ldi') return 'ldif';
  return 'csv';
}

/** Reads a contact file of any supported format; an empty or binary file yields one problem. */
export function readContactFile(bytes: Uint8Array, fileName?: string): ContactFileResult {
  if (!bytes.length) return { ...fileProblem('The file is empty'), format: undefined };
  const format = detectContactFileFormat(bytes, fileName);
  if (!format) return { ...fileProblem('This is not a contact file (vCard, CSV or LDIF)'), format };
  const read = { vcard: readVCard, ldif: readLdif, json: readJsonContacts, csv: readCsv }[format];
  try {
    return { ...read(bytes), format };
  } catch (error) {
    // The readers contain their failures record by record; this is the net under the net.
    return { ...fileProblem(`The file could not be read: ${String(error)}`), format };
  }
}

function fileProblem(message: string): ImportResult {
  const result = emptyResult();
  result.problems.push({ record: 0, line: 0, message });
  return result;
}

// Text has few control characters; images, archives and executables have many.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let controls = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
      code === 0xfffd
    )
      controls++;
  }
  return controls > sample.length * 0.05;
}
export { writeVCard, type VCardVersion, type WriteVCardOptions } from './vcard-write.js';
export { writeCsv, guardCell, type CsvLayout, type CsvWriteResult } from './csv-write.js';
export {
  exportContacts,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportedFile,
  type ExportOptions,
} from './export-file.js';
export {
  findDuplicates,
  mergeContact,
  importContacts,
  remainingCapacity,
  DEFAULT_MAX_CONTACTS,
  type DuplicateChoice,
  type DuplicateMatch,
  type ImportOutcome,
  type ImportOptions,
} from './import-plan.js';
export { listingBlocks } from './listing.js';
