/**
 * A small expression model of Python source read with `@lezer/python`: enough of Python's
 * expression syntax to interpret SQLAlchemy model code without evaluating it.
 */
import type { SyntaxNode } from '@lezer/common';

interface Base {
  /** 1-based line where the expression starts. */
  line: number;
  /** The expression's source text. */
  text: string;
}

/** A Python expression as the model reader needs it; anything else is `other`. */
export type PyExpr =
  | (Base & { kind: 'name'; path: string[] })
  | (Base & { kind: 'string'; value: string })
  | (Base & { kind: 'number'; value: number })
  | (Base & { kind: 'bool'; value: boolean })
  | (Base & { kind: 'none' })
  | (Base & { kind: 'call'; callee: PyExpr; args: PyExpr[]; kwargs: Map<string, PyExpr> })
  | (Base & { kind: 'subscript'; target: PyExpr; index: PyExpr[] })
  | (Base & { kind: 'attribute'; target: PyExpr; attr: string })
  | (Base & { kind: 'tuple' | 'list'; items: PyExpr[] })
  | (Base & { kind: 'dict'; entries: [PyExpr, PyExpr][] })
  | (Base & { kind: 'binary'; op: string; left: PyExpr; right: PyExpr })
  | (Base & { kind: 'unary'; op: string; operand: PyExpr })
  | (Base & { kind: 'other' });

/** Maps offsets to 1-based line numbers for one source text. */
export class LineMap {
  private readonly starts: number[] = [0];
  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.starts.push(i + 1);
  }
  /** The 1-based line of `offset`. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** The children of a node, skipping comments. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', ':', '.', '*', '**']);

/** Reads an expression node into a `PyExpr`. */
export function readExpr(node: SyntaxNode, lines: LineMap): PyExpr {
  const text = lines.source.slice(node.from, node.to);
  const base = { line: lines.lineAt(node.from), text };
  const kids = childrenOf(node);
  switch (node.name) {
    case 'VariableName':
    case 'PropertyName':
      return { ...base, kind: 'name', path: [text] };
    case 'String':
    case 'ContinuedString':
      return { ...base, kind: 'string', value: stringValue(text) };
    case 'Number':
      return { ...base, kind: 'number', value: Number(text.replace(/_/g, '')) };
    case 'Boolean':
      return { ...base, kind: 'bool', value: text === 'True' };
    case 'None':
      return { ...base, kind: 'none' };
    case 'ParenthesizedExpression': {
      const inner = kids.filter((k) => !PUNCTUATION.has(k.name));
      return inner.length === 1 ? readExpr(inner[0]!, lines) : { ...base, kind: 'other' };
    }
    case 'TupleExpression':
    case 'ArrayExpression':
      return {
        ...base,
        kind: node.name === 'TupleExpression' ? 'tuple' : 'list',
        items: kids.filter((k) => !PUNCTUATION.has(k.name)).map((k) => readExpr(k, lines)),
      };
    case 'DictionaryExpression': {
      const parts = kids.filter((k) => !PUNCTUATION.has(k.name)).map((k) => readExpr(k, lines));
      const entries: [PyExpr, PyExpr][] = [];
      for (let i = 0; i + 1 < parts.length; i += 2) entries.push([parts[i]!, parts[i + 1]!]);
      return { ...base, kind: 'dict', entries };
    }
    case 'CallExpression': {
      const [calleeNode, argList] = kids;
      if (!calleeNode || argList?.name !== 'ArgList') return { ...base, kind: 'other' };
      return { ...base, kind: 'call', callee: readExpr(calleeNode, lines), ...readArgs(argList, lines) };
    }
    case 'MemberExpression': {
      const [target, open, ...rest] = kids;
      if (!target || !open) return { ...base, kind: 'other' };
      const object = readExpr(target, lines);
      if (open.name === '.') {
        const attr = rest[0] ? lines.source.slice(rest[0].from, rest[0].to) : '';
        if (object.kind === 'name') return { ...base, kind: 'name', path: [...object.path, attr] };
        return { ...base, kind: 'attribute', target: object, attr };
      }
      const inner = rest.filter((k) => !PUNCTUATION.has(k.name)).map((k) => readExpr(k, lines));
      // `Mapped[a, b]` parses its index as one tuple; flatten so callers see the items.
      const index = inner.length === 1 && inner[0]!.kind === 'tuple' ? inner[0]!.items : inner;
      return { ...base, kind: 'subscript', target: object, index };
    }
    case 'BinaryExpression': {
      const [left, op, right] = kids;
      if (!left || !op || !right) return { ...base, kind: 'other' };
      const opText = lines.source.slice(op.from, op.to);
      return { ...base, kind: 'binary', op: opText, left: readExpr(left, lines), right: readExpr(right, lines) };
    }
    case 'UnaryExpression': {
      const [op, operand] = kids;
      if (!op || !operand) return { ...base, kind: 'other' };
      return { ...base, kind: 'unary', op: lines.source.slice(op.from, op.to), operand: readExpr(operand, lines) };
    }
    default:
      return { ...base, kind: 'other' };
  }
}

/** Reads an `ArgList` into positional and keyword arguments (`*args`/`**kw` are skipped). */
function readArgs(argList: SyntaxNode, lines: LineMap): { args: PyExpr[]; kwargs: Map<string, PyExpr> } {
  const args: PyExpr[] = [];
  const kwargs = new Map<string, PyExpr>();
  const kids = childrenOf(argList);
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i]!;
    if (PUNCTUATION.has(kid.name) || kid.name === 'AssignOp') continue;
    const next = kids[i + 1];
    if (kid.name === 'VariableName' && next?.name === 'AssignOp' && kids[i + 2]) {
      kwargs.set(lines.source.slice(kid.from, kid.to), readExpr(kids[i + 2]!, lines));
      i += 2;
      continue;
    }
    const prev = kids[i - 1];
    if (prev && (prev.name === '*' || prev.name === '**')) continue;
    args.push(readExpr(kid, lines));
  }
  return { args, kwargs };
}

/** The value of a Python string literal (prefixes, triple quotes, common escapes; implicit concatenation). */
export function stringValue(literal: string): string {
  let out = '';
  const re = /([rRbBuUfF]{0,2})('''|"""|'|")([\s\S]*?)\2/g;
  for (let m = re.exec(literal); m; m = re.exec(literal)) {
    const raw = /r/i.test(m[1]!);
    out += raw ? m[3]! : unescapeString(m[3]!);
  }
  return out;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

function unescapeString(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|\n|.)/g, (_, e: string) => {
    if (e === '\n') return '';
    if (e.length > 1) return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? `\\${e}`;
  });
}

/** The dotted name of an expression (`sa.Integer` → "sa.Integer"), or null when it is not a name. */
export function dottedName(expr: PyExpr): string | null {
  return expr.kind === 'name' ? expr.path.join('.') : null;
}

/** The last part of a dotted name (`sqlalchemy.String` → "String"), or null. */
export function lastName(expr: PyExpr): string | null {
  return expr.kind === 'name' ? expr.path[expr.path.length - 1]! : null;
}

/** The callee's last name when `expr` is a call (`sa.Column(...)` → "Column"), else null. */
export function callName(expr: PyExpr): string | null {
  return expr.kind === 'call' ? lastName(expr.callee) : null;
}
