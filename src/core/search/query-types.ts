import type { SearchField } from './fields.js';
import type { QueryMessageCode, QueryMessageParams } from './query-messages.js';

/** Where a node came from in the query text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** What the parser had to say about part of a query (what it ignored, or why it refused it). */
export interface QueryMessage extends Span {
  /** What it is about: the key of its template in QUERY_MESSAGE_TEMPLATES (for translation). */
  code: QueryMessageCode;
  /** The values of the template's placeholders (`{source}`, `{min}`…). */
  params: QueryMessageParams;
  /** The English text, filled in (for the CLI and logs). */
  message: string;
}

/** A word: any of `terms` (folded alternatives, e.g. a phone with and without its trunk 0). */
export interface TermNode extends Span {
  type: 'term';
  terms: string[];
  /** `word*`: words that start with the term. */
  prefix: boolean;
  /** Limited to one field (`name:jane`), or any. */
  field?: SearchField;
}

/** Words that must follow each other in this order, in one value of one field. */
export interface PhraseNode extends Span {
  type: 'phrase';
  words: string[];
  field?: SearchField;
}

/** `tag:NAME`: contacts the user tagged NAME (folded). */
export interface TagNode extends Span {
  type: 'tag';
  name: string;
}

/** `has:comment`: contacts with comments or a note. */
export interface HasNode extends Span {
  type: 'has';
  what: 'comment';
}

/** `birthday:4`: contacts born in that month (1–12). */
export interface BirthdayNode extends Span {
  type: 'birthday';
  month: number;
}

/** Anything that matches a contact by itself. */
export type MatchNode = TermNode | PhraseNode | TagNode | HasNode | BirthdayNode;

/** `a OR b OR c`: any of them. */
export interface OrNode extends Span {
  type: 'or';
  children: MatchNode[];
}

/** `-word`, `-"a phrase"`, `-tag:x`: contacts that do not match. */
export interface NotNode extends Span {
  type: 'not';
  child: MatchNode;
}

/** One clause of the implicit AND. */
export type ClauseNode = MatchNode | OrNode | NotNode;

/** A parsed query: every clause must hold (implicit AND). */
export interface ParsedQuery {
  text: string;
  clauses: ClauseNode[];
  /** What was read leniently or ignored. */
  messages: QueryMessage[];
  /** Set when the query is refused (e.g. `inf*`): it must not run. */
  refusal?: QueryMessage;
}
