"""Undo for destructive actions: archive, trash, topic removal, promise state changes.

The action runs at once (so a service error reaches the caller as usual) and is then pushed
onto the main window's QUndoStack as a command that knows how to take it back. Pages reach
the stack through their navigator (`navigator.undo_stack`); without one, nothing is undoable
but the action still runs.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.domain.enums import PromiseState
from app.services import Services
from app.services.topics import HeldTopic



class ServiceCommand(QUndoCommand):
    """A done action and its inverse, both plain service calls."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._already_done = True  # push() calls redo(); the action ran just before

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._do()

    def undo(self) -> None:
        self._undo()


def run(navigator, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
    do()
    stack = getattr(navigator, "undo_stack", None)
    if stack is not None:
        stack.push(ServiceCommand(text, do, undo))


def archive(navigator, services: Services, contact_id: int, name: str, archived: bool = True):
    text = (QCoreApplication.translate("Undo", "Archive %1") if archived else QCoreApplication.translate("Undo", "Unarchive %1")).replace("%1", name)
    run(navigator, text, lambda: services.contacts.set_archived(contact_id, archived),
        lambda: services.contacts.set_archived(contact_id, not archived))  # fmt: skip


def trash(navigator, services: Services, contact_id: int, name: str) -> None:
    run(navigator, QCoreApplication.translate("Undo", "Delete %1").replace("%1", name),
        lambda: services.contacts.trash(contact_id),
        lambda: services.contacts.restore(contact_id))  # fmt: skip


def remove_topic(navigator, services: Services, contact_id: int, held: HeldTopic) -> None:
    run(navigator, QCoreApplication.translate("Undo", "Remove topic %1").replace("%1", held.label),
        lambda: services.topics.remove(contact_id, held.topic_id, held.kind),
        lambda: services.topics.add(contact_id, held.label, held.kind, held.detail))  # fmt: skip


def promise_state(navigator, services: Services, promise_id: int, state: PromiseState) -> None:
    before = services.promises.get(promise_id)
    text = {
        PromiseState.KEPT: QCoreApplication.translate("Undo", "Mark promise kept"),
        PromiseState.RELEASED: QCoreApplication.translate("Undo", "Release promise"),
        PromiseState.BROKEN: QCoreApplication.translate("Undo", "Mark promise broken"),
        PromiseState.OPEN: QCoreApplication.translate("Undo", "Reopen promise"),
    }[state]
    run(navigator, text, lambda: services.promises.set_state(promise_id, state),
        lambda: services.promises.set_state(promise_id, before.state))  # fmt: skip


def delete_interaction(navigator, services: Services, interaction_id: int, contact_id: int) -> None:
    """Deleting a note cannot be undone by the service, so the command re-logs it."""
    row = next(r for r in services.interactions.of_contact(contact_id) if r.id == interaction_id)
    current = {"id": interaction_id}

    def do() -> None:
        services.interactions.delete(current["id"])

    def undo() -> None:
        current["id"] = services.interactions.log(
            contact_id, row.channel, row.direction, row.summary, row.notes, row.occurred_at,
            related_contact_id=row.related_contact_id,
        )  # fmt: skip

    run(navigator, QCoreApplication.translate("Undo", "Delete note"), do, undo)
