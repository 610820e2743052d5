/**
 * Links that carry the playground's SQL: `#/en/<lesson>?sql=<deflate-raw, base64url>`. Opening one
 * puts the SQL in the playground and runs nothing; a link that cannot be read says so.
 */

/** The query parameter that holds the SQL. */
const PARAM = 'sql';
/** Decoded SQL past this is refused, so a small link cannot inflate into a huge text. */
export const MAX_SHARED_SQL = 1024 * 1024;

/** The outcome of reading a link's SQL. */
export type SharedSql = { ok: true; sql: string } | { ok: false };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Compresses `sql` into the text of a link's `sql` parameter (URL-safe as it is). */
export async function encodeSharedSql(sql: string): Promise<string> {
  const stream = new Blob([sql]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/**
 * Reads a link's `sql` parameter back: the SQL as text, or a failure for anything that is not
 * what `encodeSharedSql` wrote (bad base64, broken or truncated deflate, not UTF-8, too large).
 */
export async function decodeSharedSql(param: string): Promise<SharedSql> {
  const bytes = fromBase64Url(param);
  if (!bytes) return { ok: false };
  try {
    const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_SHARED_SQL * 4) {
        await reader.cancel();
        return { ok: false };
      }
      chunks.push(value);
    }
    const sql = new TextDecoder('utf-8', { fatal: true }).decode(concat(chunks, size));
    return sql.length > MAX_SHARED_SQL ? { ok: false } : { ok: true, sql };
  } catch {
    // DecompressionStream rejects broken or truncated data, TextDecoder text that is not UTF-8.
    return { ok: false };
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** Splits a route hash into the hash without its `sql` parameter and that parameter (null when absent). */
export function takeSharedParam(hash: string): { hash: string; param: string | null } {
  const at = hash.indexOf('?');
  if (at < 0) return { hash, param: null };
  const params = new URLSearchParams(hash.slice(at + 1));
  const param = params.get(PARAM);
  if (param === null) return { hash, param: null };
  params.delete(PARAM);
  const rest = params.toString();
  return { hash: `${hash.slice(0, at)}${rest ? `?${rest}` : ''}`, param };
}

/** The page's address with `hash` and the SQL in it: the link "Copy link" puts on the clipboard. */
export async function sharedLink(pageUrl: string, hash: string, sql: string): Promise<string> {
  const url = new URL(pageUrl);
  const base = takeSharedParam(hash).hash || '#/';
  url.hash = `${base}${base.includes('?') ? '&' : '?'}${PARAM}=${await encodeSharedSql(sql)}`;
  return url.href;
}
