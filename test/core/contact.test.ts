import { expect } from '@open-wc/testing';
import {
  ContactSchema,
  contactInput,
  deriveFormattedName,
  displayName,
  formatName,
  parseContact,
  parseContactInput,
  sortContacts,
  type Contact,
  type ContactInput,
  type DisplayOrder,
} from '../../src/core/index.js';
import { storedContact as stored } from './fixtures.js';

const paths = (result: ReturnType<typeof parseContactInput>) =>
  result.ok ? [] : result.issues.map((issue) => issue.path);

describe('ContactSchema', () => {
  it('accepts a complete contact', () => {
    expect(parseContact(stored()).ok).to.equal(true);
    expect(
      ContactSchema.safeParse(stored({ birthday: '--04-15', anniversary: '1999-06-30' })).success,
    ).to.equal(true);
  });

  it('refuses an unknown field with an issue naming it', () => {
    const result = parseContact({ ...stored(), nickName: 'JD' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.have.length(1);
    expect(result.issues[0].path).to.deep.equal(['nickName']);
    expect(result.issues[0].message).to.contain('nickName');
  });

  it('refuses unknown fields inside nested objects and lists, at their path', () => {
    const result = parseContact(
      stored({
        name: { given: 'J', middle: 'Q' } as Contact['name'],
        emails: [{ value: 'a@b.co', kind: 'x' } as never],
      }),
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).to.deep.equal([
      ['name', 'middle'],
      ['emails', 0, 'kind'],
    ]);
  });

  it('refuses a missing system field and a negative revision', () => {
    const withoutId: Partial<Contact> = stored();
    delete withoutId.id;
    expect(parseContact(withoutId).ok).to.equal(false);
    expect(parseContact(stored({ revision: -1 })).ok).to.equal(false);
  });
});

describe('parseContactInput', () => {
  it('fills defaults for the lists and kind', () => {
    const result = parseContactInput({ name: { given: 'Ann' } });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value).to.deep.include({
      kind: 'individual',
      emails: [],
      phones: [],
      sharedWith: [],
      formattedName: '',
    });
  });

  it('puts an invalid e-mail at emails.N.value', () => {
    const result = parseContactInput({
      name: { given: 'Ann' },
      emails: [{ value: 'ann@example.org' }, { value: 'not-an-email' }],
    });
    expect(paths(result)).to.deep.equal([['emails', 1, 'value']]);
    expect(paths(parseContactInput({ emails: [{ value: 'ann@' }] }))).to.deep.include([
      'emails',
      0,
      'value',
    ]);
    for (const value of ['not-an-email', 'a@', '@b', 'a b@c', 'a@b\u0000', 'a@b@c'])
      expect(paths(parseContactInput({ emails: [{ value }] })), value).to.deep.include([
        'emails',
        0,
        'value',
      ]);
  });

  it('accepts internationalised addresses and domains without a TLD (RFC 6531)', () => {
    for (const value of ['contact1@invalid', 'blablö@blub.com', '名無しの権兵衛@host.invalid'])
      expect(parseContactInput({ emails: [{ value }] }).ok, value).to.equal(true);
  });

  it('refuses a contact with no name, organization, e-mail or phone', () => {
    for (const input of [
      {},
      { name: { given: '  ' } },
      { organization: ' ' },
      { note: 'only a note' },
      { nickname: 'Bob' },
    ]) {
      const result = parseContactInput(input);
      expect(result.ok, JSON.stringify(input)).to.equal(false);
      expect(paths(result)).to.deep.equal([['name']]);
    }
  });

  it('accepts any one of name, formatted name, organization, e-mail or phone', () => {
    const inputs: ContactInput[] = [
      { name: { family: 'Doe' } },
      { name: { prefix: 'Dr.' } },
      { formattedName: 'J. Doe' },
      { organization: 'ACME' },
      { emails: [{ value: 'x@example.com' }] },
      { phones: [{ value: '+1 202 555 0100', type: 'cell' }] },
    ];
    for (const input of inputs)
      expect(parseContactInput(input).ok, JSON.stringify(input)).to.equal(true);
  });

  it('refuses unknown and system fields, naming them', () => {
    const result = parseContactInput({
      name: { given: 'Ann' },
      id: 'x',
      revision: 3,
      colour: 'red',
    });
    expect(paths(result)).to.have.deep.members([['id'], ['revision'], ['colour']]);
  });

  it('checks types, phone kinds and dates field by field', () => {
    const result = parseContactInput({
      name: { given: 'Ann' },
      phones: [
        { value: '123', type: 'mobile' },
        { value: '  ', type: 'cell' },
      ],
      birthday: '15/04/1970',
      anniversary: '--02-29',
      kind: 'robot',
    });
    expect(paths(result)).to.have.deep.members([
      ['phones', 0, 'type'],
      ['phones', 1, 'value'],
      ['birthday'],
      ['kind'],
    ]);
  });

  it('refuses a date that does not exist, which Date would roll over to another day', () => {
    for (const birthday of ['2023-13-45', '2023-02-29', '--02-30', '--13-01', '2024-04-31']) {
      const result = parseContactInput({ name: { given: 'Ann' }, birthday });
      expect(result.ok ? [] : result.issues, birthday).to.deep.equal([
        { path: ['birthday'], message: 'This date does not exist' },
      ]);
    }
    for (const birthday of ['2024-02-29', '--02-29', '1899-12-31']) {
      expect(parseContactInput({ name: { given: 'Ann' }, birthday }).ok, birthday).to.equal(true);
    }
  });

  it('round-trips a stored contact through contactInput', () => {
    const contact = stored({ emails: [{ value: 'jane@example.com', type: 'work' }] });
    const fields = contactInput(contact);
    expect(fields).to.not.have.any.keys(
      'id',
      'bookId',
      'revision',
      'createdAt',
      'updatedAt',
      'createdBy',
    );
    const result = parseContactInput(fields);
    expect(result.ok && result.value.emails).to.deep.equal(contact.emails);
  });
});

describe('displayName', () => {
  const cases: [string, Partial<Contact>, string, string][] = [
    ['given and family', { name: { given: 'Jane', family: 'Doe' } }, 'Doe, Jane', 'Jane Doe'],
    [
      'with additional names',
      { name: { given: 'Jane', additional: 'Q.', family: 'Doe' } },
      'Doe, Jane Q.',
      'Jane Q. Doe',
    ],
    [
      'prefix and suffix',
      { name: { prefix: 'Dr.', given: 'Jane', family: 'Doe', suffix: 'Jr.' } },
      'Doe, Jane Jr.',
      'Dr. Jane Doe Jr.',
    ],
    ['family only', { name: { family: 'Doe' } }, 'Doe', 'Doe'],
    ['given only', { name: { given: 'Cher' } }, 'Cher', 'Cher'],
    ['trims parts', { name: { given: ' Jane ', family: ' Doe ' } }, 'Doe, Jane', 'Jane Doe'],
    [
      'formatted name',
      { name: {}, formattedName: 'The Doe Family' },
      'The Doe Family',
      'The Doe Family',
    ],
    [
      'organization',
      { name: {}, formattedName: ' ', organization: 'ACME Corp.' },
      'ACME Corp.',
      'ACME Corp.',
    ],
    [
      'e-mail',
      { name: {}, formattedName: '', emails: [{ value: 'a@x.io' }, { value: 'b@x.io' }] },
      'a@x.io',
      'a@x.io',
    ],
    [
      'phone',
      { name: {}, formattedName: '', phones: [{ value: '+3225551234', type: 'cell' }] },
      '+3225551234',
      '+3225551234',
    ],
    ['nothing at all', { name: {}, formattedName: '' }, '', ''],
  ];
  for (const [label, overrides, lastFirst, firstLast] of cases) {
    it(`reads ${label}`, () => {
      const contact = stored(overrides);
      expect(displayName(contact)).to.equal(lastFirst);
      expect(displayName(contact, 'last-first')).to.equal(lastFirst);
      expect(displayName(contact, 'first-last')).to.equal(firstLast);
    });
  }

  it('prefers the organization to the e-mail, and the e-mail to the phone', () => {
    const phone = { value: '+1', type: 'cell' as const };
    expect(
      displayName(
        stored({
          name: {},
          formattedName: '',
          organization: 'O',
          emails: [{ value: 'e@x.io' }],
          phones: [phone],
        }),
      ),
    ).to.equal('O');
    expect(
      displayName(
        stored({ name: {}, formattedName: '', emails: [{ value: 'e@x.io' }], phones: [phone] }),
      ),
    ).to.equal('e@x.io');
  });
});

describe('formatName and deriveFormattedName', () => {
  it('reads the five parts in vCard order', () => {
    expect(
      formatName({ prefix: 'Dr.', given: 'Jane', additional: 'Q.', family: 'Doe', suffix: 'PhD' }),
    ).to.equal('Dr. Jane Q. Doe PhD');
  });

  it('keeps a given formatted name, else derives it from name, organization, e-mail, phone', () => {
    const base = { name: {}, emails: [], phones: [] };
    expect(
      deriveFormattedName({ ...base, formattedName: ' Mx. J ', name: { given: 'J' } }),
    ).to.equal('Mx. J');
    expect(deriveFormattedName({ ...base, name: { given: 'Jane', family: 'Doe' } })).to.equal(
      'Jane Doe',
    );
    expect(deriveFormattedName({ ...base, organization: 'ACME' })).to.equal('ACME');
    expect(deriveFormattedName({ ...base, emails: [{ value: 'a@x.io' }] })).to.equal('a@x.io');
    expect(deriveFormattedName({ ...base, phones: [{ value: '+1', type: 'cell' }] })).to.equal(
      '+1',
    );
  });
});

describe('sortContacts', () => {
  const people = (names: [string, string][]) =>
    names.map(([given, family], index) => stored({ id: `id-${index}`, name: { given, family } }));
  const order = (contacts: Contact[], displayOrder: DisplayOrder) =>
    sortContacts(contacts, displayOrder).map((contact) => displayName(contact, displayOrder));

  it('folds accents: "Éloïse" sorts among the E\'s', () => {
    const contacts = people([
      ['Zoë', 'Adler'],
      ['Éloïse', 'Martin'],
      ['Fanny', 'Ardant'],
      ['Edgar', 'Poe'],
      ['Eve', 'Klein'],
      ['Dora', 'Maar'],
    ]);
    expect(order(contacts, 'first-last')).to.deep.equal([
      'Dora Maar',
      'Edgar Poe',
      'Éloïse Martin',
      'Eve Klein',
      'Fanny Ardant',
      'Zoë Adler',
    ]);
  });

  it('folds case and sorts by family name in last-first order', () => {
    const contacts = people([
      ['ann', 'zimmer'],
      ['Bob', 'Émile'],
      ['carl', 'ADAMS'],
      ['Dan', 'eckhart'],
      ['Eve', 'Adams'],
    ]);
    expect(order(contacts, 'last-first')).to.deep.equal([
      'ADAMS, carl',
      'Adams, Eve',
      'eckhart, Dan',
      'Émile, Bob',
      'zimmer, ann',
    ]);
  });

  it('sorts fallbacks (organization, e-mail) with the names, and is stable on ties by id', () => {
    const contacts = [
      stored({ id: 'b', name: {}, formattedName: '', organization: 'Beta GmbH' }),
      stored({ id: 'z', name: { family: 'Same' } }),
      stored({ id: 'a', name: { family: 'same' } }),
      stored({ id: 'm', name: {}, formattedName: '', emails: [{ value: 'alpha@example.org' }] }),
    ];
    expect(sortContacts(contacts).map((contact) => contact.id)).to.deep.equal(['m', 'b', 'a', 'z']);
  });

  it('returns a new array and leaves the input alone', () => {
    const contacts = people([
      ['B', 'B'],
      ['A', 'A'],
    ]);
    const sorted = sortContacts(contacts);
    expect(sorted).to.not.equal(contacts);
    expect(contacts.map((contact) => contact.name.given)).to.deep.equal(['B', 'A']);
  });
});
