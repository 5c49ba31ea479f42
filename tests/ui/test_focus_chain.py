"""Issue 24: every page and every dialog, with the sample network: Tab reaches each visible,
enabled control (no control only a mouse can reach)."""

from pathlib import Path

import pytest

from app.services.sample import SampleNetwork
from app.ui.contacts.contacts_page import NewContactDialog
from app.ui.contacts.groups_dialog import GroupsDialog
from app.ui.contacts.log_interaction_dialog import LogInteractionDialog
from app.ui.contacts.me_dialog import MeDialog
from app.ui.contacts.merge_dialog import MergeDialog
from app.ui.contacts.merge_picker import MergePicker
from app.ui.contacts.reminder_dialog import ReminderDialog
from app.ui.contacts.topic_manager import TopicManagerDialog
from app.ui.drafts.draft_dialog import DraftDialog
from app.ui.drafts.template_editor import TemplateEditor
from app.ui.import_export.export_dialog import ExportDialog
from app.ui.import_export.import_wizard import ImportWizard
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.shell.help_menu import ShortcutsDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.restore_dialog import RestoreDialog
from app.ui.shell.unlock import PassphraseDialog
from app.ui.today.weekly_review import JournalDialog, WeeklyReview
from tests.ui.dialog_walk import busiest_contact, settle, walk_pages
from tests.ui.focus_checks import skipped

VCARDS = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "apple_contacts.vcf"


@pytest.fixture
def sample(services):
    SampleNetwork(services.db, services.clock, services.events).generate(60)
    return services


def test_tab_reaches_every_control_on_every_page(qtbot, sample):
    window = MainWindow(sample)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    problems = walk_pages(qtbot, window, lambda key: skipped(window, key))
    window.open_contact(busiest_contact(sample))
    settle(qtbot)
    problems += skipped(window, "contact page")
    assert problems == [], "\n".join(problems)


def test_tab_reaches_every_control_in_every_dialog(qtbot, sample):
    services = sample
    contact_id = busiest_contact(services)
    other = next(r.id for r in services.contacts.list_rows() if r.id != contact_id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    dialogs = (
        ("export", ExportDialog(services)), ("settings", SettingsDialog(services)),
        ("log interaction", LogInteractionDialog(services, contact_id)),
        ("draft", DraftDialog(services, contact_id, None, {})),
        ("template editor", TemplateEditor(services, "birthday", "de", contact_id=contact_id)),
        ("reminder", ReminderDialog(services, None, contact_id)), ("groups", GroupsDialog(services)),
        ("topics", TopicManagerDialog(services)), ("me", MeDialog(services)),
        ("new contact", NewContactDialog(services)), ("merge", MergeDialog(services, contact_id, other)),
        ("merge picker", MergePicker(services, contact_id)), ("journal", JournalDialog(services)),
        ("restore", RestoreDialog(services)), ("unlock", PassphraseDialog(services.db.path)),
        ("shortcuts", ShortcutsDialog()),
    )
    problems = []
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        problems += skipped(dialog, name)
        dialog.hide()
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot)
    problems += skipped(wizard, "import, choose")
    wizard.path.setText(str(VCARDS))
    wizard.next.click()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    settle(qtbot)
    problems += skipped(wizard, "import preview")
    review = WeeklyReview(services, window)
    qtbot.addWidget(review)
    review.show()
    for step in range(3):
        settle(qtbot)
        problems += skipped(review, f"weekly review step {step + 1}")
        review.next()
    assert problems == [], "\n".join(problems)


def test_the_check_catches_a_control_tab_skips(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLineEdit())
    mouse_only = QPushButton("Mouse only")
    layout.addWidget(mouse_only)
    dialog.show()
    assert skipped(dialog, "probe") == []
    mouse_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    assert skipped(dialog, "probe") == ["probe: Tab skips QPushButton '' 'Mouse only'"]
