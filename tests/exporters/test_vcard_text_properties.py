"""Property-based: any text Rapport holds survives vCard export and import unchanged."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import TopicKind
from app.services.exporters.rows import ExportContact
from app.services.exporters.vcard import to_vcard
from app.services.importers.vcard import parse_text

# Any text a user types: letters, umlauts, emoji, punctuation that vCard escapes, newlines.
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85")
               | st.sampled_from([",", ";", ":", "\\", "\n", '"', "^", "=", " "]), max_size=40)
WORD = TEXT.map(lambda t: " ".join(t.split())).filter(bool)  # labels are stored tidied
LABEL = st.one_of(st.just(""), st.sampled_from(["work", "home", "mobile", "Xing", "Privat, bitte"]),
                  WORD.filter(lambda w: "\n" not in w))


def entries(draw_value):
    return st.lists(st.fixed_dictionaries({"value": draw_value, "label": LABEL}), max_size=3)


@settings(max_examples=150, deadline=None)
@given(given_name=WORD, family_name=TEXT.map(str.strip), nickname=TEXT.map(str.strip),
       company=TEXT.map(str.strip), position=TEXT.map(str.strip), about=TEXT.map(str.strip),
       emails=entries(WORD.filter(lambda w: "\n" not in w)), links=entries(WORD.filter(lambda w: "\n" not in w)),
       topics=st.lists(st.tuples(st.sampled_from(list(TopicKind)), WORD, TEXT), max_size=4, unique_by=lambda t: t[:2]),
       groups=st.lists(WORD, max_size=3, unique=True))
def test_any_text_survives_a_vcard_round_trip(given_name, family_name, nickname, company, position,
                                               about, emails, links, topics, groups):
    contact = ExportContact(
        1, given_name, family_name, nickname, company, position, emails, [], links, [], None, None,
        None, "", "", None, about, "de", "du", None, tuple(topics), tuple(groups),
    )
    parsed = parse_text(to_vcard(contact, "4.0"), "x.vcf")
    assert parsed.problems == []
    record = parsed.records[0]
    assert (record.given_name, record.family_name, record.nickname) == (given_name, family_name, nickname)
    assert (record.company, record.position, record.about) == (company, position, about)
    assert record.emails == [{"value": e["value"].strip(), "label": e["label"]} for e in emails]
    assert record.links == [{"value": e["value"].strip(), "label": e["label"]} for e in links]
    assert [(k, label, detail) for k, label, detail in record.topics] == list(topics)
    assert record.groups == groups
