/** Turns one fenced block or `:::` container into a lesson `Block`, with warnings for what the format does not allow. */
import { parseInfoString } from './info-string.js';
import type { AsideTone, Block, ColumnRule, ExerciseBlock, LessonWarning, RowOrder } from './types.js';

/** A block (or null when the container is not one of ours) and what was wrong with its info string. */
export interface Classified {
  block: Block | null;
  warnings: LessonWarning[];
}

type Role = 'exercise' | 'solution' | 'check' | 'wrong';
const ROLES: readonly string[] = ['exercise', 'solution', 'check', 'wrong'];
const EXERCISE_ID = /^[a-z0-9][a-z0-9_-]*$/i;

/** True when Python source declares tables SQLAlchemy would create: a `Table(` call or a `__tablename__` class. */
export function declaresModels(code: string): boolean {
  return /\bTable\s*\(/.test(code) || /^\s*__tablename__\s*=/m.test(code);
}

/** Classifies a fence by its info string (`sql exercise id=x order=any`); `line` is the fence's file line. */
export function classifyFence(info: string, code: string, line: number): Classified {
  const parsed = parseInfoString(info);
  const warnings: LessonWarning[] = parsed.problems.map((p) => ({ line, message: `Bad info string: ${p}.` }));
  const warn = (message: string) => warnings.push({ line, message });
  const words = parsed.words.map((w) => w.toLowerCase());
  const language = words[0] ?? '';
  const allowOnly = (allowed: string[], what: string) => {
    const seen = new Set<string>();
    for (const { key } of parsed.attributes) {
      if (seen.has(key)) warn(`The attribute "${key}" is given twice on this ${what} block.`);
      seen.add(key);
      if (!allowed.includes(key))
        warn(`Unknown attribute "${key}" on a ${what} block${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}.`);
    }
  };
  const attr = (key: string) => parsed.attributes.find((a) => a.key === key)?.value;

  if (language === 'python' || language === 'py') {
    if (words.length > 1) warn(`Unknown word "${parsed.words[1]}" after "python" in the info string.`);
    allowOnly([], 'python');
    return { block: { kind: 'python', language: 'python', code, line, declaresModels: declaresModels(code) }, warnings };
  }
  if (language !== 'sql') {
    // Other languages are shown as plain code; their info strings are the author's business.
    return { block: { kind: 'code', language, code, line }, warnings };
  }
  const role = words[1];
  for (const extra of parsed.words.slice(2)) warn(`Unknown word "${extra}" in the info string "${info.trim()}".`);
  if (role === undefined) {
    allowOnly([], 'sql');
    return { block: { kind: 'sql', language: 'sql', code, line }, warnings };
  }
  if (role === 'static') {
    allowOnly([], 'sql static');
    return { block: { kind: 'sql-static', language: 'sql', code, line }, warnings };
  }
  if (!ROLES.includes(role)) {
    warn(
      `Unknown info string "sql ${parsed.words[1]}": expected sql, sql static, sql exercise, sql solution, sql check or sql wrong. Shown as static SQL.`,
    );
    return { block: { kind: 'sql-static', language: 'sql', code, line }, warnings };
  }
  if (role === 'exercise') return exerciseBlock(code, line, attr, allowOnly, warn, warnings);
  allowOnly(['for'], `sql ${role}`);
  const target = attr('for');
  if (target === undefined) {
    warn(`This "sql ${role}" block has no for=ID, so it belongs to no exercise.`);
    return { block: null, warnings };
  }
  return { block: { kind: role as Exclude<Role, 'exercise'>, exerciseId: target, code, line }, warnings };
}

function exerciseBlock(
  code: string,
  line: number,
  attr: (key: string) => string | undefined,
  allowOnly: (allowed: string[], what: string) => void,
  warn: (message: string) => void,
  warnings: LessonWarning[],
): Classified {
  allowOnly(['id', 'order', 'columns', 'title'], 'sql exercise');
  const id = attr('id');
  if (id === undefined || !EXERCISE_ID.test(id)) {
    warn(
      id === undefined
        ? 'This exercise has no id=… attribute; it is shown as a plain example.'
        : `The exercise id "${id}" is invalid: use letters, digits, "-" and "_".`,
    );
    return { block: { kind: 'sql', language: 'sql', code, line }, warnings };
  }
  const block: ExerciseBlock = { kind: 'exercise', id, starter: code, line };
  const order = attr('order');
  if (order !== undefined) {
    if (order === 'any' || order === 'exact') block.order = order satisfies RowOrder;
    else warn(`order=${order} is not allowed: use order=any or order=exact.`);
  }
  const columns = attr('columns');
  if (columns !== undefined) {
    if (columns === 'ignore' || columns === 'names') block.columns = columns satisfies ColumnRule;
    else warn(`columns=${columns} is not allowed: use columns=ignore or columns=names.`);
  }
  const title = attr('title');
  if (title !== undefined) block.title = title;
  return { block, warnings };
}

/** Classifies a `:::` container: `hint for=ID`, `tip`, `warning`, `note`; anything else gives `block: null`. */
export function classifyContainer(info: string, markdown: string, line: number): Classified {
  const parsed = parseInfoString(info);
  const warnings: LessonWarning[] = parsed.problems.map((p) => ({ line, message: `Bad container line: ${p}.` }));
  const name = (parsed.words[0] ?? '').toLowerCase();
  const extras = [
    ...parsed.words.slice(1).map((w) => `"${w}"`),
    ...parsed.attributes.filter((a) => name !== 'hint' || a.key !== 'for').map((a) => `"${a.key}="`),
  ];
  if (name === 'hint') {
    for (const extra of extras) warnings.push({ line, message: `Unknown ${extra} on a hint container (only for=ID).` });
    const target = parsed.attributes.find((a) => a.key === 'for')?.value;
    if (target === undefined) {
      warnings.push({ line, message: 'This hint has no for=ID, so it belongs to no exercise.' });
      return { block: null, warnings };
    }
    return { block: { kind: 'hint', exerciseId: target, markdown, line }, warnings };
  }
  if (name === 'tip' || name === 'warning' || name === 'note') {
    for (const extra of extras) warnings.push({ line, message: `Unknown ${extra} on a ${name} container.` });
    return { block: { kind: 'aside', tone: name satisfies AsideTone, markdown, line }, warnings };
  }
  warnings.push({
    line,
    message:
      name === ''
        ? 'A ":::" container needs a name: hint, tip, warning or note.'
        : `Unknown container "${name}": expected hint, tip, warning or note.`,
  });
  return { block: null, warnings };
}
