"""The dialogs the layout and accessibility tests walk through, built once here: a dialog
added to the app is registered in one place and both tests check it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from app.ui.common_ground.common_ground_page import CommonGroundPage
from app.ui.contacts.date_dialog import ImportantDateDialog
from app.ui.contacts.decision_dialog import DecisionDialog
from app.ui.contacts.groups_dialog import GroupsDialog
from app.ui.contacts.log_interaction_dialog import LogInteractionDialog
from app.ui.contacts.reminder_dialog import ReminderDialog
from app.ui.contacts.trash_dialog import TrashDialog
from app.ui.dashboard.dashboard_page import DashboardPage
from app.ui.drafts.draft_dialog import DraftDialog
from app.ui.import_export.export_dialog import ExportDialog
from app.ui.import_export.import_wizard import MAPPING, PREVIEW, ImportWizard
from app.ui.settings.accounts_dialog import AccountsDialog
from app.ui.settings.encryption_dialog import EncryptionDialog
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.shell.unlock import PassphraseDialog

PAGES = ("today", "contacts", "common_ground", "dashboard")
IMPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "import"
VCARDS = IMPORTS / "apple_contacts.vcf"


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(1)


def walk_pages(qtbot, window, check) -> list:
    """Show each page in turn, let its background work finish, and gather check(key)."""
    problems: list = []
    for key in PAGES:
        window.show_page(key)
        page = window.pages.get(key)
        if isinstance(page, CommonGroundPage):
            qtbot.waitUntil(lambda page=page: not page.is_loading())
        if isinstance(page, DashboardPage):
            qtbot.waitUntil(page.habits_shown)
        settle(qtbot)
        problems += check(key)
    return problems


def busiest_contact(services) -> int:
    """A contact with much to show: the one with the longest name among those with promises."""
    rows = services.contacts.list_rows()
    rows = [r for r in rows if r.open_promises] or rows
    return max(rows, key=lambda r: (len(r.name) + len(r.company or ""), r.id)).id


def main_dialogs(services, contact_id: int) -> list[tuple[str, QDialog]]:
    """Every dialog opened from the menus and pages, each at its fullest, with its name."""
    return [
        ("export", ExportDialog(services)),
        ("settings", SettingsDialog(services)),
        ("sync account", AccountsDialog(services)),
        ("encryption", EncryptionDialog(services)),
        ("log interaction", LogInteractionDialog(services, contact_id)),
        ("draft", DraftDialog(services, contact_id, None, {})),
        ("unlock", PassphraseDialog(services.db.path)),
        ("reminder", _weekly(ReminderDialog(services, None, contact_id))),
        ("groups", GroupsDialog(services)),
        ("trash", TrashDialog(services)),
        ("important date", ImportantDateDialog(services, contact_id)),
        ("log interaction with others", _with_others(LogInteractionDialog(services, contact_id),
                                                     services)),
        ("decision", DecisionDialog(services, contact_id)),
    ]


def import_preview(qtbot, services, path: Path = VCARDS) -> ImportWizard:
    """The import wizard at its preview step (new / merge / skip per record)."""
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.path.setText(str(path))
    wizard.next.click()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    assert wizard.stack.currentIndex() == PREVIEW
    return wizard


def import_mapping(qtbot, services, path: Path) -> ImportWizard:
    """The import wizard at its column-mapping step for the CSV at path."""
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.path.setText(str(path))
    wizard.next.click()
    assert wizard.stack.currentIndex() == MAPPING
    return wizard


def _with_others(dialog: LogInteractionDialog, services) -> LogInteractionDialog:
    """The log dialog at its tallest: two more people at the meeting."""
    for row in services.contacts.list_rows(limit=3)[1:]:
        dialog.add_other(row.id)
    return dialog


def _weekly(dialog: ReminderDialog) -> ReminderDialog:
    """The reminder dialog at its widest: weekly, with the weekday boxes shown."""
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("WEEKLY"))
    return dialog
