import { describe, expect, it } from 'vitest';
import type { Relations } from '../relations/types.js';
import type { Column, Schema, Table } from '../schema/types.js';
import { generateModels } from './generate-models.js';
import { className, plural, singular } from './naming.js';
import { parseModels } from './parse-models.js';
// Every sentence in both languages, as Node has them (the page loads its learner's: renderer.ts).
import '../messages/render.js';

// Hand-built schema pieces, so these tests do not depend on introspection or inference.
const col = (name: string, type: string, extra: Partial<Column> = {}): Column => ({
  name,
  type,
  notNull: false,
  defaultValue: null,
  pkPosition: 0,
  kind: 'normal',
  ...extra,
});

function aTable(name: string, columns: Column[], extra: Partial<Table> = {}): Table {
  return {
    name,
    withoutRowid: false,
    strict: false,
    columns,
    primaryKey: columns
      .filter((c) => c.pkPosition > 0)
      .sort((a, b) => a.pkPosition - b.pkPosition)
      .map((c) => c.name),
    uniques: [],
    foreignKeys: [],
    indexes: [],
    sql: '',
    ...extra,
  };
}

const fk = (id: number, column: string, table: string, onDelete: 'NO ACTION' | 'CASCADE' = 'NO ACTION') => ({
  id,
  columns: [column],
  table,
  toColumns: ['id'],
  toPrimaryKey: false,
  onDelete,
  onUpdate: 'NO ACTION' as const,
});

const entity = (name: string) => aTable(name, [col('id', 'INTEGER', { pkPosition: 1 }), col('name', 'VARCHAR(50)', { notNull: true })]);
const schemaOf = (...tables: Table[]): Schema => ({ tables, views: [], foreignKeysEnabled: true });

const fkRelations = (...pairs: [string, string, string][]): Relations['relationships'] =>
  pairs.map(([from, column, to]) => ({ kind: 'many-to-one', from, fromColumns: [column], to, toColumns: ['id'] }));

describe('generateModels', () => {
  it('writes a pure junction as a Table with secondary= relationships on both sides', () => {
    const enrollments = aTable(
      'enrollments',
      [col('student_id', 'INTEGER', { notNull: true, pkPosition: 1 }), col('course_id', 'INTEGER', { notNull: true, pkPosition: 2 })],
      {
        foreignKeys: [fk(0, 'student_id', 'students', 'CASCADE'), fk(1, 'course_id', 'courses', 'CASCADE')],
      },
    );
    const code = generateModels(schemaOf(entity('students'), entity('courses'), enrollments), {
      relationships: [
        ...fkRelations(['enrollments', 'student_id', 'students'], ['enrollments', 'course_id', 'courses']),
        { kind: 'many-to-many', junction: 'enrollments', between: ['students', 'courses'], pattern: 'pure' },
      ],
      warnings: [],
    });
    expect(code).toContain('from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship');
    expect(code).toContain('class Base(DeclarativeBase):\n    pass');
    expect(code).toContain(
      'enrollments = Table(\n    "enrollments",\n    Base.metadata,\n    Column("student_id", Integer, ForeignKey("students.id", ondelete="CASCADE"), primary_key=True),',
    );
    expect(code).toContain('class Student(Base):\n    __tablename__ = "students"');
    expect(code).toContain('courses: Mapped[List["Course"]] = relationship(secondary=enrollments, back_populates="students")');
    expect(code).toContain('students: Mapped[List["Student"]] = relationship(secondary=enrollments, back_populates="courses")');
    expect(code).not.toContain('class Enrollment');
    expect(parseModels(code).warnings).toEqual([]);
  });

  it('keeps a surrogate key junction id and comments on the duplicate risk', () => {
    const junction = aTable(
      'student_courses',
      [col('id', 'INTEGER', { pkPosition: 1 }), col('student_id', 'INTEGER'), col('course_id', 'INTEGER')],
      {
        foreignKeys: [fk(0, 'student_id', 'students'), fk(1, 'course_id', 'courses')],
      },
    );
    const code = generateModels(schemaOf(junction, entity('students'), entity('courses')), {
      relationships: [{ kind: 'many-to-many', junction: 'student_courses', between: ['students', 'courses'], pattern: 'surrogate-key' }],
      warnings: [],
    });
    expect(code).toContain('Column("id", Integer, primary_key=True)');
    expect(code).toContain('# Nothing stops the same (student_id, course_id) pair twice');
    expect(code).toContain('relationship(secondary=student_courses, back_populates="students")');
  });

  it('writes its docstring and comments in Russian when asked, leaving the code as it is', () => {
    const junction = aTable(
      'student_courses',
      [col('id', 'INTEGER', { pkPosition: 1 }), col('student_id', 'INTEGER'), col('course_id', 'INTEGER')],
      { foreignKeys: [fk(0, 'student_id', 'students'), fk(1, 'course_id', 'courses')] },
    );
    const log = aTable('log', [col('line', 'TEXT')]);
    const schema = schemaOf(junction, entity('students'), entity('courses'), log);
    const relations: Relations = {
      relationships: [{ kind: 'many-to-many', junction: 'student_courses', between: ['students', 'courses'], pattern: 'surrogate-key' }],
      warnings: [],
    };
    const russian = generateModels(schema, relations, 'ru');
    expect(russian).toMatch(/^"""Модели SQLAlchemy 2\.0, созданные Junction по живой схеме SQLite\."""\n/);
    expect(russian).toContain('# Связующая таблица с суррогатным ключом: "id" определяет строку, а не пару.\n');
    expect(russian).toContain(
      '# Ничто не мешает сохранить одну и ту же пару (student_id, course_id) дважды: добавьте UniqueConstraint("student_id", "course_id").\n',
    );
    expect(russian).toContain(
      '# log: Table() — нет ни первичного ключа, ни UNIQUE по столбцам NOT NULL, поэтому SQLAlchemy не может отобразить на неё класс.\n',
    );
    expect(russian).toContain('# students: класс — каждую строку определяет первичный ключ (id).\n');
    const withoutComments = (code: string) => code.replace(/^\s*#.*\n|^""".*"""\n/gm, '');
    expect(withoutComments(russian)).toBe(withoutComments(generateModels(schema, relations)));
  });

  it('writes an association object as a class with two many-to-one relationships and collections on both entities', () => {
    const enrollment = aTable(
      'enrollment',
      [
        col('student_id', 'INTEGER', { notNull: true, pkPosition: 1 }),
        col('course_id', 'INTEGER', { notNull: true, pkPosition: 2 }),
        col('grade', 'INTEGER'),
      ],
      { foreignKeys: [fk(0, 'student_id', 'student'), fk(1, 'course_id', 'course')] },
    );
    const code = generateModels(schemaOf(entity('student'), entity('course'), enrollment), {
      relationships: [
        ...fkRelations(['enrollment', 'student_id', 'student'], ['enrollment', 'course_id', 'course']),
        { kind: 'many-to-many', junction: 'enrollment', between: ['student', 'course'], pattern: 'association-object' },
      ],
      warnings: [],
    });
    expect(code).toContain('class Enrollment(Base):');
    expect(code).toContain('student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), primary_key=True)');
    expect(code).toContain('grade: Mapped[Optional[int]]');
    expect(code).toContain('student: Mapped["Student"] = relationship(back_populates="enrollments")');
    expect(code).toContain('enrollments: Mapped[List["Enrollment"]] = relationship(back_populates="course")');
  });

  it('joins a self-referential junction with primaryjoin and secondaryjoin', () => {
    const follows = aTable(
      'follows',
      [col('follower_id', 'INTEGER', { notNull: true, pkPosition: 1 }), col('followee_id', 'INTEGER', { notNull: true, pkPosition: 2 })],
      {
        foreignKeys: [fk(0, 'follower_id', 'users'), fk(1, 'followee_id', 'users')],
      },
    );
    const code = generateModels(schemaOf(entity('users'), follows), {
      relationships: [{ kind: 'many-to-many', junction: 'follows', between: ['users', 'users'], pattern: 'pure' }],
      warnings: [],
    });
    expect(code).toContain(
      'followees: Mapped[List["User"]] = relationship(\n        "User",\n        secondary=follows,\n        primaryjoin=id == follows.c.follower_id,\n        secondaryjoin=id == follows.c.followee_id,\n        back_populates="followers",\n    )',
    );
    expect(code).toContain('primaryjoin=id == follows.c.followee_id');
  });

  it('pairs a plain foreign key as many-to-one and one-to-many', () => {
    const posts = aTable('posts', [col('id', 'INTEGER', { pkPosition: 1 }), col('author_id', 'INTEGER', { notNull: true })], {
      foreignKeys: [fk(0, 'author_id', 'authors')],
    });
    const code = generateModels(schemaOf(entity('authors'), posts), {
      relationships: fkRelations(['posts', 'author_id', 'authors']),
      warnings: [],
    });
    expect(code).toContain('author: Mapped["Author"] = relationship(back_populates="posts")');
    expect(code).toContain('posts: Mapped[List["Post"]] = relationship(back_populates="author")');
  });

  it('keeps types, defaults, uniques and composite keys', () => {
    const t = aTable(
      'items',
      [
        col('shop', 'TEXT', { notNull: true, pkPosition: 2 }),
        col('sku', 'VARCHAR(20)', { notNull: true, pkPosition: 1 }),
        col('price', 'NUMERIC(10, 2)', { defaultValue: '0' }),
        col('added', 'DATETIME', { defaultValue: 'CURRENT_TIMESTAMP' }),
        col('label', 'TEXT', { defaultValue: "'new'" }),
      ],
      { indexes: [{ name: 'sqlite_autoindex_items_2', unique: true, origin: 'u', partial: false, columns: ['shop', 'label'] }] },
    );
    const code = generateModels(schemaOf(t), { relationships: [], warnings: [] });
    expect(code).toContain('__table_args__ = (PrimaryKeyConstraint("sku", "shop"), UniqueConstraint("shop", "label"))');
    expect(code).toContain('price: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(10, 2), server_default=text("0"))');
    expect(code).toContain('added: Mapped[Optional[datetime.datetime]] = mapped_column(server_default=func.now())');
    expect(code).toContain('label: Mapped[Optional[str]] = mapped_column(Text, server_default="new")');
    expect(code).toContain('import datetime\nimport decimal');
  });
});

describe('naming', () => {
  it.each([
    ['students', 'Student'],
    ['categories', 'Category'],
    ['post_tags', 'PostTag'],
    ['people', 'Person'],
    ['addresses', 'Address'],
    ['status', 'Status'],
    ['course', 'Course'],
  ])('names the class for %s %s', (table, name) => {
    expect(className(table)).toBe(name);
  });

  it.each([
    ['category', 'categories'],
    ['course', 'courses'],
    ['box', 'boxes'],
    ['students', 'students'],
  ])('pluralises %s as %s', (word, expected) => {
    expect(plural(word)).toBe(expected);
    expect(singular(expected)).toBe(word.endsWith('s') ? singular(word) : word);
  });
});
