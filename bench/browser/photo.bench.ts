// How long a camera-size photo takes to become a contact photo, in a worker and on the main
// thread, and how long the main thread is blocked meanwhile (the longest gap between timer ticks).
import { processPicture } from '../../src/components/photo/index.js';
import {
  canvasPicture,
  dngLikePicture,
  tiffPicture,
} from '../../test/components/photo/fixtures.js';

async function measure(label: string, bytes: Uint8Array, worker: boolean) {
  const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  let last = performance.now();
  let longestBlock = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestBlock = Math.max(longestBlock, now - last);
    last = now;
  }, 5);
  const start = performance.now();
  const result = await processPicture(file, { worker });
  const elapsed = performance.now() - start;
  clearInterval(ticker);
  return {
    input: label,
    'input MB': +(bytes.length / 1e6).toFixed(1),
    where: result.offMainThread ? 'worker' : 'main',
    'ms total': Math.round(elapsed),
    'ms longest main-thread block': Math.round(longestBlock),
    output: `${result.width}×${result.height}`,
    'output KB': +(result.bytes / 1000).toFixed(1),
  };
}

describe('photo pipeline', () => {
  it('measures', async () => {
    const inputs: [string, Uint8Array][] = [
      [
        'JPEG 5000×4000 (noise, q0.97)',
        await canvasPicture(5000, 4000, { noise: true, quality: 0.97 }),
      ],
      ['JPEG 4000×3000 (flat, q0.9)', await canvasPicture(4000, 3000)],
      ['TIFF 2000×1500 (RGBA)', tiffPicture(2000, 1500)],
      [
        'DNG-like, 4000×3000 preview',
        dngLikePicture({ preview: await canvasPicture(4000, 3000, { noise: true }) }),
      ],
    ];
    const rows = [];
    for (const [label, bytes] of inputs) {
      for (const worker of [false, true, false, true])
        rows.push(await measure(label, bytes, worker));
    }
    console.table(rows);
    console.log(JSON.stringify(rows));
  });
});
