/**
 * Learner-facing messages as data: a stable `code` and its parameters. Core returns them; one
 * renderer (render.ts) writes the sentence in English or Russian, for the UI and the CLI alike.
 */
import type { AdviceParams } from './advice-messages.js';
import type { AuthorParams } from './author-messages.js';
import type { CheckParams } from './check-messages.js';
import type { DiagramParams } from './diagram-messages.js';
import type { EmbedParams } from './embed-messages.js';
import type { EngineParams } from './engine-messages.js';
import type { ErdParams } from './erd-messages.js';
import type { FilesParams } from './files-messages.js';
import type { LessonParams } from './lesson-messages.js';
import type { LoadParams } from './load-messages.js';
import type { OpenParams } from './open-messages.js';
import type { OrmParams } from './orm-messages.js';
import type { RelationsParams } from './relations-messages.js';
import type { SchemaParams } from './schema-messages.js';
import type { SqlErrorParams } from './sql-error-messages.js';
import type { StatementParams } from './statement-messages.js';
import type { StorageParams } from './storage-messages.js';
import type { TrapParams } from './trap-messages.js';
import type { UiParams } from './ui-messages.js';

/** Every message code with the parameters its sentence needs (one interface per catalogue section). */
export interface MessageParams
  extends AdviceParams,
    AuthorParams,
    CheckParams,
    DiagramParams,
    EmbedParams,
    EngineParams,
    ErdParams,
    FilesParams,
    LessonParams,
    LoadParams,
    OpenParams,
    OrmParams,
    RelationsParams,
    SchemaParams,
    SqlErrorParams,
    StatementParams,
    StorageParams,
    TrapParams,
    UiParams {}

export type MessageCode = keyof MessageParams;

/** One message: a code and its parameters (a union over every code, so `params` is typed by `code`). */
export type Message<K extends MessageCode = MessageCode> = K extends MessageCode ? { code: K; params: MessageParams[K] } : never;

/** Codes whose sentence needs no parameters. */
export type Bare = { [K in MessageCode]: keyof MessageParams[K] extends never ? K : never }[MessageCode];

/** Builds a message; `params` may be left out when the code takes none. */
export function msg<K extends Bare>(code: K): Message<K>;
export function msg<K extends MessageCode>(code: K, params: MessageParams[K]): Message<K>;
export function msg<K extends MessageCode>(code: K, params?: MessageParams[K]): Message<K> {
  return { code, params: params ?? {} } as Message<K>;
}
