import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages/render.js';
import { renderDdl } from './ddl.js';
import type { OrmTable } from './metadata.js';
import { mergeOrdering, parseModels } from './parse-models.js';

/** The warnings of `code` with their messages rendered in English, as the CLI prints them. */
function englishWarnings(code: string): { line: number; message: string }[] {
  return parseModels(code).warnings.map((w) => ({ line: w.line, message: renderMessage(w.message, 'en') }));
}

function table(code: string, name: string): OrmTable {
  const found = parseModels(code).metadata.tables.find((t) => t.name === name);
  if (!found) throw new Error(`Test code declares no table ${name}.`);
  return found;
}

function column(code: string, name: string) {
  const found = table(code, 't').columns.find((c) => c.name === name);
  if (!found) throw new Error(`Test table t has no column ${name}.`);
  return found;
}

const cls = (body: string) =>
  `class T(Base):\n    __tablename__ = "t"\n    id: Mapped[int] = mapped_column(primary_key=True)\n${body
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`;

describe('parseModels: nullability', () => {
  it.each([
    ['Mapped[str] is NOT NULL', 'x: Mapped[str]', false],
    ['Mapped[Optional[str]] is nullable', 'x: Mapped[Optional[str]]', true],
    ['Mapped[str | None] is nullable', 'x: Mapped[str | None]', true],
    ['Mapped[Union[str, None]] is nullable', 'x: Mapped[Union[str, None]]', true],
    ['explicit nullable=True beats Mapped[str]', 'x: Mapped[str] = mapped_column(nullable=True)', true],
    ['explicit nullable=False beats Optional', 'x: Mapped[Optional[str]] = mapped_column(nullable=False)', false],
    ['a 1.x Column is nullable by default', 'x = Column(String)', true],
    ['a 1.x primary key column is NOT NULL', 'x = Column(Integer, primary_key=True)', false],
    ['Optional on a key column makes it nullable, as SQLAlchemy does', 'x: Mapped[Optional[int]] = mapped_column(primary_key=True)', true],
  ])('%s', (_, body, nullable) => {
    expect(column(cls(body), 'x').nullable).toBe(nullable);
  });

  it('makes PrimaryKeyConstraint columns NOT NULL and keeps its order and name', () => {
    const t = table(
      't = Table("t", Base.metadata, Column("a", Integer), Column("b", Integer), PrimaryKeyConstraint("b", "a", name="pk_t"))',
      't',
    );
    expect(t.primaryKey).toEqual({ name: 'pk_t', columns: ['b', 'a'] });
    expect(t.columns.map((c) => c.nullable)).toEqual([false, false]);
  });
});

describe('parseModels: types', () => {
  it.each([
    ['x = Column(Integer)', 'INTEGER'],
    ['x = Column(BigInteger)', 'BIGINT'],
    ['x = Column(SmallInteger)', 'SMALLINT'],
    ['x = Column(String(30))', 'VARCHAR(30)'],
    ['x = Column(sa.String(length=7))', 'VARCHAR(7)'],
    ['x = Column(Text)', 'TEXT'],
    ['x = Column(Boolean)', 'BOOLEAN'],
    ['x = Column(Date)', 'DATE'],
    ['x = Column(DateTime)', 'DATETIME'],
    ['x = Column(Time)', 'TIME'],
    ['x = Column(Float)', 'FLOAT'],
    ['x = Column(Numeric(10, 2))', 'NUMERIC(10, 2)'],
    ['x = Column(LargeBinary)', 'BLOB'],
    ['x = Column(Enum("a", "bbb", "cc"))', 'VARCHAR(3)'],
    ['x = Column(Uuid)', 'CHAR(32)'],
    ['x: Mapped[int]', 'INTEGER'],
    ['x: Mapped[str]', 'VARCHAR'],
    ['x: Mapped[float]', 'FLOAT'],
    ['x: Mapped[bool]', 'BOOLEAN'],
    ['x: Mapped[bytes]', 'BLOB'],
    ['x: Mapped[datetime.date]', 'DATE'],
    ['x: Mapped[datetime.datetime]', 'DATETIME'],
    ['x: Mapped[decimal.Decimal]', 'NUMERIC'],
    ['x: Mapped[str] = mapped_column(String(12))', 'VARCHAR(12)'],
  ])('%s renders as %s', (body, sql) => {
    expect(column(cls(body), 'x').type).toBe(sql);
  });

  it('sizes an Enum of a Python enum class to its longest member name', () => {
    const code = `class Level(enum.Enum):\n    low = 1\n    moderate = 2\n\n${cls('x: Mapped[Level]\ny = mapped_column(Enum(Level))')}`;
    expect(column(code, 'x').type).toBe('VARCHAR(8)');
    expect(column(code, 'y').type).toBe('VARCHAR(8)');
  });

  it('takes the type of a column declared only with ForeignKey from its target', () => {
    const code = `class P(Base):\n    __tablename__ = "p"\n    code = Column(String(4), primary_key=True)\n\nt = Table("t", Base.metadata, Column("p_code", ForeignKey("p.code")))`;
    expect(column(code, 'p_code').type).toBe('VARCHAR(4)');
  });
});

describe('parseModels: keys, defaults and table arguments', () => {
  it('reads ForeignKey with ondelete and onupdate, keeping their text as written as SQLAlchemy does', () => {
    const code = cls('p_id = mapped_column(ForeignKey("t.id", ondelete="cascade", onupdate="SET NULL"))');
    const t = table(code, 't');
    expect(t.constraints).toEqual([
      {
        kind: 'foreign-key',
        name: null,
        columns: ['p_id'],
        targetTable: 't',
        targetColumns: ['id'],
        onDelete: 'cascade',
        onUpdate: 'SET NULL',
        line: 4,
      },
    ]);
    expect(renderDdl(parseModels(code).metadata)).toContain('FOREIGN KEY(p_id) REFERENCES t (id) ON DELETE cascade ON UPDATE SET NULL');
  });

  it.each([
    ['ForeignKey', (action: string) => cls(`p_id = mapped_column(ForeignKey("t.id", ondelete=${JSON.stringify(action)}))`), 4],
    [
      'ForeignKeyConstraint',
      (action: string) =>
        `t = Table("t", Base.metadata, Column("id", Integer, primary_key=True), Column("p_id", Integer),\n    ForeignKeyConstraint(["p_id"], ["t.id"], ondelete=${JSON.stringify(action)}))`,
      2,
    ],
  ])('drops an ondelete of %s that SQLAlchemy would refuse, with a warning, so it never reaches the DDL', (_, code, line) => {
    for (const action of ['CASCADE); DROP TABLE a; --', 'SET  NULL', 'DELETE', 'cascade;', '']) {
      const { metadata } = parseModels(code(action));
      const fk = metadata.tables[0]?.constraints.find((c) => c.kind === 'foreign-key');
      expect(fk).toMatchObject({ onDelete: null });
      expect(englishWarnings(code(action))).toContainEqual({
        line,
        message: expect.stringContaining(
          `ondelete=${JSON.stringify(action)} is not one of RESTRICT, CASCADE, SET NULL, NO ACTION, SET DEFAULT`,
        ),
      });
      expect(renderDdl(metadata)).not.toContain('ON DELETE');
    }
  });

  it('accepts every referential action SQLAlchemy accepts, in any case', () => {
    for (const action of ['RESTRICT', 'Cascade', 'set null', 'NO ACTION', 'set Default']) {
      const { metadata, warnings } = parseModels(cls(`p_id = mapped_column(ForeignKey("t.id", onupdate="${action}"))`));
      expect(warnings).toEqual([]);
      expect(renderDdl(metadata)).toContain(`ON UPDATE ${action}`);
    }
  });

  it.each([
    ['server_default=func.now()', 'CURRENT_TIMESTAMP'],
    ['server_default=text("0")', '0'],
    ['server_default="it\'s"', "'it''s'"],
    ['server_default=func.lower("X")', "lower('X')"],
    ['default=5', null],
  ])('renders %s as %s', (kwarg, sql) => {
    expect(column(cls(`x = Column(Integer, ${kwarg})`), 'x').serverDefault).toBe(sql);
  });

  it('turns unique=True into a constraint and index=True into ix_<table>_<column>', () => {
    const t = table(
      cls('a = Column(Integer, unique=True)\nb = Column(Integer, index=True)\nc = Column(Integer, unique=True, index=True)'),
      't',
    );
    expect(t.constraints).toEqual([{ kind: 'unique', name: null, columns: ['a'], line: 4 }]);
    expect(t.indexes.map((i) => [i.name, i.unique])).toEqual([
      ['ix_t_b', false],
      ['ix_t_c', true],
    ]);
  });

  it('reads __table_args__ as a tuple ending in a dict', () => {
    const t = table(
      cls(
        'a = Column(Integer)\n__table_args__ = (UniqueConstraint("id", "a", name="uq"), Index("ix_a", "a", unique=True), {"sqlite_autoincrement": True})',
      ),
      't',
    );
    expect(t.constraints).toEqual([{ kind: 'unique', name: 'uq', columns: ['id', 'a'], line: 5 }]);
    expect(t.indexes).toEqual([{ name: 'ix_a', columns: ['a'], unique: true, line: 5 }]);
    expect(t.sqliteAutoincrement).toBe(true);
  });

  it('reads __table_args__ given as a dict alone', () => {
    expect(table(cls('__table_args__ = {"sqlite_autoincrement": True}'), 't').sqliteAutoincrement).toBe(true);
  });

  it('reads a fragment without imports and a whole module alike', () => {
    const fragment = cls('x: Mapped[str]');
    const module = `import datetime\nfrom sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\n\nclass Base(DeclarativeBase):\n    pass\n\n\n${fragment}`;
    expect(table(module, 't').columns).toEqual(table(fragment, 't').columns.map((c) => ({ ...c, line: c.line + 7 })));
    expect(parseModels(module).warnings).toEqual([]);
  });
});

describe('parseModels: relationships', () => {
  it('reads target, secondary, back_populates, viewonly and collection-ness', () => {
    const code = `links = Table("links", Base.metadata, Column("a_id", ForeignKey("a.id")), Column("b_id", ForeignKey("b.id")))
class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    bs: Mapped[List["B"]] = relationship(secondary=links, back_populates="as_")
    first_b = relationship("B", secondary="links", viewonly=True, uselist=False)
class B(Base):
    __tablename__ = "b"
    id: Mapped[int] = mapped_column(primary_key=True)
    as_: Mapped[list["A"]] = relationship(secondary=A.__table__, back_populates="bs")`;
    const { metadata, warnings } = parseModels(code);
    expect(warnings).toEqual([]);
    expect(metadata.relationships.map(({ line: _l, ...r }) => r)).toEqual([
      { className: 'A', attribute: 'bs', target: 'B', secondary: 'links', backPopulates: 'as_', viewonly: false, collection: true },
      { className: 'A', attribute: 'first_b', target: 'B', secondary: 'links', viewonly: true, backPopulates: null, collection: false },
      { className: 'B', attribute: 'as_', target: 'A', secondary: 'a', backPopulates: 'bs', viewonly: false, collection: true },
    ]);
  });
});

describe('parseModels: code it cannot read', () => {
  it.each([
    [
      'a syntax error',
      'class T(Base):\n    __tablename__ = "t"\n    id = Column(Integer, primary_key=True\n    name = Column(String(5))\n',
      /syntax error/,
    ],
    ['an unknown call', cls('x = mapped_colum(String(5))'), /mapped_colum\(\.\.\.\) is not understood/],
    ['an unknown type', cls('x = Column(Geometry)'), /is not understood and was skipped|unknown column type/],
    ['an unknown keyword', cls('x = Column(Integer, colour="red")'), /keyword colour= of a column/],
    ['a half-written class', 'class T(Base):\n    __tablename__ = "t"\n    id: Mapped[int] = mapped_column(', /syntax error/],
    ['a foreign key to a missing table', cls('x = Column(ForeignKey("ghost.id"))'), /table "ghost", which is not defined here/],
    ['a class without __tablename__', 'class T(Base):\n    id = Column(Integer, primary_key=True)\n', /has no __tablename__/],
    ['a bad Table', 'x = Table(name, Base.metadata)\n', /Table\(\) needs its name/],
    ['a non-boolean flag', cls('x = Column(Integer, unique="yes")'), /unique= should be True or False/],
    ['a mapped class without a primary key', 'class T(Base):\n    __tablename__ = "t"\n    x = Column(Integer)\n', /has no primary key/],
    [
      'a table defined twice',
      'a = Table("t", Base.metadata, Column("x", Integer))\nb = Table("t", Base.metadata, Column("x", Integer))\n',
      /defined twice/,
    ],
  ])('gives a warning with a line for %s, not an exception', (_, code, pattern) => {
    expect(englishWarnings(code).some((w) => pattern.test(w.message) && w.line >= 1)).toBe(true);
  });

  it.each([
    ['a column whose value is not a call', 'z: Mapped[int] = mapped_column(Integer) if True else None', 4, /z = .* is not understood/],
    ['a plain expression that is not a call', 'z = Column(Integer) or None', 4, /z = .* is not understood/],
    [
      'deferrable= of ForeignKey',
      'p_id = mapped_column(ForeignKey("t.id", deferrable=True))',
      4,
      /deferrable= of ForeignKey\(\) is not supported here and was ignored/,
    ],
    [
      'initially= of ForeignKey',
      'p_id = mapped_column(ForeignKey("t.id", initially="DEFERRED"))',
      4,
      /initially= of ForeignKey\(\) is not supported/,
    ],
    [
      'use_alter= of ForeignKey',
      'p_id = mapped_column(ForeignKey("t.id", use_alter=True))',
      4,
      /use_alter= of ForeignKey\(\) is not supported/,
    ],
    [
      'create_constraint= of Enum',
      'x = mapped_column(Enum("a", "b", create_constraint=True))',
      4,
      /create_constraint= of Enum\(\) is not supported here and was ignored/,
    ],
    [
      'create_constraint= of Boolean',
      'x = mapped_column(Boolean(create_constraint=True))',
      4,
      /create_constraint= of Boolean\(\) is not supported/,
    ],
    ['an unknown keyword of a type', 'x = mapped_column(String(5, colour="red"))', 4, /colour= of String\(\) is not supported/],
    [
      'a collation that is not a plain name',
      "x = mapped_column(String(5, collation='x\"); DROP TABLE t; --'))",
      4,
      /collation=.* of String\(\) is not a plain collation name; it was dropped/,
    ],
  ])('warns with its line about %s instead of dropping it silently', (_, body, line, pattern) => {
    expect(englishWarnings(cls(body))).toContainEqual({ line, message: expect.stringMatching(pattern) });
  });

  it('takes name= of ForeignKey and harmless type keywords without a warning', () => {
    const code = cls(
      'p_id = mapped_column(ForeignKey("t.id", name="fk_p"))\nb = mapped_column(Boolean(create_constraint=False))\nd = mapped_column(DateTime(timezone=True))\ne = mapped_column(Enum("a", name="e_kind"))',
    );
    expect(parseModels(code).warnings).toEqual([]);
  });

  it('renders collation= of a string type as SQLAlchemy does', () => {
    const { metadata, warnings } = parseModels(cls('x = mapped_column(String(5, collation="NOCASE"))'));
    expect(warnings).toEqual([]);
    expect(metadata.tables[0]?.columns.find((c) => c.name === 'x')?.type).toBe('VARCHAR(5) COLLATE "NOCASE"');
    expect(renderDdl(metadata)).toContain('\tx VARCHAR(5) COLLATE "NOCASE", \n');
  });

  it('still returns what it could read before and after a broken line', () => {
    const { metadata } = parseModels(
      'class T(Base):\n    __tablename__ = "t"\n    id = Column(Integer, primary_key=True)\n    x = = 3\n    name = Column(String(5))\n',
    );
    expect(metadata.tables[0]?.columns.map((c) => c.name)).toEqual(['id', 'name']);
  });

  it.each(['', '   \n', 'def f(:\n', '((((', 'class', 'class A(Base):\n    __tablename__ = ', '"""unterminated'])(
    'does not throw on %j',
    (code) => {
      expect(() => parseModels(code)).not.toThrow();
    },
  );
});

describe('mergeOrdering', () => {
  it('merges assigned and annotated names as SQLAlchemy documents it', () => {
    expect(mergeOrdering(['__tablename__', 'id', 'x', 'created_at'], ['id', 'name', 'data', 'y', 'created_at'])).toEqual([
      '__tablename__',
      'id',
      'name',
      'data',
      'y',
      'x',
      'created_at',
    ]);
  });
});

describe('parseModels: constructs of real model files', () => {
  it('keeps a plain Column nullable under Mapped[str]: annotations shape mapped_column() only', () => {
    expect(column(cls('label: Mapped[str] = Column(String(150))'), 'label')).toMatchObject({ type: 'VARCHAR(150)', nullable: true });
    expect(column(cls('label: Mapped[str] = mapped_column(String(150))'), 'label').nullable).toBe(false);
  });

  it('gives a foreign key column without a type its target type, whatever the annotation says', () => {
    const code = `class P(Base):\n    __tablename__ = "p"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    code: Mapped[str] = mapped_column(String(4), unique=True)\n${cls(
      'a: Mapped[str] = mapped_column(ForeignKey("p.id"))\nb: Mapped[int] = mapped_column(ForeignKey("p.code"))',
    )}`;
    expect(table(code, 't').columns.map((c) => c.type)).toEqual(['INTEGER', 'INTEGER', 'VARCHAR(4)']);
  });

  it('emits column-level CheckConstraint(...) inline, after NOT NULL, as SQLAlchemy does', () => {
    // SQLAlchemy 2.0.54 emitted these column lines for the same code.
    const { metadata, warnings } = parseModels(
      cls(
        'n: Mapped[int] = Column(Integer, CheckConstraint("n > 0"), nullable=False)\nm: Mapped[int] = mapped_column(CheckConstraint("m < 5", name="m_small"))\nk = Column(Integer, CheckConstraint("k > 0"), CheckConstraint("k < 9"))',
      ),
    );
    expect(warnings).toEqual([]);
    expect(renderDdl(metadata)).toContain(
      '\tn INTEGER NOT NULL CHECK (n > 0), \n\tm INTEGER NOT NULL CONSTRAINT m_small CHECK (m < 5), \n\tk INTEGER CHECK (k > 0) CHECK (k < 9), \n',
    );
  });

  it('emits Computed(...) as GENERATED ALWAYS AS, after NOT NULL and before CHECK, as SQLAlchemy does', () => {
    // SQLAlchemy 2.0.54 emitted these column lines for the same code.
    const { metadata, warnings } = parseModels(
      cls(
        'd: Mapped[Optional[int]] = mapped_column(Integer, Computed("a*abs(b)", persisted=False))\ne = Column(Text, Computed("substr(c,b,b+1)", persisted=True))\nf = Column(Integer, Computed("a+1"), nullable=False)\ny = Column(Text, CheckConstraint("y<>\'\'"), Computed("lower(a)"))',
      ),
    );
    expect(warnings).toEqual([]);
    expect(renderDdl(metadata)).toContain(
      "\td INTEGER GENERATED ALWAYS AS (a*abs(b)) VIRTUAL, \n\te TEXT GENERATED ALWAYS AS (substr(c,b,b+1)) STORED, \n\tf INTEGER NOT NULL GENERATED ALWAYS AS (a+1), \n\ty TEXT GENERATED ALWAYS AS (lower(a)) CHECK (y<>''), \n",
    );
  });

  it('warns about a Computed(...) whose expression is not a literal string', () => {
    expect(englishWarnings(cls('d = Column(Integer, Computed(expr))')).map((w) => w.message)).toEqual([
      expect.stringContaining('Computed(expr)'),
    ]);
  });

  it('lets class constants such as DEFAULT_PUBDATE = datetime(...) pass without a warning', () => {
    expect(englishWarnings(cls('DEFAULT_PUBDATE = datetime.datetime(2000, 1, 1)\nLIMIT = max(3, 4)\nname = Column(String(5))'))).toEqual(
      [],
    );
  });

  it('still warns about an unknown call that carries column parts', () => {
    expect(englishWarnings(cls('x = columnn(Integer, ForeignKey("t.id"))')).map((w) => w.message)).toEqual([
      'x = columnn(...) is not understood and was skipped',
    ]);
  });

  it('renders a UserDefinedType by its get_col_spec(), an empty one as a column without a type', () => {
    const code = `class Untyped(UserDefinedType):\n    cache_ok = True\n\n    def get_col_spec(self, **kw):\n        return ""\n\n\n${cls(
      'label: Mapped[Optional[bytes]] = mapped_column(Untyped)\nother = Column(Untyped(), nullable=False)',
    )}`;
    const { metadata, warnings } = parseModels(code);
    expect(warnings).toEqual([]);
    // What SQLAlchemy 2.0.54 emitted for the same code.
    expect(renderDdl(metadata)).toBe(
      'CREATE TABLE t (\n\tid INTEGER NOT NULL, \n\tlabel , \n\tother  NOT NULL, \n\tPRIMARY KEY (id)\n);\n\n',
    );
  });

  it('maps a class without a primary key through __mapper_args__ = {"primary_key": [...]} without a warning', () => {
    const code =
      'class Q(Base):\n    __tablename__ = "q"\n    a: Mapped[int]\n    b: Mapped[int]\n    w: Mapped[Optional[int]]\n    __table_args__ = (UniqueConstraint("a", "b"),)\n    __mapper_args__ = {"primary_key": [a, b]}\n';
    const { metadata, warnings } = parseModels(code);
    expect(warnings).toEqual([]);
    expect(metadata.tables[0]).toMatchObject({ mapperKey: ['a', 'b'], primaryKey: { columns: [] } });
  });
});
