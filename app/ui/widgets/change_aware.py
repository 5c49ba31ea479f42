"""How a page (or part of one) takes a Changes value: the protocols the main window checks
with isinstance, instead of asking hasattr.

A page that implements ChangeAware gets every Changes value while it is in view, and one
refresh() when it is shown after changes it missed. A page that only implements
Refreshable is refreshed whenever it is shown or data changed.
The widget that caused a change (its `initiator`) has already shown it: `initiated_by`
lets it skip a second read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # app.services loads SQLAlchemy: not before the main window's frame
    from app.services.changes import Changes


@runtime_checkable
class ChangeAware(Protocol):
    def on_change(self, changes: Changes) -> None:
        """Show what `changes` changed (only the parts it touches, where the page can tell)."""


@runtime_checkable
class Refreshable(Protocol):
    def refresh(self) -> None:
        """Read everything shown again."""


def initiated_by(changes: Changes | None, widget: QWidget) -> bool:
    """True when `widget`, or a widget inside it, made this change (it showed it already)."""
    initiator = changes.initiator if changes is not None else None
    if initiator is None:
        return False
    if initiator is widget:
        return True
    try:
        return isinstance(initiator, QWidget) and widget.isAncestorOf(initiator)
    except RuntimeError:  # the initiator's C++ object is gone (a closed dialog)
        return False
