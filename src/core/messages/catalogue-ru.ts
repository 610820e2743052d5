/**
 * Every sentence in Russian: each section's Russian phrases merged into one phrase book. The page
 * loads it for the learner's language alone (renderer.ts `loadCatalogue`); Node takes both
 * languages (catalogue.ts). Adding a section: its params go into message.ts's `MessageParams`, its
 * phrases here and in the other language's catalogue.
 */
import { adviceRussian } from './advice-messages-ru.js';
import { authorRussian } from './author-messages-ru.js';
import { checkRussian } from './check-messages-ru.js';
import { diagramRussian } from './diagram-messages-ru.js';
import { embedRussian } from './embed-messages-ru.js';
import { engineRussian } from './engine-messages-ru.js';
import { erdRussian } from './erd-messages-ru.js';
import { filesRussian } from './files-messages-ru.js';
import { lessonRussian } from './lesson-messages-ru.js';
import { loadRussian } from './load-messages-ru.js';
import { openRussian } from './open-messages-ru.js';
import { ormRussian } from './orm-messages-ru.js';
import { relationsRussian } from './relations-messages-ru.js';
import { schemaRussian } from './schema-messages-ru.js';
import { sqlErrorRussian } from './sql-error-messages-ru.js';
import { statementRussian } from './statement-messages-ru.js';
import { storageRussian } from './storage-messages-ru.js';
import { trapRussian } from './trap-messages-ru.js';
import { uiRussian } from './ui-messages-ru.js';
import type { MessageParams } from './message.js';
import type { Section } from './section.js';

const sections = [
  adviceRussian,
  authorRussian,
  checkRussian,
  diagramRussian,
  embedRussian,
  engineRussian,
  erdRussian,
  filesRussian,
  lessonRussian,
  loadRussian,
  openRussian,
  ormRussian,
  relationsRussian,
  schemaRussian,
  sqlErrorRussian,
  statementRussian,
  storageRussian,
  trapRussian,
  uiRussian,
];

export const RUSSIAN: Section<MessageParams>['ru'] = Object.assign({}, ...sections);
