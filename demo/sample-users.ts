// The demo's people and groups, and the sharing between them, so a visitor can switch users and
// see the same contacts from both sides.
import { ContactBook, MemoryDirectory, type Store } from '../src/core/index.js';
import { generateContacts } from './sample-contacts.js';

/**
 * Alice, Bruno, Chen and Dana. "Family": Alice is the admin, Bruno and Chen members. "Sales team":
 * Dana is the admin, Alice and Chen members (Alice may add).
 */
export const directory = new MemoryDirectory({
  users: [
    { id: 'alice', name: 'Alice Martin', email: 'alice@example.com' },
    { id: 'bruno', name: 'Bruno Rossi', email: 'bruno@example.com' },
    { id: 'chen', name: 'Chen Wei', email: 'chen@example.com' },
    { id: 'dana', name: 'Dana Cohen', email: 'dana@example.com' },
  ],
  groups: [
    { id: 'family', name: 'Family', members: ['bruno', 'chen'], admins: ['alice'] },
    { id: 'sales', name: 'Sales team', members: ['alice', 'chen'], admins: ['dana'] },
  ],
});

/** What each user sees first: a line the demo shows next to the user switcher. */
export const USER_HINTS: Record<string, string> = {
  alice:
    'Alice shares her Private book with Bruno (view, edit) and some contacts with Family; she adds to Sales team.',
  bruno:
    "Bruno may view and edit Alice's Private book: pick it under Address book. Five of her contacts are shared with Family.",
  chen: 'Chen is in both groups; Alice may view his Private book.',
  dana: 'Dana admins Sales team: try Access… there, or on one contact.',
};

/** Seeds every user's Private book, the grants, the group books and a few shared contacts. */
export async function seedSampleUsers(store: Store): Promise<void> {
  const open = (userId: string, bookId?: string) =>
    ContactBook.open({ store, directory, userId, bookId });
  const books: ContactBook[] = [];
  try {
    const alice = await open('alice');
    const bruno = await open('bruno');
    const chen = await open('chen');
    const danaSales = await open('dana', 'group-sales');
    const aliceFamily = await open('alice', 'group-family');
    books.push(alice, bruno, chen, danaSales, aliceFamily);
    const aliceContacts = await alice.createMany(generateContacts(200, { seed: 1 }));
    await bruno.createMany(generateContacts(25, { seed: 2 }));
    await chen.createMany(generateContacts(25, { seed: 3 }));
    await danaSales.createMany(generateContacts(30, { seed: 4 }));
    await aliceFamily.createMany(generateContacts(12, { seed: 5 }));
    await alice.setGrants({ bruno: ['view', 'edit'] });
    await chen.setGrants({ alice: ['view'] });
    await danaSales.setMemberGrants({ alice: ['add'] });
    for (const contact of aliceContacts.slice(0, 5)) {
      await alice.shareWith(contact.id, ['group-family']);
    }
    const aliceSales = await open('alice', 'group-sales');
    books.push(aliceSales);
    await aliceSales.createMany(generateContacts(5, { seed: 6 }));
  } finally {
    for (const book of books) book.close();
  }
}
