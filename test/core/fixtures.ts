import type { Contact } from '../../src/core/index.js';

/** A complete stored contact; `overrides` replace its fields. */
export function storedContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'c1',
    bookId: 'private-me',
    sharedWith: [],
    kind: 'individual',
    name: { given: 'Jane', family: 'Doe' },
    formattedName: 'Jane Doe',
    emails: [],
    phones: [],
    addresses: [],
    urls: [],
    ims: [],
    related: [],
    extras: [],
    createdBy: 'me',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
    ...overrides,
  };
}
