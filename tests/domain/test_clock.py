from datetime import datetime, timedelta, timezone

from dateutil import tz

from app.domain.clock import LocalDates


def test_local_dates_agree_with_astimezone_across_dst_and_midnight():
    berlin, auckland = tz.gettz("Europe/Berlin"), tz.gettz("Pacific/Auckland")
    for zone in (berlin, auckland):
        dates = LocalDates(zone)
        # Every 17 minutes through the days around both of Berlin's 2026 switches
        # (29 March, 25 October) and Auckland's (5 April, 27 September).
        for start in (datetime(2026, 3, 27, tzinfo=timezone.utc), datetime(2026, 9, 25, tzinfo=timezone.utc),
                      datetime(2026, 10, 23, tzinfo=timezone.utc), datetime(2026, 4, 3, tzinfo=timezone.utc)):
            for step in range(0, 6 * 24 * 60, 17):
                instant = start + timedelta(minutes=step)
                assert dates.date_of(instant) == instant.astimezone(zone).date(), (zone, instant)


def test_local_dates_take_any_aware_instant():
    berlin = tz.gettz("Europe/Berlin")
    late_evening_in_new_york = datetime(2026, 7, 1, 22, 30, tzinfo=tz.gettz("America/New_York"))
    assert str(LocalDates(berlin).date_of(late_evening_in_new_york)) == "2026-07-02"
