"""The automatic sync also writes the calendar when the account has one, and the status bar
says which of the two it synced; against the real Radicale."""

from __future__ import annotations

from datetime import date

from app.domain.birthdays import Birthday
from app.domain.enums import PromiseOwner
from app.domain.important_dates import DateKind, ImportantDate
from app.sync import account as accounts
from app.ui.shell.sync_status import install_sync
from tests.sync.test_caldav import by_summary
from tests.sync.test_sync_ui import record_status, short_time, window  # noqa: F401 (fixture)


def test_automatic_sync_writes_birthdays_dates_and_promises_into_the_accounts_calendar(
        qtbot, window, services, account, calendar_url):  # noqa: F811
    anna = services.contacts.create(given_name="Anna", family_name="Schmidt",
                                    birthday=Birthday(4, 15, 1990))
    services.dates.add(anna, ImportantDate(DateKind.ANNIVERSARY, 6, 21, 2012))
    services.promises.add(anna, PromiseOwner.ME, "Folien schicken", due=date(2026, 12, 3))
    accounts.save_account(services.db, account.url, account.user, account.password, calendar=True)
    status = install_sync(window, services)
    said = record_status(status)
    with qtbot.waitSignal(status.finished, timeout=60_000) as first:  # the sync at start
        pass
    outcome = first.args[0]
    assert outcome.report.pushed == 1
    assert (outcome.calendar.written, outcome.calendar.ok) == (3, True)
    assert said[0] == f"Contacts and calendar synced at {short_time(9, 30)}"
    assert "Calendar: 3 event(s) written, 0 removed" in status.label.toolTip()
    events = by_summary(account)
    assert "🎂 Anna Schmidt" in events and "Folien schicken (→ Anna Schmidt)" in events
    assert any(event.decoded("dtstart") == date(2012, 6, 21) for event in events.values())


def test_an_account_without_a_calendar_syncs_its_contacts_and_says_so(
        qtbot, window, services, account):  # noqa: F811
    services.contacts.create(given_name="Anna", family_name="Schmidt", birthday=Birthday(4, 15, 1990))
    accounts.save_account(services.db, account.url, account.user, account.password, calendar=True)
    status = install_sync(window, services)
    said = record_status(status)
    with qtbot.waitSignal(status.finished, timeout=60_000) as first:
        pass
    assert first.args[0].report.pushed == 1 and first.args[0].calendar is None
    assert first.args[0].error is None and first.args[0].calendar_error is None
    assert said[0] == f"Synced at {short_time(9, 30)}"
    assert "The account has no calendar: only contacts are synced." in status.label.toolTip()


def test_the_calendar_stays_alone_until_the_box_is_ticked_by_keyboard(
        qtbot, window, services, account, calendar_url):  # noqa: F811
    from PySide6.QtCore import Qt

    from app.ui.settings.accounts_dialog import AccountsDialog
    from tests.sync.test_caldav import server_events
    from tests.sync.test_sync_ui import fill

    services.contacts.create(given_name="Anna", family_name="Schmidt", birthday=Birthday(4, 15, 1990))
    dialog = AccountsDialog(services, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill(qtbot, dialog, account.url, account.user, account.password)
    assert not dialog.calendar.isChecked()  # a new account: off
    qtbot.keyClick(dialog.password, Qt.Key.Key_Enter)  # Save is the default button
    assert dialog.result() == AccountsDialog.DialogCode.Accepted
    status = install_sync(window, services)
    said = record_status(status)
    with qtbot.waitSignal(status.finished, timeout=60_000) as first:
        pass
    assert first.args[0].report.pushed == 1 and first.args[0].calendar is None
    assert said[0] == f"Synced at {short_time(9, 30)}"
    assert ("Only contacts are synced: the calendar is off in Settings → Sync account."
            in status.label.toolTip())
    assert server_events(account) == {}

    again = AccountsDialog(services, window)  # the box, by keyboard: Tab to it, Space
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.interval.setFocus()
    qtbot.keyClick(again.interval, Qt.Key.Key_Tab)
    assert again.focusWidget() is again.calendar
    qtbot.keyClick(again.calendar, Qt.Key.Key_Space)
    assert again.calendar.isChecked()
    qtbot.keyClick(again.password, Qt.Key.Key_Enter)
    assert accounts.load_account(services.db).calendar is True
    with qtbot.waitSignal(status.finished, timeout=60_000) as second:  # Save syncs at once
        pass
    assert (second.args[0].calendar.written, second.args[0].calendar.ok) == (1, True)
    assert len(server_events(account)) == 1
    reopened = AccountsDialog(services, window)
    qtbot.addWidget(reopened)
    assert reopened.calendar.isChecked()  # it says what is saved
