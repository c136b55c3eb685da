import { MemoryStore } from '../../src/adapters/memory/index.js';
import { ContactBook, MemoryDirectory, type Store } from '../../src/core/index.js';

/**
 * Club: Dan is the admin; Ann, Bob and Cleo are members. Team: Ann is the admin, Bob a member.
 * Users are named like their ids ("ann" is "Ann").
 */
export function sampleDirectory(): MemoryDirectory {
  return new MemoryDirectory({
    users: ['ann', 'bob', 'cleo', 'dan'].map((id) => ({
      id,
      name: id[0].toUpperCase() + id.slice(1),
      email: `${id}@example.com`,
    })),
    groups: [
      { id: 'club', name: 'Club', members: ['ann', 'bob', 'cleo'], admins: ['dan'] },
      { id: 'team', name: 'Team', members: ['bob'], admins: ['ann'] },
    ],
  });
}

/** Opens books on one store and one directory, as different users. */
export function sharedStore(store: Store = new MemoryStore(), directory = sampleDirectory()) {
  return {
    store,
    directory,
    open: (userId: string, bookId?: string) =>
      ContactBook.open({ store, directory, userId, bookId }),
  };
}
