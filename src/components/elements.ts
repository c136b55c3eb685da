import type { LitElement } from 'lit';
import { ContactActions } from './contact-actions.js';
import { ContactAvatar } from './contact-avatar.js';
import { ContactBookElement } from './contact-book.js';
import { ContactConfirm } from './contact-confirm.js';
import { ContactContextSelect } from './contact-context-select.js';
import { ContactDetails } from './contact-details.js';
import { ContactExportMenu } from './contact-export-menu.js';
import { ContactList } from './contact-list.js';
import { ContactMenu } from './contact-menu.js';
import { ContactSearch } from './contact-search.js';
import { ContactShareGroups } from './contact-share-groups.js';

/** Every element of the package by tag; define.ts registers them. Add a new element here. */
export const ELEMENTS: Record<string, typeof LitElement> = {
  'contact-actions': ContactActions,
  'contact-avatar': ContactAvatar,
  'contact-book': ContactBookElement,
  'contact-confirm': ContactConfirm,
  'contact-context-select': ContactContextSelect,
  'contact-details': ContactDetails,
  'contact-export-menu': ContactExportMenu,
  'contact-list': ContactList,
  'contact-menu': ContactMenu,
  'contact-search': ContactSearch,
  'contact-share-groups': ContactShareGroups,
};

/**
 * The elements a first view of the book does not show (the editor, the dialogs, the details
 * pane's Comments and Attachments tabs), by tag:
 * `defineElements()` loads them in the background, off the page's first download. Code that
 * calls a method on one awaits `customElements.whenDefined(tag)` first.
 */
export const LAZY_ELEMENTS: Record<string, () => Promise<typeof LitElement>> = {
  'contact-editor': () => import('./contact-editor.js').then((module) => module.ContactEditor),
  'contact-import-dialog': () =>
    import('./contact-import-dialog.js').then((module) => module.ContactImportDialog),
  'contact-print': () => import('./contact-print.js').then((module) => module.ContactPrint),
  'contact-phone-input': () =>
    import('./contact-phone-input.js').then((module) => module.ContactPhoneInput),
  'contact-photo-input': () =>
    import('./contact-photo-input.js').then((module) => module.ContactPhotoInput),
  'contact-preferences': () =>
    import('./contact-preferences.js').then((module) => module.ContactPreferences),
  'contact-sms-composer': () =>
    import('./contact-sms-composer.js').then((module) => module.ContactSmsComposer),
  'contact-search-advanced': () =>
    import('./contact-search-advanced.js').then((module) => module.ContactSearchAdvanced),
  'contact-trash': () => import('./contact-trash.js').then((module) => module.ContactTrash),
  'contact-tags-dialog': () =>
    import('./contact-tags-dialog.js').then((module) => module.ContactTagsDialog),
  'contact-access-dialog': () =>
    import('./contact-access-dialog.js').then((module) => module.ContactAccessDialog),
  // The Comments and Attachments tabs of the details pane.
  'contact-comments': () =>
    import('./contact-comments.js').then((module) => module.ContactComments),
  'contact-attachments': () =>
    import('./contact-attachments.js').then((module) => module.ContactAttachments),
};
