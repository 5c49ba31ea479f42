"""The main screens at the two window sizes a laptop user meets, 1024×700 and 1280×800:
Today, Contacts, a contact page, Common ground and the Dashboard, each in the real main
window on the sample network.

    QT_QPA_PLATFORM=offscreen python docs/screens/sizes.py [en|de]
"""

from __future__ import annotations

import sys
from pathlib import Path

from shots import NOW, qt_app, sample_services  # noqa: E402  (sets up offscreen Qt and the import path)

SIZES = ((1024, 700), (1280, 800))
PAGES = ("today", "contacts", "contact", "common_ground", "dashboard")


def shoot(outdir: Path, language: str) -> list[Path]:
    from app.ui.shell.main_window import MainWindow

    app = qt_app(language)
    outdir.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with sample_services(NOW) as services:
        window = MainWindow(services)
        window.show()
        first = services.contacts.list_rows()[0]
        for width, height in SIZES:
            window.resize(width, height)
            for page in PAGES:
                if page == "contact":
                    window.show_page("contacts")
                    window.open_contact(first.id)
                else:
                    window.show_page(page)
                for _ in range(3):  # lazy pages, charts and snippets settle over a few turns
                    app.processEvents()
                path = outdir / f"{page}-{width}x{height}-{language}.png"
                window.grab().save(str(path))
                shots.append(path)
        window.close()
    return shots


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    for shot in shoot(root / "docs" / "screenshots" / "sizes", sys.argv[1] if len(sys.argv) > 1 else "en"):
        print(shot)
