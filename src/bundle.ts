// The browser bundle's entry (`npm run build` → dist/bundle/contact-book.js): one
// `<script type="module">` registers every element, no bundler needed. It exports what a page
// needs beside the element; the rest of the core comes from the package's ES modules.
import { defineElements } from './components/define.js';

export { ContactBookElement } from './components/contact-book.js';
export { setLocale, setMessages, t } from './components/i18n.js';
export { ContactBook } from './core/book.js';
export { MemoryStore } from './adapters/memory/index.js';
export { IndexedDBStore } from './adapters/indexeddb/index.js';

// The first view's elements are defined now; the editor's and the dialogs' once loaded.
void defineElements();
