from datetime import datetime, timedelta, timezone

from app.domain.enums import Direction
from app.domain.outreach import OutreachState, follow_up_due, outreach_state, stats_from_history

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def day(n: int) -> datetime:
    return T0 + timedelta(days=n)


def test_outbound_messages_do_not_reset_two_way_contact():
    stats = stats_from_history([(day(0), Direction.MUTUAL), (day(5), Direction.OUTBOUND),
                                (day(9), Direction.OUTBOUND)])
    assert stats.last_two_way_at == day(0)
    assert stats.last_interaction_at == day(9)
    assert stats.unanswered_outbound == 2
    assert stats.first_unanswered_at == day(5)


def test_a_reply_resets_the_unanswered_count_whatever_the_input_order():
    stats = stats_from_history([(day(9), Direction.INBOUND), (day(1), Direction.OUTBOUND),
                                (day(3), Direction.OUTBOUND)])
    assert stats.unanswered_outbound == 0
    assert stats.last_two_way_at == day(9)


def test_outreach_thresholds():
    assert [outreach_state(n) for n in range(5)] == [
        OutreachState.FINE, OutreachState.FINE, OutreachState.WAITING,
        OutreachState.STOP, OutreachState.STOP,
    ]


def test_follow_up_counts_from_creation_when_never_heard_back():
    assert follow_up_due(None, day(0), 30) == day(30)
    assert follow_up_due(day(10), day(0), 30) == day(40)
    assert follow_up_due(day(10), day(0), None) is None


def test_empty_history():
    stats = stats_from_history([])
    assert stats.last_interaction_at is None and stats.unanswered_outbound == 0


def test_the_system_clock_local_zone_follows_dst():
    from datetime import datetime as dt

    from app.domain.clock import SystemClock

    zone = SystemClock().local_tz()
    winter, summer = dt(2026, 1, 15, 12, tzinfo=zone), dt(2026, 7, 15, 12, tzinfo=zone)
    # A DST-aware zone answers per date; a fixed offset cannot (it has no dst at all).
    assert winter.dst() is not None and summer.dst() is not None
