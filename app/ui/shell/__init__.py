"""The frame around the pages: start, main window, navigation, tray, notifications, scheduler, crash handling."""
