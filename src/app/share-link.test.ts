import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSharedSql, encodeSharedSql, MAX_SHARED_SQL, sharedLink, takeSharedParam } from './share-link.js';

async function deflated(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return Buffer.from(await new Response(stream).arrayBuffer()).toString('base64url');
}

describe('shared SQL in a link', () => {
  it.each([
    ['', ''],
    ['plain', 'SELECT * FROM students;'],
    ['every kind of character', "SELECT 'Пётр', '日本', '🙂', 'a\"b''c' -- </script><img src=x onerror=alert(1)>\n\t;"],
    ['a long script', 'INSERT INTO t VALUES (1);\n'.repeat(5000)],
  ])('round-trips %s', async (_, sql) => {
    const param = await encodeSharedSql(sql);
    expect(param).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(await decodeSharedSql(param)).toEqual({ ok: true, sql });
  });

  it('round-trips any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (sql) => {
        expect(await decodeSharedSql(await encodeSharedSql(sql))).toEqual({ ok: true, sql });
      }),
      { numRuns: 60 },
    );
  });

  it('compresses repetitive SQL well below its length', async () => {
    const sql = 'INSERT INTO enrollments VALUES (1, 2);\n'.repeat(200);
    expect((await encodeSharedSql(sql)).length).toBeLessThan(sql.length / 20);
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['a script tag', '<script>alert(1)</script>'],
    ['one stray character', 'A'],
    ['bytes that are not deflate', Buffer.from('SELECT 1').toString('base64url')],
    ['a percent escape', '%3Cscript%3E'],
  ])('fails clearly on %s', async (_, param) => {
    expect(await decodeSharedSql(param)).toEqual({ ok: false });
  });

  it('fails on a link cut short', async () => {
    const param = await encodeSharedSql('SELECT name FROM students WHERE id IN (SELECT student_id FROM enrollments);'.repeat(20));
    expect(await decodeSharedSql(param.slice(0, param.length >> 1))).toEqual({ ok: false });
  });

  it('fails on bytes that are not UTF-8', async () => {
    expect(await decodeSharedSql(await deflated(Uint8Array.of(0xff, 0xfe, 0x41)))).toEqual({ ok: false });
  });

  it('refuses a small link that inflates past the limit', async () => {
    const bomb = await deflated(new Uint8Array(MAX_SHARED_SQL * 8).fill(0x41));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await decodeSharedSql(bomb)).toEqual({ ok: false });
  });
});

describe('takeSharedParam', () => {
  it.each([
    ['#/en/many-to-many?sql=abc', '#/en/many-to-many', 'abc'],
    ['#/en/many-to-many?lang=ru&sql=abc', '#/en/many-to-many?lang=ru', 'abc'],
    ['#/en/many-to-many', '#/en/many-to-many', null],
    ['#/open?src=x', '#/open?src=x', null],
    ['', '', null],
  ])('splits %s', (hash, rest, param) => {
    expect(takeSharedParam(hash)).toEqual({ hash: rest, param });
  });
});

describe('sharedLink', () => {
  it('keeps the page and the lesson, replacing an older sql parameter', async () => {
    const link = await sharedLink('http://127.0.0.1:4173/index.html#/en/x?sql=old', '#/en/x?sql=old', 'SELECT 1;');
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:4173/index.html');
    const { hash, param } = takeSharedParam(url.hash);
    expect(hash).toBe('#/en/x');
    expect(await decodeSharedSql(param ?? '')).toEqual({ ok: true, sql: 'SELECT 1;' });
  });
});
