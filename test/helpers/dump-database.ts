/** What tests compare to tell two states of a database apart. */
import { type Engine, errorText } from '../../src/core/engine.js';

/** Everything a learner can see of a database: its schema, every table's rows, its header versions and foreign_keys. */
export async function dumpDatabase(engine: Engine, db: string) {
  const read = async (sql: string) => {
    const out = await engine.run(db, sql, { read: true, maxRows: Number.MAX_SAFE_INTEGER });
    if (!out.ok) throw new Error(errorText(out.error));
    return out.results.map((r) => r.rows);
  };
  const schema = (await read('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name'))[0]!;
  const tables = schema.filter(([type]) => type === 'table').map(([, name]) => String(name));
  const rows = await Promise.all(tables.map((t) => read(`SELECT * FROM "${t}"`)));
  return { schema, rows, settings: await read('PRAGMA user_version; PRAGMA application_id; PRAGMA foreign_keys') };
}
