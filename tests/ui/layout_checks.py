"""What a person would call clipped, checked on real widgets after layout.

Each check returns readable problems ("Today: column 'Since' ends at 1130 of 780 px") so one
failing run lists everything at once.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QComboBox, QHeaderView, QLabel,
    QStyle, QStyleOptionComboBox, QTableView, QTreeView, QWidget,
)

CELL_MARGIN = 6  # the text margins a view's cell keeps on both sides, at least


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "currentText", "title", "windowTitle"):
        if hasattr(widget, getter):
            value = getattr(widget, getter)()
            if isinstance(value, str) and value:
                text = value
                break
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:40]!r}" if text else name


def _scrolled(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's viewport (it may scroll out of view on purpose)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def _combo_clipped(combo: QComboBox) -> bool:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = combo.currentText()
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) + icon > field.width() + 1


def widget_problems(root: QWidget) -> list[str]:
    """Widgets outside the window, squeezed below what their text needs."""
    found = []
    area = root.rect()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or widget.width() <= 0:
            continue
        scrolled = _scrolled(widget, root)
        if not scrolled:
            rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
            if not area.contains(rect):
                found.append(f"{describe(widget)} at {rect.getCoords()} is outside "
                             f"{area.width()}×{area.height()}")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    found.append(f"{describe(widget)} needs {need} px of height, has {widget.height()}")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{describe(widget)} needs {widget.sizeHint().width()} px, "
                             f"has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{describe(widget)} needs {widget.sizeHint().width()} px, "
                             f"has {widget.width()}")
        elif isinstance(widget, QComboBox) and widget.currentText() and _combo_clipped(widget):
            found.append(f"{describe(widget)} is clipped at {widget.width()} px")
    return found


def _cell_text(view: QAbstractItemView, row: int, column: int, parent) -> str:
    value = view.model().index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
    return value if isinstance(value, str) else ""


def _rows(view: QAbstractItemView, limit: int = 40):
    """(row, parent) of the first rows, children of expanded tree items included."""
    model, seen = view.model(), []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            if len(seen) >= limit:
                return
            seen.append((row, parent))
            index = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(index):
                walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return seen


def column_problems(root: QWidget) -> list[str]:
    """Columns not wholly in their view; titles and cells cut in columns that fit their content
    (stretched columns carry long text and may elide it)."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisible() or not isinstance(view, (QTreeView, QTableView)):
            continue
        header: QHeaderView = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
        width = view.viewport().width()
        name = describe(view)
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            title = view.model().headerData(column, Qt.Orientation.Horizontal) or f"#{column}"
            start, size = header.sectionViewportPosition(column), header.sectionSize(column)
            if start < 0 or start + size > width + 1:
                found.append(f"{name}: column {title!r} spans {start}..{start + size} of {width} px")
                continue
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            if header.isVisible() and header.sectionSizeHint(column) > size + 1:
                found.append(f"{name}: title {title!r} needs {header.sectionSizeHint(column)} px, "
                             f"has {size}")
            metrics = view.fontMetrics()
            for row, parent in _rows(view):
                if isinstance(view, QTreeView) and view.isFirstColumnSpanned(row, parent):
                    continue
                text = _cell_text(view, row, column, parent)
                indent = view.indentation() * _depth(parent) if isinstance(view, QTreeView) and column == 0 else 0
                if text and metrics.horizontalAdvance(text) + CELL_MARGIN + indent > size:
                    found.append(f"{name}: {text!r} is cut in column {title!r} ({size} px)")
                    break
    return found


def _depth(parent) -> int:
    depth = 0
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth


def scroll_problems(root: QWidget) -> list[str]:
    """A page or form that needs a horizontal scroll bar does not fit."""
    found = []
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            found.append(f"{describe(area)} scrolls sideways by {area.horizontalScrollBar().maximum()} px")
    return found


def chart_problems(root: QWidget) -> list[str]:
    """QtCharts cuts a title that is wider than the chart ("Meine Versprechen pünktlich g…")."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtGui import QFont, QFontMetrics, QTextDocument

    found = []
    for view in root.findChildren(QChartView):
        if not view.isVisible() or not view.chart().title():
            continue
        chart = view.chart()
        for line in chart.title().split("<br>"):
            document = QTextDocument()
            document.setHtml(line)
            font = QFont(chart.titleFont())
            font.setBold(font.bold() or "<b>" in line)
            need = QFontMetrics(font).horizontalAdvance(document.toPlainText())
            room = chart.size().width() - chart.margins().left() - chart.margins().right() - 16
            if need > room:
                found.append(f"chart title {document.toPlainText()!r} needs {need} px, has {room:.0f}")
    return found


def all_problems(root: QWidget, where: str) -> list[str]:
    return [f"{where}: {problem}" for problem in
            widget_problems(root) + column_problems(root) + scroll_problems(root)
            + chart_problems(root)]
