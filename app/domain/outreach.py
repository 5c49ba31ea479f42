"""Unanswered outreach and keep-in-touch rules over a contact's interaction history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Iterable

from app.domain.enums import Direction

WAITING_AT = 2  # outbound messages in a row: waiting for a reply
STOP_AT = 3  # ...and from here on: stop writing the same way


class OutreachState(StrEnum):
    FINE = "fine"
    WAITING = "waiting"
    STOP = "stop"


@dataclass(frozen=True)
class ContactStats:
    """What the Today list and the contacts list need, derived from the interactions."""

    last_interaction_at: datetime | None
    last_two_way_at: datetime | None
    unanswered_outbound: int  # outbound in a row since the last inbound or mutual one
    first_unanswered_at: datetime | None
    # They wrote and I have not answered since (no outbound message, call or meeting after
    # it): the first of their messages still waiting for my reply, or None.
    reply_owed_since: datetime | None = None


NO_HISTORY = ContactStats(None, None, 0, None, None)


def stats_after(stats: ContactStats, when: datetime, direction: Direction | str) -> ContactStats:
    """The stats once one more interaction, later than every one before, is added: the
    rule itself, so a new note can update a contact without reading its history."""
    direction = Direction(direction)
    last_two_way: datetime | None
    first_unanswered: datetime | None
    if direction.is_two_way:
        last_two_way, unanswered, first_unanswered = when, 0, None
    else:
        last_two_way = stats.last_two_way_at
        unanswered = stats.unanswered_outbound + 1
        first_unanswered = stats.first_unanswered_at or when
    if direction is Direction.INBOUND:
        reply_owed = stats.reply_owed_since or when
    else:  # I wrote, or we met or called: nothing left unanswered on my side
        reply_owed = None
    return ContactStats(when, last_two_way, unanswered, first_unanswered, reply_owed)


def stats_from_history(history: Iterable[tuple[datetime, Direction | str]]) -> ContactStats:
    """history: (when, direction) pairs in any order."""
    stats = NO_HISTORY
    for when, direction in sorted(history, key=lambda item: item[0]):
        stats = stats_after(stats, when, direction)
    return stats


def outreach_state(unanswered_outbound: int) -> OutreachState:
    if unanswered_outbound >= STOP_AT:
        return OutreachState.STOP
    if unanswered_outbound >= WAITING_AT:
        return OutreachState.WAITING
    return OutreachState.FINE


def follow_up_due(
    last_two_way_at: datetime | None, created_at: datetime, cadence_days: int | None
) -> datetime | None:
    """When the keep-in-touch cadence falls due. Only two-way contact resets it;
    a contact we never heard back from counts from when it was added."""
    if not cadence_days:
        return None
    return (last_two_way_at or created_at) + timedelta(days=cadence_days)
