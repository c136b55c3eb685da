import { MemoryStore } from '../../src/adapters/memory/index.js';
import { runStoreConformance } from './conformance.js';

runStoreConformance('MemoryStore', async () => {
  const store = new MemoryStore();
  return { store, cleanup: () => store.close() };
});
