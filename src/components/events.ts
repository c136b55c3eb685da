import type { Contact } from '../core/contact.js';
import type { Preferences } from '../core/prefs.js';
import type { ExportFormat } from '../core/formats/export-file.js';

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
  /**
   * An import finished: the new contacts with the tags read for each (same index), the merged
   * ones, and how many were skipped.
   */
  'contact-import': { created: Contact[]; tags: string[][]; merged: Contact[]; skipped: number };
  /** An export file is ready (cancelable: prevent it to handle the file instead of downloading). */
  'contact-export': { format: ExportFormat; fileName: string; blob: Blob; warnings: string[] };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'contact-select': CustomEvent<ContactEventMap['contact-select']>;
    'contact-open': CustomEvent<ContactEventMap['contact-open']>;
    'contact-edit': CustomEvent<ContactEventMap['contact-edit']>;
    'contact-save': CustomEvent<ContactEventMap['contact-save']>;
    'contact-cancel': CustomEvent<ContactEventMap['contact-cancel']>;
    'contact-delete': CustomEvent<ContactEventMap['contact-delete']>;
    'contact-selection-change': CustomEvent<ContactEventMap['contact-selection-change']>;
    'contact-preferences-saved': CustomEvent<ContactEventMap['contact-preferences-saved']>;
    'contact-menu-select': CustomEvent<ContactEventMap['contact-menu-select']>;
    'contact-import': CustomEvent<ContactEventMap['contact-import']>;
    'contact-export': CustomEvent<ContactEventMap['contact-export']>;
  }
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
