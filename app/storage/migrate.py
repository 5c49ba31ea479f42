"""Alembic, run from code: no alembic.ini, the scripts live in storage/migrations.

Alembic is imported only when the file's revision differs from HEAD, so a normal start
pays nothing for it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

HEAD = "0014"
SCRIPTS = Path(__file__).with_name("migrations")


def _config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Each migration and its version stamp in one SQLite transaction (env.py asks Alembic
    for transactional DDL; Database begins every write with BEGIN IMMEDIATE): a kill or an
    error leaves the file at the previous revision with the previous schema, whole."""
    from alembic import command

    from app.storage.commits import WRITE

    with engine.execution_options(**{WRITE: True}).connect() as connection:
        command.upgrade(_config(connection), target)
        if connection.in_transaction():  # pragma: no cover - Alembic commits each step
            connection.commit()
