"""Runs SQLAlchemy 2.0 for verify-sqlalchemy.sh (not part of npm test).

  python verify-sqlalchemy.py ddl FILE.py...     prints what create_all() emits on SQLite for each
                                                 model file (fragments get the fixtures' prelude)
  python verify-sqlalchemy.py schema FILE.py     imports a generated module, configures its mappers, runs
                                                 create_all() on an in-memory SQLite, prints sqlite_schema
  python verify-sqlalchemy.py sqlschema FILE.sql runs a DDL script in an in-memory SQLite, prints sqlite_schema
  python verify-sqlalchemy.py mapped FILE.py     imports a generated module, configures its mappers, prints
                                                 "secondary TABLE" per relationship(secondary=) and
                                                 "class TABLE" per mapped class
"""
import sys
import types

from sqlalchemy import create_engine, event, text

PRELUDE = """import datetime
from typing import List, Optional
from sqlalchemy import *
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
class Base(DeclarativeBase): pass
"""


def load_module(source):
    """Runs `source` as a module named models, registered in sys.modules so that SQLAlchemy can
    resolve string annotations (`from __future__ import annotations`) against its globals."""
    module = types.ModuleType("models")
    sys.modules["models"] = module
    exec(compile(source, "models", "exec"), module.__dict__)
    return module.__dict__


def run_models(source, with_prelude):
    namespace = load_module((PRELUDE if with_prelude else "") + source)
    from sqlalchemy import MetaData

    # Base.metadata first, then any other MetaData the module builds (`metadata = MetaData()`).
    metadatas = [namespace["Base"].metadata] if "Base" in namespace else []
    metadatas += [v for v in namespace.values() if isinstance(v, MetaData) and v not in metadatas]
    engine = create_engine("sqlite://")
    statements = []

    @event.listens_for(engine, "before_cursor_execute")
    def record(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().startswith("CREATE"):
            statements.append(statement.strip())

    for metadata in metadatas:
        metadata.create_all(engine)
    return engine, statements


def main():
    mode, files = sys.argv[1], sys.argv[2:]
    for path in files:
        with open(path, encoding="utf-8") as f:
            source = f.read()
        if mode == "ddl":
            # Fragments (no imports) are written against the prelude; whole modules bring their own.
            fragment = "import " not in source
            _, statements = run_models(source, fragment)
            sys.stdout.write("".join(s + ";\n\n" for s in statements))
        elif mode in ("schema", "sqlschema"):
            if mode == "schema":
                engine, _ = run_models(source, False)
                # Relationships are only checked when mappers configure; do it now, not at first use.
                from sqlalchemy.orm import configure_mappers

                configure_mappers()
            else:
                engine = create_engine("sqlite://")
                with engine.begin() as conn:
                    conn.connection.executescript(source)
            with engine.connect() as conn:
                rows = conn.execute(text("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name"))
                for (sql,) in rows:
                    sys.stdout.write(sql + ";\n")
        elif mode == "mapped":
            from sqlalchemy.orm import configure_mappers

            namespace = load_module(source)
            configure_mappers()
            for mapper in namespace["Base"].registry.mappers:
                sys.stdout.write(f"class {mapper.local_table.name}\n")
                for rel in mapper.relationships:
                    if rel.secondary is not None:
                        sys.stdout.write(f"secondary {rel.secondary.name}\n")
        else:
            sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
