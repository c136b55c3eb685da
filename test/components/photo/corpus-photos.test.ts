import { expect } from '@open-wc/testing';
import { PictureError, processPicture } from '../../../src/components/photo/index.js';

// The real photos vCard exporters wrote (iPhone, BlackBerry, Lotus Notes, Thunderbird, iOS via
// AOSP), read from the shared corpus beside the work tree.
const CORPUS = '/test/fixtures/corpus/vcard/';
const FILES = [
  'ezvcard-John_Doe_IPHONE.vcf',
  'ezvcard-John_Doe_BLACK_BERRY.vcf',
  'ezvcard-John_Doe_LOTUS_NOTES.vcf',
  'ezvcard-thunderbird-MoreFunctionsForAddressBook-extension.vcf',
  'aosp-v30_ios_613_multiline.vcf',
];

/** The base64 PHOTO values of a vCard (folded lines unfolded; vCard 2.1 blank-line end handled). */
function photos(text: string): string[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  return [
    ...unfolded.matchAll(
      /^PHOTO[;:][^:]*?(?:ENCODING=(?:b|BASE64)|BASE64)[^:]*:([A-Za-z0-9+/=\s]+?)(?=\r?\n[A-Z]|\r?\n\r?\n)/gim,
    ),
  ]
    .map((match) => match[1]!.replace(/\s+/g, ''))
    .filter(Boolean);
}

/** Base64 that atob() accepts from a value with a stray character (length ≡ 1 mod 4). */
function lenient(data: string): string {
  const bare = data.replace(/=+$/, '');
  return bare.length % 4 === 1 ? bare.slice(0, -1) : bare;
}

describe('photos of the contact corpus', () => {
  for (const name of FILES) {
    it(`turns the PHOTO of ${name} into a contact photo`, async () => {
      const response = await fetch(CORPUS + name);
      expect(response.ok, `${name} is readable`).to.equal(true);
      const [data] = photos(await response.text());
      expect(data, 'a base64 PHOTO').to.be.a('string');
      const bytes = Uint8Array.from(atob(lenient(data!)), (char) => char.charCodeAt(0));
      try {
        const result = await processPicture(new Blob([bytes]));
        expect(result.sourceFormat).to.equal('JPEG');
        expect(Math.max(result.width, result.height)).to.be.within(1, 512);
        expect(result.bytes).to.be.lessThan(100_000);
      } catch (error) {
        // The BlackBerry photo is damaged upstream (a base64 character too many): it must be
        // refused as a damaged JPEG, never with an unnamed failure.
        expect(error).to.be.instanceOf(PictureError);
        expect([(error as PictureError).code, (error as PictureError).format]).to.deep.equal([
          'damaged',
          'JPEG',
        ]);
        expect(name).to.equal('ezvcard-John_Doe_BLACK_BERRY.vcf');
      }
    });
  }
});
