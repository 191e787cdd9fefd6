// No Lit here: the controllers that use toText run on pages that load no Lit.
/**
 * A property value as text to show: a string as it is, a finite number or a boolean as written,
 * anything else (null, NaN, objects, arrays, symbols, functions) as ''. Never throws, so an odd
 * value set from script shows nothing rather than "undefined", "NaN" or "[object Object]".
 */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    return String(value);
  return '';
}
