import type { LitElement } from 'lit';
import { ContactAccessDialog } from './contact-access-dialog.js';
import { ContactActions } from './contact-actions.js';
import { ContactAttachments } from './contact-attachments.js';
import { ContactAvatar } from './contact-avatar.js';
import { ContactBookElement } from './contact-book.js';
import { ContactComments } from './contact-comments.js';
import { ContactConfirm } from './contact-confirm.js';
import { ContactContextSelect } from './contact-context-select.js';
import { ContactDetails } from './contact-details.js';
import { ContactExportMenu } from './contact-export-menu.js';
import { ContactList } from './contact-list.js';
import { ContactMenu } from './contact-menu.js';
import { ContactSearch } from './contact-search.js';
import { ContactShareGroups } from './contact-share-groups.js';
import { ContactTagsDialog } from './contact-tags-dialog.js';

/** Every element of the package by tag; define.ts registers them. Add a new element here. */
export const ELEMENTS: Record<string, typeof LitElement> = {
  'contact-access-dialog': ContactAccessDialog,
  'contact-actions': ContactActions,
  'contact-attachments': ContactAttachments,
  'contact-avatar': ContactAvatar,
  'contact-book': ContactBookElement,
  'contact-comments': ContactComments,
  'contact-confirm': ContactConfirm,
  'contact-context-select': ContactContextSelect,
  'contact-details': ContactDetails,
  'contact-export-menu': ContactExportMenu,
  'contact-list': ContactList,
  'contact-menu': ContactMenu,
  'contact-search': ContactSearch,
  'contact-share-groups': ContactShareGroups,
  'contact-tags-dialog': ContactTagsDialog,
};

/**
 * The elements a first view of the book does not show (the editor and the dialogs), by tag:
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
};
