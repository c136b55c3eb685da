import { expect } from '@open-wc/testing';
import { PictureError, processPicture } from '../../../src/components/photo/index.js';
import {
  BLUE,
  bmpPicture,
  canvasPicture,
  dngLikePicture,
  file,
  gifPicture,
  near,
  pixelAt,
  RED,
  tiffPicture,
  withExifOrientation,
} from './fixtures.js';

async function rejection(promise: Promise<unknown>): Promise<PictureError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PictureError) return error;
    throw error;
  }
  throw new Error('expected a PictureError');
}

describe('processPicture', () => {
  for (const [name, make, size] of [
    ['PNG', () => canvasPicture(800, 600, { type: 'image/png' }), [512, 384]],
    ['WebP', () => canvasPicture(300, 200, { type: 'image/webp' }), [300, 200]],
    ['BMP', async () => bmpPicture(64, 32), [64, 32]],
    ['GIF', async () => gifPicture(16, 8), [16, 8]],
    ['TIFF', async () => tiffPicture(1024, 256), [512, 128]],
  ] as const) {
    it(`turns a ${name} into a JPEG photo, never upscaled, colours kept`, async () => {
      const result = await processPicture(file(await make(), `picture.${name.toLowerCase()}`));
      expect(result.sourceFormat).to.equal(name);
      expect(result.photo.mediaType).to.equal('image/jpeg');
      expect([result.width, result.height]).to.deep.equal(size);
      expect(near(await pixelAt(result.photo.data, 1, 1), RED)).to.equal(true);
      expect(near(await pixelAt(result.photo.data, result.width - 2, 1), BLUE)).to.equal(true);
    });
  }

  it('runs in a worker, and on the main thread when asked', async () => {
    const bytes = await canvasPicture(100, 100);
    expect((await processPicture(file(bytes, 'a.jpg'))).offMainThread).to.equal(true);
    const onMain = await processPicture(file(bytes, 'a.jpg'), { worker: false });
    expect(onMain.offMainThread).to.equal(false);
    expect(onMain.width).to.equal(100);
  });

  it('resizes a large photo to 512 px and well under 100 KB', async function () {
    this.timeout(120_000);
    const bytes = await canvasPicture(5000, 4000, { noise: true, quality: 0.97 });
    expect(bytes.length).to.be.greaterThan(10_000_000);
    const stages: string[] = [];
    const result = await processPicture(file(bytes, 'big.jpg', 'image/jpeg'), {
      onProgress: (stage) => stages.push(stage),
    });
    expect([result.width, result.height]).to.deep.equal([512, 410]);
    expect(result.bytes).to.be.lessThan(100_000);
    expect(atob(result.photo.data).length).to.equal(result.bytes);
    expect(stages).to.deep.equal(['decoding', 'resizing']);
  });

  it('takes the longest side and format from the options, and crops square', async () => {
    const bytes = await canvasPicture(900, 600);
    const small = await processPicture(file(bytes, 'a.jpg'), { maxSize: 300, format: 'webp' });
    expect([small.width, small.height, small.photo.mediaType]).to.deep.equal([
      300,
      200,
      'image/webp',
    ]);
    const square = await processPicture(file(bytes, 'a.jpg'), { maxSize: 256, square: true });
    expect([square.width, square.height]).to.deep.equal([256, 256]);
    // The centre square of a red|blue picture is still red on the left, blue on the right.
    expect(near(await pixelAt(square.photo.data, 2, 128), RED)).to.equal(true);
    expect(near(await pixelAt(square.photo.data, 253, 128), BLUE)).to.equal(true);
  });

  it('applies the EXIF orientation of a JPEG', async () => {
    const bytes = withExifOrientation(await canvasPicture(400, 200), 6);
    const result = await processPicture(file(bytes, 'rotated.jpg'));
    expect([result.width, result.height]).to.deep.equal([200, 400]);
    // Turned a quarter clockwise: the left (red) half is now on top.
    expect(near(await pixelAt(result.photo.data, 100, 5), RED)).to.equal(true);
    expect(near(await pixelAt(result.photo.data, 100, 395), BLUE)).to.equal(true);
  });

  it('reads a DNG-like RAW through its largest embedded JPEG preview, with the RAW orientation', async () => {
    const bytes = dngLikePicture({
      preview: await canvasPicture(640, 480),
      thumbnail: await canvasPicture(160, 120),
      orientation: 8,
    });
    const result = await processPicture(file(bytes, 'IMG_0001.DNG'));
    expect(result.sourceFormat).to.equal('Adobe DNG');
    expect([result.width, result.height]).to.deep.equal([384, 512]);
    // A quarter counter-clockwise: the left (red) half is now at the bottom.
    expect(near(await pixelAt(result.photo.data, 190, 500), RED)).to.equal(true);
    expect(near(await pixelAt(result.photo.data, 190, 10), BLUE)).to.equal(true);
  });

  it('reads a NEF-like RAW by its maker, through the IFD1 thumbnail', async () => {
    const bytes = dngLikePicture({
      thumbnail: await canvasPicture(160, 120),
      make: 'NIKON CORPORATION',
      dng: false,
    });
    const result = await processPicture(file(bytes, 'DSC_0001.NEF'));
    expect([result.sourceFormat, result.width, result.height]).to.deep.equal([
      'Nikon RAW (NEF)',
      160,
      120,
    ]);
  });

  it('says a RAW without a preview has none', async () => {
    const error = await rejection(processPicture(file(dngLikePicture({}), 'empty.dng')));
    expect([error.code, error.format]).to.deep.equal(['no-preview', 'Adobe DNG']);
  });

  it('names the format of a file that is no picture', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    const error = await rejection(processPicture(file(pdf, 'photo.jpg', 'image/jpeg')));
    expect([error.code, error.format]).to.deep.equal(['unsupported', 'PDF']);
    const psd = await rejection(
      processPicture(file(new TextEncoder().encode('8BPS\0\x01'), 'a.psd')),
    );
    expect(psd.format).to.equal('Photoshop (PSD)');
    const unknown = await rejection(
      processPicture(file(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'a.bin')),
    );
    expect([unknown.code, unknown.format]).to.deep.equal(['unsupported', 'unknown']);
  });

  // An ISO-BMFF header with the heic brand and nothing decodable after it.
  const brokenHeic = new Uint8Array([
    ...[0, 0, 0, 24],
    ...new TextEncoder().encode('ftypheic'),
    ...[0, 0, 0, 0],
    ...new TextEncoder().encode('mif1heic'),
  ]);

  it('says when this browser cannot decode HEIC', async () => {
    // The precondition: this Chromium has no HEIC decoder, and says so.
    expect(await ImageDecoder.isTypeSupported('image/heic')).to.equal(false);
    const error = await rejection(processPicture(file(brokenHeic, 'IMG_0001.HEIC')));
    expect([error.code, error.format]).to.deep.equal(['browser-unsupported', 'HEIC']);
  });

  it('says a HEIC is damaged, not unsupported, where the browser decodes HEIC', async () => {
    // Stand in for a HEIC-capable browser (Safari) by making ImageDecoder say it decodes HEIC;
    // on the main thread, where this page's ImageDecoder is the one asked.
    const isTypeSupported = ImageDecoder.isTypeSupported.bind(ImageDecoder);
    ImageDecoder.isTypeSupported = async (type) => type === 'image/heic' || isTypeSupported(type);
    try {
      const error = await rejection(
        processPicture(file(brokenHeic, 'IMG_0001.HEIC'), { worker: false }),
      );
      expect([error.code, error.format]).to.deep.equal(['damaged', 'HEIC']);
    } finally {
      ImageDecoder.isTypeSupported = isTypeSupported;
    }
  });

  it('says a truncated JPEG is damaged', async () => {
    const bytes = (await canvasPicture(200, 200)).subarray(0, 40);
    const error = await rejection(processPicture(file(bytes, 'cut.jpg')));
    expect([error.code, error.format]).to.deep.equal(['damaged', 'JPEG']);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const pending = processPicture(file(await canvasPicture(2000, 2000), 'a.jpg'), {
      signal: controller.signal,
    });
    controller.abort();
    let failed: unknown;
    await pending.catch((error: unknown) => (failed = error));
    expect((failed as DOMException).name).to.equal('AbortError');
  });

  it('stops a picture in the worker when aborted mid-way, and the next one still works', async () => {
    const controller = new AbortController();
    const bytes = await canvasPicture(3000, 2000, { noise: true });
    const pending = processPicture(file(bytes, 'a.jpg'), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    let failed: unknown;
    await pending.catch((error: unknown) => (failed = error));
    expect((failed as DOMException).name).to.equal('AbortError');
    const next = await processPicture(file(await canvasPicture(100, 50), 'b.jpg'));
    expect([next.width, next.offMainThread]).to.deep.equal([100, true]);
  });

  it('aborting one picture fails only that one: the others held by the worker still finish', async () => {
    const controller = new AbortController();
    const bytes = await canvasPicture(2000, 1500, { noise: true });
    const first = processPicture(file(bytes, 'a.jpg'), { signal: controller.signal });
    // Abort once the second picture is in the worker too, both of them in flight.
    const second = processPicture(file(bytes, 'b.jpg'), { onProgress: () => controller.abort() });
    let failed: unknown;
    await first.catch((error: unknown) => (failed = error));
    expect((failed as DOMException).name).to.equal('AbortError');
    const done = await second;
    expect([done.width, done.height, done.offMainThread]).to.deep.equal([512, 384, true]);
  });
});
