"""Reading import files: bytes to text (BOM, UTF-8 or Windows-1252), CSV dialects, and the
small normalisations that parsers and dedupe share."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

from app.services.importers.plan import ImportFormatError

CSV_DELIMITERS = ",;\t"
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


def read_text(path: Path | str) -> str:
    """The file's text. UTF-8 (with or without a BOM, also UTF-16 with a BOM), falling back
    to Windows-1252, which is what older Outlook and Excel exports use."""
    return decode(Path(path).read_bytes())[0]


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name as shown to the user): "UTF-16", "UTF-8 with BOM", "UTF-8",
    "Windows-1252"."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A truncated file ends in half a character (or half a surrogate pair): read what
        # is there; the damaged end shows as U+FFFD and the parser judges the rest.
        return data[: len(data) // 2 * 2].decode("utf-16", errors="replace"), "UTF-16"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"
    return text, "UTF-8 with BOM" if data.startswith(b"\xef\xbb\xbf") else "UTF-8"


# The encodings the mapping step offers, by the names decode() gives them.
ENCODINGS = ("UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16")
_CODECS = {"UTF-8": "utf-8-sig", "UTF-8 with BOM": "utf-8-sig", "Windows-1252": "cp1252",
           "UTF-16": "utf-16"}


def decode_as(data: bytes, encoding: str) -> str:
    """The bytes read in the encoding the user chose (one of ENCODINGS); what does not fit
    shows as U+FFFD, so a wrong choice is seen in the preview instead of failing."""
    if encoding not in _CODECS:
        raise ImportFormatError(f"unknown encoding {encoding!r}")
    if encoding == "UTF-16":
        data = data[: len(data) // 2 * 2]
    return data.decode(_CODECS[encoding], errors="replace")


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer on a sample; where it cannot decide (a wide
    Outlook header, one column), the candidate that occurs most in the header line."""
    sample = text[:8192]
    header = sample.split("\n", 1)[0]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        found = ""
    counts = {d: header.count(d) for d in CSV_DELIMITERS}
    if not found or counts[found] == 0:
        best = max(CSV_DELIMITERS, key=lambda d: counts[d])
        found = best if counts[best] else ","
    return found


def numbered_rows(text: str, path: str = "", delimiter: str | None = None):
    """(line where the row starts, row) for every row; a quoted field may span lines.
    Without a delimiter it is sniffed among comma, semicolon and tab."""
    if delimiter is None:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows = []
    try:
        start = 1
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
        return rows
    except csv.Error as error:
        raise ImportFormatError(f"{path}: not a readable CSV file ({error})") from error


def plain(text: str) -> str:
    """Case and diacritics folded, punctuation to spaces: "Jürgen-Müller" -> "jurgen muller".
    For names and CSV headers; topics have their own folding (app.domain.topics)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def normalize_email(value: str) -> str:
    return value.strip().lower()


def normalize_url(value: str) -> str:
    """linkedin.com/in/maxi for https://www.LinkedIn.com/in/maxi/?trk=x: what makes two
    profile links the same."""
    text = _URL_PREFIX.sub("", value.strip())
    text = text.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return text.lower()


def entry(value: str, label: str = "") -> dict:
    return {"value": value.strip(), "label": label.strip()}


def split_list(value: str, separators: str = ",;") -> list[str]:
    parts = re.split("[" + re.escape(separators) + "]", value)
    return [" ".join(p.split()) for p in parts if p.strip()]
