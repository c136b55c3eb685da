import type { Contact, ContactPhoto } from '../core/contact.js';
import type { ActionKind } from '../core/links.js';
import type { Preferences } from '../core/prefs.js';
import type { QueryMessage } from '../core/search/query-types.js';
import type { ExportFormat } from '../core/formats/export-file.js';
import type { Attachment } from '../core/attachments.js';

/** A one-click action on a contact (`contact-action`): cancel it to route it yourself. */
export interface ContactActionDetail {
  kind: ActionKind;
  contact: Contact;
  /** The e-mail, the number (E.164 when it parses; several comma-joined), the IM URI, or the address on one line. */
  value: string;
  /** The link the built-in default follows. */
  href: string;
  /** Only from `<contact-sms-composer>`'s Send: every recipient (`value` joins their numbers). */
  recipients?: SmsRecipient[];
  /** Only from `<contact-sms-composer>`'s Send: the message typed. */
  message?: string;
}

/** One recipient of an SMS: the contact and the cell number used. */
export interface SmsRecipient {
  contact: Contact;
  number: string;
}

/** Every event the components fire, by name, with its detail. Hosts get typed listeners. */
export interface ContactEventMap {
  /** A contact was chosen in the list (one click). */
  'contact-select': { contact: Contact };
  /** A contact was opened in its own dialog (double click). */
  'contact-open': { contact: Contact };
  /** The user asked to edit a contact (or to create one: contact undefined). */
  'contact-edit': { contact?: Contact };
  /** The editor saved a contact. */
  'contact-save': { contact: Contact };
  /** The editor was closed without saving. */
  'contact-cancel': Record<string, never>;
  /** The user asked to delete these contacts (a confirmation follows). */
  'contact-delete': { contacts: Contact[] };
  /** The selection in the list changed. */
  'contact-selection-change': { ids: string[] };
  /** The preferences form saved. */
  'contact-preferences-saved': { preferences: Preferences };
  /** An item of a `<contact-menu>` was chosen. */
  'contact-menu-select': { value: string };
  /** A one-click action (e-mail, call, SMS, fax, IM, map). Cancelable: the default follows `href`. */
  'contact-action': ContactActionDetail;
  /** The user chose a new picture (or removed it: photo undefined). */
  'contact-photo-change': { photo: ContactPhoto | undefined };
  /** The user asked to text these contacts (the container opens the composer). */
  'contact-sms-compose': { contacts: Contact[] };
  /** The user changed a country + number input; `value` is E.164 when `valid`, else as typed. */
  'contact-phone-change': { value: string; country: string | undefined; valid: boolean };
  /**
   * `<contact-search>` has new results: the best (≤ 200) first, `total` matches in all. An empty
   * `query` means the search was cleared: the list shows the whole book again.
   */
  'contact-search': {
    query: string;
    contacts: Contact[];
    total: number;
    /** What the query parser ignored, or why it refused the query. */
    messages: QueryMessage[];
    /** The user's "Include group data" choice: `<contact-book>` adds the user's group books' matches. */
    includeGroupData: boolean;
  };
  /** The Advanced search form was submitted (`query` is the search it stands for), or cleared (`query` empty). */
  'contact-advanced-search': { query: string };
  /**
   * An import finished: the new contacts with the tags read for each (same index), the merged
   * ones, and how many were skipped.
   */
  'contact-import': { created: Contact[]; tags: string[][]; merged: Contact[]; skipped: number };
  /** An export file is ready (cancelable: prevent it to handle the file instead of downloading). */
  'contact-export': { format: ExportFormat; fileName: string; blob: Blob; warnings: string[] };
  /** Contacts are about to print (cancelable: prevent it to print `html` yourself). */
  'contact-print': { contacts: Contact[]; html: string };
  /** The user chose another address book (their Private book or a group's). */
  'contact-context-change': { bookId: string };
  /** The user asked to see who may do what: in the book, or (with `contact`) on one contact. */
  'contact-access': { contact?: Contact };
  /** The user chose Actions ▸ Comment on a contact (the container shows its comments). */
  'contact-comment': { contact: Contact };
  /**
   * The user opened or downloaded an attached file (cancelable: prevent it to show `blob`
   * yourself; the default opens it in a new tab, or saves it, through an object URL).
   */
  'contact-attachment-open': {
    contact: Contact;
    attachment: Attachment;
    blob: Blob;
    download: boolean;
  };
}

/** Each event as hosts receive it. */
export type ContactEvents = { [K in keyof ContactEventMap]: CustomEvent<ContactEventMap[K]> };

declare global {
  // Typed `addEventListener('contact-save', e => e.detail…)` for hosts.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the merge is the point
  interface GlobalEventHandlersEventMap extends ContactEvents {}
}

/**
 * Fires a typed, bubbling, composed `contact-*` event. Returns false when a listener called
 * preventDefault() on a cancelable event: the caller then skips its built-in default.
 */
export function emit<K extends keyof ContactEventMap>(
  target: EventTarget,
  name: K,
  detail: ContactEventMap[K],
  { cancelable = false }: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }),
  );
}
