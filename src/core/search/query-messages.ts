import type { QueryMessage, Span } from './query-types.js';

/**
 * The English text of every parser message by code, with `{name}` placeholders: the one place
 * they are written. A UI translates the template (`t(QUERY_MESSAGE_TEMPLATES[code], params)`);
 * `QueryMessage.message` holds the filled English text for the CLI and logs.
 */
export const QUERY_MESSAGE_TEMPLATES = {
  'query-too-long':
    'Only the first {limit} characters were searched; the other {ignored} were ignored',
  'lone-minus': 'A lone “-” was ignored: put it right before the word to exclude',
  'no-value': '“{source}” names no value: ignored',
  'unknown-has': '“{source}” is not something a contact can have (try has:comment): ignored',
  'not-a-month': "“{source}” is not a month (use 1 to 12, or a month's name): ignored",
  'no-letters': '“{source}” has no letters or digits: ignored',
  'prefix-too-short':
    '“{source}”: a search for words starting with something needs at least {min} characters before the *, or it would match almost everyone',
  'star-ignored': 'The * in “{source}” was ignored: it only works after a single word',
  'no-words': '“{source}” has no words: ignored',
  'unclosed-quote': 'The closing quote was missing: read the rest as a phrase',
  'or-repeated': 'A repeated “OR” was ignored',
  'or-at-start': '“OR” at the start was ignored',
  'or-at-end': '“OR” at the end was ignored',
  'or-next-to-exclusion': '“OR” next to an excluded term was ignored',
} as const;

/** What a parser message is about; the key of its template. */
export type QueryMessageCode = keyof typeof QUERY_MESSAGE_TEMPLATES;

/** The values of a message's placeholders. */
export type QueryMessageParams = Record<string, string | number>;

/** A message with its code, params and English text, over `span` of the query. */
export function queryMessage(
  code: QueryMessageCode,
  span: Span,
  params: QueryMessageParams = {},
): QueryMessage {
  const message = QUERY_MESSAGE_TEMPLATES[code].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
  return { code, params, message, start: span.start, end: span.end };
}
