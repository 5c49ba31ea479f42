"""The habit charts' numbers as a table (issue 24): a person who cannot see or point at the
bars reads every week of every habit with the keyboard and a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.ui.dashboard.habit_charts import HabitChart
from app.ui.widgets import dates


class HabitTable(QTableWidget):
    """A row per week, a column per habit; each cell says what the bar's tooltip says."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(self.tr("Habits over the last 12 weeks, as a table"))
        self.setMinimumHeight(250)

    def show_charts(self, charts: list[HabitChart]) -> None:
        """The numbers behind the charts, in the charts' own words."""
        if not charts:
            self.setRowCount(0)
            return
        weeks = [point.week_of for point in charts[0].series.points]
        self.setColumnCount(1 + len(charts))
        titles = [chart.series_title(chart.series.key) for chart in charts]
        self.setHorizontalHeaderLabels([self.tr("Week of")] + [_two_lines(t) for t in titles])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setRowCount(len(weeks))
        for row, week in enumerate(weeks):
            self.setItem(row, 0, _cell(dates.short(week, charts[0].today)))
            for column, chart in enumerate(charts, start=1):
                text = chart.point_text(chart.series.key, chart.series.points[row])
                what = text.split(": ", 1)[-1]  # "Week of 16 Nov: 2 of 3 kept on time (67 %)"
                item = _cell(what)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                self.setItem(row, column, item)
        self.resizeRowsToContents()


def _two_lines(title: str) -> str:
    """A long habit title over two lines, so that six columns fit without cutting it."""
    words = title.split()
    if len(words) < 2:
        return title
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(title) / 2))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item
