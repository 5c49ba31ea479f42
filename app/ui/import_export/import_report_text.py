"""The import report's lines in the user's language: the core's problems and its per-file
notes ("3 field(s) of 2 record(s) not imported: …", "… kept as written: …", photos).

A QObject only for self.tr(): lupdate reads plural (%n) forms from self.tr(), not from a
module-level QCoreApplication.translate()."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject

from app.ui.import_export.import_preview import location_text

PHOTOS = "photo(s) not imported"
# importers/checks.py: "phone: '12' is not a phone number; imported as written" (field, value).
_KEPT_AS_WRITTEN = re.compile(r"(phone|e-mail|link): (.*) is not (?:a phone number|an e-mail "
                              r"address|a web address); imported as written", re.DOTALL)
_COUNTED = re.compile(r"^(\d+) field\(s\) of (\d+) record\(s\) (not imported|kept as written): (.*)$", re.DOTALL)


class ImportReportText(QObject):
    def notes(self, notes, photos: int | None = None) -> list[str]:
        """The service's notes, with the photo count said in the user's language."""
        result = [self.note(n) for n in notes if PHOTOS not in n]
        photos = photos if photos is not None else sum(1 for n in notes if PHOTOS in n)
        if photos:
            result.append(self.tr("%n photo(s) not imported: only embedded pictures up to 64 KB are kept.", "", photos))
        return result

    def note(self, note: str) -> str:
        found = _COUNTED.match(note)
        if not found:
            return note
        fields, records, what, names = int(found.group(1)), found.group(2), found.group(3), found.group(4)
        if what == "not imported":
            text = self.tr("%n field(s) not imported (in %1 record(s)): %2", "", fields)
        else:
            text = self.tr("%n field(s) Rapport has no field for, kept as written and written back "
                           "on vCard export (in %1 record(s)): %2", "", fields)
        return text.replace("%1", records).replace("%2", names)

    def problem(self, problem) -> str:
        """"Rejected — file, line 5: why" or "Imported with a warning — file, card 2: what"."""
        if problem.rejected:
            template = self.tr("Rejected — %1, %2: %3")
        else:
            template = self.tr("Imported with a warning — %1, %2: %3")
        return (template.replace("%1", Path(problem.file).name).replace("%2", location_text(problem.location))
                .replace("%3", self.reason(problem.reason)))

    def reason(self, reason: str) -> str:
        """The core's most frequent reasons in the user's language; any other as the core says it."""
        if found := _KEPT_AS_WRITTEN.fullmatch(reason):  # importers/checks.py's warnings
            text = {"phone": self.tr("Phone: %1 is not a phone number; imported as written"),
                    "e-mail": self.tr("E-mail: %1 is not an e-mail address; imported as written"),
                    "link": self.tr("Link: %1 is not a web address; imported as written"),
                    }[found.group(1)]
            return text.replace("%1", found.group(2))
        if found := re.fullmatch(r"(.*) is not a date; imported without a birthday", reason, re.DOTALL):
            return self.tr("%1 is not a date; imported without a birthday").replace("%1", found.group(1))
        if reason == "no name and no e-mail":
            return self.tr("no name and no e-mail")
        return reason


def notes_text(notes, photos: int | None = None) -> list[str]:
    return ImportReportText().notes(notes, photos)


def problem_text(problem) -> str:
    return ImportReportText().problem(problem)
