export { foldText, tokenize, phoneDigits } from './normalize.js';
export { SEARCH_FIELDS, type SearchField } from './fields.js';
export { parseQuery, MAX_QUERY_LENGTH, MIN_PREFIX_LENGTH } from './parse-query.js';
export type * from './query-types.js';
export {
  SearchIndex,
  type SearchHit,
  type SearchResult,
  type SearchOptions,
  type SearchIndexOptions,
  type TagsOf,
} from './search-index.js';
export { MAX_RESULTS } from './rank.js';
export { searchContacts, type SearchContactsOptions } from './search-contacts.js';
export { buildAdvancedQuery, type AdvancedCriteria } from './advanced-query.js';
export { addRecentSearch, MAX_RECENT_SEARCHES } from './recent-searches.js';
export {
  QUERY_MESSAGE_TEMPLATES,
  type QueryMessageCode,
  type QueryMessageParams,
} from './query-messages.js';
export { GroupDataSearch, type GroupDataResult } from './group-data-search.js';
