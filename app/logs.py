"""The log file, private and without the user's data; and a few words for what went wrong.

Qt-free, so the GUI (app/ui/shell/crash.py) and the CLI share it. Two promises:
- rapport.log and its folder are the user's alone (0600 / 0700), like the database.
- No note text or other field value reaches the log or the crash dialog. The engine hides
  SQL parameters (hide_parameters=True in app/storage/database.py); on top of that every
  line is passed through redact(), which cuts the SQL statement and any parameter list out
  of a database error, so a value that slipped into a statement is cut with it.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_BYTES = 1_000_000
LOG_FILES_KEPT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

# SQLAlchemy's StatementError text: "(orig) message\n[SQL: …]\n[parameters: …]\n(Background …)".
# The statement may span lines; it ends where SQLAlchemy's next part or the next chained
# traceback begins. Parameters are one repr() line.
_SQL = re.compile(
    r"\[SQL: .*?(?=\n\[parameters: |\n\[SQL parameters hidden|\n\(Background on this error"
    r"|\n\nThe above exception|\n\nDuring handling|\nTraceback \(most recent|\Z)",
    re.DOTALL,
)
_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
_HIDDEN = "[SQL parameters hidden due to hide_parameters=True]"


def redact(text: str) -> str:
    """text without SQL statements and parameter values (they may carry a note's text)."""
    text = _SQL.sub("[SQL statement not logged]", text)
    text = _PARAMETERS.sub("[parameters not logged]", text)
    return text.replace(_HIDDEN, "[parameters not logged]")


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then redacts the message, its arguments and any traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def private_dir(path: Path, tighten: bool = True) -> Path:
    """Create path as 0700; an existing one is made 0700 too when tighten (Rapport's own
    folders from an older version). A folder the user chose and that exists is left as is."""
    path = Path(path)
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    elif tighten and stat.S_IMODE(path.stat().st_mode) & 0o077:
        try:
            path.chmod(PRIVATE_DIR)
        except OSError:  # not ours to change (another owner); the files inside stay 0600
            pass
    return path


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 (rotation renames keep that)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        if stat.S_IMODE(os.fstat(fd).st_mode) & 0o077:  # a log from an older version
            os.fchmod(fd, PRIVATE_FILE)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path:
    """Log to log_file (0600, in a 0700 folder), rotated at ~1 MB keeping 5 old files."""
    log_file = Path(log_file)
    private_dir(log_file.parent)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return log_file


# --- what went wrong, in words --------------------------------------------------------------
# Database failures by what SQLite says (sqlite3's message, which never holds a value).
_PROBLEMS = (
    ("busy", ("database is locked", "database is busy", "database table is locked")),
    ("full", ("database or disk is full", "disk is full", "no space left")),
    ("read_only", ("readonly database", "read-only", "attempt to write a readonly")),
    ("damaged", ("malformed", "not a database", "disk i/o error", "corrupt")),
)


def database_problem(error: BaseException) -> str | None:
    """'busy', 'full', 'read_only', 'damaged' or 'other' for a database or disk error, None
    for any other exception. Looks through SQLAlchemy's wrapper and the exception chain."""
    import errno

    by_errno = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "read_only"}
    found = None
    current: BaseException | None = error
    for _ in range(10):
        if current is None:
            break
        if isinstance(current, OSError) and current.errno in by_errno:
            return by_errno[current.errno]
        if (type(current).__module__ or "").startswith(("sqlalchemy", "sqlite3")):
            found = "other"
            message = redact(str(getattr(current, "orig", None) or current)).lower()
            for kind, words in _PROBLEMS:
                if any(word in message for word in words):
                    return kind
        current = current.__cause__ or current.__context__
    return found


def safe_message(error: BaseException) -> str:
    """str(error) without SQL or values; for SQLAlchemy's wrapper, SQLite's own message."""
    orig = getattr(error, "orig", None)
    text = redact(str(orig if orig is not None else error)).strip()
    return text or type(error).__name__


def safe_summary(error: BaseException) -> str:
    """One line for the user: the type and the safe message (SQLite's own message names
    tables and constraints, never the data)."""
    first = safe_message(error).splitlines()[0]
    return type(error).__name__ if first == type(error).__name__ else f"{type(error).__name__}: {first}"
