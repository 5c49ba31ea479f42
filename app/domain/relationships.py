"""How two contacts are related: the kinds, which of them read the same both ways, and how
they travel in vCard RELATED (RFC 6350 §6.6.6 TYPE values, Rapport's x- values for
"introduced by", which RFC 6350 has no word for)."""

from __future__ import annotations

from enum import StrEnum


class RelationKind(StrEnum):
    KNOWS = "knows"
    WORKS_WITH = "works_with"
    INTRODUCED_BY = "introduced_by"  # contact_id was introduced by other_id
    FAMILY = "family"
    PARTNER = "partner"

    @property
    def symmetric(self) -> bool:
        return self is not RelationKind.INTRODUCED_BY


def stored(contact_id: int, other_id: int, kind: RelationKind) -> tuple[int, int]:
    """The (contact_id, other_id) a relationship is stored under: a symmetric one with the
    smaller id first, so that "A knows B" and "B knows A" are one row."""
    if kind.symmetric and other_id < contact_id:
        return other_id, contact_id
    return contact_id, other_id


# vCard RELATED TYPE written for a kind, seen from the card's own contact (forward) and from
# the other one (reverse: on Anna's card, "x-introduced" Thomas).
VCARD_TYPE = {
    RelationKind.KNOWS: "acquaintance",
    RelationKind.WORKS_WITH: "colleague",
    RelationKind.FAMILY: "kin",
    RelationKind.PARTNER: "spouse",
    RelationKind.INTRODUCED_BY: "x-introduced-by",
}
REVERSE_INTRODUCED = "x-introduced"
# What a RELATED TYPE read from any address book means here: (kind, reversed).
FROM_VCARD_TYPE = {
    "acquaintance": (RelationKind.KNOWS, False), "friend": (RelationKind.KNOWS, False),
    "contact": (RelationKind.KNOWS, False), "met": (RelationKind.KNOWS, False),
    "colleague": (RelationKind.WORKS_WITH, False), "co-worker": (RelationKind.WORKS_WITH, False),
    "kin": (RelationKind.FAMILY, False), "child": (RelationKind.FAMILY, False),
    "parent": (RelationKind.FAMILY, False), "sibling": (RelationKind.FAMILY, False),
    "spouse": (RelationKind.PARTNER, False), "sweetheart": (RelationKind.PARTNER, False),
    "x-introduced-by": (RelationKind.INTRODUCED_BY, False),
    REVERSE_INTRODUCED: (RelationKind.INTRODUCED_BY, True),
}
