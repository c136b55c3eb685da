// The worker that reads a contact file off the main thread, so a large file never freezes the page.
import { readContactFile, readCsv } from '../../core/formats/index.js';
import type { FileReadResult, ReadReply, ReadRequest } from './worker-protocol.js';

// The DOM lib types `self` as a Window; in a worker it is the worker's scope.
const scope = self as unknown as {
  postMessage(message: ReadReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ReadRequest>) => void): void;
};

scope.addEventListener('message', (event: MessageEvent<ReadRequest>) => {
  const { id, bytes, fileName, columns } = event.data;
  try {
    const data = new Uint8Array(bytes);
    const result: FileReadResult = columns
      ? { ...readCsv(data, { columns }), format: 'csv' }
      : readContactFile(data, fileName);
    scope.postMessage({ id, result });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
