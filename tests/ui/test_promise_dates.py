"""A promise typed on the contact page gets a date unless the user says "no date"."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from app.domain.settings import Settings
from app.ui.contacts.promises_view import PromisesView

TODAY = date(2026, 11, 23)  # tests/conftest.py's clock


def view_for(qtbot, services, person):
    view = PromisesView(services)
    qtbot.addWidget(view)
    view.set_contact(person)
    view.show()
    return view


def test_a_typed_promise_is_due_after_the_default_days(qtbot, services, person):
    services.settings.save(Settings(promise_default_days=5))
    view = view_for(qtbot, services, person)
    qtbot.keyClicks(view.text, "Lass uns dranbleiben")
    qtbot.keyClick(view.text, Qt.Key.Key_Return)
    [promise] = services.promises.of_contact(person)
    assert (promise.text, promise.due) == ("Lass uns dranbleiben", TODAY + timedelta(days=5))


def test_unticking_due_is_the_explicit_no_date(qtbot, services, person):
    view = view_for(qtbot, services, person)
    assert view.has_due.isChecked() and view.due.isEnabled()
    qtbot.mouseClick(view.has_due, Qt.MouseButton.LeftButton)
    assert not view.due.isEnabled()
    qtbot.keyClicks(view.text, "Meldet sich wegen Job")
    qtbot.keyClick(view.text, Qt.Key.Key_Return)
    [promise] = services.promises.of_contact(person)
    assert promise.due is None
    assert [p.text for p in services.promises.open_without_date()] == ["Meldet sich wegen Job"]
