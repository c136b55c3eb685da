import { t } from './i18n.js';

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
  [/^A tag has at most (\d+) characters$/, 'A tag has at most {max} characters', ['max']],
  [/^Keep at most (\d+) recent searches$/, 'Keep at most {max} recent searches', ['max']],
  [
    /^Type the book's name, "(.*)", to empty it$/,
    'Type the book\'s name, "{name}", to empty it',
    ['name'],
  ],
];

/** One "path: message" issue of a list, its message translated. */
function translateIssue(issue: string): string {
  const [, path, message] = /^([\w.]+): (.*)$/s.exec(issue) ?? [];
  return path ? `${path}: ${translateMessage(message)}` : translateMessage(issue);
}

/** An English message from core (validation issue, import problem, link reason) in the active language. */
export function translateMessage(message: string): string {
  const notImported = /^Not imported: (.*)$/s.exec(message);
  if (notImported) {
    const reasons = notImported[1].split('; ').map(translateIssue).join('; ');
    return t('Not imported: {reasons}', { reasons });
  }
  for (const [pattern, template, names] of PATTERN_TEMPLATES) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(
      names.map((name, index) => {
        const value = match[index + 1];
        return [name, /^\d+$/.test(value) ? Number(value) : value];
      }),
    );
    return t(template, values);
  }
  return t(message);
}
