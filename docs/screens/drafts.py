"""Screenshots of the draft dialog (a German birthday note, an English introduction) and the
template editor (live preview, and a template error with its line), on the sample network,
each dialog shown over the main window at 1280×800.

    QT_QPA_PLATFORM=offscreen python docs/screens/drafts.py [en|de]
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from shots import over_window, qt_app, sample_services  # noqa: E402  (sets up offscreen Qt and the import path)

from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1280, 800)
DIALOG = (900, 640)
BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN)




def _pick(services, language: str, kind: str, exclude=()) -> tuple[int, str]:
    """A sample contact in this language holding a topic of this kind, and that topic."""
    for row in services.contacts.list_rows(limit=200):
        if row.id in exclude:
            continue
        contact = services.contacts.get(row.id)
        held = [t for t in services.topics.of_contact(row.id) if t.kind == kind]
        if contact.language == language and contact.formality == "du" and held and contact.emails:
            return row.id, held[0].label
    raise LookupError(f"no {language} contact with a {kind} topic in the sample")


def _holder(services, label: str, kind: str, exclude: int) -> int:
    for row in services.contacts.list_rows(limit=200):
        if row.id != exclude and any(
            t.label == label and t.kind == kind for t in services.topics.of_contact(row.id)
        ):
            return row.id
    contact = services.contacts.create(given_name="Jordan", family_name="Taylor", language="en",
                                       emails=[{"value": "jordan@example.org"}])
    services.topics.add(contact, label, kind)
    return contact


def shoot(outdir: Path, language: str) -> list[Path]:
    from app.domain.birthdays import Birthday
    from app.ui.drafts.draft_dialog import DraftDialog, open_draft_dialog
    from app.ui.drafts.template_editor import TemplateEditor

    app = qt_app(language)
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with sample_services(NOW) as services:
        window_shot = _main_window_shot(services)

        # A German birthday note that remembers what she was looking for.
        maxi, topic = _pick(services, "de", "looking_for")
        services.topics.remove(maxi, services.topics.add(maxi, topic, "looking_for"), "looking_for")
        services.topics.add(maxi, "Industrie 4.0", "looking_for", "eine Weiterbildung")
        services.contacts.update(maxi, birthday=Birthday(11, 23, 1991))
        host = QWidget()
        open_draft_dialog(host, services, maxi, "birthday",
                          resource="https://www.vdi-wissensforum.de/industrie-4-0")
        dialog = host.findChildren(DraftDialog)[-1]
        shots.append(_save(app, dialog, window_shot, outdir / f"drafts-birthday-note-{language}.png"))

        # An English introduction: one looks for what the other offers.
        seeker, wanted = _pick(services, "en", "looking_for", exclude={maxi})
        giver = _holder(services, wanted, "offering", exclude=seeker)
        open_draft_dialog(host, services, seeker, "introduction", other_contact_id=giver)
        dialog = [d for d in host.findChildren(DraftDialog) if d.isVisible()][-1]
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        shots.append(_save(app, dialog, window_shot, outdir / f"drafts-introduction-{language}.png"))

        # Three messages unanswered: not a fourth mail but a call, another channel or a pause.
        shots.append(_change_approach(app, host, services, language, window_shot, outdir))

        editor = TemplateEditor(services, "birthday", "de", contact_id=maxi)
        editor.confirm_discard = lambda: True
        shots.append(_save(app, editor, window_shot, outdir / f"drafts-template-editor-{language}.png",
                           size=(1180, 720)))
        editor.body.setPlainText(editor.body.toPlainText().replace("{% endif %}", "{% endfi %}", 1))
        editor.update_preview()
        shots.append(_save(app, editor, window_shot, outdir / f"drafts-template-error-{language}.png",
                           size=(1180, 720)))
        editor.close()
        for dialog in host.findChildren(DraftDialog):
            dialog.close()
    return shots


def _change_approach(app, host, services, language, window_shot, outdir: Path) -> Path:
    from app.domain.today import ItemKind
    from app.ui.drafts.draft_dialog import DraftDialog, open_draft_dialog

    # The sample's threads wait at two unanswered messages (none at three, believably): the
    # user writes once more, and Today turns the row into "change the approach".
    waiting = next(item for item in services.today.build().items()
                   if item.kind is ItemKind.WAITING)
    services.interactions.log(waiting.contact_id, "email", "outbound", "Kurze Nachfrage",
                              occurred_at=services.clock.now() - timedelta(days=2))
    stop = next(item for item in services.today.build().items() if item.kind is ItemKind.STOP)
    open_draft_dialog(host, services, stop.contact_id, "change_approach")
    dialog = [d for d in host.findChildren(DraftDialog) if d.isVisible()][-1]
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    return _save(app, dialog, window_shot, outdir / f"drafts-change-approach-{language}.png")


def _main_window_shot(services) -> QPixmap | None:
    try:
        from app.ui.shell.main_window import MainWindow

        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        QApplication.processEvents()
        shot = window.grab()
        window.close()
        return shot
    except Exception:  # another area's page may be mid-change; the dialog is what we show
        return None


def _save(app, dialog, window_shot, path: Path, size=DIALOG) -> Path:
    dialog.resize(*size)
    dialog.show()
    for _ in range(3):
        app.processEvents()
    over_window(window_shot, dialog.grab()).save(str(path))
    return path


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "screenshots"
    for shot in shoot(target, sys.argv[1] if len(sys.argv) > 1 else "en"):
        print(shot)
