/** Turns one fenced block or `:::` container into a lesson `Block`, with warnings for what the format does not allow. */
import { type Message, msg } from '../messages/message.js';
import { parseInfoString, parseRulesValue, parseTrapsValue, RULE_NAMES, TRAP_KINDS } from './info-string.js';
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
  const warnings: LessonWarning[] = parsed.problems.map((problem) => ({ line, message: msg('lesson.bad-info-string', { problem }) }));
  const warn = (message: Message) => warnings.push({ line, message });
  const words = parsed.words.map((w) => w.toLowerCase());
  const language = words[0] ?? '';
  const allowOnly = (allowed: string[], block: string) => {
    const seen = new Set<string>();
    for (const { key } of parsed.attributes) {
      if (seen.has(key)) warn(msg('lesson.duplicate-attribute', { key, block }));
      seen.add(key);
      if (!allowed.includes(key)) warn(msg('lesson.unknown-attribute', { key, block, allowed }));
    }
  };
  const attr = (key: string) => parsed.attributes.find((a) => a.key === key)?.value;

  if (language === 'python' || language === 'py') {
    if (words.length > 1) warn(msg('lesson.python-extra-word', { word: parsed.words[1]! }));
    allowOnly([], 'python');
    return { block: { kind: 'python', language: 'python', code, line, declaresModels: declaresModels(code) }, warnings };
  }
  if (language !== 'sql') {
    // Other languages are shown as plain code; their info strings are the author's business.
    return { block: { kind: 'code', language, code, line }, warnings };
  }
  const role = words[1];
  for (const word of parsed.words.slice(2)) warn(msg('lesson.sql-extra-word', { word, info: info.trim() }));
  if (role === undefined) {
    allowOnly([], 'sql');
    return { block: { kind: 'sql', language: 'sql', code, line }, warnings };
  }
  if (role === 'static') {
    allowOnly([], 'sql static');
    return { block: { kind: 'sql-static', language: 'sql', code, line }, warnings };
  }
  if (!ROLES.includes(role)) {
    warn(msg('lesson.unknown-sql-role', { role: parsed.words[1]! }));
    return { block: { kind: 'sql-static', language: 'sql', code, line }, warnings };
  }
  if (role === 'exercise') return exerciseBlock(code, line, attr, allowOnly, warn, warnings);
  allowOnly(['for'], `sql ${role}`);
  const target = attr('for');
  if (target === undefined) {
    warn(msg('lesson.part-without-target', { role: role as Exclude<Role, 'exercise'> }));
    return { block: null, warnings };
  }
  return { block: { kind: role as Exclude<Role, 'exercise'>, exerciseId: target, code, line }, warnings };
}

function exerciseBlock(
  code: string,
  line: number,
  attr: (key: string) => string | undefined,
  allowOnly: (allowed: string[], block: string) => void,
  warn: (message: Message) => void,
  warnings: LessonWarning[],
): Classified {
  allowOnly(['id', 'order', 'columns', 'title', 'traps', 'rules'], 'sql exercise');
  const id = attr('id');
  if (id === undefined || !EXERCISE_ID.test(id)) {
    warn(id === undefined ? msg('lesson.exercise-without-id') : msg('lesson.invalid-exercise-id', { id }));
    return { block: { kind: 'sql', language: 'sql', code, line }, warnings };
  }
  const block: ExerciseBlock = { kind: 'exercise', id, starter: code, line };
  const order = attr('order');
  if (order !== undefined) {
    if (order === 'any' || order === 'exact') block.order = order satisfies RowOrder;
    else warn(msg('lesson.bad-order', { value: order }));
  }
  const columns = attr('columns');
  if (columns !== undefined) {
    if (columns === 'ignore' || columns === 'names') block.columns = columns satisfies ColumnRule;
    else warn(msg('lesson.bad-columns', { value: columns }));
  }
  const title = attr('title');
  if (title !== undefined) block.title = title;
  const traps = attr('traps');
  if (traps !== undefined) {
    const read = parseTrapsValue(traps);
    if ('items' in read) block.traps = read.items;
    else warn(msg('lesson.bad-traps', { value: read.bad, allowed: ['off', ...TRAP_KINDS] }));
  }
  const rules = attr('rules');
  if (rules !== undefined) {
    const read = parseRulesValue(rules);
    if ('items' in read) block.rules = read.items;
    else warn(msg('lesson.bad-rules', { value: read.bad, allowed: [...RULE_NAMES] }));
  }
  return { block, warnings };
}

/** Classifies a `:::` container: `hint for=ID`, `tip`, `warning`, `note`; anything else gives `block: null`. */
export function classifyContainer(info: string, markdown: string, line: number): Classified {
  const parsed = parseInfoString(info);
  const warnings: LessonWarning[] = parsed.problems.map((problem) => ({ line, message: msg('lesson.bad-container-line', { problem }) }));
  const name = (parsed.words[0] ?? '').toLowerCase();
  const extras = [...parsed.words.slice(1), ...parsed.attributes.filter((a) => name !== 'hint' || a.key !== 'for').map((a) => `${a.key}=`)];
  if (name === 'hint') {
    for (const extra of extras) warnings.push({ line, message: msg('lesson.hint-extra', { extra }) });
    const target = parsed.attributes.find((a) => a.key === 'for')?.value;
    if (target === undefined) {
      warnings.push({ line, message: msg('lesson.hint-without-target') });
      return { block: null, warnings };
    }
    return { block: { kind: 'hint', exerciseId: target, markdown, line }, warnings };
  }
  if (name === 'tip' || name === 'warning' || name === 'note') {
    const tone: AsideTone = name;
    for (const extra of extras) warnings.push({ line, message: msg('lesson.aside-extra', { extra, tone }) });
    return { block: { kind: 'aside', tone, markdown, line }, warnings };
  }
  warnings.push({ line, message: name === '' ? msg('lesson.container-without-name') : msg('lesson.unknown-container', { name }) });
  return { block: null, warnings };
}
