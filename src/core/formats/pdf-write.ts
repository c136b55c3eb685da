// Contacts → a paginated PDF address-book listing (pdf-lib). The font comes from the caller
// (core reads no files): the CLI reads assets/fonts/DejaVuSans.ttf, the browser fetches it.
// DejaVu Sans covers Latin, Greek and Cyrillic; any character it lacks is replaced and counted.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { DisplayOrder } from '../contact.js';
import { loadPhoneMetadata } from '../phone-metadata.js';
import { listingBlocks } from './listing.js';
import type { ExportContact } from './types.js';

/** Options of `writePdf`. */
export interface WritePdfOptions {
  /** A TrueType/OpenType font (bytes of assets/fonts/DejaVuSans.ttf). */
  font: Uint8Array | ArrayBuffer;
  /** Display order of names, as in the list. */
  order?: DisplayOrder;
  /** The user's region (`defaultRegion`): its phones are shown national, others international. */
  region?: string;
  /** The user's word for a stored type ('cell' → 'Mobile'). */
  typeLabel?: (type: string) => string;
  /** Heading of the first page. */
  title?: string;
  /** Stops the work between contacts. */
  signal?: AbortSignal;
}

/** The PDF, its page count, and how many characters the font could not draw. */
export interface PdfWriteResult {
  bytes: Uint8Array;
  pages: number;
  replacedCharacters: number;
}

const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const NAME_SIZE = 12;
const DETAIL_SIZE = 9.5;
const GAP = 10;
const FOOTER_SIZE = 8;

/** Writes the listing: contacts in display order, each block kept on one page when it fits. */
export async function writePdf(
  contacts: readonly ExportContact[],
  {
    font: fontBytes,
    order = 'last-first',
    region,
    typeLabel,
    title = 'Contacts',
    signal,
  }: WritePdfOptions,
): Promise<PdfWriteResult> {
  // The listing formats phones: the CLI writes PDFs with no book open to have loaded this.
  await loadPhoneMetadata();
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  document.setTitle(title);
  document.setCreator('contact-book');
  const font = await document.embedFont(fontBytes, { subset: true });
  const drawable = new Set(font.getCharacterSet());
  const replacement = drawable.has(0xfffd) ? '\ufffd' : '?';
  let replacedCharacters = 0;
  const clean = (text: string) =>
    [...text.replace(/\t/g, ' ')]
      .map((char) => {
        if (drawable.has(char.codePointAt(0)!)) return char;
        replacedCharacters++;
        return replacement;
      })
      .join('');

  const width = PAGE.width - 2 * PAGE.margin;
  let page = document.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const heading = clean(title);
  page.drawText(heading, { x: PAGE.margin, y: y - 16, size: 16, font });
  y -= 16 + 2 * GAP;

  for (const [name, ...details] of listingBlocks(contacts, order, { region, typeLabel })) {
    signal?.throwIfAborted();
    const lines = [
      { text: clean(name), size: NAME_SIZE },
      ...details.flatMap((detail) =>
        wrap(clean(detail), font, DETAIL_SIZE, width - 12).map((text) => ({
          text,
          size: DETAIL_SIZE,
        })),
      ),
    ];
    const blockHeight = lines.reduce((sum, line) => sum + line.size * 1.3, 0);
    if (y - blockHeight < PAGE.margin + FOOTER_SIZE * 2 && y < PAGE.height - PAGE.margin) {
      page = document.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
    for (const [index, line] of lines.entries()) {
      if (y - line.size * 1.3 < PAGE.margin + FOOTER_SIZE * 2) {
        page = document.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= line.size * 1.3;
      const x = PAGE.margin + (index ? 12 : 0);
      page.drawText(line.text, {
        x,
        y,
        size: line.size,
        font,
        color: index ? rgb(0.25, 0.25, 0.25) : rgb(0, 0, 0),
      });
    }
    y -= GAP;
  }
  const pages = document.getPages();
  pages.forEach((current, index) => drawFooter(current, font, `${index + 1} / ${pages.length}`));
  return { bytes: await document.save(), pages: pages.length, replacedCharacters };
}

/** Breaks a line into lines that fit `width`, at spaces when possible. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/(?<= )/)) {
    if (font.widthOfTextAtSize(current + word, size) <= width) {
      current += word;
      continue;
    }
    if (current) lines.push(current.trimEnd());
    current = '';
    // A word wider than the line is cut where it must be.
    for (const char of word) {
      if (font.widthOfTextAtSize(current + char, size) > width && current) {
        lines.push(current);
        current = '';
      }
      current += char;
    }
  }
  if (current.trim() || !lines.length) lines.push(current.trimEnd());
  return lines;
}

function drawFooter(page: PDFPage, font: PDFFont, text: string): void {
  const textWidth = font.widthOfTextAtSize(text, FOOTER_SIZE);
  page.drawText(text, {
    x: (PAGE.width - textWidth) / 2,
    y: PAGE.margin / 2,
    size: FOOTER_SIZE,
    font,
    color: rgb(0.4, 0.4, 0.4),
  });
}
