/** Python names for generated models: singular PascalCase classes, plural collections, safe identifiers. */
import { singular } from '../naming/english.js';

export { plural, singular } from '../naming/english.js';

const KEYWORDS = new Set(
  `False None True and as assert async await break class continue def del elif else except finally for from global
if import in is lambda nonlocal not or pass raise return try while with yield metadata registry`.split(/\s+/),
);

/** A valid Python identifier for `name`, with a trailing underscore for keywords. */
export function pythonIdent(name: string): string {
  let ident = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (!ident || /^[0-9]/.test(ident)) ident = `_${ident}`;
  return KEYWORDS.has(ident) ? `${ident}_` : ident;
}

/** The class name for a table: last word singular, PascalCase (`post_tags` → `PostTag`). */
export function className(table: string): string {
  const words = table.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean);
  if (words.length === 0) return 'Model';
  words[words.length - 1] = singular(words[words.length - 1]!);
  const pascal = words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  return /^[0-9]/.test(pascal) ? `T${pascal}` : pascal;
}

/** A Python string literal (double quotes, escaped). */
export function pyString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
