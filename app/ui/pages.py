"""The main window's pages, in sidebar order. Each entry: (key, "module:Class").

A page class is a QWidget built as Page(services, navigator, parent=None), with a
`title()` for the sidebar (translated) and optionally `refresh()` called when it is shown.
Pages are imported lazily, so a page that fails to import cannot stop the app from starting.
"""

PAGES: list[tuple[str, str]] = [
    ("today", "app.ui.today_page:TodayPage"),  # the home screen
    ("contacts", "app.ui.contacts_page:ContactsPage"),
    ("common_ground", "app.ui.common_ground_page:CommonGroundPage"),
    ("dashboard", "app.ui.dashboard_page:DashboardPage"),
]
