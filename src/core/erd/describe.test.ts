import { describe, expect, it } from 'vitest';
import type { Relationship } from '../relations/types.js';
import { describeSchema } from './describe.js';
import { aColumn, aForeignKey, anEntity, anId, aPureJunction, aSchema, aTable, relationsOf, studentsAndCourses } from './test-builders.js';

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

  it('includes warnings and says so when there are no tables', () => {
    const text = describeSchema(aSchema([]), {
      relationships: [],
      warnings: [{ table: '', code: 'foreign-keys-off', message: 'Foreign keys are off.' }],
    });
    expect(text).toBe('No tables yet.\n\nWarnings:\n- Foreign keys are off.');
  });
});
