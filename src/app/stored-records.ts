/**
 * The shapes of everything Junction keeps in the browser, stated once with valibot, and readers
 * that take whatever storage hands back: a record that fits is returned as it is; one that does
 * not keeps each field (and each entry of a field) that fits, and says what was damaged, so the
 * caller can set the original aside and tell the learner.
 */
import * as v from 'valibot';

/** Diagram coordinates past this are not a place a learner dragged a box to. */
const MAX_COORDINATE = 1e6;
/** The largest lesson file kept for reopening (the same limit as opening it). */
const MAX_LESSON_CHARS = 2 * 1024 * 1024;

const coordinate = v.pipe(v.number(), v.finite(), v.minValue(-MAX_COORDINATE), v.maxValue(MAX_COORDINATE));
const point = v.object({ x: coordinate, y: coordinate });
/** A map of `item`s: a plain object (valibot's `record` alone would take an array as a map by index). */
const mapOf = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.custom<Record<string, unknown>>(isPlainObject, 'not a map'), v.record(v.string(), item));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const dbFile = v.pipe(
  v.custom<Uint8Array>((value) => value instanceof Uint8Array, 'not bytes'),
  v.check(isWholeSqliteFile, 'not a whole SQLite database file'),
);
const base64DbFile = v.pipe(
  v.string(),
  v.base64(),
  v.check((text) => isWholeSqliteFile(fromBase64(text)), 'not a whole SQLite database file'),
);

/** A list or a map of items, each checked on its own so one bad item does not cost the others. */
type Collection = { kind: 'array'; item: v.GenericSchema } | { kind: 'record'; item: v.GenericSchema };
type Field = Collection | { kind: 'value'; schema: v.GenericSchema };

const solvedField: Field = { kind: 'array', item: v.string() };
const editorsField: Field = { kind: 'record', item: v.string() };
const failedChecksField: Field = { kind: 'record', item: count };
const positionsField: Field = { kind: 'record', item: point };

const LESSON_FIELDS = {
  solved: solvedField,
  editors: editorsField,
  failedChecks: failedChecksField,
  positions: positionsField,
  db: { kind: 'value', schema: dbFile },
} satisfies Record<string, Field>;

const JOURNAL_FIELDS = {
  solved: solvedField,
  editors: editorsField,
  failedChecks: failedChecksField,
  positions: positionsField,
  db: { kind: 'value', schema: base64DbFile },
  runs: { kind: 'array', item: v.string() },
} satisfies Record<string, Field>;

/** Saved progress of one lesson, as IndexedDB keeps it under the lesson's progress key. */
export const LessonRecord = v.object({
  solved: v.array(v.string()),
  editors: mapOf(v.string()),
  failedChecks: mapOf(count),
  positions: v.optional(mapOf(point)),
  db: v.optional(dbFile),
});
export type LessonRecord = v.InferOutput<typeof LessonRecord>;

/** What the learner changed since the last write to IndexedDB, kept synchronously in localStorage. */
export const JournalEntry = v.object({
  solved: v.array(v.string()),
  editors: mapOf(v.string()),
  failedChecks: mapOf(count),
  positions: mapOf(point),
  /** The lab database, base64, when its write to IndexedDB had not finished as the page went away. */
  db: v.optional(base64DbFile),
  /**
   * Scripts run on the lab database after the one saved (this entry's `db`, else the record's), in
   * order: run again when the lesson opens, they bring back a run the page closed before saving.
   */
  runs: v.optional(v.array(v.string())),
});
export type JournalEntry = v.InferOutput<typeof JournalEntry>;

/** The journal: an entry per progress key with unsaved changes. */
export type Journal = Record<string, JournalEntry>;

/** Solved counts by progress key: which lessons have anything saved. */
export const ProgressIndex = mapOf(count);
export type ProgressIndex = v.InferOutput<typeof ProgressIndex>;

/** The route the learner was last on, reopened when the bare address is opened. */
export const LastRoute = v.object({ hash: v.pipe(v.string(), v.startsWith('#/'), v.maxLength(8192)) });

/** A lesson opened from a file, kept so that its route can reopen it after a reload. */
export const LessonFileRecord = v.object({ name: v.string(), markdown: v.pipe(v.string(), v.maxLength(MAX_LESSON_CHARS)) });
export type LessonFileRecord = v.InferOutput<typeof LessonFileRecord>;

/** How a stored value read back: whole, partly kept (`damaged` names the fields), or not at all. */
export interface Reading<T> {
  value: T;
  /** Fields (or for a map, the word `entries`) that did not fit; empty when the value was whole. */
  damaged: string[];
  /** Something of the stored value was kept. */
  kept: boolean;
  /** valibot's summary of what did not fit, for the quarantine entry. */
  reason: string;
}

const EMPTY_LESSON: LessonRecord = { solved: [], editors: {}, failedChecks: {} };

/** Reads a lesson's progress record; `undefined` (nothing saved) reads as empty and undamaged. */
export function readLessonRecord(raw: unknown): Reading<LessonRecord> {
  if (raw === undefined) return whole({ ...EMPTY_LESSON, solved: [], editors: {}, failedChecks: {} });
  const parsed = v.safeParse(LessonRecord, raw);
  if (parsed.success) return whole(parsed.output);
  const { value, damaged, kept } = readFields(raw, LESSON_FIELDS);
  const record: LessonRecord = {
    solved: (value.solved as string[] | undefined) ?? [],
    editors: (value.editors as Record<string, string> | undefined) ?? {},
    failedChecks: (value.failedChecks as Record<string, number> | undefined) ?? {},
    ...(value.positions ? { positions: value.positions as LessonRecord['positions'] } : {}),
    ...(value.db ? { db: value.db as Uint8Array } : {}),
  };
  return { value: record, damaged, kept, reason: v.summarize(parsed.issues) };
}

/** Reads the journal's JSON text (null: none kept). */
export function readJournal(text: string | null): Reading<Journal> {
  if (text === null) return whole({});
  const json = parseJson(text);
  if (!json.ok || !isPlainObject(json.value))
    return { value: {}, damaged: ['journal'], kept: false, reason: json.ok ? 'not an object' : json.reason };
  const journal: Journal = {};
  const damaged = new Set<string>();
  let kept = false;
  let reason = '';
  for (const [key, raw] of Object.entries(json.value)) {
    const parsed = v.safeParse(JournalEntry, raw);
    if (parsed.success) {
      journal[key] = parsed.output;
      kept = true;
      continue;
    }
    reason ||= `${key}: ${v.summarize(parsed.issues)}`;
    const fields = readFields(raw, JOURNAL_FIELDS);
    for (const field of fields.damaged) damaged.add(field);
    if (!fields.kept) continue;
    kept = true;
    journal[key] = {
      solved: (fields.value.solved as string[] | undefined) ?? [],
      editors: (fields.value.editors as Record<string, string> | undefined) ?? {},
      failedChecks: (fields.value.failedChecks as Record<string, number> | undefined) ?? {},
      positions: (fields.value.positions as JournalEntry['positions'] | undefined) ?? {},
      ...(fields.value.db ? { db: fields.value.db as string } : {}),
      ...(fields.value.runs ? { runs: fields.value.runs as string[] } : {}),
    };
  }
  return { value: journal, damaged: [...damaged], kept, reason };
}

/** Reads the progress index's JSON text (null: none kept); a bad entry is dropped, the rest kept. */
export function readProgressIndex(text: string | null): Reading<ProgressIndex> {
  if (text === null) return whole({});
  const json = parseJson(text);
  if (!json.ok) return { value: {}, damaged: ['index'], kept: false, reason: json.reason };
  const parsed = v.safeParse(ProgressIndex, json.value);
  if (parsed.success) return whole(parsed.output);
  const entries = readCollection(json.value, { kind: 'record', item: count });
  return {
    value: (entries?.value as ProgressIndex | undefined) ?? {},
    damaged: ['index'],
    kept: (entries?.count ?? 0) > 0,
    reason: v.summarize(parsed.issues),
  };
}

/** Reads the last route's JSON text; anything but a route reads as none. */
export function readLastRoute(text: string | null): Reading<string | null> {
  if (text === null) return whole(null);
  const json = parseJson(text);
  const parsed = json.ok ? v.safeParse(LastRoute, json.value) : null;
  if (parsed?.success) return whole(parsed.output.hash);
  return { value: null, damaged: ['route'], kept: false, reason: parsed ? v.summarize(parsed.issues) : json.ok ? '' : json.reason };
}

/** Reads a kept lesson file; a damaged one reads as none. */
export function readLessonFileRecord(raw: unknown): Reading<LessonFileRecord | null> {
  if (raw === undefined) return whole(null);
  const parsed = v.safeParse(LessonFileRecord, raw);
  if (parsed.success) return whole(parsed.output);
  return { value: null, damaged: ['file'], kept: false, reason: v.summarize(parsed.issues) };
}

/**
 * True when `bytes` look like a whole SQLite file: the magic header, a valid page size, a length
 * that is a whole number of pages, and (when the header knows it) exactly the pages it declares.
 * A file cut short or overwritten from some page on fails here; garbage inside a page is for
 * SQLite's own `quick_check` when the file is opened.
 */
export function isWholeSqliteFile(bytes: Uint8Array): boolean {
  const MAGIC = 'SQLite format 3\u0000';
  if (bytes.length < 512) return false;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return false;
  const raw = (bytes[16]! << 8) | bytes[17]!;
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return false;
  if (bytes.length % pageSize !== 0) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pages = view.getUint32(28);
  // The header's page count is only valid when its change counter matches "version-valid-for".
  if (pages !== 0 && view.getUint32(24) === view.getUint32(92)) return pages * pageSize === bytes.length;
  return true;
}

/** Bytes as base64 (for the journal, which is JSON in localStorage). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Base64 back to bytes; text that is not base64 gives no bytes. */
export function fromBase64(text: string): Uint8Array {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return new Uint8Array();
  }
}

function whole<T>(value: T): Reading<T> {
  return { value, damaged: [], kept: true, reason: '' };
}

/** Each field of `raw` that fits its schema, and for lists and maps each item that fits. */
function readFields(raw: unknown, fields: Record<string, Field>): { value: Record<string, unknown>; damaged: string[]; kept: boolean } {
  const value: Record<string, unknown> = {};
  const damaged: string[] = [];
  if (!isPlainObject(raw)) return { value, damaged: Object.keys(fields), kept: false };
  let kept = false;
  for (const [name, field] of Object.entries(fields)) {
    const stored = raw[name];
    if (stored === undefined) {
      // Positions, the database and the journal's runs are optional; the three lists are always written.
      if (name !== 'positions' && name !== 'db' && name !== 'runs') damaged.push(name);
      continue;
    }
    if (field.kind === 'value') {
      const parsed = v.safeParse(field.schema, stored);
      if (parsed.success) {
        value[name] = parsed.output;
        kept = true;
      } else damaged.push(name);
      continue;
    }
    const collection = readCollection(stored, field);
    if (!collection) {
      damaged.push(name);
      continue;
    }
    value[name] = collection.value;
    if (collection.dropped > 0) damaged.push(name);
    // A list that was whole counts as kept even when empty; one whose every item was bad does not.
    if (collection.count > 0 || collection.dropped === 0) kept = true;
  }
  return { value, damaged, kept };
}

/** The items of a list or map that fit, or null when `raw` is not that kind of collection at all. */
function readCollection(raw: unknown, field: Collection): { value: unknown; count: number; dropped: number } | null {
  if (field.kind === 'array') {
    if (!Array.isArray(raw)) return null;
    const items = raw.filter((item) => v.safeParse(field.item, item).success);
    return { value: items, count: items.length, dropped: raw.length - items.length };
  }
  if (!isPlainObject(raw)) return null;
  const entries = Object.entries(raw);
  const kept = entries.flatMap(([key, item]) => {
    const parsed = v.safeParse(field.item, item);
    return parsed.success ? [[key, parsed.output] as const] : [];
  });
  return { value: Object.fromEntries(kept), count: kept.length, dropped: entries.length - kept.length };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : 'not JSON' };
  }
}
