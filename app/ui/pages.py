"""The main window's pages, in sidebar order. Each entry: (key, "module:Class", title).

A page class is a QWidget built as Page(services, navigator, parent=None), with a
`title()` for the sidebar (translated) and optionally `refresh()` called when it is shown.
Pages are imported and built on first show, so a start builds only the home page and a
page that fails to import cannot stop the app from starting. The title here is the page's
own English title(): the sidebar translates it in the page class's context before the page
exists.
"""

PAGES: list[tuple[str, str, str]] = [
    ("today", "app.ui.today_page:TodayPage", "Today"),  # the home screen
    ("contacts", "app.ui.contacts_page:ContactsPage", "Contacts"),
    ("common_ground", "app.ui.common_ground_page:CommonGroundPage", "Common ground"),
    ("dashboard", "app.ui.dashboard_page:DashboardPage", "Dashboard"),
]
