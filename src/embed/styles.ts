/**
 * The app's styles inside the element's shadow root: the same sheets, with their `:root` rules
 * moved to `:host` (so a page themes an embed through the `--j-…` custom properties on the element)
 * and the page-level rules (`html`, `body`) dropped. One constructed sheet serves every element.
 */
import diagramCss from '../ui/diagram.css?inline';
import appCss from '../ui/styles.css?inline';
import embedCss from './embed.css?inline';

/** Rewrites a page stylesheet for a shadow root: `:root` → `:host`, `:root[attr]` → `:host([attr])`, no `html`/`body` rules. */
export function scopeToHost(css: string): string {
  return css
    .replace(/^[ \t]*(html\s*,\s*body|body|html)\s*\{[^}]*\}[ \t]*$/gm, '')
    .replace(/:root(\[[^\]]+\])/g, ':host($1)')
    .replace(/:root\b/g, ':host');
}

let sheet: CSSStyleSheet | null = null;

/** The shared sheet for every embed's shadow root. */
export function embedStyleSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(scopeToHost(`${appCss}\n${diagramCss}\n${embedCss}`));
  return sheet;
}
