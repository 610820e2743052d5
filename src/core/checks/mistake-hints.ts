/**
 * Hints by kind of mistake: the learner's query and the solution are read into shapes (query-shape.ts)
 * and compared for the mistakes novices cannot fix alone — the junction left out, a join condition
 * pairing the wrong columns, count(*) over an outer join, a grouping column missing or extra, an
 * ORDER BY column missing. Only asked once an answer is already rejected.
 */
import { type Message, msg } from '../messages/message.js';
import { inferRelationships } from '../relations/infer.js';
import { findTable } from '../schema/keys.js';
import type { Schema } from '../schema/types.js';
import { type ColumnRef, type QueryShape, queryShape, refText } from './query-shape.js';

const key = (ref: ColumnRef) => refText(ref).toLowerCase();
const pairKey = ([a, b]: [ColumnRef, ColumnRef]) => [key(a), key(b)].sort().join(' = ');

/**
 * The likely kind of mistake in `answer` (its last statement) next to `solution`, as a hint message,
 * or null when the two look alike in every way compared. `ordered` says whether row order is graded.
 */
export function mistakeHint(answer: string, solution: string, schema: Schema, ordered: boolean): Message | null {
  const learner = queryShape(answer, schema);
  const reference = queryShape(solution, schema);
  return (
    missingJunction(learner, reference, schema) ??
    wrongJoinColumns(learner, reference, schema) ??
    countStarOverOuterJoin(learner, reference) ??
    groupingDifference(learner, reference, schema) ??
    (ordered ? missingOrderColumn(learner, reference) : null)
  );
}

function missingJunction(learner: QueryShape, reference: QueryShape, schema: Schema): Message | null {
  for (const relationship of inferRelationships(schema).relationships) {
    if (relationship.kind !== 'many-to-many') continue;
    const { junction, between } = relationship;
    if (reference.tables.includes(junction) && !learner.tables.includes(junction)) {
      return msg('mistake.missing-junction', { junction, between: [...between] });
    }
  }
  return null;
}

/** A learner condition `fk = column` where the FK references another column, and the solution has no such pair. */
function wrongJoinColumns(learner: QueryShape, reference: QueryShape, schema: Schema): Message | null {
  const theirs = new Set(reference.equalities.map(pairKey));
  for (const [a, b] of learner.equalities) {
    if (theirs.has(pairKey([a, b]))) continue;
    for (const [column, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const target = referenceOf(schema, column);
      if (!target || other.table === null || key(target) === key(other)) continue;
      // `e.student_id = e2.student_id` (a self-join on the same FK) pairs like with like: not this mistake.
      if (referenceOf(schema, other) && key(referenceOf(schema, other)!) === key(target)) continue;
      return msg('mistake.wrong-join-columns', { column: refText(column), references: refText(target), pairedWith: refText(other) });
    }
  }
  return null;
}

/** The column a single-column foreign key on `ref` points at. */
function referenceOf(schema: Schema, ref: ColumnRef): ColumnRef | null {
  if (ref.table === null) return null;
  const table = findTable(schema, ref.table);
  const fk = table?.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0]!.toLowerCase() === ref.column.toLowerCase());
  if (!fk || fk.toColumns.length !== 1) return null;
  return { table: fk.table, column: fk.toColumns[0]! };
}

function countStarOverOuterJoin(learner: QueryShape, reference: QueryShape): Message | null {
  if (!learner.countStar || !learner.outerJoin || reference.countStar || reference.counted.length === 0) return null;
  return msg('mistake.count-star-outer-join', { column: refText(reference.counted[0]!) });
}

/** A grouping column the solution has and the learner lacks (or the reverse), unless a key of its table makes it moot. */
function groupingDifference(learner: QueryShape, reference: QueryShape, schema: Schema): Message | null {
  if (reference.groupBy.length === 0 || learner.groupBy.length === 0) return null;
  const mine = new Set(learner.groupBy.map(key));
  const theirs = new Set(reference.groupBy.map(key));
  const keyed = (groups: Set<string>, table: string | null) => {
    const primaryKey = table === null ? [] : (findTable(schema, table)?.primaryKey ?? []);
    return primaryKey.length > 0 && primaryKey.every((c) => groups.has(`${table}.${c}`.toLowerCase()));
  };
  const missing = reference.groupBy.find((g) => !mine.has(key(g)) && !keyed(mine, g.table));
  if (missing) return msg('mistake.group-missing', { column: refText(missing) });
  const extra = learner.groupBy.find((g) => !theirs.has(key(g)) && !keyed(theirs, g.table));
  if (extra) return msg('mistake.group-extra', { column: refText(extra) });
  return null;
}

function missingOrderColumn(learner: QueryShape, reference: QueryShape): Message | null {
  const mine = new Set(learner.orderBy.map(key));
  const missing = reference.orderBy.find((o) => !mine.has(key(o)));
  return missing ? msg('mistake.order-missing', { column: refText(missing) }) : null;
}
