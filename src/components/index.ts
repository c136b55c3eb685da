// The bare element classes and helpers: importing this module registers nothing.
export { bookContext } from './book-context.js';
export { BookController } from './book-controller.js';
export { emit, type ContactEventMap } from './events.js';
export {
  availableLocales,
  contactBookTemplates,
  formatDate,
  formatNumber,
  getLocale,
  setLocale,
  setMessages,
  t,
} from './i18n.js';
export { translateError, translateMessage } from './core-messages.js';
export { defineElements } from './define.js';
export { themeTokens, controlStyles } from './theme.js';
export { ContactBookElement } from './contact-book.js';
export { ContactConfirm, type ConfirmRequest } from './contact-confirm.js';
export { ContactDetails } from './contact-details.js';
export { ContactEditor } from './contact-editor.js';
export { ContactList } from './contact-list.js';
export { ContactMenu, type MenuItem } from './contact-menu.js';
export { ContactPreferences } from './contact-preferences.js';
export { ContactTrash } from './contact-trash.js';
export { ContactActions } from './contact-actions.js';
export { ContactAvatar } from './contact-avatar.js';
export { ContactPhoneInput } from './contact-phone-input.js';
export { ContactPhotoInput } from './contact-photo-input.js';
export { ContactSmsComposer } from './contact-sms-composer.js';
export type { ContactActionDetail, SmsRecipient } from './events.js';
export * from './photo/index.js';
export { ContactSearch } from './contact-search.js';
export { ContactSearchAdvanced } from './contact-search-advanced.js';
export { ContactImportDialog } from './contact-import-dialog.js';
export { ContactExportMenu } from './contact-export-menu.js';
export { ContactPrint } from './contact-print.js';
export { ContactContextSelect } from './contact-context-select.js';
export { ContactAccessDialog } from './contact-access-dialog.js';
export { ContactShareGroups } from './contact-share-groups.js';
export { ContactComments } from './contact-comments.js';
export { ContactAttachments } from './contact-attachments.js';
export { ContactTagsDialog } from './contact-tags-dialog.js';
