import type { ContactPhoto } from '../../core/contact.js';
import { decodePicture } from './decode.js';
import { renderPhoto, type RenderOptions } from './render.js';

/** The stage a picture is in, for progress. */
export type PhotoStage = 'decoding' | 'resizing';

/** A finished contact photo and what became of the picture. */
export interface PhotoResult {
  /** What goes into the Contact's `photo` field. */
  photo: ContactPhoto;
  width: number;
  height: number;
  /** Size of the encoded photo in bytes. */
  bytes: number;
  /** The name of the source format ("JPEG", "Adobe DNG"…). */
  sourceFormat: string;
  /** True when the work ran in a worker, off the main thread. */
  offMainThread: boolean;
}

/** Decodes, orients, resizes and re-encodes a picture file; the same code runs in the worker and on the main thread. */
export async function makePhoto(
  bytes: Uint8Array,
  options: RenderOptions,
  onProgress: (stage: PhotoStage) => void = () => {},
): Promise<PhotoResult> {
  onProgress('decoding');
  const { image, orientation, format } = await decodePicture(bytes);
  try {
    onProgress('resizing');
    const { blob, width, height } = await renderPhoto(image, { ...options, orientation });
    const data = toBase64(new Uint8Array(await blob.arrayBuffer()));
    return {
      photo: { mediaType: blob.type, data },
      width,
      height,
      bytes: blob.size,
      sourceFormat: format.name,
      offMainThread: typeof document === 'undefined',
    };
  } finally {
    image.close();
  }
}

/** Base64 of bytes, in chunks so a large photo does not overflow the argument list of fromCharCode. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
