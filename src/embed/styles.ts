/**
 * The lesson's styles inside the element's shadow root (the app's shell has no place there): the
 * same sheets, with their `:root` rules
 * moved to `:host` (so a page themes an embed through the `--j-…` custom properties on the element)
 * and the page-level rules (`html`, `body`) dropped. One constructed sheet serves every element.
 */
import lessonCss from '../ui/lesson.css?inline';
import embedCss from './embed.css?inline';

/** Rewrites a page stylesheet for a shadow root: `:root` → `:host`, `:root[attr]` → `:host([attr])`, no `html`/`body` rules. */
export function scopeToHost(css: string): string {
  return css
    .replace(/^[ \t]*(html\s*,\s*body|body|html)\s*\{[^}]*\}[ \t]*$/gm, '')
    .replace(/:root(\[[^\]]+\])/g, ':host($1)')
    .replace(/:root\b/g, ':host');
}

/** A page stylesheet as one constructed sheet for shadow roots. */
function hostSheet(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(scopeToHost(css));
  return sheet;
}

let sheet: CSSStyleSheet | null = null;

/** The shared sheet for every embed's shadow root. */
export function embedStyleSheet(): CSSStyleSheet {
  sheet ??= hostSheet(`${lessonCss}\n${embedCss}`);
  return sheet;
}

let diagramSheet: Promise<CSSStyleSheet> | null = null;

/** Adds the diagram's styles to `root`, loaded with the first diagram on the page. */
export async function adoptDiagramStyles(root: ShadowRoot): Promise<void> {
  diagramSheet ??= import('../ui/diagram.css?inline').then(({ default: css }) => hostSheet(css));
  const diagram = await diagramSheet;
  if (!root.adoptedStyleSheets.includes(diagram)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, diagram];
}
