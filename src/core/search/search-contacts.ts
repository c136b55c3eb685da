import type { Contact } from '../contact.js';
import type { ParsedQuery } from './query-types.js';
import { SearchIndex, type SearchResult, type TagsOf } from './search-index.js';

/** Options of a one-off search. */
export interface SearchContactsOptions {
  /** At most this many hits (never more than 200). */
  limit?: number;
  /** The user's tags of a contact, for `tag:`. */
  tagsOf?: TagsOf;
}

/**
 * Searches a list of contacts once (the CLI, a file being imported). For a book searched as the
 * user types, keep a `SearchIndex.forBook()` instead: it is not rebuilt per query.
 */
export function searchContacts(
  contacts: Iterable<Contact>,
  query: string | ParsedQuery,
  { limit, tagsOf }: SearchContactsOptions = {},
): SearchResult {
  const index = new SearchIndex({ tagsOf });
  index.putAll(contacts);
  return index.search(query, { limit });
}
