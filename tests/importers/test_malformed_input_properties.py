"""Property-based: malformed vCards and CSVs never crash an importer, every bad record gets a
clear error with where it is, and a failed import leaves the database as it was."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.services.importers import generic_csv, google_csv, linkedin, vcard, vcard_text
from app.services.importers.plan import ImportCancelled, ImportFormatError
from app.services.importers.source import numbered_rows
from app.storage.tables import Contact, Interaction

LOCATION = re.compile(r"^(card \d+ \(line \d+\)|line \d+)$")
GOOD = ["BEGIN:VCARD", "VERSION:3.0", "N:Muster;Erika;;;", "EMAIL:erika@example.org", "END:VCARD"]
NOISE = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "N:;;;;", "FN:Zoë", "no colon here", ":", ";;;",
    "BDAY:--13-45", "BDAY:1990-02-30", "NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9=", "=ZZ",
    "TEL;TYPE=\"unclosed:1", "item1.X-ABLabel:_$!<Home>!$_", "ADR:;;;;;;", " folded", "\t",
    "NOTE;CHARSET=bogus-charset;ENCODING=QUOTED-PRINTABLE:=FC", "EMAIL:", "CATEGORIES:,,",
    "X-RAPPORT-MET-ON:yesterday", "X-RAPPORT-CADENCE-DAYS:-3", "INTEREST:", "\ufeffBEGIN:VCARD",
])
LINES = st.lists(st.one_of(NOISE, st.just("\n".join(GOOD)), st.text(max_size=30)), max_size=30)


def check_problems(parsed):
    for problem in parsed.problems:
        assert LOCATION.match(problem.location), problem.location
        assert problem.reason.strip() and problem.file == "in.vcf"


@settings(max_examples=300, deadline=None)
@given(LINES, st.sampled_from(["\n", "\r\n"]))
def test_malformed_vcards_never_crash_and_every_problem_says_where(lines, newline):
    text = newline.join(lines)
    parsed = vcard.parse_text(text, "in.vcf")
    check_problems(parsed)
    cards, _stray = vcard_text.split_cards(text)
    card_problems = {p.location for p in parsed.problems if p.rejected and p.location.startswith("card")}
    assert len(parsed.records) + len(card_problems) == len(cards)  # each card: imported or rejected
    for record in parsed.records:
        assert record.has_name()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
                         max_size=8), max_size=12),
       st.sampled_from([",", ";", "\t"]))
def test_malformed_csvs_never_crash(rows, delimiter):
    text = "\n".join(delimiter.join(cells) for cells in rows)
    for header in ("", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
                   "Name,Given Name,Family Name,Birthday,Group Membership,E-mail 1 - Value\n"):
        candidate = header + text
        try:
            results = [
                linkedin.parse_connections(candidate, "in.csv"),
                google_csv.parse(candidate, "in.csv"),
                generic_csv.parse(numbered_rows(candidate), "in.csv",
                                  generic_csv.guess_mapping([r for _l, r in numbered_rows(candidate)[:1]])),
            ]
        except ImportFormatError as error:
            assert str(error).startswith("in.csv")
            continue
        for parsed in results:
            for problem in parsed.problems:
                assert LOCATION.match(problem.location) and problem.reason
            assert all(r.has_name() for r in parsed.records)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_as_linkedin_messages_is_read_or_refused_clearly(text):
    try:
        parsed = linkedin.parse_messages("CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE,CONTENT\n" + text,
                                         "messages.csv")
    except ImportFormatError as error:
        assert "messages.csv" in str(error)
        return
    assert all(LOCATION.match(p.location) for p in parsed.problems)


def _counts(db):
    with db.read() as conn:
        return (conn.execute(select(func.count()).select_from(Contact)).scalar(),
                conn.execute(select(func.count()).select_from(Interaction)).scalar())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(LINES, st.integers(min_value=0, max_value=4))
def test_a_failed_import_of_any_file_leaves_the_database_unchanged(services, person, lines, fail_at):
    """The same database for every example: whatever the file and wherever the import is
    stopped, nothing of it stays behind."""
    before = _counts(services.db)
    plan = services.imports.plan(vcard.parse_text("\n".join(lines), "in.vcf"))
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > fail_at

    try:
        report = services.imports.write(plan, cancelled=cancelled)
    except ImportCancelled:
        assert _counts(services.db) == before
    else:  # it finished before the chosen checkpoint: then all of it is there
        assert _counts(services.db)[0] == before[0] + report.created
