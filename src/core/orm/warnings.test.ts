import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../messages/message.js';
import { ormEnglish } from '../messages/orm-messages-en.js';
import { renderMessage } from '../messages/render.js';
import { parseModels } from './parse-models.js';

const cls = (body: string) =>
  `class T(Base):\n    __tablename__ = "t"\n    id: Mapped[int] = mapped_column(primary_key=True)\n    ${body}\n`;
const table = (items: string) => `t = Table("t", Base.metadata, Column("id", Integer, primary_key=True), ${items})\n`;

/** One construct per warning code: the code it must yield and the line it must point at. */
const CASES: [MessageCode, string, number][] = [
  ['orm.python-syntax-error', 'class T(Base):\n    __tablename__ = "t"\n    id = Column(Integer primary_key=True)\n', 3],
  ['orm.table-without-name', 'x = Table(name, Base.metadata)\n', 1],
  ['orm.column-without-name', 't = Table("t", Base.metadata, Column(Integer, primary_key=True))\n', 1],
  ['orm.index-without-table', 'Index("ix_x", ghost.c.x)\n', 1],
  ['orm.class-without-tablename', 'class T(Base):\n    id = Column(Integer, primary_key=True)\n', 1],
  ['orm.inherited-columns', 'class T(Base, Stamped):\n    __tablename__ = "t"\n    id = Column(Integer, primary_key=True)\n', 1],
  ['orm.table-attribute', cls('__table__ = something'), 4],
  ['orm.unknown-call', cls('x = mapped_colum(String(5))'), 4],
  ['orm.unknown-expression', cls('z = Column(Integer) or None'), 4],
  ['orm.annotation-without-relationship', cls('items: Mapped[List["Item"]]'), 4],
  ['orm.not-boolean', cls('x = Column(Integer, unique="yes")'), 4],
  ['orm.bad-referential-action', cls('p_id = mapped_column(ForeignKey("t.id", ondelete="DELETE"))'), 4],
  ['orm.unsupported-constraint-keyword', cls('p_id = mapped_column(ForeignKey("t.id", deferrable=True))'), 4],
  ['orm.foreign-key-without-target', cls('p_id = mapped_column(Integer, ForeignKey())'), 4],
  ['orm.unknown-column-argument', cls('x = Column(Integer, 42)'), 4],
  ['orm.unknown-server-default', cls('x = Column(Integer, server_default=5)'), 4],
  ['orm.unknown-column-keyword', cls('x = Column(Integer, colour="red")'), 4],
  ['orm.unknown-annotation-type', cls('x: Mapped[Point] = mapped_column()'), 4],
  ['orm.column-without-type', cls('x = Column()'), 4],
  ['orm.not-a-type', cls('x = Column(type_="VARCHAR")'), 4],
  ['orm.unknown-column-type', cls('x = Column(type_=Geometry)'), 4],
  ['orm.enum-class-unknown', cls('x = Column(Enum(Colour))'), 4],
  ['orm.unsupported-type-keyword', cls('x = mapped_column(String(5, colour="red"))'), 4],
  ['orm.bad-collation', cls('x = mapped_column(String(5, collation=name))'), 4],
  ['orm.not-a-column-name', table('UniqueConstraint(1)'), 1],
  ['orm.table-item-not-a-call', table('"oops"'), 1],
  ['orm.unknown-table-item', table('Frobnicate("id")'), 1],
  ['orm.foreign-key-target-shape', cls('p_id = mapped_column(Integer, ForeignKey("students"))'), 4],
  ['orm.foreign-key-missing-table', cls('p_id = mapped_column(Integer, ForeignKey("ghost.id"))'), 4],
  ['orm.foreign-key-missing-column', cls('p_id = mapped_column(Integer, ForeignKey("t.ghost"))'), 4],
  [
    'orm.table-defined-twice',
    'a = Table("t", Base.metadata, Column("x", Integer))\nb = Table("t", Base.metadata, Column("x", Integer))\n',
    2,
  ],
  ['orm.no-primary-key', 'class T(Base):\n    __tablename__ = "t"\n    x = Column(Integer)\n', 1],
  ['orm.type-from-foreign-key', cls('p_id = mapped_column(ForeignKey("ghost.id"))'), 4],
  ['orm.missing-column', table('UniqueConstraint("ghost")'), 1],
];

/** Codes of the comments and reasons generateModels writes; they are no warnings of model code. */
const COMMENT_CODES = [
  'orm.generated-module',
  'orm.surrogate-key-junction',
  'orm.pair-kept-unique',
  'orm.pair-not-unique',
  'orm.reason-entity',
  'orm.reason-mapper-key',
  'orm.reason-association-object',
  'orm.reason-n-ary',
  'orm.reason-junction',
  'orm.reason-no-key',
  'orm.reason-virtual-table',
  'orm.reasons-heading',
];

describe('warnings about model code', () => {
  it.each(CASES)('%s comes from its construct, on the right line', (code, source, line) => {
    expect(parseModels(source).warnings).toContainEqual({ line, message: expect.objectContaining({ code }) });
  });

  it('has a construct for every warning code of the catalogue section', () => {
    const warningCodes = Object.keys(ormEnglish).filter((c) => !COMMENT_CODES.includes(c));
    expect(CASES.map(([code]) => code).sort()).toEqual(warningCodes.sort());
  });

  it('carries data, not sentences: names and code as written go into the parameters', () => {
    expect(parseModels(cls('p_id = mapped_column(Integer, ForeignKey("t.ghost"))')).warnings).toEqual([
      { line: 4, message: { code: 'orm.foreign-key-missing-column', params: { table: 't', targetTable: 't', targetColumn: 'ghost' } } },
    ]);
  });

  it.each([
    [
      'a table defined twice',
      'a = Table("t", Base.metadata, Column("x", Integer))\nb = Table("t", Base.metadata, Column("x", Integer))\n',
      'таблица "t" определена дважды; SQLAlchemy этого не допускает',
    ],
    [
      'a mapped class without a primary key',
      'class T(Base):\n    __tablename__ = "t"\n    x = Column(Integer)\n',
      'у класса T нет первичного ключа; SQLAlchemy отображает класс только на таблицу с первичным ключом',
    ],
    [
      'a foreign key to a missing table',
      cls('p_id = mapped_column(Integer, ForeignKey("ghost.id"))'),
      'внешний ключ в "t" ссылается на таблицу "ghost", которая здесь не определена',
    ],
    [
      'a class without __tablename__',
      'class T(Base):\n    id = Column(Integer, primary_key=True)\n',
      'у класса T нет __tablename__ (миксины и абстрактные классы не читаются); его столбцы пропущены',
    ],
  ])('reads naturally in Russian for %s', (_, source, russian) => {
    expect(parseModels(source).warnings.map((w) => renderMessage(w.message, 'ru'))).toContain(russian);
  });

  it('keeps the English sentence it had before messages became data', () => {
    const [warning] = parseModels(cls('x = Column(Integer, unique=1)')).warnings;
    expect(warning && renderMessage(warning.message, 'en')).toBe('unique= should be True or False, not "1"');
  });
});
