"""A full JSON backup of every table, and restoring it into an empty database exactly.

Tables come from the schema itself (SQLModel.metadata, in foreign-key order), so a table
added later is backed up without touching this file. Ids are kept, so every link between
rows survives. Generated columns are left to SQLite; the search index is rebuilt.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone
from typing import Any, Callable, Sequence

from sqlalchemy import JSON, Connection, Table, delete, func, select
from sqlmodel import SQLModel

import app.storage.tables  # noqa: F401  (registers every table on SQLModel.metadata)
from app.storage import migrate, search

FORMAT = "rapport-backup"
VERSION = 1
CHUNK = 2000


class RestoreError(ValueError):
    """The backup cannot be restored here; the message says why. Nothing was changed.
    `kind` names the case a caller words itself ("not-empty"), else ""."""

    def __init__(self, message: str, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind


def tables() -> list[Table]:
    return list(SQLModel.metadata.sorted_tables)


def _columns(table: Table):
    return [c for c in table.columns if c.computed is None]


def _kind(column) -> type | None:
    column_type = getattr(column.type, "impl", column.type)  # a TypeDecorator's stored type
    if isinstance(column_type, JSON):
        return dict
    try:
        return column_type.python_type
    except NotImplementedError:
        return None


_STORED_DATETIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?")
_STORED_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _stored_datetime(value: Any) -> Any:
    """Values travel as SQLite stores them ("2026-11-23 09:30:00.000000", UTC); an ISO
    string from elsewhere is converted, anything else is refused."""
    if value is None or (isinstance(value, str) and _STORED_DATETIME.fullmatch(value)):
        return value
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    # isoformat, not strftime: glibc writes the year 1 as "1", which nothing reads back.
    return parsed.isoformat(" ", "microseconds")


def _stored_date(value: Any) -> Any:
    if value is None or (isinstance(value, str) and _STORED_DATE.fullmatch(value)):
        return value
    return date.fromisoformat(value).isoformat()


def _writer(column) -> Callable[[Any], Any]:
    kind = _kind(column)
    if kind is dict:
        return lambda v: None if v is None else json.dumps(v)
    if kind is datetime:
        return _stored_datetime
    if kind is date:
        return _stored_date
    return lambda v: v


def dump(conn: Connection, created_at: datetime, progress=None) -> dict:
    """Every row of every table, read raw (no per-value conversion: 50,000 contacts and
    500,000 interactions are 800,000 rows). JSON columns are embedded as JSON."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "schema": migrate.HEAD,
                            "created_at": created_at.isoformat(), "tables": {}}
    all_tables = tables()
    for number, table in enumerate(all_tables, start=1):
        columns = _columns(table)
        names = ", ".join(f'"{c.name}"' for c in columns)
        order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
        rows: Sequence[Any] = conn.exec_driver_sql(f'SELECT {names} FROM "{table.name}" ORDER BY {order}').fetchall()
        json_at = [i for i, c in enumerate(columns) if _kind(c) is dict]
        if json_at:
            rows = [list(row) for row in rows]
            for row in rows:
                for i in json_at:  # a JSON number is stored as one (the column's affinity)
                    row[i] = json.loads(row[i]) if isinstance(row[i], str) else row[i]
        data["tables"][table.name] = {"columns": [c.name for c in columns],
                                      "rows": [list(row) for row in rows]}
        if progress:
            progress(number, len(all_tables))
    return data


def is_empty(conn: Connection) -> bool:
    """No rows anywhere, apart from settings and an untouched Me profile."""
    from app.storage.tables import Contact

    for table in tables():
        if table.name == "setting":
            continue
        if table.name == "contact":
            count = conn.execute(select(func.count()).select_from(table).where(
                ~(Contact.is_me & (Contact.given_name == "") & (Contact.family_name == "")))).scalar()
        else:
            count = conn.execute(select(func.count()).select_from(table)).scalar()
        if count:
            return False
    return True


def check(data: Any) -> None:
    """Every table, column and value against the schema, before anything is written."""
    from app.services.exporters.restore_validation import BackupInvalid, validate

    try:
        validate(data, tables(), migrate.known_revisions(), FORMAT, VERSION)
    except BackupInvalid as error:
        raise RestoreError(str(error)) from None


def _check_templates(names: list[str], rows: list[tuple]) -> None:
    """A user template comes back only if it renders within the sandbox's limits: a backup
    is a file anyone could have edited."""
    from app.services.drafts import TemplateProblem, check_template

    for row in rows:
        values = dict(zip(names, row))
        try:
            check_template(values.get("occasion", ""), values.get("language", ""),
                           values.get("subject") or "", values.get("body") or "")
        except (TemplateProblem, ValueError, KeyError) as problem:
            raise RestoreError(
                f"table template: {values.get('occasion')}/{values.get('language')}/"
                f"{values.get('variant')} cannot be used ({problem})"
            ) from None


def restore(db, data: dict, force: bool = False, progress=None) -> dict[str, int]:
    """Replace the database's content with the backup's, in one transaction. Refuses a
    database that holds data unless force is set. Returns rows restored per table."""
    check(data)
    counts: dict[str, int] = {}
    all_tables = tables()
    with db.bulk_write() as (conn, _touched):
        if not is_empty(conn):
            if not force:
                raise RestoreError("the database is not empty; restoring would replace its "
                                   "contents (use --force to do that)", kind="not-empty")
        for table in reversed(all_tables):
            conn.execute(delete(table))
        for number, table in enumerate(all_tables, start=1):
            block = data["tables"].get(table.name)
            counts[table.name] = 0
            if not block:
                continue
            known = {c.name: c for c in _columns(table)}
            names = [n for n in block["columns"] if n in known]
            positions = [block["columns"].index(n) for n in names]
            writers = [_writer(known[n]) for n in names]
            try:
                rows = [tuple(write(row[i]) for write, i in zip(writers, positions)) for row in block["rows"]]
            except (TypeError, ValueError, IndexError) as error:
                raise RestoreError(f"table {table.name}: a row cannot be read ({error})") from error
            if table.name == "template":
                _check_templates(names, rows)
            sql = (f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                   f'VALUES ({", ".join("?" for _ in names)})')
            for start in range(0, len(rows), CHUNK):
                try:
                    conn.exec_driver_sql(sql, rows[start : start + CHUNK])
                except Exception as error:  # an IntegrityError names the column; keep that
                    raise RestoreError(f"table {table.name}: {getattr(error, 'orig', error)}") from error
            counts[table.name] = len(rows)
            if progress:
                progress(number, len(all_tables))
        contact_block = data["tables"].get("contact") or {}
        columns = contact_block.get("columns") or ()
        if "change_seq" in columns:  # as saved: the triggers raised it for the topics etc.
            at, seq = columns.index("id"), columns.index("change_seq")
            conn.exec_driver_sql("UPDATE contact SET change_seq = ? WHERE id = ?",
                                 [(int(row[seq]), row[at]) for row in contact_block["rows"]])
        if "reply_owed_since" not in columns:
            # A backup from before schema 0008 has no "replies I owe": derive them from the
            # interactions, as the 0008 migration does for a database.
            conn.exec_driver_sql(REPLY_OWED_FROM_HISTORY)
        search.rebuild(conn)
    return counts


# The first inbound interaction after the last outbound or mutual one (a frozen copy of the
# 0008 migration's backfill: migrations never import app code that may change later).
REPLY_OWED_FROM_HISTORY = """
UPDATE contact SET reply_owed_since = (
    SELECT min(i.occurred_at) FROM interaction i
    WHERE i.contact_id = contact.id AND i.direction = 'inbound'
      AND i.occurred_at > coalesce((
          SELECT max(j.occurred_at) FROM interaction j
          WHERE j.contact_id = contact.id AND j.direction IN ('outbound', 'mutual')), '')
)
WHERE last_interaction_at IS NOT NULL
"""
