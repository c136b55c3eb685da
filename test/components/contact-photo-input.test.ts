import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineElements } from '../../src/components/define.js';
import type { ContactPhotoInput } from '../../src/components/contact-photo-input.js';
import {
  bmpPicture,
  canvasPicture,
  dngLikePicture,
  file,
  gifPicture,
  tiffPicture,
} from './photo/fixtures.js';
import { bookWith, provider, until } from './helpers.js';

type Way = 'input' | 'drop' | 'paste';

/** Hands a file to the element the way a user would: the Upload picker, a drop, or a paste. */
function give(element: ContactPhotoInput, picture: File, way: Way): void {
  const transfer = new DataTransfer();
  transfer.items.add(picture);
  const root = element.shadowRoot!;
  if (way === 'input') {
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else if (way === 'drop') {
    const zone = root.querySelector('[part=base]')!;
    zone.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    zone.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  } else {
    root
      .querySelector('button')!
      .dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, composed: true }),
      );
  }
}

async function upload(element: ContactPhotoInput, picture: File, way: Way) {
  const changed = oneEvent(element, 'contact-photo-change');
  give(element, picture, way);
  return (await changed).detail.photo!;
}

async function size(photo: { mediaType: string; data: string }) {
  const bytes = Uint8Array.from(atob(photo.data), (char) => char.charCodeAt(0));
  const image = await createImageBitmap(new Blob([bytes]));
  return { width: image.width, height: image.height, bytes: bytes.length };
}

describe('<contact-photo-input>', () => {
  it('offers Upload under the empty picture, with initials', async () => {
    const element = await fixture<ContactPhotoInput>(
      html`<contact-photo-input name="Jane Doe"></contact-photo-input>`,
    );
    const root = element.shadowRoot!;
    expect(root.querySelector('[part=upload]')!.textContent!.trim()).to.equal('Upload picture');
    expect(root.querySelector('[part=remove]')).to.equal(null);
    expect(root.querySelector('[part=avatar]')!.textContent!.trim()).to.equal('JD');
    // The shared control look, not the browser's native button.
    const upload = getComputedStyle(root.querySelector('[part=upload]')!);
    expect(upload.borderTopStyle).to.equal('solid');
    expect(upload.borderTopLeftRadius).to.equal('6px');
  });

  for (const [kind, way, make, expected] of [
    ['TIFF', 'input', async () => tiffPicture(800, 400), { width: 512, height: 256 }],
    ['BMP', 'drop', async () => bmpPicture(40, 30), { width: 40, height: 30 }],
    ['GIF', 'paste', async () => gifPicture(16, 16), { width: 16, height: 16 }],
    [
      'DNG-like RAW',
      'input',
      async () => dngLikePicture({ preview: await canvasPicture(640, 480) }),
      { width: 512, height: 384 },
    ],
    [
      'PNG',
      'drop',
      () => canvasPicture(600, 1200, { type: 'image/png' }),
      { width: 256, height: 512 },
    ],
  ] as const) {
    it(`takes a ${kind} by ${way}, resized and shown`, async () => {
      const element = await fixture<ContactPhotoInput>(
        html`<contact-photo-input></contact-photo-input>`,
      );
      const photo = await upload(element, file(await make(), `picture-${kind}`), way);
      expect(photo.mediaType).to.equal('image/jpeg');
      expect(await size(photo)).to.include(expected);
      expect(element.value).to.deep.equal(photo);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part=avatar] img')!.getAttribute('src')).to.equal(
        `data:image/jpeg;base64,${photo.data}`,
      );
      expect(element.shadowRoot!.querySelector('[part=remove]')).not.to.equal(null);
    });
  }

  it('brings a 20-megapixel JPEG under 100 KB at 512 px', async function () {
    this.timeout(120_000);
    const element = await fixture<ContactPhotoInput>(
      html`<contact-photo-input></contact-photo-input>`,
    );
    const big = await canvasPicture(5000, 4000, { noise: true, quality: 0.97 });
    const photo = await upload(element, file(big, 'IMG_1234.JPG', 'image/jpeg'), 'drop');
    const result = await size(photo);
    expect(big.length).to.be.greaterThan(10_000_000);
    expect(result.width).to.equal(512);
    expect(result.bytes).to.be.lessThan(100_000);
  });

  it('takes the size and format from the book preferences, and max-size over them', async () => {
    const book = await bookWith([]);
    await book.setPreferences({ photoSize: 128, photoFormat: 'webp' });
    const element = await fixture<ContactPhotoInput>(
      html`<contact-photo-input></contact-photo-input>`,
      { parentNode: provider(book) },
    );
    const photo = await upload(element, file(await canvasPicture(400, 200), 'a.jpg'), 'input');
    expect(photo.mediaType).to.equal('image/webp');
    expect(await size(photo)).to.include({ width: 128, height: 64 });
    element.maxSize = 64;
    expect(
      await size(await upload(element, file(await canvasPicture(400, 200), 'a.jpg'), 'input')),
    ).to.include({ width: 64 });
  });

  it('crops square when asked, and redoes the current picture when the box is ticked', async () => {
    const element = await fixture<ContactPhotoInput>(
      html`<contact-photo-input></contact-photo-input>`,
    );
    const photo = await upload(element, file(await canvasPicture(900, 600), 'a.jpg'), 'input');
    expect(await size(photo)).to.include({ width: 512, height: 341 });
    const box = element.shadowRoot!.querySelector<HTMLInputElement>('[part=crop] input')!;
    const changed = oneEvent(element, 'contact-photo-change');
    box.click();
    expect(await size((await changed).detail.photo!)).to.include({ width: 512, height: 512 });
    expect(element.square).to.equal(true);
  });

  it('does not redo a picture the host set when the crop box is ticked', async () => {
    const element = await fixture<ContactPhotoInput>(
      html`<contact-photo-input></contact-photo-input>`,
    );
    await upload(element, file(await canvasPicture(900, 600), 'a.jpg'), 'input');
    const hosts = { mediaType: 'image/jpeg', data: 'AAAA' };
    element.value = hosts;
    await element.updateComplete;
    let changes = 0;
    element.addEventListener('contact-photo-change', () => changes++);
    element.shadowRoot!.querySelector<HTMLInputElement>('[part=crop] input')!.click();
    await element.updateComplete;
    // Had the tick started processing again, wait for it to end, however slow: then count.
    const busy = element.shadowRoot!.querySelector('[aria-busy]')!;
    await until(() => busy.getAttribute('aria-busy') === 'false', 'the processing to end');
    expect([changes, element.value, element.square]).to.deep.equal([0, hosts, true]);
  });

  it('removes the picture', async () => {
    const element = await fixture<ContactPhotoInput>(
      html`<contact-photo-input name="Jo"></contact-photo-input>`,
    );
    element.value = { mediaType: 'image/jpeg', data: 'AAAA' };
    await element.updateComplete;
    const changed = oneEvent(element, 'contact-photo-change');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=remove]')!.click();
    expect((await changed).detail.photo).to.equal(undefined);
    expect(element.value).to.equal(undefined);
  });

  it('names the format of a file it cannot use, and keeps the picture', async () => {
    const element = await fixture<ContactPhotoInput>(
      html`<contact-photo-input></contact-photo-input>`,
    );
    const kept = { mediaType: 'image/jpeg', data: 'AAAA' };
    element.value = kept;
    let changes = 0;
    element.addEventListener('contact-photo-change', () => changes++);
    const cases: [Uint8Array, string, string, string?][] = [
      [new TextEncoder().encode('%PDF-1.4\n'), 'scan.pdf', 'PDF files cannot be used as a picture'],
      [
        new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic')]),
        'IMG.HEIC',
        'This browser cannot read HEIC pictures',
      ],
      [
        new Uint8Array(64).fill(7),
        'notes.txt',
        'This .txt file (text/plain) is not a picture in a format we know',
        'text/plain',
      ],
      [new Uint8Array(64).fill(8), 'README', 'This file is not a picture in a format we know'],
    ];
    for (const [bytes, name, message, type] of cases) {
      give(element, file(bytes, name, type), 'paste');
      const error = element.shadowRoot!.querySelector('[part=error]')!;
      await until(() => error.textContent!.includes(message), 'the element to settle');
      expect(error.hasAttribute('hidden')).to.equal(false);
    }
    expect(changes).to.equal(0);
    expect(element.value).to.equal(kept);
  });

  it('fires no event when the host sets the value', async () => {
    const element = await fixture<ContactPhotoInput>(
      html`<contact-photo-input></contact-photo-input>`,
    );
    let changes = 0;
    element.addEventListener('contact-photo-change', () => changes++);
    element.value = { mediaType: 'image/jpeg', data: 'AAAA' };
    await element.updateComplete;
    expect(changes).to.equal(0);
  });

  it('shows its picture when the tags are registered with a prefix', async () => {
    await defineElements({ prefix: 'acme' });
    const element = await fixture<ContactPhotoInput>(
      '<acme-contact-photo-input name="Jane Doe"></acme-contact-photo-input>',
    );
    expect(element.shadowRoot!.querySelector('[part=avatar]')!.textContent!.trim()).to.equal('JD');
  });
});
