"""The import wizard end to end, offscreen: file → preview with duplicates → import → report."""

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app.services.importers.plan import Decision
from app.ui.import_export.import_preview import ImportPreviewModel
from app.ui.shell.i18n import install_translators, remove_translators
from app.ui.import_export.import_wizard import FILE, MAPPING, PREVIEW, RUN, ImportWizard

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def wizard_for(qtbot, services, name):
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.path.setText(str(FIXTURES / name))
    return wizard


def read(qtbot, wizard):
    wizard.next.click()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=60000)
    assert wizard.stack.currentIndex() == PREVIEW


def test_preview_shows_duplicates_and_the_import_writes_the_chosen_actions(qtbot, services, person):
    services.contacts.update(person, emails=[{"value": "maxi.mueller@trumpf.example", "label": ""}])
    wizard = wizard_for(qtbot, services, "apple_contacts.vcf")
    assert "vCard" in wizard.detected.text() and wizard.next.isEnabled()
    read(qtbot, wizard)
    model = wizard.model
    assert model.rowCount() == 3
    found = model.index(0, ImportPreviewModel.COL_FOUND).data()
    assert "Maxi Müller" in found and "e-mail" in found
    assert model.index(0, ImportPreviewModel.COL_ACTION).data() == "Merge"
    assert "1 possible duplicate" in wizard.summary.text()
    assert model.setData(model.index(2, ImportPreviewModel.COL_ACTION), Decision.SKIP.value)
    assert "1 to skip" in wizard.summary.text()
    assert wizard.next.text() == "Import"
    changes = []
    services.events.subscribe(changes.append)
    wizard.next.click()
    qtbot.waitUntil(lambda: wizard.report is not None or wizard.stopped, timeout=60000)
    assert wizard.report is not None, wizard.run_label.text()
    assert [c.what for c in changes] == ["contacts"]  # one notice, so the lists refresh
    assert wizard.stack.currentIndex() == RUN
    assert "1 new, 1 merged, 1 skipped" in wizard.run_label.text()
    # Maxi's small embedded photo is kept (issue 18), so the report has no photo note
    assert not any("photo" in wizard.report_problems.item(i).text()
                   for i in range(wizard.report_problems.count()))
    assert wizard.next.text() == "Close" and wizard.next.isEnabled()
    assert sorted(r.name for r in services.contacts.list_rows()) == ["Chidi Okafor", "Maxi Müller"]


def test_report_lists_every_rejected_record_with_where_and_why(qtbot, services):
    wizard = wizard_for(qtbot, services, "one_broken_card.vcf")
    read(qtbot, wizard)
    lines = [wizard.problems.item(i).text() for i in range(wizard.problems.count())]
    assert any("card 2 (line 6)" in line and "Rejected" in line for line in lines)
    assert any("line 16" in line and "END:VCARD" in line for line in lines)
    wizard.next.click()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=60000)
    report_lines = [wizard.report_problems.item(i).text() for i in range(wizard.report_problems.count())]
    assert sum("Rejected" in line for line in report_lines) == 2
    assert "2 record(s) rejected" in wizard.run_label.text()


def test_other_csv_goes_through_column_mapping(qtbot, services):
    wizard = wizard_for(qtbot, services, "kontakte_semikolon.csv")
    wizard.next.click()
    assert wizard.stack.currentIndex() == MAPPING
    combos = wizard.mapping_table.combos
    assert [c.currentData() for c in combos[:2]] == ["given_name", "family_name"]
    assert [wizard.mapping_table.item(r, 0).text() for r in (1, 2)] == ["Jörg", "Käthe"]  # first rows
    combos[2].setCurrentIndex(combos[2].findData("nickname"))  # Firma -> nickname, say
    read(qtbot, wizard)
    assert wizard.plan.items[0].record.nickname == "Festo"
    wizard.back.click()
    assert wizard.stack.currentIndex() == MAPPING


def test_the_header_row_heads_the_columns_instead_of_showing_as_data(qtbot, services):
    """The mapping step showed "Vorname; Nachname; …" as the first row of data, under
    "Column 1, Column 2": the names now head the columns, and Space on the check box moves
    the row between headings and data (for a file whose first row is a person)."""
    wizard = wizard_for(qtbot, services, "kontakte_semikolon.csv")
    wizard.show()
    qtbot.keyClick(wizard.path, Qt.Key_Return)  # Enter: Next
    assert wizard.stack.currentIndex() == MAPPING
    table = wizard.mapping_table

    def headings() -> list[str]:
        return [table.horizontalHeaderItem(c).text() for c in range(3)]

    def first_cells() -> list[str]:
        return [table.item(r, 0).text() for r in range(1, table.rowCount())]

    assert wizard.has_header.isChecked()
    assert headings() == ["Vorname", "Nachname", "Firma"]
    assert "Vorname" not in first_cells() and first_cells()[0] == "Jörg"
    rows_with_header = table.rowCount()
    table.combos[2].setFocus()
    qtbot.keyClick(table.combos[2], Qt.Key_Home)  # Firma → "ignore", chosen by keyboard
    assert table.combos[2].currentData() == ""
    wizard.has_header.setFocus()
    qtbot.keyClick(wizard.has_header, Qt.Key_Space)  # no header row: the names are data
    assert not wizard.has_header.isChecked()
    assert headings() == ["Column 1", "Column 2", "Column 3"]
    assert first_cells()[:2] == ["Vorname", "Jörg"] and table.rowCount() == rows_with_header + 1
    assert [c.currentData() for c in table.combos[:3]] == ["given_name", "family_name", ""]
    qtbot.keyClick(wizard.has_header, Qt.Key_Space)
    assert headings() == ["Vorname", "Nachname", "Firma"] and first_cells()[0] == "Jörg"
    read(qtbot, wizard)
    assert [item.record.name for item in wizard.plan.items][:1] == ["Jörg Häußler"]


def test_cancel_during_import_writes_nothing(qtbot, services, tmp_path):
    path = tmp_path / "many.vcf"
    path.write_text("".join(f"BEGIN:VCARD\nVERSION:3.0\nN:Nr{i};P;;;\nINTEREST:T{i % 9}\nEND:VCARD\n"
                            for i in range(3000)), encoding="utf-8")
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.path.setText(str(path))
    read(qtbot, wizard)
    wizard.next.click()
    assert wizard.busy and wizard.cancel.isVisibleTo(wizard)
    wizard.cancel.click()  # while it runs, Cancel stops the import instead of closing
    qtbot.waitUntil(lambda: "cancelled" in wizard.run_label.text(), timeout=60000)
    assert services.contacts.count() == 0
    assert wizard.back.isEnabled()
    wizard.back.click()
    assert wizard.stack.currentIndex() == PREVIEW


def test_a_file_that_is_not_contacts_is_refused_on_the_first_page(qtbot, services, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# just notes\n", encoding="utf-8")
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.path.setText(str(path))
    assert not wizard.next.isEnabled() and "not a format Rapport can import" in wizard.detected.text()
    wizard.path.setText(str(tmp_path / "missing.vcf"))
    assert "There is no file" in wizard.detected.text()
    assert wizard.stack.currentIndex() == FILE


def test_preview_model_passes_the_model_tester(qtbot, services):
    plan = services.imports.plan(services.imports.read(FIXTURES / "Connections.csv"))
    model = ImportPreviewModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_plan(plan)
    assert model.rowCount() == 4
    assert model.flags(model.index(0, ImportPreviewModel.COL_ACTION)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, ImportPreviewModel.COL_ACTION), "merge")  # no match
    model.set_plan(None)
    assert model.rowCount() == 0


def test_the_run_page_says_when_the_import_finished_with_honest_plurals(qtbot, qapp, services, person):
    """It stayed titled "Importing" after the import, and said "1 possible duplicates"."""
    from PySide6.QtCore import QLocale

    from app.ui.shell.i18n import install_translators, remove_translators

    before = QLocale()
    install_translators(qapp, "en")  # as the app does: English plural forms
    try:
        services.contacts.update(person, emails=[{"value": "maxi.mueller@trumpf.example", "label": ""}])
        wizard = wizard_for(qtbot, services, "apple_contacts.vcf")
        read(qtbot, wizard)
        assert "; 1 possible duplicate found." in wizard.summary.text()
        wizard.next.click()
        assert wizard.run_heading.text() == "Importing"
        qtbot.waitUntil(lambda: wizard.report is not None, timeout=60000)
        assert wizard.run_heading.text() == "Import finished"
        assert wizard.run_label.text().startswith("2 new, 1 merged, 0 skipped, 0 interactions.")
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)


@pytest.fixture
def english(qapp):
    before = QLocale()
    install_translators(qapp, "en")  # as the app does: the English plural forms
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)


def test_one_duplicate_is_one_duplicate(qtbot, services, person, english):
    wizard = wizard_for(qtbot, services, "apple_contacts.vcf")
    read(qtbot, wizard)
    assert wizard.plan.duplicates == 1
    assert "; 1 possible duplicate found." in wizard.summary.text()


def test_mapping_step_shows_the_sniffed_separator_and_encoding(qtbot, services):
    wizard = wizard_for(qtbot, services, "excel_de_cp1252.csv")
    qtbot.mouseClick(wizard.next, Qt.LeftButton)
    assert wizard.stack.currentIndex() == MAPPING
    assert wizard.dialect.delimiter.currentText() == "semicolon"
    assert wizard.dialect.encoding.currentData() == "Windows-1252"
    read(qtbot, wizard)
    notes = [wizard.problems.item(i).text() for i in range(wizard.problems.count())]
    assert "2 field(s) not imported (in 2 record(s)): Umsatz" in notes


def test_outlook_csv_is_recognised_and_skips_the_mapping_step(qtbot, services):
    wizard = wizard_for(qtbot, services, "outlook_de.csv")
    assert "Outlook" in wizard.detected.text()
    read(qtbot, wizard)
    assert len(wizard.plan.items) == 3


def preview_cells(wizard, column):
    table = wizard.mapping_table
    return [table.item(row, column).text() for row in range(1, table.rowCount())]


def test_changing_the_encoding_or_separator_reads_the_preview_again_at_once(qtbot, services):
    """A Windows-1252 file read as UTF-8 shows broken umlauts; choosing Windows-1252 with
    the keyboard mends them in the preview at once, and the import reads it that way."""
    wizard = wizard_for(qtbot, services, "excel_de_cp1252.csv")
    wizard.show()
    qtbot.mouseClick(wizard.next, Qt.LeftButton)
    assert wizard.stack.currentIndex() == MAPPING
    encoding = wizard.dialect.encoding
    assert wizard.mapping_table.horizontalHeaderItem(0).text() == "Vorname"  # the header row
    assert preview_cells(wizard, 0)[:1] == ["Jürgen"]
    encoding.setFocus()
    qtbot.keyClick(encoding, Qt.Key_Home)  # UTF-8: the file is not
    assert encoding.currentData() == "UTF-8"
    assert preview_cells(wizard, 0)[0] == "J\ufffdrgen"
    assert preview_cells(wizard, 1)[0] == "Wei\ufffd"
    qtbot.keyClicks(encoding, "Win")  # Windows-1252, chosen by typing its name
    assert encoding.currentData() == "Windows-1252"
    assert preview_cells(wizard, 0)[:2] == ["Jürgen", "Änne"]
    assert preview_cells(wizard, 1)[0] == "Weiß"
    separator = wizard.dialect.delimiter
    separator.setFocus()
    qtbot.keyClick(separator, Qt.Key_Home)  # comma: one wide column
    assert separator.currentText() == "comma"
    assert wizard.mapping_table.columnCount() == 2  # "1.234,50" holds the only comma
    shown = [wizard.mapping_table.horizontalHeaderItem(0).text(), *preview_cells(wizard, 0)]
    assert any(text.startswith("Vorname;Nachname;Firma") for text in shown[:2])
    qtbot.keyClick(separator, Qt.Key_Down)  # semicolon again: the columns and their fields
    assert wizard.mapping_table.columnCount() == 10
    assert [c.currentData() for c in wizard.mapping_table.combos[:3]] == ["given_name", "family_name", "company"]
    read(qtbot, wizard)
    assert [item.record.given_name for item in wizard.plan.items][:3] == ["Jürgen", "Änne", "Ömer"]


def test_the_import_reads_the_file_as_the_mapping_step_shows_it(qtbot, services):
    wizard = wizard_for(qtbot, services, "excel_de_cp1252.csv")
    wizard.show()
    qtbot.mouseClick(wizard.next, Qt.LeftButton)
    wizard.dialect.encoding.setFocus()
    qtbot.keyClick(wizard.dialect.encoding, Qt.Key_Home)  # the user insists on UTF-8
    read(qtbot, wizard)
    assert wizard.plan.items[0].record.given_name == "J\ufffdrgen"  # what the preview showed


def test_xing_files_are_recognised_as_xing(qtbot, services):
    for name, shown in (("xing_kontakte.csv", "Xing contacts (CSV)"), ("xing_kontakt.vcf", "Xing contact (vCard)")):
        wizard = wizard_for(qtbot, services, name)
        assert shown in wizard.detected.text()
        read(qtbot, wizard)  # no mapping step: Xing's columns are known
        assert all(any(link["label"] == "xing" for link in item.record.links) for item in wizard.plan.items)


def report_lines(widget):
    return [widget.item(i).text() for i in range(widget.count())]


def test_the_report_says_per_record_whether_it_was_rejected_or_imported_with_a_warning_in_german(
        qtbot, qapp, services):
    before = QLocale()
    install_translators(qapp, "de")
    try:
        wizard = wizard_for(qtbot, services, "xing_kontakte.csv")
        read(qtbot, wizard)
        lines = report_lines(wizard.problems)
        assert "Abgelehnt — xing_kontakte.csv, Zeile 5: kein Name und keine E-Mail-Adresse" in lines
        assert ("Mit Warnung importiert — xing_kontakte.csv, Zeile 3: E-Mail: 'oystein at fjord' "
                "ist keine E-Mail-Adresse; so importiert, wie es in der Datei steht") in lines
        assert "2 Felder nicht importiert (in 2 Einträgen): Premium-Mitglied" in lines
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)


def test_the_report_names_the_vcard_lines_kept_as_written(qtbot, services, english):
    wizard = wizard_for(qtbot, services, "phone_fields_40.vcf")
    read(qtbot, wizard)
    wizard.next.click()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=60000)
    assert ("3 fields Rapport has no field for, kept as written and written back on vCard export "
            "(in 2 records): GENDER, X-CUSTOM-FLAVOUR") in report_lines(wizard.report_problems)


def test_every_kept_as_written_warning_is_german_by_keyboard(qtbot, qapp, services, tmp_path):
    """A bad phone, e-mail and web address: each imported as written, each warning in German
    with its field's German name (no English "phone:"/"e-mail:" left)."""
    from tests.services.test_contact_validation import VCARD

    path = tmp_path / "leute.vcf"
    path.write_text(VCARD, encoding="utf-8")
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    install_translators(qapp, "de")
    try:
        wizard = ImportWizard(services)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        wizard.path.setFocus()
        qtbot.waitUntil(wizard.path.hasFocus)
        qtbot.keyClicks(wizard.path, str(path))
        qtbot.keyClick(wizard.path, Qt.Key_Return)  # Enter: Next
        qtbot.waitUntil(lambda: wizard.plan is not None, timeout=60000)
        assert wizard.stack.currentIndex() == PREVIEW
        warned = [line.split(": ", 1)[1] for line in report_lines(wizard.problems)
                  if line.startswith("Mit Warnung importiert — leute.vcf")]
        assert sorted(warned) == sorted([
            "Telefon: '12' ist keine Telefonnummer; so importiert, wie es in der Datei steht",
            "E-Mail: 'ben-at-example' ist keine E-Mail-Adresse; so importiert, wie es in der "
            "Datei steht",
            "Link: 'not a web address' ist keine Webadresse; so importiert, wie es in der "
            "Datei steht"]), warned
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)
