import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { get, type IncomingMessage, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../db/node-engine.js';
import { type FolderReport, LessonFolder } from './lesson-folder.js';
import { type LessonServer, markForAuthoring, startLessonServer } from './lesson-server.js';

const LESSON = (text: string) => `---
id: enrol
title: Enrolling
setup: |
  CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
  INSERT INTO students VALUES (1, 'Ada');
---

${text}

\`\`\`sql exercise id=names
SELECT
\`\`\`

\`\`\`sql solution for=names
SELECT name FROM students;
\`\`\`
`;

let root: string;
let lessons: string;
let folder: LessonFolder;
let server: LessonServer;

/** A GET (or another method) sent as written: fetch would resolve `..` before sending. */
function raw(
  path: string,
  options: { method?: string; host?: string } = {},
): Promise<{ status: number; type: string; body: string; headers: IncomingMessage['headers'] }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body, headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The server's event stream: each `report` event, parsed, in order. */
function events() {
  const reports: FolderReport[] = [];
  const waiting: { test: (r: FolderReport) => boolean; resolve: (r: FolderReport) => void }[] = [];
  let buffer = '';
  let response: IncomingMessage | undefined;
  const req = get(`${server.url}__junction/events`, (res) => {
    response = res;
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (block.includes('event: report') && data) {
          const report = JSON.parse(data.slice('data: '.length)) as FolderReport;
          reports.push(report);
          for (const w of waiting.filter((w) => w.test(report))) {
            waiting.splice(waiting.indexOf(w), 1);
            w.resolve(report);
          }
        }
        end = buffer.indexOf('\n\n');
      }
    });
  });
  return {
    get type() {
      return response?.headers['content-type'];
    },
    /** The first report (already received or still to come) that passes `test`. */
    next(test: (r: FolderReport) => boolean): Promise<FolderReport> {
      const seen = reports.find(test);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiting.push({ test, resolve }));
    },
    close: () => req.destroy(),
  };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'junction-serve-'));
  lessons = join(root, 'lessons');
  const app = join(root, 'app');
  await mkdir(join(lessons, '.git'), { recursive: true });
  await mkdir(join(app, 'assets'), { recursive: true });
  await writeFile(join(lessons, '01-enrol.md'), LESSON('First text.'));
  await writeFile(join(lessons, 'diagram.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(lessons, '.git', 'config'), '[core]');
  await writeFile(join(root, 'secret.txt'), 'not for the page');
  await symlink(join(root, 'secret.txt'), join(lessons, 'link.md'));
  await writeFile(join(app, 'index.html'), '<!doctype html><html><head><title>Junction</title></head><body></body></html>');
  await writeFile(join(app, 'assets', 'index.js'), 'export {};');
  await writeFile(join(app, 'assets', 'sql.wasm'), new Uint8Array([0, 0x61, 0x73, 0x6d]));
  await writeFile(join(app, 'sw.js'), "self.addEventListener('fetch', () => {});");
  folder = new LessonFolder(lessons, 'lessons', await createNodeEngine());
  await folder.start();
  server = await startLessonServer({ folder, lessonsDir: lessons, appDir: app, host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  folder?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the lessons server', () => {
  it('listens on 127.0.0.1 and serves the app with the authoring mark in index.html', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    for (const path of ['/', '/index.html']) {
      const page = await raw(path);
      expect(page.status).toBe(200);
      expect(page.type).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('<head>\n    <meta name="junction-authoring" content="/__junction/" />');
    }
  });

  it.each([
    ['/assets/index.js', 'text/javascript; charset=utf-8'],
    ['/assets/sql.wasm', 'application/wasm'],
    ['/lessons/01-enrol.md', 'text/markdown; charset=utf-8'],
    ['/lessons/diagram.png', 'image/png'],
  ])('serves %s as %s, never cached', async (path, type) => {
    const response = await raw(path);
    expect(response.status).toBe(200);
    expect(response.type).toBe(type);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it("serves the folder's files sandboxed, so none runs as a page of the app", async () => {
    expect((await raw('/lessons/01-enrol.md')).headers['content-security-policy']).toBe('sandbox');
  });

  it('answers no sw.js, though the app has one, so no service worker is installed while authoring', async () => {
    expect((await raw('/sw.js')).status).toBe(404);
  });

  it.each([
    '/lessons/../secret.txt',
    '/lessons/../../secret.txt',
    '/lessons/%2e%2e/secret.txt',
    '/lessons/..%2fsecret.txt',
    '/lessons/..%5csecret.txt',
    '/lessons/%00.md',
    '/lessons/.git/config',
    '/lessons/link.md',
    '/lessons/',
    '/lessons/missing.md',
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/assets/../../secret.txt',
  ])('refuses %s: nothing outside the folder, no dot-files, no link out of it', async (path) => {
    const response = await raw(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('not for the page');
  });

  it('refuses a request for another host name (DNS rebinding) and methods other than GET and HEAD', async () => {
    expect((await raw('/lessons/01-enrol.md', { host: 'evil.example:80' })).status).toBe(403);
    expect((await raw('/lessons/01-enrol.md', { host: `localhost:${new URL(server.url).port}` })).status).toBe(200);
    expect((await raw('/lessons/01-enrol.md', { method: 'POST' })).status).toBe(405);
    const head = await raw('/lessons/01-enrol.md', { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it("reports the folder's lessons, their revisions and what lessons check finds", async () => {
    await folder.idle();
    const report = JSON.parse((await raw('/__junction/report')).body) as FolderReport;
    expect(report).toMatchObject({ dir: 'lessons', checking: false, problems: [] });
    expect(report.lessons).toEqual([
      {
        path: join('lessons', '01-enrol.md'),
        url: '/lessons/01-enrol.md',
        id: 'enrol',
        title: 'Enrolling',
        exercises: 1,
        revision: expect.any(String),
      },
    ]);
  });

  it('sends a new report as an event when a lesson file is saved, then its problems with file and line', async () => {
    const stream = events();
    try {
      const first = await stream.next(() => true);
      expect(stream.type).toBe('text/event-stream; charset=utf-8');
      const before = first.lessons[0]!.revision;
      await writeFile(
        join(lessons, '01-enrol.md'),
        LESSON('Second text.').replace('SELECT name FROM students;', 'SELECT nme FROM students;'),
      );
      const changed = await stream.next((r) => r.lessons[0]!.revision !== before && !r.checking);
      expect(changed.problems).toEqual([
        {
          file: join('lessons', '01-enrol.md'),
          line: 15,
          message: expect.objectContaining({ code: 'lesson.check-solution-fails', params: expect.objectContaining({ exercise: 'names' }) }),
        },
      ]);
      await writeFile(join(lessons, '01-enrol.md'), '---\nid: [broken\n---\n# Broken\n');
      const broken = await stream.next((r) => r.problems.some((p) => p.message.code === 'lesson.bad-yaml'));
      expect(broken.problems.find((p) => p.message.code === 'lesson.bad-yaml')).toMatchObject({
        file: join('lessons', '01-enrol.md'),
        line: 2,
      });
    } finally {
      stream.close();
    }
  });
});

describe('markForAuthoring', () => {
  it('adds the mark after <head>, or at the top of a page without one', () => {
    expect(markForAuthoring('<html><head lang="x"><title>t</title>')).toBe(
      '<html><head lang="x">\n    <meta name="junction-authoring" content="/__junction/" /><title>t</title>',
    );
    expect(markForAuthoring('<p>bare</p>')).toBe('<meta name="junction-authoring" content="/__junction/" />\n<p>bare</p>');
  });
});
