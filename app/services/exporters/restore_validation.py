"""Checking a JSON backup against the schema before a single row is written.

Every table block, column and value is checked: types, ranges and allowed values, required
columns, primary keys and unique keys, and that every foreign key points at a row of the
backup. The first problem found is reported in one sentence naming the table, the row and
the column, in words (never the JSON, Python or SQLite text), so a refused restore leaves
the database as it was and tells the user what is wrong with the file.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table

MAX_DEPTH = 20  # JSON nesting: a backup needs 5 (addresses in a contact); more is an attack
MAX_TEXT = 10_000_000  # characters in one value
INT64 = (-(2**63), 2**63 - 1)
EXCERPT = 30


class BackupInvalid(ValueError):
    """The backup does not fit the schema; the message says where and what."""


# Values the services only ever write from a fixed set (app.domain.enums, today.ItemKind).
def _choices() -> dict[tuple[str, str], frozenset[str]]:
    from app.domain.enums import Channel, Direction, PromiseOwner, PromiseState, TopicKind
    from app.domain.relationships import RelationKind
    from app.domain.today import ItemKind

    def values(enum) -> frozenset[str]:
        return frozenset(member.value for member in enum)

    return {
        ("contact_topic", "kind"): values(TopicKind),
        ("interaction", "channel"): values(Channel),
        ("interaction", "direction"): values(Direction),
        ("promise", "owner"): values(PromiseOwner),
        ("promise", "state"): values(PromiseState),
        ("decision", "owner"): values(PromiseOwner),
        ("today_mark", "kind"): values(ItemKind),
        ("relationship", "kind"): values(RelationKind),
        ("contact_photo", "mime"): frozenset({"image/jpeg", "image/png"}),
    }


# Whole numbers with a meaning: what the services accept.
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("contact", "birthday_month"): (1, 12),
    ("contact", "birthday_day"): (1, 31),
    ("contact", "birthday_year"): (1, 9999),
    ("contact", "cadence_days"): (1, 36_500),
    ("contact", "unanswered_outbound"): (0, 1_000_000_000),
}
# Lists of {"value": ..., "label": ...} entries (addresses may carry more string keys).
ENTRY_LISTS = {("contact", name) for name in ("emails", "phones", "links", "addresses",
                                             "vcard_properties")}


def parse_backup(text: str) -> Any:
    """The backup's JSON, or BackupInvalid in words (not the parser's own message)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise BackupInvalid("the backup is nested too deeply to be a Rapport backup") from None
    except json.JSONDecodeError as error:
        raise BackupInvalid(f"cannot be read as a backup: it is not valid JSON (line {error.lineno}, "
                            f"column {error.colno})") from None
    except ValueError:  # e.g. a number too long to convert
        raise BackupInvalid("cannot be read as a backup: it is not valid JSON") from None


def describe(value: Any) -> str:
    """A value as a message may show it: short, never a JSON or Python dump."""
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        text = repr(value)
        return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"
    if isinstance(value, str):
        text = value if len(value) <= EXCERPT else value[: EXCERPT - 1] + "…"
        return "“" + text.replace("{", "(").replace("}", ")") + "”"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a value of an unknown kind"


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply lists and objects nest (iterative: a deep value cannot overflow the stack);
    stops counting past `limit`."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def validate(data: Any, tables: list[Table], known_revisions: set[str], format_name: str,
             version: int) -> None:
    """Raise BackupInvalid for the first thing in `data` that cannot be restored as is."""
    if not isinstance(data, dict) or data.get("format") != format_name:
        raise BackupInvalid(f"this is not a Rapport backup (no “format”: “{format_name}”)")
    found = data.get("version")
    if found != version or isinstance(found, bool):
        raise BackupInvalid(f"backup format version {describe(found)} is not supported")
    schema = data.get("schema")
    if not isinstance(schema, str):
        raise BackupInvalid(f"the backup's schema must be a revision name, not {describe(schema)}")
    if schema not in known_revisions:
        raise BackupInvalid(f"the backup comes from a newer Rapport (schema {describe(schema)}); "
                            "please update Rapport first")
    blocks = data.get("tables")
    if not isinstance(blocks, dict):
        raise BackupInvalid("the backup has no tables (“tables” must be an object of tables)")
    by_name = {table.name: table for table in tables}
    for name in blocks:
        if name not in by_name:
            raise BackupInvalid(f"the backup has a table {describe(name)} that Rapport does not know")
    rows_of: dict[str, list[dict[str, Any]]] = {}
    for table in tables:
        rows_of[table.name] = _check_block(table, blocks.get(table.name))
    _check_keys(tables, rows_of)


def _check_block(table: Table, block: Any) -> list[dict[str, Any]]:
    name = table.name
    if block is None:
        return []
    if not isinstance(block, dict):
        raise BackupInvalid(f"table {name} must be an object with “columns” and “rows”, "
                            f"not {describe(block)}")
    columns, rows = block.get("columns"), block.get("rows")
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise BackupInvalid(f"table {name} has no “columns” list of column names")
    if not isinstance(rows, list):
        raise BackupInvalid(f"table {name} has no “rows” list")
    known = {c.name: c for c in table.columns if c.computed is None}
    for column in columns:
        if column not in known:
            raise BackupInvalid(f"table {name} has a column {describe(column)} that Rapport does not know")
    if len(set(columns)) != len(columns):
        raise BackupInvalid(f"table {name} names a column twice")
    missing = [c for c, col in known.items() if c not in columns and _required(col)]
    if missing and rows:
        raise BackupInvalid(f"table {name} lacks the column {missing[0]}, which every row needs")
    choices = _choices()
    checked = []
    for number, row in enumerate(rows, start=1):
        where = f"table {name}, row {number}"
        if not isinstance(row, list):
            raise BackupInvalid(f"{where} is {describe(row)}, not a list of values")
        if len(row) != len(columns):
            raise BackupInvalid(f"{where} has {len(row)} values for {len(columns)} columns")
        values = dict(zip(columns, row))
        for column, value in values.items():
            problem = _value_problem(known[column], value, choices.get((name, column)),
                                     RANGES.get((name, column)), (name, column) in ENTRY_LISTS)
            if problem:
                raise BackupInvalid(f"{where}, column {column}: {problem}")
        problem = _row_problem(name, values)
        if problem:
            raise BackupInvalid(f"{where}: {problem}")
        checked.append(values)
    return checked


def _required(column) -> bool:
    """A column the INSERT cannot leave out (a Python-side default does not apply there)."""
    return (not column.nullable and column.server_default is None
            and not (column.primary_key and isinstance(column.type, Integer)))


def _value_problem(column, value: Any, choices, bounds, entry_list: bool) -> str | None:
    kind = getattr(column.type, "impl", column.type)
    if value is None:
        if column.nullable and not column.primary_key:
            return None
        if column.primary_key and isinstance(kind, Integer) and not column.foreign_keys:
            return "every row needs an id"
        return "must not be empty (null)"
    if isinstance(kind, JSON):
        if depth(value) > MAX_DEPTH:
            return "is nested too deeply"
        if entry_list:
            return _entries_problem(value)
        return None
    if isinstance(kind, Boolean):
        if value in (0, 1) and not isinstance(value, float):
            return None
        return f"{describe(value)} is not true or false"
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{describe(value)} is not a whole number"
        low, high = bounds or INT64
        return None if low <= value <= high else f"{describe(value)} is not between {low} and {high}"
    if isinstance(kind, Float):
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            return f"{describe(value)} is not a number"
        return None
    if isinstance(kind, DateTime):
        return None if _is_datetime(value) else f"{describe(value)} is not a date and time"
    if isinstance(kind, Date):
        return None if _is_date(value) else f"{describe(value)} is not a date like 2024-05-17"
    if isinstance(kind, String):
        if not isinstance(value, str):
            return f"{describe(value)} is not text"
        if len(value) > MAX_TEXT or "\x00" in value:
            return "is not plain text (too long, or it holds a NUL character)"
        if choices is not None and value not in choices:
            return f"{describe(value)} is not one of {', '.join(sorted(choices))}"
        return None
    return None


def _entries_problem(value: Any) -> str | None:
    if not isinstance(value, list):
        return f"must be a list of entries, not {describe(value)}"
    for entry in value:
        if not isinstance(entry, dict) or not isinstance(entry.get("value", ""), str):
            return "holds an entry that is not a value with a label"
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in entry.items()):
            return "holds an entry whose parts are not text"
    return None


def _is_datetime(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is not None:
            parsed.astimezone(timezone.utc)
    except (ValueError, OverflowError):
        return False
    return True


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _row_problem(table: str, values: dict[str, Any]) -> str | None:
    """What no single column shows: a birthday that is no day of the year, a rule that
    does not parse."""
    if table == "contact" and values.get("birthday_month") is not None:
        month, day = values.get("birthday_month"), values.get("birthday_day")
        if day is None:
            return "the birthday has a month but no day"
        try:
            date(values.get("birthday_year") or 2000, month, day)
        except (TypeError, ValueError, OverflowError):
            return f"the birthday {day}.{month}. is not a day of the year"
    if table == "contact" and values.get("birthday_day") is not None and values.get("birthday_month") is None:
        return "the birthday has a day but no month"
    if table == "reminder" and values.get("rrule"):
        from dateutil.rrule import rrulestr

        try:
            rrulestr(values["rrule"])
        except (ValueError, TypeError, OverflowError, IndexError, KeyError, AttributeError):
            return "the repeat rule (column rrule) is not a recurrence rule"
    return None


def _check_keys(tables: list[Table], rows_of: dict[str, list[dict[str, Any]]]) -> None:
    """Primary and unique keys are unique; every foreign key names a row of the backup."""
    keys: dict[tuple[str, str], set] = {}
    for table in tables:
        rows = rows_of[table.name]
        groups = [[c.name for c in table.primary_key.columns]]
        groups += [[c.name for c in index.columns] for index in table.indexes
                    if index.unique and index.dialect_options["sqlite"].get("where") is None]
        groups += [[c.name for c in constraint.columns] for constraint in table.constraints
                   if constraint.__class__.__name__ == "UniqueConstraint"]
        for group in groups:
            seen: set = set()
            for number, row in enumerate(rows, start=1):
                key = tuple(row.get(c) for c in group)
                if None in key and group != groups[0]:
                    continue  # NULLs are never equal
                if key in seen:
                    raise BackupInvalid(f"table {table.name}, row {number}: "
                                        f"{' and '.join(group)} repeat an earlier row's")
                seen.add(key)
        if table.name == "contact" and sum(1 for r in rows if r.get("is_me")) > 1:
            raise BackupInvalid("table contact holds more than one Me profile")
        for column in table.primary_key.columns:
            keys[(table.name, column.name)] = {r.get(column.name) for r in rows}
    for table in tables:
        for column in table.columns:
            for foreign in column.foreign_keys:
                target = (foreign.column.table.name, foreign.column.name)
                present = keys.get(target, set())
                for number, row in enumerate(rows_of[table.name], start=1):
                    value = row.get(column.name)
                    if value is not None and value not in present:
                        raise BackupInvalid(
                            f"table {table.name}, row {number}, column {column.name}: "
                            f"{describe(value)} names no row of table {target[0]}"
                        )
