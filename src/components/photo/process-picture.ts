import { makePhoto, type PhotoResult, type PhotoStage } from './make-photo.js';
import { PictureError } from './picture-error.js';
import type { RenderOptions } from './render.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

/** Options of `processPicture`: the rendering, plus cancellation, progress and where to run. */
export interface ProcessOptions extends RenderOptions {
  signal?: AbortSignal;
  onProgress?: (stage: PhotoStage) => void;
  /** Run in a worker when the browser can (default); false runs on the main thread. */
  worker?: boolean;
}

/**
 * Turns a picture file (any supported format) into a contact photo: decoded, oriented, resized
 * and re-encoded within the byte budget. Runs in a worker with OffscreenCanvas where the browser
 * allows, else on the main thread. Rejects with a PictureError that names an unusable format.
 */
export async function processPicture(
  file: Blob,
  options: ProcessOptions = {},
): Promise<PhotoResult> {
  const { signal, onProgress, worker = true, ...render } = options;
  signal?.throwIfAborted();
  const bytes = await file.arrayBuffer();
  signal?.throwIfAborted();
  if (worker && canUseWorker()) {
    const outcome = await inWorker(bytes.slice(0), render, { signal, onProgress });
    if (outcome !== 'worker-unavailable') return outcome;
  }
  const result = await makePhoto(new Uint8Array(bytes), render, onProgress);
  signal?.throwIfAborted();
  return result;
}

function canUseWorker(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';
}

function spawnWorker(): Worker {
  // Served as TypeScript (web-test-runner, a dev server on src/), the sibling file is .ts; in the
  // built package it is .js, written literally so bundlers find and bundle the worker.
  if (import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./photo-worker.ts', import.meta.url), { type: 'module' });
  }
  return new Worker(new URL('./photo-worker.js', import.meta.url), { type: 'module' });
}

/** Runs the pipeline in a fresh worker; 'worker-unavailable' when the worker script does not load. */
function inWorker(
  bytes: ArrayBuffer,
  options: RenderOptions,
  { signal, onProgress }: Pick<ProcessOptions, 'signal' | 'onProgress'>,
): Promise<PhotoResult | 'worker-unavailable'> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = spawnWorker();
    } catch {
      resolve('worker-unavailable');
      return;
    }
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    // An error event (not a reply) means the script itself failed to load or run.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      resolve('worker-unavailable');
    });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress?.(reply.stage);
      finish();
      if (reply.type === 'done') return resolve(reply.result);
      const { code, format, message } = reply.error;
      reject(code && format ? new PictureError(code, format, message) : new Error(message));
    });
    worker.postMessage({ bytes, options } satisfies WorkerRequest, [bytes]);
  });
}
