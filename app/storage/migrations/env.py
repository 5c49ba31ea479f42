"""Alembic environment: the app hands in an open connection (see storage/migrate.py)."""

from alembic import context

from app.storage.tables import SQLModel

# Made by raw SQL in the migrations, unknown to the SQLModel metadata: not autogenerate's.
RAW_SQL_OBJECTS = ("contact_fts", "fts_control")


def include_object(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name.startswith(RAW_SQL_OBJECTS))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    include_object=include_object,
    # SQLite supports transactional DDL; without this Alembic assumes it does not and a kill
    # mid-migration left a new column under the old revision ("duplicate column name" at
    # every later start). One transaction per migration, the version stamp included.
    transactional_ddl=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
