import { expect } from '@open-wc/testing';
import { detectFormat } from '../../../src/components/photo/detect.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part,
    ),
  );

describe('detectFormat', () => {
  it('knows pictures by their magic bytes, not their name', () => {
    expect(detectFormat(bytes([0xff, 0xd8, 0xff, 0xe0])).id).to.equal('jpeg');
    expect(detectFormat(bytes([0x89], 'PNG\r\n\x1a\n')).id).to.equal('png');
    expect(detectFormat(bytes('GIF89a')).id).to.equal('gif');
    expect(detectFormat(bytes('BM', [0, 0, 0, 0])).id).to.equal('bmp');
    expect(detectFormat(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')).id).to.equal('webp');
    expect(detectFormat(bytes('II*', [0], [8, 0, 0, 0])).route).to.equal('tiff');
    expect(detectFormat(bytes('MM', [0], '*', [0, 0, 0, 8])).route).to.equal('tiff');
    expect(detectFormat(bytes('II*', [0], [16, 0, 0, 0], 'CR', [2, 0])).name).to.equal(
      'Canon RAW (CR2)',
    );
  });

  it('tells HEIC from AVIF in the ISO base media container', () => {
    expect(detectFormat(bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic')).name).to.equal(
      'HEIC',
    );
    expect(detectFormat(bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'mif1heic')).name).to.equal(
      'HEIF',
    );
    expect(detectFormat(bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'mif1avif')).name).to.equal(
      'AVIF',
    );
    expect(detectFormat(bytes([0, 0, 0, 24], 'ftypcrx ', [0, 0, 0, 0], 'crx isom')).name).to.equal(
      'Canon RAW (CR3)',
    );
  });

  it('names formats that are no picture here', () => {
    expect(detectFormat(bytes('%PDF-1.7')).name).to.equal('PDF');
    expect(
      detectFormat(bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')).name,
    ).to.equal('SVG');
    expect(detectFormat(bytes('PK', [3, 4])).name).to.equal('ZIP archive');
    expect(detectFormat(bytes('hello')).id).to.equal('unknown');
    expect(detectFormat(new Uint8Array()).id).to.equal('unknown');
  });
});
