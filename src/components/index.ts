// The bare element classes and helpers: importing this module registers nothing.
export { bookContext } from './book-context.js';
export { BookController } from './book-controller.js';
export { emit, type ContactEventMap } from './events.js';
export { setMessages, t } from './i18n.js';
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
export { ContactImportDialog } from './contact-import-dialog.js';
export { ContactExportMenu } from './contact-export-menu.js';
