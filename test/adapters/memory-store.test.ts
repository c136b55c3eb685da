import { MemoryStore } from '../../src/adapters/memory/index.js';
import { runStoreConformance } from './conformance.js';

runStoreConformance('MemoryStore', async (options) => {
  const store = new MemoryStore(options);
  return { store, cleanup: () => store.close() };
});
