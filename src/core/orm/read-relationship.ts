/** Reads `relationship(...)` attributes of mapped classes: the ORM side of the models, not their DDL. */
import type { Annotation } from './column-reader.js';
import type { OrmRelationship } from './metadata.js';
import type { PyExpr } from './python-expr.js';

/** A class or table reference: `"Course"`, `Course`, `StudentCourses.__table__` (→ its table), a Table variable. */
function refName(expr: PyExpr | undefined, classTables: Map<string, string>): string | null {
  if (!expr) return null;
  if (expr.kind === 'string') return expr.value;
  if (expr.kind === 'name') {
    // `Course` or `StudentCourses.__table__` or a Table variable.
    if (expr.path[expr.path.length - 1] === '__table__') return classTables.get(expr.path[0]!) ?? null;
    return expr.path.join('.');
  }
  return null;
}

/** Reads `relationship(...)` (target, `secondary`, `back_populates`/`backref`, `viewonly`, `uselist`) for an ORM view. */
export function readRelationship(
  className: string,
  key: string,
  call: PyExpr & { kind: 'call' },
  annotation: Annotation | null,
  classTables: Map<string, string>,
): OrmRelationship {
  const targetArg = call.args[0] ?? call.kwargs.get('argument');
  const target = refName(targetArg, classTables) ?? annotation?.name ?? null;
  const secondary = refName(call.kwargs.get('secondary'), classTables);
  const back = call.kwargs.get('back_populates') ?? call.kwargs.get('backref');
  const viewonly = call.kwargs.get('viewonly');
  const uselist = call.kwargs.get('uselist');
  let collection: boolean | null = annotation ? annotation.collection : null;
  if (uselist?.kind === 'bool') collection = uselist.value;
  else if (collection === null && secondary) collection = true;
  return {
    className,
    attribute: key,
    target,
    secondary,
    backPopulates: back?.kind === 'string' ? back.value : null,
    viewonly: viewonly?.kind === 'bool' && viewonly.value,
    collection,
    line: call.line,
  };
}
