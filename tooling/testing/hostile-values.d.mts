import type { Arbitrary } from 'fast-check';

export const BROKEN_TEXT: RegExp;
export const RUNS: { seed: number; numRuns: number };
export const attributeValue: Arbitrary<string>;
export const propertyValue: Arbitrary<unknown>;
export function problemsIn(html: string, options: { allowedTags: string[] }): string[];
