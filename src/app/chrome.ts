/**
 * The app's frame: top bar (brand, lesson menu, language, theme, open file), the course index and,
 * on a narrow screen, the switch between the lesson and the lab.
 */
import type { Language } from '../core/messages/language.js';
import { say } from '../core/messages/renderer.js';
import { h } from '../ui/dom.js';
import { JunctionLanguageEvent, JunctionOpenFileEvent, JunctionResetEvent } from '../ui/events.js';
import type { CourseEntry } from './course.js';
import { formatRoute } from './router.js';
import type { AppState, Pane, Screen } from './state.js';
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
    // On a narrow screen showing the lab, the lesson is brought back first.
    document.querySelector<HTMLElement>('.pane-switch [data-pane="lesson"][aria-selected="false"]')?.click();
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

/** The widths at which the shell is one column and shows one half at a time (styles.css uses the same). */
export const NARROW_SCREEN = '(max-width: 860px)';

/** The lab's part a learner coming from the lesson wants to see: the diagram and its tabs. */
const LAB_FEATURE = '.diagram-panel';

/**
 * Where a half was scrolled to: the window's offset, and the block at the top of the view with its
 * distance from the top, so the learner comes back to that block even if the page moved around it.
 */
interface Place {
  y: number;
  anchor: Element | null;
  top: number;
}

/**
 * The switch a narrow screen keeps at the bottom, in reach of a thumb: a tab list of the lesson and
 * the lab, one shown at a time (wide screens show both and hide the switch). Each half comes back
 * scrolled as it was left; the lab's tab carries a dot when a run changed the lab unseen, and then
 * opens on the diagram. A pick is `choose(pane)`; `sync(state)` shows what the state says.
 */
export class PaneSwitch {
  readonly element: HTMLElement;
  readonly #panes: Record<Pane, HTMLElement>;
  readonly #tabs: Record<Pane, HTMLButtonElement>;
  readonly #labels: Record<Pane, HTMLElement>;
  readonly #dot = h('span', { class: 'pane-dot', 'aria-hidden': 'true', hidden: true });
  readonly #changedText = h('span', { class: 'visually-hidden', hidden: true });
  #shown: Pane = 'lesson';
  #changed = false;
  #lang: Language | null = null;
  #screen: Screen | null = null;
  #places: Partial<Record<Pane, Place>> = {};
  /** What last had focus in each half: Tab from the switch goes back to it. */
  #focus: Partial<Record<Pane, HTMLElement>> = {};

  constructor(panes: Record<Pane, HTMLElement>, choose: (pane: Pane) => void) {
    this.#panes = panes;
    this.#labels = { lesson: h('span', {}), lab: h('span', {}) };
    const tab = (pane: Pane, icon: SVGElement, ...extra: Node[]) => {
      // `lesson` is also where the skip link points.
      panes[pane].id ||= pane;
      const button = h('button', {
        type: 'button',
        role: 'tab',
        id: `${pane}-tab`,
        'data-pane': pane,
        'aria-controls': panes[pane].id,
      });
      button.append(icon, this.#labels[pane], ...extra);
      button.addEventListener('click', () => choose(pane));
      button.addEventListener('keydown', (event) => this.#key(event, pane, choose));
      panes[pane].addEventListener('focusin', (event) => {
        if (event.target instanceof HTMLElement) this.#focus[pane] = event.target;
      });
      return button;
    };
    // A page of lines, and two tables joined by a line.
    this.#tabs = {
      lesson: tab('lesson', paneMark('M3 2.5h10v11H3z M5.5 5.5h5 M5.5 8h5 M5.5 10.5h3')),
      lab: tab('lab', paneMark('M1.5 5h4.5v6H1.5z M10 5h4.5v6H10z M6 8h4'), this.#dot, this.#changedText),
    };
    // A landmark of its own, so a screen reader finds it with the page's other regions.
    this.element = h('nav', { class: 'pane-switch', hidden: true }, h('div', { role: 'tablist' }, this.#tabs.lesson, this.#tabs.lab));
  }

  /** Brings the switch and the two halves in line with `state`; returns the switch for the frame. */
  sync(state: AppState): HTMLElement {
    if (state.lang !== this.#lang) this.#label(state.lang);
    const fresh = state.screen !== this.#screen;
    if (fresh) {
      // Another screen: the places and focus kept were in views that are gone.
      this.#screen = state.screen;
      this.#places = {};
      this.#focus = {};
    }
    const hasLab = state.screen.kind === 'lesson';
    const pane: Pane = hasLab ? state.pane : 'lesson';
    // Kept while the next lesson loads, so the bar does not blink on every lesson change.
    this.element.hidden = !hasLab && state.screen.kind !== 'loading';
    for (const name of ['lesson', 'lab'] as const) {
      this.#tabs[name].setAttribute('aria-selected', String(name === pane));
      this.#tabs[name].tabIndex = name === pane ? 0 : -1;
    }
    const news = this.#changed;
    this.#changed = state.labChanged;
    this.#dot.hidden = !state.labChanged;
    this.#changedText.hidden = !state.labChanged;
    if (pane !== this.#shown) this.#show(pane, { keep: !fresh, news });
    else this.#hideAllBut(pane);
    return this.element;
  }

  #hideAllBut(pane: Pane): void {
    for (const name of ['lesson', 'lab'] as const) this.#panes[name].classList.toggle('pane-away', name !== pane);
  }

  #label(lang: Language): void {
    this.#lang = lang;
    this.element.setAttribute('aria-label', say(lang, 'ui.panes'));
    this.#labels.lesson.textContent = say(lang, 'ui.pane-lesson');
    this.#labels.lab.textContent = say(lang, 'ui.pane-lab');
    this.#changedText.textContent = `, ${say(lang, 'ui.pane-lab-changed')}`;
  }

  /** Shows `pane` alone; on a narrow screen, remembers where the other was and scrolls back to where this one was. */
  #show(pane: Pane, { keep, news }: { keep: boolean; news: boolean }): void {
    const narrow = window.matchMedia(NARROW_SCREEN).matches;
    if (keep && narrow) this.#places[this.#shown] = placeIn(this.#panes[this.#shown]);
    this.#shown = pane;
    this.#hideAllBut(pane);
    if (!narrow) return;
    const place = this.#places[pane];
    const feature = pane === 'lab' && (news || !place) ? this.#panes.lab.querySelector(LAB_FEATURE) : null;
    if (feature) bringNearTop(feature);
    else restore(place);
  }

  /** Arrow keys, Home and End move between the tabs; Tab goes back to where the learner was in the half shown. */
  #key(event: KeyboardEvent, pane: Pane, choose: (pane: Pane) => void): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Tab' && !event.shiftKey) {
      const last = this.#focus[pane];
      if (pane === this.#shown && last?.isConnected && this.#panes[pane].contains(last)) {
        event.preventDefault();
        last.focus();
      }
      return;
    }
    const target: Pane | null =
      event.key === 'Home'
        ? 'lesson'
        : event.key === 'End'
          ? 'lab'
          : event.key === 'ArrowLeft' || event.key === 'ArrowRight'
            ? other(pane)
            : null;
    if (!target) return;
    event.preventDefault();
    choose(target);
    this.#tabs[target].focus();
  }
}

function other(pane: Pane): Pane {
  return pane === 'lesson' ? 'lab' : 'lesson';
}

/** The block at the top of the view: the first child reaching into it, looked for a few levels down. */
function placeIn(pane: HTMLElement): Place {
  let anchor: Element | null = null;
  let scope: Element = pane;
  for (let depth = 0; depth < 4; depth++) {
    const child = [...scope.children].find((c) => c.getBoundingClientRect().bottom > 0);
    if (!child) break;
    anchor = child;
    if (child.getBoundingClientRect().top >= 0) break;
    scope = child;
  }
  return { y: window.scrollY, anchor, top: anchor?.getBoundingClientRect().top ?? 0 };
}

function restore(place: Place | undefined): void {
  if (!place) window.scrollTo(0, 0);
  else if (place.anchor?.isConnected) window.scrollBy(0, place.anchor.getBoundingClientRect().top - place.top);
  else window.scrollTo(0, place.y);
}

/** Scrolls `element` to near the top of the view, unless it already starts in the upper part of it. */
function bringNearTop(element: Element): void {
  const { top } = element.getBoundingClientRect();
  if (top >= 0 && top <= window.innerHeight * 0.4) return;
  window.scrollBy(0, top - 8);
}

/** A small line icon drawn in the text's colour. */
function paneMark(d: string): SVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'pane-mark');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.4');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
