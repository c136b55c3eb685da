import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import type { ContactPhoto } from '../core/contact.js';
import { DEFAULT_PREFERENCES } from '../core/prefs.js';
import { BookController } from './book-controller.js';
import { avatarStyles, renderAvatar } from './avatar-template.js';
import { emit } from './events.js';
import { t } from './i18n.js';
import { processPicture } from './photo/process-picture.js';
import { PictureError } from './photo/picture-error.js';
import { controlStyles } from './theme.js';

/** What the file picker offers; anything else dropped or pasted still gets a message naming its format. */
const ACCEPT = 'image/*,.tif,.tiff,.heic,.heif,.cr2,.nef,.arw,.dng';

/**
 * @summary The editor's picture: Upload button under the empty picture, drag and drop, paste,
 * square crop and Remove. Pictures are resized (longest side from the `photoSize` preference)
 * and re-encoded off the main thread.
 *
 * @event contact-photo-change - The user chose a new picture or removed it: `{ photo }`.
 *
 * @csspart base - The drop zone around picture and buttons.
 * @csspart avatar - The round picture frame (with `image` or `initials` inside).
 * @csspart upload - The Upload button.
 * @csspart remove - The Remove button.
 * @csspart crop - The square-crop checkbox label.
 * @csspart error - The message for a file that cannot be used.
 * @cssproperty --cb-avatar-size - Diameter of the picture (default 8rem).
 */
@localized()
export class ContactPhotoInput extends LitElement {
  static override styles = [
    controlStyles,
    avatarStyles,
    css`
      :host {
        display: inline-block;
        --cb-avatar-size: 8rem;
      }
      [part='base'] {
        display: grid;
        justify-items: center;
        gap: var(--_cb-space);
        padding: var(--_cb-space);
        border: 2px dashed transparent;
        border-radius: var(--_cb-radius-large);
      }
      [part='base'].dragging {
        border-color: var(--_cb-accent);
      }
      [part='crop'] {
        display: flex;
        gap: calc(var(--_cb-space) * 0.7);
        align-items: center;
        font-size: var(--_cb-font-size-small);
        color: var(--_cb-muted);
      }
      .buttons {
        display: flex;
        gap: var(--_cb-space);
      }
      [part='error'] {
        color: var(--_cb-danger);
        max-width: 16rem;
        text-align: center;
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  /** The current picture (setting it fires no event). */
  @property({ attribute: false }) value?: ContactPhoto;

  /** The contact's name, for the initials shown without a picture. */
  @property() name = '';

  /** Longest side in pixels; defaults to the `photoSize` preference of the book (512). */
  @property({ type: Number, attribute: 'max-size' }) maxSize?: number;

  /** Encoding; defaults to the `photoFormat` preference of the book (JPEG). */
  @property() format?: 'jpeg' | 'webp';

  /** Crop new pictures to the centre square (the user toggles it too). */
  @property({ type: Boolean, reflect: true }) square = false;

  /** Disables every control. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private busy = false;
  @state() private error = '';
  @state() private dragging = false;

  private readonly books = new BookController(this);
  /** The file the current picture came from, to redo it when the crop changes. */
  private lastFile: { file: Blob; photo: ContactPhoto } | undefined;
  private pending: AbortController | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    // A picture the host set did not come from our file: the crop box cannot redo it.
    if (changed.has('value') && this.value !== this.lastFile?.photo) this.lastFile = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pending?.abort();
  }

  override render() {
    return html`<div
      part="base"
      class=${this.dragging ? 'dragging' : ''}
      @dragover=${this.handleDragOver}
      @dragleave=${this.handleDragLeave}
      @drop=${this.handleDrop}
      @paste=${this.handlePaste}
    >
      <div aria-busy=${this.busy ? 'true' : 'false'}>
        ${renderAvatar({ name: this.name, photo: this.value, part: 'avatar' })}
      </div>
      <div class="buttons">
        <button
          part="upload"
          type="button"
          ?disabled=${this.disabled || this.busy}
          @click=${this.handleUploadClick}
        >
          ${this.busy ? t('Processing…') : this.value ? t('Change picture') : t('Upload picture')}
        </button>
        ${
          this.value
            ? html`<button
                part="remove"
                type="button"
                ?disabled=${this.disabled || this.busy}
                @click=${this.handleRemove}
              >
                ${t('Remove picture')}
              </button>`
            : nothing
        }
      </div>
      <label part="crop">
        <input
          type="checkbox"
          .checked=${this.square}
          ?disabled=${this.disabled}
          @change=${this.handleSquareChange}
        />
        ${t('Crop to a square')}
      </label>
      <input type="file" accept=${ACCEPT} @change=${this.handleFileChange} />
      <div part="error" role="alert" ?hidden=${!this.error}>${this.error}</div>
    </div>`;
  }

  private handleUploadClick(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')!.click();
  }

  private handleFileChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.take(file);
  }

  private handleDragOver(event: DragEvent): void {
    if (this.disabled || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private handleDragLeave(): void {
    this.dragging = false;
  }

  private handleDrop(event: DragEvent): void {
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (this.disabled || !file) return;
    event.preventDefault();
    void this.take(file);
  }

  private handlePaste(event: ClipboardEvent): void {
    const file = [...(event.clipboardData?.files ?? [])][0];
    if (this.disabled || !file) return;
    event.preventDefault();
    void this.take(file);
  }

  private handleRemove(): void {
    this.pending?.abort();
    this.lastFile = undefined;
    this.error = '';
    this.value = undefined;
    emit(this, 'contact-photo-change', { photo: undefined });
  }

  private handleSquareChange(event: Event): void {
    this.square = (event.target as HTMLInputElement).checked;
    // Redo the picture just chosen with the new crop, from its original file.
    if (this.lastFile) void this.take(this.lastFile.file);
  }

  /** Uses a file as the picture (for a host forwarding a paste or a drop from elsewhere). */
  takeFile(file: Blob): Promise<void> {
    return this.disabled ? Promise.resolve() : this.take(file);
  }

  /** Turns a file into the new picture, or shows why it cannot be one. */
  private async take(file: Blob): Promise<void> {
    this.pending?.abort();
    const pending = new AbortController();
    this.pending = pending;
    this.busy = true;
    this.error = '';
    const prefs = this.books.book?.preferences ?? DEFAULT_PREFERENCES;
    try {
      const { photo } = await processPicture(file, {
        maxSize: this.maxSize ?? prefs.photoSize,
        format: this.format ?? prefs.photoFormat,
        square: this.square,
        signal: pending.signal,
      });
      if (pending.signal.aborted) return;
      this.lastFile = { file, photo };
      this.value = photo;
      emit(this, 'contact-photo-change', { photo });
    } catch (error) {
      if (!pending.signal.aborted) this.error = pictureMessage(error, file);
    } finally {
      if (this.pending === pending) this.busy = false;
    }
  }
}

/** What we know of a file the bytes do not identify: ".txt file (text/plain)", or just "file". */
function describeFile(file: Blob): string {
  const name = file instanceof File ? file.name : '';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && dot < name.length - 1 ? name.slice(dot).toLowerCase() : '';
  return [extension, t('file'), file.type ? `(${file.type})` : ''].filter(Boolean).join(' ');
}

/** The message a user reads for a file that cannot become a picture. */
function pictureMessage(error: unknown, file: Blob): string {
  if (!(error instanceof PictureError)) return t('This picture could not be processed.');
  const format = error.format;
  switch (error.code) {
    case 'unsupported':
      return format === 'unknown'
        ? t(
            'This {file} is not a picture in a format we know. Use JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC or camera RAW.',
            { file: describeFile(file) },
          )
        : t(
            '{format} files cannot be used as a picture. Use JPEG, PNG, GIF, BMP, WebP, TIFF, HEIC or camera RAW.',
            { format },
          );
    case 'browser-unsupported':
      return t('This browser cannot read {format} pictures. Convert it to JPEG first.', { format });
    case 'no-preview':
      return t('This {format} file has no embedded preview to use as a picture.', { format });
    case 'damaged':
      return t('This {format} file could not be read: it may be damaged.', { format });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-photo-input': ContactPhotoInput;
  }
}
