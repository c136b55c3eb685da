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
import { ContactEditor } from './contact-editor.js';
import { ContactExportMenu } from './contact-export-menu.js';
import { ContactImportDialog } from './contact-import-dialog.js';
import { ContactPrint } from './contact-print.js';
import { ContactList } from './contact-list.js';
import { ContactMenu } from './contact-menu.js';
import { ContactPhoneInput } from './contact-phone-input.js';
import { ContactPhotoInput } from './contact-photo-input.js';
import { ContactPreferences } from './contact-preferences.js';
import { ContactSmsComposer } from './contact-sms-composer.js';
import { ContactSearch } from './contact-search.js';
import { ContactSearchAdvanced } from './contact-search-advanced.js';
import { ContactShareGroups } from './contact-share-groups.js';
import { ContactTagsDialog } from './contact-tags-dialog.js';
import { ContactTrash } from './contact-trash.js';

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
  'contact-editor': ContactEditor,
  'contact-export-menu': ContactExportMenu,
  'contact-import-dialog': ContactImportDialog,
  'contact-print': ContactPrint,
  'contact-list': ContactList,
  'contact-menu': ContactMenu,
  'contact-phone-input': ContactPhoneInput,
  'contact-photo-input': ContactPhotoInput,
  'contact-preferences': ContactPreferences,
  'contact-sms-composer': ContactSmsComposer,
  'contact-search': ContactSearch,
  'contact-search-advanced': ContactSearchAdvanced,
  'contact-share-groups': ContactShareGroups,
  'contact-tags-dialog': ContactTagsDialog,
  'contact-trash': ContactTrash,
};
