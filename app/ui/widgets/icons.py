"""Rapport's icons: the app icon and a consistent set of line icons for actions.

The action icons (resources/icons/<name>.svg, 24×24, 1.8 px strokes) draw in `currentColor`,
which we replace with the palette's text colour when the icon is made, so they read on dark
and light palettes alike. Use icon("settings"); unknown names give an empty QIcon and a log line.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.ui.shell.resources import resource

log = logging.getLogger(__name__)
SIZES = (16, 20, 24, 32, 48, 64)


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "rapport.svg")))


def icon_names() -> list[str]:
    return sorted(p.stem for p in resource("icons").glob("*.svg") if p.stem != "rapport")


def icon(name: str, color: QColor | None = None) -> QIcon:
    if color is None:
        palette = QGuiApplication.palette()
        color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    return _icon(name, color.name(QColor.NameFormat.HexArgb))


@cache
def _icon(name: str, color: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        log.warning("no icon named %r in %s", name, path.parent)
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", _svg_color(color))
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def _svg_color(argb: str) -> str:
    """#AARRGGBB (Qt) -> #RRGGBB (SVG); icons are opaque."""
    return "#" + argb[3:]
