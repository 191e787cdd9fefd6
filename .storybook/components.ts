// The components, found as tooling/components.mjs finds them (every package.json with a "civic"
// block), for the Introduction's table: a new component joins it with no edit here.
interface PackageJson {
  name: string;
  description?: string;
  civic?: { tag: string };
}

const packages = import.meta.glob<PackageJson>('../packages/*/package.json', {
  eager: true,
  import: 'default',
});

export interface DocsComponent {
  /** The package folder. */
  name: string;
  packageName: string;
  tag: string;
  /** The package's description without its leading "<tag>: ". */
  summary: string;
}

export const components: DocsComponent[] = Object.entries(packages)
  .filter(([, pkg]) => pkg.civic)
  .map(([path, pkg]) => ({
    name: path.split('/')[2],
    packageName: pkg.name,
    tag: pkg.civic!.tag,
    summary: (pkg.description ?? '').replace(/^<[^>]+>:\s*/, ''),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));
