/**
 * Pan, zoom and drag for the inline ER diagram: the view transform as plain numbers (pure
 * functions), and a pointer-drag tracker that works with or without pointer capture.
 */

/** The view transform: a screen point is `(x, y) + scale × diagram point`, relative to the SVG's corner. */
export interface ViewTransform {
  x: number;
  y: number;
  scale: number;
}

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 3;
/** Fit never magnifies past this, so a single small table is not blown up to fill the pane. */
const FIT_MAX_SCALE = 1;
/**
 * Fit never shrinks past this: the diagram's table and column text (12 px) stays at least 9 px
 * tall on screen. A drawing too big to fit at this scale is shown from its top-left corner instead.
 */
export const READABLE_SCALE = 0.75;
const FIT_MARGIN = 16;

export const IDENTITY: ViewTransform = { x: 0, y: 0, scale: 1 };

/** Zooms by `factor` keeping the screen point (`px`, `py`) over the same diagram point. */
export function zoomAt(view: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
  const k = scale / view.scale;
  return { x: px - (px - view.x) * k, y: py - (py - view.y) * k, scale };
}

/**
 * The transform that shows `bounds` whole and centred in a `width` × `height` pane, never below
 * `floor` (`READABLE_SCALE` unless the learner asked to see everything, however small): along an
 * axis where the bounds do not fit at that scale, their start is shown.
 */
export function fitTransform(
  bounds: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
  floor = READABLE_SCALE,
): ViewTransform {
  if (width <= 0 || height <= 0 || bounds.width <= 0 || bounds.height <= 0) return IDENTITY;
  const fit = Math.min((width - 2 * FIT_MARGIN) / bounds.width, (height - 2 * FIT_MARGIN) / bounds.height);
  const scale = Math.min(FIT_MAX_SCALE, Math.max(floor, MIN_SCALE, fit));
  const place = (pane: number, start: number, size: number) =>
    size * scale <= pane - 2 * FIT_MARGIN ? Math.round((pane - size * scale) / 2 - start * scale) : Math.round(FIT_MARGIN - start * scale);
  return { x: place(width, bounds.x, bounds.width), y: place(height, bounds.y, bounds.height), scale };
}

/** True when `rect` (diagram coordinates) is wholly on screen in a `width` × `height` pane. */
export function inView(
  view: ViewTransform,
  rect: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
): boolean {
  const left = rect.x * view.scale + view.x;
  const top = rect.y * view.scale + view.y;
  return left >= 0 && top >= 0 && left + rect.width * view.scale <= width && top + rect.height * view.scale <= height;
}

/** The diagram point under a screen point given relative to the SVG's corner. */
export function toDiagram(view: ViewTransform, px: number, py: number): { x: number; y: number } {
  return { x: (px - view.x) / view.scale, y: (py - view.y) / view.scale };
}

/** The SVG `transform` attribute value of a view transform. */
export function transformAttr(view: ViewTransform): string {
  return `translate(${round(view.x)} ${round(view.y)}) scale(${round(view.scale, 1000)})`;
}

/** The zoom factor of one wheel event: a notch of a mouse wheel is about 15 %; trackpads scroll in pixels. */
export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode'>): number {
  const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaMode === 2 ? event.deltaY * 400 : event.deltaY;
  return Math.exp(-Math.max(-300, Math.min(300, pixels)) * 0.0015);
}

/** What a drag reports: the pointer's offset from where it went down, in screen pixels. */
export interface DragCallbacks {
  move(dx: number, dy: number): void;
  /** `moved` is false for a click that never went past the threshold. */
  end(moved: boolean): void;
}

/** Pointer travel (px) below which a press counts as a click rather than a drag. */
const DRAG_THRESHOLD = 3;

/**
 * Follows one pointer from `down` until it is released. Listens on the document, so the drag goes
 * on when the pointer leaves the element (and works where pointer capture is missing, as in jsdom).
 */
export function trackDrag(down: MouseEvent, callbacks: DragCallbacks): void {
  const doc = (down.target as Node | null)?.ownerDocument ?? document;
  const pointerId = (down as Partial<PointerEvent>).pointerId;
  let moved = false;
  const same = (e: Event) => {
    const id = (e as Partial<PointerEvent>).pointerId;
    return pointerId === undefined || id === undefined || id === pointerId;
  };
  const onMove = (e: Event) => {
    if (!same(e)) return;
    const m = e as MouseEvent;
    const dx = m.clientX - down.clientX;
    const dy = m.clientY - down.clientY;
    if (!moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    moved = true;
    callbacks.move(dx, dy);
  };
  const onUp = (e: Event) => {
    if (!same(e)) return;
    doc.removeEventListener('pointermove', onMove);
    doc.removeEventListener('pointerup', onUp);
    doc.removeEventListener('pointercancel', onUp);
    callbacks.end(moved);
  };
  doc.addEventListener('pointermove', onMove);
  doc.addEventListener('pointerup', onUp);
  doc.addEventListener('pointercancel', onUp);
}

function round(n: number, k = 10): number {
  return Math.round(n * k) / k;
}
