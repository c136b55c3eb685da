/** How a decoded picture becomes a contact photo. */
export interface RenderOptions {
  /** Longest side in pixels (the shorter side, when cropped square). */
  maxSize?: number;
  /** Crop the centre square. */
  square?: boolean;
  /** Output format; WebP falls back to JPEG where the browser cannot encode it. */
  format?: 'jpeg' | 'webp';
  /** The photo's size budget in bytes: quality, then dimensions, go down until it fits. */
  maxBytes?: number;
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;
type AnyContext = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

const QUALITIES = [0.85, 0.75, 0.65, 0.5, 0.4];
const MIN_SIDE = 64;

/**
 * Draws a picture with its EXIF orientation applied, scaled to `maxSize` (never up), optionally
 * cropped square, and encodes it within `maxBytes`.
 */
export async function renderPhoto(
  image: ImageBitmap,
  {
    orientation = 1,
    maxSize = 512,
    square = false,
    format = 'jpeg',
    maxBytes = 100_000,
  }: RenderOptions & { orientation?: number },
): Promise<{ blob: Blob; width: number; height: number }> {
  const swapped = orientation >= 5;
  const width = swapped ? image.height : image.width;
  const height = swapped ? image.width : image.height;
  let side = Math.min(maxSize, square ? Math.min(width, height) : Math.max(width, height));
  for (;;) {
    const canvas = draw(image, { orientation, width, height, side, square });
    for (const quality of QUALITIES) {
      const blob = await encode(canvas, format, quality);
      if (blob.size <= maxBytes || (quality === QUALITIES.at(-1) && side <= MIN_SIDE)) {
        return { blob, width: canvas.width, height: canvas.height };
      }
    }
    // Still too big at the lowest quality we accept: fewer pixels.
    side = Math.max(MIN_SIDE, Math.floor(side * 0.75));
  }
}

/** The oriented, scaled (and cropped) picture on a canvas whose longest (or cropped) side is `side`. */
function draw(
  image: ImageBitmap,
  {
    orientation,
    width,
    height,
    side,
    square,
  }: { orientation: number; width: number; height: number; side: number; square: boolean },
): AnyCanvas {
  const scale = square
    ? side / Math.min(width, height)
    : Math.min(1, side / Math.max(width, height));
  const outWidth = square ? side : Math.max(1, Math.round(width * scale));
  const outHeight = square ? side : Math.max(1, Math.round(height * scale));
  const canvas = newCanvas(outWidth, outHeight);
  const context = canvas.getContext('2d') as AnyContext;
  // JPEG has no alpha: transparent pixels would turn black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, outWidth, outHeight);
  context.imageSmoothingQuality = 'high';
  // The oriented picture, scaled, centred on the canvas (it overflows on one axis when cropped).
  const drawnWidth = width * scale;
  const drawnHeight = height * scale;
  context.translate((outWidth - drawnWidth) / 2, (outHeight - drawnHeight) / 2);
  applyOrientation(context, orientation, drawnWidth, drawnHeight);
  const swapped = orientation >= 5;
  context.drawImage(
    image,
    0,
    0,
    swapped ? drawnHeight : drawnWidth,
    swapped ? drawnWidth : drawnHeight,
  );
  return canvas;
}

/** The canvas transform that turns stored pixels upright, for a drawn (upright) size w × h (EXIF tag 274). */
function applyOrientation(context: AnyContext, orientation: number, w: number, h: number): void {
  const transforms: Record<number, [number, number, number, number, number, number]> = {
    2: [-1, 0, 0, 1, w, 0],
    3: [-1, 0, 0, -1, w, h],
    4: [1, 0, 0, -1, 0, h],
    5: [0, 1, 1, 0, 0, 0],
    6: [0, 1, -1, 0, w, 0],
    7: [0, -1, -1, 0, w, h],
    8: [0, -1, 1, 0, 0, h],
  };
  const transform = transforms[orientation];
  if (transform) context.transform(...transform);
}

/** An OffscreenCanvas where there is one (workers, modern browsers), else a DOM canvas. */
function newCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

async function encode(canvas: AnyCanvas, format: 'jpeg' | 'webp', quality: number): Promise<Blob> {
  const blob = await toBlob(canvas, `image/${format}`, quality);
  // A browser that cannot encode WebP answers PNG: use JPEG instead.
  return blob.type === `image/${format}` ? blob : toBlob(canvas, 'image/jpeg', quality);
}

function toBlob(canvas: AnyCanvas, type: string, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded'))),
      type,
      quality,
    ),
  );
}
