import type { PhotoResult, PhotoStage } from './make-photo.js';
import type { PictureErrorCode } from './picture-error.js';
import type { RenderOptions } from './render.js';

/** What the page sends the photo worker: the file's bytes (transferred) and the options. */
export interface WorkerRequest {
  bytes: ArrayBuffer;
  options: RenderOptions;
}

/** What the photo worker answers: progress, the photo, or why it failed. */
export type WorkerReply =
  | { type: 'progress'; stage: PhotoStage }
  | { type: 'done'; result: PhotoResult }
  | { type: 'failed'; error: { code?: PictureErrorCode; format?: string; message: string } };
