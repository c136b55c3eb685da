import { NotFoundError, ValidationError } from './errors.js';
import { newId } from './ids.js';
import type { StoredRecord, WriteOp } from './store.js';
import { requireContact, retryOnConflict, type ContactRecordsHost } from './contact-records.js';

/** The largest file attached by default: 25 MB. */
export const DEFAULT_MAX_ATTACHMENT_SIZE = 25 * 1024 * 1024;

/** One document linked to a contact: a stored file, or a web address. */
export interface Attachment {
  id: string;
  kind: 'file' | 'link';
  /** The file's name, or the link's title (its address when none was given). */
  name: string;
  /** Bytes, for a file. */
  size?: number;
  /** The file's MIME type ('' when unknown); 'text/uri-list' for a link. */
  type: string;
  /** The web address of a link. */
  url?: string;
  /** ISO timestamp of when it was attached. */
  addedAt: string;
  /** The user id of who attached it. */
  addedBy: string;
}

/**
 * The attachments of one contact, without their bytes: the `attachments` record whose id is the
 * contact's. Each file's bytes are a record of their own (`AttachmentFile`), read only to open it.
 */
export interface AttachmentList extends StoredRecord {
  kind: 'list';
  contactId: string;
  /** Oldest first, as attached. */
  items: Attachment[];
}

/** The bytes of one attached file (a Blob: IndexedDB keeps Blobs natively). */
export interface AttachmentFile extends StoredRecord {
  kind: 'file';
  contactId: string;
  blob: Blob;
}

/** The record id of an attached file's bytes. */
export function attachmentFileId(contactId: string, attachmentId: string): string {
  return `${contactId}/file/${attachmentId}`;
}

/** "25 MB", "1.2 MB", "800 KB": the size a message names (binary units, as file managers do). */
export function describeSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10;
  return `${rounded.toLocaleString('en')} ${units[unit]}`;
}

/** A link's address, as a user may type it; ValidationError (field `url`) unless http or https. */
export function checkAttachmentUrl(url: string): string {
  const text = url.trim();
  try {
    const parsed = new URL(text);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    // not a URL at all: the same message
  }
  throw new ValidationError([
    { path: ['url'], message: 'Enter a web address starting with http:// or https://' },
  ]);
}

/**
 * The attachments of a book's contacts (`book.attachments`). They follow the contact's rights:
 * whoever may view it sees and opens them; whoever may edit it attaches and breaks the links.
 */
export class BookAttachments {
  private readonly host: ContactRecordsHost;
  /** The largest file accepted, in bytes. */
  readonly maxSize: number;

  constructor(host: ContactRecordsHost, { maxSize = DEFAULT_MAX_ATTACHMENT_SIZE } = {}) {
    this.host = host;
    this.maxSize = maxSize;
  }

  /** May the current user attach to this contact and break its links? */
  mayEdit(contactId: string): boolean {
    const contact = this.host.find(contactId);
    return !!contact && this.host.can('edit', contact);
  }

  /** A contact's attachments, newest first (their metadata: no file is read). */
  async list(contactId: string): Promise<Attachment[]> {
    requireContact(this.host, contactId, 'view');
    const list = await this.host.store.get<AttachmentList>('attachments', contactId);
    return [...(list?.items ?? [])].reverse();
  }

  /**
   * Attaches a file (a File's name is used unless `name` is given). ValidationError (field
   * `file`) when it is larger than `maxSize`, naming both sizes.
   */
  async attachFile(
    contactId: string,
    file: Blob,
    { name }: { name?: string } = {},
  ): Promise<Attachment> {
    const fileName = (name ?? (file as Partial<File>).name ?? '').trim() || 'Attachment';
    if (file.size > this.maxSize) {
      // Rounded alike ("25 MB" both), the sizes are named in bytes so the message makes sense.
      const [size, limit] = [file.size, this.maxSize].map((bytes) =>
        describeSize(file.size) === describeSize(this.maxSize)
          ? `${bytes.toLocaleString('en')} bytes`
          : describeSize(bytes),
      );
      throw new ValidationError([
        {
          path: ['file'],
          message: `"${fileName}" is ${size}; files up to ${limit} can be attached`,
        },
      ]);
    }
    const attachment = this.describe({
      kind: 'file',
      name: fileName,
      size: file.size,
      type: file.type,
    });
    // A plain Blob: a File does not survive every structured clone (Node's keeps only the Blob).
    const blob = file.slice(0, file.size, file.type);
    const record: AttachmentFile = {
      id: attachmentFileId(contactId, attachment.id),
      revision: 0,
      kind: 'file',
      contactId,
      blob,
    };
    await this.change(contactId, (items) => [...items, attachment], [
      { type: 'put', collection: 'attachments', record, expectedRevision: 0 },
    ]);
    return attachment;
  }

  /** Links a web address (http or https); ValidationError (field `url`) otherwise. */
  async attachLink(
    contactId: string,
    url: string,
    { name }: { name?: string } = {},
  ): Promise<Attachment> {
    const href = checkAttachmentUrl(url);
    const attachment = this.describe({
      kind: 'link',
      name: name?.trim() || href,
      type: 'text/uri-list',
      url: href,
    });
    await this.change(contactId, (items) => [...items, attachment]);
    return attachment;
  }

  /** The bytes of an attached file, read now (view right). */
  async open(contactId: string, attachmentId: string): Promise<Blob> {
    requireContact(this.host, contactId, 'view');
    const file = await this.host.store.get<AttachmentFile>(
      'attachments',
      attachmentFileId(contactId, attachmentId),
    );
    if (!file) throw new NotFoundError(`No file ${attachmentId} attached to this contact`);
    return file.blob;
  }

  /** Breaks the link: the attachment (and a file's bytes) is removed (edit right). */
  async remove(contactId: string, attachmentId: string): Promise<void> {
    await this.change(
      contactId,
      (items) => {
        if (!items.some((item) => item.id === attachmentId)) {
          throw new NotFoundError(`No attachment ${attachmentId} on this contact`);
        }
        return items.filter((item) => item.id !== attachmentId);
      },
      [
        {
          type: 'delete',
          collection: 'attachments',
          id: attachmentFileId(contactId, attachmentId),
        },
      ],
    );
  }

  /** The writes that destroy the attachments (and their files) of contacts purged from the trash. */
  async purgeOps(contactIds: readonly string[]): Promise<WriteOp[]> {
    const store = this.host.store;
    // Many contacts (emptying a big book, then purging): one read, not one per contact. The
    // file records read along are Blob handles: their bytes stay where they are.
    const lists =
      contactIds.length > 20
        ? await store.getAll<AttachmentList | AttachmentFile>('attachments').then((records) => {
            const wanted = new Set(contactIds);
            return records.filter(
              (record): record is AttachmentList =>
                record.kind === 'list' && wanted.has(record.contactId),
            );
          })
        : (
            await Promise.all(contactIds.map((id) => store.get<AttachmentList>('attachments', id)))
          ).filter((list) => list !== undefined);
    return lists.flatMap((list): WriteOp[] => [
      { type: 'delete', collection: 'attachments', id: list.id },
      ...list.items
        .filter((item) => item.kind === 'file')
        .map((item): WriteOp => ({
          type: 'delete',
          collection: 'attachments',
          id: attachmentFileId(list.contactId, item.id),
        })),
    ]);
  }

  private describe(
    fields: Pick<Attachment, 'kind' | 'name' | 'size' | 'type' | 'url'>,
  ): Attachment {
    return {
      id: newId(),
      ...fields,
      addedAt: this.host.now().toISOString(),
      addedBy: this.host.userId,
    };
  }

  /** Rewrites the contact's list (at the revision read; again on a conflict) with `more` ops. */
  private async change(
    contactId: string,
    edit: (items: Attachment[]) => Attachment[],
    more: WriteOp[] = [],
  ): Promise<void> {
    requireContact(this.host, contactId, 'edit');
    await retryOnConflict(async () => {
      const list = await this.host.store.get<AttachmentList>('attachments', contactId);
      const items = edit(list?.items ?? []);
      const expectedRevision = list?.revision ?? 0;
      const record: AttachmentList = {
        id: contactId,
        revision: expectedRevision,
        kind: 'list',
        contactId,
        items,
      };
      await this.host.store.write([
        items.length
          ? { type: 'put', collection: 'attachments', record, expectedRevision }
          : { type: 'delete', collection: 'attachments', id: contactId, expectedRevision },
        ...more,
      ]);
    });
  }
}
