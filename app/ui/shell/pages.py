"""The main window's pages, in sidebar order.

A page class is a QWidget built as Page(services, navigator, parent=None), with a
`title()` for the sidebar (translated) and optionally `refresh()` called when it is shown.
Each page's module is imported when the page is first shown, by its loader in
page_loaders.py (a real import, so tools and the import-graph test see it), so a start
builds only the home page. This list knows no page module: the shortcut map reads it, and
the pages import the shortcut map (the import-graph test forbids the cycle).
The title here is the page's own English title(): the sidebar translates it in the page
class's context before the page exists.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageEntry:
    key: str
    context: str  # the page's class name: the translation context of its title
    title: str


PAGES: list[PageEntry] = [
    PageEntry("today", "TodayPage", "Today"),  # the home screen
    PageEntry("contacts", "ContactsPage", "Contacts"),
    PageEntry("common_ground", "CommonGroundPage", "Common ground"),
    PageEntry("dashboard", "DashboardPage", "Dashboard"),
]
