/**
 * Runs a schema script so that one statement SQLite cannot run (a `CREATE VIRTUAL TABLE … USING
 * fts5` in sql.js) does not lose the rest: the statement is skipped with a warning and its line.
 */
import type { Engine, ScriptError } from '../engine.js';
import { scriptErrorMessage } from '../engine.js';
import { splitStatements, tokenizeSql } from '../sql/sql-tokens.js';
import { type Message, msg } from '../messages/message.js';

/** A statement that failed and was skipped: its 1-based first line and the message for the learner. */
export interface SkippedStatement {
  line: number;
  message: Message<'load.statement-skipped'>;
}

/** The longest statement text a warning quotes; longer ones end in `…`. */
const QUOTED = 60;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Runs `script` on `db` statement by statement; every statement that fails is skipped and reported,
 * and the statements after it still run. A statement stopped at the time limit is skipped too (see
 * runEach); a crash ends the run there, reported the same way.
 */
export async function runSchemaScript(engine: Engine, db: string, script: string): Promise<SkippedStatement[]> {
  const skipped: SkippedStatement[] = [];
  let offset = 0;
  for (;;) {
    const outcome = await engine.run(db, script.slice(offset), { maxRows: 0 });
    if (outcome.ok) return skipped;
    const { error } = outcome;
    if (error.kind === 'timeout') {
      const each = await runEach(engine, db, script, offset);
      if (each) return [...skipped, ...each];
    }
    skipped.push(skip(lineAt(script, offset + error.start), error));
    // Without progress (or after a stop that is no SQL error) running on would repeat the failure.
    if (error.kind !== 'sql' || error.end <= 0) return skipped;
    offset += error.end;
  }
}

/**
 * After a stop at the time limit (which cannot say which statement was running), the statements
 * from `offset` one at a time, so only the runaway one is skipped. Not for a script with a trigger:
 * splitting at semicolons would cut its body.
 */
async function runEach(engine: Engine, db: string, script: string, offset: number): Promise<SkippedStatement[] | null> {
  const rest = script.slice(offset);
  if (tokenizeSql(rest).some((t) => t.kind === 'word' && t.value.toUpperCase() === 'TRIGGER')) return null;
  const skipped: SkippedStatement[] = [];
  let at = offset;
  for (const statement of splitStatements(rest)) {
    at = script.indexOf(statement, at);
    const outcome = await engine.run(db, statement, { maxRows: 0 });
    if (!outcome.ok) {
      skipped.push(skip(lineAt(script, at), outcome.error));
      if (outcome.error.kind === 'crash') return skipped;
    }
    at += statement.length;
  }
  return skipped;
}

function skip(line: number, error: ScriptError): SkippedStatement {
  const oneLine = error.sql.replace(/\s+/g, ' ').trim();
  const statement = oneLine.length > QUOTED ? `${oneLine.slice(0, QUOTED - 1)}…` : oneLine;
  return { line, message: msg('load.statement-skipped', { statement, error: scriptErrorMessage(error) }) };
}
