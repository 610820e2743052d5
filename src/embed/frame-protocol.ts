/**
 * The iframe page's side of the conversation with its host (embed.html): the settings read from the
 * address's hash, and the messages it posts to the parent window. Pure, so both are unit-tested.
 */
import { type EmbedAttribute, type EmbedSettings, readSettings } from './attributes.js';

/** What embed.html posts to its parent. Ids and a verdict only: never the learner's code or rows. */
export type FrameMessage =
  | { source: 'junction'; type: 'ready'; lesson: string; exercise: string | null }
  | { source: 'junction'; type: 'checked'; lesson: string; exercise: string; passed: boolean }
  | { source: 'junction'; type: 'solved'; lesson: string; exercise: string; passed: true }
  | { source: 'junction'; type: 'resize'; height: number };

export type FrameMessageType = FrameMessage['type'];

/** The iframe's settings: the element's, plus the origin of the page allowed to hear it. */
export interface FrameSettings extends EmbedSettings {
  /** The parent's origin (`parent-origin`); null posts to `*`. */
  parentOrigin: string | null;
}

/** An origin as `postMessage` takes it (`https://lms.example.edu`), or null. */
export function parseOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin === value.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/** Reads `#src=…&exercise=…&lang=…&theme=…&diagram=…&height=…&parent-origin=…`; `src` resolves against `base`. */
export function parseFrameHash(hash: string, base: string): FrameSettings {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { ...readSettings((name: EmbedAttribute) => params.get(name), base), parentOrigin: parseOrigin(params.get('parent-origin')) };
}

/** Where messages go: the named parent origin, else any (they carry no learner content). */
export function targetOrigin(settings: Pick<FrameSettings, 'parentOrigin'>): string {
  return settings.parentOrigin ?? '*';
}

/** True for a message posted by a Junction iframe (what a host's `message` listener tests first). */
export function isFrameMessage(data: unknown): data is FrameMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { source, type } = data as { source?: unknown; type?: unknown };
  return source === 'junction' && (type === 'ready' || type === 'checked' || type === 'solved' || type === 'resize');
}
