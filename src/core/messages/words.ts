/** Word forms several catalogue sections share. */
import type { PluralForms } from './section.js';

/** «строка» (a row) in Russian: 1 строка, 2 строки, 5 строк. */
export const ROWS: PluralForms = { one: 'строка', few: 'строки', many: 'строк', other: 'строки' };

/** "row" in English. */
export const EN_ROWS: PluralForms = { one: 'row', other: 'rows' };
