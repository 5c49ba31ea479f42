"""Applying an import plan: one transaction, Core inserts in batches, nothing on failure.

Runs inside db.bulk_write() (search triggers paused, touched contacts re-indexed at the end).
A cancel or any error raises out of the block and SQLite rolls everything back.
"""

from __future__ import annotations

import copy
from typing import Callable

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.domain.clock import as_utc
from app.services.importers.merge import fold_record_into, merge_values, record_values
from app.services.importers.plan import (
    ContactRecord, Decision, ImportCancelled, ImportPlan, ImportReport,
)
from app.services.interaction_log import NewInteraction, record_interactions
from app.services.base import ValidationError
from app.services.topics import find_or_create
from app.storage.tables import Contact, ContactTopic, Group, Interaction, Membership
from app.services.exporters.rows import COLUMNS
from app.services.importers.linking import insert_relations_and_photos

BATCH = 1000
MERGE_COLUMNS = COLUMNS  # every field of a contact's own, as the export writes them

Progress = Callable[[int, int], None]


def resolve(plan: ImportPlan) -> tuple[list[ContactRecord], dict[int, list[ContactRecord]], int, int]:
    """(records to create, records to merge per existing contact id, how many skipped, how
    many were folded into an earlier record of the same file).
    A record matched to an earlier record of the file is folded into (a copy of) it."""
    created: dict[int, ContactRecord] = {}
    merges: dict[int, list[ContactRecord]] = {}
    skipped = folded = 0
    for index, item in enumerate(plan.items):
        match = item.match
        if item.decision is Decision.SKIP:
            skipped += 1
        elif item.decision is Decision.MERGE and match and match.contact_id is not None:
            merges.setdefault(match.contact_id, []).append(item.record)
        elif (item.decision is Decision.MERGE and match and match.record_index is not None
              and match.record_index in created):
            target = created[match.record_index]
            if target is plan.items[match.record_index].record:
                target = created[match.record_index] = copy.deepcopy(target)
            fold_record_into(target, item.record)
            folded += 1
        else:
            created[index] = item.record
    return list(created.values()), merges, skipped, folded


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled and cancelled():
        raise ImportCancelled()


def write_plan(db, now, plan: ImportPlan, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    new_records, merges, skipped, folded = resolve(plan)
    total = len(new_records) + len(merges) + 1
    done = 0
    interactions = 0
    with db.bulk_write() as (conn, touched):
        _check(cancelled)
        first_id = (conn.execute(select(func.max(Contact.id))).scalar() or 0) + 1
        holders: list[tuple[int, ContactRecord]] = []
        for start in range(0, len(new_records), BATCH):
            chunk = new_records[start : start + BATCH]
            rows = []
            for offset, record in enumerate(chunk):
                contact_id = first_id + start + offset
                rows.append(_new_contact(contact_id, record, now))
                holders.append((contact_id, record))
            conn.execute(insert(Contact), rows)
            interactions += _insert_interactions(conn, holders[-len(chunk):], now, set(),
                                                 fresh=True)
            done += len(chunk)
            _progress(progress, done, total)
            _check(cancelled)
        merged_ids = list(merges)
        for start in range(0, len(merged_ids), BATCH):
            ids = merged_ids[start : start + BATCH]
            pairs = [(cid, record) for cid in ids for record in merges[cid]]
            _merge_into(conn, ids, merges, now)
            seen = _existing_interactions(conn, ids)
            interactions += _insert_interactions(conn, pairs, now, seen)
            holders.extend(pairs)
            done += len(ids)
            _progress(progress, done, total)
            _check(cancelled)
        _insert_topics(conn, holders)
        _insert_groups(conn, holders)
        insert_relations_and_photos(conn, holders, now)
        _insert_dates_and_jobs(conn, holders, now)
        touched.update(cid for cid, _ in holders)
        _check(cancelled)
    _progress(progress, total, total)
    return ImportReport(
        path=plan.parsed.path, created=len(new_records),
        merged=sum(len(v) for v in merges.values()) + folded, skipped=skipped, interactions=interactions,
        problems=tuple(plan.parsed.problems), notes=tuple(plan.parsed.notes),
        contact_ids=tuple(sorted(touched)), finished_at=now,
    )


def _progress(progress: Progress | None, done: int, total: int) -> None:
    if progress:
        progress(done, total)


def _new_contact(contact_id: int, record: ContactRecord, now) -> dict:
    # Every key in every row: one executemany needs the same keys in each (a file where
    # only some people have an Anrede failed with "a value is required for 'anrede'").
    values = {"language": "de", "formality": "du", "cadence_days": None, "anrede": "", "title": "",
              "greeting_style": ""}
    values.update(record_values(record))
    # The derived stats (last contact, unanswered outreach…) are record_interactions' to set.
    values.update(id=contact_id, is_me=False, archived=False, deleted_at=None, created_at=now,
                  updated_at=now)
    return values


def _merge_into(conn: Connection, ids: list[int], merges: dict, now) -> None:
    rows = conn.execute(select(*MERGE_COLUMNS).where(Contact.id.in_(ids))).mappings().all()
    for row in rows:
        current = dict(row)
        changes: dict = {}
        for record in merges[row["id"]]:
            step = merge_values(current, record_values(record))
            current.update(step)
            changes.update(step)
        if changes:
            conn.execute(update(Contact).where(Contact.id == row["id"])
                         .values(updated_at=now, **changes))


def _existing_interactions(conn: Connection, ids: list[int]) -> set[tuple]:
    """What the merged contacts already have, so importing a history twice adds it once."""
    rows = conn.execute(
        select(Interaction.contact_id, Interaction.occurred_at, Interaction.direction)
        .where(Interaction.contact_id.in_(ids))
    )
    return {(cid, as_utc(when), direction) for cid, when, direction in rows}


def _insert_interactions(conn: Connection, pairs, now, seen: set[tuple],
                         fresh: bool = False) -> int:
    """The records' histories, through the one writer that keeps the stats right; `fresh`:
    the contacts were created just now (their stats come from these rows alone)."""
    rows = []
    for contact_id, record in pairs:
        for item in record.interactions:
            when = as_utc(item["occurred_at"])
            key = (contact_id, when, item["direction"])
            if key in seen:
                continue
            seen.add(key)
            rows.append(NewInteraction(contact_id, when, item["channel"], item["direction"],
                                       item.get("summary", ""), item.get("notes", "")))
    if rows:  # one row alone would be written on its own; an import writes in bulk anyway
        record_interactions(conn, rows, now, fresh={cid for cid, _ in pairs} if fresh else ())
    return len(rows)


def _insert_topics(conn: Connection, holders) -> None:
    ids: dict[str, int | None] = {}
    rows: dict[tuple, str | None] = {}
    for contact_id, record in holders:
        for kind, label, detail in record.topics:
            if label not in ids:
                try:
                    ids[label] = find_or_create(conn, label)
                except ValidationError:  # "-" or "?" in an Interests cell: no topic
                    ids[label] = None
            if ids[label] is None:
                continue
            rows.setdefault((contact_id, ids[label], kind), detail)
    values = [{"contact_id": c, "topic_id": t, "kind": k, "detail": d} for (c, t, k), d in rows.items()]
    for start in range(0, len(values), BATCH * 5):
        conn.execute(sqlite_insert(ContactTopic).on_conflict_do_nothing(), values[start : start + BATCH * 5])


def _insert_groups(conn: Connection, holders) -> None:
    wanted = {" ".join(g.split()) for _, record in holders for g in record.groups} - {""}
    if not wanted:
        return
    known: dict[str, int] = dict(conn.execute(select(Group.name, Group.id)).all())
    for name in sorted(wanted - set(known)):
        known[name] = conn.execute(insert(Group).values(name=name, description="", url="",
                                                        i_am_member=False)).inserted_primary_key[0]
    values = {(cid, known[" ".join(g.split())]) for cid, record in holders for g in record.groups
              if g.strip()}
    rows = [{"contact_id": c, "group_id": g} for c, g in sorted(values)]
    for start in range(0, len(rows), BATCH * 5):
        conn.execute(sqlite_insert(Membership).on_conflict_do_nothing(), rows[start : start + BATCH * 5])


def _insert_dates_and_jobs(conn: Connection, holders, now) -> None:
    """Important dates and past jobs the contact does not have yet (a merge adds only
    what is new; the same file imported twice adds nothing)."""
    from app.services.important_dates import dates_of, insert_dates, past_jobs_of
    from app.storage.tables import PastJob

    wanted = [(cid, r) for cid, r in holders if r.dates or r.past_jobs]
    if not wanted:
        return
    ids = {cid for cid, _ in wanted}
    have_dates = {(cid, _date_key(d)) for cid, ds in dates_of(conn, ids).items() for d in ds}
    have_jobs = {(cid, j.company, j.position, j.ended_at)
                 for cid, js in past_jobs_of(conn, ids).items() for j in js}
    dates, jobs = [], []
    for cid, record in wanted:
        for value in record.dates:
            if (cid, _date_key(value)) not in have_dates:
                have_dates.add((cid, _date_key(value)))
                dates.append((cid, value))
        for company, position, ended in record.past_jobs:
            if (cid, company, position, ended) not in have_jobs:
                have_jobs.add((cid, company, position, ended))
                jobs.append({"contact_id": cid, "company": company, "position": position,
                             "ended_at": ended})
    insert_dates(conn, dates, now)
    if jobs:
        conn.execute(insert(PastJob), jobs)


def _date_key(value) -> tuple:
    return (value.kind, value.month, value.day, value.year, value.label.strip())
