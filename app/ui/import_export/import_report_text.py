"""The import report's lines in the user's language: the core's problems and its per-file
notes ("3 field(s) of 2 record(s) not imported: …", "… kept as written: …", photos)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.ui.import_export.import_preview import location_text

PHOTOS = "photo(s) not imported"
_COUNTED = re.compile(r"^(\d+) field\(s\) of (\d+) record\(s\) (not imported|kept as written): (.*)$", re.DOTALL)


def notes_text(notes, photos: int | None = None) -> list[str]:
    """The service's notes, with the photo count said in the user's language."""
    result = [note_text(n) for n in notes if PHOTOS not in n]
    photos = photos if photos is not None else sum(1 for n in notes if PHOTOS in n)
    if photos:
        result.append(QCoreApplication.translate(
            "ImportWizard", "%n photo(s) not imported: Rapport keeps no pictures.", "", photos))
    return result


def note_text(note: str) -> str:
    found = _COUNTED.match(note)
    if not found:
        return note
    fields, records, what, names = int(found.group(1)), found.group(2), found.group(3), found.group(4)
    if what == "not imported":
        text = QCoreApplication.translate(
            "ImportWizard", "%n field(s) not imported (in %1 record(s)): %2", "", fields)
    else:
        text = QCoreApplication.translate(
            "ImportWizard", "%n field(s) Rapport has no field for, kept as written and written back "
            "on vCard export (in %1 record(s)): %2", "", fields)  # fmt: skip
    return text.replace("%1", records).replace("%2", names)


def problem_text(problem) -> str:
    """"Rejected — file, line 5: why" or "Imported with a warning — file, card 2: what"."""
    if problem.rejected:
        template = QCoreApplication.translate("ImportWizard", "Rejected — %1, %2: %3")
    else:
        template = QCoreApplication.translate("ImportWizard", "Imported with a warning — %1, %2: %3")
    return (template.replace("%1", Path(problem.file).name).replace("%2", location_text(problem.location))
            .replace("%3", reason_text(problem.reason)))  # fmt: skip


def reason_text(reason: str) -> str:
    """The core's most frequent reasons in the user's language; any other as the core says it."""
    translate = QCoreApplication.translate
    if found := re.fullmatch(r"(.*) is not an e-mail address; imported as written", reason, re.DOTALL):
        return translate("ImportText", "%1 is not an e-mail address; imported as written").replace(
            "%1", found.group(1))  # fmt: skip
    if found := re.fullmatch(r"(.*) is not a date; imported without a birthday", reason, re.DOTALL):
        return translate("ImportText", "%1 is not a date; imported without a birthday").replace(
            "%1", found.group(1))  # fmt: skip
    if reason == "no name and no e-mail":
        return translate("ImportText", "no name and no e-mail")
    return reason
