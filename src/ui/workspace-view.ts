/** The right-hand side: the playground editor with its results, and the diagram/schema/rows/models tabs. */
import { h } from './dom.js';
import { t } from './i18n.js';
import type { LabSession } from './lab-session.js';
import { RunnableBlock } from './runnable-block.js';
import { Tabs, type TabSpec } from './tabs.js';

export interface WorkspaceOptions {
  session: LabSession;
  playgroundText: string;
  onPlaygroundChange: (text: string) => void;
  explain?: (message: string, sql: string) => string | null;
  /** Panels beside the playground: diagram, rows, models… */
  panels: TabSpec[];
}

export class WorkspaceView {
  readonly element: HTMLElement;
  readonly playground: RunnableBlock;
  readonly tabs: Tabs;

  constructor(options: WorkspaceOptions) {
    this.playground = new RunnableBlock({
      code: options.playgroundText,
      session: options.session,
      label: t('playground'),
      className: 'playground-block',
      placeholder: 'SELECT * FROM students;',
      onChange: options.onPlaygroundChange,
      ...(options.explain ? { explain: options.explain } : {}),
    });
    this.tabs = new Tabs(options.panels, t('diagram'));
    this.element = h(
      'div',
      { class: 'workspace-inner' },
      h(
        'section',
        { class: 'panel playground', 'aria-label': t('playground') },
        h('header', {}, h('h2', {}, t('playground')), h('span', { class: 'lesson-meta' }, t('playgroundHint'))),
        this.playground.element,
      ),
      h('section', { class: 'panel diagram-panel' }, h('header', {}, this.tabs.strip), this.tabs.panels),
    );
  }

  destroy(): void {
    this.playground.destroy();
  }
}
