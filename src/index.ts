// The package's main entry: the core API, the elements, and their registration.
import { defineElements } from './components/define.js';

export * from './core/index.js';
export * from './components/index.js';
export { MemoryStore } from './adapters/memory/index.js';
export { IndexedDBStore } from './adapters/indexeddb/index.js';

// The first view's elements are defined now; the editor's and the dialogs' once loaded.
void defineElements();
