import { expect } from '@open-wc/testing';
import {
  AccessDeniedError,
  ContactBook,
  NotFoundError,
  ValidationError,
  contactInput,
  type Contact,
  type ContactInput,
  type Store,
} from '../../src/core/index.js';
import { rejection } from '../adapters/conformance.js';
import { testStores } from './book-stores.js';
import { sampleDirectory } from './sharing-fixtures.js';

// ContactBook enforces can() on every operation, on both stores: a refused operation throws
// AccessDeniedError and writes nothing.
const stores = testStores('rights');

const directory = sampleDirectory();

const person = (given: string): ContactInput => ({ name: { given, family: 'Doe' } });

for (const [storeName, makeStore] of stores) {
  describe(`ContactBook rights on ${storeName}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    const opened: ContactBook[] = [];
    /** Opens a book as a user (the user's Private book unless `bookId` says otherwise). */
    const open = async (userId: string, bookId?: string) => {
      const book = await ContactBook.open({ store, userId, bookId, directory });
      opened.push(book);
      return book;
    };
    /** What the store holds, to prove a refusal wrote nothing. */
    const snapshot = async () => ({
      contacts: await store.getAll('contacts'),
      trash: await store.getAll('trash'),
      acl: await store.getAll('acl'),
    });
    let ann: ContactBook;
    let annContacts: Contact[];

    beforeEach(async () => {
      ({ store, cleanup } = await makeStore());
      ann = await open('ann');
      annContacts = await ann.createMany([person('Jane'), person('John')]);
    });
    afterEach(async () => {
      for (const book of opened.splice(0)) book.close();
      await cleanup();
    });

    it('refuses a stranger every operation on a private book and writes nothing', async () => {
      const sam = await open('sam', 'private-ann');
      const before = await snapshot();
      const [jane] = annContacts;
      expect(() => sam.list()).to.throw(AccessDeniedError);
      expect(() => sam.all()).to.throw(AccessDeniedError);
      expect(sam.find(jane.id)).to.equal(undefined);
      const refused = [
        sam.get(jane.id),
        sam.create(person('Sam')),
        sam.createMany([person('Sam'), person('Sue')]),
        sam.update(jane.id, { ...contactInput(jane), nickname: 'x' }, jane.revision),
        sam.remove([jane.id]),
        sam.empty('Ann (Private)'),
        sam.trash(),
        sam.restore([jane.id]),
        sam.purge([jane.id]),
        sam.setTags(jane.id, ['mine']),
        sam.setGrants({ sam: ['view'] }),
        sam.shareWith(jane.id, ['group-team']),
      ];
      for (const [index, error] of (await Promise.all(refused.map(rejection))).entries())
        expect(error, `operation ${index}`).to.be.instanceOf(AccessDeniedError);
      expect(await snapshot()).to.deep.equal(before);
    });

    it('lets the owner grant, and follows the grants at once', async () => {
      const bob = await open('bob', 'private-ann');
      expect(bob.can('view')).to.equal(false);
      await ann.setGrants({ bob: ['view', 'add'], cleo: ['view'] });
      expect(bob.can('view')).to.equal(true);
      expect((await open('bob')).sharedBooks()).to.deep.equal(['private-ann']);
      expect(ann.sharedBooks()).to.deep.equal([]);
      expect(bob.list().total).to.equal(2);
      expect(bob.bookName).to.equal('Ann (Private)');
      expect(ann.bookName).to.equal('Private');
      const mine = await bob.create(person('Bobby'));
      expect(bob.can('edit', mine)).to.equal(true);
      await bob.update(mine.id, { ...contactInput(mine), nickname: 'B' }, mine.revision);
      const [jane] = annContacts;
      const before = await snapshot();
      expect(
        await rejection(bob.update(jane.id, contactInput(jane), jane.revision)),
      ).to.be.instanceOf(AccessDeniedError);
      expect(await rejection(bob.remove(mine.id))).to.be.instanceOf(AccessDeniedError);
      expect(await rejection(bob.setGrants({ cleo: ['view'] }))).to.be.instanceOf(
        AccessDeniedError,
      );
      expect(await snapshot()).to.deep.equal(before);
    });

    it('refuses a grant of add, edit or delete without view, and writes nothing', async () => {
      const error = await rejection(ann.setGrants({ bob: ['view'], cleo: ['add', 'edit'] }));
      expect(error).to.be.instanceOf(ValidationError);
      expect((error as ValidationError).issues).to.deep.equal([
        { path: ['grants', 'cleo'], message: 'Add, edit and delete need view' },
      ]);
      expect(await store.getAll('acl')).to.deep.equal([]);
      expect(await rejection(ann.setGrants({ nobody: ['view'] }))).to.be.instanceOf(
        ValidationError,
      );
    });

    it('deletes in bulk all or nothing', async () => {
      await ann.setGrants({ bob: ['view', 'add'] });
      const bob = await open('bob', 'private-ann');
      const before = await snapshot();
      const ids = annContacts.map((contact) => contact.id);
      expect(await rejection(bob.remove(ids))).to.be.instanceOf(AccessDeniedError);
      expect(await rejection(ann.remove([...ids, 'missing']))).to.be.instanceOf(NotFoundError);
      expect(await snapshot()).to.deep.equal(before);
      expect(await ann.remove(ids)).to.equal(2);
      expect(ann.size).to.equal(0);
    });

    it('imports (createMany) only with add', async () => {
      await ann.setGrants({ bob: ['view', 'edit', 'delete'], cleo: ['view', 'add'] });
      const bob = await open('bob', 'private-ann');
      const cleo = await open('cleo', 'private-ann');
      expect(await rejection(bob.createMany([person('A'), person('B')]))).to.be.instanceOf(
        AccessDeniedError,
      );
      expect(bob.size).to.equal(2);
      expect(await cleo.createMany([person('A'), person('B')])).to.have.length(2);
    });

    it('empties a book only with delete on it, even an empty one', async () => {
      await ann.setGrants({ bob: ['view', 'edit', 'add'], cleo: ['view', 'delete'] });
      const bob = await open('bob', 'private-ann');
      expect(bob.can('empty')).to.equal(false);
      expect(await rejection(bob.empty('Ann (Private)'))).to.be.instanceOf(AccessDeniedError);
      const cleo = await open('cleo', 'private-ann');
      expect(await cleo.empty('Ann (Private)')).to.equal(2);
      expect(await rejection(bob.empty('Ann (Private)'))).to.be.instanceOf(AccessDeniedError);
      // Who may delete may undo it.
      expect(await cleo.restore(annContacts.map((contact) => contact.id))).to.equal(2);
    });

    describe('group books', () => {
      it('lets admins add and delete, members view, and the creator edit', async () => {
        const dan = await open('dan', 'group-club');
        const bob = await open('bob', 'group-club');
        const sam = await open('sam', 'group-club');
        expect(dan.bookName).to.equal('Club');
        const added = await dan.create(person('Gina'));
        expect(bob.list().total).to.equal(1);
        expect(() => sam.list()).to.throw(AccessDeniedError);
        expect(await rejection(bob.create(person('Nope')))).to.be.instanceOf(AccessDeniedError);
        expect(await rejection(bob.update(added.id, contactInput(added), 1))).to.be.instanceOf(
          AccessDeniedError,
        );
        expect(await rejection(bob.remove(added.id))).to.be.instanceOf(AccessDeniedError);
        expect(dan.can('edit', added)).to.equal(true); // the creator
        expect(await dan.remove(added.id)).to.equal(1);
      });

      it('lets admins grant add and delete to members, and edit per contact', async () => {
        const dan = await open('dan', 'group-club');
        const bob = await open('bob', 'group-club');
        const cleo = await open('cleo', 'group-club');
        const gina = await dan.create(person('Gina'));
        expect(await rejection(bob.setMemberGrants({ bob: ['add'] }))).to.be.instanceOf(
          AccessDeniedError,
        );
        expect(await rejection(bob.setContactEditors(gina.id, ['bob']))).to.be.instanceOf(
          AccessDeniedError,
        );
        expect(await rejection(dan.setMemberGrants({ sam: ['add'] }))).to.be.instanceOf(
          ValidationError,
        );
        await dan.setMemberGrants({ bob: ['add'], cleo: ['delete'] });
        const bobs = await bob.create(person('Bobby'));
        expect(bob.can('edit', bobs)).to.equal(true);
        expect(bob.can('edit', gina)).to.equal(false);
        await dan.setContactEditors(gina.id, ['bob']);
        expect(bob.can('edit', gina)).to.equal(true);
        expect(cleo.can('edit', gina)).to.equal(false);
        await bob.update(gina.id, { ...contactInput(gina), nickname: 'G' }, gina.revision);
        expect(await rejection(bob.remove(bobs.id))).to.be.instanceOf(AccessDeniedError);
        expect(await cleo.remove([bobs.id, gina.id])).to.equal(2);
      });

      it("covers the group contacts an owner created with an edit grant on the owner's book", async () => {
        await ann.setGrants({ bob: ['view', 'edit'] });
        const dan = await open('dan', 'group-club');
        await dan.setMemberGrants({ ann: ['add'] });
        const annInClub = await open('ann', 'group-club');
        const byAnn = await annInClub.create(person('Anna'));
        const byDan = await dan.create(person('Dana'));
        const bob = await open('bob', 'group-club');
        expect(bob.can('edit', byAnn)).to.equal(true);
        expect(bob.can('edit', byDan)).to.equal(false);
        await bob.update(byAnn.id, { ...contactInput(byAnn), nickname: 'A' }, byAnn.revision);
      });
    });

    it('shows comments on a group contact to every member, and to no one else', async () => {
      const dan = await open('dan', 'group-club');
      const gina = await dan.create(person('Gina'));
      await dan.comments.add(gina.id, 'Met at the fair');
      const cleo = await open('cleo', 'group-club');
      expect(cleo.can('comment', gina)).to.equal(true);
      expect((await cleo.comments.list(gina.id)).map((comment) => comment.text)).to.deep.equal([
        'Met at the fair',
      ]);
      await cleo.comments.add(gina.id, 'Called her');
      const sam = await open('sam', 'group-club');
      expect(sam.can('comment', gina)).to.equal(false);
      // Refused without saying whether the contact exists.
      expect(await rejection(sam.comments.list(gina.id))).to.be.instanceOf(NotFoundError);
    });

    describe('sharing', () => {
      it('shares a private contact into a group where one adds; it shows in both', async () => {
        const [jane] = annContacts;
        const before = await snapshot();
        expect(ann.can('share', jane, 'group-club')).to.equal(false);
        expect(await rejection(ann.shareWith(jane.id, ['group-club']))).to.be.instanceOf(
          AccessDeniedError,
        );
        expect(await snapshot()).to.deep.equal(before);
        const shared = await ann.shareWith(jane.id, ['group-team']);
        expect(shared.sharedWith).to.deep.equal(['group-team']);
        const bobInTeam = await open('bob', 'group-team');
        expect(bobInTeam.all().map((contact) => contact.id)).to.deep.equal([jane.id]);
        expect(ann.size).to.equal(2);
        // One record: an edit in Private shows in the group.
        await ann.update(jane.id, { ...contactInput(shared), nickname: 'J' }, shared.revision);
        expect(bobInTeam.find(jane.id)?.nickname).to.equal('J');
        // The creator (Ann) edits it in the group; Bob, a plain member, does not.
        expect(bobInTeam.can('edit', shared)).to.equal(false);
      });

      it('unsharing removes the contact from the group, not from Private', async () => {
        const [jane] = annContacts;
        await ann.shareWith(jane.id, ['group-team']);
        const annInTeam = await open('ann', 'group-team');
        expect(annInTeam.size).to.equal(1);
        await ann.shareWith(jane.id, []);
        expect(annInTeam.size).to.equal(0);
        expect(ann.find(jane.id)?.sharedWith).to.deep.equal([]);
        // Deleting it in the group (an admin) unshares it too; it never goes to the trash.
        await ann.shareWith(jane.id, ['group-team']);
        expect(await annInTeam.remove(jane.id)).to.equal(1);
        expect(ann.find(jane.id)?.sharedWith).to.deep.equal([]);
        expect(await ann.trash()).to.deep.equal([]);
        expect(await annInTeam.trash()).to.deep.equal([]);
        // Emptying the group: its own contacts go to its trash, shared ones are unshared.
        await ann.shareWith(jane.id, ['group-team']);
        const teamOwn = await annInTeam.create(person('Tim'));
        expect(await annInTeam.empty('Team')).to.equal(2);
        expect((await annInTeam.trash()).map((entry) => entry.id)).to.deep.equal([teamOwn.id]);
        expect(ann.find(jane.id)?.sharedWith).to.deep.equal([]);
        expect(ann.size).to.equal(2);
      });

      it('checks sharing through create and update too', async () => {
        const [jane] = annContacts;
        const before = await snapshot();
        expect(
          await rejection(ann.create({ ...person('Zed'), sharedWith: ['group-club'] })),
        ).to.be.instanceOf(AccessDeniedError);
        expect(
          await rejection(
            ann.update(jane.id, { ...contactInput(jane), sharedWith: ['group-club'] }, 1),
          ),
        ).to.be.instanceOf(AccessDeniedError);
        expect(
          await rejection(ann.create({ ...person('Zed'), sharedWith: ['private-bob'] })),
        ).to.be.instanceOf(ValidationError);
        expect(await snapshot()).to.deep.equal(before);
        const zed = await ann.create({ ...person('Zed'), sharedWith: ['group-team'] });
        expect(zed.sharedWith).to.deep.equal(['group-team']);
        // A viewer cannot share someone else's contact, even into a group where they add.
        await ann.setGrants({ bob: ['view'] });
        const bob = await open('bob', 'private-ann');
        await (await open('ann', 'group-team')).setMemberGrants({ bob: ['add'] });
        expect(bob.can('share', jane, 'group-team')).to.equal(false);
        expect(await rejection(bob.shareWith(jane.id, ['group-team']))).to.be.instanceOf(
          AccessDeniedError,
        );
      });
    });
  });
}
