// The editors' data of a manifest, written by the maintained generators: VS Code's custom data
// (custom-element-vs-code-integration) and JetBrains' web-types
// (custom-element-jet-brains-integration). Used per component package (element-data.mjs) and for
// the merged manifest of @civic-elements/all.
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

/** The string literals of a type's union, which are the values an attribute allows: `'a' | "b" | null` → `"a" | "b"`. */
function literalValues(type) {
  const values = (type?.text ?? '').match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
  return values.length ? { text: values.join(' | ') } : undefined;
}

/**
 * The manifest as editors should see it: no attribute of read-only state (the column nav's
 * `narrow`, reflected for styling and set by the element), and, with `valuesOnly`, each attribute's
 * type cut to the values it allows, since VS Code offers every member of the type but `string`,
 * `number` and a few others as a value (`number[]`, `Date`).
 */
export function forEditors(manifest, { valuesOnly = false } = {}) {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.attributes) continue;
    const readonly = new Set(
      (declaration.members ?? []).filter((member) => member.readonly).map((member) => member.name),
    );
    declaration.attributes = declaration.attributes
      .filter((attribute) => !readonly.has(attribute.fieldName))
      .map((attribute) => (valuesOnly ? { ...attribute, type: literalValues(attribute.type) } : attribute));
  }
  return copy;
}

/** Writes vscode.html-custom-data.json, vscode.css-custom-data.json and web-types.json to `outdir`. */
export function writeEditorData(manifest, { outdir }) {
  const readme = (_name, tag) => ({
    name: 'README',
    url: `https://github.com/civic-elements/civic-elements/tree/main/packages/${tag.replace(/^civic-/, '')}#readme`,
  });
  generateVsCodeCustomElementData(forEditors(manifest, { valuesOnly: true }), {
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    descriptionSrc: 'description',
    hideMethodDocs: true,
    referencesTemplate: (name, tag) => [readme(name, tag)],
    hideLogs: true,
  });
  generateJetBrainsWebTypes(forEditors(manifest), {
    outdir,
    webTypesFileName: 'web-types.json',
    descriptionSrc: 'description',
    hideMethodDocs: true,
    referencesTemplate: readme,
    // The manifest's module paths already point at the shipped dist/*.js.
    modulePathTemplate: (_name, modulePath) => modulePath,
    packageJson: false,
    hideLogs: true,
  });
}
