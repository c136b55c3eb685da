import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import type { ContactBook } from '../core/book.js';
import type { Contact } from '../core/contact.js';
import type { ExportFormat } from '../core/formats/export-file.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { t } from './i18n.js';
import { typeLabel } from './labels.js';
import { translateMessage } from './core-messages.js';
import type { MenuItem } from './contact-menu.js';
import { controlStyles } from './theme.js';

/** The menu's items: every format, for the whole book or the selection. */
const FORMATS: [ExportFormat, string][] = [
  ['vcard4', 'vCard 4.0'],
  ['vcard3', 'vCard 3.0 (older programs)'],
  ['outlook-csv', 'Outlook CSV'],
  ['google-csv', 'Google CSV'],
  ['pdf', 'PDF listing'],
];

/** How many warnings the status lists; the rest are counted. */
const WARNINGS_SHOWN = 50;

/** The font the PDF embeds, shipped with the package (Latin, Greek, Cyrillic). */
const DEFAULT_FONT_URL = new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url).href;

/**
 * @summary The Export menu: vCard 4.0 / 3.0, Outlook CSV, Google CSV or PDF, of the whole book,
 * of the selected contacts, or of the contacts it is given (one, in a contact's details); the
 * file is downloaded.
 * @event contact-export - cancelable, `{ format, fileName, blob, warnings }` before the download;
 * prevent it to handle the file yourself.
 * @csspart status - the line that reports the last export.
 * @csspart warnings - the list of values that did not fit the format (first 50), under the status.
 */
@localized()
export class ContactExportMenu extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-block;
      }
      [part='status'] {
        margin-inline-start: var(--_cb-space);
        color: var(--_cb-muted);
      }
      details {
        display: inline;
      }
      summary {
        cursor: pointer;
      }
      [part='warnings'] {
        max-height: 12rem;
        overflow: auto;
        margin: var(--_cb-space-xs) 0 0;
        padding-inline-start: calc(var(--_cb-space) * 2.5);
        font-size: var(--_cb-font-size-small);
      }
    `,
  ];

  /** Ids of the selected contacts (from `contact-selection-change`); empty: only "whole book". */
  @property({ attribute: false }) selectedIds: readonly string[] = [];
  /** Where the PDF font is fetched from. */
  @property({ attribute: 'font-url' }) fontUrl = DEFAULT_FONT_URL;
  /**
   * Exactly these contacts (one, in a contact's details): the menu then offers the formats only.
   * Empty: the whole book or the selection.
   */
  @property({ attribute: false }) contacts: readonly Contact[] = [];
  /** Base of the file name: "contacts" gives contacts.vcf. */
  @property({ attribute: 'file-name' }) fileName = 'contacts';

  @state() private status = '';
  @state() private warnings: readonly string[] = [];
  /** The book the status is about: another book (or user) shown hides it. */
  private statusBook: ContactBook | undefined;
  private readonly bookController = new BookController(this);

  /** Focuses the Export button. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('contact-menu')?.focus(options);
  }

  override render() {
    const selected = this.selectedIds.length;
    const given = this.contacts.length;
    const items: MenuItem[] = FORMATS.flatMap(([format, label]): MenuItem[] =>
      given
        ? [{ value: `given:${format}`, label: t(label) }]
        : [
            { value: `all:${format}`, label: t('{format} — whole book', { format: t(label) }) },
            {
              value: `selection:${format}`,
              label: t('{format} — {count, plural, other {# selected}}', {
                format: t(label),
                count: selected,
              }),
              disabled: !selected,
            },
          ],
    );
    return html`<contact-menu
        label=${t('Export')}
        .items=${items}
        @contact-menu-select=${this.handleSelect}
      ></contact-menu
      ><span part="status" role="status"
        >${
          this.statusBook !== this.bookController.book
            ? nothing
            : this.warnings.length
              ? this.renderWarnings()
              : this.status
        }</span
      >`;
  }

  /** The status as a disclosure listing the warnings, so the user can check which values. */
  private renderWarnings() {
    const more = this.warnings.length - WARNINGS_SHOWN;
    return html`<details>
      <summary>${this.status}</summary>
      <ul part="warnings">
        ${this.warnings.slice(0, WARNINGS_SHOWN).map((warning) => html`<li>${translateMessage(warning)}</li>`)}
        ${more > 0 ? html`<li>${t('…and {count} more', { count: more })}</li>` : nothing}
      </ul>
    </details>`;
  }

  /** Exports now, as a menu choice would (for hosts with their own controls). */
  async export(format: ExportFormat, scope: 'all' | 'selection' | 'given' = 'all'): Promise<void> {
    const book = this.bookController.book;
    if (!book && scope !== 'given') return;
    const ids = new Set(this.selectedIds);
    const listed = scope === 'given' ? [] : book!.list().contacts;
    const contacts: readonly Contact[] =
      scope === 'given'
        ? this.contacts
        : scope === 'all'
          ? listed
          : listed.filter((contact) => ids.has(contact.id));
    this.warnings = [];
    this.statusBook = book;
    this.status = t('{count, plural, one {Exporting # contact…} other {Exporting # contacts…}}', {
      count: contacts.length,
    });
    try {
      const font = format === 'pdf' ? await (await fetch(this.fontUrl)).arrayBuffer() : undefined;
      // Loaded on first export: the writers bring papaparse, and the PDF one pdf-lib.
      const { exportContacts } = await import('../core/formats/export-file.js');
      const file = await exportContacts(contacts, format, {
        font,
        order: book?.preferences.displayOrder,
        region: book?.preferences.defaultRegion,
        title: t('Contacts'),
        typeLabel,
        tagsOf: book ? (id) => book.tagsOf(id) : undefined,
      });
      const fileName = `${this.fileName}.${file.extension}`;
      const blob = new Blob([file.data as BlobPart], { type: file.mimeType });
      if (
        emit(
          this,
          'contact-export',
          { format, fileName, blob, warnings: file.warnings },
          { cancelable: true },
        )
      ) {
        download(blob, fileName);
      }
      this.warnings = file.warnings;
      this.status = file.warnings.length
        ? t(
            '{count, plural, one {# contact} other {# contacts}} exported; {warnings, plural, one {# value} other {# values}} did not fit the format',
            {
              count: contacts.length,
              warnings: file.warnings.length,
            },
          )
        : t('{count, plural, one {# contact} other {# contacts}} exported', {
            count: contacts.length,
          });
    } catch (error) {
      this.status = t('Export failed: {error}', { error: String(error) });
    }
  }

  private handleSelect = (event: CustomEvent<{ value: string }>) => {
    const [scope, format] = event.detail.value.split(':') as [
      'all' | 'selection' | 'given',
      ExportFormat,
    ];
    void this.export(format, scope);
  };
}

/** Saves a Blob through a temporary download link. */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-export-menu': ContactExportMenu;
  }
}
