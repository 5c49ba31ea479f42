"""Every date in the UI is written by app/ui/widgets/dates.py: from QLocale, with the year whenever it is
not the current one (the Clock's), English with ISO dates where Rapport has no language (C)."""

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.domain.birthdays import Birthday
from app.domain.enums import PromiseOwner
from app.ui.widgets import dates
from app.ui.contacts.contact_page import ContactPage
from app.ui.dashboard.dashboard_lists import CONTACT_ROLE
from app.ui.dashboard.dashboard_page import DashboardPage
from app.ui.shell.i18n import install_translators, remove_translators
from app.ui.contacts.promises_view import PromisesView
from app.ui.today.today_page import ITEM_ROLE, TodayPage
from tests.fakes import SilentNavigator

TODAY = date(2026, 11, 23)  # the test clock's day (tests/conftest.py)


@pytest.fixture
def locale(qapp):
    """Switch the UI to a locale (as the settings or the system would); put it back after."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))
        if name.startswith("de"):
            install_translators(qapp, "de")

    yield use
    remove_translators(qapp)
    QLocale.setDefault(before)


# --- the helper ------------------------------------------------------------------------------
@pytest.mark.parametrize("name, this_year, other_year", [
    ("en_US", "Mar 27", "Oct 22, 2025"),
    ("en_GB", "27 Mar", "22 Oct 2025"),
    ("de_DE", "27. März", "22. Okt. 2025"),
    ("C", "2026-03-27", "2025-10-22"),
    ("fr_FR", "2026-03-27", "2025-10-22"),  # no French UI: English words, ISO dates
])
def test_short_dates_carry_the_year_only_when_it_is_not_this_one(locale, name, this_year, other_year):
    locale(name)
    assert dates.short(date(2026, 3, 27), TODAY) == this_year
    assert dates.short(date(2025, 10, 22), TODAY) == other_year


def test_the_current_year_is_the_clocks_not_the_systems(locale):
    locale("en_US")
    assert dates.short(date(2026, 3, 27), date(2031, 1, 1)) == "Mar 27, 2026"


@pytest.mark.parametrize("name, weekday, long", [
    ("de_DE", "Do., 27. März 2025", "Donnerstag, 27. März 2025"),
    ("en_US", "Thu, Mar 27, 2025", "Thursday, March 27, 2025"),
    ("C", "Thu 2025-03-27", "Thursday, 2025-03-27"),
])
def test_weekday_and_long_forms(locale, name, weekday, long):
    locale(name)
    assert dates.weekday(date(2025, 3, 27), TODAY) == weekday
    assert dates.long(date(2025, 3, 27), TODAY) == long
    assert dates.long(TODAY, TODAY) == {"de_DE": "Montag, 23. November", "en_US": "Monday, November 23",
                                        "C": "Monday, 2026-11-23"}[name]


def test_date_fields_take_the_ui_pattern_and_the_iso_and_german_forms(locale):
    locale("en_US")
    assert dates.edit_format() == "M/d/yyyy"
    assert dates.parse_birthday("4/15/1990") == Birthday(4, 15, 1990)
    assert dates.parse_birthday("4/15") == Birthday(4, 15)
    assert dates.parse_date("1990-04-15") == dates.parse_date("15.04.1990") == date(1990, 4, 15)
    with pytest.raises(ValueError):
        dates.parse_date("2/31/1990")
    locale("C")
    assert (dates.edit_format(), dates.example(), dates.example(with_year=False)) == (
        "yyyy-MM-dd", "1990-04-15", "--04-15")


def test_no_date_is_formatted_outside_the_helper():
    """One place writes dates: a QLocale date pattern or strftime elsewhere in app/ui is how the
    page that mixed four formats came about."""
    ui = Path(__file__).parents[2] / "app" / "ui"
    pattern = re.compile(r"strftime|FormatType\.(Short|Long)Format\)|toString\([^)]*\"[^\"]*(MMM|dd|yyyy)"
                         r"|setDisplayFormat\(\"")
    offenders = [f"{path.name}:{number}" for path in ui.rglob("*.py") if path.name != "dates.py"
                 for number, line in enumerate(path.read_text().splitlines(), 1)
                 if pattern.search(line) and "QTime" not in line]
    assert offenders == []


# --- on the pages ----------------------------------------------------------------------------
def test_today_shows_iso_dates_in_the_c_locale_with_the_year_for_last_year(qtbot, services, person, locale):
    locale("C")
    services.promises.add(person, PromiseOwner.ME, "send the slides", due=date(2025, 10, 22))
    services.promises.add(person, PromiseOwner.ME, "call back", due=TODAY)
    page = TodayPage(services, SilentNavigator())
    qtbot.addWidget(page)
    due = {page.tree.topLevelItem(i).data(0, ITEM_ROLE).text: page.tree.topLevelItem(i).text(page.COL_WHEN)
           for i in range(page.tree.topLevelItemCount()) if page.tree.topLevelItem(i).data(0, ITEM_ROLE)}
    assert due == {"send the slides": "2025-10-22", "call back": "2026-11-23"}  # not "22 10 2025"
    assert page.heading.text() == "Monday, 2026-11-23"


def test_today_in_german_writes_dates_with_periods(qtbot, services, person, locale):
    locale("de_DE")
    services.promises.add(person, PromiseOwner.ME, "Folien schicken", due=date(2025, 3, 27))
    page = TodayPage(services, SilentNavigator())
    qtbot.addWidget(page)
    row = next(page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())
               if page.tree.topLevelItem(i).data(0, ITEM_ROLE))
    assert row.text(page.COL_WHEN) == "27. März 2025"
    assert page.heading.text() == "Montag, 23. November"


def test_dashboard_dates_from_last_year_carry_the_year(qtbot, services, person, locale):
    """In early January the dashboard's lists and chart labels reach back into December."""
    locale("de_DE")
    services.clock.set(datetime(2027, 1, 5, 9, 0, tzinfo=services.clock.local_tz()))
    services.promises.add(person, PromiseOwner.ME, "Folien schicken", due=date(2026, 12, 31))
    page = DashboardPage(services, SilentNavigator())
    qtbot.addWidget(page)
    rows = [row for row in page.at_risk.contact_items() if row.data(0, CONTACT_ROLE) == person]
    assert [row.text(2) for row in rows] == ["Do., 31. Dez. 2026"]
    qtbot.waitUntil(page.habits_shown)
    labels = page.chart_views[0].weeks.categoriesLabels()
    assert any(label.endswith("2026") for label in labels), labels
    assert any(not label.endswith("2026") for label in labels), labels


def test_contact_dates_in_english_follow_the_english_pattern(qtbot, services, person, locale):
    locale("en_US")
    services.contacts.update(person, birthday=Birthday(4, 15, 1990))
    page = ContactPage(services, SilentNavigator())
    qtbot.addWidget(page)
    page.set_contact(person)
    birthday, met_on = page.fields.edits["birthday"], page.fields.edits["met_on"]
    assert birthday.text() == "4/15/1990"
    # English placeholders, not the German "15.04.1990, or 15.04." they were before.
    assert "15.04" not in birthday.placeholderText() and "4/15/1990" in birthday.placeholderText()
    assert met_on.placeholderText() == "4/15/1990"
    page.show()
    met_on.setFocus()
    qtbot.keyClicks(met_on, "3/27/2025")
    qtbot.keyClick(met_on, Qt.Key.Key_Return)
    assert services.contacts.get(person).met_on == date(2025, 3, 27)
    assert met_on.text() == "3/27/2025"


def test_contact_dates_in_german_keep_the_german_pattern(qtbot, services, person, locale):
    locale("de_DE")
    services.contacts.update(person, birthday=Birthday(4, 15))
    page = ContactPage(services, SilentNavigator())
    qtbot.addWidget(page)
    page.set_contact(person)
    assert page.fields.edits["birthday"].text() == "15.04."
    assert page.fields.edits["birthday"].placeholderText() == "15.04.1990, oder 15.04. ohne Jahr"


def test_date_edits_show_iso_in_the_c_locale(qtbot, services, person, locale):
    locale("C")
    view = PromisesView(services)
    qtbot.addWidget(view)
    view.set_contact(person)
    assert view.due.displayFormat() == "yyyy-MM-dd"
    assert view.due.text() == (TODAY + timedelta(days=7)).isoformat()
    QApplication.processEvents()
