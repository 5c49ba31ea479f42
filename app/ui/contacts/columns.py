"""Column widths that follow the content: the long texts stretch, the rest fit.

For lists of any length (the contacts list reads 50,000 rows lazily), "fit" is measured from the
widest text a column can hold (its title, the longest date, a count) instead of QHeaderView's
ResizeToContents, which asks the model for up to 1,000 rows' data on every reset.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle

from app.ui.widgets import dates


def widest_date_texts() -> list[str]:
    """Every month's longest short date, in a year that is not the current one (so it has the
    year): the widest text a date column shows in this language."""
    return [dates.short(date(2000, month, 28), date(2001, 1, 1)) for month in range(1, 13)]


def fit_to_texts(view: QAbstractItemView, stretch: tuple[int, ...],
                 fit: dict[int, list[str]]) -> None:
    """Columns in `stretch` share the room that is left; each column in `fit` is as wide as
    its title or its widest sample text, whichever is wider."""
    header: QHeaderView = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    header.setStretchLastSection(False)
    metrics = view.fontMetrics()
    # The cell's text margins on both sides, as the style draws them, and a little air.
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 8
    for column, samples in fit.items():
        widest = max((metrics.horizontalAdvance(text) for text in samples), default=0) + margin
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(widest, header.sectionSizeHint(column)))
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
