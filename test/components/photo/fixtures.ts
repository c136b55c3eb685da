// Small picture files made in the test itself: the encoders are the browser's own (canvas) and
// utif2; BMP, GIF and the DNG-like TIFF are written byte by byte after their specifications.
import { UTIF } from '../../../src/components/photo/utif.js';

/** The left half's colour in every fixture. */
export const RED = [220, 20, 20] as const;
/** The right half's colour in every fixture. */
export const BLUE = [20, 20, 220] as const;

/** RGBA pixels: left half red, right half blue (so orientation shows). */
export function halves(width: number, height: number): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      pixels.set([...(x < width / 2 ? RED : BLUE), 255], (y * width + x) * 4);
    }
  }
  return pixels;
}

/** A picture encoded by the browser: halves, or noise (which compresses badly, like a real photo's detail). */
export async function canvasPicture(
  width: number,
  height: number,
  {
    type = 'image/jpeg',
    quality = 0.9,
    noise = false,
  }: { type?: string; quality?: number; noise?: boolean } = {},
): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const pixels = halves(width, height);
  if (noise) {
    let seed = 7;
    for (let i = 0; i < pixels.length; i += 4) {
      // A small LCG: deterministic noise without Math.random.
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      pixels[i] = seed & 0xff;
      pixels[i + 1] = (seed >>> 8) & 0xff;
      pixels[i + 2] = (seed >>> 16) & 0xff;
    }
  }
  context.putImageData(new ImageData(pixels, width, height), 0, 0);
  return new Uint8Array(await (await canvas.convertToBlob({ type, quality })).arrayBuffer());
}

/** A plain RGBA TIFF written by utif2. */
export function tiffPicture(width: number, height: number): Uint8Array {
  return new Uint8Array(
    UTIF.encodeImage(new Uint8Array(halves(width, height).buffer), width, height),
  );
}

/** A 24-bit uncompressed BMP (BITMAPINFOHEADER, bottom-up rows padded to 4 bytes). */
export function bmpPicture(width: number, height: number): Uint8Array {
  const rowSize = Math.ceil((width * 3) / 4) * 4;
  const bytes = new Uint8Array(54 + rowSize * height);
  const view = new DataView(bytes.buffer);
  bytes.set([0x42, 0x4d]);
  view.setUint32(2, bytes.length, true);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, 24, true);
  const pixels = halves(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const source = ((height - 1 - y) * width + x) * 4;
      bytes.set(
        [pixels[source + 2]!, pixels[source + 1]!, pixels[source]!],
        54 + y * rowSize + x * 3,
      );
    }
  }
  return bytes;
}

/**
 * A GIF89a with a two-colour palette, left half red and right half blue. LZW without compression:
 * a clear code before every two literals keeps the code width at 3 bits.
 */
export function gifPicture(width: number, height: number): Uint8Array {
  const codes: number[] = [];
  for (let i = 0; i < width * height; i++) {
    if (i % 2 === 0) codes.push(4);
    codes.push(i % width < width / 2 ? 0 : 1);
  }
  codes.push(5);
  const packed: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const code of codes) {
    buffer |= code << bits;
    bits += 3;
    while (bits >= 8) {
      packed.push(buffer & 0xff);
      buffer >>= 8;
      bits -= 8;
    }
  }
  if (bits) packed.push(buffer);
  const blocks: number[] = [];
  for (let start = 0; start < packed.length; start += 255) {
    const block = packed.slice(start, start + 255);
    blocks.push(block.length, ...block);
  }
  const u16 = (value: number) => [value & 0xff, value >> 8];
  return new Uint8Array([
    ...'GIF89a'.split('').map((char) => char.charCodeAt(0)),
    ...u16(width),
    ...u16(height),
    0b1000_0001, // global colour table of 4 entries
    0,
    0,
    ...RED,
    ...BLUE,
    0,
    0,
    0,
    0,
    0,
    0,
    0x2c,
    ...u16(0),
    ...u16(0),
    ...u16(width),
    ...u16(height),
    0,
    2, // LZW minimum code size
    ...blocks,
    0,
    0x3b,
  ]);
}

type Entry = { tag: number; type: 3 | 4 | 1 | 2; values: number[] | string };

/** Writes one IFD's entries; values that do not fit in 4 bytes go to `extra`. */
function ifdBytes(entries: Entry[], at: number, next: number): Uint8Array {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  const size = 2 + sorted.length * 12 + 4;
  const extra: number[] = [];
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint16(0, sorted.length, true);
  const width = { 1: 1, 2: 1, 3: 2, 4: 4 } as const;
  sorted.forEach((entry, index) => {
    const base = 2 + index * 12;
    const values =
      typeof entry.values === 'string'
        ? [...entry.values, '\0'].map((c) => c.charCodeAt(0))
        : entry.values;
    const bytes: number[] = [];
    for (const value of values) {
      for (let b = 0; b < width[entry.type]; b++) bytes.push((value >> (8 * b)) & 0xff);
    }
    view.setUint16(base, entry.tag, true);
    view.setUint16(base + 2, entry.type, true);
    view.setUint32(base + 4, values.length, true);
    if (bytes.length <= 4) out.set(bytes, base + 8);
    else {
      view.setUint32(base + 8, at + size + extra.length, true);
      extra.push(...bytes, ...(bytes.length % 2 ? [0] : []));
    }
  });
  view.setUint32(2 + sorted.length * 12, next, true);
  const whole = new Uint8Array(size + extra.length);
  whole.set(out);
  whole.set(extra, size);
  return whole;
}

/**
 * A DNG-like camera RAW: a TIFF whose IFD0 is a 1×1 "raw" image carrying DNGVersion, Make and
 * Orientation, with a large JPEG preview in a sub-IFD (compression 7) and a small JPEG
 * thumbnail in IFD1 (tags 513/514), as real DNG and NEF files hold them.
 */
export function dngLikePicture({
  preview,
  thumbnail,
  orientation = 1,
  make = 'Contact Book Camera',
  dng = true,
}: {
  preview?: Uint8Array;
  thumbnail?: Uint8Array;
  orientation?: number;
  make?: string;
  dng?: boolean;
}): Uint8Array {
  // Layout: header (8) · IFD0 · sub-IFD · IFD1 · raw pixel · preview · thumbnail, offsets fixed in two passes.
  const layout = (offsets: {
    ifd0: number;
    sub: number;
    ifd1: number;
    raw: number;
    preview: number;
    thumbnail: number;
  }) => {
    const ifd0: Entry[] = [
      { tag: 254, type: 4, values: [0] },
      { tag: 256, type: 4, values: [1] },
      { tag: 257, type: 4, values: [1] },
      { tag: 258, type: 3, values: [8, 8, 8] },
      { tag: 259, type: 3, values: [1] },
      { tag: 262, type: 3, values: [2] },
      { tag: 271, type: 2, values: make },
      { tag: 273, type: 4, values: [offsets.raw] },
      { tag: 274, type: 3, values: [orientation] },
      { tag: 277, type: 3, values: [3] },
      { tag: 278, type: 4, values: [1] },
      { tag: 279, type: 4, values: [3] },
      ...(preview ? [{ tag: 330, type: 4 as const, values: [offsets.sub] }] : []),
      ...(dng ? [{ tag: 50706, type: 1 as const, values: [1, 4, 0, 0] }] : []),
    ];
    const sub: Entry[] = [
      { tag: 254, type: 4, values: [1] },
      { tag: 256, type: 4, values: [640] },
      { tag: 257, type: 4, values: [480] },
      { tag: 259, type: 3, values: [7] },
      { tag: 273, type: 4, values: [offsets.preview] },
      { tag: 279, type: 4, values: [preview?.length ?? 0] },
    ];
    const ifd1: Entry[] = [
      { tag: 259, type: 3, values: [6] },
      { tag: 513, type: 4, values: [offsets.thumbnail] },
      { tag: 514, type: 4, values: [thumbnail?.length ?? 0] },
    ];
    return {
      ifd0: ifdBytes(ifd0, offsets.ifd0, thumbnail ? offsets.ifd1 : 0),
      sub: preview ? ifdBytes(sub, offsets.sub, 0) : new Uint8Array(),
      ifd1: thumbnail ? ifdBytes(ifd1, offsets.ifd1, 0) : new Uint8Array(),
    };
  };
  const place = (parts: ReturnType<typeof layout>) => {
    const ifd0 = 8;
    const sub = ifd0 + parts.ifd0.length;
    const ifd1 = sub + parts.sub.length;
    const raw = ifd1 + parts.ifd1.length;
    const previewAt = raw + 4;
    return {
      ifd0,
      sub,
      ifd1,
      raw,
      preview: previewAt,
      thumbnail: previewAt + (preview?.length ?? 0),
    };
  };
  // IFD sizes do not depend on the offsets' values, so one dry run fixes the layout.
  const offsets = place(layout({ ifd0: 0, sub: 0, ifd1: 0, raw: 0, preview: 0, thumbnail: 0 }));
  const parts = layout(offsets);
  const file = new Uint8Array(offsets.thumbnail + (thumbnail?.length ?? 0));
  file.set([0x49, 0x49, 42, 0, 8, 0, 0, 0]);
  file.set(parts.ifd0, offsets.ifd0);
  file.set(parts.sub, offsets.sub);
  file.set(parts.ifd1, offsets.ifd1);
  file.set([128, 128, 128], offsets.raw);
  if (preview) file.set(preview, offsets.preview);
  if (thumbnail) file.set(thumbnail, offsets.thumbnail);
  return file;
}

/** A JPEG with an EXIF APP1 segment holding only an Orientation tag (274). */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = [
    0x49,
    0x49,
    42,
    0,
    8,
    0,
    0,
    0,
    1,
    0,
    0x12,
    0x01,
    3,
    0,
    1,
    0,
    0,
    0,
    orientation,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ];
  const payload = [...'Exif'.split('').map((char) => char.charCodeAt(0)), 0, 0, ...tiff];
  const length = payload.length + 2;
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe1,
    length >> 8,
    length & 0xff,
    ...payload,
    ...jpeg.subarray(2),
  ]);
}

/** The RGB of a pixel of a decoded photo (base64 data as stored on a Contact). */
export async function pixelAt(data: string, x: number, y: number): Promise<number[]> {
  const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
  const image = await createImageBitmap(new Blob([bytes]));
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  return [...context.getImageData(x, y, 1, 1).data.subarray(0, 3)];
}

/** True when a colour is close to the expected one (JPEG shifts colours a little). */
export function near(actual: number[], expected: readonly number[], tolerance = 40): boolean {
  return actual.every((value, index) => Math.abs(value - expected[index]!) <= tolerance);
}

/** A File as a user would pick or drop it. */
export function file(bytes: Uint8Array, name: string, type = ''): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
}
