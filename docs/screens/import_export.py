"""Screenshots of import and export at 1280×800: the import preview with duplicates found,
the import progress, the column mapping of an arbitrary CSV, and the export dialog.

    QT_QPA_PLATFORM=offscreen python docs/screens/import_export.py [en|de]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1280, 800)
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "import"


def _services(folder: Path):
    from app.domain.clock import FixedClock
    from app.services import Services
    from app.services.sample import SampleNetwork
    from app.storage.database import Database

    berlin = ZoneInfo("Europe/Berlin")
    clock = FixedClock(datetime(2026, 11, 23, 9, 30, tzinfo=berlin), tz=berlin)
    services = Services(Database.open(folder / "rapport.db"), clock)
    SampleNetwork(services.db, clock, services.events).generate(200)
    return services


def _phone_export(services, folder: Path) -> Path:
    """A phone's vCard export: some people Rapport knows (other spellings, new details),
    some new ones, and a broken card."""
    known = services.contacts.list_rows()[:6]
    text, _count = services.exports.vcard_text([row.id for row in known[:4]])
    text = text.replace("example.org", "example.org").replace("ORG:", "ORG:Neu bei ", 1)
    cards = [text, (FIXTURES / "apple_contacts.vcf").read_text(encoding="utf-8-sig")]
    fifth = known[4].name.split(" ")
    cards.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{fifth[-1]}e;{fifth[0]};;;\r\nTEL:+49 151 2345678\r\n"
                 "END:VCARD\r\n")  # a similar name only: suggested, not merged
    cards.append((FIXTURES / "one_broken_card.vcf").read_text(encoding="utf-8"))
    path = folder / "iPhone-Kontakte.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    return path


def _wait(app, until, limit: float = 60.0) -> None:
    import time

    start = time.monotonic()
    while not until() and time.monotonic() - start < limit:
        app.processEvents()
        time.sleep(0.01)


def shoot(outdir: Path, language: str) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    try:
        from app.ui.shell.i18n import install_translators

        install_translators(app, language)
    except ImportError:
        language = "en"
    from app.ui.import_export.export_dialog import ExportDialog
    from app.ui.import_export.import_wizard import MAPPING, RUN, ImportWizard

    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        services = _services(folder)
        wizard = ImportWizard(services)
        wizard.resize(*SIZE)
        wizard.show()
        wizard.path.setText(str(_phone_export(services, folder)))
        wizard.next.click()
        _wait(app, lambda: wizard.plan is not None)
        app.processEvents()
        shots.append(outdir / f"import_export-preview-{language}.png")
        wizard.grab().save(str(shots[-1]))

        # The progress page as it looks while writing (frozen at 40% for the picture).
        wizard._show(RUN)
        wizard.run_label.setText(wizard.tr("Writing %n contact(s)… Cancel stops it and writes nothing.",
                                           "", 2400))
        wizard.run_progress.setRange(0, 100)
        wizard.run_progress.setValue(40)
        wizard.back.hide()
        wizard.cancel.show()
        wizard.next.setEnabled(False)
        app.processEvents()
        shots.append(outdir / f"import_export-progress-{language}.png")
        wizard.grab().save(str(shots[-1]))
        wizard.close()

        mapping = ImportWizard(services)
        mapping.resize(*SIZE)
        mapping.show()
        mapping.path.setText(str(FIXTURES / "kontakte_semikolon.csv"))
        mapping.next.click()
        assert mapping.stack.currentIndex() == MAPPING
        app.processEvents()
        shots.append(outdir / f"import_export-mapping-{language}.png")
        mapping.grab().save(str(shots[-1]))
        mapping.close()

        export = ExportDialog(services, [row.id for row in services.contacts.list_rows()[:12]])
        export.show()
        app.processEvents()
        shots.append(outdir / f"import_export-export-{language}.png")
        export.grab().save(str(shots[-1]))
        export.close()
        services.db.close()
    return shots


if __name__ == "__main__":
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    target = Path(__file__).resolve().parents[1] / "screenshots"
    for shot in shoot(target, language):
        print(shot)
