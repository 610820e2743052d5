/**
 * Files `lessons serve` may answer with: a request path mapped inside one folder (never outside it,
 * never a dot-file, never through a link that leads out), and the type each is served as.
 */
import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  // WebAssembly.instantiateStreaming refuses any other type.
  '.wasm': 'application/wasm',
  '.md': 'text/markdown; charset=utf-8',
  '.markdown': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.sql': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The Content-Type a file is served with; anything unknown is opaque bytes. */
export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `path` is `root` or inside it (both absolute). */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The file under `root` that the URL path `urlPath` (still percent-encoded, relative to `root`)
 * names, or null: for a path that leaves `root` (`..`, an encoded slash or backslash, a link out of
 * it), names a dot-file or folder (`.git/config`), has a NUL, or is not a regular file.
 */
export async function fileInside(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return null;
  const base = resolve(root);
  const candidate = resolve(base, ...segments);
  if (!isInside(base, candidate)) return null;
  try {
    // A symbolic link inside the folder may point anywhere: judge where it really leads.
    const [real, realBase] = await Promise.all([realpath(candidate), realpath(base)]);
    if (!isInside(realBase, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Where the built app is looked for: `dist/` of the package that holds this code (source or bundle). */
export function builtAppFolder(from: string): string {
  let dir = dirname(from);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return join(dirname(from), 'dist');
    dir = parent;
  }
  return join(dir, 'dist');
}
