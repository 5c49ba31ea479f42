"""Undo for destructive actions: archive, trash, topic removal, promise state changes.

The action runs at once (so a service error reaches the caller as usual) and is then pushed
onto the main window's QUndoStack as a command that knows how to take it back. Pages reach
the stack through their navigator (`navigator.undo_stack`); without one, nothing is undoable
but the action still runs.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.domain.enums import PromiseState
from app.domain.today import ItemKind, TodayItem
from app.services import Services
from app.services.events import Events
from app.services.base import NotFoundError
from app.services.sample_removal import SampleConflict
from app.services.snapshots import RowSnapshot, SnapshotService, UndoConflict
from app.services.topics import HeldTopic

Hook = Callable[[], None] | None


class ServiceCommand(QUndoCommand):
    """A done action and its inverse, both plain service calls. `after_undo` runs after the
    inverse (e.g. to select the row that came back); a hook whose widget is gone is skipped."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None],
                 after_undo: Hook = None, after_redo: Hook = None) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._after_undo = after_undo
        self._after_redo = after_redo
        self._already_done = True  # push() calls redo(); the action ran just before

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._do()
        _call(self._after_redo)

    def undo(self) -> None:
        try:
            self._undo()
        except (UndoConflict, SampleConflict, NotFoundError):
            # Nothing was written (or what it would bring back was emptied from the trash); the command cannot come back, so it leaves the stack.
            self.setObsolete(True)
            _tell(QCoreApplication.translate(
                "Undo", "Cannot undo “%1”: something you added since took its place.")
                .replace("%1", self.text()))
            return
        _call(self._after_undo)


def _tell(message: str) -> None:
    """Say it in the main window's status bar (an undo has no dialog of its own)."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    window = QApplication.activeWindow()
    window = window if isinstance(window, QMainWindow) else next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None)
    if window is not None:
        window.statusBar().showMessage(message, 10000)


def _call(hook: Hook) -> None:
    if hook is not None:
        try:
            hook()
        except RuntimeError:  # "Internal C++ object already deleted": its window closed
            pass


def run(navigator, text: str, do: Callable[[], None], undo: Callable[[], None],
        after_undo: Hook = None, after_redo: Hook = None) -> ServiceCommand | None:
    # One operation around the action and the push: the pages hear of the change after its
    # undo command is on the stack, so a refresh that fails cannot lose the entry.
    with _operation(navigator):
        do()
        stack = getattr(navigator, "undo_stack", None)
        if stack is None:
            return None
        command = ServiceCommand(text, do, undo, after_undo, after_redo)
        stack.push(command)
        return command


def _operation(navigator) -> AbstractContextManager:
    """The events hub's operation() (the main window's services); a null one without."""
    events = getattr(getattr(navigator, "services", None), "events", None)
    return events.operation() if isinstance(events, Events) else nullcontext()


def snapshots(services: Services) -> SnapshotService:
    return SnapshotService(services.db, services.clock, services.events)


def restore(services: Services, taken: list[RowSnapshot]) -> Callable[[], None]:
    return lambda: snapshots(services).restore(*taken)


def archive(navigator, services: Services, contact_id: int, name: str, archived: bool = True):
    text = (QCoreApplication.translate("Undo", "Archive %1") if archived else QCoreApplication.translate("Undo", "Unarchive %1")).replace("%1", name)
    run(navigator, text, lambda: services.contacts.set_archived(contact_id, archived),
        lambda: services.contacts.set_archived(contact_id, not archived))


def trash(navigator, services: Services, contact_id: int, name: str) -> None:
    run(navigator, QCoreApplication.translate("Undo", "Delete %1").replace("%1", name),
        lambda: services.contacts.trash(contact_id),
        lambda: services.contacts.restore(contact_id))


def remove_topic(navigator, services: Services, contact_id: int, held: HeldTopic) -> None:
    run(navigator, QCoreApplication.translate("Undo", "Remove topic %1").replace("%1", held.label),
        lambda: services.topics.remove(contact_id, held.topic_id, held.kind),
        lambda: services.topics.add(contact_id, held.label, held.kind, held.detail))


def promise_state(
    navigator, services: Services, promise_id: int, state: PromiseState,
    after_undo: Hook = None, text: str | None = None,
) -> ServiceCommand | None:
    """The inverse puts the row back as it was: state, resolved_at and due."""
    before = [snapshots(services).take("promise", id=promise_id)]
    text = text or {
        PromiseState.KEPT: QCoreApplication.translate("Undo", "Mark promise kept"),
        PromiseState.RELEASED: QCoreApplication.translate("Undo", "Release promise"),
        PromiseState.BROKEN: QCoreApplication.translate("Undo", "Mark promise broken"),
        PromiseState.OPEN: QCoreApplication.translate("Undo", "Reopen promise"),
    }[state]
    return run(navigator, text, lambda: services.promises.set_state(promise_id, state),
               restore(services, before), after_undo)


def reschedule_promise(navigator, services: Services, promise_id: int, due, text: str,
                       after_undo: Hook = None) -> ServiceCommand | None:
    before = [snapshots(services).take("promise", id=promise_id)]
    return run(navigator, text, lambda: services.promises.reschedule(promise_id, due),
        restore(services, before), after_undo)


def today_done(navigator, services: Services, item: TodayItem, after_undo: Hook = None) -> None:
    """Done on a Today row. The inverse restores the exact row done() changed: the promise
    (state, resolved_at), the reminder (done, due_at, snoozed_until) or the today mark
    (including a snooze it replaced, or no mark at all)."""
    before = [_today_row(services, item, snoozing=False)]
    text = QCoreApplication.translate("Undo", "Done: %1").replace("%1", item.name or item.text)
    run(navigator, text, lambda: services.today.done(item), restore(services, before), after_undo)


def today_snooze(navigator, services: Services, item: TodayItem, until, after_undo: Hook = None):
    """Snooze on a Today row; the inverse restores the reminder or today mark it changed."""
    before = [_today_row(services, item, snoozing=True)]
    text = QCoreApplication.translate("Undo", "Snooze: %1").replace("%1", item.name or item.text)
    run(navigator, text, lambda: services.today.snooze(item, until), restore(services, before),
        after_undo)


def _today_row(services: Services, item: TodayItem, snoozing: bool) -> RowSnapshot:
    """The row that done()/snooze() will change for this item (see TodayService)."""
    take = snapshots(services).take
    if item.kind in (ItemKind.MY_PROMISE, ItemKind.THEIR_PROMISE) and not snoozing:
        return take("promise", id=item.ref_id)
    if item.kind is ItemKind.REMINDER:
        return take("reminder", id=item.ref_id)
    if item.kind is ItemKind.DECISION and not snoozing:
        return take("decision", id=item.ref_id)
    return take("today_mark", kind=item.kind.value, ref_id=item.ref_id,
                occurrence=item.occurrence)


def delete_interaction(navigator, services: Services, interaction_id: int, contact_id: int) -> None:
    """The inverse puts the note back under its own id, with the promises made in it linked
    to it again (deleting it had unlinked them)."""
    taken = snapshots(services)
    before = [taken.take("interaction", id=interaction_id),
              *taken.take_attached(interaction_id)]
    run(navigator, QCoreApplication.translate("Undo", "Delete note"),
        lambda: services.interactions.delete(interaction_id), restore(services, before))


def draft_sent(navigator, services: Services, contact_id: int, draft, promise_id: int | None,
               today_item: TodayItem | None) -> int:
    """Mark as sent: log the message (keeping the promise it fulfils) and close the Today
    row it was drafted from, as one command: one Ctrl+Z takes back the note, the promise and
    the row. Returns the logged interaction's id."""
    take = snapshots(services).take
    before = [take("promise", id=promise_id)] if promise_id is not None else []
    if today_item is not None:  # done() and a snooze change different rows: keep both
        before += [_today_row(services, today_item, snoozing=False),
                   _today_row(services, today_item, snoozing=True)]
    logged: list[int] = []

    def do() -> None:
        interaction_id = services.drafts.mark_sent(contact_id, draft, promise_id)
        logged[:] = [interaction_id]
        if draft.occasion == "introduction" and draft.other_contact_id:  # logged on both
            logged.extend(i.id for i in services.interactions.of_contact(
                draft.other_contact_id, limit=1))
        if today_item is not None:
            services.today.close_after_sent(today_item, promise_kept=promise_id is not None)

    def take_back() -> None:
        gone = [RowSnapshot("interaction", (("id", i),), None) for i in logged]
        snapshots(services).restore(*gone, *before)

    name = today_item.name if today_item is not None and today_item.name else draft.subject
    run(navigator, QCoreApplication.translate("Undo", "Sent: %1").replace("%1", name), do,
        take_back)
    return logged[0]


def spread_backlog(navigator, services: Services, after_undo: Hook = None):
    """Spread the drifted keep-in-touch items over the next weeks; the inverse puts every
    today mark back exactly as it was (or removes the ones that were not there). Nothing
    to spread pushes nothing."""
    with services.events.operation():  # the pages hear of it after the push
        return _spread_backlog(navigator, services, after_undo)


def _spread_backlog(navigator, services: Services, after_undo: Hook):
    result = [services.today.spread_backlog()]
    stack = getattr(navigator, "undo_stack", None)
    if result[0].count and stack is not None:
        def do() -> None:
            result[:] = [services.today.spread_backlog()]

        def take_back() -> None:
            snapshots(services).restore(*result[0].before)

        stack.push(ServiceCommand(QCoreApplication.translate("Undo", "Spread the backlog"),
                                  do, take_back, after_undo))
    return result[0]


def logged(navigator, services: Services, interaction_id: int,
           today_item: TodayItem | None) -> None:
    """A note just logged (by the log dialog), as one undoable command; logged from a Today
    row, that row is closed in the same step. Undo removes the note and the promises made
    in it and puts the row back; redo writes them again under their ids."""
    with services.events.operation():  # the pages hear of it after the push
        _logged(navigator, services, interaction_id, today_item)


def _logged(navigator, services: Services, interaction_id: int,
            today_item: TodayItem | None) -> None:
    taken = snapshots(services)
    after = [taken.take("interaction", id=interaction_id),
             *taken.take_attached(interaction_id)]
    rows_before: list[RowSnapshot] = []
    rows_after: list[RowSnapshot] = []
    if today_item is not None:
        rows_before = [_today_row(services, today_item, snoozing=s) for s in (False, True)]
        services.today.close_after_sent(today_item, promise_kept=False)
        rows_after = [_today_row(services, today_item, snoozing=s) for s in (False, True)]
    gone = [RowSnapshot(s.table, s.key, None) for s in reversed(after)]  # promises first
    stack = getattr(navigator, "undo_stack", None)
    if stack is not None:
        text = QCoreApplication.translate("Undo", "Log interaction")
        stack.push(ServiceCommand(text, restore(services, [*after, *rows_after]),
                                  restore(services, [*gone, *rows_before])))


def save_decision(navigator, services: Services, contact_id: int, decision_id: int | None,
                  owner, context: str, decided: str, review_on, promise_id) -> int:
    """Record a new decision or save an edited one, as one undoable step: undo puts the
    row back as it was (or removes the new one), redo writes the saved row again."""
    take = snapshots(services).take
    before = take("decision", id=decision_id) if decision_id is not None else None
    if decision_id is None:
        decision_id = services.decisions.add(contact_id, owner, context, decided, review_on,
                                              promise_id)
        text = QCoreApplication.translate("Undo", "Record decision")
    else:
        services.decisions.update(decision_id, owner, context, decided, review_on, promise_id)
        text = QCoreApplication.translate("Undo", "Edit decision")
    after = take("decision", id=decision_id)
    before = before or RowSnapshot("decision", after.key, None)
    stack = getattr(navigator, "undo_stack", None)
    if stack is not None:
        stack.push(ServiceCommand(text, restore(services, [after]), restore(services, [before])))
    return decision_id


def delete_decision(navigator, services: Services, decision_id: int) -> None:
    before = [snapshots(services).take("decision", id=decision_id)]
    run(navigator, QCoreApplication.translate("Undo", "Delete decision"),
        lambda: services.decisions.delete(decision_id), restore(services, before))
