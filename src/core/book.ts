import {
  deriveFormattedName,
  parseContactInput,
  type Contact,
  type ContactFields,
  type ContactInput,
  type DisplayOrder,
} from './contact.js';
import { AccessDeniedError, NotFoundError, ValidationError, type FieldIssue } from './errors.js';
import { newId } from './ids.js';
import { normalizePhone } from './phone.js';
import {
  DEFAULT_PREFERENCES,
  PreferencesSchema,
  readPreferences,
  type Preferences,
  type PreferencesInput,
  type PreferencesRecord,
} from './prefs.js';
import { toFieldIssues } from './contact.js';
import { ContactCache } from './contact-cache.js';
import { expiredEntries, moveToTrashOps, purgeOps, restoreOps, type TrashEntry } from './trash.js';
import { can, personalBook, type Action, type BookAccess } from './rights.js';
import { UserTags, type TagAssignment } from './tags.js';
import { BookComments } from './comments.js';
import { BookAttachments } from './attachments.js';
import type { Change, ChangeOrigin, Store, StoredRecord, WriteOp } from './store.js';

/** What a ContactBook tells its subscribers after every change, local or from another tab. */
export interface BookChange {
  changes: Change[];
  origin: ChangeOrigin;
}

/** A page of the list and the number of contacts in all. */
export interface ContactPage {
  contacts: Contact[];
  total: number;
}

export interface ContactBookOptions {
  store: Store;
  /** The acting user; defaults to "me". */
  userId?: string;
  /** The book this facade opens; defaults to the user's personal book. */
  bookId?: string;
  /** The book's name, typed to confirm emptying it. */
  bookName?: string;
  /** Days a deleted contact stays restorable. */
  trashDays?: number;
  /** The clock (tests set it). */
  now?: () => Date;
  /** The largest file that can be attached to a contact, in bytes (25 MB by default). */
  maxAttachmentSize?: number;
}

const PERSONAL_PREFIX = 'private-';

/**
 * Who owns a book that has no `acl` record yet: the user a personal book is named after
 * (`private-<user>`), so another user never becomes its owner by opening it; else the opener.
 */
function defaultOwner(bookId: string, userId: string): string {
  return bookId.startsWith(PERSONAL_PREFIX) ? bookId.slice(PERSONAL_PREFIX.length) : userId;
}

/**
 * The one facade the UI, the CLI and the server call. It validates every input, checks rights
 * with `can()`, keeps an in-memory view of the book current from the store's change feed, and
 * tells subscribers about every change.
 */
export class ContactBook {
  readonly store: Store;
  readonly userId: string;
  readonly bookId: string;
  readonly bookName: string;
  /** Days a deleted contact stays restorable in the trash. */
  readonly trashDays: number;
  /** Comments on the book's contacts; counts load in the background after `open`. */
  readonly comments: BookComments;
  /** Files and links attached to the book's contacts. */
  readonly attachments: BookAttachments;
  private readonly now: () => Date;
  private readonly contacts = new ContactCache((contact) => this.belongs(contact));
  private readonly tags: UserTags;
  private readonly listeners = new Set<(change: BookChange) => void>();
  /** Sorted views of the contacts, by display order, built on first use and kept current. */
  private prefs: Preferences = DEFAULT_PREFERENCES;
  private access: BookAccess;
  private unsubscribe: (() => void) | undefined;

  constructor({
    store,
    userId = 'me',
    bookId,
    bookName = 'Private',
    trashDays = 30,
    now = () => new Date(),
    maxAttachmentSize,
  }: ContactBookOptions) {
    this.store = store;
    this.userId = userId;
    this.bookId = bookId ?? `${PERSONAL_PREFIX}${userId}`;
    this.bookName = bookName;
    this.trashDays = trashDays;
    this.now = now;
    this.access = personalBook(this.bookId, defaultOwner(this.bookId, userId));
    this.tags = new UserTags(userId);
    const host = {
      store,
      userId,
      now,
      find: (id: string) => this.find(id),
      can: (action: Action, contact?: Pick<Contact, 'id' | 'createdBy'>) =>
        this.can(action, contact),
    };
    this.comments = new BookComments(host);
    this.attachments = new BookAttachments(host, { maxSize: maxAttachmentSize });
  }

  /**
   * Creates the facade and loads the book (contacts, preferences, rights). Expired trash is
   * purged in the background right after (see `load`).
   */
  static async open(options: ContactBookOptions): Promise<ContactBook> {
    const book = new ContactBook(options);
    await book.load();
    return book;
  }

  /**
   * Loads the book into memory and follows the store's changes from then on. Then purges the
   * expired trash without making the caller wait (it reads the whole trash); a failure there is
   * reported on the console and never rejects.
   */
  async load(): Promise<void> {
    this.unsubscribe?.();
    // Changes committed while the snapshot is read are replayed on top of it, in order, so a
    // write racing the load (another tab) is never lost.
    let queued: [Change[], ChangeOrigin][] | undefined = [];
    this.unsubscribe = this.store.subscribe((changes, origin) => {
      if (queued) queued.push([changes, origin]);
      else this.handleChanges(changes, origin);
    });
    const [contacts, prefs, access, tags] = await Promise.all([
      this.store.getAll<Contact>('contacts'),
      this.store.get<PreferencesRecord>('preferences', this.userId),
      this.store.get<StoredRecord & { access: BookAccess }>('acl', this.bookId),
      this.store.getAll<TagAssignment>('tagAssignments'),
    ]);
    this.tags.load(tags);
    this.contacts.load(contacts);
    if (prefs) this.prefs = readPreferences(prefs.values);
    if (access) this.access = access.access;
    const replay = queued;
    queued = undefined;
    for (const [changes, origin] of replay) this.handleChanges(changes, origin);
    // Off the critical path: a big book opens without waiting for its comment counts.
    this.comments.loadCounts().catch((error: unknown) => {
      console.error('Could not read the comment counts', error);
    });
    this.purgeExpiredTrash().catch((error: unknown) => {
      console.error('Could not purge the expired trash', error);
    });
  }

  /** Stops following the store (the store itself stays open: its owner closes it). */
  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.listeners.clear();
  }

  /** Called after every change; returns unsubscribe. */
  subscribe(listener: (change: BookChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** May the current user do this (to this contact)? The UI asks before showing a control. */
  can(action: Action, contact?: Pick<Contact, 'id' | 'createdBy'>): boolean {
    return can({ userId: this.userId }, action, { book: this.access, contact });
  }

  // ── Contacts ──────────────────────────────────────────────────────────────

  /** How many contacts the book holds. */
  get size(): number {
    return this.contacts.size;
  }

  /** A page of contacts sorted by display name in the preferred (or given) order. */
  list({
    order = this.prefs.displayOrder,
    offset = 0,
    limit,
  }: { order?: DisplayOrder; offset?: number; limit?: number } = {}): ContactPage {
    this.require('view');
    const view = this.contacts.sorted(order);
    return {
      contacts: view.slice(offset, limit === undefined ? undefined : offset + limit),
      total: view.size,
    };
  }

  /** Every contact of the book, unsorted (for search indexes and exports). */
  all(): Contact[] {
    this.require('view');
    return this.contacts.values();
  }

  /** A contact as the book last saw it (in memory), or undefined. */
  find(id: string): Contact | undefined {
    return this.can('view') ? this.contacts.get(id) : undefined;
  }

  /** One contact from the store; NotFoundError when it is not (or no longer) in this book. */
  async get(id: string): Promise<Contact> {
    this.require('view');
    const contact = await this.store.get<Contact>('contacts', id);
    if (!contact || !this.belongs(contact))
      throw new NotFoundError(`No contact ${id} in this book`);
    return contact;
  }

  /** Validates and stores a new contact. Throws ValidationError with field-level issues. */
  async create(input: ContactInput): Promise<Contact> {
    const [contact] = await this.insert([input], false);
    return contact;
  }

  /**
   * Stores several new contacts in one atomic batch: one invalid input and nothing is written.
   * Issue paths start with the input's index.
   */
  async createMany(inputs: readonly ContactInput[]): Promise<Contact[]> {
    return this.insert(inputs, true);
  }

  /**
   * Replaces a contact's fields. `expectedRevision` is the revision the editor loaded: when
   * someone saved in between, ConflictError and nothing is written.
   */
  async update(id: string, input: ContactInput, expectedRevision: number): Promise<Contact> {
    const current = await this.get(id);
    this.require('edit', current);
    const issues: FieldIssue[] = [];
    const fields = this.validate(input, [], issues);
    if (!fields) throw new ValidationError(issues);
    const record: Contact = {
      ...fields,
      id,
      bookId: current.bookId,
      createdBy: current.createdBy,
      createdAt: current.createdAt,
      updatedAt: this.now().toISOString(),
      revision: current.revision,
    };
    const [change] = await this.store.write([
      { type: 'put', collection: 'contacts', record, expectedRevision },
    ]);
    return change.record as Contact;
  }

  /** Moves contacts to the trash in one batch (restorable); returns how many moved. */
  async remove(ids: string | readonly string[]): Promise<number> {
    const list = typeof ids === 'string' ? [ids] : ids;
    const contacts = await Promise.all(list.map((id) => this.get(id)));
    for (const contact of contacts) this.require('delete', contact);
    await this.store.write(this.trashOps(contacts));
    return contacts.length;
  }

  /**
   * Moves every contact of the book to the trash. `confirmation` must be the book's name, as the
   * user typed it: emptying is never one stray click.
   */
  async empty(confirmation: string): Promise<number> {
    if (confirmation.trim() !== this.bookName) {
      throw new ValidationError([
        {
          path: ['confirmation'],
          message: `Type the book's name, "${this.bookName}", to empty it`,
        },
      ]);
    }
    const contacts = this.contacts.values();
    for (const contact of contacts) this.require('delete', contact);
    if (contacts.length) await this.store.write(this.trashOps(contacts));
    return contacts.length;
  }

  // ── Tags (the current user's) ─────────────────────────────────────────────

  /** The current user's tags on a contact. */
  tagsOf(contactId: string): string[] {
    return this.tags.of(contactId);
  }

  /** Every tag the current user has given, sorted. */
  allTags(): string[] {
    return this.tags.all();
  }

  /** Sets the current user's tags on one contact (an empty list removes them). */
  async setTags(contactId: string, tags: readonly string[]): Promise<void> {
    await this.setTagsMany([[contactId, tags]]);
  }

  /** Sets tags on several contacts in one atomic batch (an import's tags, say). */
  async setTagsMany(entries: readonly (readonly [string, readonly string[]])[]): Promise<void> {
    this.require('view');
    for (const [contactId] of entries) {
      if (!this.contacts.has(contactId))
        throw new NotFoundError(`No contact ${contactId} in this book`);
    }
    await this.store.write(this.tags.ops(entries));
  }

  // ── Trash ─────────────────────────────────────────────────────────────────

  /** The book's trash, most recently deleted first. */
  async trash(): Promise<TrashEntry[]> {
    this.require('view');
    const entries = await this.store.getAll<TrashEntry>('trash');
    return entries
      .filter((entry) => entry.bookId === this.bookId)
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** Puts contacts back from the trash, as they were; returns how many. */
  async restore(ids: readonly string[]): Promise<number> {
    this.require('add');
    const entries = await this.trashEntries(ids);
    await this.store.write(restoreOps(entries));
    return entries.length;
  }

  /** Destroys trashed contacts for good; returns how many. */
  async purge(ids: readonly string[]): Promise<number> {
    this.require('delete');
    const entries = await this.trashEntries(ids);
    await this.store.write(await this.destroyOps(entries));
    return entries.length;
  }

  /** Purges what has been in the trash longer than the retention period (30 days by default). */
  async purgeExpiredTrash(): Promise<number> {
    if (!this.can('delete')) return 0;
    const expired = expiredEntries(await this.trash(), this.now(), this.trashDays);
    if (expired.length) await this.store.write(await this.destroyOps(expired));
    return expired.length;
  }

  // ── Preferences ───────────────────────────────────────────────────────────

  /** The user's preferences (defaults until saved). */
  get preferences(): Preferences {
    return this.prefs;
  }

  /** Validates and saves a change of preferences; refuses out-of-range values field by field. */
  async setPreferences(patch: Partial<PreferencesInput>): Promise<Preferences> {
    this.require('view');
    const result = PreferencesSchema.safeParse({ ...this.prefs, ...patch });
    if (!result.success) throw new ValidationError(toFieldIssues(result.error));
    const current = await this.store.get<PreferencesRecord>('preferences', this.userId);
    await this.store.write([
      {
        type: 'put',
        collection: 'preferences',
        record: {
          id: this.userId,
          revision: current?.revision ?? 0,
          values: result.data,
        } as PreferencesRecord,
        expectedRevision: current?.revision ?? 0,
      },
    ]);
    this.prefs = result.data;
    return this.prefs;
  }

  // ── Private helpers ──────────────────────────────────────────────────────

  /** Validates every input, then writes them all in one batch (create-when-absent). */
  private async insert(inputs: readonly ContactInput[], indexed: boolean): Promise<Contact[]> {
    this.require('add');
    const issues: FieldIssue[] = [];
    const stamp = this.now().toISOString();
    const contacts = inputs.flatMap((input, index) => {
      const fields = this.validate(input, indexed ? [index] : [], issues);
      if (!fields) return [];
      const contact: Contact = {
        ...fields,
        id: newId(),
        bookId: this.bookId,
        createdBy: this.userId,
        createdAt: stamp,
        updatedAt: stamp,
        revision: 0,
      };
      return [contact];
    });
    if (issues.length) throw new ValidationError(issues);
    const changes = await this.store.write(
      contacts.map((record) => ({
        type: 'put',
        collection: 'contacts',
        record,
        expectedRevision: 0,
      })),
    );
    return changes.map((change) => change.record as Contact);
  }

  private belongs(contact: Contact): boolean {
    return contact.bookId === this.bookId || contact.sharedWith.includes(this.bookId);
  }

  private require(action: Action, contact?: Pick<Contact, 'id' | 'createdBy'>): void {
    if (!this.can(action, contact)) {
      throw new AccessDeniedError(`${this.userId} may not ${action} in ${this.bookName}`);
    }
  }

  /** Schema, identity rule, then normalisation (phones to E.164, FN derived). */
  private validate(
    input: ContactInput,
    prefix: (string | number)[],
    issues: FieldIssue[],
  ): ContactFields | undefined {
    const parsed = parseContactInput(input);
    if (!parsed.ok) {
      issues.push(
        ...parsed.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
      );
      return undefined;
    }
    const fields = parsed.value;
    const phones = fields.phones.map((phone) => ({
      ...phone,
      value: normalizePhone(phone.value, this.prefs.defaultRegion),
    }));
    return { ...fields, phones, formattedName: deriveFormattedName({ ...fields, phones }) };
  }

  /** One batch that destroys trash entries with their tags, comments and attachments. */
  private async destroyOps(entries: readonly TrashEntry[]): Promise<WriteOp[]> {
    const ids = entries.map((entry) => entry.id);
    return [
      ...purgeOps(entries),
      ...this.untagOps(entries),
      ...this.comments.purgeOps(ids),
      ...(await this.attachments.purgeOps(ids)),
    ];
  }

  /** A purged contact's tags go with it. */
  private untagOps(entries: readonly { id: string }[]): WriteOp[] {
    return this.tags.ops(entries.map((entry) => [entry.id, []] as const));
  }

  private trashOps(contacts: readonly Contact[]): WriteOp[] {
    const deletedAt = this.now().toISOString();
    return moveToTrashOps(contacts, { bookId: this.bookId, deletedBy: this.userId, deletedAt });
  }

  private async trashEntries(ids: readonly string[]): Promise<TrashEntry[]> {
    // Many ids (an Undo after emptying a book): one read of the trash, not one per id.
    const entries =
      ids.length > 20
        ? await this.store.getAll<TrashEntry>('trash').then((all) => {
            const byId = new Map(all.map((entry) => [entry.id, entry]));
            return ids.map((id) => byId.get(id));
          })
        : await Promise.all(ids.map((id) => this.store.get<TrashEntry>('trash', id)));
    return entries.map((entry, index) => {
      if (!entry || entry.bookId !== this.bookId)
        throw new NotFoundError(`No contact ${ids[index]} in the trash`);
      return entry;
    });
  }

  private handleChanges(changes: Change[], origin: ChangeOrigin): void {
    this.contacts.apply(changes);
    for (const change of changes) {
      if (change.collection === 'preferences' && change.id === this.userId && change.record) {
        this.prefs = readPreferences((change.record as PreferencesRecord).values);
      } else if (change.collection === 'tagAssignments') {
        this.tags.handle(change);
      } else if (change.collection === 'comments') {
        this.comments.handle(change);
      } else if (change.collection === 'acl' && change.id === this.bookId && change.record) {
        this.access = (change.record as StoredRecord & { access: BookAccess }).access;
      }
    }
    for (const listener of [...this.listeners]) {
      try {
        listener({ changes, origin });
      } catch (error) {
        console.error('A ContactBook listener threw', error);
      }
    }
  }
}
