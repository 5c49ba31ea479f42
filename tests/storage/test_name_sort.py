"""Names sort as a reader expects (ä with a, ß as ss, case ignored), in SQL and in Python
alike, through the listing index, on a fresh file and on one upgraded from 0013."""

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.domain.names import FOLD_STAGE, FOLDS, fold, name_key
from app.services import Services
from app.services.contact_list import ListFilter
from app.storage import migrate, name_keys
from app.storage.database import Database
from app.storage.queries import contact_list
from tests.conftest import NOW

FIXTURES = Path(__file__).parents[1] / "fixtures"
MIGRATION = Path(migrate.SCRIPTS) / "versions" / "0014_name_sort_keys.py"
TRICKY = [
    ("Özlem", "Zoë", ""), ("Zoë", "Ahrens", ""), ("Jürgen", "Groß", ""), ("", "STRAUSS", ""),
    ("Łukasz", "Żółw", ""), ("Ayşe", "Şahin", ""), ("İpek", "Yıldız", ""), ("Ñoño", "Muñoz", ""),
    ("François", "Garçon", ""), ("Søren", "Ørsted", ""), ("Åsa", "Ångström", ""),
    ("Éva", "ÉCOLE", ""), ("", "", "Madonna"), ("Zoë", "", ""), ("Ωmega", "Ясная", ""),
    ("o\u0308", "ä\u0301", ""), ("Mário", "Tânia", ""), ("", "O'Brien-Šťastný", ""),
    ("Dvořák", "Čapek", ""), ("Œdipe", "Æsir", ""), ("ŁUKASZ", "ĞÜL", ""),
]


@pytest.mark.parametrize("given, family, nickname", TRICKY)
def test_the_sql_fold_and_the_python_fold_agree(db, given, family, nickname):
    with db.write() as conn:
        conn.execute(text("INSERT INTO contact (given_name, family_name, nickname, company, "
                          "position, emails, phones, links, addresses, met_how, met_where, "
                          "about, language, formality, archived, is_me, unanswered_outbound, "
                          "created_at, updated_at) VALUES (:g, :f, :n, '', '', '[]', '[]', '[]', "
                          "'[]', '', '', '', 'de', 'du', 0, 0, 0, :t, :t)"),
                     {"g": given, "f": family, "n": nickname, "t": NOW.replace(tzinfo=None)})
    with db.read() as conn:
        keys = conn.execute(text("SELECT family_key, given_key FROM contact "
                                 "WHERE given_name = :g AND family_name = :f"),
                            {"g": given, "f": family}).one()
    assert tuple(keys) == name_key(given, family, nickname)


def test_the_fold_puts_each_letter_with_its_base_letter():
    assert fold("Böhm") < fold("Brown") and fold("Özlem") < fold("Zoë")
    assert [fold(w) for w in ("Ärger", "Groß", "Élodie", "Ñandú", "Çelik", "Øre", "Åse", "Łódź",
                              "Şeker")] == ["arger", "gross", "elodie", "nandu", "celik", "ore",
                                            "ase", "lodz", "seker"]
    assert name_key("", "", "Madonna") == ("madonna", "")


def test_each_step_of_the_sql_fold_fits_what_sqlite_can_parse():
    """SQLite 3.40 parses 24 nested calls in the first step and 27 in the second (measured):
    a longer list fails to open the database at all."""
    assert FOLD_STAGE <= 22 and len(FOLDS) - FOLD_STAGE <= 25
    assert all(plain.isascii() and len(char) == 1 and not char.isascii() for char, plain in FOLDS)


def test_the_migration_keeps_the_fold_of_its_revision():
    """Changing the fold in app.domain.names needs a new migration, not an edit of 0014."""
    spec = importlib.util.spec_from_file_location("m0014", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.COLUMNS == name_keys.COLUMNS


def page_names(services, sort="name", descending=False) -> list[str]:
    return [r.name for r in services.contacts.page(ListFilter(), sort=sort,
                                                   descending=descending, limit=-1)]


def plan_of_page(services, monkeypatch, sort="name", descending=False) -> str:
    """The query plan of the contacts list's first page, as the list asks for it."""
    seen = []
    original = contact_list.run

    def recording(conn, sql, params=()):
        seen.append((sql, tuple(params)))
        return original(conn, sql, params)

    monkeypatch.setattr(contact_list, "run", recording)
    services.contacts.page(ListFilter(), sort=sort, descending=descending, limit=200)
    monkeypatch.setattr(contact_list, "run", original)
    sql, params = next((q, p) for q, p in seen if "ORDER BY" in q)
    with services.db.read() as conn:
        return " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))


def test_the_name_order_walks_the_listing_index_without_sorting(services, monkeypatch):
    for given, family, _ in TRICKY:
        services.contacts.create(given_name=given or "X", family_name=family)
    for descending in (False, True):
        found = plan_of_page(services, monkeypatch, "name", descending)
        assert "ix_contact_listing" in found and "TEMP B-TREE" not in found, found
    assert "TEMP B-TREE" in plan_of_page(services, monkeypatch, "company")  # the check sees a sort


def test_a_0013_file_with_data_upgrades_to_sorted_keys(tmp_path, clock, monkeypatch):
    path = tmp_path / "rapport.db"
    shutil.copy(FIXTURES / "schema_0008.db", path)
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0013")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        for given, family in (("Paul", "Brown"), ("Eva", "Böhm"), ("Ali", "Özlem"),
                              ("Zoe", "zoë"), ("Tom", "Ahrens")):
            conn.execute("INSERT INTO contact (given_name, family_name, nickname, company, "
                         "position, emails, phones, links, addresses, vcard_properties, met_how, "
                         "met_where, about, language, formality, archived, is_me, "
                         "unanswered_outbound, created_at, updated_at) VALUES (?, ?, '', '', '', "
                         "'[]', '[]', '[]', '[]', '[]', '', '', '', 'de', 'du', 0, 0, 0, "
                         "'2026-11-01 10:00:00.000000', '2026-11-01 10:00:00.000000')",
                         (given, family))
        before = conn.execute("SELECT count(*) FROM contact WHERE is_me = 0").fetchone()[0]
    db = Database.open(path, backup_dir=tmp_path / "backups")
    assert db.revision() == migrate.HEAD == "0014"
    services = Services(db, clock)
    names = page_names(services)
    wanted = ["Tom Ahrens", "Eva Böhm", "Paul Brown", "Ali Özlem", "Zoe zoë"]
    assert [n for n in names if n in wanted] == wanted
    ids = [r.id for r in services.contacts.page(ListFilter(), limit=-1)]
    assert len(ids) == before  # every contact kept
    assert "TEMP B-TREE" not in plan_of_page(services, monkeypatch)
    services.contacts.update(ids[0], family_name="Zürn")  # a write after the upgrade
    assert page_names(services)[-1].endswith("Zürn")  # zurn after zoe
    db.close()


def test_a_json_backup_leaves_the_keys_out_and_a_restore_sorts_again(services, tmp_path, clock):
    import json

    for family in ("Zoë", "Brown", "Özlem", "Ahrens", "Böhm"):
        services.contacts.create(family_name=family)
    services.exports.export(tmp_path / "backup.json", "json")
    columns = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))[
        "tables"]["contact"]["columns"]
    assert "family_name" in columns and not {"family_key", "given_key", "family_fold",
                                             "given_fold"} & set(columns)
    other = Services(Database.open(tmp_path / "other" / "rapport.db"), clock)
    try:
        other.exports.restore(tmp_path / "backup.json")
        assert page_names(other) == ["Ahrens", "Böhm", "Brown", "Özlem", "Zoë"]
    finally:
        other.db.close()
