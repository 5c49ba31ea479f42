"""Row heights of lists and tables that follow the font, not a number of pixels.

A fixed row height smaller than the font's line height clips the top of the glyphs: capital
umlauts lose their dots ("Özlem" shows as "Ozlem"). The rows here are as high as the view's
font needs plus a little air, and follow it when the font changes (a larger system font,
a zoomed UI).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QTableView

PADDING = 14  # pixels of air above and below the text, together: 28 px rows at the 9 pt default, as before


def row_height(view: QAbstractItemView) -> int:
    """The height a row of text needs in this view: the font's line height plus padding."""
    return QFontMetrics(view.font()).height() + PADDING


def fit_rows_to_font(view: QTableView) -> None:
    """Make the table's rows as high as its font needs, now and after a font change."""
    view.verticalHeader().setMinimumSectionSize(1)
    view.verticalHeader().setDefaultSectionSize(row_height(view))
    view.installEventFilter(_FontWatcher(view))


class _FontWatcher(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FontChange:
            self.view.verticalHeader().setDefaultSectionSize(row_height(self.view))
        return False
