"""One shortcut map for the whole app (issue 14): no key is bound twice where both could
fire, every live shortcut is in the map, and every documented shortcut does its thing on
every page where it makes sense, pressed as a person presses it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from app.services.sample import SampleNetwork
from app.ui.widgets import shortcuts
from app.ui.drafts.draft_dialog import DraftDialog
from app.ui.shell.help_menu import ShortcutsDialog
from app.ui.contacts.log_interaction_dialog import LogInteractionDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.pages import PAGES

PAGE_KEYS = [entry.key for entry in PAGES]


@pytest.fixture
def window(qtbot, services):
    SampleNetwork(services.db, services.clock, services.events).generate(60, owner=False)
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def press(qtbot, window, keys: str) -> None:
    """Type a key sequence where the keyboard focus is, as a person would."""
    combination = QKeySequence(keys)[0]
    if QApplication.activeModalWidget() is None and not window.isActiveWindow():
        window.activateWindow()  # back from a dialog: the window has the keyboard again
        qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def press_for_modal(qtbot, window, keys: str) -> QDialog | None:
    """Press keys that open a modal dialog (its own event loop); note it and close it."""
    seen: list[QDialog] = []

    def close_it(attempts=40):
        modal = QApplication.activeModalWidget()
        if modal is None:
            if attempts:
                QTimer.singleShot(25, lambda: close_it(attempts - 1))
            return
        seen.append(modal)
        modal.reject()

    QTimer.singleShot(0, close_it)
    press(qtbot, window, keys)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    return seen[0] if seen else None


def top_dialog(kind):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
                None)


def show(qtbot, window, key: str, contact_id: int | None = None) -> QWidget:
    """The page by its Ctrl+n key; a contact's page when contact_id is given."""
    number = PAGE_KEYS.index(key) + 1
    press(qtbot, window, f"Ctrl+{number}")
    page = window.current_page()
    assert page is window.pages[key]
    if contact_id is not None:
        window.open_contact(contact_id)
        page.contact_page.fields.setFocus()
    else:
        page.setFocus()
    return page


def _contact_ids(services):
    with services.db.read() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT id FROM contact WHERE NOT is_me AND NOT archived ORDER BY id")]


# --- the static checks ---------------------------------------------------------------------
def _regions(obj, window) -> list[QWidget]:
    """Where a shortcut can fire: the window (window-wide) or the visible widgets it is on."""
    if isinstance(obj, QShortcut):
        widgets, context = [obj.parent()], obj.context()
    else:
        widgets = [w for w in obj.associatedObjects() if isinstance(w, QWidget)]
        context = obj.shortcutContext()
    if context in (Qt.ShortcutContext.WindowShortcut,
                                 Qt.ShortcutContext.ApplicationShortcut):
        visible = any(isinstance(w, QMenu) or w.isVisible() for w in widgets)
        return [window] if visible else []
    return [w for w in widgets if w.isVisible() and not isinstance(w, QMenu)]


def live_shortcuts(window) -> dict[str, list[tuple[object, list[QWidget]]]]:
    found: dict[str, list] = {}
    for obj in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:
        if not obj.isEnabled():
            continue
        keys = obj.shortcuts() if isinstance(obj, QAction) else obj.keys()
        regions = _regions(obj, window)
        for key in keys:
            if regions and not key.isEmpty():
                entry = found.setdefault(key.toString(QKeySequence.SequenceFormat.PortableText), [])
                if all(other is not obj for other, _ in entry):
                    entry.append((obj, regions))
    return found


def _overlap(a: list[QWidget], b: list[QWidget]) -> bool:
    return any(x is y or x.isAncestorOf(y) or y.isAncestorOf(x) for x in a for y in b)


def _every_view(qtbot, window, services):
    for key in PAGE_KEYS:
        yield key, show(qtbot, window, key)
    yield "contact", show(qtbot, window, "contacts", _contact_ids(services)[0])


def test_no_two_enabled_shortcuts_share_a_key_where_both_could_fire(qtbot, window, services):
    clashes = []
    for view, _page in _every_view(qtbot, window, services):
        for key, bound in live_shortcuts(window).items():
            for i, (first, first_regions) in enumerate(bound):
                for second, second_regions in bound[i + 1:]:
                    if _overlap(first_regions, second_regions):
                        clashes.append(f"{view}: {key} is bound by {first.objectName() or first}"
                                       f" and {second.objectName() or second}")
    assert clashes == []


def test_every_live_shortcut_is_in_the_map(qtbot, window, services):
    """Nobody binds a key the Help dialog does not list."""
    documented = {view: set() for view in [*PAGE_KEYS, "contact"]}
    for entry in shortcuts.SHORTCUTS.values():
        for view in documented:
            page_context = "contacts" if view == "contact" else view
            if entry.context in (shortcuts.WINDOW, page_context):
                documented[view].update(QKeySequence(k).toString(
                    QKeySequence.SequenceFormat.PortableText) for k in entry.keys)
    missing = []
    for view, _page in _every_view(qtbot, window, services):
        missing += [f"{view}: {key}" for key in live_shortcuts(window)
                    if key not in documented[view]]
    assert missing == []


def test_help_lists_every_shortcut_of_the_map(qtbot, window):
    press(qtbot, window, "F1")
    dialog = top_dialog(ShortcutsDialog)
    assert dialog is not None
    assert sorted(dialog.listed_ids()) == sorted(shortcuts.SHORTCUTS)
    texts = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
             if dialog.table.item(r, 1) is not None]
    assert "Go to Contacts" in texts and all(texts)
    dialog.reject()


# --- the same key does the same thing on every page ----------------------------------------
@pytest.mark.parametrize("start", PAGE_KEYS)
def test_ctrl_number_goes_to_each_page_from_every_page(qtbot, window, start):
    show(qtbot, window, start)
    for number, key in enumerate(PAGE_KEYS, start=1):
        press(qtbot, window, f"Ctrl+{number}")
        assert window.current_page() is window.pages[key]


def _today_row_with_contact(page):
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)
        if item is not None and item.contact_id is not None:
            page.select(item.kind, item.ref_id)
            page.tree.setFocus()
            return item
    raise AssertionError("no Today row with a contact")


def test_ctrl_l_logs_for_the_row_on_today_and_for_the_open_contact(qtbot, window, services):
    today = show(qtbot, window, "today")
    item = _today_row_with_contact(today)
    dialog = press_for_modal(qtbot, window, "Ctrl+L")
    assert isinstance(dialog, LogInteractionDialog) and dialog.contact_id == item.contact_id

    contact = _contact_ids(services)[3]
    show(qtbot, window, "contacts", contact)
    dialog = press_for_modal(qtbot, window, "Ctrl+L")
    assert isinstance(dialog, LogInteractionDialog) and dialog.contact_id == contact

    show(qtbot, window, "dashboard")  # no contact here: the dialog asks for one
    dialog = press_for_modal(qtbot, window, "Ctrl+L")
    assert isinstance(dialog, LogInteractionDialog) and dialog.contact_id is None


def test_ctrl_m_drafts_for_the_row_on_today_and_for_the_open_contact(qtbot, window, services):
    today = show(qtbot, window, "today")
    item = _today_row_with_contact(today)
    press(qtbot, window, "Ctrl+M")
    dialog = top_dialog(DraftDialog)
    assert dialog is not None and dialog.contact_id == item.contact_id
    dialog.reject()

    contact = _contact_ids(services)[5]
    show(qtbot, window, "contacts", contact)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, "Ctrl+M")
    dialog = top_dialog(DraftDialog)
    assert dialog is not None and dialog.contact_id == contact
    dialog.reject()


@pytest.mark.parametrize("start", PAGE_KEYS)
def test_ctrl_n_and_settings_open_their_dialogs_on_every_page(qtbot, window, start):
    show(qtbot, window, start)
    assert type(press_for_modal(qtbot, window, "Ctrl+N")).__name__ == "NewContactDialog"
    assert type(press_for_modal(qtbot, window, "Ctrl+,")).__name__ == "SettingsDialog"


@pytest.mark.parametrize("keys", ["Ctrl+F", "Ctrl+K"])
def test_find_goes_to_the_search_field(qtbot, window, keys):
    show(qtbot, window, "dashboard")
    press(qtbot, window, keys)
    page = window.pages["contacts"]
    assert window.current_page() is page and page.search.hasFocus()


def test_today_keys_done_snooze_and_open(qtbot, window, services):
    today = show(qtbot, window, "today")
    item = _today_row_with_contact(today)
    press(qtbot, window, "Ctrl+Shift+S")
    assert not today.select(item.kind, item.ref_id)  # snoozed till tomorrow
    item = _today_row_with_contact(today)
    press(qtbot, window, "Ctrl+D")
    assert not today.select(item.kind, item.ref_id)
    item = _today_row_with_contact(today)
    press(qtbot, window, "Return")
    contacts = window.pages["contacts"]
    assert window.current_page() is contacts and contacts.current_contact_id() == item.contact_id


def test_contacts_keys_archive_trash_merge_and_back(qtbot, window, services):
    first, second, third = _contact_ids(services)[:3]
    page = show(qtbot, window, "contacts", first)
    press(qtbot, window, "Del")
    assert services.contacts.get(first).archived
    window.open_contact(second)
    page.contact_page.fields.setFocus()
    press(qtbot, window, "Shift+Del")
    assert services.contacts.get(second).deleted_at is not None
    window.open_contact(third)
    page.contact_page.fields.setFocus()
    assert type(press_for_modal(qtbot, window, "Ctrl+Shift+M")).__name__ == "MergePicker"
    press(qtbot, window, "Esc")
    assert page.views.currentWidget() is page.list_view


def test_del_is_not_archive_outside_contacts(qtbot, window, services):
    show(qtbot, window, "today")
    assert not window.archive_action.isEnabled() and not window.trash_action.isEnabled()
    show(qtbot, window, "contacts")
    assert window.archive_action.isEnabled()


def test_ctrl_r_on_the_dashboard_starts_the_weekly_review(qtbot, window):
    page = show(qtbot, window, "dashboard")
    press(qtbot, window, "Ctrl+R")
    assert page.review is not None and page.review.isVisible()
    page.review.reject()


def test_ctrl_q_quits(qtbot, window):
    show(qtbot, window, "common_ground")
    press(qtbot, window, "Ctrl+Q")
    assert not window.isVisible()


def test_no_clashes_after_a_language_change(qtbot, window, services, qapp):
    """The menus are rebuilt in the new language: the old actions must not keep their keys."""
    from PySide6.QtCore import QLocale

    from app.ui.shell.i18n import install_translators, remove_translators

    before = QLocale()
    try:
        install_translators(qapp, "de")
        qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Heute")
        test_no_two_enabled_shortcuts_share_a_key_where_both_could_fire(qtbot, window, services)
        help_dialog = press(qtbot, window, "F1") or top_dialog(ShortcutsDialog)
        assert help_dialog is not None and help_dialog.windowTitle() == "Tastenkürzel"
        help_dialog.reject()
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)


def test_common_ground_keys_dismiss_undo_and_accept(qtbot, window, services):
    page = show(qtbot, window, "common_ground")
    qtbot.waitUntil(lambda: page.intro_tree.topLevelItemCount() >= 2, timeout=20000)
    page.intro_tree.setFocus()
    page.select(0)
    first = page.selected()
    press(qtbot, window, "Del")  # dismiss: not the contacts page's archive
    assert first not in page.introductions
    assert not services.contacts.get(first.a_id).archived
    assert window.undo_action.text().startswith("&Undo Dismiss introduction")
    page.select(0)
    chosen = page.selected()
    logged = len(services.interactions.of_contact(chosen.a_id))
    press(qtbot, window, "Ctrl+Return")
    assert len(services.interactions.of_contact(chosen.a_id)) == logged + 1


def test_the_draft_dialog_keys_are_the_maps_and_do_not_clash(qtbot, window):
    today = show(qtbot, window, "today")
    _today_row_with_contact(today)
    press(qtbot, window, "Ctrl+M")
    dialog = top_dialog(DraftDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    bound = live_shortcuts(dialog)
    assert [key for key, objects in bound.items() if len(objects) > 1] == []
    documented = {QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText)
                  for s in shortcuts.SHORTCUTS.values() if s.context == "draft" for k in s.keys}
    assert set(bound) <= documented and bound
    dialog.reject()
