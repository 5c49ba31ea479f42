"""The dashboard page, the weekly review and the trust ledger, offscreen."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.domain.enums import PromiseState
from app.services.reminders import RemindersService
from app.services.sample import SampleNetwork
from app.ui.dashboard.dashboard_page import DashboardPage
from app.ui.shell.main_window import MainWindow
from app.ui.contacts.trust_ledger import TrustLedgerSection
from app.ui.today.weekly_review import JournalDialog, WeeklyReview

BERLIN = ZoneInfo("Europe/Berlin")


class Recorder:
    """A Navigator that remembers where it was asked to go."""

    def __init__(self):
        self.calls = []

    def show_page(self, key):
        self.calls.append(("page", key))

    def open_contact(self, contact_id):
        self.calls.append(("contact", contact_id))

    def log_interaction(self, contact_id=None):
        self.calls.append(("log", contact_id))

    def draft_message(self, contact_id, occasion=None, **context):
        self.calls.append(("draft", contact_id, occasion, context))


@pytest.fixture
def friday(clock, services):
    """Friday 27 November, the default review day: the review is due."""
    clock.set(datetime(2026, 11, 27, 16, 0, tzinfo=BERLIN))
    return clock


def test_review_on_the_sample_network_ends_in_a_journal_entry(qtbot, services, friday):
    SampleNetwork(services.db, friday, services.events).generate(200)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(page.habits_shown)  # counted on a worker thread
    assert len(page.chart_views) == 5
    assert page.this_week.contact_items() and page.at_risk.contact_items()
    assert not page.banner.isHidden(), "Friday is review day"
    page.start_review()
    review = page.review
    assert isinstance(review, WeeklyReview)
    step = review.promises
    assert step.table.rowCount() > 0
    first = step.promises[0]
    qtbot.mouseClick(step.keep, Qt.MouseButton.LeftButton)
    assert services.promises.get(first.id).state is PromiseState.KEPT
    assert step.table.item(0, step.COL_STATUS).text() == "Kept"
    review.next()
    assert review.currentPage() is review.reconnect
    assert review.reconnect.people.count() > 0
    review.next()
    qtbot.keyClicks(review.questions.helped, "Delivered on time")  # QTest types Latin-1 only
    review.questions.try_next.setPlainText("Öfter anrufen")
    with qtbot.waitSignal(review.finished):
        review.button(QWizard.WizardButton.FinishButton).click()
    entry = services.journal.for_week(date(2026, 11, 23))
    reminders = RemindersService(services.db, friday, services.events).pending()
    assert [(r.title, r.rrule) for r in reminders] == [("Weekly review", "FREQ=WEEKLY;BYDAY=FR")]
    assert (entry.helped, entry.hurt, entry.try_next) == ("Delivered on time", "", "Öfter anrufen")
    qtbot.waitUntil(lambda: page.banner.isHidden())
    journal = page.show_journal()
    qtbot.addWidget(journal)
    assert journal.weeks.count() == 1
    assert "Öfter anrufen" in journal.text.toPlainText()


def test_an_empty_review_is_not_saved(qtbot, services, friday):
    review = WeeklyReview(services, Recorder())
    qtbot.addWidget(review)
    review.show()
    assert "No open promises" in review.promises.findChildren(type(review.questions.error))[0].text()
    review.next()
    review.next()
    review.questions.remind.setChecked(False)
    review.button(QWizard.WizardButton.FinishButton).click()
    assert review.isVisible(), "stays open"
    assert "at least one" in review.questions.error.text()
    assert services.journal.entries() == []


def test_release_renegotiate_apology_and_undo(qtbot, services, person, friday):
    release = services.promises.add(person, "me", "Buch leihen", due=date(2026, 11, 24))
    later = services.promises.add(person, "me", "Folien schicken", due=date(2026, 11, 25))
    navigator = Recorder()
    review = WeeklyReview(services, navigator)
    qtbot.addWidget(review)
    step = review.promises
    step.table.selectRow(0)
    step.release.click()
    assert services.promises.get(release).state is PromiseState.RELEASED
    assert step.table.currentRow() == 1, "moves on to the next promise"
    step.new_date.setDate(date(2026, 12, 4))
    step.renegotiate.click()
    row = services.promises.get(later)
    assert (row.due, row.original_due) == (date(2026, 12, 4), date(2026, 11, 25))
    step.apology.click()
    assert navigator.calls[-1] == ("draft", person, "apology", {"promise_id": later})
    step.undo.click()
    assert services.promises.get(later).due == date(2026, 11, 25)
    step.undo.click()
    assert services.promises.get(release).state is PromiseState.OPEN
    assert not step.undo.isEnabled()


def test_list_items_open_the_contact(qtbot, services, person):
    services.promises.add(person, "me", "Folien schicken", due=date(2026, 11, 25))
    navigator = Recorder()
    page = DashboardPage(services, navigator)
    qtbot.addWidget(page)
    qtbot.waitUntil(page.habits_shown)
    rows = page.this_week.contact_items()
    assert [r.text(0) for r in rows] == ["Maxi Müller"]
    assert "Folien schicken" in rows[0].text(1)
    page.this_week._open(rows[0])
    assert navigator.calls == [("contact", person)]


def test_empty_network_shows_empty_states_and_charts(qtbot, services):
    page = DashboardPage(services, Recorder())
    qtbot.addWidget(page)
    qtbot.waitUntil(page.habits_shown)
    assert page.this_week.tree.topLevelItem(0).text(0) == "Nothing due this week."
    assert page.at_risk.tree.topLevelItem(0).text(0).startswith("Nothing at risk")
    assert page.status == "Nothing at risk"
    assert [view.bars.count() for view in page.chart_views] == [12] * 5


def test_charts_follow_changes_made_elsewhere(qtbot, services, person):
    page = DashboardPage(services, Recorder())
    qtbot.addWidget(page)
    qtbot.waitUntil(page.habits_shown)
    assert page.chart_views[3].series.points[-1].count == 0
    services.interactions.log(person, "meeting", "mutual")
    page.refresh()  # the main window calls this on every change notice
    qtbot.waitUntil(lambda: page.habits_shown() and page.chart_views[3].series.points[-1].count == 1)


def test_chart_hover_shows_the_numbers(qtbot, services, person):
    services.interactions.log(person, "meeting", "mutual")
    page = DashboardPage(services, Recorder())
    qtbot.addWidget(page)
    qtbot.waitUntil(page.habits_shown)
    meetings = page.chart_views[3]
    meetings.bars.hovered.emit(True, 11)
    assert meetings.last_hover == "Week of 2026-11-23: 1 meeting(s) in person"  # C locale: ISO
    kept = page.chart_views[0]
    kept.bars.hovered.emit(True, 11)
    assert kept.last_hover.endswith("nothing to measure")


def test_export_png_and_pdf(qtbot, services, person, tmp_path):
    page = DashboardPage(services, Recorder())
    qtbot.addWidget(page)
    qtbot.waitUntil(page.habits_shown)
    page.resize(1080, 760)
    page.export(tmp_path / "board.png")
    page.export(tmp_path / "board.pdf")
    assert (tmp_path / "board.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "board.pdf").read_bytes()[:5] == b"%PDF-"
    assert sorted(p.name for p in tmp_path.glob("board*")) == ["board.pdf", "board.png"]


def test_trust_ledger_section(qtbot, services, person, clock):
    services.promises.set_state(services.promises.add(person, "me", "Folien", due=date(2026, 11, 20)), "kept")
    services.interactions.log(person, "email", "outbound")
    services.interactions.log(person, "meeting", "mutual",
                              occurred_at=datetime(2026, 11, 2, 12, tzinfo=BERLIN))
    section = TrustLedgerSection(services, Recorder())
    qtbot.addWidget(section)
    section.set_contact(person)
    assert section.title() == "Trust ledger"
    assert section.mine.text().startswith("1 of 1 kept")
    assert section.theirs.text() == "None yet"
    assert section.reaching_out.text() == "Me: 1 · Them: 0 · Together: 1"
    assert "3 week(s) ago" in section.last_met.text()


def test_past_reviews_empty_state(qtbot, services):
    dialog = JournalDialog(services)
    qtbot.addWidget(dialog)
    assert "No reviews yet" in dialog.text.toPlainText()
