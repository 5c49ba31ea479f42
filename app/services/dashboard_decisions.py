"""The Dashboard's third list, "needs a decision": decisions whose review day has come (as
Today lists them: snoozed or reviewed ones wait) and promises waiting on a decision of mine.

A promise waits on my decision when a decision note of mine that is still open (nothing
decided yet, not reviewed) is linked to it: "Paul sends the offer once I have chosen the
package". The decision is recorded on the contact page with that promise picked; once I
write down what I decided (or mark the review done), the promise no longer waits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.today import ItemKind as TodayKind
from app.domain.today import TodayItem

DECISION_DUE = "decision_due"
WAITING_ON_ME = "waiting_on_me"


@dataclass(frozen=True)
class NeedsDecision:
    decisions_due: tuple = ()  # DashItem, kind DECISION_DUE; count 1 = still to decide
    waiting_promises: tuple = ()  # DashItem, kind WAITING_ON_ME; text: the promise
    more: bool = field(default=False)  # a list was cut at its limit

    @property
    def total(self) -> int:
        return len(self.decisions_due) + len(self.waiting_promises)


def needs_decision(items: list[TodayItem], waiting, today: date, item_class, limit: int):
    """From the Today items (decisions overdue or due today) and DecisionsService.
    waiting_on_me() rows, without listing a decision twice."""
    due = [item_class(DECISION_DUE, item.contact_id, item.name, item.due, item.text, item.count,
                      item.ref_id)
           for item in items if item.kind is TodayKind.DECISION and item.due <= today]
    listed = {entry.ref_id for entry in due}
    promises = [item_class(WAITING_ON_ME, row.contact_id, row.name, row.review_on,
                           row.promise_text, 0, row.promise_id)
                for row in waiting if row.decision_id not in listed]
    more = len(due) >= limit or len(waiting) >= limit
    return NeedsDecision(tuple(due[:limit]), tuple(promises[:limit]), more)
