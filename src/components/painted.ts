import type { ReactiveElement } from 'lit';

/** The longest wait for a frame: a tab in the background gets none. */
const FRAME_WAIT_MS = 50;

/**
 * Resolves once `element` has rendered and the browser has had a frame to paint it, so what
 * it shows is on screen before long work (reading a whole book) takes the main thread.
 */
export async function painted(element: ReactiveElement): Promise<void> {
  await element.updateComplete;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
