"""Exports a spreadsheet or an address book cannot be tricked by: CSV cells are never formulas,
a vCard value never starts a property or a card (issue 16), and both still round-trip."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.exporters.csv import FORMULA_STARTS, guard, unguard
from app.services.exporters.rows import ExportContact
from app.services.exporters.vcard import to_vcard
from app.services.importers.vcard import parse_text
from app.services.importers.vcard_text import split_cards

FORMULAS = ["=HYPERLINK(\"https://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1+1", "'=1+1"]
# Line breaks and controls that let a name start a new property or card in some reader.
BREAKS = ["\r", "\n", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e",
          "\x00", "\x1b", "\x7f", "\x9b"]
ALLOWED = {"VERSION", "PRODID", "N", "FN", "NICKNAME", "ORG", "TITLE", "EMAIL", "TEL", "URL", "ADR",
           "BDAY", "NOTE", "CATEGORIES", "INTEREST", "EXPERTISE", "X-RAPPORT-GOAL",
           "X-RAPPORT-LOOKING-FOR", "LANG", "X-RAPPORT-FORMALITY", "X-RAPPORT-MET-HOW",
           "X-RAPPORT-MET-WHERE", "X-RAPPORT-MET-ON", "X-RAPPORT-CADENCE-DAYS", "X-ABLABEL"}


def _contact(number: int, text: str, label: str = "Privat") -> ExportContact:
    return ExportContact(
        number, f"Eve{number} {text}", text, text, text, text,
        [{"value": f"eve{number}@example.org{text}", "label": label}],
        [{"value": f"+49 711 {number}{text}", "label": "mobile"}],
        [{"value": f"https://example.org/{text}", "label": label}],
        [{"value": f"Street {text}", "street": f"Street {text}", "city": text, "label": label}],
        None, None, None, text, text, None, text, "de", "du", None,
        (("interest", f"Topic {text}", text),), (f"Group {text}",),
    )


def _properties(vcf: str) -> list[set[str]]:
    cards, stray = split_cards(vcf)
    assert stray == []
    return [{line.split(":", 1)[0].split(";", 1)[0].split(".")[-1].upper() for _n, line in lines}
            for _start, lines in cards]


# --- CSV --------------------------------------------------------------------------------------
def test_formulas_are_exported_as_text_and_imported_back_unchanged(services, tmp_path):
    ids = [services.contacts.create(given_name=payload, family_name="Eve", company=payload,
                                    about=payload, phones=[{"value": "+49 711 123456", "label": ""}])
           for payload in FORMULAS]
    out = tmp_path / "contacts.csv"
    services.exports.export(out, "csv", ids)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in FORMULA_STARTS, f"a spreadsheet would run {cell!r}"
    assert "'+49711123456" in rows[1]  # stored E.164 by the contacts service, then guarded

    parsed = services.imports.read(str(out))
    assert sorted(r.given_name for r in parsed.records) == sorted(p.strip() for p in FORMULAS)
    assert {r.phones[0]["value"] for r in parsed.records} == {"+49711123456"}  # the guard removed; normalised as typed
    assert sorted(r.about for r in parsed.records) == sorted(p.strip() for p in FORMULAS)


def test_a_foreign_csv_keeps_its_leading_quote(services, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("First name,Last name,Phone\n'=1+1,Eve,'+49 711\n", encoding="utf-8")
    (record,) = services.imports.read(str(other)).records
    assert record.given_name == "'=1+1"  # only Rapport's own files lose the guard


@given(st.text())
def test_the_csv_guard_is_reversible_and_never_leaves_a_formula(value):
    guarded = guard(value)
    assert guarded[:1] not in FORMULA_STARTS
    assert unguard(guarded) == value


# --- vCard ------------------------------------------------------------------------------------
def test_line_breaks_and_controls_in_any_field_inject_nothing():
    """The report's case: 20 contacts came back as 25, with an attacker's e-mail."""
    payloads = [f"x{b}END:VCARD{b}BEGIN:VCARD{b}FN:Mallory{b}EMAIL:evil@example.com{b}x"
                for b in BREAKS] + ["a\u2028EMAIL:evil@example.com", "b\x85TEL:1", "c\x0bNOTE:x",
                                    "d\x0cBEGIN:VCARD", "e\rX-INJECTED:1"]
    contacts = [_contact(n, payloads[n % len(payloads)]) for n in range(20)]
    for version in ("3.0", "4.0"):
        text = "".join(to_vcard(c, version) for c in contacts)
        parsed = parse_text(text, "x.vcf")
        assert len(parsed.records) == 20 and [p for p in parsed.problems if p.rejected] == []
        assert all(props <= ALLOWED for props in _properties(text))
        assert all(len(r.emails) == 1 and r.emails[0]["value"].startswith("eve") for r in parsed.records)
        assert all(line.startswith((" ", "BEGIN:", "END:")) or line.split(":")[0].split(";")[0]
                   .split(".")[-1].upper() in ALLOWED for line in text.split("\r\n") if line)


ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=120, deadline=None)
@given(texts=st.lists(ANY_TEXT, min_size=1, max_size=6), label=ANY_TEXT,
       version=st.sampled_from(["3.0", "4.0"]))
def test_any_text_in_any_field_gives_back_exactly_the_cards_exported(texts, label, version):
    contacts = [_contact(n, text, label) for n, text in enumerate(texts)]
    vcf = "".join(to_vcard(c, version) for c in contacts)
    parsed = parse_text(vcf, "x.vcf")
    assert len(parsed.records) == len(contacts)
    assert [p for p in parsed.problems if p.rejected] == []
    assert all(props <= ALLOWED for props in _properties(vcf))
    for record in parsed.records:
        assert len(record.emails) == 1 and len(record.phones) == 1 and len(record.addresses) == 1
        assert len(record.groups) == 1 and len(record.topics) == 1


# --- iCalendar --------------------------------------------------------------------------------
def test_calendar_summaries_cannot_start_an_event(services, clock, tmp_path):
    from datetime import timedelta

    from app.services.calendar_export import CalendarExport

    for n, b in enumerate(BREAKS):
        person = services.contacts.create(given_name=f"Eve{n}{b}END:VEVENT{b}BEGIN:VEVENT{b}X:1")
        services.promises.add(person, "me", f"send{b}END:VTODO{b}UID:evil",
                              due=clock.now().date() + timedelta(days=n + 1))
    CalendarExport(services.db, clock, services.events).export(tmp_path / "a.ics")
    lines = (tmp_path / "a.ics").read_bytes().decode("utf-8").split("\r\n")
    for line in lines:
        assert not any(b in line for b in BREAKS if b not in ("\x00",)), repr(line)
    assert sum(line == "BEGIN:VTODO" for line in lines) == len(BREAKS)
    assert not any(line.startswith(("X:1", "UID:evil")) for line in lines)


# --- kept vCard lines (issue 20) ---------------------------------------------------------------
KEPT_ATTACKS = ["X-A:1\r\nEND:VCARD\r\nBEGIN:VCARD", "X-A:1\nFN:Mallory", "X-A:1\u2028EMAIL:x@evil",
                "END:VCARD", "BEGIN:VCARD", "VERSION:2.1", "FN:Mallory", "EMAIL:mallory@evil.example",
                "X-RAPPORT-FORMALITY:sie", "no colon", ":starts with a colon", "X-A\x00:1", "X-A:1\x1b",
                "item1.EMAIL:x@evil.example"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(KEPT_ATTACKS), st.sampled_from(["3.0", "4.0"]))
def test_a_kept_line_from_a_restored_backup_never_adds_a_property_or_a_card(attack, version):
    """vcard_properties come back from a JSON backup as they were stored; only a line that is
    one harmless property of its own (not Rapport's, not framing a card) is written back."""
    contact = _contact(1, "x")
    kept = ({"value": attack, "label": "X-A"}, {"value": "GENDER:F", "label": "GENDER"})
    vcf = to_vcard(ExportContact(**{**contact.__dict__, "vcard_properties": kept}), version)
    assert vcf.count("BEGIN:VCARD") == 1 and vcf.count("END:VCARD") == 1
    assert "GENDER:F\r\n" in vcf
    assert "Mallory" not in vcf and "evil" not in vcf
    assert _properties(vcf)[0] <= ALLOWED | {"GENDER"}
