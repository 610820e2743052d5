/**
 * The message catalogue: every section merged into one phrase book per language. Adding a
 * section: export its params interface from message.ts's `MessageParams` and its phrases here.
 */
import { adviceMessages } from './advice-messages.js';
import { authorMessages } from './author-messages.js';
import { checkMessages } from './check-messages.js';
import { diagramMessages } from './diagram-messages.js';
import { embedMessages } from './embed-messages.js';
import { engineMessages } from './engine-messages.js';
import { erdMessages } from './erd-messages.js';
import { filesMessages } from './files-messages.js';
import { lessonMessages } from './lesson-messages.js';
import { loadMessages } from './load-messages.js';
import { openMessages } from './open-messages.js';
import { ormMessages } from './orm-messages.js';
import { relationsMessages } from './relations-messages.js';
import { schemaMessages } from './schema-messages.js';
import { sqlErrorMessages } from './sql-error-messages.js';
import { statementMessages } from './statement-messages.js';
import { storageMessages } from './storage-messages.js';
import { trapMessages } from './trap-messages.js';
import { uiMessages } from './ui-messages.js';
import type { MessageParams } from './message.js';
import type { Section } from './section.js';

const sections = [
  adviceMessages,
  authorMessages,
  checkMessages,
  diagramMessages,
  embedMessages,
  engineMessages,
  erdMessages,
  filesMessages,
  lessonMessages,
  loadMessages,
  openMessages,
  ormMessages,
  relationsMessages,
  schemaMessages,
  sqlErrorMessages,
  statementMessages,
  storageMessages,
  trapMessages,
  uiMessages,
] as const;

export const CATALOGUE: Section<MessageParams> = {
  en: Object.assign({}, ...sections.map((s) => s.en)),
  ru: Object.assign({}, ...sections.map((s) => s.ru)),
};
