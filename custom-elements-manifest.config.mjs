// `cem analyze` (part of `npm run build`) → custom-elements.json, named in package.json.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * Our tags are registered from one map (src/components/elements.ts), not by
 * `customElements.define('tag', Class)` calls the analyzer could see: read the map, give each
 * class its tag name, and list the definitions.
 */
function tagsFromRegistry() {
  const registry = 'src/components/elements.ts';
  const source = readFileSync(registry, 'utf8');
  // `'contact-list': ContactList,` or `'contact-editor': () => import(…).then((m) => m.ContactEditor),`
  const tags = new Map(
    [...source.matchAll(/'([a-z]+(?:-[a-z]+)+)':[^,]*?\b([A-Z]\w+)\)?,/g)].map(([, tag, name]) => [
      name,
      tag,
    ]),
  );
  return {
    name: 'contact-book-tags',
    packageLinkPhase({ customElementsManifest }) {
      const definitions = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tag = declaration.customElement && tags.get(declaration.name);
          if (!tag) continue;
          declaration.tagName = tag;
          definitions.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: declaration.name, module: module.path },
          });
        }
      }
      const registryModule = customElementsManifest.modules.find((m) => m.path === registry);
      registryModule?.exports?.push(...definitions);
    },
  };
}

/** Every event's detail type, from the one map that types them (src/components/events.ts). */
function eventTypesFromMap() {
  const path = 'src/components/events.ts';
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const details = new Map();
  file.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'ContactEventMap') return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type) {
        // One line, without the members' comments: the manifest shows it as a type.
        const text = member.type.getText(file).replace(/\/\*[\s\S]*?\*\//g, '');
        details.set(member.name.getText(file).replace(/'/g, ''), text.replace(/\s+/g, ' '));
      }
    }
  });
  return {
    name: 'contact-book-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = details.get(event.name);
            if (detail && !event.type) event.type = { text: `CustomEvent<${detail}>` };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*worker*.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [tagsFromRegistry(), eventTypesFromMap()],
};
