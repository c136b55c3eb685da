// Finds every English message the UI shows, and every visible text that bypasses t(), by reading
// src/ with the TypeScript compiler (a regex cannot tell a t() argument from a nested template).
// Run directly (`node --import tsx test/node/message-scan.ts fr`) it prints the messages a
// catalog lacks, ready to paste into src/components/locales/<locale>.ts and translate.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** An English message and where it is written. */
export type FoundMessage = { text: string; where: string };

/** Where a visible text does not go through t(). */
export type Bypass = { text: string; where: string };

const ROOTS = ['src/components', 'src/core'];
/** Tables of English texts that t() translates later (field labels, parser templates, …). */
const TABLE_NAME = /(?:LABELS|TEMPLATES|FORMATS|FIELDS|^labels)$/;
/** Object properties whose string value the UI shows through t(). */
const MESSAGE_PROPERTIES = new Set(['label', 'error', 'message', 'reason']);
/** Attributes a user sees or hears: a literal value bypasses t(). */
const VISIBLE_ATTRIBUTE = /\s(aria-label|title|placeholder|alt|label)="([^"$]*[A-Za-z][^"$]*)"/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function literalText(node: ts.Node): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
    ? node.text
    : undefined;
}

/** The literal texts an expression can be: `'a'`, or `x ? 'a' : 'b'`. */
function literalBranches(node: ts.Expression): string[] {
  if (ts.isParenthesizedExpression(node)) return literalBranches(node.expression);
  if (ts.isConditionalExpression(node)) {
    return [...literalBranches(node.whenTrue), ...literalBranches(node.whenFalse)];
  }
  const text = literalText(node);
  return text === undefined ? [] : [text];
}

/** Looks like words a person reads, not an id ('vcard4', 'given-name'). */
function isProse(text: string): boolean {
  return /[A-Za-z]/.test(text) && !/^[a-z][a-zA-Z0-9:._/-]*$/.test(text);
}

function scanFile(path: string, messages: FoundMessage[], bypasses: Bypass[]): void {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const where = (node: ts.Node) =>
    `${relative('.', path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const add = (text: string, node: ts.Node) => messages.push({ text, where: where(node) });
  const isCore = path.includes(join('src', 'core'));

  const visit = (node: ts.Node, inTable: boolean): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const [first] = node.arguments;
      // t('…') in the UI; fileProblem('…') and the like in core, shown through translateMessage().
      if ((node.expression.text === 't' || /Problem$/.test(node.expression.text)) && first) {
        for (const text of literalBranches(first)) add(text, first);
      }
      // t(`Hello ${name}`) has no fixed key to translate: values go in t()'s second argument.
      if (node.expression.text === 't' && first && ts.isTemplateExpression(first)) {
        bypasses.push({ text: `t() of a computed text: ${first.getText()}`, where: where(first) });
      }
      if (['alert', 'confirm', 'prompt'].includes(node.expression.text) && first) {
        for (const text of literalBranches(first)) bypasses.push({ text, where: where(first) });
      }
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      const text = literalText(node.initializer);
      if (MESSAGE_PROPERTIES.has(node.name.text) && text !== undefined && isProse(text)) {
        add(text, node.initializer);
      }
    }
    if (inTable && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
      const text = literalText(node);
      if (text !== undefined && isProse(text)) add(text, node);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const name = node.name.text;
      const text = literalText(node.initializer);
      // core's exported reasons (`FAX_NOT_INTERNATIONAL = 'Enter it in …'`) are shown as they are.
      if (isCore && text !== undefined && /^[A-Z_]+$/.test(name) && /^[A-Z]\w* \w/.test(text)) {
        add(text, node.initializer);
      }
      if (TABLE_NAME.test(name)) {
        ts.forEachChild(node.initializer, (child) => visit(child, true));
        return;
      }
    }
    if (ts.isClassDeclaration(node) && extendsLitElement(node) && !isLocalized(node)) {
      bypasses.push({ text: `${node.name?.text} is not @localized()`, where: where(node) });
    }
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'html'
    ) {
      checkTemplate(node.template, where(node), bypasses);
    }
    ts.forEachChild(node, (child) => visit(child, inTable));
  };
  visit(source, false);
}

function extendsLitElement(node: ts.ClassDeclaration): boolean {
  return !!node.heritageClauses?.some((clause) =>
    clause.types.some((type) => type.expression.getText() === 'LitElement'),
  );
}

/** Carries `@localized()`, so it re-renders when the locale changes. */
function isLocalized(node: ts.ClassDeclaration): boolean {
  return (ts.getDecorators(node) ?? []).some(
    (decorator) =>
      ts.isCallExpression(decorator.expression) &&
      decorator.expression.expression.getText() === 'localized',
  );
}

/** Reports words written straight into an html`` template, and literal visible attributes. */
function checkTemplate(template: ts.TemplateLiteral, where: string, bypasses: Bypass[]): void {
  const parts = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template.text]
    : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
  const markup = parts.join('${…}');
  for (const [, , value] of markup.matchAll(VISIBLE_ATTRIBUTE))
    bypasses.push({ text: value, where });
  const text = markup
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&\w+;/g, ' ')
    .replace(/\$\{…\}/g, ' ');
  for (const word of text.match(/[A-Za-z]{2,}[^<>]*/g) ?? [])
    bypasses.push({ text: word.trim(), where });
}

/** Every English message in src/ (t() arguments, label tables, core messages) and every bypass. */
export function scanMessages(): { messages: FoundMessage[]; bypasses: Bypass[] } {
  const messages: FoundMessage[] = [];
  const bypasses: Bypass[] = [];
  for (const root of ROOTS) {
    for (const path of sourceFiles(root)) {
      if (!path.includes(`${join('components', 'locales')}`)) scanFile(path, messages, bypasses);
    }
  }
  return { messages, bypasses };
}

/** The `{name}` placeholders of a message (plural bodies included, `#` left out). */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map(([, name]) => name))].sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const locale = process.argv[2] ?? 'fr';
  const { templates } = (await import(`../../src/components/locales/${locale}.ts`)) as {
    templates: Record<string, string>;
  };
  const { messages, bypasses } = scanMessages();
  const missing = [...new Set(messages.map((found) => found.text))].filter(
    (text) => !(text in templates),
  );
  for (const text of missing) console.log(`  ${JSON.stringify(text)}: ${JSON.stringify(text)},`);
  for (const bypass of bypasses) console.error(`bypasses t(): ${bypass.where} ${bypass.text}`);
}
