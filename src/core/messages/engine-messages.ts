/** Catalogue section: what the engine says when it stops or loses a script. */
import type { Section } from './section.js';

export interface EngineParams {
  /** The watchdog stopped a script that ran past the time limit. */
  'engine.timeout': { limitMs: number };
  /** The SQLite worker died while running a script (out of memory, a crash in the engine). */
  'engine.crash': { afterMs: number };
}

const seconds = (ms: number, decimal: string) => {
  const s = Math.round(ms / 100) / 10;
  return Number.isInteger(s) ? String(s) : String(s).replace('.', decimal);
};

export const engineMessages: Section<EngineParams> = {
  en: {
    'engine.timeout': ({ limitMs }) => `Stopped after ${seconds(limitMs, '.')} s — your database is as it was before this run.`,
    'engine.crash': ({ afterMs }) =>
      `The database engine crashed after ${seconds(afterMs, '.')} s — your database is as it was before this run.`,
  },
  ru: {
    'engine.timeout': ({ limitMs }) => `Остановлено через ${seconds(limitMs, ',')} с — база данных осталась такой, какой была до запуска.`,
    'engine.crash': ({ afterMs }) =>
      `Движок базы данных упал через ${seconds(afterMs, ',')} с — база данных осталась такой, какой была до запуска.`,
  },
};
