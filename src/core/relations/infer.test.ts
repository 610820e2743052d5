import { describe, expect, it } from 'vitest';
import { schemaOf } from '../../../test/helpers/schema-fixture.js';
import type { Language } from '../messages/language.js';
import { renderMessage } from '../messages/render.js';
import { inferRelationships } from './infer.js';
import type { JunctionPattern, Relations, Relationship } from './types.js';

const ENTITIES = `
CREATE TABLE students (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
`;

async function infer(ddl: string): Promise<Relations> {
  return inferRelationships(await schemaOf(ddl));
}

function junctionsOf(relations: Relations): Relationship[] {
  return relations.relationships.filter((r) => r.kind === 'many-to-many' || r.kind === 'n-ary');
}

function warningCodes(relations: Relations): string[] {
  return relations.warnings.map((w) => `${w.table}:${w.code}`);
}

/** The warnings with their messages rendered, as a learner reads them. */
function readable(relations: Relations, lang: Language = 'en') {
  return relations.warnings.map((w) => ({ table: w.table, code: w.code, message: renderMessage(w.message, lang) }));
}

function sentences(relations: Relations, lang: Language = 'en'): string[] {
  return relations.warnings.map((w) => renderMessage(w.message, lang));
}

interface JunctionCase {
  name: string;
  ddl: string;
  junctions: Relationship[];
  warnings: string[];
}

function enrollmentsMtm(pattern: JunctionPattern, junction = 'enrollments'): Relationship {
  return { kind: 'many-to-many', junction, between: ['students', 'courses'], pattern };
}

const junctionCases: JunctionCase[] = [
  {
    name: "the source note's student_courses with its own id INTEGER PRIMARY KEY is a surrogate-key junction",
    ddl: `CREATE TABLE student_courses (id INTEGER PRIMARY KEY,
      student_id INTEGER NOT NULL REFERENCES students (id), course_id INTEGER NOT NULL REFERENCES courses (id));`,
    junctions: [enrollmentsMtm('surrogate-key', 'student_courses')],
    warnings: ['student_courses:junction-without-key'],
  },
  {
    name: "the source note's students_course with two bare FK columns is a pure junction without a key",
    ddl: `CREATE TABLE students_course (student_id INTEGER REFERENCES students (id), course_id INTEGER REFERENCES courses (id));`,
    junctions: [enrollmentsMtm('pure', 'students_course')],
    warnings: [
      'students_course:junction-without-key',
      'students_course:nullable-junction-column',
      'students_course:nullable-junction-column',
    ],
  },
  {
    name: 'a composite primary key over both FKs with an index on the second side is a clean pure junction',
    ddl: `CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
      PRIMARY KEY (student_id, course_id));
      CREATE INDEX enrollments_course ON enrollments (course_id);`,
    junctions: [enrollmentsMtm('pure')],
    warnings: [],
  },
  {
    name: 'a composite primary key without an index on the second side warns about the reverse lookup',
    ddl: `CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
      PRIMARY KEY (student_id, course_id));`,
    junctions: [enrollmentsMtm('pure')],
    warnings: ['enrollments:missing-reverse-index'],
  },
  {
    name: 'a UNIQUE pair with NOT NULL columns is a pure junction; its unique index serves only its leading side',
    ddl: `CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
      UNIQUE (course_id, student_id));`,
    junctions: [enrollmentsMtm('pure')],
    warnings: ['enrollments:missing-reverse-index'],
  },
  {
    name: 'a WITHOUT ROWID junction keyed on the pair is pure',
    ddl: `CREATE TABLE enrollments (student_id INTEGER REFERENCES students, course_id INTEGER REFERENCES courses,
      PRIMARY KEY (student_id, course_id)) WITHOUT ROWID;
      CREATE INDEX enrollments_course ON enrollments (course_id, student_id);`,
    junctions: [enrollmentsMtm('pure')],
    warnings: [],
  },
  {
    name: 'a STRICT surrogate-key junction with a UNIQUE pair has no key warning',
    ddl: `CREATE TABLE enrollments (id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students,
      course_id INTEGER NOT NULL REFERENCES courses, UNIQUE (student_id, course_id)) STRICT;
      CREATE INDEX enrollments_course ON enrollments (course_id);`,
    junctions: [enrollmentsMtm('surrogate-key')],
    warnings: [],
  },
  {
    name: 'a grade payload with the pair as primary key is an association object',
    ddl: `CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
      grade INTEGER, enrolled_on TEXT DEFAULT CURRENT_DATE, PRIMARY KEY (student_id, course_id));
      CREATE INDEX enrollments_course ON enrollments (course_id);`,
    junctions: [enrollmentsMtm('association-object')],
    warnings: [],
  },
  {
    name: 'a surrogate id with payload and a UNIQUE pair is an association object',
    ddl: `CREATE TABLE enrollments (id INTEGER PRIMARY KEY, student_id INTEGER NOT NULL REFERENCES students,
      course_id INTEGER NOT NULL REFERENCES courses, grade INTEGER, UNIQUE (student_id, course_id));
      CREATE INDEX enrollments_course ON enrollments (course_id);`,
    junctions: [enrollmentsMtm('association-object')],
    warnings: [],
  },
  {
    name: 'a generated column counts as payload, so a keyed pair with one is an association object',
    ddl: `CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
      tag TEXT GENERATED ALWAYS AS (student_id || '-' || course_id) VIRTUAL, PRIMARY KEY (student_id, course_id));
      CREATE INDEX enrollments_course ON enrollments (course_id);`,
    junctions: [enrollmentsMtm('association-object')],
    warnings: [],
  },
  {
    name: 'payload without a key over the pair is an entity with two many-to-one links',
    ddl: `CREATE TABLE attempts (id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students,
      course_id INTEGER REFERENCES courses, score INTEGER);`,
    junctions: [],
    warnings: [],
  },
  {
    name: 'a surrogate key whose type is not an integer is payload, not a surrogate',
    ddl: `CREATE TABLE enrollments (id TEXT PRIMARY KEY, student_id INTEGER REFERENCES students,
      course_id INTEGER REFERENCES courses);`,
    junctions: [],
    warnings: [],
  },
  {
    name: 'a key over one FK alone is not a many-to-many',
    ddl: `CREATE TABLE advisors (student_id INTEGER UNIQUE REFERENCES students, course_id INTEGER REFERENCES courses);`,
    junctions: [],
    warnings: [],
  },
  {
    name: 'a primary key over one FK alone is not a many-to-many',
    ddl: `CREATE TABLE majors (student_id INTEGER PRIMARY KEY REFERENCES students, course_id INTEGER REFERENCES courses);`,
    junctions: [],
    warnings: [],
  },
  {
    name: 'between follows the column order, not the constraint order',
    ddl: `CREATE TABLE enrollments (course_id INTEGER NOT NULL, student_id INTEGER NOT NULL REFERENCES students,
      FOREIGN KEY (course_id) REFERENCES courses, UNIQUE (course_id, student_id));
      CREATE INDEX enrollments_student ON enrollments (student_id);`,
    junctions: [{ kind: 'many-to-many', junction: 'enrollments', between: ['courses', 'students'], pattern: 'pure' }],
    warnings: [],
  },
  {
    name: 'a composite FK counts as one side of the pair',
    ddl: `CREATE TABLE sections (course_id INTEGER REFERENCES courses, number INTEGER, PRIMARY KEY (course_id, number));
      CREATE TABLE seats (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL, number INTEGER NOT NULL,
      FOREIGN KEY (course_id, number) REFERENCES sections (course_id, number), UNIQUE (student_id, course_id, number));
      CREATE INDEX seats_section ON seats (course_id, number);`,
    junctions: [{ kind: 'many-to-many', junction: 'seats', between: ['students', 'sections'], pattern: 'pure' }],
    warnings: [],
  },
  {
    name: 'two FKs to the same table make a self-referential many-to-many',
    ddl: `CREATE TABLE follows (follower_id INTEGER NOT NULL REFERENCES students, followee_id INTEGER NOT NULL REFERENCES students,
      PRIMARY KEY (follower_id, followee_id));`,
    junctions: [{ kind: 'many-to-many', junction: 'follows', between: ['students', 'students'], pattern: 'pure' }],
    warnings: ['follows:missing-reverse-index'],
  },
  {
    name: 'three FKs with a key over all of them are an n-ary relationship',
    ddl: `CREATE TABLE rooms (id INTEGER PRIMARY KEY);
      CREATE TABLE timetable (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
      room_id INTEGER NOT NULL REFERENCES rooms, note TEXT, PRIMARY KEY (student_id, course_id, room_id));`,
    junctions: [{ kind: 'n-ary', junction: 'timetable', between: ['students', 'courses', 'rooms'] }],
    warnings: [],
  },
  {
    name: 'three bare FKs are an n-ary relationship whose combinations can repeat',
    ddl: `CREATE TABLE rooms (id INTEGER PRIMARY KEY);
      CREATE TABLE timetable (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
      room_id INTEGER NOT NULL REFERENCES rooms);`,
    junctions: [{ kind: 'n-ary', junction: 'timetable', between: ['students', 'courses', 'rooms'] }],
    warnings: ['timetable:junction-without-key'],
  },
  {
    name: 'three FKs plus payload without a key over them are an entity',
    ddl: `CREATE TABLE rooms (id INTEGER PRIMARY KEY);
      CREATE TABLE bookings (id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students,
      course_id INTEGER REFERENCES courses, room_id INTEGER REFERENCES rooms);`,
    junctions: [],
    warnings: [],
  },
];

describe('inferRelationships: junctions', () => {
  it.each(junctionCases)('$name', async ({ ddl, junctions, warnings }) => {
    const relations = await infer(ENTITIES + ddl);
    expect(junctionsOf(relations)).toEqual(junctions);
    expect(warningCodes(relations)).toEqual(warnings);
  });
});

describe('inferRelationships: foreign keys', () => {
  it('lists every FK as many-to-one in table order before the junctions', async () => {
    const relations = await infer(`${ENTITIES}
      CREATE TABLE enrollments (student_id INTEGER REFERENCES students, course_id INTEGER REFERENCES courses,
        PRIMARY KEY (student_id, course_id));
      CREATE TABLE teachers (id INTEGER PRIMARY KEY, favourite_course INTEGER REFERENCES courses (id));`);
    expect(relations.relationships).toEqual([
      { kind: 'many-to-one', from: 'enrollments', fromColumns: ['student_id'], to: 'students', toColumns: ['id'] },
      { kind: 'many-to-one', from: 'enrollments', fromColumns: ['course_id'], to: 'courses', toColumns: ['id'] },
      { kind: 'many-to-one', from: 'teachers', fromColumns: ['favourite_course'], to: 'courses', toColumns: ['id'] },
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'pure' },
    ]);
  });

  it.each([
    ['a UNIQUE FK column', 'CREATE TABLE badges (id INTEGER PRIMARY KEY, student_id INTEGER UNIQUE REFERENCES students);'],
    ['an FK that is the primary key', 'CREATE TABLE badges (student_id INTEGER PRIMARY KEY REFERENCES students);'],
    [
      'an FK inside a unique index',
      'CREATE TABLE badges (student_id INTEGER REFERENCES students); CREATE UNIQUE INDEX b1 ON badges (student_id);',
    ],
  ])('makes %s a one-to-one', async (_, ddl) => {
    const relations = await infer(ENTITIES + ddl);
    expect(relations.relationships).toEqual([
      { kind: 'one-to-one', from: 'badges', fromColumns: ['student_id'], to: 'students', toColumns: ['id'] },
    ]);
  });

  it('reports a column carrying two identical FK constraints as one many-to-one, not a self-referential junction', async () => {
    const relations = await infer(`${ENTITIES}
      CREATE TABLE grades (id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students (id) ON DELETE CASCADE,
        FOREIGN KEY (student_id) REFERENCES students);`);
    expect(relations.relationships).toEqual([
      { kind: 'many-to-one', from: 'grades', fromColumns: ['student_id'], to: 'students', toColumns: ['id'] },
    ]);
    expect(relations.warnings).toEqual([]);
  });
  it('sees a junction whose column carries its FK twice as the same junction, each link once', async () => {
    const relations = await infer(`${ENTITIES}
      CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
        FOREIGN KEY (course_id) REFERENCES courses (id), PRIMARY KEY (student_id, course_id));
      CREATE INDEX enrollments_course ON enrollments (course_id);
      CREATE TABLE follows (follower_id INTEGER NOT NULL REFERENCES students, followee_id INTEGER NOT NULL REFERENCES students,
        FOREIGN KEY (follower_id) REFERENCES students (id), PRIMARY KEY (follower_id, followee_id));
      CREATE INDEX follows_followee ON follows (followee_id);`);
    expect(relations.relationships).toEqual([
      { kind: 'many-to-one', from: 'enrollments', fromColumns: ['student_id'], to: 'students', toColumns: ['id'] },
      { kind: 'many-to-one', from: 'enrollments', fromColumns: ['course_id'], to: 'courses', toColumns: ['id'] },
      { kind: 'many-to-one', from: 'follows', fromColumns: ['follower_id'], to: 'students', toColumns: ['id'] },
      { kind: 'many-to-one', from: 'follows', fromColumns: ['followee_id'], to: 'students', toColumns: ['id'] },
      { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'pure' },
      { kind: 'many-to-many', junction: 'follows', between: ['students', 'students'], pattern: 'pure' },
    ]);
    expect(relations.warnings).toEqual([]);
  });
  it('keeps two FKs from one column to different tables apart, and pairs nothing up with them', async () => {
    const relations = await infer(`${ENTITIES}
      CREATE TABLE people (id INTEGER PRIMARY KEY, ref INTEGER REFERENCES students (id), FOREIGN KEY (ref) REFERENCES courses (id));`);
    expect(relations.relationships).toEqual([
      { kind: 'many-to-one', from: 'people', fromColumns: ['ref'], to: 'students', toColumns: ['id'] },
      { kind: 'many-to-one', from: 'people', fromColumns: ['ref'], to: 'courses', toColumns: ['id'] },
    ]);
  });
  it('keeps a composite FK as one relationship with both columns', async () => {
    const relations = await infer(`CREATE TABLE sections (course_id INTEGER, number INTEGER, PRIMARY KEY (course_id, number));
      CREATE TABLE lectures (id INTEGER PRIMARY KEY, course_id INTEGER, number INTEGER,
        FOREIGN KEY (course_id, number) REFERENCES sections);`);
    expect(relations.relationships).toEqual([
      { kind: 'many-to-one', from: 'lectures', fromColumns: ['course_id', 'number'], to: 'sections', toColumns: ['course_id', 'number'] },
    ]);
  });

  it('resolves an FK without target columns to the target primary key', async () => {
    const relations = await infer(`CREATE TABLE courses (code TEXT PRIMARY KEY); CREATE TABLE lectures (course REFERENCES courses);`);
    expect(relations.relationships).toEqual([
      { kind: 'many-to-one', from: 'lectures', fromColumns: ['course'], to: 'courses', toColumns: ['code'] },
    ]);
    expect(relations.warnings).toEqual([]);
  });

  it('ignores views', async () => {
    const relations = await infer(`${ENTITIES} CREATE VIEW everything AS SELECT * FROM students, courses;`);
    expect(relations).toEqual({ relationships: [], warnings: [] });
  });
});

describe('inferRelationships: warnings', () => {
  it.each([
    ['a missing target table', 'CREATE TABLE lectures (course_id INTEGER REFERENCES courses (id));', 'lectures:missing-target-table'],
    [
      'target columns that are neither primary key nor unique',
      'CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT); CREATE TABLE lectures (title TEXT REFERENCES courses (title));',
      'lectures:non-unique-target',
    ],
    [
      'an omitted target column list when the target has no primary key',
      'CREATE TABLE courses (title TEXT); CREATE TABLE lectures (course REFERENCES courses);',
      'lectures:non-unique-target',
    ],
    [
      'target columns that are unique only under a condition',
      `CREATE TABLE courses (id INTEGER PRIMARY KEY, code TEXT); CREATE UNIQUE INDEX c1 ON courses (code) WHERE code <> '';
       CREATE TABLE lectures (code TEXT REFERENCES courses (code));`,
      'lectures:non-unique-target',
    ],
    [
      'foreign keys turned off',
      'CREATE TABLE courses (id INTEGER PRIMARY KEY); CREATE TABLE lectures (c REFERENCES courses); PRAGMA foreign_keys = OFF;',
      ':foreign-keys-off',
    ],
  ])('warns about %s', async (_, ddl, expected) => {
    expect(warningCodes(await infer(ddl))).toEqual([expected]);
  });

  it('says nothing about foreign keys being off when there are none', async () => {
    expect(warningCodes(await infer('CREATE TABLE t (x); PRAGMA foreign_keys = OFF;'))).toEqual([]);
  });

  it('explains a junction without a key in a sentence a learner can act on', async () => {
    const relations = await infer(`${ENTITIES}
      CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses);`);
    expect(readable(relations)).toEqual([
      {
        table: 'enrollments',
        code: 'junction-without-key',
        message: 'enrollments has no key over (student_id, course_id), so the same student can be linked to the same course twice.',
      },
    ]);
  });

  it('names nullable junction columns, primary key ones too (SQLite lets them hold NULL), but not WITHOUT ROWID keys', async () => {
    const relations = await infer(`${ENTITIES}
      CREATE TABLE enrollments (student_id INTEGER REFERENCES students, course_id INTEGER REFERENCES courses,
        UNIQUE (student_id, course_id));
      CREATE INDEX e1 ON enrollments (course_id);
      CREATE TABLE taught (student_id INTEGER REFERENCES students, course_id INTEGER REFERENCES courses,
        PRIMARY KEY (student_id, course_id));
      CREATE INDEX t1 ON taught (course_id);
      CREATE TABLE strict_pairs (student_id INTEGER REFERENCES students, course_id INTEGER REFERENCES courses,
        PRIMARY KEY (student_id, course_id)) WITHOUT ROWID;
      CREATE INDEX s1 ON strict_pairs (course_id);`);
    expect(sentences(relations)).toEqual([
      'enrollments.student_id is not NOT NULL, so a row can link to no student at all.',
      'enrollments.course_id is not NOT NULL, so a row can link to no course at all.',
      'taught.student_id is not NOT NULL, so a row can link to no student at all.',
      'taught.course_id is not NOT NULL, so a row can link to no course at all.',
    ]);
  });

  it('says which side lacks an index for the reverse lookup and how to add one', async () => {
    const relations = await infer(`${ENTITIES}
      CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
        PRIMARY KEY (student_id, course_id));`);
    expect(readable(relations)).toEqual([
      {
        table: 'enrollments',
        code: 'missing-reverse-index',
        message:
          'enrollments has no index starting with course_id, so going from courses to students (looking rows up by course_id) ' +
          'scans the whole table; CREATE INDEX enrollments_course_id ON enrollments (course_id) fixes it.',
      },
    ]);
  });

  it.each([
    [
      'a table name with a quote',
      `CREATE TABLE "we""ird" (a INTEGER NOT NULL REFERENCES students, b INTEGER NOT NULL REFERENCES courses, PRIMARY KEY (a, b));`,
      'CREATE INDEX we_ird_b ON "we""ird" (b)',
    ],
    [
      'keywords as names',
      `CREATE TABLE "order" ("from" INTEGER NOT NULL REFERENCES students, "to" INTEGER NOT NULL REFERENCES courses, PRIMARY KEY ("from", "to"));`,
      'CREATE INDEX order_to ON "order" ("to")',
    ],
    [
      'mixed case and spaces',
      `CREATE TABLE "Enrollments" (student_id INTEGER NOT NULL REFERENCES students, "Course Id" INTEGER NOT NULL REFERENCES courses, PRIMARY KEY (student_id, "Course Id"));`,
      'CREATE INDEX "Enrollments_Course_Id" ON "Enrollments" ("Course Id")',
    ],
  ])('quotes the names in the suggested CREATE INDEX for %s, and the suggestion works', async (_what, ddl, suggestion) => {
    const relations = await infer(`${ENTITIES}${ddl}`);
    const warning = relations.warnings.find((w) => w.code === 'missing-reverse-index');
    expect(warning && renderMessage(warning.message, 'en')).toContain(`; ${suggestion} fixes it.`);
    const fixed = await infer(`${ENTITIES}${ddl}\n${suggestion};`);
    expect(warningCodes(fixed)).toEqual([]);
  });

  it('names the missing table and the mismatch in plain words', async () => {
    const relations = await infer(`CREATE TABLE courses (id INTEGER PRIMARY KEY, title TEXT);
      CREATE TABLE lectures (course_id INTEGER REFERENCES ghosts (id), title TEXT REFERENCES courses (title), room TEXT);`);
    expect(sentences(relations)).toEqual([
      'lectures (course_id) refers to table ghosts, which does not exist, so with foreign keys on every insert into lectures fails.',
      'lectures (title) refers to courses (title), which is neither its primary key nor UNIQUE, so SQLite stops with "foreign key mismatch" when the key is used.',
    ]);
  });
});

describe('inferRelationships: warnings as messages', () => {
  it('gives every warning the message code relations.<warning code>', async () => {
    const relations = await infer(`${ENTITIES}
      CREATE TABLE enrollments (student_id INTEGER REFERENCES students, course_id INTEGER REFERENCES courses);
      CREATE TABLE lectures (course_id INTEGER REFERENCES ghosts (id), title TEXT REFERENCES courses (title));
      CREATE TABLE follows (a INTEGER NOT NULL REFERENCES students, b INTEGER NOT NULL REFERENCES students, PRIMARY KEY (a, b));
      PRAGMA foreign_keys = OFF;`);
    expect(new Set(relations.warnings.map((w) => w.code)).size).toBe(6);
    for (const w of relations.warnings) expect(w.message.code).toBe(`relations.${w.code}`);
  });

  it.each([
    [
      'junction-without-key',
      'CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses);',
      'В таблице enrollments нет ключа по (student_id, course_id), поэтому одну и ту же строку students можно дважды связать с одной и той же строкой courses.',
    ],
    [
      'junction-without-key (self-referential)',
      'CREATE TABLE follows (a INTEGER NOT NULL REFERENCES students, b INTEGER NOT NULL REFERENCES students);',
      'В таблице follows нет ключа по (a, b), поэтому одну и ту же пару строк students можно связать дважды.',
    ],
    [
      'junction-without-key (n-ary)',
      `CREATE TABLE rooms (id INTEGER PRIMARY KEY);
       CREATE TABLE timetable (s INTEGER NOT NULL REFERENCES students, c INTEGER NOT NULL REFERENCES courses, r INTEGER NOT NULL REFERENCES rooms);`,
      'В таблице timetable нет ключа по (s, c, r), поэтому одно и то же сочетание можно сохранить дважды.',
    ],
    [
      'nullable-junction-column',
      `CREATE TABLE enrollments (student_id INTEGER REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
         PRIMARY KEY (student_id, course_id)); CREATE INDEX e1 ON enrollments (course_id);`,
      'Столбец enrollments.student_id объявлен без NOT NULL, поэтому строка может не ссылаться ни на одну строку students.',
    ],
    [
      'missing-reverse-index',
      `CREATE TABLE enrollments (student_id INTEGER NOT NULL REFERENCES students, course_id INTEGER NOT NULL REFERENCES courses,
         PRIMARY KEY (student_id, course_id));`,
      'В таблице enrollments нет индекса, начинающегося с course_id, поэтому при переходе от courses к students (поиск строк по course_id) ' +
        'просматривается вся таблица; исправить это можно так: CREATE INDEX enrollments_course_id ON enrollments (course_id).',
    ],
    [
      'missing-target-table',
      'CREATE TABLE lectures (course_id INTEGER REFERENCES ghosts (id));',
      'lectures (course_id) ссылается на таблицу ghosts, которой нет, поэтому при включённых внешних ключах любая вставка в lectures завершится ошибкой.',
    ],
    [
      'non-unique-target',
      'CREATE TABLE lectures (title TEXT REFERENCES courses (title));',
      'lectures (title) ссылается на courses (title), а это не первичный ключ и не UNIQUE, поэтому при первом же использовании ключа ' +
        'SQLite остановится с ошибкой "foreign key mismatch".',
    ],
    [
      'non-unique-target (no primary key to point at)',
      'CREATE TABLE tags (name TEXT); CREATE TABLE labels (tag REFERENCES tags);',
      'labels (tag) ссылается на первичный ключ таблицы tags, но в tags он не объявлен, поэтому при первом же использовании ключа ' +
        'SQLite остановится с ошибкой "foreign key mismatch".',
    ],
    [
      'foreign-keys-off',
      'CREATE TABLE lectures (course_id INTEGER REFERENCES courses (id)); PRAGMA foreign_keys = OFF;',
      'Внешние ключи на этом соединении выключены, поэтому SQLite принимает строки, которые ни на что не ссылаются; ' +
        'выполните PRAGMA foreign_keys = ON, чтобы они проверялись.',
    ],
  ])('renders %s in Russian, identifiers and SQL verbatim', async (_, ddl, sentence) => {
    expect(sentences(await infer(ENTITIES + ddl), 'ru')).toEqual([sentence]);
  });
});
