export * from './contact.js';
export * from './errors.js';
export * from './store.js';
export * from './book.js';
export * from './prefs.js';
export * from './rights.js';
export * from './phone.js';
export { newId } from './ids.js';
export * from './formats/index.js';
