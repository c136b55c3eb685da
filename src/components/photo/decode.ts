import exifr from 'exifr';
import type { IFD } from 'utif2';
import { detectFormat, refineTiffFormat, type PictureFormat } from './detect.js';
import { PictureError } from './picture-error.js';
import { rawPreview, readIfds, tiffOrientation, toArrayBuffer } from './raw-preview.js';
import { UTIF } from './utif.js';

/** A decoded picture and the EXIF orientation (1–8) still to apply when drawing it. */
export interface DecodedPicture {
  image: ImageBitmap;
  orientation: number;
  format: PictureFormat;
}

/**
 * Decodes a picture file of any supported format (detected by its magic bytes). Works in a
 * worker and on the main thread alike: it needs createImageBitmap, not the DOM.
 */
export async function decodePicture(bytes: Uint8Array): Promise<DecodedPicture> {
  const format = detectFormat(bytes);
  if (format.route === 'browser')
    return { image: await browserDecode(bytes, format), orientation: 1, format };
  if (format.route === 'unsupported') {
    throw new PictureError(
      'unsupported',
      format.name,
      `${format.name} files cannot be used as a picture`,
    );
  }
  const ifds = readIfds(bytes);
  if (!ifds)
    throw new PictureError('damaged', format.name, `This ${format.name} file could not be read`);
  const refined = format.route === 'raw' ? format : (refineTiffFormat(ifds[0]!) ?? format);
  return refined.route === 'raw'
    ? decodeRaw(bytes, ifds, refined)
    : decodeTiff(bytes, ifds, refined);
}

/** JPEG, PNG, GIF, BMP, WebP, AVIF, and HEIC where the browser can: EXIF orientation applied by the browser. */
async function browserDecode(bytes: Uint8Array, format: PictureFormat): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
      imageOrientation: 'from-image',
    });
  } catch {
    if (format.id === 'heic' && !(await canDecodeHeic())) {
      throw new PictureError(
        'browser-unsupported',
        format.name,
        `This browser cannot decode ${format.name} pictures`,
      );
    }
    throw new PictureError('damaged', format.name, `This ${format.name} file could not be read`);
  }
}

/**
 * Whether this browser decodes HEIC at all, so a failed HEIC is called "unsupported" only where
 * it is: WebCodecs' ImageDecoder knows (Chromium, Firefox, Safari 26+). Without ImageDecoder there
 * is no way to ask (and no HEIC encoder to make a probe with), so it answers false: most such
 * browsers cannot, and the message then says the browser, not the file, is at fault.
 */
async function canDecodeHeic(): Promise<boolean> {
  const decoder = (
    globalThis as { ImageDecoder?: { isTypeSupported(type: string): Promise<boolean> } }
  ).ImageDecoder;
  if (!decoder) return false;
  try {
    return (await decoder.isTypeSupported('image/heic')) || decoder.isTypeSupported('image/heif');
  } catch {
    return false;
  }
}

/** TIFF through utif2: the largest image of the file (IFD0 is sometimes only a thumbnail). */
async function decodeTiff(
  bytes: Uint8Array,
  ifds: IFD[],
  format: PictureFormat,
): Promise<DecodedPicture> {
  const area = (ifd: IFD) =>
    Number((ifd['t256'] as number[] | undefined)?.[0] ?? 0) *
    Number((ifd['t257'] as number[] | undefined)?.[0] ?? 0);
  const page = [...ifds].sort((a, b) => area(b) - area(a))[0]!;
  try {
    UTIF.decodeImage(toArrayBuffer(bytes), page);
    const rgba = UTIF.toRGBA8(page);
    const pixels = new Uint8ClampedArray(
      rgba.buffer as ArrayBuffer,
      rgba.byteOffset,
      page.width * page.height * 4,
    );
    const image = await createImageBitmap(new ImageData(pixels, page.width, page.height));
    return { image, orientation: tiffOrientation([page]), format };
  } catch {
    throw new PictureError('damaged', format.name, `This ${format.name} file could not be read`);
  }
}

/** Camera RAW through its embedded JPEG preview; the RAW's own orientation applies unless the preview has one. */
async function decodeRaw(
  bytes: Uint8Array,
  ifds: IFD[],
  format: PictureFormat,
): Promise<DecodedPicture> {
  const preview = await rawPreview(bytes, ifds);
  if (!preview) {
    throw new PictureError(
      'no-preview',
      format.name,
      `This ${format.name} file has no embedded preview`,
    );
  }
  const image = await browserDecode(preview, { ...format, id: 'jpeg' });
  const own = await exifr.orientation(preview).catch(() => undefined);
  return { image, orientation: own ? 1 : tiffOrientation(ifds), format };
}
