/** How a picture format is decoded: by the browser, by utif2, through a RAW's embedded JPEG, or not at all. */
export type DecodeRoute = 'browser' | 'tiff' | 'raw' | 'unsupported';

/** A file format recognised by its first bytes (never by its name or declared type, which lie). */
export interface PictureFormat {
  /** A short id: `jpeg`, `png`, `tiff`, `dng`, `heic`, `pdf`, `unknown`… */
  id: string;
  /** The name a person knows it by, used in messages: "JPEG", "Canon RAW (CR2)", "PDF"… */
  name: string;
  route: DecodeRoute;
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const format = (id: string, name: string, route: DecodeRoute): PictureFormat => ({
  id,
  name,
  route,
});

/** ISO base media brands (bytes 8–11 after `ftyp`) of the formats that use that container. */
const FTYP_BRANDS: Record<string, PictureFormat> = {
  avif: format('avif', 'AVIF', 'browser'),
  avis: format('avif', 'AVIF', 'browser'),
  heic: format('heic', 'HEIC', 'browser'),
  heix: format('heic', 'HEIC', 'browser'),
  hevc: format('heic', 'HEIC', 'browser'),
  hevx: format('heic', 'HEIC', 'browser'),
  heim: format('heic', 'HEIC', 'browser'),
  heis: format('heic', 'HEIC', 'browser'),
  mif1: format('heic', 'HEIF', 'browser'),
  msf1: format('heic', 'HEIF', 'browser'),
  'crx ': format('cr3', 'Canon RAW (CR3)', 'unsupported'),
  'qt  ': format('mov', 'QuickTime video', 'unsupported'),
  isom: format('mp4', 'MP4 video', 'unsupported'),
  mp41: format('mp4', 'MP4 video', 'unsupported'),
  mp42: format('mp4', 'MP4 video', 'unsupported'),
};

/** Leading bytes (as text) of formats we name but cannot use. */
const OTHER_SIGNATURES: [string, PictureFormat][] = [
  ['%PDF', format('pdf', 'PDF', 'unsupported')],
  ['8BPS', format('psd', 'Photoshop (PSD)', 'unsupported')],
  ['PK\x03\x04', format('zip', 'ZIP archive', 'unsupported')],
  ['\x00\x00\x01\x00', format('ico', 'Windows icon (ICO)', 'unsupported')],
  ['\xff\x0a', format('jxl', 'JPEG XL', 'unsupported')],
  ['\x00\x00\x00\x0cJXL ', format('jxl', 'JPEG XL', 'unsupported')],
  ['\x00\x00\x00\x0cjP  ', format('jp2', 'JPEG 2000', 'unsupported')],
  ['IIRO', format('orf', 'Olympus RAW (ORF)', 'unsupported')],
  ['IIU\x00', format('rw2', 'Panasonic RAW (RW2)', 'unsupported')],
  ['FUJIFILMCCD-RAW', format('raf', 'Fujifilm RAW (RAF)', 'unsupported')],
  ['gimp xcf', format('xcf', 'GIMP (XCF)', 'unsupported')],
];

/**
 * The format of a file from its magic bytes. TIFF-based camera RAWs are told apart from plain
 * TIFF here by the header (CR2) or later by their tags (`refineTiffFormat`).
 */
export function detectFormat(bytes: Uint8Array): PictureFormat {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return format('jpeg', 'JPEG', 'browser');
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return format('png', 'PNG', 'browser');
  if (ascii(bytes, 0, 4) === 'GIF8') return format('gif', 'GIF', 'browser');
  if (ascii(bytes, 0, 2) === 'BM') return format('bmp', 'BMP', 'browser');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return format('webp', 'WebP', 'browser');
  const tiffHeader = ascii(bytes, 0, 4);
  if (tiffHeader === 'II*\x00' || tiffHeader === 'MM\x00*') {
    // Canon CR2: a TIFF header followed by "CR" at byte 8.
    return ascii(bytes, 8, 2) === 'CR'
      ? format('cr2', 'Canon RAW (CR2)', 'raw')
      : format('tiff', 'TIFF', 'tiff');
  }
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = FTYP_BRANDS[ascii(bytes, 8, 4)];
    // A generic HEIF brand (mif1) also heads AVIF files: their compatible brands say which.
    if (brand?.id === 'heic' && compatibleBrands(bytes).includes('avif'))
      return FTYP_BRANDS['avif']!;
    if (brand) return brand;
  }
  for (const [signature, known] of OTHER_SIGNATURES) {
    if (ascii(bytes, 0, signature.length) === signature) return known;
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) {
    return format('svg', 'SVG', 'unsupported');
  }
  return format('unknown', 'unknown', 'unsupported');
}

/** The compatible brands listed in an ISO base media `ftyp` box (after major brand and version). */
function compatibleBrands(bytes: Uint8Array): string[] {
  const size = new DataView(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8)).getUint32(0);
  const brands: string[] = [];
  for (let offset = 16; offset + 4 <= Math.min(size, bytes.length); offset += 4)
    brands.push(ascii(bytes, offset, 4));
  return brands;
}

/** Tells a TIFF-based camera RAW (DNG, NEF, ARW) from a plain TIFF by the tags of its first IFD. */
export function refineTiffFormat(ifd0: Record<string, unknown>): PictureFormat | undefined {
  // 50706 DNGVersion; 271 Make (an array of one string in utif2's reading).
  if (ifd0['t50706']) return format('dng', 'Adobe DNG', 'raw');
  const make = String((ifd0['t271'] as string[] | undefined)?.[0] ?? '').toUpperCase();
  if (make.startsWith('NIKON')) return format('nef', 'Nikon RAW (NEF)', 'raw');
  if (make.startsWith('SONY')) return format('arw', 'Sony RAW (ARW)', 'raw');
  return undefined;
}
