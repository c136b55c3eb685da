// The picture pipeline: file → contact photo (browser code: createImageBitmap, canvas, workers).
export { processPicture, type ProcessOptions } from './process-picture.js';
export type { PhotoResult, PhotoStage } from './make-photo.js';
export { PictureError, type PictureErrorCode } from './picture-error.js';
export { detectFormat, type PictureFormat } from './detect.js';
export type { RenderOptions } from './render.js';
