"""Issue 18 from the screens, from an empty database, by keys and clicks: an anniversary with
a 3-day alert added on the contact page shows on Today 3 days before; a meeting logged with
two people is on both timelines and resets both cadences; a job change typed on the contact
page shows in the timeline."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from app.domain.today import ItemKind
from app.ui.contacts.date_dialog import ImportantDateDialog
from app.ui.contacts.dates_section import DatesSection
from app.ui.contacts.log_interaction_dialog import LogInteractionDialog
from app.ui.contacts.timeline import JOB_ROLE
from app.ui.today.today_page import ITEM_ROLE
from tests.conftest import BERLIN
from tests.ui.modal import check, when_modal
from tests.ui.windows import contacts_window

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def new_contact(qtbot, window, given: str, family: str) -> int:
    def fill(dialog):
        qtbot.keyClicks(dialog.given, given)
        qtbot.keyClicks(dialog.family, family)
        qtbot.keyClick(dialog.family, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    check(done)
    return window.pages["contacts"].contact_page.contact_id


def today_rows(window) -> list:
    page = window.pages["today"]
    page.refresh()
    tree = page.tree
    return [(tree.topLevelItem(i).data(0, ITEM_ROLE), tree.topLevelItem(i).text(1))
            for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).data(0, ITEM_ROLE)]


def test_an_anniversary_with_a_3_day_alert_shows_on_today_3_days_before(qtbot, services, clock):
    window, page = contacts_window(qtbot, services)
    anna = new_contact(qtbot, window, "Anna", "Berg")
    section = next(s for s in page.contact_page.sections if isinstance(s, DatesSection))
    assert section.empty.isVisibleTo(section)
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, ImportantDateDialog)
        assert dialog.kind.currentData() == "anniversary" and dialog.focusWidget() is dialog.kind
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)  # the label may stay empty
        qtbot.keyClick(dialog.label, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.when, "26.11.")
        qtbot.keyClick(dialog.yearly, Qt.Key.Key_Space)  # once: needs a year, refused
        qtbot.keyClick(dialog.when, Qt.Key.Key_Return)
        seen["error"] = dialog.error.text() if dialog.error.isVisibleTo(dialog) else ""
        qtbot.keyClick(dialog.yearly, Qt.Key.Key_Space)  # every year again
        qtbot.keyClicks(dialog.when, "2012")
        dialog.alert.setFocus()
        qtbot.keyClick(dialog.alert, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.alert, "3")
        qtbot.keyClick(dialog.alert, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.mouseClick(section.add_button, LEFT)
    check(done)
    assert "once needs its year" in seen["error"]
    [stored] = services.dates.of_contact(anna)
    assert (stored.kind, stored.month, stored.day, stored.year, stored.alert_days) == (
        "anniversary", 11, 26, 2012, 3)
    assert not section.empty.isVisibleTo(section) and len(section.rows) == 1
    shown = section.rows[0].findChildren(type(section.empty))[0].text()
    assert "every year" in shown and "shows it 3 day" in shown

    # Today is 23 November: three days before the 26th it is on the list, coming up.
    rows = [(item, why) for item, why in today_rows(window) if item.kind is ItemKind.DATE]
    assert [(item.contact_id, item.due.day) for item, why in rows] == [(anna, 26)]
    assert rows[0][1].startswith("Anniversary: 14 year")
    clock.set(datetime(2026, 11, 22, 9, 0, tzinfo=BERLIN))  # four days before: not yet
    assert not [i for i, _ in today_rows(window) if i.kind is ItemKind.DATE]
    clock.set(datetime(2026, 11, 26, 9, 0, tzinfo=BERLIN))  # on the day: today's business
    assert [i.due.day for i, _ in today_rows(window) if i.kind is ItemKind.DATE] == [26]

    # Edit: the alert becomes 5 days; Delete, and Ctrl+Z brings the date back.
    window.open_contact(anna)
    assert section.isVisible()
    def more_days(dialog):
        assert dialog.when.text() == "2012-11-26" and dialog.alert.value() == 3
        dialog.alert.setFocus()
        qtbot.keyClick(dialog.alert, Qt.Key.Key_Up)
        qtbot.keyClick(dialog.alert, Qt.Key.Key_Up)
        qtbot.keyClick(dialog.alert, Qt.Key.Key_Return)

    done = when_modal(qtbot, more_days)
    edit = next(b for b in section.rows[0].findChildren(type(section.add_button))
                if b.accessibleName() == "Edit Anniversary")
    qtbot.mouseClick(edit, LEFT)
    check(done)
    assert services.dates.get(stored.id).alert_days == 5
    delete = next(b for b in section.rows[0].findChildren(type(section.add_button))
                  if b.accessibleName() == "Delete Anniversary")
    qtbot.mouseClick(delete, LEFT)
    assert services.dates.of_contact(anna) == [] and section.empty.isVisibleTo(section)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [d.alert_days for d in services.dates.of_contact(anna)] == [5]
    qtbot.waitUntil(lambda: len(section.rows) == 1)
    clock.set(datetime(2026, 11, 21, 9, 0, tzinfo=BERLIN))  # five days before, with 5 now
    assert [i.due.day for i, _ in today_rows(window) if i.kind is ItemKind.DATE] == [26]


def test_a_meeting_with_two_people_is_on_both_timelines_and_resets_both_cadences(
        qtbot, services, clock):
    window, page = contacts_window(qtbot, services)
    ben = new_contact(qtbot, window, "Ben", "Cohn")
    dora = new_contact(qtbot, window, "Dora", "Eck")
    for cid in (ben, dora):
        services.contacts.update(cid, cadence_days=30)  # (the cadence field is tested elsewhere)
    clock.advance(timedelta(days=45))
    due = {i.contact_id for i, _ in today_rows(window) if i.kind is ItemKind.KEEP_IN_TOUCH}
    assert due == {ben, dora}
    window.open_contact(dora)

    def fill(dialog):
        assert isinstance(dialog, LogInteractionDialog) and dialog.contact_id == dora
        dialog.channel.setFocus()
        qtbot.keyClicks(dialog.channel, "Mee")  # Meeting
        qtbot.keyClicks(dialog.others_picker, "Ben")
        popup = dialog.others_picker.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.mouseClick(popup.viewport(), LEFT,
                         pos=popup.visualRect(popup.model().index(0, 0)).center())
        assert [dialog.others.item(i).text() for i in range(dialog.others.count())] == ["Ben Cohn"]
        dialog.direction.setCurrentIndex(dialog.direction.findData("mutual"))
        qtbot.keyClicks(dialog.summary, "Stammtisch")
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.mouseClick(page.contact_page.log_button, LEFT)
    check(done)
    timeline = page.contact_page.timeline.list
    assert "Stammtisch" in timeline.item(0).text() and "With: Ben Cohn" in timeline.item(0).text()
    assert "Meeting" in timeline.item(0).text()
    window.open_contact(ben)
    assert "Stammtisch" in timeline.item(0).text() and "With: Dora Eck" in timeline.item(0).text()
    assert not [i for i, _ in today_rows(window) if i.kind is ItemKind.KEEP_IN_TOUCH]
    # One Ctrl+Z takes the meeting back for both.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert services.interactions.of_contact(ben) == services.interactions.of_contact(dora) == []
    assert {i.contact_id for i, _ in today_rows(window) if i.kind is ItemKind.KEEP_IN_TOUCH} == {ben, dora}


def test_a_job_change_typed_on_the_contact_page_shows_in_the_timeline(qtbot, services, clock):
    window, page = contacts_window(qtbot, services)
    new_contact(qtbot, window, "Eva", "Fink")
    fields = page.contact_page.fields
    for name, text in (("company", "Alte Firma AG"), ("position", "Head of Sales")):
        fields.edits[name].setFocus()
        qtbot.keyClicks(fields.edits[name], text)
        qtbot.keyClick(fields.edits[name], Qt.Key.Key_Return)
    timeline = page.contact_page.timeline.list
    assert not any(timeline.item(i).data(JOB_ROLE) for i in range(timeline.count()))
    clock.advance(timedelta(days=2))
    company = fields.edits["company"]
    company.setFocus()
    qtbot.keyClick(company, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(company, "Neue Firma GmbH")
    qtbot.keyClick(company, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(timeline.item(i).data(JOB_ROLE) for i in range(timeline.count())))
    texts = [timeline.item(i).text() for i in range(timeline.count())]
    assert texts == ["Was Head of Sales at Alte Firma AG until 11/2026"]
    assert page.contact_page.subtitle.text() == "Head of Sales · Neue Firma GmbH"
