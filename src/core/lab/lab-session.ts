/**
 * The learner's lab: one database (the playground the diagram shows), the scripts run on it, and
 * what we know about it after each run — schema, relationships, what changed, which tables the
 * last statement touched. The one owner of this state; views subscribe to its events.
 */
import type { Engine, ScriptOutcome } from '../engine.js';
import type { Relations } from '../relations/types.js';
import type { SchemaDiff } from '../schema/diff-schemas.js';
import type { Schema } from '../schema/types.js';

/**
 * How the lab reads its database (introspection, relationship inference, the tables a statement
 * uses), loaded with the first database opened: a page shows its lessons without it.
 */
let analysis: Promise<typeof import('./lab-analysis.js')> | null = null;
const loadAnalysis = () => {
  analysis ??= import('./lab-analysis.js');
  return analysis;
};

/** Everything a view needs to draw the lab's database. */
export interface LabState {
  schema: Schema;
  relations: Relations;
  /** What the last schema change added, removed or altered (null when the last run changed no schema). */
  diff: SchemaDiff | null;
  /** Tables the last run's last statement read or wrote. */
  tablesUsed: string[];
  /** The last run's statements (its last `STATEMENTS_KEPT`) with the tables each used, so views can show one at a time. */
  statements: StatementUse[];
  /** How many statements the last run ran (`statements` may hold only the last of them). */
  statementCount: number;
  /** Bumped on every run, so views can tell a refresh from a no-op. */
  version: number;
}

/** One statement of a run: its text, its place in the script, and the tables it read or wrote. */
export interface StatementUse {
  sql: string;
  /** 0-based position among the run's statements. */
  index: number;
  /** 1-based line of the script where it starts. */
  line: number;
  tables: string[];
}

/** How many of a run's last statements keep their tables (a run of 10,000 INSERTs is not explained 10,000 times). */
export const STATEMENTS_KEPT = 50;

const EMPTY_SCHEMA: Schema = { tables: [], views: [], foreignKeysEnabled: true };

/** After every run and reset: what the lab's database looks like now. */
export class LabChangeEvent extends Event {
  static readonly type = 'junction-lab-change';
  constructor(readonly state: LabState) {
    super(LabChangeEvent.type);
  }
}

/**
 * Before a run of the learner's reaches SQLite: a host that keeps progress can note the script at
 * once, so a page closed before the database is saved again can run it again on the saved one.
 */
export class LabRunningEvent extends Event {
  static readonly type = 'junction-lab-running';
  constructor(readonly script: string) {
    super(LabRunningEvent.type);
  }
}

/** After a run of the learner's: the script, its outcome, and whether it changed the database (rows or schema). */
export class LabRunEvent extends Event {
  static readonly type = 'junction-lab-run';
  constructor(
    readonly script: string,
    readonly outcome: ScriptOutcome,
    readonly modified: boolean,
  ) {
    super(LabRunEvent.type);
  }
}

interface LabEvents {
  [LabChangeEvent.type]: LabChangeEvent;
  [LabRunningEvent.type]: LabRunningEvent;
  [LabRunEvent.type]: LabRunEvent;
}

/**
 * The learner's lab as a DOM-free capability (it runs in Node as in the browser): views and hosts
 * subscribe with `on()`, which hands them the typed event.
 */
export class LabSession extends EventTarget {
  readonly engine: Engine;
  readonly db: string;
  #state: LabState = {
    schema: EMPTY_SCHEMA,
    relations: { relationships: [], warnings: [] },
    diff: null,
    tablesUsed: [],
    statements: [],
    statementCount: 0,
    version: 0,
  };
  #schemaKey = '';
  /** Schema key plus `total_changes()`: differs after any write. */
  #changeKey = '';
  /** The last reset asked for, schema reading included; exports, and a run's own reading, wait for it. */
  #resetting: Promise<unknown> = Promise.resolve();
  /** An opening left for later (`openWhenNeeded`), not begun yet, and the last one begun. */
  #deferred: (() => void) | null = null;
  #opening: Promise<unknown> = Promise.resolve();
  /** Settles once the last reset has opened and set up the database (before its schema is read); runs wait for it. */
  #opened: Promise<void> = Promise.resolve();

  constructor(engine: Engine, db = 'main') {
    super();
    this.engine = engine;
    this.db = db;
  }

  get state(): LabState {
    return this.#state;
  }

  /** Calls `listener` with each event of `type`; returns the function that unsubscribes it. */
  on<K extends keyof LabEvents>(type: K, listener: (event: LabEvents[K]) => void): () => void {
    // The only cast: addEventListener's signature cannot know our event classes.
    const handler = listener as (event: Event) => void;
    this.addEventListener(type, handler);
    return () => this.removeEventListener(type, handler);
  }

  /** Opens the database afresh (from bytes, or empty plus `setup`) and reads its schema. */
  reset(options: { setup?: string; bytes?: Uint8Array } = {}): Promise<ScriptOutcome | null> {
    this.#deferred = null;
    // After the reset before it, whatever its outcome.
    const opened = this.#resetting
      .catch(() => undefined)
      .then(async () => {
        await this.engine.open(this.db, options.bytes);
        return options.setup && !options.bytes ? this.engine.run(this.db, options.setup) : null;
      });
    this.#opened = opened.then(
      () => undefined,
      () => undefined,
    );
    const reset = opened.then(async (outcome) => {
      // A run asked for meanwhile (Run pressed while SQLite booted) goes to SQLite before the
      // schema is read: the learner's first result does not wait for the diagram's data.
      await new Promise((next) => setTimeout(next));
      await this.#refresh(null, true);
      return outcome;
    });
    this.#resetting = reset;
    return reset;
  }

  /**
   * Leaves the opening of the database for when it is needed: `open` (which resets this session,
   * once or more) runs at the first run or export, or at `whenOpened()`, and they wait for it. A
   * page of ten embedded exercises opens no database, and loads no SQLite, for those nobody
   * touches. Resolves to what `open` does (never, if a `reset` replaces it first).
   */
  openWhenNeeded<T>(open: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#deferred = () => {
        const opening = open();
        this.#opening = opening;
        opening.then(resolve, reject);
      };
    });
  }

  /** Begins an opening left for later (`openWhenNeeded`), if there is one; settles once the database is open. */
  async whenOpened(): Promise<void> {
    await this.#afterReset();
  }

  /**
   * Settles once the database is open (whatever the outcome), beginning an opening left for later:
   * a run asked for while the database is still being opened — the page shows its lesson before
   * SQLite is ready — runs after its setup.
   */
  #afterReset(): Promise<unknown> {
    const deferred = this.#deferred;
    this.#deferred = null;
    deferred?.();
    return Promise.all([this.#opening.catch(() => undefined), this.#resetting.catch(() => undefined)]);
  }

  /**
   * Runs a script on the lab database and refreshes what depends on it. The `run` event says
   * whether the database changed (rows or schema), so hosts save it only then. `onAnswer` has the
   * outcome as soon as SQLite gives it, before the schema and the tables used are read again.
   */
  async run(script: string, options: { onAnswer?: (outcome: ScriptOutcome) => void } = {}): Promise<ScriptOutcome> {
    const reset = this.#afterReset();
    // Runs once the database is open and set up; its schema is read again after (see reset).
    await Promise.all([this.#opening.catch(() => undefined), this.#opened]);
    this.dispatchEvent(new LabRunningEvent(script));
    const outcome = await this.engine.run(this.db, script);
    options.onAnswer?.(outcome);
    await reset;
    const ran = outcome.ok ? outcome.results : [];
    const before = this.#changeKey;
    await this.#refresh({ script, ran }, false);
    const modified = this.#changeKey !== before;
    this.dispatchEvent(new LabRunEvent(script, outcome, modified));
    return outcome;
  }

  /**
   * Runs `script` on the lab database only if it runs cleanly on a copy of it first, so a script
   * that would stop halfway (say, one the learner already ran) changes nothing. Resolves to the
   * outcome on the lab database, or null when it was left as it is.
   */
  async runIfClean(script: string): Promise<ScriptOutcome | null> {
    const trial = `${this.db}:trial`;
    await this.#afterReset();
    try {
      await this.engine.open(trial, await this.engine.export(this.db));
      const outcome = await this.engine.run(trial, script);
      if (!outcome.ok) return null;
    } finally {
      await this.engine.close(trial);
    }
    return this.run(script);
  }

  /**
   * The database file, for saving progress or downloading. `onQueued` is called as the export is
   * asked of SQLite: the runs whose `junction-lab-running` came before it are in the bytes, later
   * ones are not.
   */
  async export(onQueued?: () => void): Promise<Uint8Array> {
    await this.#afterReset();
    onQueued?.();
    return this.engine.export(this.db);
  }

  /** Re-reads the schema when it changed, then which tables each statement of the run used (against that schema). */
  async #refresh(run: { script: string; ran: ScriptOutcome['results'] } | null, force: boolean): Promise<void> {
    const loading = loadAnalysis();
    const { schemaKey, changeKey } = await this.#readKeys();
    const schemaChanged = force || schemaKey !== this.#schemaKey;
    this.#schemaKey = schemaKey;
    this.#changeKey = changeKey;
    let { schema, relations } = this.#state;
    let diff: SchemaDiff | null = null;
    const { diffSchemas, inferRelationships, introspectSchema } = await loading;
    if (schemaChanged) {
      const next = await introspectSchema(this.engine, this.db);
      diff = force ? null : diffSchemas(schema, next);
      schema = next;
      relations = inferRelationships(schema);
    }
    const statements = run ? await this.#statementsOf(run.script, run.ran, schema) : [];
    const tablesUsed = statements.at(-1)?.tables ?? [];
    const statementCount = run?.ran.length ?? 0;
    this.#state = { schema, relations, diff, tablesUsed, statements, statementCount, version: this.#state.version + 1 };
    this.dispatchEvent(new LabChangeEvent(this.#state));
  }

  async #statementsOf(script: string, ran: ScriptOutcome['results'], schema: Schema): Promise<StatementUse[]> {
    const first = Math.max(0, ran.length - STATEMENTS_KEPT);
    const kept = ran.slice(first);
    const { tablesUsedByEach } = await loadAnalysis();
    const tables = await tablesUsedByEach(
      this.engine,
      this.db,
      kept.map((r) => r.sql),
      schema,
    ).catch(() => kept.map(() => []));
    let line = 1;
    let at = 0;
    return kept.map((result, i) => {
      // Lines counted once through the script, statement after statement.
      for (; at < result.start; at++) if (script.charCodeAt(at) === 10) line++;
      return { sql: result.sql, index: first + i, line, tables: tables[i] ?? [] };
    });
  }

  /**
   * The schema key changes when the schema does — or foreign keys are switched, which changes
   * the warnings; the change key also changes on every row written.
   */
  async #readKeys(): Promise<{ schemaKey: string; changeKey: string }> {
    const outcome = await this.engine.run(this.db, 'PRAGMA schema_version; PRAGMA foreign_keys; SELECT total_changes();', { read: true });
    if (!outcome.ok) {
      const unknown = `error:${Math.random()}`;
      return { schemaKey: unknown, changeKey: unknown };
    }
    const [version, fk, changes] = outcome.results.map((r) => String(r.rows[0]?.[0]));
    return { schemaKey: `${version}:${fk}`, changeKey: `${version}:${fk}:${changes}` };
  }
}
