"""Postal addresses as a contact keeps them: a list of dicts with the one-line form under
"value", a "label" (home, work, or the user's own word) and the parts under the vCard ADR
keys. Imports may bring only "value" (a CSV cell); the parts are then empty."""

from __future__ import annotations

ADDRESS_KEYS = ("po_box", "extended", "street", "city", "region", "postcode", "country")
EDITED_KEYS = ("street", "postcode", "city", "country")  # what the contact page edits


def format_address(parts: dict) -> str:
    """"Königstraße 12, 70173 Stuttgart, Deutschland": the one-line form of the parts."""
    city_line = " ".join(p for p in (parts.get("postcode", ""), parts.get("city", "")) if p)
    lines = (parts.get("po_box", ""), parts.get("extended", ""), parts.get("street", ""),
             city_line, parts.get("region", ""), parts.get("country", ""))
    return ", ".join(p for p in lines if p)


def edited(original: dict | None, label: str, parts: dict[str, str]) -> dict | None:
    """The address after editing its label and EDITED_KEYS: other parts kept, the one-line
    form made again when a part changed; None when nothing is left."""
    item = dict(original or {})
    before = {k: item.get(k, "") for k in EDITED_KEYS}
    clean = {k: " ".join(parts.get(k, "").split()) for k in EDITED_KEYS}
    for key in EDITED_KEYS:
        if clean[key]:
            item[key] = clean[key]
        else:
            item.pop(key, None)
    item["label"] = label.strip()
    if clean != before or not item.get("value"):
        item["value"] = format_address(item)
    if not item["value"] and not any(item.get(k) for k in ADDRESS_KEYS):
        return None
    return item


def parts_of(item: dict) -> dict[str, str]:
    """What the editor shows: the parts, or for an address kept only as one line, that line
    in the street field (so nothing imported is hidden)."""
    parts = {k: item.get(k, "") for k in EDITED_KEYS}
    if not any(item.get(k) for k in ADDRESS_KEYS) and item.get("value"):
        parts["street"] = item["value"]
    return parts
