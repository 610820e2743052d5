import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/helpers/memory-io.js';
import { diagramCommand } from './diagram-command.js';

const dir = mkdtempSync(join(tmpdir(), 'junction-diagram-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(args: string[]) {
  const { io, out } = memoryIo();
  const code = await diagramCommand.run(args, io);
  return { code, stdout: out.stdout, stderr: out.stderr, written: new Map(Object.entries(out.written)) };
}

function parse(svg: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const SCHOOL = `CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE enrollments (
  student_id INTEGER NOT NULL REFERENCES students (id),
  course_id INTEGER NOT NULL REFERENCES courses (id),
  PRIMARY KEY (student_id, course_id)
);
`;

const attrs = (doc: Document, selector: string, name: string) => [...doc.querySelectorAll(selector)].map((e) => e.getAttribute(name));

describe('junction diagram', () => {
  it('prints the physical view of a .sql file as SVG on standard output', async () => {
    const out = await run([file('school.sql', SCHOOL)]);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    const doc = parse(out.stdout);
    expect(attrs(doc, '[data-table]', 'data-table')).toEqual(['students', 'courses', 'enrollments']);
    expect(attrs(doc, '.erd-edge', 'data-kind')).toEqual(['many-to-one', 'many-to-one']);
    expect(doc.querySelector('[data-kind="many-to-many"]')?.getAttribute('data-junction')).toBe('enrollments');
    expect(doc.querySelector('desc')?.textContent).toContain('enrollments links students and courses (many-to-many, pure junction).');
  });

  it('draws one many-to-many line with --logical and writes it to the -o file', async () => {
    const out = await run([file('school2.sql', SCHOOL), '--logical', '-o', 'school.svg']);
    expect(out).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const doc = parse(out.written.get('school.svg')!);
    expect(attrs(doc, '[data-table]', 'data-table')).toEqual(['students', 'courses']);
    expect(attrs(doc, '.erd-edge', 'data-kind')).toEqual(['many-to-many']);
    expect(attrs(doc, '.erd-edge', 'data-pattern')).toEqual(['pure']);
  });

  it('draws self-referential, association-object and n-ary junctions found by the real inference', async () => {
    const sql = `CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE follows (follower_id INTEGER NOT NULL REFERENCES users (id), followee_id INTEGER NOT NULL REFERENCES users (id), PRIMARY KEY (follower_id, followee_id));
CREATE TABLE groups (id INTEGER PRIMARY KEY, title TEXT);
CREATE TABLE memberships (user_id INTEGER NOT NULL REFERENCES users (id), group_id INTEGER NOT NULL REFERENCES groups (id), role TEXT NOT NULL, PRIMARY KEY (user_id, group_id));
CREATE TABLE terms (id INTEGER PRIMARY KEY);
CREATE TABLE roster (user_id INTEGER NOT NULL REFERENCES users (id), group_id INTEGER NOT NULL REFERENCES groups (id), term_id INTEGER NOT NULL REFERENCES terms (id), PRIMARY KEY (user_id, group_id, term_id));
`;
    const out = await run([file('social.sql', sql), '--logical']);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    const doc = parse(out.stdout);
    const kinds = attrs(doc, '.erd-edge', 'data-kind');
    expect(kinds.filter((k) => k === 'many-to-many')).toHaveLength(2);
    expect(attrs(doc, '.erd-edge[data-kind="n-ary"]', 'data-junction')).toEqual(['roster', 'roster', 'roster']);
    expect(doc.querySelector('[data-junction="memberships"] .erd-label')?.textContent).toBe('memberships (role)');
    expect(attrs(doc, '[data-table]', 'data-table')).toEqual(['users', 'groups', 'terms']);
  });

  it('writes the title and description in Russian with --lang ru, the drawing unchanged', async () => {
    const path = file('school-ru.sql', `${SCHOOL}PRAGMA foreign_keys = OFF;\n`);
    const [ru, en] = [await run([path, '--lang', 'ru']), await run([path])];
    expect(ru).toMatchObject({ code: 0, stderr: '' });
    const desc = parse(ru.stdout).querySelector('desc')?.textContent ?? '';
    expect(desc).toContain('Таблица students:\n  id INTEGER — первичный ключ');
    expect(desc).toContain('Связи:\n');
    expect(desc).toContain('enrollments связывает students и courses (многие-ко-многим, чистая связующая таблица).');
    expect(desc).toContain('Предупреждения:\n- Внешние ключи на этом соединении выключены');
    expect(desc).not.toMatch(/Table |references|Warnings/);
    expect(parse(ru.stdout).querySelector('title')?.textContent).toBe('ER-диаграмма (физическая)');
    expect(parse(en.stdout).querySelector('title')?.textContent).toBe('Entity-relationship diagram (physical view)');
    // The boxes and lines are named in the language asked for; the drawing itself is the same.
    expect(parse(ru.stdout).querySelector('[data-table="enrollments"]')?.getAttribute('aria-label')).toMatch(/^enrollments связывает/);
    const words = (svg: string) => svg.replace(/<(desc|title)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/ aria-label="[^"]*"/g, '');
    expect(words(ru.stdout)).toBe(words(en.stdout));
  });

  it('draws the rest of a schema whose statement sql.js cannot run, naming that statement and its line', async () => {
    const path = file(
      'fts5.sql',
      'CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT);\nCREATE TABLE tags (id INTEGER PRIMARY KEY);\nCREATE VIRTUAL TABLE posts_fts USING fts5(title, body);\nCREATE TABLE post_tags (post_id INTEGER NOT NULL REFERENCES posts(id), tag_id INTEGER NOT NULL REFERENCES tags(id), PRIMARY KEY (post_id, tag_id));\n',
    );
    const out = await run([path, '--logical']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe(
      `${path}:3: skipped "CREATE VIRTUAL TABLE posts_fts USING fts5(title, body);": SQLite here cannot run it (no such module: fts5); the rest of the schema was read without it\n`,
    );
    expect(parse(out.stdout).querySelectorAll('[data-table]').length).toBe(2);
    expect(out.stdout).toContain('data-junction="post_tags"');
  });

  it('skips a broken statement with its line and draws the tables before and after it', async () => {
    const path = file(
      'broken.sql',
      'CREATE TABLE a (id INTEGER PRIMARY KEY);\nCREATE TABLE oops (;\nCREATE TABLE b (id INTEGER PRIMARY KEY);\n',
    );
    const out = await run([path]);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: skipped "CREATE TABLE oops \\(;"`));
    expect([...parse(out.stdout).querySelectorAll('[data-table]')].map((n) => n.getAttribute('data-table'))).toEqual(['a', 'b']);
  });

  it.each([
    [[], 'missing FILE'],
    [['a.sql', 'b.sql'], 'expected one FILE'],
    [['a.sql', '--dark'], 'unknown option --dark'],
    [['a.sql', '-o'], '-o needs a file name'],
    [['a.sql', '--lang', 'fr'], 'unknown language "fr" for --lang (expected en or ru)'],
    [['a.sql', '--lang'], '--lang needs a language (expected en or ru)'],
  ])('rejects the arguments %j with exit status 2', async (args, message) => {
    const out = await run(args);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`junction diagram: ${message}`);
  });

  it('exits 2 for a file that does not exist', async () => {
    const out = await run([join(dir, 'missing.sql')]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('no such file');
  });
});
