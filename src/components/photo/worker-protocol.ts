import type { PhotoResult, PhotoStage } from './make-photo.js';
import type { PictureErrorCode } from './picture-error.js';
import type { RenderOptions } from './render.js';

/** What the page sends the photo worker: a job id, the file's bytes (transferred) and the options. */
export interface WorkerRequest {
  id: number;
  bytes: ArrayBuffer;
  options: RenderOptions;
}

/** What the photo worker says about a job: progress, the photo, or why it failed. */
export type WorkerMessage =
  | { type: 'progress'; stage: PhotoStage }
  | { type: 'done'; result: PhotoResult }
  | { type: 'failed'; error: { code?: PictureErrorCode; format?: string; message: string } };

/** A worker message tagged with the id of its job. */
export type WorkerReply = WorkerMessage & { id: number };
