"""Fuzzing every importer with mutations of the real fixture files: the only exception an
import may raise is ImportFormatError (short, no traceback text), and a refused import
leaves the database unchanged. Bounded: about 10 s per importer on a busy machine."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.services.importers.plan import ImportFormatError
from app.storage.tables import Contact, ContactTopic, Interaction, Membership
from tests.importers.conftest import FIXTURES

IMPORTERS = {
    "vcard": ["rapport_40.vcf", "apple_contacts.vcf", "outlook_21.vcf", "one_broken_card.vcf",
              "phone_fields_40.vcf"],
    "linkedin_connections": ["Connections.csv"],
    "linkedin_messages": ["messages.csv"],
    "google_csv": ["google_current.csv", "google_legacy.csv"],
    "outlook_csv": ["outlook_de.csv", "outlook_en.csv"],
    "xing_csv": ["xing_kontakte.csv"],
    "xing_vcard": ["xing_kontakt.vcf"],
    "generic_csv": ["kontakte_semikolon.csv", "google_legacy.csv", "excel_de_bom.csv", "excel_de_cp1252.csv"],
    None: ["outlook_de.csv", "outlook_en.csv", "excel_de_bom.csv", "phone_fields_40.vcf",
           "xing_kontakte.csv", "xing_kontakt.vcf"],  # detected
}
# What fuzzing found to matter, besides random bytes: empty topics, huge numbers, breaks,
# BOMs, NULs, lone quotes, very long values.
TOKENS = st.sampled_from([
    b"-", b"?", b"99999999999999999999", b"9999999999", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe",
    b'"', b"\r", b"\n", b",", b";", b":", b"\\", b"=", b"--13-45", b"0.0.0", b"\xc3", b"\xe2\x80\xa8",
    b"BEGIN:VCARD\n", b"END:VCARD\n", b"X-RAPPORT-CADENCE-DAYS:", b"BDAY:", b"x" * 2000,
    b"0.0.00", b"0/0/00", b"13/13/1999", b"tel:", b"TEL;VALUE=uri:tel:", b"ANNIVERSARY:", b"\x96",
    b"item1.X-ABDATE:", b'"E-Mail-Adresse"', b"Mobiltelefon", b"Xing-Profil", b"PRODID:-//XING//",
    b"X-SOCIALPROFILE;TYPE=xing:", b"GENDER:", b"IMPP:",
])
MUTATION = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "truncate"]),
    st.floats(min_value=0, max_value=1),
    st.one_of(TOKENS, st.binary(min_size=1, max_size=8)),
)
ENCODING = st.sampled_from(["as is", "utf-16", "utf-16 cut"])


def mutate(data: bytes, mutations, encoding: str) -> bytes:
    for op, where, token in mutations:
        at = int(where * len(data))
        if op == "insert":
            data = data[:at] + token + data[at:]
        elif op == "delete":
            data = data[:at] + data[at + len(token):]
        elif op == "replace":
            data = data[:at] + token + data[at + len(token):]
        else:
            data = data[:at]
    if encoding != "as is":
        text = data.decode("utf-8", errors="replace")
        data = b"\xff\xfe" + text.encode("utf-16-le", errors="surrogatepass")
        if encoding == "utf-16 cut":
            data = data[: max(2, len(data) - 1 - len(data) // 3)]
    return data


def snapshot(db) -> tuple:
    with db.read() as conn:
        return tuple(conn.execute(select(func.count()).select_from(t)).scalar()
                     for t in (Contact, Interaction, ContactTopic, Membership))


@pytest.mark.reliability
@pytest.mark.parametrize("format", list(IMPORTERS))
def test_fuzzed_files_import_or_are_refused_cleanly(services, tmp_path, format):
    files = IMPORTERS[format]

    @settings(max_examples=40, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.sampled_from(files), st.lists(MUTATION, max_size=6), ENCODING)
    def run(name, mutations, encoding):
        data = mutate((FIXTURES / name).read_bytes(), mutations, encoding)
        path = tmp_path / name
        path.write_bytes(data)
        before = snapshot(services.db)
        try:
            report = services.imports.import_file(path, format=format)
        except ImportFormatError as error:
            message = str(error)
            assert len(message) <= 300 and "Traceback" not in message
            assert snapshot(services.db) == before  # refused: nothing written
            return
        assert snapshot(services.db)[0] - before[0] == report.created  # all or nothing per record
        for problem in report.problems:
            assert len(str(problem)) < 300 + len(str(path))
        services.today.build()  # what was imported does not break Today

    run()


def test_the_fuzz_mutations_keep_the_files_recognisable():
    """A sanity check of the harness: no mutation leaves the file as it was."""
    data = (FIXTURES / "rapport_40.vcf").read_bytes()
    assert mutate(data, [], "as is") == data
    assert mutate(data, [("truncate", 0.5, b"x")], "as is") == data[: len(data) // 2]
    assert mutate(data, [], "utf-16").startswith(b"\xff\xfe")
    assert Path(FIXTURES).is_dir()
