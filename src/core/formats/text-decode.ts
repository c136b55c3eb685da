// Turning a contact file's bytes into text. Exporters write UTF-8 (with or without BOM),
// UTF-16 (Outlook's "Unicode", Mac OS X Address Book without a BOM), Windows-1252 and
// Shift_JIS, rarely declaring which: the BOM, NUL-byte patterns and UTF-8 validity decide.

/** The encoding of a whole file and how many BOM bytes to skip. */
export interface DetectedEncoding {
  encoding: string;
  bomLength: number;
}

const SAMPLE = 4096;

/** Guesses the encoding of a file from its BOM, its NUL bytes and UTF-8 validity. */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = detectUtf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: looksLikeShiftJis(bytes) ? 'shift_jis' : 'windows-1252', bomLength: 0 };
}

/** Decodes a whole file with the detected (or given) encoding, without its BOM. */
export function decodeFile(
  bytes: Uint8Array,
  encoding?: string,
): { text: string; encoding: string } {
  const detected = encoding ? { encoding, bomLength: 0 } : detectEncoding(bytes);
  const text = decodeWith(detected.encoding, bytes.subarray(detected.bomLength));
  return { text, encoding: detected.encoding };
}

/** True when the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes one value's bytes: the declared charset when TextDecoder knows it, else UTF-8 when
 * valid, else Windows-1252 (the usual undeclared 8-bit charset of Outlook and Mac exports).
 */
export function decodeBytes(bytes: Uint8Array, charset?: string): string {
  if (charset) {
    try {
      return decodeWith(charset, bytes);
    } catch {
      // An unknown label: fall through to the guess.
    }
  }
  if (isUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
  return decodeWith('windows-1252', bytes);
}

// Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ · Ž · · ‘ ’ “ ” • – — ˜ ™ š › œ · ž Ÿ):
// Node 20's TextDecoder decodes them as C1 controls (ISO-8859-1), browsers as WHATWG says.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** TextDecoder for any label it knows; Windows-1252 (and its aliases) decoded per WHATWG everywhere. */
export function decodeWith(label: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder(label);
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}

/** A "binary string": one char per byte (0–255), so line work can precede charset decoding. */
export function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    out += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return out;
}

/** The bytes of a binary string. */
export function binaryToBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++)
    bytes[index] = binary.charCodeAt(index) & 0xff;
  return bytes;
}

// UTF-16 without BOM: ASCII-heavy text has a NUL in every other byte.
function detectUtf16WithoutBom(bytes: Uint8Array): string | undefined {
  const length = Math.min(bytes.length, SAMPLE) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  return undefined;
}

// Shift_JIS text puts its non-ASCII bytes side by side (two-byte characters); Windows-1252
// European text has isolated ones ("Müller"). Both decode without error, so count neighbours.
function looksLikeShiftJis(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let high = 0;
  let paired = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] < 0x80) continue;
    high++;
    if ((bytes[index - 1] ?? 0) >= 0x80 || (bytes[index + 1] ?? 0) >= 0x80) paired++;
  }
  return high > 0 && paired / high >= 0.6;
}
