import type { PhotoResult, PhotoStage } from './make-photo.js';
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
  if (worker && canUseWorker()) {
    const outcome = await inWorker(file, render, { signal, onProgress });
    if (outcome !== 'worker-unavailable') return outcome;
  }
  // The decoders (exifr, utif2) load only when the worker cannot run them.
  const { makePhoto } = await import('./make-photo.js');
  const result = await makePhoto(new Uint8Array(await file.arrayBuffer()), render, onProgress);
  signal?.throwIfAborted();
  return result;
}

/** One job for the worker; it keeps its file, to be sent again to a new worker. */
interface Job {
  file: Blob;
  options: RenderOptions;
  signal?: AbortSignal;
  resolve: (outcome: PhotoResult | 'worker-unavailable') => void;
  reject: (error: unknown) => void;
  onProgress?: (stage: PhotoStage) => void;
}

/**
 * The photo worker, started on first use and kept: starting one costs more than a small
 * picture's whole processing (it loads exifr and utif2). Undefined after it failed to load.
 */
let shared: { worker: Worker; jobs: Map<number, Job> } | undefined;
let workerFailed = false;
let nextJob = 1;

function canUseWorker(): boolean {
  return !workerFailed && typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';
}

function spawnWorker(): Worker {
  // Served as TypeScript (web-test-runner, Vite on src/, maybe with a ?t= query), the sibling
  // file is .ts; in the built package it is .js, written literally so bundlers bundle the worker.
  if (/\.ts(\?|$)/.test(import.meta.url)) {
    return new Worker(new URL('./photo-worker.ts', import.meta.url), { type: 'module' });
  }
  return new Worker(new URL('./photo-worker.js', import.meta.url), { type: 'module' });
}

function startWorker(): NonNullable<typeof shared> {
  const worker = spawnWorker();
  const jobs = new Map<number, Job>();
  // An error event (not a reply) means the script itself failed to load: run on the main thread.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    workerFailed = true;
    stopWorker();
    for (const job of jobs.values()) job.resolve('worker-unavailable');
  });
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const job = jobs.get(reply.id);
    if (!job) return;
    if (reply.type === 'progress') return job.onProgress?.(reply.stage);
    jobs.delete(reply.id);
    if (reply.type === 'done') return job.resolve(reply.result);
    const { code, format, message } = reply.error;
    job.reject(code && format ? new PictureError(code, format, message) : new Error(message));
  });
  return { worker, jobs };
}

function stopWorker(): void {
  shared?.worker.terminate();
  shared = undefined;
}

/** Runs the pipeline in the worker; 'worker-unavailable' when the worker script does not load. */
function inWorker(
  file: Blob,
  options: RenderOptions,
  { signal, onProgress }: Pick<ProcessOptions, 'signal' | 'onProgress'>,
): Promise<PhotoResult | 'worker-unavailable'> {
  return new Promise((resolve, reject) => {
    const id = nextJob++;
    const abort = () => {
      const held = shared?.jobs;
      if (held?.delete(id)) {
        // The worker cannot be interrupted mid-picture: stop it, and send the other jobs it
        // held to a new one, so only this job fails.
        stopWorker();
        for (const [otherId, other] of held) void post(otherId, other);
      }
      job.reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    const settle = () => signal?.removeEventListener('abort', abort);
    const job: Job = {
      file,
      options,
      signal,
      resolve: (outcome) => (settle(), resolve(outcome)),
      reject: (error) => (settle(), reject(error)),
      onProgress,
    };
    void post(id, job);
  });
}

/** Sends a job to the worker (starting one if needed), its file's bytes transferred. */
async function post(id: number, job: Job): Promise<void> {
  let bytes: ArrayBuffer;
  try {
    bytes = await job.file.arrayBuffer();
  } catch (error) {
    return job.reject(error);
  }
  if (job.signal?.aborted) return;
  try {
    shared ??= startWorker();
  } catch {
    workerFailed = true;
    return job.resolve('worker-unavailable');
  }
  shared.jobs.set(id, job);
  shared.worker.postMessage({ id, bytes, options: job.options } satisfies WorkerRequest, [bytes]);
}
