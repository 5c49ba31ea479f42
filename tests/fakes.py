"""The fakes several tests need, in one place (issue 15): navigators that record what a page
asked the main window to do, or ignore it, or hold an undo stack."""

from __future__ import annotations


class RecordingNavigator:
    """A Navigator (app/ui/shell/navigation.py) that remembers each call as
    (method name, *arguments); no undo stack, so actions are not undoable."""

    def __init__(self):
        self.calls = []

    def show_page(self, key):
        self.calls.append(("show_page", key))

    def open_contact(self, contact_id):
        self.calls.append(("open_contact", contact_id))

    def log_interaction(self, contact_id=None):
        self.calls.append(("log_interaction", contact_id))

    def draft_message(self, contact_id, occasion=None, **context):
        self.calls.append(("draft_message", contact_id, occasion, context))


class SilentNavigator:
    """Takes any call and does nothing: for tests about a page's own look."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


class UndoNavigator:
    """Holds the one QUndoStack, as the main window does."""

    def __init__(self):
        from PySide6.QtGui import QUndoStack

        self.undo_stack = QUndoStack()
