"""The follow-up habit when two-way contacts share an instant: "previous" means strictly
earlier, so a tie is measured from the moment before it (not 0 days)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.habits import HabitKey

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_tie_is_measured_from_the_moment_before(services, clock):
    clock.set(datetime(2026, 10, 1, 9, tzinfo=BERLIN))
    who = services.contacts.create(given_name="Tia", cadence_days=3)
    first = datetime(2026, 10, 12, 10, tzinfo=BERLIN)
    services.interactions.log(who, "phone", "mutual", occurred_at=first)
    for _ in range(2):  # two at the same instant a week later: both late (not 0 days)
        services.interactions.log(who, "email", "inbound", occurred_at=first + timedelta(days=7))
    clock.set(datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN))
    points = {s.key: s for s in services.dashboard.habits()}[HabitKey.FOLLOW_UPS].points
    counted = [(p.count, p.total) for p in points if p.total]
    assert counted == [(0, 1), (0, 2)]  # 11 days after added: late; the tie: 7 days, late
