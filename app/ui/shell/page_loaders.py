"""Each page's loader: imports the page's module when the page is first shown and returns
its class (see pages.py). Only the main window imports this module."""

from __future__ import annotations

from collections.abc import Callable

from app.ui.shell.pages import PageEntry


def _today() -> type:
    from app.ui.today.today_page import TodayPage

    return TodayPage


def _contacts() -> type:
    from app.ui.contacts.contacts_page import ContactsPage

    return ContactsPage


def _common_ground() -> type:
    from app.ui.common_ground.common_ground_page import CommonGroundPage

    return CommonGroundPage


def _dashboard() -> type:
    from app.ui.dashboard.dashboard_page import DashboardPage

    return DashboardPage


LOADERS: dict[str, Callable[[], type]] = {
    "today": _today,
    "contacts": _contacts,
    "common_ground": _common_ground,
    "dashboard": _dashboard,
}


def page_class(entry: PageEntry) -> type:
    return LOADERS[entry.key]()
