import pytest

from app.domain.enums import TopicKind
from app.domain.matching import Link
from app.services.base import ValidationError

INTEREST, G, L, OFFER = TopicKind.INTEREST, TopicKind.GOAL, TopicKind.LOOKING_FOR, TopicKind.OFFERING


@pytest.fixture
def network(services):
    """Me, Anna who looks for VC, Ben who offers it, Cem who shares Anna's interest."""
    add = services.topics.add
    me = services.contacts.me_id()
    people = {name: services.contacts.create(given_name=name) for name in ("Anna", "Ben", "Cem", "Dana")}
    add(me, "Italienische Malerei", INTEREST)
    add(me, "Mentoring", OFFER)
    add(me, "Rust", L)
    add(people["Anna"], "Venture Capital", L)
    add(people["Anna"], "Italienische Malerei", INTEREST)
    add(people["Anna"], "Mentoring", L)
    add(people["Ben"], "VC", OFFER)  # an alias of Venture Capital
    add(people["Cem"], "italienische Malereien", INTEREST)
    add(people["Dana"], "Rust", OFFER)
    add(people["Dana"], "Laufen", INTEREST)
    people["me"] = me
    return people


def test_introductions_rank_seeks_offers_above_shared_interest(services, network):
    found = services.matching.introductions_for(network["Anna"], k=5)
    assert [i.b_name for i in found] == ["Ben", "Cem"]
    assert found[0].reason.link == Link.SEEKS_OFFERS and found[0].reason.topic == "Venture Capital"
    assert found[1].reason.link == Link.SHARED_INTEREST
    assert found[0].score > found[1].score


def test_accepted_introduction_is_logged_on_both_and_never_suggested_again(services, network):
    anna, ben = network["Anna"], network["Ben"]
    changes = []
    services.events.subscribe(changes.append)
    services.matching.accept_introduction(anna, ben, summary="Introduced Anna and Ben")
    assert [(c.what, c.contact_ids) for c in changes] == [("interactions", (anna, ben))]
    for holder, other in ((anna, ben), (ben, anna)):
        logged = services.interactions.of_contact(holder)
        assert [(i.related_contact_id, i.summary) for i in logged] == [(other, "Introduced Anna and Ben")]
    assert ben not in [i.b_id for i in services.matching.introductions_for(anna)]
    assert anna not in [i.b_id for i in services.matching.introductions_for(ben)]
    pairs = {(i.a_id, i.b_id) for i in services.matching.network_introductions(50)}
    assert (anna, ben) not in pairs and (ben, anna) not in pairs
    with pytest.raises(ValidationError):
        services.matching.accept_introduction(anna, anna)


def test_dismissed_pair_goes_away_and_undo_brings_it_back(services, network):
    anna, ben = network["Anna"], network["Ben"]
    services.matching.dismiss_introduction(ben, anna)
    assert ben not in [i.b_id for i in services.matching.introductions_for(anna)]
    services.matching.dismiss_introduction(anna, ben, dismissed=False)
    assert ben in [i.b_id for i in services.matching.introductions_for(anna)]


def test_network_suggestions_list_each_pair_once_best_first(services, network):
    found = services.matching.network_introductions(10)
    pairs = [frozenset((i.a_id, i.b_id)) for i in found]
    assert len(pairs) == len(set(pairs))
    assert pairs[0] == {network["Anna"], network["Ben"]}
    assert [i.score for i in found] == sorted((i.score for i in found), reverse=True)
    assert network["me"] not in {c for p in pairs for c in p}


def test_what_we_share_says_why(services, network):
    services.contacts.update(network["Anna"], met_where="PyCon DE")
    group = services.groups.create("Startup Grind", i_am_member=True, topics=["Venture Capital"])
    services.groups.add_contact(group, network["Anna"])
    reasons = services.matching.what_we_share(network["Anna"])
    as_tuples = [(r.link, r.topic, r.group, r.place) for r in reasons]
    assert as_tuples == [
        (Link.OFFERS_SEEKS, "Mentoring", "", ""),  # they look for it, INTEREST offer it
        (Link.SHARED_INTEREST, "Italienische Malerei", "", ""),
        ("group_covers", "Venture Capital", "Startup Grind", ""),
        ("shared_group", "", "Startup Grind", ""),
        ("met_where", "", "", "PyCon DE"),
    ]
    assert [r.link for r in services.matching.what_we_share(network["Dana"])] == [Link.SEEKS_OFFERS]


def test_group_suggestions_fit_what_they_look_for(services, network):
    vc = services.groups.create("Startup Grind", i_am_member=True, topics=["Venture Capital"])
    services.groups.create("Not mine", i_am_member=False, topics=["Venture Capital"])
    services.groups.create("Kunstverein", i_am_member=True, topics=["Italienische Malerei"])
    found = services.matching.group_suggestions(network["Anna"])
    assert [(g.name, g.reason.link, g.reason.topic) for g in found] == [
        ("Startup Grind", "looking_for", "Venture Capital"),
        ("Kunstverein", "interest", "Italienische Malerei"),
    ]
    services.groups.add_contact(vc, network["Anna"])
    assert [g.name for g in services.matching.group_suggestions(network["Anna"])] == ["Kunstverein"]


def test_ask_the_network_groups_by_kind_with_aliases_and_stems(services, network):
    result = services.matching.ask_network("vc")
    people = {kind: [h.name for h in hits] for kind, hits, _total in result.by_kind}
    assert result.topics == ("Venture Capital",)
    assert people[L] == ["Anna"] and people[OFFER] == ["Ben"]
    painting = {kind: total for kind, _hits, total in services.matching.ask_network("Italienischen Malereien").by_kind}
    assert painting[INTEREST] == 2  # Anna and Cem; Me is never listed
    services.topics.add(network["Cem"], "Industry 4.0", G)
    assert services.matching.ask_network("Industrie").topics == ("Industry 4.0",)  # a phrase's start
    assert all(total == 0 for _k, _h, total in services.matching.ask_network("Java").by_kind)


def test_top_topics_and_most_in_common_with_me(services, network):
    top = services.matching.top_topics(2)
    assert (top[0].label, top[0].contacts) == ("Italienische Malerei", 2)
    common = services.matching.most_in_common_with_me(5)
    assert common[0].b_name in ("Anna", "Dana")
    assert {c.b_name for c in common} == {"Anna", "Cem", "Dana"}
    services.topics.add(network["Ben"], "Italienische Malerei", INTEREST)  # caches follow changes
    assert services.matching.top_topics(1)[0].contacts == 3


def test_cli_ask_lists_people_by_kind(tmp_path, capsys):
    from app.cli import main

    data = str(tmp_path / "cli")
    assert main(["--data-dir", data, "demo", "--contacts", "40"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "ask", "AI"]) == 0  # an alias of Künstliche Intelligenz
    out = capsys.readouterr().out
    assert out.startswith("Topics: Künstliche Intelligenz") and "\nInterests: " in out
    assert main(["--data-dir", data, "ask", "Quidditch"]) == 1


def test_an_index_built_while_the_data_changed_is_not_kept(services, network, monkeypatch):
    """The page builds the index on a worker thread; a change on the UI thread meanwhile
    must not leave the index read before it cached (stale suggestions until the next change)."""
    import app.services.matching as matching

    real_load = matching.NetworkIndex.load

    def load_while_someone_edits(conn, weights):
        index = real_load(conn, weights)
        services.events.emit("topics")  # what the UI thread would do mid-load
        return index

    monkeypatch.setattr(matching.NetworkIndex, "load", staticmethod(load_while_someone_edits))
    first = services.matching.network_introductions(5)
    assert first, "the stale index still answers the call that built it"
    assert services.matching._index is None, "but it is not kept for the next call"
    monkeypatch.setattr(matching.NetworkIndex, "load", staticmethod(real_load))
    services.matching.network_introductions(5)
    assert services.matching._index is not None
