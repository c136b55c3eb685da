import { expect } from '@open-wc/testing';
import { GroupDataSearch } from '../../src/core/index.js';
import { sharedStore } from './sharing-fixtures.js';

describe('GroupDataSearch ("Include group data")', () => {
  it("finds the matches of the user's other group books, each contact once", async () => {
    const { open } = sharedStore();
    const ann = await open('ann');
    const [jane] = await ann.createMany([
      { name: { given: 'Jane' }, organization: 'Acme' },
      { name: { given: 'Joe' }, organization: 'Other' },
    ]);
    await ann.shareWith(jane.id, ['group-team']);
    const club = await open('dan', 'group-club');
    const [clubber] = await club.createMany([{ name: { given: 'Cly' }, organization: 'Acme' }]);
    const team = await open('ann', 'group-team');
    const [teamer] = await team.createMany([{ name: { given: 'Tea' }, organization: 'Acme' }]);
    // Cleo is in Club only: Team is not hers to search.
    const cleoBook = await open('cleo');
    const search = new GroupDataSearch(ann);
    const result = await search.search('acme');
    expect(result.contacts.map((contact) => contact.id).sort()).to.deep.equal(
      [clubber.id, teamer.id].sort(),
    );
    expect(result.total).to.equal(2);
    expect(result.bookOf.get(clubber.id)).to.equal('group-club');
    expect((await search.search('other')).contacts).to.deep.equal([]);
    expect((await search.search('')).contacts).to.deep.equal([]);
    search.close();

    const cleos = new GroupDataSearch(cleoBook);
    expect((await cleos.search('acme')).contacts.map((contact) => contact.id)).to.deep.equal([
      clubber.id,
    ]);
    cleos.close();
  });
});
