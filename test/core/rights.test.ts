import { expect } from '@open-wc/testing';
import {
  can,
  personalBook,
  type Action,
  type BookAccess,
  type Target,
} from '../../src/core/index.js';

// DESIGN.md "Rights", case by case. Ann owns a personal book; the "club" group has an admin (Ada),
// members (Mel, Max, Gus) and an outsider (Out).
const annBook: BookAccess = {
  kind: 'personal',
  id: 'private-ann',
  ownerId: 'ann',
  grants: {
    viewer: ['view'],
    adder: ['view', 'add'],
    editor: ['view', 'edit'],
    deleter: ['view', 'delete'],
    blind: ['add', 'edit', 'delete'],
    all: ['view', 'add', 'edit', 'delete'],
  },
};
const club: BookAccess = {
  kind: 'group',
  id: 'group-club',
  members: ['mel', 'max', 'gus', 'ann', 'editor'],
  admins: ['ada'],
  memberGrants: { max: ['add'], gus: ['delete'] },
  editors: { 'club-1': ['max'] },
};
const otherGroup: BookAccess = {
  ...club,
  id: 'group-other',
  members: ['mel'],
  admins: [],
  memberGrants: {},
};

const annContact = { id: 'p-1', createdBy: 'ann' };
const addedByAdder = { id: 'p-2', createdBy: 'adder' };
const byMel = { id: 'club-1', createdBy: 'mel' };
const byAnn = { id: 'club-2', createdBy: 'ann' };

type Case = [who: string, action: Action, target: Target, allowed: boolean, why: string];
const personal = (contact?: Target['contact']): Target => ({ book: annBook, contact });
const group = (contact?: Target['contact'], extra: Partial<Target> = {}): Target => ({
  book: club,
  contact,
  ...extra,
});

const cases: Case[] = [
  // Personal book: the owner does everything.
  ...(['view', 'add', 'edit', 'delete', 'grant'] as Action[]).map((action): Case => [
    'ann',
    action,
    personal(annContact),
    true,
    'the owner does everything',
  ]),
  ['ann', 'add', personal(), true, 'the owner adds'],
  // Grants on the whole book.
  ['viewer', 'view', personal(annContact), true, 'a view grant views'],
  ['viewer', 'add', personal(), false, 'view alone does not add'],
  ['viewer', 'edit', personal(annContact), false, 'view alone does not edit'],
  ['viewer', 'delete', personal(annContact), false, 'view alone does not delete'],
  ['adder', 'add', personal(), true, 'an add grant adds'],
  ['adder', 'edit', personal(addedByAdder), true, 'with add, one edits the contacts one added'],
  ['adder', 'edit', personal(annContact), false, "with add, one does not edit others' contacts"],
  [
    'adder',
    'delete',
    personal(addedByAdder),
    false,
    'with add, one does not delete even what one added',
  ],
  ['editor', 'edit', personal(annContact), true, 'an edit grant edits any contact of the book'],
  ['editor', 'add', personal(), false, 'edit does not add'],
  ['editor', 'delete', personal(annContact), false, 'edit does not delete'],
  ['deleter', 'delete', personal(annContact), true, 'a delete grant deletes'],
  ['deleter', 'edit', personal(annContact), false, 'delete does not edit'],
  ['all', 'delete', personal(addedByAdder), true, 'add with delete deletes'],
  ['all', 'grant', personal(), false, 'only the owner grants'],
  ['adder', 'grant', personal(), false, 'only the owner grants'],
  // add, edit and delete need view.
  ['blind', 'view', personal(annContact), false, 'no view grant, no view'],
  ['blind', 'add', personal(), false, 'add needs view'],
  ['blind', 'edit', personal(annContact), false, 'edit needs view'],
  ['blind', 'delete', personal(annContact), false, 'delete needs view'],
  ['stranger', 'view', personal(annContact), false, 'no grant, nothing'],
  // Group book: every member views; the creator edits; per-contact editors; admins add and delete.
  ['mel', 'view', group(byMel), true, 'a member views'],
  ['ada', 'view', group(byMel), true, 'an admin views'],
  ['out', 'view', group(byMel), false, 'an outsider does not view'],
  [
    'out',
    'edit',
    group({ id: 'x', createdBy: 'out' }),
    false,
    'a former member does not edit what they created',
  ],
  ['mel', 'edit', group(byMel), true, 'the creator edits'],
  ['gus', 'edit', group(byMel), false, 'another member does not edit'],
  ['max', 'edit', group(byMel), true, 'a per-contact editor edits that contact'],
  [
    'max',
    'edit',
    group({ id: 'club-3', createdBy: 'mel' }),
    false,
    'a per-contact editor edits only that contact',
  ],
  ['ada', 'edit', group(byMel), false, 'being admin does not edit a contact'],
  ['mel', 'edit', group(), false, 'edit is about a contact'],
  ['mel', 'add', group(), false, 'a member does not add by default'],
  [
    'mel',
    'delete',
    group(byMel),
    false,
    'a member does not delete by default, even what they created',
  ],
  ['ada', 'add', group(), true, 'an admin adds'],
  ['ada', 'delete', group(byMel), true, 'an admin deletes'],
  ['max', 'add', group(), true, 'an admin may grant add to a member'],
  ['max', 'delete', group(byMel), false, 'an add grant does not delete'],
  ['gus', 'delete', group(byMel), true, 'an admin may grant delete to a member'],
  ['gus', 'add', group(), false, 'a delete grant does not add'],
  ['ada', 'grant', group(), true, 'admins grant'],
  ['max', 'grant', group(), false, 'members do not grant'],
  // An edit grant on the owner's personal book also covers the group contacts the owner created.
  [
    'editor',
    'edit',
    group(byAnn, { creatorBook: annBook }),
    true,
    "an edit grant covers the owner's group contacts",
  ],
  [
    'editor',
    'edit',
    group(byMel, { creatorBook: annBook }),
    false,
    'but not group contacts others created',
  ],
  ['viewer', 'edit', group(byAnn, { creatorBook: annBook }), false, 'a view grant does not'],
  [
    'blind',
    'edit',
    group(byAnn, { creatorBook: annBook }),
    false,
    'an edit grant without view does not',
  ],
  ['editor', 'edit', group(byAnn), false, 'without the facts of the creator book, no'],
  // Sharing a private contact into a group needs add in that group.
  [
    'ann',
    'share',
    { book: annBook, contact: annContact, into: club },
    false,
    'a plain member may not share into the group',
  ],
  [
    'ann',
    'share',
    { book: annBook, contact: annContact },
    false,
    'sharing needs a group to share into',
  ],
  [
    'max',
    'share',
    {
      book: personalBook('private-max', 'max'),
      contact: { id: 'm', createdBy: 'max' },
      into: club,
    },
    true,
    'add in the group allows sharing',
  ],
  [
    'ada',
    'share',
    {
      book: personalBook('private-ada', 'ada'),
      contact: { id: 'a', createdBy: 'ada' },
      into: club,
    },
    true,
    'admins add, so they share',
  ],
  [
    'mel',
    'share',
    {
      book: personalBook('private-mel', 'mel'),
      contact: { id: 'm', createdBy: 'mel' },
      into: otherGroup,
    },
    false,
    'membership alone does not share',
  ],
  [
    'max',
    'share',
    { book: annBook, contact: annContact, into: club },
    false,
    'one shares only contacts one can view',
  ],
];

describe('can(): the rights model of DESIGN.md', () => {
  for (const [who, action, target, allowed, why] of cases) {
    it(`${who} ${allowed ? 'may' : 'may not'} ${action} in ${target.book.id}: ${why}`, () => {
      expect(can({ userId: who }, action, target)).to.equal(allowed);
    });
  }

  it('gives a new personal book to its owner alone', () => {
    const book = personalBook('private-zoe', 'zoe');
    expect(can({ userId: 'zoe' }, 'delete', { book })).to.equal(true);
    expect(can({ userId: 'ann' }, 'view', { book })).to.equal(false);
  });
});
