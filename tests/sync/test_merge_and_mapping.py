"""The pure parts of sync: the three-way merge and the vCard mapping (no server)."""

from __future__ import annotations

from datetime import datetime, timezone

from app.sync.merge import merge
from app.sync.vcard_map import ParsedCard, render

PHONE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Giulia;;;\r\nFN:Giulia Rossi\r\n"
    "item1.X-SOCIALPROFILE;type=twitter:https://x.com/g\r\nitem1.X-ABLabel:Twitter\r\n"
    "item2.TEL:+39 055 1\r\nitem2.X-ABLabel:Studio\r\nHOBBY:Rowing\r\nUID:g-1\r\n"
    "REV:2026-11-20T10:00:00Z\r\nEND:VCARD\r\n"
)


def fields(**changes) -> dict:
    base = ParsedCard(PHONE).fields
    base.update(changes)
    return base


def test_fields_changed_on_different_sides_are_both_taken():
    base = fields()
    merged = merge(base, fields(company="Local"), base, fields(position="Remote"), False, "d")
    assert (merged.fields["company"], merged.fields["position"]) == ("Local", "Remote")
    assert merged.conflicts == [] and merged.unsynced == {"company"} and merged.remote_changed


def test_the_same_field_changed_on_both_keeps_the_older_value_in_the_notes():
    base = fields()
    merged = merge(base, fields(company="Mine"), base, fields(company="Theirs"), True, "2026-11-30")
    assert merged.fields["company"] == "Mine"
    assert "Sync conflict (2026-11-30): company: kept “Mine”, the other side had “Theirs”" in merged.fields["about"]
    assert {"company", "about"} <= merged.unsynced


def test_topics_and_groups_merge_as_sets_and_a_phone_without_lang_changes_nothing():
    base = fields(groups=["A"])
    local = fields(groups=["A", "Local"], language="en")
    local["topics"] = dict(base["topics"], **{"interest|chess": ["interest", "Chess", ""]})
    remote = fields(groups=[], language="")
    remote["topics"] = {}
    merged = merge(base, local, base, remote, False, "d")
    assert merged.fields["groups"] == ["Local"]  # A removed there, Local added here
    assert list(merged.fields["topics"]) == ["interest|chess"]  # Rowing removed there
    assert merged.fields["language"] == "en"


def test_the_phone_properties_are_kept_and_their_groups_stay_apart_from_rapports():
    card = ParsedCard(PHONE)
    assert card.uid == "g-1" and card.rev_time() == datetime(2026, 11, 20, 10, tzinfo=timezone.utc)
    assert card.fields["phones"] == [{"value": "+39 055 1", "label": "Studio"}]
    assert card.fields["links"] == []  # X-SOCIALPROFILE is the phone's, not a Rapport link
    text = render(card.fields, "g-1", datetime(2026, 11, 30, tzinfo=timezone.utc), card)
    assert "item1.TEL:+39 055 1\r\nitem1.X-ABLabel:Studio\r\n" in text
    assert "item2.X-SOCIALPROFILE;type=twitter:https://x.com/g\r\nitem2.X-ABLabel:Twitter\r\n" in text
    assert "INTEREST:Rowing" in text and "UID:g-1\r\nREV:20261130T000000Z" in text
    # what the phone left unsaid Rapport writes with its defaults; all else reads back equal
    assert ParsedCard(text).fields == dict(card.fields, language="de", formality="du")
