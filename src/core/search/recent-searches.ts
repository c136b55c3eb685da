import { MAX_QUERY_LENGTH } from './parse-query.js';

/** How many recent searches a user keeps (preferences `recentSearches`). */
export const MAX_RECENT_SEARCHES = 5;

/** The recent searches after running `query`: it first, without repeats, at most five. */
export function addRecentSearch(recent: readonly string[], query: string): string[] {
  const text = query.trim().slice(0, MAX_QUERY_LENGTH).trim();
  if (!text) return [...recent];
  return [text, ...recent.filter((item) => item !== text)].slice(0, MAX_RECENT_SEARCHES);
}
