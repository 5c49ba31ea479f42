"""The main window's menus: File, Edit, View (and Help, help_menu.py), every entry's keys from
the one shortcut map (shortcuts.py). Rebuilt on a language or theme change.

The strings keep the MainWindow context they had as self.tr() in main_window.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon

from app.ui.widgets import icons, shortcuts


def _page_title(window, key: str) -> str:
    return window.sidebar.item(list(window.pages).index(key)).text()


def _action(window, menu, text: str, slot, shortcut_id: str | None = None, icon: str = ""):
    """A menu entry; its keys come from the one shortcut map (shortcuts.py)."""
    icon_ = icons.icon(icon) if icon else QIcon()
    if shortcut_id is None:
        action = QAction(icon_, text, window)
        action.triggered.connect(lambda _checked=False: slot())
    else:
        action = shortcuts.make_action(shortcut_id, window, slot, text, icon_)
    menu.addAction(action)
    return action


def build_menu_titles(window) -> None:
    """The frame's menu bar: the titles only; the actions come with the services."""
    for title in (QCoreApplication.translate("MainWindow", "&File"),
                  QCoreApplication.translate("MainWindow", "&Edit"),
                  QCoreApplication.translate("MainWindow", "&View"),
                  QCoreApplication.translate("HelpMenu", "&Help")):
        window.menuBar().addMenu(title)


def build_menus(window) -> None:
    """File, Edit, View and Help, with the actions other code reaches as window attributes."""
    from app.ui.shell.help_menu import add_help_menu

    w, bar = window, window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    _action(w, file_menu, QCoreApplication.translate(
        "MainWindow", "&New contact…"), w.new_contact, "new_contact", "contact-new")
    file_menu.addSeparator()
    _action(w, file_menu, QCoreApplication.translate(
        "MainWindow", "&Import…"), w.open_import, None, "import")
    _action(w, file_menu, QCoreApplication.translate(
        "MainWindow", "&Export…"), w.open_export, None, "export")
    _action(w, file_menu, QCoreApplication.translate(
        "MainWindow", "&Restore from backup…"), w.open_restore)
    file_menu.addSeparator()
    _action(w, file_menu, QCoreApplication.translate(
        "MainWindow", "Remove &sample network"), w.remove_sample)
    file_menu.addSeparator()
    _action(w, file_menu, QCoreApplication.translate("MainWindow", "&Quit"), w.close, "quit", "quit")

    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = w.undo_stack.createUndoAction(w, QCoreApplication.translate("MainWindow", "&Undo"))
    w.undo_action = shortcuts.apply("undo", undo)
    w.undo_action.setIcon(icons.icon("undo"))
    redo = shortcuts.apply("redo", w.undo_stack.createRedoAction(
        w, QCoreApplication.translate("MainWindow", "&Redo")))
    redo.setIcon(icons.icon("redo"))
    edit.addActions([w.undo_action, redo])
    edit.addSeparator()
    _action(w, edit, QCoreApplication.translate(
        "MainWindow", "&Log interaction…"), w.log_interaction, "log_interaction", "log-interaction")
    _action(w, edit, QCoreApplication.translate(
        "MainWindow", "&Draft message…"), w.draft_current, "draft_message")
    w.archive_action = _action(w, edit, QCoreApplication.translate(
        "MainWindow", "&Archive contact"), w.archive_current, "archive", "archive")
    w.trash_action = _action(w, edit, QCoreApplication.translate(
        "MainWindow", "&Delete contact"), w.trash_current, "trash", "delete")
    w.merge_action = _action(w, edit, QCoreApplication.translate(
        "MainWindow", "Mer&ge with duplicate…"), w.merge_current, "merge")
    w.trash_view_action = _action(w, edit, QCoreApplication.translate(
        "MainWindow", "&Trash…"), w.open_trash)
    edit.addSeparator()
    _action(w, edit, QCoreApplication.translate("MainWindow", "&Me…"), w.open_me, None, "me")
    _action(w, edit, QCoreApplication.translate(
        "MainWindow", "&Groups…"), w.open_groups, "groups")
    _action(w, edit, QCoreApplication.translate(
        "MainWindow", "&Settings…"), w.open_settings, "settings", "settings")

    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for key in w.pages:
        shortcut_id = f"page.{key}" if f"page.{key}" in shortcuts.SHORTCUTS else None
        _action(w, view, _page_title(w, key), lambda k=key: w.show_page(k), shortcut_id)
    view.addSeparator()
    _action(w, view, QCoreApplication.translate("MainWindow", "&Find contact"), w.focus_search,
            "find", "search")
    add_help_menu(w)
    shortcuts.enable_page_actions(w)
