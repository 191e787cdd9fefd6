// Prepares the packages' custom-elements.json files for Storybook and the helpers.

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  default?: string;
}

interface Declaration {
  kind?: string;
  name?: string;
  default?: string;
  members?: Member[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { declarations?: Declaration[] }[];
}

const isPublic = (member: Member) =>
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !member.static &&
  !member.name.startsWith('#');

/**
 * Merges the manifests into one, keeps the public API only (designers never see private or static
 * members), and replaces a default that names a module constant (`DEFAULT_STORAGE_KEY`) with the
 * constant's value, so a control shows the value the element really uses.
 */
export function prepareManifest(manifests: Manifest[]): Manifest {
  const constants = new Map<string, string>();
  for (const manifest of manifests) {
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.kind === 'variable' && declaration.name && declaration.default !== undefined) {
          constants.set(declaration.name, declaration.default);
        }
      }
    }
  }
  return {
    schemaVersion: '1.0.0',
    modules: manifests.flatMap((manifest) =>
      manifest.modules.map((module) => ({
        ...module,
        declarations: module.declarations?.map((declaration) => ({
          ...declaration,
          members: declaration.members?.filter(isPublic).map((member) => {
            const resolved = member.default !== undefined ? constants.get(member.default) : undefined;
            return resolved !== undefined && /^(['"]).*\1$/.test(resolved)
              ? { ...member, default: resolved }
              : member;
          }),
        })),
      })),
    ),
  };
}
