"""How a database path reaches SQLite. A folder may be called `q?x`, `m#1` or `50%41off`:
pasted into a `file:` URI or an SQLAlchemy URL string, `?` starts the query, `#` the
fragment and `%41` means `A`, so the data went to another file. Paths are quoted here, in
one place, and SQLAlchemy gets a URL object (never parsed from a string)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

from sqlalchemy.engine import URL


def sqlite_uri(path: Path | str, **params: str) -> str:
    """A `file:` URI for sqlite3.connect(..., uri=True), the path percent-quoted."""
    uri = "file:" + quote(str(Path(path).absolute()), safe="/")
    return f"{uri}?{urlencode(params)}" if params else uri


def sqlalchemy_url(path: Path | str) -> URL:
    """An SQLAlchemy URL whose database is exactly this file (pysqlite opens it as a plain
    file name, not as a URI)."""
    return URL.create("sqlite", database=str(Path(path).absolute()))
