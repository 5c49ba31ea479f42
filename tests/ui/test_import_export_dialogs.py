"""The export dialog and the merge dialog."""

from app.domain.birthdays import Birthday
from app.ui.import_export.export_dialog import ExportDialog
from app.ui.contacts.merge_dialog import MergeDialog


def test_export_dialog_writes_the_selection_as_vcard(qtbot, services, person, tmp_path):
    other = services.contacts.create(given_name="Ben", family_name="Schmidt")
    dialog = ExportDialog(services, [person])
    qtbot.addWidget(dialog)
    assert dialog.scope_selected.isChecked() and dialog.path.text().endswith(".vcf")
    dialog.path.setText(str(tmp_path / "out.vcf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    text = (tmp_path / "out.vcf").read_text(encoding="utf-8")
    assert "Müller" in text and "Schmidt" not in text
    assert "1 contact" in dialog.status.text() and other


def test_backup_option_exports_everything_and_ignores_the_selection(qtbot, services, person, tmp_path):
    services.contacts.create(given_name="Ben")
    dialog = ExportDialog(services, [person])
    qtbot.addWidget(dialog)
    dialog.format_buttons["json"].setChecked(True)
    assert not dialog.scope_selected.isEnabled() and dialog.path.text().endswith("rapport-backup.json")
    dialog.path.setText(str(tmp_path / "b.json"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    assert dialog.result.contacts == 2


def test_export_into_a_missing_folder_is_refused_with_a_message(qtbot, services, tmp_path):
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "nope" / "out.vcf"))
    dialog.export_button.click()
    assert "existing folder" in dialog.status.text() and dialog.result is None


def test_merge_dialog_shows_differences_and_merges_with_the_chosen_values(qtbot, services, person):
    other = services.contacts.create(given_name="Maxi", family_name="Müller", company="Bosch",
                                     position="CTO", birthday=Birthday(4, 15))
    dialog = MergeDialog(services, person, other)
    qtbot.addWidget(dialog)
    assert set(dialog.choices) == {"company", "position", "birthday"}  # names are equal
    assert not dialog.choices["company"].isChecked()  # both have one: keep the first's
    assert dialog.choices["position"].isChecked()  # only the second has one
    dialog.choices["company"].setChecked(True)
    dialog.confirm = lambda: True
    dialog.merge_button.click()
    merged = services.contacts.get(person)
    assert (merged.company, merged.position, merged.birthday_day) == ("Bosch", "CTO", 15)
    assert services.contacts.count() == 1


def test_merge_dialog_does_nothing_when_not_confirmed(qtbot, services, person):
    other = services.contacts.create(given_name="Max", family_name="Müller")
    dialog = MergeDialog(services, person, other)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda: False
    dialog.merge_button.click()
    assert services.contacts.count() == 2 and dialog.isVisible() is False and dialog.result() == 0
