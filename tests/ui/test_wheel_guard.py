"""The mouse wheel over a combo box, spin box or date edit scrolls the form around it; it
changes the value only in the field the user is in. Walks every page and dialog."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QWidget,
)

from app.services.importers.generic_csv import ColumnMapping
from app.ui.contacts.contact_page import ContactPage
from app.ui.drafts.draft_dialog import DraftDialog
from app.ui.contacts.groups_dialog import GroupsDialog
from app.ui.import_export.import_preview import MappingTable
from app.ui.import_export.import_wizard import ImportWizard
from app.ui.contacts.log_interaction_dialog import LogInteractionDialog
from app.ui.shell.main_window import MainWindow
from app.ui.contacts.me_dialog import MeDialog
from app.ui.contacts.reminder_dialog import ReminderDialog
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.drafts.template_editor import TemplateEditor
from app.ui.contacts.topic_manager import TopicManagerDialog
from app.ui.today.weekly_review import JournalDialog, WeeklyReview
from app.ui.widgets.wheel_guard import guards
from tests.ui.test_contact_fields import Recorder


def wheel(widget: QWidget, steps: int) -> QWheelEvent:
    """A wheel turn over the middle of the widget (steps > 0: up)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event


def value(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return widget.value()


def wheeled_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if guards(w)]


def snapshot(services) -> list:
    with services.db.read() as conn:
        return [conn.exec_driver_sql(f"SELECT * FROM {table}").fetchall()
                for table in ("contact", "contact_topic", "membership", "promise", "interaction")]


def assert_wheel_changes_nothing(qtbot, services, root: QWidget) -> int:
    """Every combo/spin/date widget under root keeps its value under the wheel when it does
    not have the focus, and nothing is saved. Returns how many widgets were tried."""
    before = snapshot(services)
    widgets = wheeled_widgets(root)
    for widget in widgets:
        if widget.hasFocus():
            widget.clearFocus()
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus, widget.objectName() or widget
        old = value(widget)
        for steps in (-1, 1, -3):
            event = wheel(widget, steps)
            assert not event.isAccepted(), "left to the scroll area around it"
            assert value(widget) == old, f"the wheel changed {type(widget).__name__} in {root}"
    assert snapshot(services) == before, "the wheel saved something"
    return len(widgets)


@pytest.fixture
def network(services, person, clock):
    group = services.groups.create("Python User Group")
    services.groups.add_contact(group, person)
    services.topics.add(person, "Industrie 4.0", "interest")
    services.promises.add(person, "me", "Folien schicken", due=date(2026, 12, 1))
    return person


def test_no_page_or_dialog_takes_the_wheel_without_focus(qtbot, services, network):
    tried = {}
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    for key in list(window.pages):
        window.show_page(key)
        tried[key] = assert_wheel_changes_nothing(qtbot, services, window)
    window.open_contact(network)
    tried["contact page"] = assert_wheel_changes_nothing(qtbot, services, window)

    page = ContactPage(services, Recorder())
    qtbot.addWidget(page)
    page.set_contact(network)
    page.show()
    tried["ContactPage"] = assert_wheel_changes_nothing(qtbot, services, page)

    log = LogInteractionDialog(services, network)
    log.add_promise_row()  # rows added later are guarded too
    dialogs = {
        "log": log, "settings": SettingsDialog(services), "me": MeDialog(services),
        "import": ImportWizard(services), "draft": DraftDialog(services, network, "birthday", {}),
        "templates": TemplateEditor(services, contact_id=network),
        "topics": TopicManagerDialog(services), "review": WeeklyReview(services, Recorder()),
        "journal": JournalDialog(services),
        "reminder": ReminderDialog(services, None, network), "groups": GroupsDialog(services),
    }
    mapping = MappingTable()
    mapping.show_rows([["Name", "Mail"], ["Anna", "a@example.org"]],
                      ColumnMapping(("given_name", "emails")))
    dialogs["import mapping"] = mapping
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        tried[name] = assert_wheel_changes_nothing(qtbot, services, dialog)
    # The forms with such widgets were really walked.
    for name in ("ContactPage", "log", "settings", "draft", "templates", "topics", "import",
                 "import mapping", "reminder"):
        assert tried[name] > 0, name
    assert tried["ContactPage"] >= 4  # cadence, writes in, address as, groups; promise owner, due


def test_the_wheel_still_works_in_the_field_you_are_in(qtbot, services, person):
    page = ContactPage(services, Recorder())
    qtbot.addWidget(page)
    page.set_contact(person)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    cadence = page.fields.cadence
    cadence.setFocus()
    qtbot.waitUntil(cadence.hasFocus)
    wheel(cadence, 1)
    assert cadence.value() == 7


def test_scrolling_the_contact_page_over_writes_in_keeps_the_language(qtbot, services, person):
    page = ContactPage(services, Recorder())
    qtbot.addWidget(page)
    page.set_contact(person)
    page.resize(900, 400)
    page.show()
    language = page.fields.language
    assert language.currentData() == "de"
    wheel(language, -1)  # down, towards "English"
    wheel(language, -1)
    assert language.currentData() == "de" and services.contacts.get(person).language == "de"
