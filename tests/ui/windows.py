"""Opening the real main window in a test."""

from app.ui.shell.main_window import MainWindow


def contacts_window(qtbot, services):
    """The main window, shown and active, on the Contacts page: (window, page)."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("contacts")
    return window, window.pages["contacts"]
