/**
 * Junction rules for schema answers (`rules=` on an exercise): each is checked on the catalogue of
 * the learner's copy — pragma_table_info, pragma_foreign_key_list, pragma_index_list through
 * `introspectSchema` — against the junction the reference solution built. `no-self-pair` is a CHECK,
 * which no pragma lists, so it is tested by trying to store a self-pair on a scratch copy.
 */
import type { Engine, SqlValue } from '../engine.js';
import type { JunctionRule } from '../lessons/types.js';
import { type Message, msg } from '../messages/message.js';
import { junctionShape } from '../relations/junction.js';
import { findTable, isKey, isNeverNull } from '../schema/keys.js';
import type { ForeignKey, Schema, Table } from '../schema/types.js';
import { quoteIdentifier } from '../sql/identifiers.js';
import { sqlLiteral } from '../sql/literal.js';
import { readAllRows, RowMaker, seededRandom } from './trap-rows.js';

/** A broken rule: the verdict and the hint that says how to fix it. */
export interface RuleFailure {
  rule: JunctionRule;
  message: Message;
  advice: Message;
}

/** Where `no-self-pair` tries its insert. */
const PROBE = 'check:rules';

/**
 * The first of `rules` that the learner's tables break, or null. The junctions judged are those the
 * reference solution created or changed; a junction the learner did not create is left to the checks.
 */
export async function brokenJunctionRule(
  engine: Engine,
  rules: readonly JunctionRule[],
  learnerBytes: Uint8Array,
  learner: Schema,
  reference: Schema,
  base: Schema,
): Promise<RuleFailure | null> {
  for (const junction of reference.tables) {
    const shape = junctionShape(junction);
    if (shape?.kind !== 'many-to-many') continue;
    if (findTable(base, junction.name)?.sql === junction.sql) continue;
    const mine = findTable(learner, junction.name);
    if (!mine) continue;
    for (const rule of rules) {
      const failure = await checkRule(engine, rule, mine, shape.foreignKeys, learnerBytes, learner);
      if (failure) return { rule, ...failure };
    }
  }
  return null;
}

type Verdict = { message: Message; advice: Message } | null;

async function checkRule(
  engine: Engine,
  rule: JunctionRule,
  table: Table,
  wanted: [ForeignKey, ForeignKey],
  bytes: Uint8Array,
  schema: Schema,
): Promise<Verdict> {
  const name = table.name;
  const columns = wanted.map((fk) => fk.columns[0]!);
  const fkOn = (column: string) =>
    table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0]!.toLowerCase() === column.toLowerCase());
  switch (rule.kind) {
    case 'pair-unique':
      if (isKey(table, columns)) return null;
      return { message: msg('rule.pair-unique', { table: name, columns }), advice: msg('rule.pair-unique-hint', { table: name, columns }) };
    case 'fks-not-null': {
      const column = columns.find((c) => !isNeverNull(table, c));
      if (column === undefined) return null;
      return { message: msg('rule.fks-not-null', { table: name, column }), advice: msg('rule.fks-not-null-hint', { column }) };
    }
    case 'fk-targets':
      for (const fk of wanted) {
        const column = fk.columns[0]!;
        const target = `${fk.table}(${fk.toColumns.join(', ')})`;
        const actual = fkOn(column);
        const same =
          actual &&
          actual.table.toLowerCase() === fk.table.toLowerCase() &&
          actual.toColumns.map((c) => c.toLowerCase()).join() === fk.toColumns.map((c) => c.toLowerCase()).join();
        if (same) continue;
        const found = actual ? `${actual.table}(${actual.toColumns.join(', ')})` : null;
        return {
          message: msg('rule.fk-targets', { table: name, column, target, actual: found }),
          advice: msg('rule.fk-targets-hint', { column, target }),
        };
      }
      return null;
    case 'on-delete':
      for (const column of columns) {
        const actual = fkOn(column);
        if (!actual || actual.onDelete === rule.action) continue;
        return {
          message: msg('rule.on-delete', { table: name, column, target: actual.table, expected: rule.action, actual: actual.onDelete }),
          advice: msg('rule.on-delete-hint', { column, target: `${actual.table}(${actual.toColumns.join(', ')})`, expected: rule.action }),
        };
      }
      return null;
    case 'no-self-pair':
      if (wanted[0].table.toLowerCase() !== wanted[1].table.toLowerCase()) return null;
      if (!(await storesSelfPair(engine, table, wanted, bytes, schema))) return null;
      return { message: msg('rule.no-self-pair', { table: name, columns }), advice: msg('rule.no-self-pair-hint', { columns }) };
    case 'reverse-index': {
      const leading = new Set(table.indexes.map((i) => i.columns[0]?.toLowerCase()));
      const column = columns.find((c) => !leading.has(c.toLowerCase()));
      if (column === undefined) return null;
      return {
        message: msg('rule.reverse-index', { table: name, column }),
        advice: msg('rule.reverse-index-hint', { table: name, column }),
      };
    }
    default:
      throw new Error(`Unknown junction rule ${JSON.stringify(rule satisfies never)}.`);
  }
}

/**
 * True when the learner's junction accepts a row pairing a row with itself. A parent row is made
 * when the target table is empty; a refusal for any reason but a CHECK or trigger (a NOT NULL column
 * the probe could not fill) counts as "cannot tell", so it never fails the rule.
 */
async function storesSelfPair(
  engine: Engine,
  table: Table,
  wanted: [ForeignKey, ForeignKey],
  bytes: Uint8Array,
  schema: Schema,
): Promise<boolean> {
  try {
    await engine.open(PROBE, bytes);
    const data = await readAllRows(engine, PROBE, schema);
    const maker = new RowMaker(data, seededRandom(table.name));
    const target = wanted[0].table;
    const keyColumn = wanted[0].toColumns[0] ?? 'id';
    let key: SqlValue | undefined = maker.values(target, keyColumn)[0];
    if (key === undefined) {
      const parent = maker.insert(target);
      if (!parent) return false;
      const made = await engine.run(PROBE, parent.sql);
      if (!made.ok) return false;
      key = maker.values(target, keyColumn)[0];
    }
    if (key === undefined) return false;
    const set = Object.fromEntries(wanted.map((fk) => [fk.columns[0]!, key]));
    const probe = maker.insert(table.name, set);
    if (!probe) return false;
    const run = await engine.run(PROBE, probe.sql);
    if (run.ok) return true;
    if (run.error.kind !== 'sql') return false;
    // Only a UNIQUE refusal says the self-pair is already stored; NOT NULL or FK refusals say nothing.
    return /^UNIQUE constraint failed/.test(run.error.message) && !(await selfPairAbsent(engine, table, wanted, key));
  } finally {
    await engine.close(PROBE);
  }
}

async function selfPairAbsent(engine: Engine, table: Table, wanted: [ForeignKey, ForeignKey], key: SqlValue): Promise<boolean> {
  const [a, b] = wanted.map((fk) => quoteIdentifier(fk.columns[0]!));
  const run = await engine.run(
    PROBE,
    `SELECT count(*) FROM ${quoteIdentifier(table.name)} WHERE ${a} = ${sqlLiteral(key)} AND ${b} = ${a};`,
    {
      read: true,
    },
  );
  return !run.ok || run.results[0]?.rows[0]?.[0] === 0;
}
