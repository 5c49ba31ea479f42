"""Every released schema upgrades to head with its data intact, after a backup."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from app.services import Services
from app.storage import migrate
from app.storage.backup import list_backups
from app.storage.database import Database
from app.storage.tables import SQLModel

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures").glob("schema_*.db"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_released_schema_upgrades_to_head_with_data_intact(fixture, tmp_path, clock):
    path = tmp_path / "rapport.db"
    shutil.copy(fixture, path)
    db = Database.open(path, backup_dir=tmp_path / "backups")
    assert db.revision() == migrate.HEAD
    assert len(list_backups(tmp_path / "backups")) == 1, "no backup before migrating"
    services = Services(db, clock)
    contact = services.contacts.get(1)
    assert (contact.given_name, contact.family_name, contact.company) == ("Jürgen", "Groß", "Festo")
    assert (contact.birthday_month, contact.birthday_day, contact.formality) == (2, 29, "sie")
    assert (contact.anrede, contact.title, contact.greeting_style) == ("", "", "")  # 0004
    assert contact.emails == [{"value": "jg@example.org", "label": "work"}]
    assert [(t.label, t.kind, t.detail) for t in services.topics.of_contact(1)] == [
        ("Industrie 4.0", "looking_for", "eine Weiterbildung")
    ]
    assert [p.text for p in services.promises.of_contact(1)] == ["Folien schicken"]
    assert [r.name for r in services.contacts.list_rows("robotik")] == ["Jürgen Groß"]
    db.close()


def test_there_is_a_fixture_for_the_first_schema():
    assert any(p.stem == "schema_0001" for p in FIXTURES)


def test_migrations_produce_exactly_the_tables_in_code(db):
    def skip(obj, name, type_, reflected, compare_to):
        return not (type_ == "table" and name.startswith(("contact_fts", "fts_control",
                                                          "alembic_version")))

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": skip})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_a_fresh_database_is_not_backed_up(tmp_path):
    Database.open(tmp_path / "fresh.db", backup_dir=tmp_path / "backups").close()
    assert list_backups(tmp_path / "backups") == []




def test_replies_i_owe_are_filled_in_from_the_history_when_upgrading(tmp_path):
    """0008 derives contact.reply_owed_since from the interactions already there."""
    path = tmp_path / "rapport.db"
    shutil.copy(next(p for p in FIXTURES if p.stem == "schema_0002"), path)
    with sqlite3.connect(path) as conn:
        rows = [("2026-11-01 10:00:00.000000", "outbound"), ("2026-11-05 10:00:00.000000", "inbound"),
                ("2026-11-06 10:00:00.000000", "inbound")]
        conn.executemany(
            "INSERT INTO interaction (contact_id, occurred_at, channel, direction, summary, notes, "
            "created_at) VALUES (1, ?, 'email', ?, '', '', ?)", [(w, d, w) for w, d in rows])
        conn.execute("UPDATE contact SET last_interaction_at = '2026-11-06 10:00:00.000000'")
    db = Database.open(path, backup_dir=tmp_path / "backups")
    with db.read() as conn:
        owed = conn.execute(text("SELECT reply_owed_since FROM contact WHERE id = 1")).scalar()
    db.close()
    assert str(owed).startswith("2026-11-05 10:00:00")


def test_0010_keeps_the_data_and_makes_addresses_searchable(tmp_path, clock):
    """From 0008 with data: relationships and photos start empty, every contact is kept,
    and an address stored before (an import's, invisible until now) is found by its city."""
    from sqlalchemy import create_engine

    path = tmp_path / "rapport.db"
    shutil.copy(next(p for p in FIXTURES if p.stem == "schema_0002"), path)
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0008")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)
        conn.execute("""UPDATE contact SET addresses = '[{"value": "Hafenweg 1, 20457 Hamburg",
                        "label": "work", "city": "Hamburg"}]' WHERE id = 1""")
        conn.execute("INSERT INTO contact (given_name, family_name, nickname, company, position, "
                     "emails, phones, links, addresses, met_how, met_where, about, language, "
                     "formality, archived, is_me, unanswered_outbound, created_at, updated_at) "
                     "VALUES ('Anna', 'Berg', '', '', '', '[]', '[]', '[]', '[]', '', '', '', 'de', "
                     "'du', 0, 0, 0, '2026-11-01 10:00:00.000000', '2026-11-01 10:00:00.000000')")
    db = Database.open(path, backup_dir=tmp_path / "backups")
    assert db.revision() == migrate.HEAD
    services = Services(db, clock)
    assert [r.name for r in services.contacts.list_rows("hamburg")] == ["Jürgen Groß"]
    assert [r.name for r in services.contacts.list_rows("robotik")] == ["Jürgen Groß"]
    anna = next(r.id for r in services.contacts.list_rows("Anna"))
    assert services.relationships.of_contact(1) == [] and services.photos.get(1) is None
    services.relationships.add(anna, 1, "introduced_by")
    assert [r.other_name for r in services.relationships.of_contact(1)] == ["Anna Berg"]
    services.contacts.update(anna, addresses=[{"value": "Markt 1, Tübingen", "label": "home",
                                               "city": "Tübingen"}])
    assert [r.name for r in services.contacts.list_rows("tubingen")] == ["Anna Berg"]
    db.close()


def test_0009_adds_dates_past_jobs_and_meetings_to_a_0008_database_with_data(tmp_path, clock):
    """From the schema before important dates (0008, with data): everything is kept, and the
    new parts work on the upgraded file: a job change is recorded by the trigger, a date
    reaches Today, a meeting with two people resets both."""
    from datetime import timedelta

    from app.domain.important_dates import DateKind, ImportantDate
    from app.domain.today import ItemKind

    path = tmp_path / "rapport.db"
    shutil.copy(next(p for p in FIXTURES if p.stem == "schema_0008"), path)
    db = Database.open(path, backup_dir=tmp_path / "backups")
    assert db.revision() == migrate.HEAD
    services = Services(db, clock)
    eva = services.contacts.get(2)
    assert (eva.given_name, eva.company, eva.position, eva.anrede) == (
        "Eva", "Alte Firma AG", "Head of Sales", "Frau")
    assert [r.title for r in services.reminders.of_contact(2)] == ["Jubiläum"]
    assert services.dates.of_contact(2) == [] and services.dates.past_jobs(2) == []
    services.contacts.update(2, company="Neue Firma GmbH")
    assert [(j.company, j.position) for j in services.dates.past_jobs(2)] == [
        ("Alte Firma AG", "Head of Sales")]
    services.dates.add(2, ImportantDate(DateKind.WORK_ANNIVERSARY, 11, 25, 2020, alert_days=3))
    assert [i.ref_id for i in services.today.build().items() if i.kind is ItemKind.DATE] == [1]
    clock.advance(timedelta(days=1))
    services.interactions.log(1, "meeting", "mutual", "Zu zweit", with_contacts=[2])
    assert services.contacts.get(1).last_two_way_at == services.contacts.get(2).last_two_way_at
    assert [r.summary for r in services.interactions.of_contact(2)] == ["Zu zweit"]
    assert [r.summary for r in services.interactions.of_contact(1)] == ["Zu zweit", "Kaffee"]
    db.close()
