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
import { loadPhoneMetadata, normalizePhone } from './phone.js';
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
import { can, type Action, type BookAccess, type Grant, type MemberGrant } from './rights.js';
import {
  BookRights,
  contactEditorsOp,
  memberGrantsOp,
  personalGrantsOp,
  type AclRecord,
} from './access.js';
import { defaultBookName, personalBookId, type Directory } from './directory.js';
import { checkSharing, removalOps, sharedWithOp } from './sharing.js';
import { UserTags, type TagAssignment } from './tags.js';
import { BookComments } from './comments.js';
import { BookAttachments } from './attachments.js';
import type { Change, ChangeOrigin, Store, WriteOp } from './store.js';
import {
  DEFAULT_TAG_COLOUR,
  TagRegistry,
  type Tag,
  type TagColour,
  type TagRecord,
} from './tag-registry.js';

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
  /** The book's name, typed to confirm emptying it; defaults to the group's name, or "Private". */
  bookName?: string;
  /** Users and groups: group books take their members and admins from it. */
  directory?: Directory;
  /** Days a deleted contact stays restorable. */
  trashDays?: number;
  /** The clock (tests set it). */
  now?: () => Date;
  /** The largest file that can be attached to a contact, in bytes (25 MB by default). */
  maxAttachmentSize?: number;
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
  /** Where users and groups come from, when the host gave one. */
  readonly directory: Directory | undefined;
  /** Days a deleted contact stays restorable in the trash. */
  readonly trashDays: number;
  /** Comments on the book's contacts; counts load in the background after `open`. */
  readonly comments: BookComments;
  /** Files and links attached to the book's contacts. */
  readonly attachments: BookAttachments;
  private readonly now: () => Date;
  private readonly contacts = new ContactCache((contact) => this.belongs(contact));
  private readonly tags: UserTags;
  private readonly tagRegistry: TagRegistry;
  private readonly listeners = new Set<(change: BookChange) => void>();
  /** Sorted views of the contacts, by display order, built on first use and kept current. */
  private prefs: Preferences = DEFAULT_PREFERENCES;
  private readonly rights: BookRights;
  private unsubscribe: (() => void) | undefined;

  constructor({
    store,
    userId = 'me',
    bookId,
    bookName,
    directory,
    trashDays = 30,
    now = () => new Date(),
    maxAttachmentSize,
  }: ContactBookOptions) {
    this.store = store;
    this.userId = userId;
    this.bookId = bookId ?? personalBookId(userId);
    this.bookName = bookName ?? defaultBookName(this.bookId, userId, directory);
    this.directory = directory;
    this.trashDays = trashDays;
    this.now = now;
    this.rights = new BookRights({ bookId: this.bookId, userId, directory });
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
    this.tagRegistry = new TagRegistry(userId, this.tags);
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
    const [contacts, prefs, access, tags, tagRecords] = await Promise.all([
      this.store.getAll<Contact>('contacts'),
      this.store.get<PreferencesRecord>('preferences', this.userId),
      this.store.getAll<AclRecord>('acl'),
      this.store.getAll<TagAssignment>('tagAssignments'),
      this.store.getAll<TagRecord>('tags'),
      loadPhoneMetadata(),
    ]);
    this.tags.load(tags);
    this.tagRegistry.load(tagRecords);
    this.contacts.load(contacts);
    if (prefs) this.prefs = readPreferences(prefs.values);
    this.rights.load(access);
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

  /**
   * May the current user do this (to this contact; for `share`, into that group book)? The UI
   * asks before showing a control.
   */
  can(action: Action, contact?: Pick<Contact, 'id' | 'createdBy'>, into?: string): boolean {
    return can({ userId: this.userId }, action, this.rights.target(contact, into));
  }

  /** Other users' Private books this user may view (ids), to offer next to their own. */
  sharedBooks(): string[] {
    return this.rights.personalBooksShared();
  }

  /** May the user take this contact out of that group (share it there, or delete there)? */
  mayUnshare(contact: Pick<Contact, 'id' | 'createdBy'>, groupBookId: string): boolean {
    return (
      this.can('share', contact, groupBookId) ||
      can({ userId: this.userId }, 'delete', { book: this.accessOf(groupBookId) })
    );
  }

  /** The rights facts of this book: owner and grants, or group members, admins and grants. */
  get access(): BookAccess {
    return this.rights.access;
  }

  /** The rights facts of another book (a group to share into, say). */
  accessOf(bookId: string): BookAccess {
    return this.rights.accessOf(bookId);
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

  /** Is this contact one of the book's (its own, or shared with it)? Says nothing of rights. */
  holds(contact: Contact): boolean {
    return this.belongs(contact);
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
    this.checkSharing(current, current.sharedWith, fields.sharedWith);
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
    await this.store.write(this.removalOps(contacts));
    return contacts.length;
  }

  /**
   * Moves every contact of the book to the trash. `confirmation` must be the book's name, as the
   * user typed it: emptying is never one stray click.
   */
  async empty(confirmation: string): Promise<number> {
    this.require('empty');
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
    if (contacts.length) await this.store.write(this.removalOps(contacts));
    return contacts.length;
  }

  // ── Tags (the current user's) ─────────────────────────────────────────────

  /** The current user's tags on a contact. */
  tagsOf(contactId: string): string[] {
    return this.tags.of(contactId);
  }

  /** The names of every tag the current user has, sorted. */
  allTags(): string[] {
    return this.tagList().map((tag) => tag.name);
  }

  /** Every tag the current user has, with its colour, sorted by name. Nobody else sees them. */
  tagList(): Tag[] {
    return this.tagRegistry.list();
  }

  /** The current user's tag of that name (any case), or undefined. */
  findTag(name: string): Tag | undefined {
    return this.tagRegistry.find(name);
  }

  /** The colour of one of the current user's tags (fast: the list and details ask per chip). */
  tagColour(name: string): TagColour {
    return this.tagRegistry.colourOf(name);
  }

  /** Creates a tag; ValidationError for a blank, too long or taken name or a colour off the palette. */
  async createTag(name: string, colour: string = DEFAULT_TAG_COLOUR): Promise<Tag> {
    this.require('view');
    const [op] = this.tagRegistry.createOps(name, colour, this.now().toISOString());
    const [change] = await this.store.write([op]);
    const { name: created, colour: chosen } = change.record as TagRecord;
    return { name: created, colour: chosen };
  }

  /** Changes a tag's colour (from the palette). */
  async setTagColour(name: string, colour: string): Promise<void> {
    this.require('view');
    await this.store.write(this.tagRegistry.colourOps(name, colour, this.now().toISOString()));
  }

  /** Deletes a tag and takes it off every contact, in one atomic batch; returns how many it left. */
  async deleteTag(name: string): Promise<number> {
    this.require('view');
    const ops = this.tagRegistry.deleteOps(name);
    await this.store.write(ops);
    return ops.filter((op) => op.collection === 'tagAssignments').length;
  }

  /** Sets the current user's tags on one contact (an empty list removes them). */
  async setTags(contactId: string, tags: readonly string[]): Promise<void> {
    await this.setTagsMany([[contactId, tags]]);
  }

  /** Sets tags on several contacts in one atomic batch (an import's tags, say); new names become tags. */
  async setTagsMany(entries: readonly (readonly [string, readonly string[]])[]): Promise<void> {
    this.require('view');
    for (const [contactId] of entries) {
      if (!this.contacts.has(contactId))
        throw new NotFoundError(`No contact ${contactId} in this book`);
    }
    await this.store.write(this.tagRegistry.assignOps(entries, this.now().toISOString()));
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

  /** Puts contacts back from the trash, as they were; returns how many. Needs add or delete. */
  async restore(ids: readonly string[]): Promise<number> {
    // Who may delete may undo it, even without `add`.
    if (!this.can('delete')) this.require('add');
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

  // ── Rights and sharing ────────────────────────────────────────────────────

  /** Replaces the grants on this personal book (user id → rights). The owner only. */
  async setGrants(grants: Readonly<Record<string, readonly Grant[]>>): Promise<void> {
    this.require('grant');
    await this.store.write([personalGrantsOp(this.rights, grants, this.directory)]);
  }

  /** Replaces the add / delete rights admins grant to members of this group. Admins only. */
  async setMemberGrants(grants: Readonly<Record<string, readonly MemberGrant[]>>): Promise<void> {
    this.require('grant');
    await this.store.write([memberGrantsOp(this.rights, grants)]);
  }

  /** Sets who edits one contact of this group beyond its creator. Admins only. */
  async setContactEditors(contactId: string, editors: readonly string[]): Promise<void> {
    this.require('grant');
    if (!this.contacts.has(contactId))
      throw new NotFoundError(`No contact ${contactId} in this book`);
    await this.store.write([contactEditorsOp(this.rights, contactId, editors)]);
  }

  /**
   * Shares a contact of this personal book into exactly these group books: it then shows in them
   * too (one record). Groups left out are unshared; the contact stays here.
   */
  async shareWith(contactId: string, groupBookIds: readonly string[]): Promise<Contact> {
    const current = await this.get(contactId);
    if (current.bookId !== this.bookId)
      throw new ValidationError([
        { path: ['sharedWith'], message: 'Share a contact from its own book' },
      ]);
    this.checkSharing(current, current.sharedWith, groupBookIds);
    const [change] = await this.store.write([sharedWithOp(current, groupBookIds, this.now())]);
    return change.record as Contact;
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
      const path = [...(indexed ? [index] : []), 'sharedWith'];
      this.checkSharing({ id: '', createdBy: this.userId }, [], fields.sharedWith, path);
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

  /** Refuses a change of `sharedWith` the user may not make (see sharing.ts). */
  private checkSharing(
    contact: Pick<Contact, 'id' | 'createdBy'>,
    before: readonly string[],
    after: readonly string[],
    path?: (string | number)[],
  ): void {
    checkSharing({
      homeIsPersonal: this.access.kind === 'personal',
      before,
      after,
      mayShare: (into) => this.can('share', contact, into),
      mayUnshare: (from) => this.mayUnshare(contact, from),
      path,
    });
  }

  /** Home contacts go to the trash; contacts shared into this group are unshared from it. */
  private removalOps(contacts: readonly Contact[]): WriteOp[] {
    return removalOps(contacts, this.bookId, (home) => this.trashOps(home), this.now());
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
      } else if (change.collection === 'acl') {
        this.rights.handle(change);
      } else if (change.collection === 'tags') {
        this.tagRegistry.handle(change);
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
