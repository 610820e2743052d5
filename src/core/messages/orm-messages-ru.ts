/** The orm section in Russian (its codes and parameters: orm-messages.ts); part of catalogue-ru.ts. */
import type { Section } from './section.js';
import type { OrmParams } from './orm-messages.js';

export const ormRussian: Section<OrmParams>['ru'] = {
  'orm.python-syntax-error': ({ near }) =>
    near ? `синтаксическая ошибка Python рядом с "${near}"` : 'синтаксическая ошибка Python (код не дописан)',
  'orm.table-without-name': () => 'первым аргументом Table() должно быть имя таблицы',
  'orm.column-without-name': () => 'у Column() внутри Table() должно быть имя',
  'orm.index-without-table': ({ text }) => `индекс "${text}" не относится ни к одной таблице, определённой выше; пропущен`,
  'orm.class-without-tablename': ({ className, reason }) =>
    `у класса ${className} нет __tablename__ (${
      reason === 'inheritance' ? 'наследование с общей таблицей здесь не поддерживается' : 'миксины и абстрактные классы не читаются'
    }); его столбцы пропущены`,
  'orm.inherited-columns': ({ base }) => `столбцы, унаследованные от ${base}, не читаются`,
  'orm.table-attribute': () => '__table__ в классе не поддерживается; используйте __tablename__',
  'orm.unknown-call': ({ key, callee }) => `${key} = ${callee}(...) не распознано и пропущено`,
  'orm.unknown-expression': ({ key, expression }) =>
    `${key} = ${expression} не распознано (читается только прямой вызов mapped_column(), Column() или relationship()) и пропущено`,
  'orm.annotation-without-relationship': ({ className, key }) =>
    `у ${className}.${key} в аннотации указан класс, но нет relationship(); атрибут пропущен`,
  'orm.not-boolean': ({ key, value }) => `значение ${key}= должно быть True или False, а не "${value}"`,
  'orm.bad-referential-action': ({ key, value }) =>
    `${key}=${value} — не из списка RESTRICT, CASCADE, SET NULL, NO ACTION, SET DEFAULT (SQLAlchemy такое не примет); значение отброшено`,
  'orm.unsupported-constraint-keyword': ({ key, callee }) => `параметр ${key}= у ${callee}() здесь не поддерживается и пропущен`,
  'orm.foreign-key-without-target': () => 'для ForeignKey() нужна цель, например "students.id"',
  'orm.unknown-column-argument': ({ text }) => `аргумент столбца "${text}" не распознан и пропущен`,
  'orm.unknown-server-default': ({ text }) => `server_default "${text}" не распознан и пропущен`,
  'orm.unknown-column-keyword': ({ key }) => `параметр столбца ${key}= не распознан и пропущен`,
  'orm.unknown-annotation-type': ({ name }) => `для Mapped[${name}] лаборатория не знает SQL-типа; укажите тип в mapped_column()`,
  'orm.column-without-type': ({ column }) => `у столбца "${column}" нет типа`,
  'orm.not-a-type': ({ text }) => `"${text}" — не тип, известный этой лаборатории`,
  'orm.unknown-column-type': ({ text }) => `неизвестный тип столбца "${text}"`,
  'orm.enum-class-unknown': ({ text }) => `класс Enum в "${text}" не определён в этом коде, поэтому длина столбца неизвестна`,
  'orm.unsupported-type-keyword': ({ key, type }) => `параметр ${key}= у ${type}() здесь не поддерживается и пропущен`,
  'orm.bad-collation': ({ value, type }) => `collation=${value} у ${type}() — не простое имя правила сортировки; значение отброшено`,
  'orm.not-a-column-name': ({ text }) => `"${text}" — не имя столбца`,
  'orm.table-item-not-a-call': ({ text }) => `"${text}" в определении таблицы не распознано и пропущено`,
  'orm.unknown-table-item': ({ text }) => `"${text}" в определении таблицы не распознано и пропущено`,
  'orm.foreign-key-target-shape': ({ text }) => `цель внешнего ключа "${text}" должна иметь вид "таблица.столбец"`,
  'orm.foreign-key-missing-table': ({ table, target }) =>
    `внешний ключ в "${table}" ссылается на таблицу "${target}", которая здесь не определена`,
  'orm.foreign-key-missing-column': ({ table, targetTable, targetColumn }) =>
    `внешний ключ в "${table}" ссылается на "${targetTable}.${targetColumn}", но такого столбца нет`,
  'orm.table-defined-twice': ({ table }) => `таблица "${table}" определена дважды; SQLAlchemy этого не допускает`,
  'orm.no-primary-key': ({ className }) =>
    `у класса ${className} нет первичного ключа; SQLAlchemy отображает класс только на таблицу с первичным ключом`,
  'orm.type-from-foreign-key': ({ table, column }) => `тип "${table}.${column}" не удалось взять из цели его внешнего ключа`,
  'orm.missing-column': ({ table, column }) => `в таблице "${table}" нет столбца "${column}"`,
  'orm.generated-module': () => 'Модели SQLAlchemy 2.0, созданные Junction по живой схеме SQLite.',
  'orm.surrogate-key-junction': ({ key }) => `Связующая таблица с суррогатным ключом: "${key}" определяет строку, а не пару.`,
  'orm.pair-kept-unique': ({ columns }) => `UNIQUE (${columns.join(', ')}) не даёт сохранить одну и ту же пару дважды.`,
  'orm.pair-not-unique': ({ columns, fix }) =>
    `Ничто не мешает сохранить одну и ту же пару (${columns.join(', ')}) дважды: добавьте ${fix}.`,
  'orm.reason-entity': ({ table, columns }) => `${table}: класс — каждую строку определяет первичный ключ (${columns.join(', ')}).`,
  'orm.reason-mapper-key': ({ table, columns }) =>
    `${table}: класс — первичного ключа нет, и ключом для SQLAlchemy служит UNIQUE (${columns.join(', ')}) по столбцам NOT NULL (__mapper_args__).`,
  'orm.reason-association-object': ({ table, between, payload, mapperKey }) =>
    `${table}: класс (объект-ассоциация) — связывает ${between[0]} и ${between[1]} и хранит ${
      payload.length === 1 ? 'свой столбец' : 'свои столбцы'
    } (${payload.join(', ')}), поэтому каждая строка — объект со связью «многие к одному» с каждой стороной.${
      mapperKey ? ` Первичного ключа нет: ключом для SQLAlchemy служит UNIQUE (${mapperKey.join(', ')}) (__mapper_args__).` : ''
    }`,
  'orm.reason-n-ary': ({ table, between, mapperKey }, s) =>
    `${table}: класс (связующая таблица многосторонней связи) — связывает сразу ${s.count(between.length, {
      one: 'таблицу',
      few: 'таблицы',
      many: 'таблиц',
      other: 'таблицы',
    })} (${s.list(between)}), а «relationship(secondary=...)» связывает только пару.${
      mapperKey ? ` Первичного ключа нет: ключом для SQLAlchemy служит UNIQUE (${mapperKey.join(', ')}) (__mapper_args__).` : ''
    }`,
  'orm.reason-junction': ({ table, between, pattern }) =>
    `${table}: Table() — ${pattern === 'surrogate-key' ? 'связующая таблица с суррогатным ключом' : 'чистая связующая таблица'} ${
      between[0] === between[1] ? `между строками ${between[0]}` : `между ${between[0]} и ${between[1]}`
    }; её читает и пишет «relationship(secondary=${table})».`,
  'orm.reason-no-key': ({ table }) =>
    `${table}: Table() — нет ни первичного ключа, ни UNIQUE по столбцам NOT NULL, поэтому SQLAlchemy не может отобразить на неё класс.`,
  'orm.reason-virtual-table': ({ table }) =>
    `${table}: пропущена — это виртуальная таблица («CREATE VIRTUAL TABLE ... USING ...»), create_all() её не создаст; оставьте для неё собственный оператор CREATE.`,
  'orm.reasons-heading': () => 'Почему таблица стала классом, Table() или пропущена',
};
