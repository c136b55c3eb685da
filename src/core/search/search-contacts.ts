import type { Contact, DisplayOrder } from '../contact.js';
import type { ParsedQuery } from './query-types.js';
import { SearchIndex, type SearchResult, type TagsOf } from './search-index.js';

/** Options of a one-off search. */
export interface SearchContactsOptions {
  /** At most this many hits (never more than 200). */
  limit?: number;
  /** The user's tags of a contact, for `tag:`. */
  tagsOf?: TagsOf;
  /** The user's display order, for sorting tied hits by display name (default last-first). */
  order?: DisplayOrder;
}

/**
 * Searches a list of contacts once (the CLI, a file being imported). For a book searched as the
 * user types, keep a `SearchIndex.forBook()` instead: it is not rebuilt per query.
 */
export function searchContacts(
  contacts: Iterable<Contact>,
  query: string | ParsedQuery,
  { limit, tagsOf, order }: SearchContactsOptions = {},
): SearchResult {
  const index = new SearchIndex({ tagsOf });
  index.putAll(contacts);
  return index.search(query, { limit, order });
}
