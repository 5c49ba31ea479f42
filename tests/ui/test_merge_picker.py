"""Edit → Merge with duplicate…: pick the duplicate of the open contact, compare, merge."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.shell.main_window import MainWindow
from app.ui.contacts.merge_dialog import MergeDialog
from app.ui.contacts.merge_picker import MergePicker


def test_merge_with_duplicate_from_the_edit_menu(qtbot, services, person):
    duplicate = services.contacts.create(given_name="Maxi", family_name="Müller", company="Trumpf SE")
    services.interactions.log(duplicate, "email", "inbound", summary="Hallo aus dem Zweitprofil")
    services.contacts.create(given_name="Ben", family_name="Schmidt")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.open_contact(person)
    steps = []

    def handle():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MergePicker):
            # The search starts with the family name: only the duplicate is offered.
            names = [dialog.candidates.item(i).text() for i in range(dialog.candidates.count())]
            steps.append(names)
            dialog.accept()
        elif isinstance(dialog, MergeDialog):
            dialog.confirm = lambda: True
            dialog.merge_button.click()
            steps.append("merged")
            return
        QTimer.singleShot(20, handle)

    QTimer.singleShot(0, handle)
    window.merge_action.trigger()
    assert steps == [["Maxi Müller — Trumpf SE"], "merged"]
    summaries = [i.summary for i in services.interactions.of_contact(person)]
    assert summaries == ["Hallo aus dem Zweitprofil"], "the duplicate's history moved over"
    assert services.contacts.count() == 2


def test_merge_without_a_current_contact_says_what_to_do(qtbot, services, person):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show_page("today")
    window.merge_action.trigger()
    assert "contact to keep" in window.statusBar().currentMessage()
