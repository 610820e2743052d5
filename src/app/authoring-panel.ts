/**
 * The authoring panel of `junction lessons serve`: the folder's lessons (the course being written),
 * the problems `lessons check` finds as file:line, and whether the page is still connected. Text
 * only, in the chrome's language; its shadow root keeps its styles apart from the app's.
 */
import type { Language } from '../core/messages/language.js';
import { renderMessage, say } from '../core/messages/renderer.js';
import { h, textWithCode } from '../ui/dom.js';
import type { AuthoringReport } from './authoring-report.js';
import { formatRoute } from './router.js';

/** Everything the panel shows. */
export interface PanelState {
  lang: Language;
  report: AuthoringReport | null;
  connection: 'live' | 'lost';
  /** The url of the folder's lesson on screen. */
  current: string | null;
  /** The file just read again after a save, said until the next change. */
  reloaded: string | null;
}

const STYLES = `
:host { position: fixed; left: 0.75rem; bottom: 0.75rem; z-index: 40; width: min(27rem, calc(100vw - 1.5rem));
  font: 14px/1.45 var(--j-font, system-ui, sans-serif); color: var(--j-text, #1d1d1f); }
aside { background: var(--j-surface, #fff); border: 1px solid var(--j-border, #ccc); border-radius: var(--j-radius, 8px);
  box-shadow: var(--j-shadow, 0 4px 16px rgb(0 0 0 / 0.15)); max-height: 45vh; overflow: auto; }
summary { cursor: pointer; padding: 0.5rem 0.75rem; font-weight: 600; position: sticky; top: 0; background: inherit; }
.count { font-weight: 500; color: var(--j-error, #b3261e); margin-inline-start: 0.4rem; }
.count.none { color: var(--j-ok, #1b7f3b); }
.body { padding: 0 0.75rem 0.6rem; }
.status { margin: 0 0 0.4rem; color: var(--j-muted, #666); }
.status.lost { color: var(--j-warn, #8a5a00); }
ol, ul { margin: 0.25rem 0 0.5rem; padding-inline-start: 1.2rem; }
a { color: var(--j-accent, #4f6bed); }
a[aria-current='page'] { font-weight: 600; }
.problems li { margin-bottom: 0.3rem; }
.problems li.here code { background: var(--j-error-soft, #fde7e7); }
code { font-family: var(--j-mono, ui-monospace, monospace); font-size: 0.92em; overflow-wrap: anywhere; }
.ok { margin: 0.25rem 0; color: var(--j-ok, #1b7f3b); }
`;

export class AuthoringPanel {
  /** The panel's host: put it in the page once. */
  readonly element = h('div', { class: 'junction-authoring' });
  readonly #details = h('details', { open: true });
  readonly #summary = h('summary');
  readonly #body = h('div', { class: 'body' });
  readonly #aside = h('aside');

  constructor() {
    const root = this.element.attachShadow({ mode: 'open' });
    this.#details.append(this.#summary, this.#body);
    this.#aside.append(this.#details);
    root.append(h('style', {}, STYLES), this.#aside);
  }

  /** Draws `state`; the open or closed state of the panel is the author's and is kept. */
  show(state: PanelState): void {
    const { lang, report } = state;
    const dir = report?.dir ?? '…';
    this.#aside.setAttribute('aria-label', say(lang, 'author.panel', { dir }));
    const problems = report?.problems ?? [];
    const count = h(
      'span',
      { class: problems.length ? 'count' : 'count none' },
      `· ${say(lang, 'author.problems', { n: problems.length })}`,
    );
    this.#summary.replaceChildren(say(lang, 'author.panel', { dir }), ...(report && !report.checking ? [count] : []));
    const status =
      state.connection === 'lost'
        ? say(lang, 'author.lost')
        : [
            state.reloaded ? say(lang, 'author.reloaded', { file: state.reloaded }) : say(lang, 'author.live'),
            report?.checking ? say(lang, 'author.checking') : '',
          ]
            .filter(Boolean)
            .join(' ');
    const parts: Node[] = [
      h('p', { class: state.connection === 'lost' ? 'status lost' : 'status', role: 'status' }, ...textWithCode(status)),
    ];
    if (report) parts.push(this.#lessons(report, state));
    const list = report ? this.#problems(report, state) : null;
    if (list) parts.push(list);
    this.#body.replaceChildren(...parts);
  }

  #lessons(report: AuthoringReport, state: PanelState): HTMLElement {
    if (report.lessons.length === 0) return h('p', {}, say(state.lang, 'author.no-lessons', { dir: report.dir }));
    return h(
      'ol',
      { class: 'lessons' },
      ...report.lessons.map((lesson) => {
        const count = report.problems.filter((p) => p.file === lesson.path).length;
        return h(
          'li',
          { 'data-path': lesson.path },
          h(
            'a',
            {
              href: formatRoute({ kind: 'open', lang: state.lang, src: lesson.url }),
              'aria-current': lesson.url === state.current ? 'page' : undefined,
              title: lesson.path,
            },
            lesson.title,
          ),
          count > 0 ? h('span', { class: 'count' }, say(state.lang, 'author.problems', { n: count })) : null,
        );
      }),
    );
  }

  #problems(report: AuthoringReport, state: PanelState): HTMLElement | null {
    if (report.problems.length === 0)
      return report.checking ? null : h('p', { class: 'ok' }, ...textWithCode(say(state.lang, 'author.no-problems')));
    const here = report.lessons.find((lesson) => lesson.url === state.current)?.path;
    return h(
      'ul',
      { class: 'problems' },
      ...report.problems.map((problem) => {
        const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
        return h(
          'li',
          { class: problem.file === here ? 'here' : undefined, 'data-file': problem.file, 'data-line': problem.line ?? undefined },
          h('code', {}, where),
          ' ',
          renderMessage(problem.message, state.lang),
        );
      }),
    );
  }
}
