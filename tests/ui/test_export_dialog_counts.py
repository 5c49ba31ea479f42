"""The export dialog announces and reports the same number, and says how many are archived
(issue 14: "200" before, "Wrote 203" after); the CSV choice says why cells may start with '."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from app.ui.import_export.export_dialog import ExportDialog
from app.ui.shell.i18n import install_translators, remove_translators


@pytest.fixture
def english(qapp):
    """The texts as an English user reads them (plural forms come from the .qm)."""
    before = QLocale()
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)


def _click_radio(qtbot, button) -> None:
    """Click on the button's circle (a click beyond its text does not count)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


@pytest.mark.parametrize("format", ["vcard", "csv", "json"])
def test_announced_and_written_counts_agree_and_name_the_archived(qtbot, services, tmp_path, format,
                                                                  english):
    ids = [services.contacts.create(given_name=f"P{n}", family_name="Test") for n in range(5)]
    services.contacts.set_archived(ids[0], True)
    services.contacts.set_archived(ids[1], True)
    trashed = services.contacts.create(given_name="Gone")
    services.contacts.trash(trashed)
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _click_radio(qtbot, dialog.format_buttons[format])
    assert dialog.chosen_format() == format
    assert dialog.scope_all.text() == "All 5 contacts, including 2 archived"
    dialog.path.setText(str(tmp_path / f"out.{format}"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    assert re.match(r"Wrote 5 contacts, including 2 archived, to .*out\.", dialog.status.text())


def test_the_csv_choice_explains_the_leading_quote(qtbot, services):
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _click_radio(qtbot, dialog.format_buttons["csv"])
    assert "formulas" in dialog.note.text() and "'" in dialog.note.text()
