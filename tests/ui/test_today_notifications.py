"""Notifications fall back DBus → tray → banner; the scheduler delivers each reminder once."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from app.ui.shell.notifications import (
    BannerNotifier, DesktopNotifier, TrayNotifier, build_chain, choose_notifier,
)
from app.ui.shell.i18n import install_translators, remove_translators
from app.ui.shell.scheduler import DIGEST_KEY, Scheduler
from app.ui.shell.tray import install_background
from tests.conftest import BERLIN


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    widget.resize(1000, 700)
    qtbot.addWidget(widget)
    widget.opened = []
    widget.open_contact = widget.opened.append
    return widget


def test_without_dbus_and_tray_the_chain_falls_back_to_the_banner(window, monkeypatch, qtbot):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has no tray
    chain = build_chain(window, QSystemTrayIcon(window))
    assert [type(n) for n in chain] == [DesktopNotifier, TrayNotifier, BannerNotifier]
    for style in ("auto", "desktop", "tray", "banner"):
        assert isinstance(choose_notifier(style, chain), BannerNotifier)
    banner = choose_notifier("auto", chain)
    banner.notify("Reminder: Maxi Müller", "Ask about the course", 7)
    assert banner.banner.isVisibleTo(window) and banner.banner.body.text() == "Ask about the course"
    with qtbot.waitSignal(banner.clicked) as clicked:
        banner.banner.open_button.click()
    assert clicked.args == [7] and not banner.banner.isVisibleTo(window)


def test_scheduler_delivers_missed_and_timed_reminders_once(services, person, clock, qtbot):
    services.settings.set_value(DIGEST_KEY, "2026-11-23")  # today's digest already went out
    services.reminders.add("Missed yesterday", clock.now() - timedelta(days=1), person)
    services.reminders.add("In a second", clock.now() + timedelta(seconds=1))
    shown = []
    scheduler = Scheduler(services, lambda *message: shown.append(message))
    scheduler.start()
    assert shown == [("Reminder: Maxi Müller", "Missed yesterday", person)]
    assert 0 < scheduler.timer.remainingTime() <= 1300
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(scheduler.delivered, timeout=3000):
        pass
    assert shown[1] == ("Reminder", "In a second", None)
    scheduler.check()
    Scheduler(services, lambda *message: shown.append(message)).start()  # a restart
    assert len(shown) == 2
    scheduler.stop()


@pytest.fixture(params=["en"])
def language(request, qapp):
    """The app's translations, as at start (English too: "1 birthday", not "birthday(s)")."""
    before = QLocale()
    install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp)
    QLocale.setDefault(before)


def test_morning_digest_once_a_day_at_the_configured_hour(services, person, clock, language):
    settings = services.settings.load()
    settings.reminder_hour = 10
    services.settings.save(settings)
    services.promises.add(person, "me", "Folien schicken", due=clock.now().date())
    shown = []
    scheduler = Scheduler(services, lambda *message: shown.append(message))
    scheduler.start()
    assert shown == []  # 09:30: not yet
    clock.set(datetime(2026, 11, 23, 10, 0, 1, tzinfo=BERLIN))
    scheduler.check()
    scheduler.check()
    # once, not twice; the count, then each person with the reason
    assert shown == [("To do today: 1", "1 due today\nMaxi Müller — your promise: Folien schicken",
                      None)]
    scheduler.stop()


def test_the_digest_says_why_and_announces_a_birthday_the_day_before(services, clock, language):
    from app.domain.birthdays import Birthday

    paul = services.contacts.create(given_name="Paul")
    services.promises.add(paul, "me", "slides", due=clock.now().date())
    services.contacts.create(given_name="Maxi", birthday=Birthday(11, 24))  # tomorrow
    shown = []
    scheduler = Scheduler(services, lambda *message: shown.append(message))
    clock.set(datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    scheduler.start()
    assert shown == [("To do today: 1", "1 due today · 1 birthday tomorrow\n"
                      "Paul — your promise: slides\nMaxi — birthday tomorrow", None)]
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=BERLIN))
    scheduler.check()
    assert shown[-1][1].splitlines()[1:] == ["Paul — your promise: slides", "Maxi — birthday"]
    scheduler.stop()


@pytest.mark.parametrize("language", ["en", "de"], indirect=True)
def test_the_digest_is_a_short_summary_with_counts(services, clock, language):
    """The digest listed all seven focus lines and three birthdays, ten lines in a box that
    scrolled (and at 50,000 contacts a day has a hundred birthdays): now the counts and the
    first three people; Today has the rest."""
    from app.domain.birthdays import Birthday

    for name in ("Paul", "Pia", "Pit", "Pom", "Pan", "Pez", "Pop", "Pug"):
        services.promises.add(services.contacts.create(given_name=name), "me", "slides",
                              due=clock.now().date())
    for name in ("Anna", "Ben", "Cem", "Dora", "Emil"):
        services.contacts.create(given_name=name, birthday=Birthday(11, 24))  # tomorrow
    shown = []
    scheduler = Scheduler(services, lambda *message: shown.append(message))
    clock.set(datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))
    scheduler.start()
    title, body, contact = shown[-1]
    lines = body.splitlines()
    assert contact is None and len(lines) == 4
    if language == "en":
        assert title == "To do today: 8"
        assert lines[0] == "8 due today · 5 birthdays tomorrow"
        assert all(line.endswith("— your promise: slides") for line in lines[1:])
    else:
        assert title == "Heute zu erledigen: 8"
        assert lines[0] == "8 heute fällig · 5 Geburtstage morgen"
        assert all(line.endswith("— Ihr Versprechen: slides") for line in lines[1:])
    scheduler.stop()


def test_the_digest_announces_an_important_date_from_its_alert_days(services, clock, language):
    from app.domain.important_dates import DateKind, ImportantDate

    anna = services.contacts.create(given_name="Anna")
    services.dates.add(anna, ImportantDate(DateKind.ANNIVERSARY, 11, 26, 2012, alert_days=3))
    shown = []
    scheduler = Scheduler(services, lambda *message: shown.append(message))
    clock.set(datetime(2026, 11, 22, 10, 0, tzinfo=BERLIN))  # four days before: nothing
    scheduler.start()
    assert shown == []
    clock.set(datetime(2026, 11, 23, 10, 0, tzinfo=BERLIN))  # three days before
    scheduler.check()
    count, line = shown[0][1].splitlines()
    assert len(shown) == 1 and count == "1 date coming up" and line.startswith("Anna — Anniversary on ")
    assert "26" in line
    clock.set(datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN))  # the day itself
    scheduler.check()
    assert shown[-1] == ("To do today: 1", "1 due today\nAnna — Anniversary", None)
    scheduler.stop()


def test_the_digest_banner_opens_today(window, services, monkeypatch, qtbot, language):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    window.pages_shown = []
    window.show_page = window.pages_shown.append
    window.show()
    background = install_background(window, services)
    banner = background.notifier
    banner.notify("To do today: 2", "2 due today\nPaul — your promise: slides", None)
    assert banner.banner.open_button.text() == "Open Today"
    qtbot.mouseClick(banner.banner.open_button, Qt.MouseButton.LeftButton)
    assert window.pages_shown == ["today"] and window.opened == []
    banner.notify("Reminder: Paul", "Ask about the course", 7)  # about one person: Open
    assert banner.banner.open_button.text() == "Open"
    qtbot.mouseClick(banner.banner.open_button, Qt.MouseButton.LeftButton)
    assert window.opened == [7] and window.pages_shown == ["today"]
    background.stop()


def test_install_background_without_a_tray_uses_the_banner(window, services, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    background = install_background(window, services)
    assert background.tray is None and isinstance(background.notifier, BannerNotifier)
    background.stop()
