/** English number for names made from table names: `courses` → `course`, `category` → `categories`. */

const IRREGULAR: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman', data: 'datum' };

/** The singular of an English noun, good enough for table names (`categories` → `category`). */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower]!;
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(lower)) return word.slice(0, -2);
  if (/[^su]s$/.test(lower)) return word.slice(0, -1);
  return word;
}

/** The plural of an English noun (`category` → `categories`); already-plural words stay as they are. */
export function plural(word: string): string {
  if (singular(word) !== word) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
