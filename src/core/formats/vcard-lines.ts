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
  const source = toSource(bytes);
  const blocks: VCardBlock[] = [];
  let current: VCardBlock | undefined;
  for (const logical of logicalLines(source.text)) {
    const property = parseLine(logical.text, logical.line, source);
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

/**
 * The file as lines can be cut from: text when it decodes as UTF-8 or UTF-16 (a fold inside a
 * UTF-8 character would make the file invalid UTF-8, so valid files have none), else a binary
 * string, one char per byte, decoded value by value once each CHARSET is known.
 */
interface Source {
  text: string;
  binary: boolean;
  /** False for UTF-16 files: their CHARSET parameters describe some earlier encoding. */
  declaredCharsets: boolean;
}

function toSource(bytes: Uint8Array): Source {
  const { encoding, bomLength } = detectEncoding(bytes);
  const content = bytes.subarray(bomLength);
  if (encoding.startsWith('utf-16')) {
    return {
      text: new TextDecoder(encoding).decode(content),
      binary: false,
      declaredCharsets: false,
    };
  }
  if (encoding === 'utf-8') {
    return {
      text: new TextDecoder('utf-8').decode(content),
      binary: false,
      declaredCharsets: true,
    };
  }
  return { text: bytesToBinary(content), binary: true, declaredCharsets: true };
}

/** The bytes of a piece of the source. */
function sourceBytes(source: Source, raw: string): Uint8Array {
  return source.binary ? binaryToBytes(raw) : new TextEncoder().encode(raw);
}

/** A raw (not encoded) value as text: the declared charset, else UTF-8, else Windows-1252. */
function decodeRaw(source: Source, raw: string, charset: string | undefined): string {
  if (isAscii(raw)) return raw;
  if (!source.binary && (!charset || /^utf-?8$/i.test(charset))) return raw;
  return decodeBytes(sourceBytes(source, raw), charset);
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

function parseLine(text: string, line: number, source: Source): VCardProperty | undefined {
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
  for (const part of [...commaParams, ...paramParts]) addParam(params, part, source);
  const encoding = params.ENCODING?.[0]?.toUpperCase();
  const charset = source.declaredCharsets ? params.CHARSET?.[0] : undefined;
  delete params.CHARSET;
  const raw = text.slice(colon + 1);
  let value: string;
  const base64 = encoding === 'B' || encoding === 'BASE64';
  if (base64) {
    value = raw.replace(/\s+/g, '');
  } else if (encoding === 'QUOTED-PRINTABLE') {
    const decoded = decodeQuotedPrintable(sourceBytes(source, raw));
    value = decodeBytes(decoded, charset).replace(/\r\n|\r|\n/g, '\\n');
  } else {
    value = decodeRaw(source, raw, charset);
  }
  if (!base64) delete params.ENCODING;
  return { group, name, params, value, base64, line };
}

function addParam(params: Record<string, string[]>, part: string, source: Source): void {
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
  const decoded = values.map((value) => decodeRaw(source, value, undefined));
  (params[key] ??= []).push(...decoded.filter((value) => value !== ''));
}

// RFC 6868: ^n is a newline, ^' a double quote, ^^ a caret.
function decodeParamValue(value: string): string {
  return value.replace(/\^(n|N|'|\^)/g, (_, char: string) =>
    char === "'" ? '"' : char === '^' ? '^' : '\n',
  );
}

/** Quoted-printable to bytes; an '=' not followed by two hex digits is kept as it is. */
function decodeQuotedPrintable(raw: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(raw.length);
  let length = 0;
  for (let index = 0; index < raw.length; index++) {
    const high = hexValue(raw[index + 1]);
    const low = hexValue(raw[index + 2]);
    if (raw[index] === 0x3d && high >= 0 && low >= 0) {
      bytes[length++] = high * 16 + low;
      index += 2;
    } else {
      bytes[length++] = raw[index];
    }
  }
  return bytes.subarray(0, length);
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
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
