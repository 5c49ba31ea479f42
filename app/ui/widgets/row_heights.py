"""Row heights of lists and tables that follow the font, not a number of pixels.

A fixed row height smaller than the font's line height clips the top of the glyphs: capital
umlauts lose their dots ("Özlem" shows as "Ozlem"). Even the line height is not enough:
the dots of Ö Ä Ü and the accents of É Å reach above the font's ascent (DejaVu Sans at 9 pt:
ascent 11 px, "ÖÄÜ" 13 px above the baseline), and a list whose rows were exactly one line
high (Today's) cut them off. The rows here are as high as the tallest glyphs of the view's
font need plus a little air, and follow it when the font changes (a larger system font,
a zoomed UI).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QTableView, QTreeView

PADDING = 14  # pixels of air above and below the text, together: 28 px rows at the 9 pt default, as before
TREE_PADDING = 6  # a denser list (Today): 3 px above the tallest glyph and below the lowest
# Capitals with marks above them and letters that reach below the baseline: what a row of
# names must show whole.
TALL_TEXT = "ÖÄÜÅÉÇÂ gjpqyß"


def text_height(font: QFont) -> int:
    """The height the tallest glyphs of `font` take: its line, or more where accents on
    capitals rise above the ascent."""
    metrics = QFontMetrics(font)
    line = QRect(0, -metrics.ascent(), 1, metrics.height())
    return line.united(metrics.boundingRect(TALL_TEXT)).height()


def row_height(view: QAbstractItemView) -> int:
    """The height a row of text needs in this view: its tallest glyphs plus padding (and
    never less than the line height plus padding, the rows as they were)."""
    font = view.font()
    return max(QFontMetrics(font).height(), text_height(font)) + PADDING


def fit_rows_to_font(view: QTableView) -> None:
    """Make the table's rows as high as its font needs, now and after a font change."""
    view.verticalHeader().setMinimumSectionSize(1)
    view.verticalHeader().setDefaultSectionSize(row_height(view))
    view.installEventFilter(_FontWatcher(view))


def fit_tree_rows_to_font(view: QTreeView) -> None:
    """A tree's rows at least as high as its tallest glyphs (bold ones included) plus
    TREE_PADDING, now and after a font change; taller content (an icon) still wins."""
    delegate = _TallEnough(view)
    view.setItemDelegate(delegate)
    view.installEventFilter(delegate)


class _TallEnough(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self.height = self._needed()

    def _needed(self) -> int:
        bold = QFont(self.view.font())
        bold.setBold(True)
        return max(text_height(self.view.font()), text_height(bold)) + TREE_PADDING

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), self.height))
        return size

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FontChange:
            self.height = self._needed()
            self.view.scheduleDelayedItemsLayout()
        return False


class _FontWatcher(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FontChange:
            self.view.verticalHeader().setDefaultSectionSize(row_height(self.view))
        return False
