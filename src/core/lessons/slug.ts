/** Derives lesson ids from file names: `Многие ко многим.md` → `mnogie-ko-mnogim`. */

// Russian transliteration (simplified ISO 9 / passport style), so Cyrillic note names still give readable ids.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  і: 'i',
  ї: 'i',
  є: 'ie',
  ґ: 'g',
};

/** Turns any text into `[a-z0-9-]+` (possibly empty when nothing usable is left). */
export function slugify(text: string): string {
  const lower = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? ch;
  return out.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The lesson id a file name implies: its base name without the `.md` extension, slugified. */
export function idFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return slugify(base.replace(/\.(md|markdown)$/i, ''));
}
