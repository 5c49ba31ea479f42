"""The network index built from grouped reads suggests exactly what the row-by-row index it
replaced suggested (kept here, compact, as the oracle), on a generated network with
archived, trashed and introduced people."""

import heapq
from operator import itemgetter

from sqlalchemy import select

from app.domain.matching import Profile, match, pair_key, rotated
from app.services.matching_index import CAP, PER_CONTACT, STRONG
from app.services.sample import SampleNetwork
from app.storage.tables import Contact, ContactTopic


def _reference(services, k):
    """The previous NetworkIndex: every visible row in the listing's order, one by one."""
    matching = services.matching
    with services.db.read() as conn:
        rows = conn.execute(
            select(ContactTopic.contact_id, ContactTopic.topic_id, ContactTopic.kind)
            .join(Contact, Contact.id == ContactTopic.contact_id)
            .where(Contact.is_me.is_(False), Contact.deleted_at.is_(None),
                   Contact.archived.is_(False))
            .order_by(Contact.family_name, Contact.given_name, Contact.id, ContactTopic.topic_id,
                      ContactTopic.kind)
        ).all()
        weights, excluded = matching._weights(conn), matching._excluded(conn)
    by_contact, holders = {}, {}
    for cid, tid, kind in rows:
        by_contact.setdefault(cid, []).append((tid, kind))
        holders.setdefault((tid, kind), []).append(cid)
    holders = {key: sorted(ids) for key, ids in holders.items()}
    rough = {}
    for a_id, entries in by_contact.items():
        scores = {}
        for tid, kind in entries:
            if kind in STRONG:
                kind_b, link_weight = STRONG[kind]
                for b_id in rotated(holders.get((tid, str(kind_b)), []), a_id, CAP):
                    scores[b_id] = scores.get(b_id, 0.0) + link_weight * weights.get(tid, 1.0)
        scores.pop(a_id, None)
        kept = 0
        for b_id, score in heapq.nlargest(PER_CONTACT + 3, scores.items(), key=itemgetter(1)):
            key = pair_key(a_id, b_id)
            if key in excluded:
                continue
            if key not in rough or rough[key][0] < score:
                rough[key] = (score, a_id, b_id)
            kept += 1
            if kept == PER_CONTACT:
                break
    profiles = {cid: Profile.from_rows(entries) for cid, entries in by_contact.items()}
    exact = [(a, m) for _s, a, b in heapq.nlargest(k * 3, rough.values())
             if (m := match(profiles[a], profiles[b], b, weights))]
    exact.sort(key=lambda pair: (-pair[1].score, pair_key(pair[0], pair[1].other_id)))
    return [(a, m.other_id, m.score) for a, m in exact[:k]]


def test_network_suggestions_match_the_row_by_row_index(services, clock):
    SampleNetwork(services.db, clock, services.events).generate(400)
    first = services.matching.network_introductions(20)
    assert len(first) == 20
    # Hide people the first answer suggested, and introduce one pair: all must go.
    services.contacts.trash(first[0].a_id)
    services.contacts.set_archived(first[1].b_id, True)
    services.matching.accept_introduction(first[2].a_id, first[2].b_id)
    gone = {first[0].a_id, first[1].b_id}

    found = services.matching.network_introductions(20)
    assert [(i.a_id, i.b_id, i.score) for i in found] == _reference(services, 20)
    assert not gone & ({i.a_id for i in found} | {i.b_id for i in found})
    assert pair_key(first[2].a_id, first[2].b_id) not in {pair_key(i.a_id, i.b_id) for i in found}
