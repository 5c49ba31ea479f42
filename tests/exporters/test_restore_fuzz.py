"""Restoring a damaged or hostile backup: either it is refused in one clear sentence and
the database is unchanged, or it is restored and Today and every export still work."""

import copy
import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlmodel import SQLModel

from app.services import Services
from app.services.exporters.backup import RestoreError
from app.services.sample import SampleNetwork
from app.storage.database import Database
from tests.importers.conftest import FIXTURES

RAW_TEXT = ("Traceback", "sqlite3.", "Error:", "{'", '{"', "(Background on this error")


def assert_clean(message: str) -> None:
    assert len(message) < 400, message
    for raw in RAW_TEXT:
        assert raw not in message, message


@pytest.fixture
def backup_data(services, clock, tmp_path):
    """A real backup of a small network with every kind of row."""
    SampleNetwork(services.db, services.clock, services.events).generate(12)
    first = services.contacts.list_rows()[0].id
    services.reminders.add("Call back", clock.now() + timedelta(days=1), first, rrule="FREQ=WEEKLY")
    services.reminders.add("One-off", clock.now() - timedelta(days=1))
    services.settings.set_value("first_run_done", True)
    services.exports.export(tmp_path / "backup.json", "json")
    return json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))


@pytest.fixture
def target(tmp_path, clock):
    database = Database.open(tmp_path / "target" / "rapport.db")
    services = Services(database, clock)
    services.contacts.create(given_name="Schon", family_name="Da")
    yield services
    database.close()


def table_rows(db) -> dict:
    with db.read() as conn:
        return {t.name: conn.execute(select(t).order_by(*t.primary_key.columns)).all()
                for t in SQLModel.metadata.sorted_tables}


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="{}"), max_size=12)
SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False), TEXT,
    st.sampled_from(["", "-", "?", "2026-13-45", "2026-02-30 10:00:00", "9999-12-31 23:59:59.999999",
                     "0001-01-01", "FREQ=SOMETIMES", "DTSTART:20260101T090000\nRRULE:FREQ=DAILY",
                     "email", "inbound", "me", "open", "interest", "0", "1"]),
)
VALUE = st.one_of(SCALAR, st.lists(SCALAR, max_size=3), st.dictionaries(TEXT, SCALAR, max_size=3))


@st.composite
def mutation(draw):
    kind = draw(st.sampled_from(["value", "value", "value", "value", "block", "columns", "row",
                                 "top", "duplicate", "deep"]))
    return (kind, draw(st.integers(0, 10_000)), draw(st.integers(0, 10_000)), draw(st.integers(0, 100)),
            draw(VALUE))


def mutate(data: dict, mutations) -> dict:
    data = copy.deepcopy(data)
    names = sorted(data["tables"])
    for kind, a, b, c, value in mutations:
        if kind == "top":
            key = ["format", "version", "schema", "tables", "created_at"][a % 5]
            data[key] = value if b % 4 else [data.get(key)]
            continue
        tables = data.get("tables")
        if not isinstance(tables, dict) or not tables:
            continue
        name = names[a % len(names)]
        block = tables.get(name)
        if kind == "block":
            tables[name] = [value, {"rows": []}, "contact", None, {"columns": []}][b % 5]
            continue
        if not isinstance(block, dict) or not isinstance(block.get("rows"), list):
            continue
        rows, columns = block["rows"], block.get("columns")
        if kind == "columns" and isinstance(columns, list) and columns:
            del columns[b % len(columns)]
        elif kind == "columns":
            block.pop("rows" if b % 2 else "columns", None)
        elif not rows or not isinstance(rows[a % len(rows)], list):
            continue
        elif kind == "row":
            row = rows[a % len(rows)]
            rows[a % len(rows)] = row[: b % max(1, len(row))] if c % 2 else value
        elif kind == "duplicate":
            rows.append(list(rows[a % len(rows)]))
        elif kind == "deep":
            row = rows[a % len(rows)]
            nested = value
            for _ in range(25 + c):
                nested = [nested]
            row[b % len(row)] = nested
        else:
            row = rows[a % len(rows)]
            if row:
                row[b % len(row)] = value
    return data


@pytest.mark.reliability
def test_fuzzed_restores_are_refused_cleanly_or_leave_a_working_database(backup_data, target, tmp_path):
    path = tmp_path / "fuzzed.json"
    outcome = {"accepted": 0, "refused": 0}

    @settings(max_examples=150, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(mutation(), min_size=1, max_size=3))
    def run(mutations):
        path.write_text(json.dumps(mutate(backup_data, mutations)), encoding="utf-8")
        before = table_rows(target.db)
        try:
            target.exports.restore(path, force=True)
        except RestoreError as error:
            outcome["refused"] += 1
            assert_clean(str(error))
            assert table_rows(target.db) == before
            return
        outcome["accepted"] += 1
        target.today.build()
        target.reminders.due_for_delivery()
        target.reminders.next_wakeup()
        for format in ("json", "csv", "vcard"):
            target.exports.export(tmp_path / f"out.{format}", format)
        target.imports.import_file(FIXTURES / "rapport_40.vcf", dry_run=True)  # dedupe reads all


    run()
    assert outcome["refused"] > 20 and outcome["accepted"] > 5, outcome


@pytest.mark.parametrize("text, words", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"format": "rapport-backup", "version": 1, "schema": ["0003"], "tables": {}}', "schema"),
    ('{"format": "rapport-backup", "version": 1, "schema": "0003", "tables": {"contact": []}}',
     "table contact must be an object"),
    ('{"format": "rapport-backup", "version": 1, "schema": "0003", "tables": {"contact": {"rows": []}}}',
     "table contact has no “columns”"),
    ('{"format": "rapport-backup", "version": 1, "schema": "0003", "tables": {"topic": {"columns": '
     '["id", "label", "key"]}}}', "table topic has no “rows”"),
    ('{"format": "rapport-backup", "version": 1, "schema": "0003", "tables": {"topic": {"columns": '
     '["id", "label"], "rows": [[1, "Jazz"]]}}}', "table topic lacks the column key"),
    ('{"format": "rapport-backup", "version": 1, "schema": "0003", "tables": {"topic": {"columns": '
     '["id", "label", "key"], "rows": [[1, "Jazz", "jazz"], [2, ["Blues"], "blues"]]}}}',
     "table topic, row 2, column label: a list is not text"),
    ('{"format": "rapport-backup", "version": 1, "schema": "0003", "tables": {"contact_topic": '
     '{"columns": ["contact_id", "topic_id", "kind", "detail"], "rows": [[7, 1, "interest", ""]]}}}',
     "table contact_topic, row 1, column contact_id: 7 names no row of table contact"),
])
def test_each_kind_of_broken_backup_is_named_in_one_sentence(target, tmp_path, text, words):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    before = table_rows(target.db)
    with pytest.raises(RestoreError) as error:
        target.exports.restore(path, force=True)
    assert words in str(error.value)
    assert_clean(str(error.value))
    assert table_rows(target.db) == before


def test_a_setting_holding_a_number_is_backed_up_and_restored(services, target, tmp_path):
    """Found by the fuzz: SQLite stores a JSON number as a number, and the backup choked."""
    services.contacts.create(given_name="Ada")  # a backup without contacts is refused
    services.settings.set_value("window_count", 5)
    services.settings.set_value("ratio", 1.5)
    services.exports.export(tmp_path / "backup.json", "json")
    target.exports.restore(tmp_path / "backup.json", force=True)
    assert (target.settings.get_value("window_count"), target.settings.get_value("ratio")) == (5, 1.5)
