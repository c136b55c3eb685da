import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SortedContacts } from '../../src/core/sorted-contacts.js';
import { sortContacts, type Contact, type DisplayOrder } from '../../src/core/index.js';
import { storedContact } from './fixtures.js';

const NAMES = ['Éloïse', 'eve', 'Émile', 'Zoë', 'zoe', 'Ελένη', 'Иван', '王', 'محمد', 'Adams', ''];

function contact(id: string, given: string, family: string, revision = 1): Contact {
  const emails = given || family ? [] : [{ value: `${id}@example.org` }];
  return storedContact({ id, name: { given, family }, formattedName: '', emails, revision });
}

describe('SortedContacts', () => {
  it('stays in the order a fresh sort gives, through any sequence of puts and deletes', () => {
    const name = fc.constantFrom(...NAMES);
    const op = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      given: name,
      family: name,
      remove: fc.boolean(),
    });
    const order = fc.constantFrom<DisplayOrder>('last-first', 'first-last');
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), order, (ops, displayOrder) => {
        const current = new Map<string, Contact>();
        const view = new SortedContacts([], displayOrder);
        for (const { id, given, family, remove } of ops) {
          const previous = current.get(id);
          if (previous) view.remove(previous);
          if (remove) current.delete(id);
          else {
            const next = contact(id, given, family, (previous?.revision ?? 0) + 1);
            current.set(id, next);
            view.insert(next);
          }
        }
        expect(view.slice(0).map((entry) => entry.id)).to.deep.equal(
          sortContacts([...current.values()], displayOrder).map((entry) => entry.id),
        );
        expect(view.size).to.equal(current.size);
      }),
      { numRuns: 300 },
    );
  });
});
