import { LitElement } from 'lit';
import { localized } from '@lit/localize';
import { property } from 'lit/decorators.js';
import type { Contact } from '../core/contact.js';
import { listingBlocks } from '../core/formats/listing.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { getLocale, t } from './i18n.js';
import { typeLabel } from './labels.js';

/**
 * @summary Prints contacts — one, a selection, or the current page — as an address-book listing
 * (the same text as the PDF export). It renders nothing itself: `print()` fills a hidden frame
 * and opens the browser's print dialog for that frame only.
 * @event contact-print - cancelable, `{ contacts, html }` before printing; prevent it to print
 * the document yourself.
 */
@localized()
export class ContactPrint extends LitElement {
  /** The contacts to print, in any order (they are listed in display order). */
  @property({ attribute: false }) contacts: readonly Contact[] = [];
  /** Heading of the printed page. */
  @property() heading = '';

  private readonly bookController = new BookController(this);

  /** The printable document for the current contacts. */
  printableHtml(): string {
    const prefs = this.bookController.book?.preferences;
    const title = this.heading || t('Contacts');
    const blocks = listingBlocks(this.contacts, prefs?.displayOrder, {
      region: prefs?.defaultRegion,
      typeLabel,
    })
      .map(
        ([name, ...lines]) =>
          `<section><h2>${escapeHtml(name)}</h2>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</section>`,
      )
      .join('\n');
    return `<!doctype html><html lang="${getLocale()}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PRINT_CSS}</style></head><body><h1>${escapeHtml(title)}</h1>\n${blocks}\n</body></html>`;
  }

  /** Opens the print dialog for the contacts (unless a listener prevents `contact-print`). */
  async print(): Promise<void> {
    const html = this.printableHtml();
    if (!emit(this, 'contact-print', { contacts: [...this.contacts], html }, { cancelable: true }))
      return;
    const frame = Object.assign(document.createElement('iframe'), {
      srcdoc: html,
      title: t('Print'),
    });
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(frame);
    await loaded;
    frame.contentWindow?.addEventListener('afterprint', () => frame.remove(), { once: true });
    frame.contentWindow?.print();
  }

  // Nothing visible: the element is a service the host calls.
  override createRenderRoot() {
    return this;
  }
}

const PRINT_CSS = `
body { font: 10.5pt system-ui, sans-serif; color: #000; margin: 1.5cm; }
h1 { font-size: 16pt; }
section { break-inside: avoid; margin: 0 0 0.8em; }
h2 { font-size: 11.5pt; margin: 0; }
p { margin: 0 0 0 1em; color: #333; }
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-print': ContactPrint;
  }
}
