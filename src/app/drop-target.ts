/** The whole window as a drop target for lesson files, with an overlay while a file is dragged over. */
import { JunctionOpenFileEvent } from '../ui/events.js';

/** Shows `overlay` while files are dragged over the window; a dropped file is announced on `root`. */
export function installDropTarget(root: HTMLElement, overlay: () => Element | null): void {
  let depth = 0;
  window.addEventListener('dragenter', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    depth++;
    overlay()?.classList.add('active');
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay()?.classList.remove('active');
  });
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    overlay()?.classList.remove('active');
    const file = event.dataTransfer?.files[0];
    if (file) root.dispatchEvent(new JunctionOpenFileEvent(file));
  });
}
