export { IndexedDBStore } from './indexeddb-store.js';
