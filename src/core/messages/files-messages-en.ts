/** The files section in English (its codes and parameters: files-messages.ts); part of catalogue-en.ts. */
import type { Section } from './section.js';
import type { FilesParams } from './files-messages.js';

export const filesEnglish: Section<FilesParams>['en'] = {
  'files.toolbar': () => 'Database files',
  'files.export': () => 'Export',
  'files.export-sqlite': () => 'Database file (.sqlite)',
  'files.export-sql': () => 'SQL script (.sql)',
  'files.import': () => 'Import…',
  'files.copy-link': () => 'Copy link',
  'files.drop-database': () => 'Drop a .sqlite, .db or .sql file to import it',
  'files.exported': ({ name }) => `Saved ${name}.`,
  'files.imported': ({ name, tables }, s) =>
    `Imported ${name}: the lab database now has ${s.count(tables, { one: 'table', other: 'tables' })}.`,
  'files.import-failed': ({ name, kind, detail, line }) => {
    const why = {
      'not-sqlite': 'it is not an SQLite database',
      damaged: 'the database inside is damaged',
      'not-text': 'it is not a text file of SQL',
      'script-failed': `its SQL stopped${line === null ? '' : ` at line ${line}`}`,
      'unknown-type': 'only .sqlite, .db and .sql files can be imported',
      'too-large': 'it is too large to import here',
    }[kind];
    return `${name} was not imported: ${why}${detail ? ` (${detail})` : ''}. Your database is unchanged.`;
  },
  'files.export-failed': ({ detail }) => `The database could not be exported (${detail}).`,
  'files.link-copied': () => 'Link copied: it opens this lesson with your SQL in the playground.',
  'files.link-not-copied': () => 'The browser did not allow copying: the link is in the address bar.',
  'files.link-opened': () => 'The playground shows the SQL from the link. Nothing has run yet: press Run when you are ready.',
  'files.link-unreadable': () => 'The SQL in this link could not be read (it may be cut short); the playground keeps your own text.',
};
