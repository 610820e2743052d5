/**
 * `<junction-lesson>`: a Junction lesson (or one exercise of it) in any page. Attributes are the
 * API, read through typed getters with defaults; the element draws in an open shadow root with the
 * app's styles inside and announces `junction-ready`, `junction-run`, `junction-checked` and
 * `junction-solved` (see events.ts). The heavy part (parser, components) loads after definition.
 */
import type { Language } from '../core/messages/language.js';
import { type Message, msg } from '../core/messages/message.js';
import { loadCatalogue, renderMessage } from '../core/messages/renderer.js';
import {
  dedent,
  EMBED_ATTRIBUTES,
  type EmbedAttribute,
  type EmbedDiagram,
  type EmbedSettings,
  type EmbedTheme,
  parseDiagram,
  parseExercise,
  parseHeight,
  parseLang,
  parseSrc,
  parseTheme,
  readSettings,
} from './attributes.js';
import type { JunctionLessonCheckedEvent, JunctionReadyEvent, JunctionSolvedEvent } from './events.js';
import type { LessonSource, MountedLesson } from './mount-lesson.js';
import { storeFor } from './progress.js';
import { nextDatabaseName, sharedEngine, sharedWasm } from '../db/shared-engine.js';
import { loadHeavyPartsAfter } from '../ui/heavy-parts.js';
import { textWithCode } from '../ui/dom.js';
import { embedStyleSheet } from './styles.js';
import type { JunctionRunEvent } from '../ui/events.js';

/** The events of a `<junction-lesson>`, for typed listeners on the element. */
export interface JunctionLessonEventMap extends HTMLElementEventMap {
  'junction-ready': JunctionReadyEvent;
  'junction-run': JunctionRunEvent;
  'junction-checked': JunctionLessonCheckedEvent;
  'junction-solved': JunctionSolvedEvent;
}

const darkScheme = () => matchMedia('(prefers-color-scheme: dark)');

export class JunctionLessonElement extends HTMLElement {
  static readonly observedAttributes: readonly EmbedAttribute[] = EMBED_ATTRIBUTES;

  /** Defines the element as `tag` in `registry` (once; a second call is a no-op). */
  static define(tag = 'junction-lesson', registry: CustomElementRegistry = customElements): typeof JunctionLessonElement {
    // `this`, not the class name: a subclass defines itself.
    // biome-ignore lint/complexity/noThisInStatic: see above
    if (!registry.get(tag)) registry.define(tag, this);
    // biome-ignore lint/complexity/noThisInStatic: see above
    return this;
  }

  /** Typed listeners for the element's own events (`junction-checked` names the lesson here). */
  override addEventListener<K extends keyof JunctionLessonEventMap>(
    type: K,
    listener: (this: JunctionLessonElement, event: JunctionLessonEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  /**
   * Whose progress this is: the host page's origin (default), or the parent origin the iframe page
   * was given. Set before the element connects.
   */
  progressScope: string = location.origin;
  readonly #root: ShadowRoot;
  readonly #container: HTMLElement;
  readonly #db = nextDatabaseName();
  #mounted: MountedLesson | null = null;
  #generation = 0;
  #scheduled = false;
  #ready: Promise<void>;
  #resolveReady!: () => void;
  readonly #onScheme = () => this.#applyTheme();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [embedStyleSheet()];
    this.#container = document.createElement('div');
    this.#container.className = 'embed';
    this.#container.setAttribute('part', 'body');
    this.#root.append(this.#container);
    this.#ready = this.#nextReady();
  }

  get src(): string | null {
    return parseSrc(this.getAttribute('src'), document.baseURI);
  }
  set src(value: string | null) {
    this.#reflect('src', value);
  }
  get exercise(): string | null {
    return parseExercise(this.getAttribute('exercise'));
  }
  set exercise(value: string | null) {
    this.#reflect('exercise', value);
  }
  /** The `lang` attribute as a course language (null: the lesson's own); `lang` itself stays the native property. */
  get language(): Language | null {
    return parseLang(this.getAttribute('lang'));
  }
  get theme(): EmbedTheme {
    return parseTheme(this.getAttribute('theme'));
  }
  set theme(value: EmbedTheme) {
    this.#reflect('theme', value);
  }
  get diagram(): EmbedDiagram {
    return parseDiagram(this.getAttribute('diagram'));
  }
  set diagram(value: EmbedDiagram) {
    this.#reflect('diagram', value);
  }
  get height(): string | null {
    return parseHeight(this.getAttribute('height'));
  }
  set height(value: string | null) {
    this.#reflect('height', value);
  }

  /** Every attribute, read with its default. */
  get settings(): EmbedSettings {
    return readSettings((name) => this.getAttribute(name), document.baseURI);
  }

  /** The shown lesson's id, once it is rendered. */
  get lessonId(): string | null {
    return this.#mounted?.lesson.id ?? null;
  }

  /** Resolves when the current lesson is on screen (as `junction-ready` is announced). */
  get ready(): Promise<void> {
    return this.#ready;
  }

  connectedCallback(): void {
    this.#applyTheme();
    this.#applyHeight();
    darkScheme().addEventListener('change', this.#onScheme);
    this.#schedule();
  }

  disconnectedCallback(): void {
    darkScheme().removeEventListener('change', this.#onScheme);
    this.#generation++;
    this.#mounted?.destroy();
    this.#mounted = null;
  }

  attributeChangedCallback(name: EmbedAttribute, previous: string | null, value: string | null): void {
    if (previous === value || !this.isConnected) return;
    if (name === 'theme') this.#applyTheme();
    else if (name === 'height') this.#applyHeight();
    else this.#schedule();
  }

  #reflect(name: EmbedAttribute, value: string | null): void {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  /** The resolved theme as `data-theme` on the element: the app's dark rules key on it. */
  #applyTheme(): void {
    const theme = this.theme === 'auto' ? (darkScheme().matches ? 'dark' : 'light') : this.theme;
    if (this.dataset.theme !== theme) this.dataset.theme = theme;
  }

  #applyHeight(): void {
    const height = this.height;
    if (height) this.style.setProperty('height', height);
    else this.style.removeProperty('height');
  }

  /** Changes in one task (several attributes set in a row) render once. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) void this.#render();
    });
  }

  #nextReady(): Promise<void> {
    return new Promise((resolve) => {
      this.#resolveReady = resolve;
    });
  }

  async #render(): Promise<void> {
    const generation = ++this.#generation;
    if (this.#mounted) {
      this.#mounted.destroy();
      this.#mounted = null;
      this.#ready = this.#nextReady();
    }
    const settings = this.settings;
    // No words while loading: the message catalogue is part of what loads.
    this.#container.setAttribute('aria-busy', 'true');
    // SQLite's wasm starts downloading with the lesson (bytes, no code); the worker's code, the
    // editors and the checker wait for the learner: a course page of ten exercises loads none of
    // them for those nobody touches (src/ui/heavy-parts.ts).
    void sharedWasm();
    const engine = sharedEngine();
    loadHeavyPartsAfter(Promise.resolve(), { idle: false });
    const [{ mountLesson }, source] = await Promise.all([import('./mount-lesson.js'), this.#source(settings)]);
    if (generation !== this.#generation) return;
    if ('code' in source) return this.#fail(source, settings.lang ?? this.#pageLanguage());
    const mounted = await mountLesson({
      host: this,
      container: this.#container,
      settings,
      source,
      engine,
      db: this.#db,
      store: storeFor(this.progressScope),
    });
    if (generation !== this.#generation) {
      if (!('message' in mounted)) mounted.destroy();
      return;
    }
    this.#container.removeAttribute('aria-busy');
    if ('message' in mounted) return this.#fail(mounted.message, settings.lang ?? mounted.lang);
    this.#mounted = mounted;
    this.#resolveReady();
  }

  /** The lesson from `src` (compiled when it names a .json file), else the inline `<script type="text/markdown">`, else why there is none. */
  async #source(settings: EmbedSettings): Promise<LessonSource | Message> {
    if (settings.src && isCompiledAddress(settings.src)) {
      const { fetchCompiledLesson } = await import('../app/open-compiled.js');
      const opened = await fetchCompiledLesson(settings.src, document.baseURI);
      if (!opened.ok) return opened.message;
      return { compiled: opened.compiled, fileName: opened.fileName };
    }
    if (settings.src) {
      const { fetchLesson } = await import('../app/open-lesson.js');
      const opened = await fetchLesson(settings.src, document.baseURI);
      if (!opened.ok) return opened.message;
      return { markdown: opened.markdown, fileName: opened.fileName, ...(opened.baseUrl ? { baseUrl: opened.baseUrl } : {}) };
    }
    if (document.readyState === 'loading') {
      // Defined while the page is still parsing: the inline markdown may not be there yet.
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    const inline = this.querySelector(':scope > script[type="text/markdown"]');
    if (!inline?.textContent?.trim()) return msg('embed.no-source');
    return { markdown: dedent(inline.textContent), fileName: 'inline.md', baseUrl: document.baseURI };
  }

  /** The language of the page around the element (its nearest `lang`), for what is said before any lesson is read. */
  #pageLanguage(): Language {
    return parseLang(this.closest('[lang]')?.getAttribute('lang') ?? null) ?? 'en';
  }

  async #fail(message: Message, lang: Language): Promise<void> {
    const generation = this.#generation;
    await loadCatalogue(lang);
    if (generation !== this.#generation) return;
    const p = document.createElement('p');
    p.className = 'embed-status error';
    p.setAttribute('role', 'alert');
    p.replaceChildren(...textWithCode(renderMessage(message, lang)));
    this.#container.removeAttribute('aria-busy');
    this.#container.replaceChildren(p);
  }
}

/** A `src` naming a .json file is a compiled lesson (`junction lessons build`). */
function isCompiledAddress(src: string): boolean {
  try {
    return /\.json$/i.test(new URL(src, document.baseURI).pathname);
  } catch {
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'junction-lesson': JunctionLessonElement;
  }
}
