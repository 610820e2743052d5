/**
 * dist/embed.js: importing it defines `<junction-lesson>` (see docs/embedding.md). Everything
 * else — the lesson parser, the components, CodeMirror, the diagram — loads when an element asks.
 */
import { JunctionLessonElement } from './junction-lesson.js';

JunctionLessonElement.define();

export { JunctionLessonElement };
export { JunctionLessonCheckedEvent, JunctionReadyEvent, JunctionSolvedEvent } from './events.js';
export type { FrameMessage } from './frame-protocol.js';
export { isFrameMessage } from './frame-protocol.js';
