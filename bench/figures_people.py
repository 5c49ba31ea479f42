"""Photos at full size (issue 18): the contacts list keystroke and opening a contact page,
first without photos, then with a thumbnail on every fifth contact, side by side.

The photos are real, distinct 96 px JPEG thumbnails made the way the app makes them
(app.ui.widgets.avatars.thumbnail), one per fifth contact; the avatar cache is emptied
before every timed run, so every visible photo is read and decoded again (the worst case:
a list the user has not scrolled through yet). They are removed again at the end, so figures
measured after this one see the database as before.
"""

from __future__ import annotations

import base64
from itertools import count

from bench.context import Context, feature
from bench.figures_core import KeystrokeView
from bench.harness import Figure, measure, not_built

QUERIES = ("mü", "python")
EVERY = 5


def photos(ctx: Context) -> list[Figure]:
    label = "Photos on every fifth contact"
    if feature("app.ui.widgets.avatars", "thumbnail") is None:
        return [not_built("photos", label)]
    ctx.qt()
    from app.ui.widgets import avatars

    figures: dict[str, list] = {}
    for state in ("without", "with"):
        if state == "with":
            added = _add_photos(ctx)
            ctx.log(f"added {added:,} photos ({_photo_bytes(ctx) / added / 1024:.1f} KB each on average)")
        figures[state] = _measure(ctx, avatars)
    _remove_photos(ctx)
    result = []
    for key, text in [(f"keystroke:{q}", f"Search keystroke “{q}”") for q in QUERIES] + [
            ("contact-page", "Open a contact page (open_contact + paint)")]:
        without = dict(figures["without"])[key]
        with_photos = dict(figures["with"])[key]
        result.append(Figure(f"photos:{key}", f"{text}, photos on every {EVERY}th contact",
                             value=with_photos, floor_label="same, no photos", floor=without,
                             note="avatar cache emptied before each run"))
    return result


def _measure(ctx: Context, avatars) -> list[tuple[str, object]]:
    view = KeystrokeView(ctx, ctx.services)
    found = []
    try:
        for query in QUERIES:
            found.append((f"keystroke:{query}", measure(lambda q=query: view.type(q), ctx.runs,
                                                        setup=avatars._cache.clear)))
    finally:
        view.close()
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(ctx.services)
    window.resize(1280, 800)
    window.show()
    ids = [row.id for row in ctx.services.contacts.list_rows(limit=300)][::5]  # those with a photo
    turn = count()

    def open_one() -> None:
        window.open_contact(ids[next(turn) % len(ids)])
        ctx.qt().processEvents()
        window.repaint()

    try:
        found.append(("contact-page", measure(open_one, ctx.runs, setup=avatars._cache.clear)))
    finally:
        window.close()
        window.deleteLater()
        ctx.qt().processEvents()
    return found


def _add_photos(ctx: Context) -> int:
    """A distinct thumbnail for every fifth contact in name order, written in one transaction."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from sqlalchemy import insert

    from app.storage.tables import ContactPhoto
    from app.ui.widgets.avatars import thumbnail

    ids = [row.id for row in ctx.services.contacts.list_rows()][::EVERY]
    now = ctx.services.clock.now()
    rows = []
    for number, contact_id in enumerate(ids):
        image = QImage(240, 240, QImage.Format.Format_RGB32)  # as a phone's contact picture
        image.fill(QColor.fromHsv(number * 37 % 360, 120, 200))
        painter = QPainter(image)
        painter.setPen(QColor("white"))
        painter.drawEllipse(QPoint(120, 100), 60, 70)  # a face-ish shape, and the number
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignBottom, str(contact_id))
        painter.end()
        rows.append({"contact_id": contact_id, "mime": "image/jpeg", "updated_at": now,
                     "data": base64.b64encode(thumbnail(image)).decode("ascii")})
    with ctx.services.db.write() as conn:
        for start in range(0, len(rows), 2000):
            conn.execute(insert(ContactPhoto), rows[start:start + 2000])
    ctx.services.events.emit("contacts")
    return len(rows)


def _photo_bytes(ctx: Context) -> int:
    from sqlalchemy import text

    with ctx.services.db.read() as conn:
        return conn.execute(text("SELECT sum(length(data)) * 3 / 4 FROM contact_photo")).scalar() or 0


def _remove_photos(ctx: Context) -> None:
    from sqlalchemy import text

    with ctx.services.db.write() as conn:
        conn.execute(text("DELETE FROM contact_photo"))
    ctx.services.events.emit("contacts")
