// The worker that turns a picture file into a contact photo off the main thread (OffscreenCanvas).
import { makePhoto } from './make-photo.js';
import { PictureError } from './picture-error.js';
import type { WorkerMessage, WorkerReply, WorkerRequest } from './worker-protocol.js';

// The DOM lib types `self` as a Window; in a worker it is the worker's scope.
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

scope.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const { id, bytes, options } = event.data;
  const reply = (message: WorkerMessage) => scope.postMessage({ ...message, id });
  try {
    const result = await makePhoto(new Uint8Array(bytes), options, (stage) =>
      reply({ type: 'progress', stage }),
    );
    reply({ type: 'done', result });
  } catch (error) {
    const failure =
      error instanceof PictureError
        ? { code: error.code, format: error.format, message: error.message }
        : { message: error instanceof Error ? error.message : String(error) };
    reply({ type: 'failed', error: failure });
  }
});
