from datetime import date, timedelta

import pytest

from app.domain.birthdays import Birthday
from app.services.base import NotFoundError, ValidationError


def test_create_get_update_and_one_notice_per_change(services):
    changes = []
    services.events.subscribe(changes.append)
    contact_id = services.contacts.create(given_name=" Anna ", family_name="Groß",
                                          birthday=Birthday(4, 15))
    services.contacts.update(contact_id, company="Zeiss", birthday=None, cadence_days=30)
    contact = services.contacts.get(contact_id)
    assert (contact.given_name, contact.company, contact.cadence_days) == ("Anna", "Zeiss", 30)
    assert contact.birthday_month is None
    assert [c.what for c in changes] == ["contacts", "contacts"]
    assert changes[0].contact_ids == (contact_id,)


@pytest.mark.parametrize(
    "fields, field",
    [({}, "name"), ({"given_name": "A", "language": "fr"}, "language"),
     ({"given_name": "A", "formality": "ihr"}, "formality"),
     ({"given_name": "A", "cadence_days": 0}, "cadence_days"),
     ({"given_name": "A", "shoe_size": 42}, "shoe_size")],
)
def test_bad_input_names_the_field_and_writes_nothing(services, fields, field):
    with pytest.raises(ValidationError) as error:
        services.contacts.create(**fields)
    assert error.value.field == field
    assert services.contacts.count() == 0


def test_clearing_every_name_is_refused(services, person):
    with pytest.raises(ValidationError):
        services.contacts.update(person, given_name="", family_name="")
    assert services.contacts.get(person).given_name == "Maxi"


def test_archive_trash_restore_and_empty_trash(services, person):
    other = services.contacts.create(given_name="Ben")
    services.contacts.set_archived(person, True)
    assert [r.name for r in services.contacts.list_rows()] == ["Ben"]
    assert [r.name for r in services.contacts.list_rows(archived=True)] == ["Maxi Müller"]
    services.contacts.set_archived(person, False)
    services.interactions.log(other, "email", "inbound", summary="Hallo")
    services.contacts.trash(other)
    assert [r.name for r in services.contacts.list_rows()] == ["Maxi Müller"]
    services.contacts.restore(other)
    assert len(services.interactions.of_contact(other)) == 1, "history survives the trash"
    services.contacts.trash(other)
    assert services.contacts.empty_trash() == 1
    with pytest.raises(NotFoundError):
        services.contacts.get(other)


def test_me_is_one_hidden_profile(services, person):
    me = services.contacts.me_id()
    assert services.contacts.me_id() == me
    assert [r.id for r in services.contacts.list_rows()] == [person]


def test_list_rows_show_follow_up_and_open_promises(services, person, clock):
    services.contacts.update(person, cadence_days=30)
    services.promises.add(person, "me", "Folien schicken")
    row = services.contacts.list_rows()[0]
    assert row.open_promises == 1
    assert row.next_follow_up.date().isoformat() == "2026-12-23"


# --- the list: paging, sorting, filters, search -------------------------------------------
from app.domain import validation  # noqa: E402
from app.services.contact_list import ListFilter, notes_snippet  # noqa: E402


def test_pages_follow_name_order_without_gaps(services):
    for given, family in (("Zoë", "Adler"), ("Ben", "Berg"), ("Anna", "Berg"), ("Cem", "Çelik")):
        services.contacts.create(given_name=given, family_name=family)
    first = services.contacts.page(limit=2)
    rest = services.contacts.page(offset=2, limit=2)
    assert [r.name for r in first + rest] == ["Zoë Adler", "Anna Berg", "Ben Berg", "Cem Çelik"]
    assert services.contacts.count_rows() == 4


def test_sorting_by_follow_up_and_promises_puts_blanks_last(services, clock):
    a = services.contacts.create(given_name="A", cadence_days=10)
    b = services.contacts.create(given_name="B", cadence_days=5)
    c = services.contacts.create(given_name="C")
    services.promises.add(c, "me", "x")
    services.promises.add(c, "me", "y")
    services.promises.add(a, "them", "z")
    assert [r.id for r in services.contacts.page(sort="follow_up")] == [b, a, c]
    assert [r.id for r in services.contacts.page(sort="follow_up", descending=True)][:2] == [a, b]
    assert [r.open_promises for r in services.contacts.page(sort="promises", descending=True)] == [2, 1, 0]


def test_filters_group_topic_alias_overdue_and_archived(services, person, clock):
    ben = services.contacts.create(given_name="Ben")
    group = services.groups.create("VDI")
    services.groups.add_contact(group, ben)
    topic = services.topics.add(person, "Industrie 4.0", "interest")
    services.topics.add_alias(topic, "Industry 4.0")
    assert [r.id for r in services.contacts.page(ListFilter(group_id=group))] == [ben]
    assert [r.id for r in services.contacts.page(ListFilter(topic="industry 4.0"))] == [person]
    assert services.contacts.page(ListFilter(overdue=True)) == []
    services.promises.add(ben, "me", "Rückruf", due=date(2026, 11, 20))
    assert [r.id for r in services.contacts.page(ListFilter(overdue=True))] == [ben]
    services.contacts.update(person, cadence_days=1)  # created "now": due tomorrow, not yet
    assert [r.id for r in services.contacts.page(ListFilter(overdue=True))] == [ben]
    clock.advance(timedelta(days=2))
    assert {r.id for r in services.contacts.page(ListFilter(overdue=True))} == {ben, person}
    services.contacts.set_archived(ben, True)
    assert services.contacts.count_rows(ListFilter(archived=True, group_id=group)) == 1
    assert services.contacts.count_rows(ListFilter(group_id=group)) == 0


def test_search_sorts_by_name_or_relevance_with_snippets(services, person):
    ben = services.contacts.create(given_name="Ben", family_name="Kaffeehaus")
    services.interactions.log(person, "meeting", "mutual", notes="Wir tranken Kaffee in Stuttgart")
    services.contacts.create(given_name="Cem", about="trinkt keinen Tee")
    by_name = services.contacts.page(ListFilter(text="kaffee"))
    assert [r.id for r in by_name] == [ben, person]
    assert "[Kaffee]" in by_name[1].snippet and by_name[0].snippet == ""
    ranked = services.contacts.page(ListFilter(text="kaffee"), sort="relevance")
    assert {r.id for r in ranked} == {person, ben}
    assert "[Kaffee]" in next(r.snippet for r in ranked if r.id == person)
    assert [r.id for r in services.contacts.page(ListFilter(text="kaff"), sort="company")] == [person, ben]
    assert services.contacts.page(ListFilter(text="kaffee"), limit=1, offset=1)[0].id in {person, ben}
    assert services.contacts.page(ListFilter(text="***")) == []


def test_notes_snippet_marks_the_first_folded_prefix_hit():
    notes = "Sie sucht eine Weiterbildung in Café-Nähe und mag Jazz sehr gern am Abend"
    assert notes_snippet(notes, ["cafe"], around=2) == "…Weiterbildung in [Café-Nähe] und mag…"
    assert notes_snippet(notes, ["nahe"], around=1) == "…in [Café-Nähe] und…"
    assert notes_snippet(notes, ["zzz"]) == ""
    # The mark covers the word, not the punctuation around it.
    assert notes_snippet("Nach dem Meetup: Kaffee (Python).", ["meetup", "python"], around=1) == "…dem [Meetup]: Kaffee…"
    assert notes_snippet("Kaffee (Python).", ["python"]) == "Kaffee ([Python])."


@pytest.mark.parametrize("text, expected", [
    ("Maxi@Trumpf.COM", "Maxi@trumpf.com"), (" a.b+c@example.org ", "a.b+c@example.org"),
])
def test_email_accepts_and_tidies(text, expected):
    assert validation.email(text) == expected


@pytest.mark.parametrize("text", ["maxi", "maxi@", "@x.de", "a b@c.de", "a@b", "a@@b.de"])
def test_email_refuses_and_names_the_field(text):
    with pytest.raises(validation.FieldError) as error:
        validation.email(text, field="emails")
    assert error.value.field == "emails" and error.value.value == text.strip()


def test_phone_is_normalised_to_e164_with_a_default_region():
    assert validation.phone("0711 / 123 45 67") == "+497111234567"
    assert validation.phone("+1 (415) 555-0100") == "+14155550100"
    assert validation.phone_for_display("+497111234567") == "+49 711 1234567"
    for bad in ("12", "call me", "+49 1"):
        with pytest.raises(validation.FieldError):
            validation.phone(bad)


def test_urls_get_a_scheme_and_bad_ones_are_refused():
    assert validation.url("example.org/x") == "https://example.org/x"
    assert validation.url("http://xing.com/p") == "http://xing.com/p"
    for bad in ("not a url", "ftp://example.org", "https://", "localhost"):
        with pytest.raises(validation.FieldError):
            validation.url(bad)


def test_birthday_with_or_without_year():
    assert validation.birthday("15.04.") == Birthday(4, 15)
    assert validation.birthday("1990-04-15") == Birthday(4, 15, 1990)
    assert validation.birthday("") is None
    with pytest.raises(validation.FieldError):
        validation.birthday("31.02.")
