// The editors' data of a manifest, written by the maintained generators: VS Code's custom data
// (custom-element-vs-code-integration) and JetBrains' web-types
// (custom-element-jet-brains-integration). Used per component package (element-data.mjs) and for
// the merged manifest of @civic-elements/all.
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

/** Writes vscode.html-custom-data.json, vscode.css-custom-data.json and web-types.json to `outdir`. */
export function writeEditorData(manifest, { outdir }) {
  const readme = (_name, tag) => ({
    name: 'README',
    url: `https://github.com/civic-elements/civic-elements/tree/main/packages/${tag.replace(/^civic-/, '')}#readme`,
  });
  generateVsCodeCustomElementData(manifest, {
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    descriptionSrc: 'description',
    hideMethodDocs: true,
    referencesTemplate: (name, tag) => [readme(name, tag)],
    hideLogs: true,
  });
  generateJetBrainsWebTypes(manifest, {
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
