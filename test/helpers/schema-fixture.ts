/**
 * Test-only builder: runs DDL in a fresh in-process database and reads it back, so tests of
 * every later stage exercise real introspection too. Never import it from production code.
 */
import { errorText } from '../../src/core/engine.js';
import { createNodeEngine } from '../../src/db/node-engine.js';
import type { Engine } from '../../src/core/engine.js';
import { introspectSchema } from '../../src/core/schema/introspect.js';
import type { Schema } from '../../src/core/schema/types.js';

let shared: Promise<Engine> | undefined;

/** A fresh database `name` holding `ddl`, on an engine shared by the test file (foreign keys on). */
export async function databaseWith(ddl: string, name = 'fixture'): Promise<Engine> {
  shared ??= createNodeEngine();
  const engine = await shared;
  await engine.open(name);
  const outcome = await engine.run(name, ddl);
  if (!outcome.ok) throw new Error(`Fixture DDL failed at line ${outcome.error.line}: ${errorText(outcome.error)}`);
  return engine;
}

/** The schema of a fresh database holding `ddl`. */
export async function schemaOf(ddl: string): Promise<Schema> {
  return introspectSchema(await databaseWith(ddl), 'fixture');
}
