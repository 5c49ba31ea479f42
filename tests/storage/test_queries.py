"""The read models in app/storage/queries (issue 15): a shared predicate hides a contact
everywhere at once, a domain threshold moves the SQL result, and no SQL in app/ is made by
editing a finished SQL string. Fixed clock: Monday 2026-11-23 09:30 Berlin."""

import ast
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.domain import outreach
from app.domain.birthdays import Birthday
from app.domain.habits import HabitKey, HabitWindow
from app.domain.today import ItemKind
from app.services import habit_queries
from app.services.contact_list import ListFilter
from app.storage.queries.predicates import Where, listed_contact
from tests.conftest import BERLIN, NOW

APP = Path(__file__).resolve().parents[2] / "app"
TODAY = date(2026, 11, 23)


def today_kinds(services, contact_id) -> set[ItemKind]:
    return {i.kind for i in services.today.build().items() if i.contact_id == contact_id}


def habit_counts(services) -> dict[HabitKey, int]:
    window = HabitWindow.ending(TODAY, BERLIN)
    with services.db.read() as conn:
        series = habit_queries.all_series(conn, window)
    return {s.key: sum(p.count for p in s.points) for s in series}


def everywhere(services, contact_id) -> dict[str, bool]:
    """Where the contact shows: the list, a search, Today, and the habits it counts in."""
    habits = habit_counts(services)
    return {
        "list": contact_id in [r.id for r in services.contacts.page(ListFilter())],
        "search": contact_id in [r.id for r in services.contacts.list_rows("Müller")],
        "ranked search": contact_id in [
            r.id for r in services.contacts.page(ListFilter(text="Müller"), sort="relevance")],
        "overdue list": contact_id in [r.id for r in services.contacts.page(ListFilter(overdue=True))],
        "count": services.contacts.count_rows(ListFilter(text="Müller")) == 1,
        "today": today_kinds(services, contact_id) >= {
            ItemKind.KEEP_IN_TOUCH, ItemKind.WAITING, ItemKind.BIRTHDAY, ItemKind.MY_PROMISE,
            ItemKind.REMINDER},
        "habits": habits[HabitKey.NEW_CONNECTIONS] == 1 and habits[HabitKey.MEETINGS] == 1,
    }


def test_a_contact_in_the_trash_is_gone_from_the_list_search_today_and_habits(services, person):
    services.contacts.update(person, cadence_days=1, birthday=Birthday(11, 30, 1990))
    services.interactions.log(person, "meeting", "mutual", occurred_at=NOW - timedelta(hours=3))
    for hours in (2, 1):  # two unanswered since: waiting
        services.interactions.log(person, "email", "outbound", occurred_at=NOW - timedelta(hours=hours))
    services.promises.add(person, "me", "Folien schicken", due=TODAY - timedelta(days=1))
    services.reminders.add("Anrufen", NOW + timedelta(hours=3), contact_id=person)
    before = everywhere(services, person)
    assert all(before.values()), before

    services.contacts.trash(person)
    assert not any(everywhere(services, person).values())
    services.contacts.restore(person)  # the same rule lets it back everywhere
    assert everywhere(services, person) == before


def outreach_kinds(services, person) -> set[ItemKind]:
    return today_kinds(services, person) & {ItemKind.WAITING, ItemKind.STOP}


def test_the_unanswered_thresholds_come_from_the_domain(services, person, monkeypatch):
    services.interactions.log(person, "email", "inbound", occurred_at=NOW - timedelta(days=20))
    for days in (10, 5, 1):  # three unanswered: stop
        services.interactions.log(person, "email", "outbound", occurred_at=NOW - timedelta(days=days))
    assert outreach_kinds(services, person) == {ItemKind.STOP}
    monkeypatch.setattr(outreach, "STOP_AT", 4)  # three is only waiting now
    assert outreach_kinds(services, person) == {ItemKind.WAITING}
    monkeypatch.setattr(outreach, "WAITING_AT", 4)  # and not even that
    monkeypatch.setattr(outreach, "STOP_AT", 5)
    assert outreach_kinds(services, person) == set()
    monkeypatch.setattr(outreach, "WAITING_AT", 1)  # below what the partial index holds
    with pytest.raises(ValueError):
        services.today.build()


def test_where_joins_its_parts_with_and_and_keeps_the_parameters_in_order():
    where = Where().and_("a = ?", 1).and_("b IN (?, ?)", 2, 3).first("m MATCH ?", "x")
    assert where.sql == "m MATCH ? AND a = ? AND b IN (?, ?)"
    assert where.params == ("x", 1, 2, 3)
    assert Where().sql == "1"
    few = listed_contact(archived=True, few_ids=True)
    assert "+c.deleted_at IS NULL" in few.terms and few.params == (1,)


# --- the predicates are written once -------------------------------------------------
READ_MODELS = [*sorted((APP / "storage" / "queries").glob("*.py")), APP / "services" / "contact_list.py",
               APP / "services" / "habit_queries.py", *sorted((APP / "services").glob("today*.py"))]
RESTATED = re.compile(r"deleted_at IS NULL|archived\s*=\s*0|is_me\s*=\s*0|unanswered_outbound\s*>?=\s*\d")


def string_constants(path: Path) -> list[str]:
    return [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_the_visible_and_today_conditions_are_spelled_only_in_predicates():
    assert len(READ_MODELS) > 10
    predicates = APP / "storage" / "queries" / "predicates.py"
    offenders = {str(path.relative_to(APP)): found for path in READ_MODELS if path != predicates
                 for found in [[s for s in string_constants(path) if RESTATED.search(s)]] if found}
    assert offenders == {}
    assert any("deleted_at" in s for s in string_constants(predicates))


def test_the_restated_check_sees_a_restated_condition(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('SQL = "SELECT id FROM contact WHERE unanswered_outbound = 2"\n')
    assert [s for s in string_constants(sample) if RESTATED.search(s)]


# --- no SQL made by string surgery -----------------------------------------------------
SQL_TEXT = re.compile(r"\b(SELECT|FROM|WHERE|JOIN|MATCH|AND|OR|IS NULL|ORDER BY|GROUP BY|LIMIT)\b"
                      r"|\?|\b[a-z]{1,2}\.[a-z_]+\b|\b(deleted_at|archived|is_me)\b")
SQL_NAME = re.compile(r"sql|where|clause|predicate|condition|contacts|query|source", re.I)


def _name(node) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def sql_replacements(source: str) -> list[int]:
    """Lines that call .replace() on SQL: on a name that says it holds SQL or a clause, or
    with SQL text as what is replaced or what replaces it."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace" and len(node.args) == 2):
            continue
        receiver = node.func.value
        texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if isinstance(receiver, ast.Constant) and isinstance(receiver.value, str):
            texts.append(receiver.value)
        if SQL_NAME.search(_name(receiver)) or any(SQL_TEXT.search(t) for t in texts):
            lines.append(node.lineno)
    return lines


def test_no_sql_in_app_is_built_by_replacing_text_in_finished_sql():
    offenders = {str(path.relative_to(APP)): found for path in sorted(APP.rglob("*.py"))
                 for found in [sql_replacements(path.read_text(encoding="utf-8"))] if found}
    assert offenders == {}


@pytest.mark.parametrize("code", [
    'where = where.replace("c.deleted_at IS NULL", "+c.deleted_at IS NULL")',
    'where = where.replace("contact_fts MATCH ?", f"c.id IN ({FTS_IDS})")',
    'VISIBLE = TODAY_CONTACTS.replace("archived", "c.archived")',
    'sql = sql.replace("x", "y")',
    'text = "SELECT 1 FROM t WHERE x".replace("x", y)',
])
def test_the_replace_check_sees_the_string_surgery_that_was_removed(code):
    assert sql_replacements(code) == [1]


@pytest.mark.parametrize("code", [
    'label = self.tr("Wrote %1").replace("%1", path)',
    'stamp = moment.replace(tzinfo=utc)',
    'os.replace(temp, path)',
    'name = kind.replace("_", " ")',
])
def test_the_replace_check_leaves_other_replacements_alone(code):
    assert sql_replacements(code) == []
