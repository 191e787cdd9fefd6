// Vue, Angular and React 19 set a *property* when an attribute's name (camelCased) exists on the
// element. So no attribute of ours may be named like a member of LitElement or HTMLElement
// (`updated`, `hidden`, `title`, `lang`…): the framework would overwrite Lit's method or the
// platform's property. Every attribute comes from the merged manifest, so a new one is checked.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';

interface Attribute {
  name: string;
  fieldName?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: { name: string; kind: string; privacy?: string; static?: boolean }[];
}

const manifest = (await (await fetch(new URL('../dist/custom-elements.json', import.meta.url))).json()) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const taken = (name: string) => name in HTMLElement.prototype || name in LitElement.prototype;

describe('attribute and property names', () => {
  it('finds the five elements and their attributes in the manifest', () => {
    expect(elements.length).to.be.at.least(5);
    expect(elements.flatMap((element) => element.attributes ?? []).length).to.be.above(20);
  });

  for (const element of elements) {
    it(`<${element.tagName}>: no attribute or public property is named like a LitElement or HTMLElement member`, () => {
      const clashes = [
        ...(element.attributes ?? []).flatMap((attribute) =>
          [camel(attribute.name), attribute.fieldName ?? '']
            .filter((name) => name && taken(name))
            .map((name) => `attribute ${attribute.name} (${name})`),
        ),
        ...(element.members ?? [])
          .filter(
            (member) =>
              member.kind === 'field' && !member.static && !member.privacy && !member.name.startsWith('#'),
          )
          .filter((member) => taken(member.name))
          .map((member) => `property ${member.name}`),
      ];
      expect(clashes).to.deep.equal([]);
    });
  }
});
