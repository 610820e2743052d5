/** The right-hand side: the playground editor with its results, and the diagram/schema/rows/models tabs. */
import type { LabSession } from '../core/lab/lab-session.js';
import type { Language } from '../core/messages/language.js';
import { say } from '../core/messages/render.js';
import { SplitSeparator } from './diagram-split.js';
import { h } from './dom.js';
import type { Explain } from './results-view.js';
import { RunnableBlock } from './runnable-block.js';
import { Tabs, type TabSpec } from './tabs.js';

export interface WorkspaceOptions {
  session: LabSession;
  lang: Language;
  /** The playground's saved text (its edits are `junction-edit` events with key `playground`). */
  playgroundText: string;
  explain?: Explain;
  /** Panels beside the playground: diagram, rows, models… */
  panels: TabSpec[];
}

export class WorkspaceView {
  readonly element: HTMLElement;
  readonly playground: RunnableBlock;
  readonly tabs: Tabs;
  /** The resizable border between the playground and the diagram. */
  readonly split: SplitSeparator;

  constructor(options: WorkspaceOptions) {
    this.playground = new RunnableBlock({
      code: options.playgroundText,
      session: options.session,
      lang: options.lang,
      key: 'playground',
      label: say(options.lang, 'ui.playground'),
      className: 'playground-block',
      placeholder: 'SELECT * FROM students;',
      ...(options.explain ? { explain: options.explain } : {}),
    });
    this.tabs = new Tabs(options.panels, say(options.lang, 'ui.diagram'));
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
        this.playground.element,
      ),
      this.split.element,
      h('section', { class: 'panel diagram-panel' }, h('header', {}, this.tabs.strip), this.tabs.panels),
    );
  }

  destroy(): void {
    this.playground.destroy();
  }
}
