"""Screenshots of the contacts area on the sample network, in the main window at 1280×800:
the list, a search with a notes snippet, a contact page (its top, and scrolled to its
addresses, relationships and important dates), the log-interaction dialog, the trash, Me.

    QT_QPA_PLATFORM=offscreen python docs/screens/contacts.py [en|de]
"""

from __future__ import annotations

import sys
from pathlib import Path

from shots import NOW, SIZE, over_window, qt_app, sample_services  # noqa: E402  (sets up offscreen Qt and the import path)



def enrich(services, contact_id: int, language: str) -> None:
    """What the sample network does not make: an address, relationships, important dates and
    a decision note, so the contact page shows its newer sections filled in."""
    from datetime import timedelta

    from app.domain.important_dates import DateKind, ImportantDate
    from app.services.contact_list import ListFilter

    de = language == "de"
    services.contacts.update(contact_id, addresses=[{
        "label": "work", "street": "Königstraße 12", "postcode": "70173", "city": "Stuttgart",
        "country": "Deutschland" if de else "Germany",
        "value": "Königstraße 12, 70173 Stuttgart, " + ("Deutschland" if de else "Germany")}])
    others = [row.id for row in services.contacts.page(ListFilter(), limit=6)
              if row.id != contact_id]
    for other, kind in zip(others, ("works_with", "introduced_by", "knows")):
        services.relationships.add(contact_id, other, kind)
    services.dates.add(contact_id, ImportantDate(DateKind.WORK_ANNIVERSARY, 12, 1, 2019,
                                                 alert_days=3))
    services.dates.add(contact_id, ImportantDate(DateKind.CUSTOM, 3, 14, None,
                                                 label="Namenstag" if de else "Name day"))
    today = NOW.date()
    services.decisions.add(
        contact_id, "them",
        "Wechsel ins Produktteam?" if de else "Move to the product team?",
        "Bleibt bis Q2 im Vertrieb, dann neu entscheiden" if de
        else "Stays in sales until Q2, then decides again",
        today + timedelta(days=60))


def shoot(outdir: Path, language: str) -> list[Path]:
    from app.services.contact_list import ListFilter
    from app.ui.contacts.log_interaction_dialog import LogInteractionDialog
    from app.ui.shell.main_window import MainWindow
    from app.ui.contacts.me_dialog import MeDialog

    app = qt_app(language)
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def save(widget, name: str) -> None:
        app.processEvents()
        path = outdir / f"contacts-{name}-{language}.png"
        widget.grab().save(str(path))
        shots.append(path)

    with sample_services(NOW) as services:
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        window.show_page("contacts")
        page = window.pages["contacts"]
        save(window, "list")

        page.search.setText("python")
        page.refresh()
        page.model.finish_snippets()  # the notes icons, as they show a moment after the rows
        page.table.selectRow(next(r for r in range(page.model.rowCount()) if page.model.snippet(r)))
        save(window, "search")
        page.search.clear()
        page.refresh()

        # A contact with a bit of everything: promises both ways, several topics.
        rich = max(services.contacts.page(ListFilter(), sort="promises", descending=True, limit=20),
                   key=lambda row: len(services.topics.of_contact(row.id)))
        enrich(services, rich.id, language)
        window.open_contact(rich.id)
        save(window, "contact")
        contact_page = page.contact_page
        first = contact_page.sections[0].parentWidget()  # the Addresses box
        contact_page.scroll.verticalScrollBar().setValue(first.y() - 8)
        save(window, "contact-sections")
        contact_page.scroll.verticalScrollBar().setValue(0)

        dialog = LogInteractionDialog(services, rich.id, window)
        dialog.summary.setText("Coffee at the Stuttgart meetup" if language == "en"
                               else "Kaffee beim Stuttgarter Meetup")
        dialog.promise_rows[0].text.setText("Send the slides" if language == "en"
                                            else "Folien schicken")
        dialog.show()
        save(dialog, "log-interaction")
        dialog.close()

        # The trash: deleted contacts wait there, with their history, until it is emptied.
        from app.ui.contacts.trash_dialog import TrashDialog

        rows = services.contacts.page(ListFilter(), sort="name", limit=40)
        for row in rows[-3:]:
            services.contacts.trash(row.id)
        page.show_list()
        page.refresh()
        app.processEvents()
        trash = TrashDialog(services, window, window)
        trash.resize(720, 420)
        trash.show()
        app.processEvents()
        path = outdir / f"contacts-trash-{language}.png"
        over_window(window.grab(), trash.grab()).save(str(path))
        shots.append(path)
        trash.close()

        me = MeDialog(services, window, first_run=True)
        me.show()
        save(me, "me")
        me.close()
        window.close()
    return shots


if __name__ == "__main__":
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    root = Path(__file__).resolve().parents[2]
    for shot in shoot(root / "docs" / "screenshots", language):
        print(shot)
