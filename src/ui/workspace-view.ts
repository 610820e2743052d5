/** The right-hand side: the playground editor with its results, and the diagram/schema/rows/models tabs. */
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import type { Message } from '../core/messages/message.js';
import { renderMessage, say } from '../core/messages/renderer.js';
import { SplitSeparator } from './diagram-split.js';
import { h } from './dom.js';
import { RunnableBlock } from './runnable-block.js';
import { Tabs, type TabSpec } from './tabs.js';

export interface WorkspaceOptions {
  session: LabSession;
  lang: Language;
  /** The playground's saved text (its edits are `junction-edit` events with key `playground`). */
  playgroundText: string;
  /** Panels beside the playground: diagram, rows, models… */
  panels: TabSpec[];
  /** The learner's files, shown as a toolbar over the playground when given. */
  files?: PlaygroundFiles;
}

/** What a files action did, as the toolbar tells it. */
export interface FilesOutcome {
  ok: boolean;
  message: Message;
}

/** The host's file actions: export the lab database, import a file into it, copy a link to the SQL. */
export interface PlaygroundFiles {
  exportAs(kind: 'sqlite' | 'sql'): Promise<FilesOutcome>;
  import(file: File): Promise<FilesOutcome>;
  copyLink(): Promise<FilesOutcome>;
}

/** The files the Import… picker offers. */
const IMPORT_ACCEPT = '.sqlite,.sqlite3,.db,.sql';

export class WorkspaceView {
  readonly element: HTMLElement;
  readonly playground: RunnableBlock;
  readonly tabs: Tabs;
  /** The resizable border between the playground and the diagram. */
  readonly split: SplitSeparator;
  /** Where the toolbar says what its last action did. */
  readonly #status: HTMLElement;
  readonly #lang: Language;

  constructor(options: WorkspaceOptions) {
    this.playground = new RunnableBlock({
      code: options.playgroundText,
      session: options.session,
      lang: options.lang,
      key: 'playground',
      label: say(options.lang, 'ui.playground'),
      className: 'playground-block',
      placeholder: 'SELECT * FROM students;',
    });
    this.tabs = new Tabs(options.panels, say(options.lang, 'ui.diagram'));
    this.#lang = options.lang;
    this.#status = h('p', { class: 'files-status', role: 'status', 'aria-live': 'polite' });
    this.element = h('div', { class: 'workspace-inner' });
    this.split = new SplitSeparator(this.element, options.lang);
    this.element.append(
      h(
        'section',
        { class: 'panel playground', 'aria-label': say(options.lang, 'ui.playground') },
        h(
          'header',
          {},
          h('h2', {}, say(options.lang, 'ui.playground')),
          h('span', { class: 'lesson-meta' }, say(options.lang, 'ui.playground-hint')),
        ),
        options.files ? this.#toolbar(options.files) : null,
        this.playground.element,
      ),
      this.split.element,
      h('section', { class: 'panel diagram-panel' }, h('header', {}, this.tabs.strip), this.tabs.panels),
    );
  }

  /** Shows what a files action did (the host calls it for a database file dropped on the window). */
  showFilesOutcome(outcome: FilesOutcome): void {
    this.#status.textContent = renderMessage(outcome.message, this.#lang);
    this.#status.classList.toggle('error', !outcome.ok);
  }

  #toolbar(files: PlaygroundFiles): HTMLElement {
    const lang = this.#lang;
    const act = async (button: HTMLButtonElement, action: () => Promise<FilesOutcome>) => {
      button.disabled = true;
      try {
        this.showFilesOutcome(await action());
      } finally {
        button.disabled = false;
      }
    };
    const items = h('div', { class: 'files-menu' });
    const menu = h('details', { class: 'files-export' }, h('summary', { class: 'btn quiet' }, say(lang, 'files.export')), items);
    for (const kind of ['sqlite', 'sql'] as const) {
      const item = h('button', { class: 'btn quiet', type: 'button', 'data-export': kind }, say(lang, `files.export-${kind}`));
      item.addEventListener('click', () => {
        menu.open = false;
        void act(item, () => files.exportAs(kind));
      });
      items.append(item);
    }
    const importButton = h(
      'button',
      { class: 'btn quiet', type: 'button', 'data-action': 'import', title: say(lang, 'files.drop-database') },
      say(lang, 'files.import'),
    );
    importButton.addEventListener('click', () => {
      // A picker made on demand: no hidden input waits in the page as an invisible tab stop.
      const input = h('input', { type: 'file', accept: IMPORT_ACCEPT });
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (file) void act(importButton, () => files.import(file));
      });
      input.click();
    });
    const linkButton = h('button', { class: 'btn quiet', type: 'button', 'data-action': 'copy-link' }, say(lang, 'files.copy-link'));
    linkButton.addEventListener('click', () => void act(linkButton, () => files.copyLink()));
    return h(
      'div',
      { class: 'files-toolbar', role: 'toolbar', 'aria-label': say(lang, 'files.toolbar') },
      menu,
      importButton,
      linkButton,
      this.#status,
    );
  }

  destroy(): void {
    this.playground.destroy();
  }
}
