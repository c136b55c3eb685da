import { expect, html } from '@open-wc/testing';
import type { ContactDetails } from '../../src/components/contact-details.js';
import type { ContactShareGroups } from '../../src/components/contact-share-groups.js';
import type { Contact, ContactBook } from '../../src/core/index.js';
import { allInside, inside, provide, settle, until } from './helpers.js';
import { sharedStore } from '../core/sharing-fixtures.js';

async function shareGroups(book: ContactBook, contact: Contact) {
  return provide<ContactShareGroups>(
    book,
    html`<contact-share-groups .contact=${contact}></contact-share-groups>`,
  );
}

/** Each group's box: its name, ticked or not, and why it is disabled. */
function boxes(element: Element) {
  return allInside<HTMLLabelElement>(element, 'label').map((label) => {
    const input = label.querySelector('input')!;
    return {
      group: label.textContent!.trim(),
      checked: input.checked,
      disabled: input.disabled ? label.title : false,
    };
  });
}

describe('<contact-share-groups>', () => {
  afterEach(() => {
    for (const element of document.querySelectorAll(
      'div > contact-share-groups, div > contact-details',
    ))
      element.parentElement!.remove();
  });

  it('shares a private contact into a group and unshares it, never out of Private', async () => {
    const { open } = sharedStore();
    const ann = await open('ann');
    const jane = await ann.create({ name: { given: 'Jane', family: 'Doe' } });
    const element = await shareGroups(ann, jane);
    expect(inside(element, 'legend').textContent).to.contain('Share with groups');
    expect(boxes(element)).to.deep.equal([
      { group: 'Club', checked: false, disabled: 'You may not add contacts to this group.' },
      { group: 'Team', checked: false, disabled: false },
    ]);

    const bobInTeam = await open('bob', 'group-team');
    inside<HTMLInputElement>(element, 'label:nth-of-type(2) input').click();
    await until(() => bobInTeam.size === 1, 'Jane shows in Team');
    await settle(element);
    expect(ann.find(jane.id)!.sharedWith).to.deep.equal(['group-team']);
    expect(boxes(element)[1]).to.deep.equal({ group: 'Team', checked: true, disabled: false });

    inside<HTMLInputElement>(element, 'label:nth-of-type(2) input').click();
    await until(() => bobInTeam.size === 0, 'Jane leaves Team');
    expect(ann.find(jane.id)!.sharedWith).to.deep.equal([]);
    expect(ann.size).to.equal(1);
  });

  it('is disabled, with the reason, for a viewer of someone else’s book', async () => {
    const { open } = sharedStore();
    const ann = await open('ann');
    const jane = await ann.create({ name: { given: 'Jane' } });
    await ann.setGrants({ bob: ['view'] });
    const element = await shareGroups(await open('bob', 'private-ann'), jane);
    expect(boxes(element).map((box) => box.disabled)).to.deep.equal([
      'You may not change this contact.',
      'You may not change this contact.',
    ]);
  });

  it('shows in a private contact’s details, not in a group contact’s', async () => {
    const { open } = sharedStore();
    const ann = await open('ann');
    const jane = await ann.create({ name: { given: 'Jane' } });
    const details = await provide<ContactDetails>(
      ann,
      html`<contact-details .contact=${jane}></contact-details>`,
    );
    const inDetails = inside<ContactShareGroups>(details, 'contact-share-groups');
    await settle(inDetails);
    expect(inDetails.shadowRoot!.querySelector('fieldset')).not.to.equal(null);

    const dan = await open('dan', 'group-club');
    const gina = await dan.create({ name: { given: 'Gina' } });
    const inGroup = await shareGroups(dan, gina);
    expect(inGroup.shadowRoot!.querySelector('fieldset')).to.equal(null);
    expect(inGroup.shadowRoot!.querySelector('[part="origin"]')).to.equal(null);

    // In the group it was shared into, a private contact says whose it is.
    await ann.shareWith(jane.id, ['group-team']);
    const bobInTeam = await open('bob', 'group-team');
    const shared = await shareGroups(bobInTeam, bobInTeam.find(jane.id)!);
    expect(inside(shared, '[part="origin"]').textContent).to.contain(
      'Shared from the Private book of Ann.',
    );
    expect(shared.shadowRoot!.querySelector('fieldset')).to.equal(null);
  });
});
