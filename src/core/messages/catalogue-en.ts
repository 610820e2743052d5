/**
 * Every sentence in English: each section's English phrases merged into one phrase book. The page
 * loads it for the learner's language alone (renderer.ts `loadCatalogue`); Node takes both
 * languages (catalogue.ts). Adding a section: its params go into message.ts's `MessageParams`, its
 * phrases here and in the other language's catalogue.
 */
import { adviceEnglish } from './advice-messages-en.js';
import { authorEnglish } from './author-messages-en.js';
import { checkEnglish } from './check-messages-en.js';
import { diagramEnglish } from './diagram-messages-en.js';
import { embedEnglish } from './embed-messages-en.js';
import { engineEnglish } from './engine-messages-en.js';
import { erdEnglish } from './erd-messages-en.js';
import { filesEnglish } from './files-messages-en.js';
import { lessonEnglish } from './lesson-messages-en.js';
import { loadEnglish } from './load-messages-en.js';
import { openEnglish } from './open-messages-en.js';
import { ormEnglish } from './orm-messages-en.js';
import { relationsEnglish } from './relations-messages-en.js';
import { schemaEnglish } from './schema-messages-en.js';
import { sqlErrorEnglish } from './sql-error-messages-en.js';
import { statementEnglish } from './statement-messages-en.js';
import { storageEnglish } from './storage-messages-en.js';
import { trapEnglish } from './trap-messages-en.js';
import { uiEnglish } from './ui-messages-en.js';
import type { MessageParams } from './message.js';
import type { Section } from './section.js';

const sections = [
  adviceEnglish,
  authorEnglish,
  checkEnglish,
  diagramEnglish,
  embedEnglish,
  engineEnglish,
  erdEnglish,
  filesEnglish,
  lessonEnglish,
  loadEnglish,
  openEnglish,
  ormEnglish,
  relationsEnglish,
  schemaEnglish,
  sqlErrorEnglish,
  statementEnglish,
  storageEnglish,
  trapEnglish,
  uiEnglish,
];

export const ENGLISH: Section<MessageParams>['en'] = Object.assign({}, ...sections);
