"""LinkedIn's data export: Connections.csv (people) and messages.csv (history).

Connections.csv starts with a "Notes:" preamble before its header. messages.csv becomes
interactions on channel "social": outbound when the account owner sent the message, inbound
otherwise. The owner is the one participant present in every conversation (or given).
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from datetime import date, datetime, timezone

from app.domain.enums import Channel, Direction
from app.services.importers.plan import (
    ContactRecord, ImportFormatError, ParsedFile, Problem, excerpt,
)
from app.services.importers.source import entry, normalize_url, numbered_rows

CONNECTIONS_HEADER = ["first name", "last name", "url", "email address", "company", "position",
                      "connected on"]
MESSAGE_COLUMNS = ("conversation id", "from", "sender profile url", "to", "date", "content")
LINK_LABEL = "LinkedIn"
_TAGS = re.compile(r"<[^>]+>")


def is_connections(head: str) -> bool:
    return "first name,last name,url" in head.lower()


def is_messages(head: str) -> bool:
    first = head.splitlines()[0].lower() if head else ""
    return all(column in first for column in ("conversation id", "from", "sender profile url"))


def _header_index(rows, wanted: str) -> int:
    for index, (_line, row) in enumerate(rows):
        if [cell.strip().lower() for cell in row[: len(wanted)]][:1] == [wanted]:
            return index
    raise ImportFormatError(f"no header row starting with “{wanted}” was found")


def connected_on(text: str) -> date:
    """LinkedIn writes "15 Oct 2023" (older exports "10/15/23")."""
    text = text.strip()
    for pattern in ("%d %b %Y", "%d %B %Y", "%m/%d/%y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"“Connected On” {excerpt(text)} is not a date like 15 Oct 2023")


def parse_connections(text: str, path: str = "") -> ParsedFile:
    rows = numbered_rows(text, path, delimiter=",")
    try:
        start = _header_index(rows, "first name")
    except ImportFormatError as error:
        raise ImportFormatError(f"{path}: {error}") from None
    header = [cell.strip().lower() for cell in rows[start][1]]
    column = {name: header.index(name) for name in CONNECTIONS_HEADER if name in header}
    parsed = ParsedFile(path, "linkedin_connections", [], [])
    for line, row in rows[start + 1 :]:
        if not any(cell.strip() for cell in row):
            continue

        def cell(name: str, row: list[str] = row) -> str:
            index = column.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        where = f"line {line}"
        record = ContactRecord(where, given_name=cell("first name"), family_name=cell("last name"),
                               company=cell("company"), position=cell("position"),
                               met_how=LINK_LABEL)
        if cell("url"):
            record.links.append(entry(cell("url"), LINK_LABEL))
        if cell("email address"):
            record.emails.append(entry(cell("email address")))
        if not record.has_name():
            parsed.problems.append(Problem(path, where, "no first or last name"))
            continue
        if cell("connected on"):
            try:
                record.met_on = connected_on(cell("connected on"))
            except ValueError as error:
                parsed.problems.append(Problem(path, where, f"{error}; imported without it", False))
        parsed.records.append(record)
    return parsed


def message_time(text: str) -> datetime:
    text = text.strip().removesuffix(" UTC")
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y, %I:%M %p"):
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    raise ValueError(f"DATE {excerpt(text)} is not a time like 2023-10-15 14:22:10 UTC")


def _split_people(names: str, urls: str) -> list[tuple[str, str]]:
    url_list = [u.strip() for u in re.split(r"[,;]\s*(?=https?://)", urls) if u.strip()]
    name_list = [n.strip() for n in names.split(",") if n.strip()] if len(url_list) > 1 else [names.strip()]
    if len(name_list) != len(url_list):
        url_list = (url_list + [""] * len(name_list))[: len(name_list)]
    return list(zip(name_list, url_list))


def _who(name: str, url: str) -> str:
    return normalize_url(url) if url else "name:" + " ".join(name.casefold().split())


def owner_candidates(messages: list[dict]) -> list[str]:
    """Participants present in every conversation, most messages sent first."""
    per_conversation: dict[str, set[str]] = defaultdict(set)
    sent: Counter[str] = Counter()
    for message in messages:
        people = {message["from_key"], *(key for key, _n, _u in message["to"])}
        per_conversation[message["conversation"]] |= people
        sent[message["from_key"]] += 1
    if not per_conversation:
        return []
    common = set.intersection(*per_conversation.values())
    return sorted(common, key=lambda key: (-sent[key], key))


def parse_messages(text: str, path: str = "", owner: str | None = None,
                   my_name: str = "") -> ParsedFile:
    """owner: the account owner's name or profile URL; else found (my_name, the Me profile's
    name, decides between several people present in every conversation)."""
    rows = numbered_rows(text, path, delimiter=",")
    if not rows:
        raise ImportFormatError(f"{path}: the file is empty")
    header = [cell.strip().lower() for cell in rows[0][1]]
    missing = [c for c in MESSAGE_COLUMNS if c not in header]
    if missing:
        raise ImportFormatError(f"{path}: not a LinkedIn messages.csv (no column {missing[0].upper()})")
    column = {name: index for index, name in enumerate(header)}
    parsed = ParsedFile(path, "linkedin_messages", [], [])
    messages = []
    names: dict[str, tuple[str, str]] = {}
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        get = lambda name, row=row: row[column[name]].strip() if column.get(name, 1 << 30) < len(row) else ""  # noqa: E731
        try:
            when = message_time(get("date"))
        except ValueError as error:
            parsed.problems.append(Problem(path, f"line {line}", str(error)))
            continue
        sender = (get("from"), get("sender profile url"))
        if not sender[0] and not sender[1]:
            parsed.problems.append(Problem(path, f"line {line}", "the message has no sender (FROM)"))
            continue
        to = [(_who(n, u), n, u) for n, u in _split_people(get("to"), get("recipient profile urls"))]
        from_key = _who(*sender)
        names.setdefault(from_key, sender)
        for key, name, url in to:
            names.setdefault(key, (name, url))
        messages.append({"line": line, "when": when, "from_key": from_key, "to": to,
                         "conversation": get("conversation id") or f"line {line}",
                         "subject": get("subject"), "content": get("content")})
    owner_key = _owner(owner, messages, names, parsed, my_name)
    people: dict[str, ContactRecord] = {}
    for message in messages:
        outbound = message["from_key"] == owner_key
        partners = [key for key, _n, _u in message["to"]] if outbound else [message["from_key"]]
        for key in partners:
            if key == owner_key or key not in names:
                continue
            record = people.get(key) or _person(key, names[key], f"line {message['line']}")
            people[key] = record
            content = html.unescape(_TAGS.sub(" ", message["content"])).strip()
            summary = message["subject"] or " ".join(content.split())[:80]
            record.interactions.append({
                "occurred_at": message["when"], "channel": Channel.SOCIAL,
                "direction": Direction.OUTBOUND if outbound else Direction.INBOUND,
                "summary": summary, "notes": content,
            })
    parsed.records.extend(people.values())
    return parsed


def _owner(owner: str | None, messages: list[dict], names: dict, parsed: ParsedFile,
           my_name: str = "") -> str | None:
    if owner:
        wanted = " ".join(owner.casefold().split())
        for key, (name, url) in names.items():
            if wanted in (" ".join(name.casefold().split()), normalize_url(url), key):
                parsed.notes.append(f"Messages from {name} count as yours (outbound)")
                return key
        raise ImportFormatError(f"{parsed.path}: nobody called {excerpt(owner)} wrote or received a message")
    candidates = owner_candidates(messages)
    if not candidates:
        return None
    mine = [key for key in candidates if my_name and
            " ".join(names[key][0].casefold().split()) == " ".join(my_name.casefold().split())]
    candidates = mine + [key for key in candidates if key not in mine]
    name = names[candidates[0]][0]
    if len(candidates) > 1 and not mine:
        parsed.notes.append(f"Account owner guessed as {name} (the most active of "
                            f"{len(candidates)} people in every conversation)")
    else:
        parsed.notes.append(f"Messages from {name} count as yours (outbound)")
    return candidates[0]


def _person(key: str, who: tuple[str, str], where: str) -> ContactRecord:
    name, url = who
    given, _, family = name.strip().rpartition(" ")
    record = ContactRecord(where, given_name=given or family, family_name=family if given else "",
                           met_how=LINK_LABEL)
    if url:
        record.links.append(entry(url, LINK_LABEL))
    if not record.has_name():
        record.nickname = url or key
    return record
