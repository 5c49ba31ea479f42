from app.domain.enums import TopicKind
from app.domain.matching import Link, Profile, best, match, pair_key, rarity, rotated

PAINTING, AI, VC, RUST = 1, 2, 3, 4


def profile(**kinds) -> Profile:
    return Profile.from_rows((t, TopicKind(kind)) for kind, ids in kinds.items() for t in ids)


def test_seeking_what_the_other_offers_ranks_above_a_shared_interest():
    anna = profile(looking_for=[VC], interest=[PAINTING])
    offers_vc = profile(offering=[VC])
    likes_painting = profile(interest=[PAINTING])
    ranked = best([match(anna, likes_painting, 10, {}), match(anna, offers_vc, 11, {})], 2)
    assert [m.other_id for m in ranked] == [11, 10]
    assert ranked[0].reason.link is Link.SEEKS_OFFERS
    assert match(offers_vc, anna, 12, {}).reason.link is Link.OFFERS_SEEKS


def test_shared_goal_ranks_between_seeks_offers_and_interest():
    anna = profile(goal=[RUST], interest=[PAINTING], looking_for=[VC])
    scores = {name: match(anna, other, 1, {}).score for name, other in (
        ("goal", profile(goal=[RUST])), ("interest", profile(interest=[PAINTING])),
        ("offer", profile(offering=[VC])))}
    assert scores["offer"] > scores["goal"] > scores["interest"]


def test_rare_topics_weigh_more_and_overlaps_add_up():
    weights = {PAINTING: rarity(3, 50_000), AI: rarity(28_000, 50_000)}
    anna = profile(interest=[PAINTING, AI])
    rare = match(anna, profile(interest=[PAINTING]), 1, weights)
    common = match(anna, profile(interest=[AI]), 2, weights)
    both = match(anna, profile(interest=[PAINTING, AI]), 3, weights)
    assert rare.score > common.score
    assert both.score > rare.score
    assert [o.topic_id for o in both.overlaps] == [PAINTING, AI]  # strongest reason first


def test_no_overlap_no_match_and_same_kind_only_for_interests():
    anna = profile(looking_for=[VC])
    assert match(anna, profile(looking_for=[VC]), 1, {}) is None  # two seekers do not help
    assert match(anna, profile(interest=[PAINTING]), 1, {}) is None


def test_ties_are_broken_by_id_and_pairs_are_unordered():
    anna = profile(interest=[PAINTING])
    same = [match(anna, profile(interest=[PAINTING]), cid, {}) for cid in (9, 3, 5)]
    assert [m.other_id for m in best(same, 2)] == [3, 5]
    assert pair_key(7, 2) == pair_key(2, 7) == (2, 7)


def test_rotated_caps_and_wraps():
    items = list(range(10))
    assert rotated(items, 8, 4) == [8, 9, 0, 1]
    assert rotated(items[:3], 5, 4) == [0, 1, 2]
    assert len(set(rotated(items, 3, 4)) | set(rotated(items, 7, 4))) == 8
