import { describe, expect, it } from 'vitest';
import type { Language } from '../messages/language.js';
import { renderMessage } from '../messages/render.js';
import type { Relations } from '../relations/types.js';
import type { SchemaDiff } from '../schema/diff-schemas.js';
import { describeChange } from './describe-change.js';
import { aColumn, aForeignKey, anEntity, aSchema, aTable, relationsOf, studentsAndCourses } from '../../../test/helpers/erd-builders.js';

const NONE: Relations = { relationships: [], warnings: [] };

function said(before: Relations, after: Relations, diff: Partial<SchemaDiff>, lang: Language = 'en'): string[] {
  return describeChange(before, after, { added: [], removed: [], changed: [], ...diff }).map((m) => renderMessage(m, lang));
}

describe('describeChange', () => {
  const school = studentsAndCourses().relations;
  const teachers = aTable('teachers', [aColumn('id', { pkPosition: 1 }), aColumn('course_id')], {
    foreignKeys: [aForeignKey(['course_id'], 'courses')],
  });
  const withTeachers = relationsOf(aSchema([anEntity('courses'), teachers]));

  it.each([
    [
      'a junction by what it links',
      NONE,
      school,
      { added: ['enrollments'] },
      'Added table enrollments: links students and courses, many to many.',
    ],
    ['a plain table', NONE, school, { added: ['students'] }, 'Added table students.'],
    [
      'a table with a foreign key by what it references',
      NONE,
      withTeachers,
      { added: ['teachers'] },
      'Added table teachers: references courses.',
    ],
    ['a removed table', school, NONE, { removed: ['enrollments'] }, 'Removed table enrollments.'],
    [
      'a table that now references another',
      NONE,
      withTeachers,
      { changed: ['teachers'] },
      'Changed table teachers: now references courses.',
    ],
    [
      'a table that became a junction',
      withTeachers,
      school,
      { changed: ['enrollments'] },
      'Changed table enrollments: now links students and courses, many to many.',
    ],
    ['a changed table with nothing new to link', school, school, { changed: ['students'] }, 'Changed table students.'],
  ])('says %s', (_, before, after, diff, sentence) => {
    expect(said(before, after, diff)).toEqual([sentence]);
  });

  it('says added and changed tables before removed ones, in Russian too', () => {
    const diff = { added: ['enrollments'], changed: ['students'], removed: ['teachers'] };
    expect(said(withTeachers, school, diff, 'ru')).toEqual([
      'Добавлена таблица enrollments: связывает students и courses, многие ко многим.',
      'Изменена таблица students.',
      'Удалена таблица teachers.',
    ]);
  });
});
