"""Today's parts that keep what a person owes from vanishing: replies I owe (they wrote and
I have not answered) and repair rows (a promise of mine I broke). Each returns the items to
list and the count per bucket, like the other parts (today_parts.py)."""

from __future__ import annotations

from datetime import timedelta

from app.domain.clock import as_utc
from app.domain.today import REPLY_OWED_WINDOW_DAYS, Bucket, ItemKind, TodayItem, local_date
from app.services.contacts import display_name
from app.services.today_sql import Window, count_rows, db_time, hidden, parse_stored
from app.storage.tables import TODAY_CONTACTS


def replies_owed(cur, w: Window):
    """They wrote and I have not answered for `reply_owed_days`: due on that day, so
    overdue after it. Two index range reads (overdue, today), oldest first."""
    skip = w.marks.get(ItemKind.REPLY_OWED, {})
    wait = timedelta(days=max(w.reply_days, 0))
    today_edge = w.edges[0]
    # Due today: the message came in on the local day `reply_owed_days` ago, up to now.
    oldest = today_edge - timedelta(days=REPLY_OWED_WINDOW_DAYS)
    ranges = ((Bucket.OVERDUE, oldest, today_edge - wait, "<"),
              (Bucket.TODAY, today_edge - wait, w.now - wait, "<="))
    items, counts = [], {}
    for bucket, start, end, closed in ranges:
        source = (
            "FROM contact INDEXED BY ix_contact_reply_owed WHERE reply_owed_since IS NOT NULL "
            f"AND reply_owed_since {closed} :end AND reply_owed_since >= :start "
            f"AND {TODAY_CONTACTS}"
        )
        params = {"end": db_time(end), "start": db_time(start)}
        rows = cur.execute(
            f"SELECT id, given_name, family_name, nickname, reply_owed_since {source} "
            "ORDER BY reply_owed_since LIMIT :limit", {**params, "limit": w.cap + len(skip)},
        ).fetchall()
        found = []
        for cid, given, family, nickname, owed in rows:
            since = as_utc(parse_stored(owed))
            wrote_on = local_date(since, w.tz)
            found.append(TodayItem(
                ItemKind.REPLY_OWED, cid, cid, display_name(given, family, nickname),
                local_date(since + wait, w.tz), wrote_on, "", (w.today - wrote_on).days,
                since.isoformat(),
            ))
        kept = [i for i in found if not hidden(i, skip)]
        items.extend(kept[: w.cap])
        matching = count_rows(cur, f"SELECT 1 {source}", params, len(rows),
                              w.cap + len(skip))
        counts[bucket] = matching - (len(found) - len(kept))
    return items, counts


def repairs(cur, w: Window):
    """A promise of mine I broke stays on the list as "repair" until I mark it done
    (after an apology and a new date) or reopen it with a new date."""
    skip = w.marks.get(ItemKind.REPAIR, {})
    source = (
        "FROM promise p INDEXED BY ix_promise_today JOIN contact c ON c.id = p.contact_id "
        "WHERE p.state = 'broken' AND p.owner = 'me' "
        "AND c.archived = 0 AND c.deleted_at IS NULL"
    )
    rows = cur.execute(
        "SELECT p.id, p.contact_id, p.text, p.resolved_at, c.given_name, c.family_name, "
        f"c.nickname {source} ORDER BY p.due, p.contact_id, p.id LIMIT :limit",  # index order
        {"limit": w.cap + len(skip)},
    ).fetchall()
    found = []
    for pid, cid, text, resolved, given, family, nickname in rows:
        broken_on = local_date(as_utc(parse_stored(resolved)), w.tz) if resolved else w.today
        found.append(TodayItem(
            ItemKind.REPAIR, pid, cid, display_name(given, family, nickname),
            min(broken_on, w.today), None, text, 0, f"broken:{pid}",
        ))
    kept = [i for i in found if not hidden(i, skip)]
    counts = {bucket: 0 for bucket in Bucket}
    matching = count_rows(cur, f"SELECT 1 {source}", {}, len(rows),
                          w.cap + len(skip))
    total = matching - (len(found) - len(kept))
    for item in kept[: w.cap]:
        counts[item.bucket(w.today)] += 1
    counts[Bucket.OVERDUE] += max(total - len(kept[: w.cap]), 0)
    return kept[: w.cap], counts
