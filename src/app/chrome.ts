/** The app's frame: top bar (brand, lesson menu, language, theme, open file) and the course index. */
import type { Language } from '../core/messages/language.js';
import { say } from '../core/messages/render.js';
import { h } from '../ui/dom.js';
import { JunctionLanguageEvent, JunctionOpenFileEvent, JunctionResetEvent } from '../ui/events.js';
import type { CourseEntry } from './course.js';
import { formatRoute } from './router.js';
import { saveTheme, type Theme } from './theme.js';

/** The top bar; it announces a language pick (`junction-language`) and a picked file (`junction-open-file`). */
export function buildTopbar(lang: Language, sidebar: HTMLElement): HTMLElement {
  const menu = h('button', { class: 'btn quiet menu-toggle', type: 'button', 'aria-expanded': 'false' }, `☰ ${say(lang, 'ui.menu')}`);
  menu.addEventListener('click', () => {
    const open = sidebar.classList.toggle('open');
    menu.setAttribute('aria-expanded', String(open));
  });
  const language = h(
    'select',
    { 'aria-label': say(lang, 'ui.language'), 'data-control': 'language' },
    h('option', { value: 'en' }, 'English'),
    h('option', { value: 'ru' }, 'Русский'),
  );
  language.value = lang;
  language.addEventListener('change', () => language.dispatchEvent(new JunctionLanguageEvent(language.value === 'ru' ? 'ru' : 'en')));
  const theme = h('button', { class: 'btn quiet', type: 'button', 'data-control': 'theme', title: say(lang, 'ui.theme') });
  const paintTheme = () => {
    const dark = document.documentElement.dataset.theme === 'dark';
    theme.textContent = dark ? '☀' : '☾';
    theme.setAttribute('aria-label', say(lang, 'ui.theme-state', { dark }));
  };
  theme.addEventListener('click', () => {
    const next: Theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    saveTheme(next);
    paintTheme();
  });
  paintTheme();
  // Out of the Tab order and hidden from screen readers: the visible button opens it.
  const picker = h('input', {
    type: 'file',
    accept: '.md,.markdown,text/markdown',
    class: 'visually-hidden',
    'data-control': 'open-file',
    tabindex: '-1',
    'aria-hidden': 'true',
    'aria-label': say(lang, 'ui.open-lesson'),
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) picker.dispatchEvent(new JunctionOpenFileEvent(file));
    picker.value = '';
  });
  const open = h('button', { class: 'btn quiet', type: 'button', 'data-action': 'open-lesson' }, say(lang, 'ui.open-lesson'));
  open.addEventListener('click', () => picker.click());
  const brand = h('a', { class: 'brand', href: formatRoute({ kind: 'lesson', lang, lessonId: null }) }, brandMark(), 'Junction');
  return h('header', { class: 'topbar' }, skipLink(lang), menu, brand, h('span', { class: 'spacer' }), open, picker, language, theme);
}

/**
 * The first Tab stop: it moves focus to the lesson pane. A button-like link handled here, since
 * `href="#…"` would be read by the hash router as a route.
 */
function skipLink(lang: Language): HTMLElement {
  const link = h('a', { class: 'skip-link', href: '#lesson' }, say(lang, 'ui.skip-to-lesson'));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    document.querySelector<HTMLElement>('main.lesson-pane')?.focus();
  });
  return link;
}

function brandMark(): SVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'brand-mark');
  svg.setAttribute('aria-hidden', 'true');
  for (const [x] of [[1], [11]]) {
    const rect = document.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ x, y: 5, width: 4, height: 6, rx: 1, fill: 'var(--j-accent)' })) rect.setAttribute(k, String(v));
    svg.append(rect);
  }
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M5 8h6');
  path.setAttribute('stroke', 'var(--j-accent)');
  path.setAttribute('stroke-width', '2');
  svg.append(path);
  return svg;
}

/** The course index with solved marks; `solvedOf` gives a lesson's solved count. Resets are `junction-reset` events. */
export function renderCourseIndex(
  sidebar: HTMLElement,
  lang: Language,
  entries: CourseEntry[],
  currentId: string | null,
  solvedOf: (lessonId: string) => number,
): void {
  const items = entries.map((entry, i) => {
    const total = entry.exercises;
    const solved = solvedOf(entry.id);
    const link = h(
      'a',
      {
        href: formatRoute({ kind: 'lesson', lang: entry.lang, lessonId: entry.id }),
        'aria-current': entry.id === currentId ? 'page' : undefined,
        title: entry.summary,
      },
      h('span', { class: 'num' }, String(i + 1).padStart(2, '0')),
      h('span', { class: 'title' }, entry.title),
      total > 0 && solved > 0
        ? h(
            'span',
            { class: 'done', title: say(lang, 'ui.solved-count', { n: solved, total }) },
            solved >= total ? '✓' : `${solved}/${total}`,
          )
        : null,
    );
    return h('li', {}, link);
  });
  const resetLesson = h('button', { class: 'btn quiet', type: 'button', 'data-action': 'reset-lesson' }, say(lang, 'ui.reset-lesson'));
  const resetCourse = h('button', { class: 'btn quiet', type: 'button', 'data-action': 'reset-course' }, say(lang, 'ui.reset-course'));
  resetLesson.addEventListener('click', () => {
    if (window.confirm(say(lang, 'ui.confirm-reset-lesson'))) resetLesson.dispatchEvent(new JunctionResetEvent('lesson'));
  });
  resetCourse.addEventListener('click', () => {
    if (window.confirm(say(lang, 'ui.confirm-reset-course'))) resetCourse.dispatchEvent(new JunctionResetEvent('course'));
  });
  sidebar.replaceChildren(
    h('nav', { class: 'course-index', 'aria-label': say(lang, 'ui.course') }, h('h2', {}, say(lang, 'ui.course')), h('ol', {}, ...items)),
    h('div', { class: 'course-actions' }, resetLesson, resetCourse),
  );
}
