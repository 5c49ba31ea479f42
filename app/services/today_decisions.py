"""Today's decision rows: a decision note comes back on its review day (coming up in the
week before, overdue after it) until it is marked done (reviewed) or given a new date.

Three range reads on ix_decision_review (app/storage/queries/today.py), so reviewed
decisions cost nothing however many pile up.
"""

from __future__ import annotations

from app.domain.today import Bucket, ItemKind, horizon
from app.services.today_window import Window, take
from app.storage.queries import today as reads
from app.storage.queries.predicates import Where


def decisions_due(cur, w: Window):
    skip = w.marks.get(ItemKind.DECISION, {})
    today, last = w.today.isoformat(), horizon(w.today).isoformat()
    ranges = ((Bucket.OVERDUE, Where().and_("d.review_on < ?", today)),
              (Bucket.TODAY, Where().and_("d.review_on = ?", today)),
              (Bucket.UPCOMING, Where().and_("d.review_on > ?", today)
               .and_("d.review_on <= ?", last)))
    items, counts = [], {}
    for bucket, review in ranges:
        listed, counts[bucket] = take(cur, reads.decisions(review, w.tz), skip, w.cap)
        items.extend(listed)
    return items, counts
