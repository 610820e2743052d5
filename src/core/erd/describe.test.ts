import { describe, expect, it } from 'vitest';
import type { Language } from '../messages/language.js';
import { msg } from '../messages/message.js';
import type { Relationship } from '../relations/types.js';
import { describeSchema } from './describe.js';
import {
  aColumn,
  aForeignKey,
  anEntity,
  anId,
  aPureJunction,
  aSchema,
  aTable,
  relationsOf,
  studentsAndCourses,
} from '../../../test/helpers/erd-builders.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../messages/render.js';

describe('describeSchema', () => {
  it('lists each table with its columns, types and keys', () => {
    const { schema, relations } = studentsAndCourses();
    const text = describeSchema(schema, relations);
    expect(text).toContain('Table students:\n  id INTEGER — primary key\n  name TEXT — not null');
    expect(text).toContain('  student_id INTEGER — primary key part 1, references students.id');
    expect(text).toContain('  primary key (student_id, course_id)');
  });

  it.each<[string, Relationship, string]>([
    [
      'a pure junction',
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'pure' },
      'enrollments links students and courses (many-to-many, pure junction).',
    ],
    [
      'a surrogate-key junction',
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'surrogate-key' },
      'enrollments links students and courses (many-to-many, junction with a surrogate key).',
    ],
    [
      'an association object',
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'association-object' },
      'enrollments links students and courses (many-to-many, association object carrying grade and enrolled_on).',
    ],
    [
      'an n-ary junction',
      { kind: 'n-ary', junction: 'enrollments', between: ['students', 'courses', 'terms'] },
      'enrollments links students, courses and terms (n-ary, 3 tables).',
    ],
    [
      'a foreign key',
      { kind: 'many-to-one', from: 'enrollments', fromColumns: ['student_id'], to: 'students', toColumns: ['id'] },
      'enrollments.student_id references students.id (many-to-one).',
    ],
  ])('describes %s in a sentence', (_, rel, sentence) => {
    const junction = aPureJunction('enrollments', 'students', 'courses', [aColumn('grade'), aColumn('enrolled_on')]);
    const schema = aSchema([anEntity('students'), anEntity('courses'), junction]);
    expect(describeSchema(schema, { relationships: [rel], warnings: [] })).toContain(`- ${sentence}`);
  });

  it('names composite keys with parentheses', () => {
    const schema = aSchema([
      aTable('sections', [aColumn('course', { pkPosition: 1 }), aColumn('term', { pkPosition: 2 })]),
      aTable('seats', [anId(), aColumn('course'), aColumn('term')], {
        foreignKeys: [aForeignKey(['course', 'term'], 'sections', ['course', 'term'])],
      }),
    ]);
    expect(describeSchema(schema, relationsOf(schema))).toContain('- seats(course, term) references sections(course, term) (many-to-one).');
  });

  it.each<[Language, string[]]>([
    [
      'en',
      [
        'Table badges (WITHOUT ROWID, STRICT):',
        '  code TEXT — not null, unique',
        '  level INTEGER — default 1',
        '  label TEXT — generated',
        '  a INTEGER',
        '  b INTEGER',
        '  unique (a, b)',
      ],
    ],
    [
      'ru',
      [
        'Таблица badges (WITHOUT ROWID, STRICT):',
        '  code TEXT — NOT NULL, уникальный',
        '  level INTEGER — по умолчанию 1',
        '  label TEXT — вычисляемый',
        '  a INTEGER',
        '  b INTEGER',
        '  уникальное сочетание (a, b)',
      ],
    ],
  ])('names column notes, table traits and composite uniques (%s)', (lang, lines) => {
    const schema = aSchema([
      aTable(
        'badges',
        [
          aColumn('code', { type: 'TEXT', notNull: true }),
          aColumn('level', { defaultValue: '1' }),
          aColumn('label', { type: 'TEXT', kind: 'generated-virtual' }),
          aColumn('a'),
          aColumn('b'),
        ],
        { strict: true, withoutRowid: true, uniques: [['code'], ['a', 'b']] },
      ),
    ]);
    expect(describeSchema(schema, relationsOf(schema), lang)).toBe(lines.join('\n'));
  });

  it('includes warnings and says so when there are no tables', () => {
    const text = describeSchema(aSchema([]), {
      relationships: [],
      warnings: [{ table: '', code: 'foreign-keys-off', message: msg('relations.foreign-keys-off') }],
    });
    expect(text).toBe(
      'No tables yet.\n\nWarnings:\n- Foreign keys are off on this connection, so SQLite accepts rows that point at nothing; ' +
        'run PRAGMA foreign_keys = ON to have them checked.',
    );
  });
});

describe('describeSchema in Russian', () => {
  it('writes the students, courses and enrollments schema with the same layout, identifiers verbatim', () => {
    const { schema, relations } = studentsAndCourses();
    expect(describeSchema(schema, relations, 'ru')).toBe(
      [
        'Таблица students:',
        '  id INTEGER — первичный ключ',
        '  name TEXT — NOT NULL',
        '',
        'Таблица courses:',
        '  id INTEGER — первичный ключ',
        '  title TEXT — NOT NULL',
        '',
        'Таблица enrollments:',
        '  student_id INTEGER — часть 1 первичного ключа, ссылается на students.id',
        '  course_id INTEGER — часть 2 первичного ключа, ссылается на courses.id',
        '  первичный ключ (student_id, course_id)',
        '',
        'Связи:',
        '- enrollments.student_id ссылается на students.id (многие-к-одному).',
        '- enrollments.course_id ссылается на courses.id (многие-к-одному).',
        '- enrollments связывает students и courses (многие-ко-многим, чистая связующая таблица).',
      ].join('\n'),
    );
  });

  it.each<[string, Relationship, string]>([
    [
      'a surrogate-key junction',
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'surrogate-key' },
      'enrollments связывает students и courses (многие-ко-многим, связующая таблица с суррогатным ключом).',
    ],
    [
      'an association object',
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'association-object' },
      'enrollments связывает students и courses (многие-ко-многим, ассоциативный объект со столбцами grade и enrolled_on).',
    ],
    [
      'a self-referential junction',
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'students'], pattern: 'pure' },
      'enrollments связывает students с students (многие-ко-многим, чистая связующая таблица).',
    ],
    [
      'an n-ary junction',
      { kind: 'n-ary', junction: 'enrollments', between: ['students', 'courses', 'terms'] },
      'enrollments связывает students, courses и terms (многосторонняя связь, 3 таблицы).',
    ],
    [
      'a one-to-one foreign key',
      { kind: 'one-to-one', from: 'enrollments', fromColumns: ['student_id'], to: 'students', toColumns: ['id'] },
      'enrollments.student_id ссылается на students.id (один-к-одному).',
    ],
  ])('describes %s in a Russian sentence', (_, rel, sentence) => {
    const junction = aPureJunction('enrollments', 'students', 'courses', [aColumn('grade'), aColumn('enrolled_on')]);
    const schema = aSchema([anEntity('students'), anEntity('courses'), junction]);
    expect(describeSchema(schema, { relationships: [rel], warnings: [] }, 'ru')).toContain(`- ${sentence}`);
  });

  it('writes the headings and the warnings in Russian, and says so when there are no tables', () => {
    const text = describeSchema(
      aSchema([]),
      { relationships: [], warnings: [{ table: '', code: 'foreign-keys-off', message: msg('relations.foreign-keys-off') }] },
      'ru',
    );
    expect(text).toBe(
      'Таблиц пока нет.\n\nПредупреждения:\n- Внешние ключи на этом соединении выключены, поэтому SQLite принимает строки, ' +
        'которые ни на что не ссылаются; выполните PRAGMA foreign_keys = ON, чтобы они проверялись.',
    );
  });
});
