import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { property, query, state } from 'lit/decorators.js';
import type { ContactBook } from '../core/book.js';
// The plan and the column names only: the readers (papaparse, vCard, LDIF) load with the file.
import { mapColumns, type ColumnTarget } from '../core/formats/csv-columns.js';
import {
  DEFAULT_MAX_CONTACTS,
  findDuplicates,
  importContacts,
  remainingCapacity,
  type DuplicateChoice,
  type DuplicateMatch,
  type ImportOutcome,
} from '../core/formats/import-plan.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { formatBytes, t } from './i18n.js';
import { bookLabel } from './book-label.js';
import { translateError, translateMessage } from './core-messages.js';
import { columnMapping, duplicateList, previewTable, problemList } from './import/import-views.js';
import { readFileOffThread } from './import/read-file.js';
import type { FileReadResult } from './import/worker-protocol.js';
import { controlStyles } from './theme.js';

type Stage = 'choose' | 'reading' | 'preview' | 'importing' | 'done';

const PREVIEW_ROWS = 5;
const FORMAT_NAMES: Record<string, string> = {
  vcard: 'vCard',
  ldif: 'LDIF',
  outlook: 'CSV (Outlook)',
  google: 'CSV (Google Contacts)',
  'google-legacy': 'CSV (Google Contacts, old layout)',
  thunderbird: 'CSV (Thunderbird)',
  generic: 'CSV',
};

/**
 * @summary Imports a vCard, CSV or LDIF file into the book from context: the format is detected,
 * the first records previewed, capacity and duplicates (same e-mail or phone) shown with skip /
 * merge / add anyway, then one import with a progress bar and a report of the problems. The file
 * is read in a worker; nothing is written before the user presses Import. Set `books` to let the
 * user choose the book (personal or a group's).
 * @event contact-import - after the import: `{ created, tags, merged, skipped }`.
 * @csspart dialog - the dialog.
 * @csspart summary - the detected format and count.
 * @csspart capacity - how many contacts can be imported.
 * @csspart preview - the table of the first records.
 * @csspart duplicates - the list of duplicates.
 * @csspart problems - the list of problems.
 * @csspart progress - the progress bar.
 */
@localized()
export class ContactImportDialog extends LitElement {
  static override styles = [
    controlStyles,
    css`
      dialog {
        max-width: min(48rem, 95vw);
        /* Long names and addresses from a file wrap rather than widen a narrow screen. */
        overflow-wrap: anywhere;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: start;
        padding: var(--_cb-space-xs) calc(var(--_cb-space) * 0.7);
        border-bottom: 1px solid var(--_cb-border);
      }
      [part='problems'] {
        max-height: 10rem;
        overflow: auto;
        color: var(--_cb-danger);
      }
      progress {
        width: 100%;
      }
      .actions {
        display: flex;
        gap: var(--_cb-space);
        justify-content: flex-end;
      }
    `,
  ];

  /** The most contacts the book may hold. */
  @property({ type: Number, attribute: 'max-contacts' }) maxContacts = DEFAULT_MAX_CONTACTS;
  /** The largest file accepted, in bytes (reading is in a worker: the page does not freeze). */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize = 100 * 1024 * 1024;
  /**
   * Books the user may import into (a personal book and group books); empty: the book from
   * context. The dialog then starts with a choice of book.
   */
  @property({ attribute: false }) books: readonly ContactBook[] = [];

  @state() private stage: Stage = 'choose';
  @state() private fileName = '';
  @state() private message = '';
  @state() private result: FileReadResult | undefined;
  @state() private columns: (ColumnTarget | undefined)[] | undefined;
  @state() private duplicates: DuplicateMatch[] = [];
  @state() private choices = new Map<number, DuplicateChoice>();
  @state() private progress = { done: 0, total: 0 };
  @state() private outcome: ImportOutcome | undefined;
  @state() private chosenBook: ContactBook | undefined;
  @query('dialog') private dialog!: HTMLDialogElement;
  private readonly bookController = new BookController(this);
  private bytes: Uint8Array | undefined;
  private abort: AbortController | undefined;

  /** Opens the dialog at its first step. */
  async show(): Promise<void> {
    this.reset();
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Closes the dialog, stopping any reading or importing. */
  close(): void {
    this.abort?.abort();
    if (this.dialog.open) this.dialog.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  override render() {
    return html`<dialog part="dialog" aria-labelledby="heading" @close=${() => this.abort?.abort()}>
      <h2 id="heading">${t('Import contacts')}</h2>
      ${this.renderStage()}
    </dialog>`;
  }

  private renderStage() {
    switch (this.stage) {
      case 'choose':
        return html`${this.books.length > 1 ? this.renderBookChoice() : nothing}
          <label>
            ${t('Choose a vCard, CSV or LDIF file')}
            <input
              type="file"
              accept=".vcf,.vcard,.csv,.ldif,.ldi,text/vcard,text/csv"
              @change=${this.handleFile}
            />
          </label>
          ${this.message ? html`<p role="alert">${this.message}</p>` : nothing}
          <p class="actions"><button @click=${this.close}>${t('Cancel')}</button></p>`;
      case 'reading':
        return html`<p role="status">${t('Reading {name}…', { name: this.fileName })}</p>
          <p class="actions"><button @click=${this.close}>${t('Cancel')}</button></p>`;
      case 'preview':
        return this.renderPreview();
      case 'importing':
        return html`<progress
            part="progress"
            max=${this.progress.total}
            .value=${this.progress.done}
          ></progress>
          <p role="status">${t('Imported {done} of {total}', this.progress)}</p>
          <p class="actions"><button @click=${this.close}>${t('Stop')}</button></p>`;
      case 'done':
        return this.renderDone();
    }
  }

  private renderBookChoice() {
    const current = this.book;
    return html`<label>
      ${t('Import into')}
      <select @change=${this.handleBook}>
        ${this.books.map(
          (book, index) =>
            html`<option value=${index} ?selected=${book === current}>${bookLabel(book)}</option>`,
        )}
      </select>
    </label>`;
  }

  private renderPreview() {
    const result = this.result!;
    const importable = this.importableCount();
    const format =
      FORMAT_NAMES[
        result.format === 'csv' ? (result.preset ?? 'generic') : (result.format ?? '')
      ] ?? '';
    return html`<p part="summary">
        ${t('{file}: {format}, {count, plural, one {# contact} other {# contacts}} read', { file: this.fileName, format, count: result.contacts.length })}
      </p>
      <p part="capacity" role="status">${this.capacityText(importable)}</p>
      ${
        result.format === 'csv' && result.headers
          ? columnMapping(result.headers, this.columns ?? [], {
              open: result.problems.some((problem) => problem.record === 0),
              onChange: this.handleMapping,
            })
          : nothing
      }
      ${result.contacts.length ? previewTable(result.contacts.slice(0, PREVIEW_ROWS), this.book?.preferences.displayOrder) : nothing}
      ${
        this.duplicates.length
          ? duplicateList(this.duplicates, result.contacts, {
              choiceOf: (index) => this.choiceOf(index),
              order: this.book?.preferences.displayOrder,
              onChoice: this.handleChoice,
              onAll: (choice) =>
                (this.choices = new Map(this.duplicates.map((match) => [match.index, choice]))),
            })
          : nothing
      }
      ${problemList(result.problems)}
      <p class="actions">
        <button @click=${this.close}>${t('Cancel')}</button>
        <button
          class="primary"
          ?disabled=${!importable && !this.mergeCount()}
          @click=${this.handleImport}
        >
          ${t('Import')}
        </button>
      </p>`;
  }

  private renderDone() {
    const outcome = this.outcome!;
    return html`<p role="status">
        ${t('{created} imported, {merged} merged, {skipped} skipped.', {
          created: outcome.created.length,
          merged: outcome.merged.length,
          skipped: outcome.skipped,
        })}
        ${this.message}
      </p>
      ${problemList(this.result!.problems)}
      <p class="actions"><button class="primary" @click=${this.close}>${t('Close')}</button></p>`;
  }

  private handleFile = async (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.fileName = file.name;
    if (file.size > this.maxFileSize) {
      this.message = t(
        '{name} is {size}: the largest file this book imports is {max}. Split it into smaller files and import each.',
        {
          name: file.name,
          size: formatBytes(file.size, { from: 'kilobyte' }),
          max: formatBytes(this.maxFileSize, { from: 'kilobyte' }),
        },
      );
      return;
    }
    this.bytes = new Uint8Array(await file.arrayBuffer());
    await this.read();
  };

  private handleBook = (event: Event) => {
    this.chosenBook = this.books[Number((event.target as HTMLSelectElement).value)];
  };

  private handleMapping = async (event: Event) => {
    const select = event.target as HTMLSelectElement;
    const columns = [...(this.columns ?? [])];
    columns[Number(select.dataset.index)] = select.value || undefined;
    this.columns = columns;
    await this.read(columns);
  };

  private handleChoice = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    this.choices = new Map(this.choices).set(
      Number(select.dataset.index),
      select.value as DuplicateChoice,
    );
  };

  private handleImport = async () => {
    const book = this.book;
    const result = this.result;
    if (!book || !result) return;
    this.abort = new AbortController();
    // A new import starts from zero, never from the previous one's numbers.
    this.progress = { done: 0, total: result.contacts.length };
    this.stage = 'importing';
    const outcome = await importContacts(book, {
      contacts: result.contacts,
      tags: result.tags,
      duplicates: this.duplicates,
      choices: new Map(this.duplicates.map((match) => [match.index, this.choiceOf(match.index)])),
      maxContacts: this.maxContacts,
      signal: this.abort.signal,
      onProgress: (done, total) => (this.progress = { done, total }),
    });
    const messages: string[] = [];
    if (outcome.stopped)
      messages.push(
        t('Stopped after {done} of {total}: {reason}', {
          done: outcome.created.length + outcome.merged.length,
          total: outcome.total,
          reason: outcome.stopped,
        }),
      );
    this.message = messages.join(' ');
    this.outcome = outcome;
    this.stage = 'done';
    const { created, createdTags, merged, skipped } = outcome;
    emit(this, 'contact-import', { created, tags: createdTags, merged, skipped });
  };

  private async read(columns?: (ColumnTarget | undefined)[]): Promise<void> {
    this.abort?.abort();
    this.abort = new AbortController();
    this.stage = 'reading';
    try {
      const result = await readFileOffThread(this.bytes!, this.fileName, {
        columns,
        signal: this.abort.signal,
      });
      if (!result.format || (!result.contacts.length && !result.headers)) {
        this.message =
          (result.problems[0] && translateMessage(result.problems[0].message)) ??
          t('No contact found in {name}', { name: this.fileName });
        this.stage = 'choose';
        return;
      }
      this.result = result;
      this.columns = columns ?? (result.headers ? mapColumns(result.headers) : undefined);
      const book = this.book;
      this.duplicates = book ? findDuplicates(result.contacts, book.all(), book.preferences) : [];
      this.choices = new Map();
      this.stage = 'preview';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      this.message = translateError(error);
      this.stage = 'choose';
    }
  }

  /** The book the import goes into: the one chosen, else the first offered, else the context's. */
  private get book(): ContactBook | undefined {
    return this.chosenBook ?? this.books[0] ?? this.bookController.book;
  }

  private reset(): void {
    this.abort?.abort();
    this.stage = 'choose';
    this.progress = { done: 0, total: 0 };
    this.message = '';
    this.result = undefined;
    this.columns = undefined;
    this.duplicates = [];
    this.outcome = undefined;
    this.bytes = undefined;
  }

  private choiceOf(index: number): DuplicateChoice {
    return this.choices.get(index) ?? 'skip';
  }

  private mergeCount(): number {
    return this.duplicates.filter((match) => this.choiceOf(match.index) === 'merge').length;
  }

  /** New contacts the import would create: not duplicates, or duplicates added anyway. */
  private addingCount(): number {
    const duplicateIndexes = new Set(this.duplicates.map((match) => match.index));
    return this.result!.contacts.filter(
      (_, index) => !duplicateIndexes.has(index) || this.choiceOf(index) === 'add',
    ).length;
  }

  /** Those within the book's capacity. */
  private importableCount(): number {
    const book = this.book;
    return Math.min(this.addingCount(), book ? remainingCapacity(book, this.maxContacts) : 0);
  }

  private capacityText(importable: number): string {
    const book = this.book;
    const adding = this.addingCount();
    if (book && importable < adding) {
      return t(
        'Only {count} of {total} contacts can be imported: the book holds {size} of its {max}.',
        {
          count: importable,
          total: adding,
          size: book.size,
          max: this.maxContacts,
        },
      );
    }
    return t(
      '{count, plural, =0 {No contacts} one {# contact} other {# contacts}} can be imported',
      {
        count: importable,
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-import-dialog': ContactImportDialog;
  }
}
