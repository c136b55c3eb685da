import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { Task } from '@lit/task';
import type { Attachment } from '../core/attachments.js';
import type { Contact } from '../core/contact.js';
import { BookController } from './book-controller.js';
import type { ContactConfirm } from './contact-confirm.js';
import { translateError } from './core-messages.js';
import { emit } from './events.js';
import { formatBytes, t } from './i18n.js';
import { formatDateTime } from './note-format.js';
import { controlStyles } from './theme.js';

/** How long an opened file's object URL lives: long enough for the new tab to load it. */
const REVOKE_AFTER_MS = 60_000;

/**
 * @summary The documents linked to one contact: files (picked or dropped) and web addresses,
 * listed with name, type, size and date; open or download a file; "Break the link" removes one
 * (after a confirmation). Viewers see and open; editors attach and break links.
 * @event contact-attachment-open - cancelable `{ contact, attachment, blob, download }`; the
 * default opens the file in a new tab (or saves it) through an object URL, revoked after.
 * @csspart base - the wrapper.
 * @csspart dropzone - where files are picked or dropped.
 * @csspart link-form - the form that links a web address.
 * @csspart list - the list of attachments.
 * @csspart item - one attachment.
 */
@localized()
export class ContactAttachments extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .drop {
        border: 2px dashed var(--_cb-border);
        border-radius: var(--_cb-radius);
        padding: var(--_cb-space-s);
        display: flex;
        flex-wrap: wrap;
        gap: var(--_cb-space) var(--_cb-space-l);
        align-items: center;
      }
      .drop.over {
        border-color: var(--_cb-accent);
        background: var(--_cb-selected);
      }
      .pick {
        position: relative;
      }
      .pick input {
        position: absolute;
        inset: 0;
        opacity: 0;
        cursor: pointer;
      }
      .pick span {
        display: inline-block;
        background: var(--_cb-surface);
        border: 1px solid var(--_cb-border);
        border-radius: var(--_cb-radius);
        padding: calc(var(--_cb-space) * 0.7) var(--_cb-space-s);
      }
      .pick:focus-within span {
        box-shadow: var(--_cb-focus);
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_cb-space);
        align-items: end;
        margin-top: var(--_cb-space-s);
      }
      form label {
        display: grid;
        gap: var(--_cb-space-xs);
        flex: 1 1 12rem;
      }
      .muted {
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
      }
      ul {
        list-style: none;
        margin: var(--_cb-space-l) 0 0;
        padding: 0;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_cb-space-xs) var(--_cb-space-s);
        padding: calc(var(--_cb-space) * 0.7) 0;
        border-bottom: 1px solid var(--_cb-border);
      }
      .about {
        flex: 1 1 14rem;
        min-width: 0;
      }
      .name {
        font-weight: 500;
        overflow-wrap: anywhere;
      }
      .meta {
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
      }
      .meta span + span::before {
        content: ' · ';
      }
      .actions {
        display: flex;
        gap: var(--_cb-space-xs);
        margin-inline-start: auto;
      }
      .actions button {
        padding: calc(var(--_cb-space) * 0.2) var(--_cb-space);
      }
      a {
        color: var(--_cb-accent);
      }
    `,
  ];

  /** The contact whose attachments are shown. */
  @property({ attribute: false }) contact: Contact | undefined;

  @state() private over = false;
  @state() private failures: string[] = [];
  @state() private busy = '';
  @query('contact-confirm') private confirm!: ContactConfirm;

  private readonly books = new BookController(this);
  /** Object URLs still alive, revoked on their timer or when the element leaves the page. */
  private readonly urls = new Map<string, ReturnType<typeof setTimeout>>();

  private readonly attachments = new Task(this, {
    task: ([book, id]) => (book && id ? book.attachments.list(id) : Promise.resolve([])),
    args: () => [this.books.book, this.contact?.id, this.books.version] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contact') && changed.get('contact')?.id !== this.contact?.id) {
      this.failures = [];
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const [url, timer] of this.urls) {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
    }
    this.urls.clear();
  }

  override render() {
    const book = this.books.book;
    const contact = this.contact;
    if (!book || !contact) return nothing;
    const mayEdit = book.attachments.mayEdit(contact.id);
    const items = this.attachments.value ?? [];
    return html`<section part="base" aria-label=${t('Attachments')}>
      ${mayEdit ? this.renderAdd(book.attachments.maxSize) : nothing}
      ${this.busy ? html`<p class="muted" role="status">${this.busy}</p>` : nothing}
      ${
        this.failures.length
          ? html`<div role="alert">
              ${this.failures.map((failure) => html`<p class="error">${failure}</p>`)}
            </div>`
          : nothing
      }
      ${
        this.attachments.error
          ? html`<p class="error" role="alert">
              ${t('The attachments could not be read: {reason}', { reason: String(this.attachments.error) })}
            </p>`
          : nothing
      }
      ${
        items.length
          ? html`<ul part="list" aria-label=${t('Attachments')}>
              ${items.map((item) => this.renderItem(item, mayEdit, book.userId))}
            </ul>`
          : this.attachments.value
            ? html`<p class="muted">${t('No attachments yet.')}</p>`
            : nothing
      }
      <contact-confirm></contact-confirm>
    </section>`;
  }

  private renderAdd(maxSize: number) {
    return html`<div
        part="dropzone"
        class="drop ${this.over ? 'over' : ''}"
        @dragenter=${this.handleDragOver}
        @dragover=${this.handleDragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.handleDrop}
      >
        <label class="pick">
          <span>${t('Attach a file…')}</span>
          <input type="file" multiple @change=${this.handlePick} />
        </label>
        <span class="muted">
          ${t('or drop files here (up to {limit} each)', { limit: formatBytes(maxSize) })}
        </span>
      </div>
      <form part="link-form" @submit=${this.handleLink}>
        <label>
          ${t('Link a web address')}
          <input name="url" type="url" required placeholder="https://" autocomplete="url" />
        </label>
        <label>
          ${t('Name (optional)')}
          <input name="name" autocomplete="off" />
        </label>
        <button type="submit">${t('Add link')}</button>
      </form>`;
  }

  private renderItem(item: Attachment, mayEdit: boolean, userId: string) {
    return html`<li part="item" data-id=${item.id}>
      <div class="about">
        <div class="name">
          ${
            item.kind === 'link'
              ? html`<a href=${item.url!} target="_blank" rel="noopener noreferrer"
                  >${item.name}</a
                >`
              : item.name
          }
        </div>
        <div class="meta">
          <span class="type"
            >${item.kind === 'link' ? t('Link') : item.type || t('Unknown type')}</span
          >
          ${item.size === undefined ? nothing : html`<span class="size">${formatBytes(item.size)}</span>`}
          <span class="added">
            ${t('added {date} by {user}', {
              date: formatDateTime(item.addedAt),
              user:
                item.addedBy === userId
                  ? t('you')
                  : (this.books.book?.directory?.user(item.addedBy)?.name ?? item.addedBy),
            })}
          </span>
        </div>
      </div>
      <div class="actions">
        ${
          item.kind === 'file'
            ? html`<button
                  aria-label=${t('Open {name}', { name: item.name })}
                  @click=${() => this.handleOpen(item, false)}
                >
                  ${t('Open')}
                </button>
                <button
                  aria-label=${t('Download {name}', { name: item.name })}
                  @click=${() => this.handleOpen(item, true)}
                >
                  ${t('Download')}
                </button>`
            : nothing
        }
        <button
          class="danger"
          aria-label=${t('Break the link to {name}', { name: item.name })}
          ?disabled=${!mayEdit}
          @click=${() => this.handleBreak(item)}
        >
          ${t('Break the link')}
        </button>
      </div>
    </li>`;
  }

  private handleDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.over = true;
  };

  private handleDrop = (event: DragEvent) => {
    event.preventDefault();
    this.over = false;
    void this.attach([...(event.dataTransfer?.files ?? [])]);
  };

  private handlePick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.attach(files);
  };

  private handleLink = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const book = this.books.book;
    const contact = this.contact;
    if (!book || !contact) return;
    this.failures = [];
    try {
      await book.attachments.attachLink(contact.id, String(data.get('url') ?? ''), {
        name: String(data.get('name') ?? ''),
      });
      form.reset();
    } catch (error) {
      this.failures = [this.reason(error)];
    }
  };

  private async handleOpen(item: Attachment, download: boolean) {
    const book = this.books.book;
    const contact = this.contact;
    if (!book || !contact) return;
    this.failures = [];
    let blob: Blob;
    try {
      blob = await book.attachments.open(contact.id, item.id);
    } catch (error) {
      this.failures = [this.reason(error)];
      return;
    }
    const detail = { contact, attachment: item, blob, download };
    if (!emit(this, 'contact-attachment-open', detail, { cancelable: true })) return;
    const url = URL.createObjectURL(blob);
    this.urls.set(
      url,
      setTimeout(() => {
        URL.revokeObjectURL(url);
        this.urls.delete(url);
      }, REVOKE_AFTER_MS),
    );
    const link = document.createElement('a');
    link.href = url;
    if (download) link.download = item.name;
    else {
      link.target = '_blank';
      link.rel = 'noopener';
    }
    link.hidden = true;
    // In the shadow root while clicked, so the click is the page's like any link's.
    this.renderRoot.append(link);
    link.click();
    link.remove();
  }

  private async handleBreak(item: Attachment) {
    const book = this.books.book;
    const contact = this.contact;
    if (!book || !contact) return;
    const confirmed = await this.confirm.ask({
      heading: t('Break the link to "{name}"?', { name: item.name }),
      message:
        item.kind === 'file'
          ? t('The file will be removed from this contact for everyone.')
          : t('The link will be removed from this contact for everyone.'),
      confirmLabel: t('Break the link'),
    });
    if (!confirmed) return;
    this.failures = [];
    try {
      await book.attachments.remove(contact.id, item.id);
    } catch (error) {
      this.failures = [this.reason(error)];
    }
  }

  /** Attaches files one after the other; a file over the limit is named, the others still go. */
  private async attach(files: File[]) {
    const book = this.books.book;
    const contact = this.contact;
    if (!book || !contact || !files.length) return;
    const limit = book.attachments.maxSize;
    const failures: string[] = [];
    for (const file of files) {
      if (file.size > limit) {
        failures.push(
          t('"{name}" is {size}; files up to {limit} can be attached.', {
            name: file.name,
            size: formatBytes(file.size),
            limit: formatBytes(limit),
          }),
        );
        continue;
      }
      this.busy = t('Attaching "{name}"…', { name: file.name });
      try {
        await book.attachments.attachFile(contact.id, file);
      } catch (error) {
        failures.push(this.reason(error));
      }
    }
    this.busy = '';
    this.failures = failures;
  }

  private reason(error: unknown): string {
    return translateError(error);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-attachments': ContactAttachments;
  }
}
