// The bare element classes and helpers: importing this module registers nothing.
export { bookContext } from './book-context.js';
export { BookController } from './book-controller.js';
export { emit, type ContactEventMap } from './events.js';
export { setMessages, t } from './i18n.js';
export { defineElements } from './define.js';
export { ContactSearch } from './contact-search.js';
export { ContactSearchAdvanced } from './contact-search-advanced.js';
