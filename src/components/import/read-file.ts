// Reads a contact file in a worker (one per read, ended when done or aborted); where workers
// cannot start, on the main thread after the current frame.
import type { ColumnTarget } from '../../core/formats/csv-columns.js';
import type { FileReadResult, ReadReply } from './worker-protocol.js';

/** Options of `readFileOffThread`. */
export interface ReadFileOptions {
  /** A CSV column mapping chosen by the user. */
  columns?: (ColumnTarget | undefined)[];
  signal?: AbortSignal;
}

let nextId = 1;

/** Reads the bytes as a contact file without blocking the page. */
export async function readFileOffThread(
  bytes: Uint8Array,
  fileName: string,
  { columns, signal }: ReadFileOptions = {},
): Promise<FileReadResult> {
  signal?.throwIfAborted();
  if (typeof Worker === 'undefined') return readOnMainThread(bytes, fileName, columns);
  return new Promise<FileReadResult>((resolve, reject) => {
    const worker = spawnWorker();
    const id = nextId++;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', handleAbort);
    };
    const handleAbort = () => {
      finish();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', handleAbort, { once: true });
    // An error event (not a reply) means the script could not load: read on the main thread.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      readOnMainThread(bytes, fileName, columns).then(resolve, reject);
    });
    worker.addEventListener('message', (event: MessageEvent<ReadReply>) => {
      if (event.data.id !== id) return;
      finish();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.result);
    });
    // A copy goes to the worker: the dialog keeps the bytes to read again with a new mapping.
    const copy = bytes.slice().buffer;
    worker.postMessage({ id, bytes: copy, fileName, columns }, [copy]);
  });
}

function spawnWorker(): Worker {
  // Served as TypeScript (web-test-runner, Vite on src/, maybe with a ?t= query), the sibling
  // file is .ts; in the built package it is .js, written literally so bundlers bundle the worker.
  if (/\.ts(\?|$)/.test(import.meta.url)) {
    return new Worker(new URL('./contact-file-worker.ts', import.meta.url), { type: 'module' });
  }
  return new Worker(new URL('./contact-file-worker.js', import.meta.url), { type: 'module' });
}

async function readOnMainThread(
  bytes: Uint8Array,
  fileName: string,
  columns: (ColumnTarget | undefined)[] | undefined,
): Promise<FileReadResult> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Loaded here, not up front: the readers (papaparse, vCard, LDIF) usually run in the worker.
  const { readContactFile, readCsv } = await import('../../core/formats/index.js');
  return columns
    ? { ...readCsv(bytes, { columns }), format: 'csv' }
    : readContactFile(bytes, fileName);
}
