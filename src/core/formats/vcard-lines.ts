// A tolerant vCard 2.1 / 3.0 / 4.0 line reader. The `vcard4` package parses only strict 4.0
// (CRLF required, FN required, one unknown property or parameter rejects the whole file, and
// its value splitter skips unescaping for any value `URL.canParse` accepts, so "re: lunch"
// keeps its backslashes), which real 2.1/3.0 exports never are. This reader works on bytes:
// folds and quoted-printable soft breaks can split a UTF-8 character (kcontacts vcard9, calcard
// 009), so lines are joined first and each value is decoded with its own CHARSET afterwards.
import { binaryToBytes, bytesToBinary, decodeBytes, detectEncoding } from './text-decode.js';
import type { ImportProblem } from './types.js';

/** One content line: group, upper-case name, upper-case parameter names, the decoded value. */
export interface VCardProperty {
  group?: string;
  name: string;
  /** Parameter values, RFC 6868-decoded; 2.1 bare parameters land in TYPE (or ENCODING). */
  params: Record<string, string[]>;
  /** The text value, still vCard-escaped (`\n`, `\,`, `\;`); base64 text when `base64`. */
  value: string;
  /** True when the value was ENCODING=b / BASE64 (it is then the base64 text, unwrapped). */
  base64: boolean;
  /** 1-based line in the file. */
  line: number;
}

/** The properties of one BEGIN:VCARD … END:VCARD block. */
export interface VCardBlock {
  properties: VCardProperty[];
  /** 1-based line of BEGIN:VCARD. */
  line: number;
  /** False when the file ended before END:VCARD. */
  closed: boolean;
}

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits a file's bytes into vCard blocks of decoded properties. */
export function readVCardBlocks(bytes: Uint8Array): {
  blocks: VCardBlock[];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const { binary, declaredCharsets } = toBinary(bytes);
  const blocks: VCardBlock[] = [];
  let current: VCardBlock | undefined;
  for (const logical of logicalLines(binary)) {
    const property = parseLine(logical.text, logical.line, declaredCharsets);
    if (!property) {
      problems.push({
        record: blocks.length + (current ? 0 : 1),
        line: logical.line,
        message: 'Not a vCard property (no ":"): ignored',
      });
      continue;
    }
    const isMarker = !property.group && property.value.trim().toUpperCase() === 'VCARD';
    if (isMarker && property.name === 'BEGIN') {
      if (current) {
        problems.push({
          record: blocks.length,
          line: current.line,
          message: 'Card has no END:VCARD',
        });
      }
      current = { properties: [], line: logical.line, closed: false };
      blocks.push(current);
    } else if (isMarker && property.name === 'END') {
      if (current) current.closed = true;
      current = undefined;
    } else if (current) {
      current.properties.push(property);
    }
  }
  if (current)
    problems.push({
      record: blocks.length,
      line: current.line,
      message: 'Card has no END:VCARD (file truncated?)',
    });
  return { blocks, problems };
}

// UTF-16 files are decoded whole and re-encoded as UTF-8 (their CHARSET parameters, if any, are
// then wrong); every other file is kept as bytes until each value's charset is known.
function toBinary(bytes: Uint8Array): { binary: string; declaredCharsets: boolean } {
  const { encoding, bomLength } = detectEncoding(bytes);
  if (encoding.startsWith('utf-16')) {
    const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
    return { binary: bytesToBinary(new TextEncoder().encode(text)), declaredCharsets: false };
  }
  return { binary: bytesToBinary(bytes.subarray(bomLength)), declaredCharsets: true };
}

function* logicalLines(binary: string): Generator<{ text: string; line: number }> {
  // CRLF files may hold bare CRs inside values (Thunderbird) and CR CR LF ends (iOS).
  const lines = binary.includes('\r\n') ? binary.split(/\r*\n/) : binary.split(/\r\n|\n|\r/);
  let current: { text: string; line: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (current && current.text.endsWith('=') && isQuotedPrintable(current.text)) {
      // A quoted-printable soft break: the next line continues the value as it is.
      current.text = current.text.slice(0, -1) + line;
    } else if (current && (line.startsWith(' ') || line.startsWith('\t'))) {
      current.text += line.slice(1);
    } else if (line.trim() === '' || line.startsWith('#')) {
      // Blank lines end nothing in particular; '#' lines are comments some phones write.
    } else if (current && !/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)?[;:,]/.test(line)) {
      // An unindented continuation (tine20's LABEL): keep it as a new line of the value.
      current.text += '\\n' + line;
    } else {
      if (current) yield current;
      current = { text: line, line: index + 1 };
    }
  }
  if (current) yield current;
}

function isQuotedPrintable(text: string): boolean {
  const colon = text.indexOf(':');
  return colon > 0 && /QUOTED-PRINTABLE/i.test(text.slice(0, colon));
}

function parseLine(
  text: string,
  line: number,
  declaredCharsets: boolean,
): VCardProperty | undefined {
  const colon = indexOutsideQuotes(text, ':');
  if (colon <= 0) return undefined;
  const [namePart, ...paramParts] = splitOutsideQuotes(text.slice(0, colon), ';');
  // tine20 writes "LABEL,TYPE=HOME:": a comma where the ';' belongs.
  const [qualified, ...commaParams] = namePart.split(',');
  const dot = qualified.lastIndexOf('.');
  const group = dot > 0 ? qualified.slice(0, dot) : undefined;
  const name = qualified
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  const params: Record<string, string[]> = {};
  for (const part of [...commaParams, ...paramParts]) addParam(params, part);
  const encoding = params.ENCODING?.[0]?.toUpperCase();
  const charset = declaredCharsets ? params.CHARSET?.[0] : undefined;
  delete params.CHARSET;
  const raw = text.slice(colon + 1);
  let value: string;
  const base64 = encoding === 'B' || encoding === 'BASE64';
  if (base64) {
    value = raw.replace(/\s+/g, '');
  } else if (encoding === 'QUOTED-PRINTABLE') {
    value = decodeBytes(decodeQuotedPrintable(raw), charset).replace(/\r\n|\r|\n/g, '\\n');
  } else {
    value = isAscii(raw) ? raw : decodeBytes(binaryToBytes(raw), charset);
  }
  if (!base64) delete params.ENCODING;
  return { group, name, params, value, base64, line };
}

function addParam(params: Record<string, string[]>, part: string): void {
  const trimmed = trimAscii(part);
  if (!trimmed) return;
  const equals = trimmed.indexOf('=');
  let key: string;
  let rawValue: string;
  if (equals < 0) {
    key = ENCODINGS.has(trimmed.toUpperCase()) ? 'ENCODING' : 'TYPE';
    rawValue = trimmed;
  } else {
    key = trimmed.slice(0, equals).trim().toUpperCase();
    rawValue = trimmed.slice(equals + 1);
  }
  const values = splitOutsideQuotes(rawValue, ',').map((value) =>
    decodeParamValue(trimAscii(value).replace(/^"(.*)"$/s, '$1')),
  );
  const decoded = values.map((value) =>
    isAscii(value) ? value : decodeBytes(binaryToBytes(value)),
  );
  (params[key] ??= []).push(...decoded.filter((value) => value !== ''));
}

// RFC 6868: ^n is a newline, ^' a double quote, ^^ a caret.
function decodeParamValue(value: string): string {
  return value.replace(/\^(n|N|'|\^)/g, (_, char: string) =>
    char === "'" ? '"' : char === '^' ? '^' : '\n',
  );
}

/** Quoted-printable to bytes; an '=' not followed by two hex digits is kept as it is. */
function decodeQuotedPrintable(binary: string): Uint8Array {
  const bytes: number[] = [];
  for (let index = 0; index < binary.length; index++) {
    const char = binary.charCodeAt(index);
    if (char === 0x3d && /^[0-9A-Fa-f]{2}$/.test(binary.slice(index + 1, index + 3))) {
      bytes.push(parseInt(binary.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(char & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** Trims spaces and tabs only: in a binary string, 0xA0 is a byte of a UTF-8 character. */
function trimAscii(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

function isAscii(text: string): boolean {
  return /^\p{ASCII}*$/u.test(text);
}

function indexOutsideQuotes(text: string, char: string): number {
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '"') quoted = !quoted;
    else if (text[index] === char && !quoted) return index;
  }
  // An unbalanced quote: fall back to the first occurrence.
  return text.indexOf(char);
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '"') quoted = !quoted;
    else if (text[index] === separator && !quoted) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
