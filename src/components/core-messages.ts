import {
  AccessDeniedError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '../core/errors.js';
import { t } from './i18n.js';
import { fieldLabel } from './labels.js';

/**
 * Messages core writes with a value inside (import problems, validation rules with a limit):
 * the English pattern, the template t() translates, and the names of the captured values.
 * Core stays English for the CLI and logs; the UI translates at display time.
 */
const PATTERN_TEMPLATES: [RegExp, string, string[]][] = [
  [/^Unknown field "(.*)"$/, 'Unknown field "{key}"', ['key']],
  [/^The file could not be read: (.*)$/s, 'The file could not be read: {reason}', ['reason']],
  [/^Not JSON: (.*)$/s, 'Not JSON: {reason}', ['reason']],
  [
    /^(.*): not valid base64, kept as written$/,
    '{name}: not valid base64, kept as written',
    ['name'],
  ],
  [
    /^The header has (\d+) columns \(at most (\d+)\): not a contact list$/,
    'The header has {count} columns (at most {max}): not a contact list',
    ['count', 'max'],
  ],
  [
    /^"(.*)" is not a valid e-mail address: kept as an extra property$/s,
    '"{value}" is not a valid e-mail address: kept as an extra property',
    ['value'],
  ],
  [
    /^(\S+) "(.*)" is not a date: kept as an extra property$/s,
    '{field} "{value}" is not a date: kept as an extra property',
    ['field', 'value'],
  ],
  [
    /^(\d+) characters the font lacks were replaced$/,
    '{count, plural, one {# character} other {# characters}} the font lacks were replaced',
    ['count'],
  ],
  [
    /^(.*?): the category "(.*)" reads back as several \(Outlook splits on ";"\)$/s,
    '{who}: the category "{tag}" reads back as several (Outlook splits on ";")',
    ['who', 'tag'],
  ],
  [/^A tag has at most (\d+) characters$/, 'A tag has at most {max} characters', ['max']],
  [/^You already have a tag named "(.*)"$/, 'You already have a tag named "{name}"', ['name']],
  [/^Keep at most (\d+) recent searches$/, 'Keep at most {max} recent searches', ['max']],
  [
    /^Type the book's name, "(.*)", to empty it$/,
    'Type the book\'s name, "{name}", to empty it',
    ['name'],
  ],
  [
    /^A comment has at most ([\d,]+) characters \(this one has ([\d,]+)\)$/,
    'A comment has at most {max} characters (this one has {count})',
    ['max', 'count'],
  ],
  [
    /^"(.*)" is (.+); files up to (.+) can be attached$/s,
    '"{name}" is {size}; files up to {limit} can be attached.',
    ['name', 'size', 'limit'],
  ],
  [/^Unknown right "(.*)"$/, 'Unknown right "{right}"', ['right']],
  [/^Unknown user "(.*)"$/, 'Unknown user "{user}"', ['user']],
  [/^"(.*)" is not a member of the group$/, '"{user}" is not a member of the group', ['user']],
  [/^"(.*)" is not a group's book$/, '"{book}" is not a group\'s book', ['book']],
  [
    /^Choose a colour from the palette \((.*)\)$/,
    'Choose a colour from the palette ({colours})',
    ['colours'],
  ],
  [/^You have no tag named "(.*)"$/s, 'You have no tag named "{name}"', ['name']],
];

/** Captured values that are numbers (formatted for the locale, choosing plural forms). */
const NUMBERS = new Set(['count', 'max']);

/** What a CSV export could not write (the middle of its warning), by pattern or exactly. */
const UNWRITTEN_TEMPLATES: [RegExp, string, string[]][] = [
  [/^the formatted name "(.*)"$/s, 'the formatted name "{value}"', ['value']],
  [/^e-mail (.*)$/s, 'e-mail {value}', ['value']],
  [/^phone (.*)$/s, 'phone {value}', ['value']],
  [/^web site (.*)$/s, 'web site {value}', ['value']],
  [/^relation (.*)$/s, 'relation {value}', ['value']],
  [
    /^(\d+) other properties$/,
    '{count, plural, one {# other property} other {# other properties}}',
    ['count'],
  ],
];

/** What a CSV export could not write, when it is a fixed phrase. */
const UNWRITTEN_LABELS = [
  'a second home address',
  'a second business address',
  'a second other address',
  'the nickname',
  'the role',
  'the photo',
  'instant messaging',
];

/** The first pattern that matches `message`, translated with its captured values. */
function translatePattern(
  message: string,
  patterns: [RegExp, string, string[]][],
): string | undefined {
  for (const [pattern, template, names] of patterns) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = names.map((name, index) => {
      const value = match[index + 1];
      // Core writes numbers in English ("10,000"): read back, they show as the locale writes them.
      return [name, NUMBERS.has(name) ? Number(value.replace(/,/g, '')) : value];
    });
    return t(template, Object.fromEntries(values));
  }
  return undefined;
}

/** A CSV export warning: "Jane Doe: e-mail x not written (no column in the google layout)". */
function translateUnwritten(who: string, what: string, layout: string): string {
  return t('{who}: {what} not written (no column in the {layout} layout)', {
    who,
    what: UNWRITTEN_LABELS.includes(what)
      ? t(what)
      : (translatePattern(what, UNWRITTEN_TEMPLATES) ?? what),
    layout: layout === 'outlook' ? 'Outlook' : 'Google',
  });
}

/** One "path: message" issue of a list: the field as the user calls it, its message translated. */
function translateIssue(issue: string): string {
  const [, path, message] = /^([\w.]+): (.*)$/s.exec(issue) ?? [];
  if (!path) return translateMessage(issue);
  const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return `${fieldLabel(parts)}: ${translateMessage(message)}`;
}

/** An English message from core (validation issue, import problem, link reason) in the active language. */
export function translateMessage(message: string): string {
  const notImported = /^Not imported: (.*)$/s.exec(message);
  if (notImported) {
    const reasons = notImported[1].split('; ').map(translateIssue).join('; ');
    return t('Not imported: {reasons}', { reasons });
  }
  const unwritten = /^(.*?): (.*) not written \(no column in the (\w+) layout\)$/s.exec(message);
  if (unwritten) return translateUnwritten(unwritten[1], unwritten[2], unwritten[3]);
  return translatePattern(message, PATTERN_TEMPLATES) ?? t(message);
}

/**
 * Why a change of the book failed, in the active language: the field issues of a refusal, else
 * what kind of failure (core's own text names ids and is for logs); other errors as they are.
 */
export function translateError(error: unknown): string {
  if (error instanceof ValidationError) {
    return error.issues.map((issue) => translateMessage(issue.message)).join(' ');
  }
  if (!(error instanceof Error)) return String(error);
  const known = translatePattern(error.message, PATTERN_TEMPLATES);
  if (known !== undefined) return known;
  if (error instanceof AccessDeniedError) {
    return t('You may not do this: your rights may have changed.');
  }
  if (error instanceof NotFoundError) {
    return t('This is no longer here: someone may have deleted it.');
  }
  if (error instanceof ConflictError) {
    return t('Someone else changed this at the same time. Try again.');
  }
  return error.message;
}
