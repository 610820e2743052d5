import { describe, expect, it } from 'vitest';
import { createAllScript, modelsToDdl } from './models-to-ddl.js';

const MODELS = `
enrollments = Table(
    "enrollments",
    Base.metadata,
    Column("student_id", ForeignKey("students.id"), primary_key=True),
    Column("course_id", ForeignKey("courses.id"), primary_key=True),
)

class Student(Base):
    __tablename__ = "students"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)

class Course(Base):
    __tablename__ = "courses"
    id: Mapped[int] = mapped_column(primary_key=True)
`;

describe('models to DDL for the app', () => {
  it('groups statements per table in create_all() order, indexes after their table', () => {
    const { tables, ddl, warnings } = modelsToDdl(MODELS);
    expect(warnings).toEqual([]);
    expect(tables.map((t) => t.table)).toEqual(['students', 'courses', 'enrollments']);
    expect(tables[0]!.statements[1]).toBe('CREATE INDEX ix_students_name ON students (name)');
    expect(ddl).toBe(
      tables
        .flatMap((t) => t.statements)
        .map((s) => `${s};\n\n`)
        .join(''),
    );
  });

  it('skips tables that already exist, as create_all() does by default', () => {
    const { tables } = modelsToDdl(MODELS);
    const { script, skipped } = createAllScript(tables, ['Students', 'courses']);
    expect(skipped).toEqual(['students', 'courses']);
    expect(script).toMatch(/^CREATE TABLE enrollments \(/);
    expect(script).not.toContain('CREATE TABLE students');
  });
});
