/**
 * The page side of `junction lessons serve` (started when index.html carries its `<meta>`): it
 * listens to the server's events, shows the authoring panel, and when the file of the lesson on
 * screen is saved, opens that lesson again through the router, as following its link would. The
 * learner's editor texts come back from storage like on any reopen, and the scroll position is kept.
 */
import { isLanguage, type Language } from '../core/messages/language.js';
import { loadCatalogue } from '../core/messages/renderer.js';
import { AuthoringPanel, type PanelState } from './authoring-panel.js';
import { type AuthoringReport, lessonAt, readReport } from './authoring-report.js';
import { formatRoute, isBareHash, parseRoute } from './router.js';

/** How long a reopen may take before the scroll position is given up on. */
const REOPEN_TIMEOUT_MS = 15_000;

/**
 * Connects to the server at `base` (the `<meta>`'s content, e.g. `/__junction/`). Resolves once
 * the first report is in, so a bare address can be sent to the folder's first lesson before the
 * app reads it.
 */
export async function startAuthoring(base: string): Promise<void> {
  const panel = new AuthoringPanel();
  const state: PanelState = { lang: pageLanguage(), report: null, connection: 'live', current: null, reloaded: null };
  /** The lesson file on screen and the revision it was opened at. */
  let shown: { url: string; revision: string } | null = null;
  // The panel speaks the page's language; it waits for that language's words to be there.
  const show = () => {
    const lang = state.lang;
    void loadCatalogue(lang).then(() => {
      if (state.lang === lang) panel.show(state);
    });
  };

  const track = () => {
    const lesson = state.report ? currentLesson(state.report) : null;
    state.current = lesson?.url ?? null;
    if (lesson && shown?.url !== lesson.url) shown = { url: lesson.url, revision: lesson.revision };
    if (!lesson) shown = null;
  };
  const take = (report: AuthoringReport) => {
    state.report = report;
    const lesson = currentLesson(report);
    if (lesson && shown?.url === lesson.url && shown.revision !== lesson.revision) {
      shown = { url: lesson.url, revision: lesson.revision };
      state.reloaded = lesson.path;
      reopen();
    } else if (lesson && shown && shown.url === lesson.url) {
      // Only the problems changed (a check finished): the lesson stays as it is.
    } else {
      state.reloaded = null;
    }
    track();
    show();
  };

  const first = await fetchReport(base);
  if (first) {
    const lesson = first.lessons[0];
    if (lesson && isBareHash(location.hash)) history.replaceState(null, '', formatRoute({ kind: 'open', lang: 'en', src: lesson.url }));
    take(first);
  } else state.connection = 'lost';

  window.addEventListener('hashchange', () => {
    const before = state.current;
    track();
    if (state.current !== before) state.reloaded = null;
    show();
  });
  new MutationObserver(() => {
    state.lang = pageLanguage();
    show();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  const events = new EventSource(`${base}events`);
  events.addEventListener('report', (event) => {
    const report = readReport((event as MessageEvent<string>).data);
    if (!report) return;
    state.connection = 'live';
    take(report);
  });
  // EventSource reconnects by itself; the first report after that says what changed meanwhile.
  events.addEventListener('error', () => {
    state.connection = 'lost';
    show();
  });
  document.body.append(panel.element);
  show();
}

async function fetchReport(base: string): Promise<AuthoringReport | null> {
  try {
    const response = await fetch(`${base}report`, { cache: 'no-store' });
    return response.ok ? readReport(await response.text()) : null;
  } catch {
    return null;
  }
}

/** The folder's lesson the route shows, if it shows one. */
function currentLesson(report: AuthoringReport) {
  const route = parseRoute(location.hash);
  return route.kind === 'open' ? lessonAt(report, route.src, location.href) : null;
}

function pageLanguage(): Language {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : 'en';
}

/**
 * Opens the route on screen again: the app navigates on `hashchange`, so the same route, announced
 * once more, reads the lesson file anew. The lesson pane's scroll position is put back afterwards.
 */
function reopen(): void {
  const app = document.getElementById('app');
  const pane = () => document.querySelector<HTMLElement>('main.lesson-pane');
  const top = pane()?.scrollTop ?? 0;
  if (app && top > 0) {
    let busy = false;
    const observer = new MutationObserver(() => {
      if (app.hasAttribute('aria-busy')) busy = true;
      else if (busy) {
        observer.disconnect();
        const target = pane();
        if (target) target.scrollTop = top;
      }
    });
    observer.observe(app, { attributes: true, attributeFilter: ['aria-busy'] });
    setTimeout(() => observer.disconnect(), REOPEN_TIMEOUT_MS);
  }
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL: location.href, newURL: location.href }));
}
