"""Today's parts that keep what a person owes from vanishing: replies I owe (they wrote and
I have not answered) and repair rows (a promise of mine I broke). Each returns the items to
list and the count per bucket, like the other parts of TodayService.build()."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from app.domain.clock import as_utc
from app.domain.today import REPLY_OWED_WINDOW_DAYS, Bucket, ItemKind, TodayItem, local_date
from app.services.contacts import display_name
from app.services.today_sql import count_rows, db_time, hidden, parse_stored
from app.storage.tables import TODAY_CONTACTS


def replies_owed(conn, clock, reply_days: int, today, edges, cap, marks):
    """They wrote and I have not answered for `reply_owed_days`: due on that day, so
    overdue after it. Two index range reads (overdue, today), oldest first."""
    tz = clock.local_tz()
    skip = marks.get(ItemKind.REPLY_OWED, {})
    wait = timedelta(days=reply_days)
    # Due today: the message came in on the local day `reply_owed_days` ago, up to now.
    oldest = edges[0] - timedelta(days=REPLY_OWED_WINDOW_DAYS)
    ranges = ((Bucket.OVERDUE, oldest, edges[0] - wait), (Bucket.TODAY, edges[0] - wait,
              clock.now() - wait))  # fmt: skip
    items, counts = [], {}
    for bucket, start, end in ranges:
        closed = "<=" if bucket is Bucket.TODAY else "<"
        where = f"reply_owed_since IS NOT NULL AND reply_owed_since {closed} :end"
        params = {"end": db_time(end), "start": db_time(start)}
        where += " AND reply_owed_since >= :start"
        where += f" AND {TODAY_CONTACTS}"
        rows = conn.execute(text(
            "SELECT id, given_name, family_name, nickname, reply_owed_since FROM contact "
            f"INDEXED BY ix_contact_reply_owed WHERE {where} ORDER BY reply_owed_since "
            "LIMIT :limit"), {**params, "limit": cap + len(skip)},
        ).all()  # fmt: skip
        found = []
        for r in rows:
            since = as_utc(parse_stored(r.reply_owed_since))
            found.append(TodayItem(
                ItemKind.REPLY_OWED, r.id, r.id,
                display_name(r.given_name, r.family_name, r.nickname),
                local_date(since + wait, tz), local_date(since, tz), "",
                (today - local_date(since, tz)).days, since.isoformat(),
            ))  # fmt: skip
        kept = [i for i in found if not hidden(i, skip)]
        items.extend(kept[:cap])
        counts[bucket] = count_rows(conn, text(
            f"SELECT 1 FROM contact INDEXED BY ix_contact_reply_owed WHERE {where}"), params,
        ) - (len(found) - len(kept))  # fmt: skip
    return items, counts


def repairs(conn, clock, today, edges, cap, marks):
    """A promise of mine I broke stays on the list as "repair" until I mark it done
    (after an apology and a new date) or reopen it with a new date."""
    skip = marks.get(ItemKind.REPAIR, {})
    source = (
        "FROM promise p INDEXED BY ix_promise_today JOIN contact c ON c.id = p.contact_id "
        "WHERE p.state = 'broken' AND p.owner = 'me' "
        "AND c.archived = 0 AND c.deleted_at IS NULL"
    )
    params: dict = {}
    rows = conn.execute(text(
        "SELECT p.id, p.contact_id, p.text, p.due, p.resolved_at, c.given_name, "
        f"c.family_name, c.nickname {source} ORDER BY p.due, p.id LIMIT :limit"),
        {**params, "limit": cap + len(skip)},
    ).all()  # fmt: skip
    tz = clock.local_tz()
    found = []
    for r in rows:
        broken_on = local_date(as_utc(parse_stored(r.resolved_at)), tz) if r.resolved_at else today
        found.append(TodayItem(
            ItemKind.REPAIR, r.id, r.contact_id,
            display_name(r.given_name, r.family_name, r.nickname), min(broken_on, today),
            None, r.text, 0, f"broken:{r.id}",
        ))  # fmt: skip
    kept = [i for i in found if not hidden(i, skip)]
    counts = {bucket: 0 for bucket in Bucket}
    total = count_rows(conn, text(f"SELECT 1 {source}"), params) - (len(found) - len(kept))
    for item in kept[:cap]:
        counts[item.bucket(today)] += 1
    counts[Bucket.OVERDUE] += max(total - len(kept[:cap]), 0)
    return kept[:cap], counts
