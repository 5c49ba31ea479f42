"""Today's decision rows: a decision note comes back on its review day (coming up in the
week before, overdue after it) until it is marked done (reviewed) or given a new date.

Three range reads on ix_decision_review (review_on, contact_id WHERE reviewed_at IS NULL),
so reviewed decisions cost nothing however many pile up.
"""

from __future__ import annotations

from datetime import date

from app.domain.clock import as_utc
from app.domain.today import Bucket, ItemKind, TodayItem, horizon, local_date
from app.services.contacts import display_name
from app.services.today_sql import Window, count_rows, hidden, parse_stored


def decisions_due(cur, w: Window):
    skip = w.marks.get(ItemKind.DECISION, {})
    params = {"today": w.today.isoformat(), "last": horizon(w.today).isoformat()}
    ranges = ((Bucket.OVERDUE, "d.review_on < :today"), (Bucket.TODAY, "d.review_on = :today"),
              (Bucket.UPCOMING, "d.review_on > :today AND d.review_on <= :last"))
    items, counts = [], {}
    for bucket, in_range in ranges:
        source = (
            "FROM decision d INDEXED BY ix_decision_review JOIN contact c ON c.id = d.contact_id "
            f"WHERE d.reviewed_at IS NULL AND {in_range} "
            "AND c.archived = 0 AND c.deleted_at IS NULL"
        )
        rows = cur.execute(
            "SELECT d.id, d.contact_id, d.owner, d.context, d.decided, d.review_on, "
            f"d.created_at, c.given_name, c.family_name, c.nickname {source} "
            "ORDER BY d.review_on, d.id LIMIT :limit", {**params, "limit": w.cap + len(skip)},
        ).fetchall()
        found = []
        for did, cid, owner, context, decided, review_on, created, given, family, nick in rows:
            found.append(TodayItem(
                ItemKind.DECISION, did, cid, display_name(given, family, nick),
                date.fromisoformat(review_on), local_date(as_utc(parse_stored(created)), w.tz),
                decided or context, 0 if decided else 1, review_on, owner=owner,
            ))
        kept = [i for i in found if not hidden(i, skip)]
        items.extend(kept[: w.cap])
        matching = count_rows(cur, f"SELECT 1 {source}", params, len(rows),
                              w.cap + len(skip))
        counts[bucket] = matching - (len(found) - len(kept))
    return items, counts
