import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../core/checks/check-exercise.js';
import { msg } from '../core/messages/message.js';
import { JunctionCheckedEvent } from '../ui/events.js';
import { JunctionLessonCheckedEvent, JunctionReadyEvent, JunctionSolvedEvent } from './events.js';

const passed: CheckResult = { passed: true, message: msg('check.passed-result'), hint: null, missing: [], extra: [] };

describe('the embed events', () => {
  it('announce junction-ready with the lesson and the exercise shown, bubbling out of shadow roots', () => {
    const event = new JunctionReadyEvent('embed-tags', 'post-tags');
    expect([event.type, event.lesson, event.exercise, event.bubbles, event.composed]).toEqual([
      'junction-ready',
      'embed-tags',
      'post-tags',
      true,
      true,
    ]);
    expect(new JunctionReadyEvent('embed-tags', null).exercise).toBeNull();
  });

  it('announce junction-checked as the components do, with the lesson id added', () => {
    const event = new JunctionLessonCheckedEvent('embed-tags', 'post-tags', passed, 1);
    expect(event).toBeInstanceOf(JunctionCheckedEvent);
    expect([event.type, event.lesson, event.exercise, event.passed, event.failedChecks]).toEqual([
      'junction-checked',
      'embed-tags',
      'post-tags',
      true,
      1,
    ]);
    expect([event.bubbles, event.composed]).toEqual([true, true]);
  });

  it('announce junction-solved with the lesson and the exercise', () => {
    const event = new JunctionSolvedEvent('embed-tags', 'tag-counts');
    expect([event.type, event.lesson, event.exercise, event.bubbles, event.composed]).toEqual([
      'junction-solved',
      'embed-tags',
      'tag-counts',
      true,
      true,
    ]);
  });

  it('reach a listener on an ancestor', () => {
    const parent = new EventTarget();
    const seen: string[] = [];
    parent.addEventListener('junction-solved', (e) => seen.push((e as JunctionSolvedEvent).exercise));
    parent.dispatchEvent(new JunctionSolvedEvent('l', 'e'));
    expect(seen).toEqual(['e']);
  });
});
