import { expect } from '@open-wc/testing';
import {
  ACTIONS,
  BookRights,
  ValidationError,
  can,
  personalBook,
  personalGrantsOp,
  type Action,
  type BookAccess,
  type Grant,
  type Target,
} from '../../src/core/index.js';

// The whole rights table of DESIGN.md: every role × every action × a private and a group book.
// Ann owns the private book and grants each combination of view / add / edit / delete to one
// grantee; the "club" group has an admin (Ada), plain members (Ann, Mel and every grantee), a
// member granted add (Max) and one granted delete (Gus), the creator of its contact (Cora) and a
// per-contact editor of it (Ed). Sam is a stranger. `share` goes into "team", where everyone adds,
// so its column shows the rights needed on the contact's own book.

const GRANTS: readonly Grant[] = ['view', 'add', 'edit', 'delete'];
/** Every non-empty combination of grants, named by initials: "v", "va", … "vaed". */
const combinations: Grant[][] = Array.from({ length: 15 }, (_, mask) =>
  GRANTS.filter((_grant, bit) => (mask + 1) & (1 << bit)),
);
const grantee = (grants: readonly Grant[]) => `grantee-${grants.map((g) => g[0]).join('')}`;

const annBook: BookAccess = {
  kind: 'personal',
  id: 'private-ann',
  ownerId: 'ann',
  grants: Object.fromEntries(combinations.map((grants) => [grantee(grants), grants])),
};
const club: BookAccess = {
  kind: 'group',
  id: 'group-club',
  members: ['ann', 'mel', 'max', 'gus', 'cora', 'ed', ...combinations.map(grantee)],
  admins: ['ada'],
  memberGrants: { max: ['add'], gus: ['delete'] },
  editors: { g1: ['ed'] },
};
const everyone = ['ann', 'ada', 'mel', 'max', 'gus', 'cora', 'ed', 'sam'];
const team: BookAccess = {
  kind: 'group',
  id: 'group-team',
  members: [],
  admins: [...everyone, ...combinations.map(grantee)],
  memberGrants: {},
  editors: {},
};

const ON_CONTACT: readonly Action[] = ['view', 'edit', 'delete', 'share', 'comment'];
const privateContact = { id: 'p1', createdBy: 'ann' };
const groupContact = { id: 'g1', createdBy: 'cora' };

function target(book: BookAccess, action: Action): Target {
  const contact = book.kind === 'personal' ? privateContact : groupContact;
  return {
    book,
    contact: ON_CONTACT.includes(action) ? contact : undefined,
    into: action === 'share' ? team : undefined,
    creatorBook: book.kind === 'group' ? personalBook('private-cora', 'cora') : undefined,
  };
}

//             view add edit delete empty share comment grant
const NOTHING = 'N N N N N N N N';
const VIEWS = 'Y N N N N N Y N';
const table: [role: string, userId: string, inPrivate: string, inGroup: string][] = [
  ['owner', 'ann', 'Y Y Y Y Y Y Y Y', VIEWS],
  ['grantee view', grantee(['view']), VIEWS, VIEWS],
  ['grantee add', grantee(['add']), NOTHING, VIEWS],
  ['grantee edit', grantee(['edit']), NOTHING, VIEWS],
  ['grantee delete', grantee(['delete']), NOTHING, VIEWS],
  ['grantee view+add', grantee(['view', 'add']), 'Y Y N N N N Y N', VIEWS],
  ['grantee view+edit', grantee(['view', 'edit']), 'Y N Y N N Y Y N', VIEWS],
  ['grantee view+delete', grantee(['view', 'delete']), 'Y N N Y Y N Y N', VIEWS],
  ['grantee add+edit', grantee(['add', 'edit']), NOTHING, VIEWS],
  ['grantee add+delete', grantee(['add', 'delete']), NOTHING, VIEWS],
  ['grantee edit+delete', grantee(['edit', 'delete']), NOTHING, VIEWS],
  ['grantee view+add+edit', grantee(['view', 'add', 'edit']), 'Y Y Y N N Y Y N', VIEWS],
  ['grantee view+add+delete', grantee(['view', 'add', 'delete']), 'Y Y N Y Y N Y N', VIEWS],
  ['grantee view+edit+delete', grantee(['view', 'edit', 'delete']), 'Y N Y Y Y Y Y N', VIEWS],
  ['grantee add+edit+delete', grantee(['add', 'edit', 'delete']), NOTHING, VIEWS],
  ['grantee of everything', grantee(GRANTS), 'Y Y Y Y Y Y Y N', VIEWS],
  ['group member', 'mel', NOTHING, VIEWS],
  ['group admin', 'ada', NOTHING, 'Y Y N Y Y N Y Y'],
  ['member granted add', 'max', NOTHING, 'Y Y N N N N Y N'],
  ['member granted delete', 'gus', NOTHING, 'Y N N Y Y N Y N'],
  ['contact creator', 'cora', NOTHING, 'Y N Y N N N Y N'],
  ['per-contact editor', 'ed', NOTHING, 'Y N Y N N N Y N'],
  ['stranger', 'sam', NOTHING, NOTHING],
];

/** The row a user gets from can(), in the table's notation. */
function row(userId: string, book: BookAccess): string {
  return ACTIONS.map((action) => (can({ userId }, action, target(book, action)) ? 'Y' : 'N')).join(
    ' ',
  );
}

describe('can(): the whole rights table', () => {
  it('lists every action in the columns, and a row for every grant combination', () => {
    expect(ACTIONS).to.deep.equal([
      'view',
      'add',
      'edit',
      'delete',
      'empty',
      'share',
      'comment',
      'grant',
    ]);
    const rows = new Set(table.map(([, userId]) => userId));
    for (const grants of combinations) expect(rows.has(grantee(grants))).to.equal(true);
  });

  for (const [role, userId, inPrivate, inGroup] of table) {
    it(`${role}: private book ${inPrivate} · group book ${inGroup}`, () => {
      expect(row(userId, annBook), 'in the private book').to.equal(inPrivate);
      expect(row(userId, club), 'in the group book').to.equal(inGroup);
    });
  }
});

describe('can(): the rules that are easy to miss', () => {
  it('add, edit and delete need view, and granting them without view is refused', () => {
    for (const action of ['add', 'edit', 'delete'] as const) {
      const blind = grantee([action]);
      expect(can({ userId: blind }, action, target(annBook, action)), action).to.equal(false);
    }
    const rights = new BookRights({ bookId: 'private-ann', userId: 'ann' });
    expect(() => personalGrantsOp(rights, { bob: ['add'] }, undefined))
      .to.throw(ValidationError)
      .with.property('issues')
      .that.deep.equals([{ path: ['grants', 'bob'], message: 'Add, edit and delete need view' }]);
    expect(personalGrantsOp(rights, { bob: ['add', 'view'] }, undefined)).to.deep.include({
      collection: 'acl',
    });
  });

  it('a user with add edits the contacts they added, but cannot delete them', () => {
    const adder = grantee(['view', 'add']);
    const added = { id: 'p2', createdBy: adder };
    expect(can({ userId: adder }, 'edit', { book: annBook, contact: added })).to.equal(true);
    expect(can({ userId: adder }, 'delete', { book: annBook, contact: added })).to.equal(false);
    expect(can({ userId: adder }, 'edit', { book: annBook, contact: privateContact })).to.equal(
      false,
    );
  });

  it('an edit grant on a private book also covers the group contacts its owner created', () => {
    const editor = grantee(['view', 'edit']);
    const byAnn = { id: 'g2', createdBy: 'ann' };
    const facts = { book: club, creatorBook: annBook };
    expect(can({ userId: editor }, 'edit', { ...facts, contact: byAnn })).to.equal(true);
    expect(can({ userId: editor }, 'edit', { ...facts, contact: groupContact })).to.equal(false);
    const viewer = grantee(['view']);
    expect(can({ userId: viewer }, 'edit', { ...facts, contact: byAnn })).to.equal(false);
  });

  it('view is all or nothing: a viewer sees every contact of the book alike', () => {
    const viewer = { userId: grantee(['view']) };
    const contacts = [privateContact, { id: 'p2', createdBy: 'sam' }, { id: 'p3', createdBy: 'x' }];
    for (const contact of contacts) {
      expect(can(viewer, 'view', { book: annBook, contact })).to.equal(true);
      expect(can({ userId: 'sam' }, 'view', { book: annBook, contact })).to.equal(false);
    }
    // Nothing in the facts can hide one contact: grants are per book, never per contact.
    expect(Object.keys(annBook.kind === 'personal' ? annBook : {})).to.have.members([
      'kind',
      'id',
      'ownerId',
      'grants',
    ]);
  });

  it('in a group the creator edits, admins grant edit per contact, add, delete and grant', () => {
    const facts = (contact?: Target['contact']) => ({ book: club, contact });
    expect(can({ userId: 'cora' }, 'edit', facts(groupContact))).to.equal(true);
    expect(can({ userId: 'ed' }, 'edit', facts(groupContact))).to.equal(true);
    expect(can({ userId: 'ed' }, 'edit', facts({ id: 'g9', createdBy: 'cora' }))).to.equal(false);
    expect(can({ userId: 'ada' }, 'edit', facts(groupContact))).to.equal(false);
    expect(can({ userId: 'ada' }, 'add', facts())).to.equal(true);
    expect(can({ userId: 'ada' }, 'delete', facts(groupContact))).to.equal(true);
    expect(can({ userId: 'ada' }, 'grant', facts())).to.equal(true);
    expect(can({ userId: 'mel' }, 'add', facts())).to.equal(false);
    expect(can({ userId: 'max' }, 'add', facts())).to.equal(true);
    expect(can({ userId: 'gus' }, 'delete', facts(groupContact))).to.equal(true);
    expect(can({ userId: 'cora' }, 'delete', facts(groupContact))).to.equal(false);
  });

  it('sharing a private contact into a group needs add there', () => {
    const share = (userId: string, into: BookAccess) =>
      can({ userId }, 'share', { book: annBook, contact: privateContact, into });
    expect(share('ann', club)).to.equal(false); // a plain member of club
    expect(share('ann', team)).to.equal(true);
    const withAdd = { ...club, memberGrants: { ann: ['add' as const] } };
    expect(share('ann', withAdd)).to.equal(true);
    expect(share('ann', { ...club, memberGrants: { ann: ['delete' as const] } })).to.equal(false);
    expect(
      can({ userId: 'ada' }, 'share', { book: club, contact: groupContact, into: team }),
    ).to.equal(false);
  });

  it('emptying a book needs delete on it', () => {
    expect(can({ userId: grantee(['view', 'delete']) }, 'empty', { book: annBook })).to.equal(true);
    expect(can({ userId: grantee(['view', 'edit']) }, 'empty', { book: annBook })).to.equal(false);
    expect(can({ userId: 'gus' }, 'empty', { book: club })).to.equal(true);
    expect(can({ userId: 'cora' }, 'empty', { book: club })).to.equal(false);
  });

  it('comment follows view', () => {
    expect(can({ userId: 'mel' }, 'comment', { book: club, contact: groupContact })).to.equal(true);
    expect(can({ userId: 'sam' }, 'comment', { book: club, contact: groupContact })).to.equal(
      false,
    );
  });
});
