"""The weekly review: last week's plan, promises without a date, a reviewed week stays closed."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.domain.enums import PromiseState
from app.ui.today.weekly_review import WeeklyReview
from tests.fakes import UndoNavigator

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def friday(clock):
    clock.set(datetime(2026, 11, 27, 16, 0, tzinfo=BERLIN))
    return clock


def test_dateless_promises_get_a_date_or_are_released_and_undo_works(qtbot, services, person,
                                                                     friday):
    talk = services.promises.add(person, "me", "Lass uns dranbleiben", no_date=True)
    book = services.promises.add(person, "them", "Buchtipp schicken", no_date=True)
    navigator = UndoNavigator()
    review = WeeklyReview(services, navigator)
    qtbot.addWidget(review)
    review.show()
    step = review.dateless
    assert step is not None and [p.id for p in step.promises] == [talk, book]
    review.next()
    assert review.currentPage() is step
    assert step.table.item(0, step.COL_PROMISE).text() == "Lass uns dranbleiben"
    step.new_date.setDate(date(2026, 12, 4))
    qtbot.mouseClick(step.set_date, Qt.MouseButton.LeftButton)
    assert services.promises.get(talk).due == date(2026, 12, 4)
    qtbot.mouseClick(step.release, Qt.MouseButton.LeftButton)
    assert services.promises.get(book).state is PromiseState.RELEASED
    assert services.promises.open_without_date() == []
    qtbot.mouseClick(step.undo, Qt.MouseButton.LeftButton)
    assert services.promises.get(book).state is PromiseState.OPEN
    navigator.undo_stack.undo()  # the main window's Ctrl+Z reaches the same commands
    assert services.promises.get(talk).due is None
    assert step.table.item(0, step.COL_STATUS).text() == "No date"


def test_last_weeks_plan_opens_the_review_and_saving_confirms_the_answer(qtbot, services, friday):
    services.journal.save(date(2026, 11, 16), "", "", "Call Paul instead of writing")
    review = WeeklyReview(services, UndoNavigator())
    qtbot.addWidget(review)
    review.show()
    assert review.currentPage() is review.last_week
    assert "Call Paul instead of writing" in review.last_week.findChildren(
        type(review.questions.error))[0].text()
    partly = review.last_week.buttons["partly"]
    partly.setFocus()
    qtbot.keyClick(partly, Qt.Key.Key_Space)
    assert review.last_week.outcome() == "partly"
    while review.currentPage() is not review.questions:
        review.next()
    review.questions.helped.setPlainText("Calls work")
    review.questions.remind.setChecked(False)
    assert services.journal.try_next_outcome(date(2026, 11, 16)) is None, "only saving confirms"
    review.button(QWizard.WizardButton.FinishButton).click()
    assert services.journal.try_next_outcome(date(2026, 11, 16)) == "partly"


def test_a_week_already_reviewed_is_not_opened_again(qtbot, services, friday):
    services.journal.save(date(2026, 11, 23), "Done", "", "")
    review = WeeklyReview(services, UndoNavigator())
    qtbot.addWidget(review)
    review.show()
    assert review.reviewed is not None and review.dateless is None
    assert "already reviewed" in review.currentPage().title()
    assert review.currentPage().nextId() == -1


def test_reconnect_uses_the_dashboards_words(qtbot, services, friday):
    services.contacts.create(given_name="Paul", cadence_days=30)
    friday.set(friday.now() + timedelta(days=63))
    review = WeeklyReview(services, UndoNavigator())
    qtbot.addWidget(review)
    texts = [review.reconnect.people.item(i).text() for i in range(review.reconnect.people.count())]
    assert any(t.startswith("Paul — 33 day") and t.endswith("past") for t in texts), texts
