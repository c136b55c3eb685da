import { z } from './zod.js';
import type { StoredRecord } from './store.js';
import { MAX_QUERY_LENGTH } from './search/parse-query.js';
import { MAX_RECENT_SEARCHES } from './search/recent-searches.js';

/** A user's preferences, stored per user through the Store. Unknown keys are refused. */
export const PreferencesSchema = z.strictObject({
  /** How names read in the list: "Doe, Jane" or "Jane Doe". */
  displayOrder: z._default(z.enum(['last-first', 'first-last']), 'last-first'),
  /** Contacts per page of the list. */
  pageSize: z._default(
    z
      .number({ error: 'Contacts per page must be a number' })
      .check(
        z.int({ error: 'Contacts per page must be a whole number' }),
        z.minimum(5, { error: 'Show at least 5 contacts per page' }),
        z.maximum(50, { error: 'Show at most 50 contacts per page' }),
      ),
    25,
  ),
  /** Every contact on one scrolling page (virtualised) instead of pages of `pageSize`. */
  onePage: z._default(z.boolean(), false),
  /** Show IM addresses as links. */
  imLinks: z._default(z.boolean(), false),
  /** Region (ISO 3166 alpha-2) for phone numbers typed without +. */
  defaultRegion: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code, such as US or FR' })),
  ),
  /** Where "Access map" opens. */
  mapProvider: z._default(z.enum(['google', 'openstreetmap']), 'google'),
  /** Longest side, in pixels, a contact picture is resized to. */
  photoSize: z._default(
    z
      .number({ error: 'Picture size must be a number' })
      .check(
        z.int({ error: 'Picture size must be a whole number of pixels' }),
        z.minimum(64, { error: 'Pictures are at least 64 pixels' }),
        z.maximum(2048, { error: 'Pictures are at most 2048 pixels' }),
      ),
    512,
  ),
  /** The format a contact picture is re-encoded to. */
  photoFormat: z._default(z.enum(['jpeg', 'webp']), 'jpeg'),
  /** The user's last searches, most recent first (the search field's drop-down). */
  recentSearches: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_QUERY_LENGTH))).check(
      z.maxLength(MAX_RECENT_SEARCHES, {
        error: `Keep at most ${MAX_RECENT_SEARCHES} recent searches`,
      }),
    ),
    [],
  ),
  /** Search the group books too, not only the personal one ("Include group data"). */
  searchGroupData: z._default(z.boolean(), false),
});

export type Preferences = z.output<typeof PreferencesSchema>;
export type PreferencesInput = z.input<typeof PreferencesSchema>;

/** The preferences a new user starts with. */
export const DEFAULT_PREFERENCES: Preferences = PreferencesSchema.parse({});

/** How preferences are stored: one record per user in the `preferences` collection. */
export type PreferencesRecord = StoredRecord & { values: Preferences };

/** Stored preferences, read leniently: a value no longer valid falls back to its default. */
export function readPreferences(values: unknown): Preferences {
  const result = PreferencesSchema.safeParse(values);
  if (result.success) return result.data;
  const valid = Object.entries((values ?? {}) as Record<string, unknown>).filter(
    ([key, value]) => PreferencesSchema.shape[key as keyof Preferences]?.safeParse(value).success,
  );
  return PreferencesSchema.parse(Object.fromEntries(valid));
}
