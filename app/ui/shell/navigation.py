"""How pages and dialogs ask the main window to go somewhere, without importing it.

Every page gets a Navigator. The main window implements it; tests can pass a recorder.
"""

from __future__ import annotations

from typing import Protocol


class Navigator(Protocol):
    def show_page(self, key: str) -> None:
        """Switch the main window to the page registered under key (see pages.py)."""

    def open_contact(self, contact_id: int) -> None:
        """Show the contact's page."""

    def log_interaction(self, contact_id: int | None = None) -> None:
        """Open the quick "log interaction" dialog, for a contact or asking for one."""

    def draft_message(self, contact_id: int, occasion: str | None = None, **context) -> None:
        """Open the draft dialog (occasion: birthday, follow_up, reconnect, nudge, apology,
        thank_you, congratulations, share_resource, introduction; context e.g.
        promise_id=…, other_contact_id=… for an introduction)."""
