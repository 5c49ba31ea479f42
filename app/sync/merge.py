"""Three-way merge of one contact changed on both sides since the last sync. Pure functions.

Per field: changed on one side only -> that side's value; changed on both to different
values -> the newer side wins and the other value is written into the contact's notes
("Sync conflict …"), so nothing is thrown away. Topics and groups merge as sets: what either
side added is kept, what one side removed (and the other did not touch) goes; important dates
merge the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.sync.vcard_map import SCALARS

LABELS = {"given_name": "given name", "family_name": "family name", "met_on": "met on",
          "met_how": "met how", "met_where": "met where", "cadence_days": "keep-in-touch days",
          "about": "notes"}
# A phone's card says nothing about these; an empty value there is no change.
OPTIONAL = {"language", "formality"}


@dataclass
class Merged:
    fields: dict
    conflicts: list[str] = field(default_factory=list)  # one line per field, for the notes
    unsynced: set[str] = field(default_factory=set)  # fields the server does not have yet
    remote_changed: bool = False  # the server's card says something new


def show(value) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return ", ".join(item.get("value", "") for item in value)
    if isinstance(value, list):  # a birthday [month, day, year]
        month, day, year = value
        return f"{day:02d}.{month:02d}." + (str(year) if year else "")
    return "" if value is None else str(value)


def merge(snapshot: dict | None, local: dict, base: dict, remote: dict, local_newer: bool,
          when: str) -> Merged:
    """snapshot: the contact when last synced; local: now. base: the server card when last
    synced; remote: now. `when` dates the conflict note."""
    snapshot = snapshot or local
    merged = Merged(dict(local))
    for name in SCALARS:
        if name in OPTIONAL and not remote.get(name):
            remote_changed = False
        else:
            remote_changed = remote.get(name) != base.get(name)
        local_changed = local.get(name) != snapshot.get(name)
        merged.remote_changed |= remote_changed
        if remote_changed and not local_changed:
            merged.fields[name] = remote[name]
        elif remote_changed and local.get(name) != remote.get(name):
            keep, other = (local[name], remote[name]) if local_newer else (remote[name], local[name])
            merged.fields[name] = keep
            merged.unsynced.add(name)
            label = LABELS.get(name, name)
            merged.conflicts.append(f"{label}: kept “{show(keep)}”, the other side had “{show(other)}”")
        elif local_changed:
            merged.unsynced.add(name)
    merged.fields["topics"] = _merge_keyed(snapshot["topics"], local["topics"], base["topics"],
                                           remote["topics"], merged, "topics")
    groups = _merge_keyed(dict.fromkeys(snapshot["groups"]), dict.fromkeys(local["groups"]),
                          dict.fromkeys(base["groups"]), dict.fromkeys(remote["groups"]),
                          merged, "groups")
    merged.fields["groups"] = sorted(groups)
    # important dates: a set keyed by kind, day and label (snapshots older than 0013 have none)
    merged.fields["dates"] = _merge_keyed(snapshot.get("dates", {}), local.get("dates", {}),
                                          base.get("dates", {}), remote.get("dates", {}), merged,
                                          "dates")
    if merged.conflicts:
        note = f"Sync conflict ({when}): " + "; ".join(merged.conflicts)
        about = merged.fields["about"]
        merged.fields["about"] = f"{about}\n\n{note}" if about else note
        merged.unsynced.add("about")
    return merged


def _merge_keyed(snapshot: dict, local: dict, base: dict, remote: dict, merged: Merged,
                 name: str) -> dict:
    result = dict(local)
    for key in set(remote) | set(base):
        if key not in remote:  # removed on the server
            merged.remote_changed = True
            if local.get(key) == snapshot.get(key):
                result.pop(key, None)
        elif key not in base or remote[key] != base[key]:  # added or changed on the server
            merged.remote_changed = True
            if key not in local or local.get(key) == snapshot.get(key):
                result[key] = remote[key]
    if local != snapshot:
        merged.unsynced.add(name)
    return result
