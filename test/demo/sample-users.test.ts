import { expect } from '@open-wc/testing';
import { MemoryStore } from '../../src/adapters/memory/index.js';
import { ContactBook } from '../../src/core/index.js';
import { directory, seedSampleUsers } from '../../demo/sample-users.js';

describe('demo sample users', () => {
  it('seeds books that show sharing from both sides', async () => {
    const store = new MemoryStore();
    await seedSampleUsers(store);
    const open = (userId: string, bookId?: string) =>
      ContactBook.open({ store, directory, userId, bookId });
    const alice = await open('alice');
    const brunoInAlice = await open('bruno', 'private-alice');
    const brunoFamily = await open('bruno', 'group-family');
    const chenSales = await open('chen', 'group-sales');
    expect(alice.size).to.equal(200);
    expect(brunoInAlice.size).to.equal(200);
    expect(brunoInAlice.can('edit', alice.all()[0])).to.equal(true);
    expect(brunoInAlice.can('delete')).to.equal(false);
    // 12 family contacts, and 5 of Alice's shared into Family.
    expect(brunoFamily.size).to.equal(17);
    expect(chenSales.size).to.equal(35);
    expect(chenSales.can('add')).to.equal(false);
    expect((await open('alice', 'group-sales')).can('add')).to.equal(true);
    for (const book of [alice, brunoInAlice, brunoFamily, chenSales]) book.close();
  });
});
