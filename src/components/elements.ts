import type { LitElement } from 'lit';
import { ContactBookElement } from './contact-book.js';
import { ContactConfirm } from './contact-confirm.js';
import { ContactDetails } from './contact-details.js';
import { ContactEditor } from './contact-editor.js';
import { ContactExportMenu } from './contact-export-menu.js';
import { ContactImportDialog } from './contact-import-dialog.js';
import { ContactList } from './contact-list.js';
import { ContactMenu } from './contact-menu.js';
import { ContactPreferences } from './contact-preferences.js';
import { ContactTrash } from './contact-trash.js';

/** Every element of the package by tag; define.ts registers them. Add a new element here. */
export const ELEMENTS: Record<string, typeof LitElement> = {
  'contact-book': ContactBookElement,
  'contact-confirm': ContactConfirm,
  'contact-details': ContactDetails,
  'contact-editor': ContactEditor,
  'contact-export-menu': ContactExportMenu,
  'contact-import-dialog': ContactImportDialog,
  'contact-list': ContactList,
  'contact-menu': ContactMenu,
  'contact-preferences': ContactPreferences,
  'contact-trash': ContactTrash,
};
