"""The main window's pages, in sidebar order.

A page class is a QWidget built as Page(services, navigator, parent=None), with a
`title()` for the sidebar (translated) and optionally `refresh()` called when it is shown.
Each page's module is imported when the page is first shown (a real import inside a small
loader, so tools and the import-graph test see it), so a start builds only the home page.
The title here is the page's own English title(): the sidebar translates it in the page
class's context before the page exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PageEntry:
    key: str
    context: str  # the page's class name: the translation context of its title
    title: str
    load: Callable[[], type]  # imports the page's module and returns its class


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


PAGES: list[PageEntry] = [
    PageEntry("today", "TodayPage", "Today", _today),  # the home screen
    PageEntry("contacts", "ContactsPage", "Contacts", _contacts),
    PageEntry("common_ground", "CommonGroundPage", "Common ground", _common_ground),
    PageEntry("dashboard", "DashboardPage", "Dashboard", _dashboard),
]
