"""Windows that fit the screen they open on: the first window is at most the available area
(a 1280×800 window on a 1024×700 screen hid its status bar and the right-hand columns), and a
geometry saved on a larger monitor is shrunk back onto this one."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def fit_on_screen(widget: QWidget, wanted: QSize | None = None) -> None:
    """Resize to `wanted` (or the present size), bounded by the screen's available area and
    moved fully onto it. The window frame is not known before the first show: a margin is kept."""
    area = available_area(widget)
    frame = QSize(16, 40)  # borders and title bar of a typical window manager
    size = (wanted or widget.size()).boundedTo(area.size() - frame)
    widget.resize(size)
    geometry = widget.frameGeometry()
    x = min(max(geometry.x(), area.x()), area.right() - geometry.width() + 1)
    y = min(max(geometry.y(), area.y()), area.bottom() - geometry.height() + 1)
    if (x, y) != (geometry.x(), geometry.y()):
        widget.move(max(x, area.x()), max(y, area.y()))
