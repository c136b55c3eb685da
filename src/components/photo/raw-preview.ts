import exifr from 'exifr';
import type { IFD } from 'utif2';
import { UTIF } from './utif.js';

const isJpeg = (bytes: Uint8Array) => bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8;

const first = (ifd: IFD, tag: number): number | undefined => {
  const value = ifd[`t${tag}`];
  return Array.isArray(value) && typeof value[0] === 'number' ? value[0] : undefined;
};

/** Every IFD of a TIFF-based file, sub-IFDs (DNG, NEF previews) and the EXIF IFD included. */
function allIfds(ifds: IFD[]): IFD[] {
  return ifds.flatMap((ifd) => {
    const nested = [...((ifd['subIFD'] as unknown as IFD[] | undefined) ?? [])];
    const exif = ifd['exifIFD'] as unknown as IFD | undefined;
    if (exif) nested.push(exif);
    return [ifd, ...allIfds(nested)];
  });
}

/**
 * The JPEG streams a TIFF-based RAW embeds (CR2 in IFD0's strip, NEF and ARW through
 * JpgFromRaw = tags 513/514, DNG in a JPEG-compressed sub-IFD): each candidate must start
 * with the JPEG SOI marker to count.
 */
function embeddedJpegs(bytes: Uint8Array, ifds: IFD[]): Uint8Array[] {
  const found: Uint8Array[] = [];
  const take = (offset: number | undefined, length: number | undefined) => {
    if (offset === undefined || !length || offset + length > bytes.length) return;
    const slice = bytes.subarray(offset, offset + length);
    if (isJpeg(slice)) found.push(slice);
  };
  for (const ifd of allIfds(ifds)) {
    take(first(ifd, 513), first(ifd, 514));
    const strips = ifd['t273'] as number[] | undefined;
    const counts = ifd['t279'] as number[] | undefined;
    // Compression 6 (old JPEG) or 7 (JPEG) in one strip is a whole JPEG file; 34892 is DNG's lossy JPEG.
    if (strips?.length === 1 && [6, 7, 34892].includes(first(ifd, 259) ?? 0))
      take(strips[0], counts?.[0]);
  }
  return found;
}

/** The largest JPEG preview embedded in a camera RAW, or undefined when it holds none. */
export async function rawPreview(bytes: Uint8Array, ifds: IFD[]): Promise<Uint8Array | undefined> {
  const candidates = embeddedJpegs(bytes, ifds);
  // exifr knows where more makers hide their thumbnail (IFD1), as a second opinion.
  const thumbnail = await exifr.thumbnail(bytes).catch(() => undefined);
  if (thumbnail && isJpeg(thumbnail)) candidates.push(new Uint8Array(thumbnail));
  return candidates.sort((a, b) => b.length - a.length)[0];
}

/** The IFDs of a TIFF-based file, or undefined when its structure does not read. */
export function readIfds(bytes: Uint8Array): IFD[] | undefined {
  try {
    // Maker notes are not needed to find previews, and are where damaged files break.
    const decode = UTIF.decode as (
      buffer: ArrayBuffer,
      options: { parseMN: boolean; debug: boolean },
    ) => IFD[];
    const ifds = decode(toArrayBuffer(bytes), { parseMN: false, debug: false });
    return ifds.length ? ifds : undefined;
  } catch {
    return undefined;
  }
}

/** An ArrayBuffer holding exactly these bytes (utif2 reads offsets from the buffer's start). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : (bytes.slice().buffer as ArrayBuffer);
}

/** The EXIF orientation (1–8) stored in a TIFF-based file's first IFD; 1 when absent. */
export function tiffOrientation(ifds: IFD[]): number {
  const orientation = first(ifds[0]!, 274);
  return orientation && orientation >= 1 && orientation <= 8 ? orientation : 1;
}
