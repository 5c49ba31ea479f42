"""One QtCharts bar chart per habit series: 12 weekly bars, the numbers on hover."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette
from PySide6.QtWidgets import QToolTip

from app.domain.habits import HabitKey, HabitSeries, WeeklyPoint
from app.ui.widgets import dates

LABEL_EVERY = 4  # weeks between date labels under the bars
COLORS = {
    HabitKey.PROMISES_KEPT: "#2e7d32", HabitKey.FOLLOW_UPS: "#1565c0", HabitKey.REPLIES: "#6a1b9a",
    HabitKey.MEETINGS: "#ef6c00", HabitKey.NEW_CONNECTIONS: "#00838f",
}


def integer_scale(highest: int) -> tuple[int, int]:
    """(top, step) for a count axis: whole-number ticks 1, 2 or 5 × 10^n apart, at most five
    steps, the top at or above the highest bar: 3 -> (3, 1), 7 -> (8, 2), 42 -> (50, 10)."""
    highest = max(highest, 1)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if highest <= step * 5:
                return -(-highest // step) * step, step
        magnitude *= 10


def has_data(series: HabitSeries) -> bool:
    """Anything to draw: a week with something to measure, or a count above zero."""
    if series.is_share:
        return series.overall() is not None
    return any(point.count for point in series.points)


def percent(value: float) -> str:
    return QLocale().toString(round(value * 100)) + "\u00a0%"


class HabitChart(QChartView):
    """A bar per week; shares in percent (a week with nothing to measure has no bar).
    Built once; show() swaps in new numbers without rebuilding the chart."""

    def __init__(self, series: HabitSeries, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today  # dates in another year than this one's get their year
        self.last_hover = ""  # what the tooltip said last (tests read it)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFixedHeight(250)
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        self.bars = QBarSet(self.series_title(series.key))
        self.bars.setColor(QColor(COLORS[series.key]))
        self.bars.hovered.connect(self._hovered)
        bar_series = QBarSeries()
        bar_series.append(self.bars)
        bar_series.setBarWidth(0.7)
        chart.addSeries(bar_series)
        # Bars sit at x = 0..11; a date under every fourth week (a label per bar does not fit).
        self.weeks = QCategoryAxis()
        self.weeks.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.weeks.setGridLineVisible(False)
        font = self.weeks.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        self.weeks.setLabelsFont(font)
        chart.addAxis(self.weeks, Qt.AlignmentFlag.AlignBottom)
        bar_series.attachAxis(self.weeks)
        self.values = QValueAxis()
        self.values.setLabelsFont(font)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        bar_series.attachAxis(self.values)
        self.setChart(chart)
        # Reached with Tab; a screen reader reads the title and every week's numbers.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.follow_palette()
        self.show_series(series)

    def follow_palette(self) -> None:
        """The chart's card, titles, labels and grid in the palette's colours (it stayed white
        on a dark palette: QtCharts paints its own background)."""
        palette = self.palette()
        chart, text = self.chart(), palette.color(QPalette.ColorRole.Text)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setBackgroundPen(palette.color(QPalette.ColorRole.Mid))
        chart.setTitleBrush(text)
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))
        for axis in (self.weeks, self.values):
            axis.setLabelsBrush(text)
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Midlight))

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.follow_palette()
        super().changeEvent(event)

    def show_series(self, series: HabitSeries, today: date | None = None) -> None:
        self.series = series
        self.today = today or self.today
        self.chart().setTitle(
            f"<b>{self.series_title(series.key)}</b><br><small>{self.overall_text(series)}</small>")
        share = series.is_share
        values = [0 if p.value is None else p.value * 100 if share else p.value
                  for p in series.points]
        if self.bars.count():
            self.bars.remove(0, self.bars.count())
        self.bars.append(values)
        for label in self.weeks.categoriesLabels():
            self.weeks.remove(label)
        last = len(series.points) - 1
        self.weeks.setRange(-0.5, last + 0.5)
        for index in range(last % LABEL_EVERY, last + 1, LABEL_EVERY):
            self.weeks.append(dates.short(series.points[index].week_of, self.today), index)
        # Whole numbers only on the value axis (a count of 0 once read "1 / 0 / 0"); with no
        # data at all there is no axis, the title says "no data yet".
        top, step = (100, 50) if share else integer_scale(max(p.count for p in series.points))
        self.values.setLabelFormat("%d%%" if share else "%d")
        self.values.setRange(0, top)
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values.setTickAnchor(0)
        self.values.setTickInterval(step)
        self.values.setVisible(has_data(series))
        self.setAccessibleName(f"{self.series_title(series.key)}: {self.overall_text(series)}")
        self.setAccessibleDescription("; ".join(self.point_text(series.key, point)
                                                for point in series.points))

    def _hovered(self, status: bool, index: int) -> None:
        if not status:
            QToolTip.hideText()
            return
        self.last_hover = self.point_text(self.series.key, self.series.points[index])
        QToolTip.showText(QCursor.pos(), self.last_hover, self)

    # --- words (methods, so that lupdate sees the plural forms of self.tr) -------------------
    def series_title(self, key: HabitKey) -> str:
        return {
            HabitKey.PROMISES_KEPT: self.tr("My promises kept on time"),
            HabitKey.FOLLOW_UPS: self.tr("Follow-ups within cadence"),
            HabitKey.REPLIES: self.tr("Replies to my outreach"),
            HabitKey.MEETINGS: self.tr("In-person meetings"),
            HabitKey.NEW_CONNECTIONS: self.tr("New connections"),
        }[key]

    def point_text(self, key: HabitKey, point: WeeklyPoint) -> str:
        """What hovering a bar says, in words and numbers."""
        day = dates.short(point.week_of, self.today)
        week = self.tr("Week of %1").replace("%1", day)
        if point.total is None and key is HabitKey.MEETINGS:
            what = self.tr("%n meeting(s) in person", "", point.count)
        elif point.total is None:
            what = self.tr("%n new contact(s)", "", point.count)
        elif not point.total:
            what = self.tr("nothing to measure")
        else:
            what = {
                HabitKey.PROMISES_KEPT: self.tr("%1 of %2 kept on time (%3)"),
                HabitKey.FOLLOW_UPS: self.tr("%1 of %2 within cadence (%3)"),
                HabitKey.REPLIES: self.tr("%1 of %2 answered (%3)"),
            }[key]
            what = (what.replace("%1", str(point.count)).replace("%2", str(point.total))
                    .replace("%3", percent(point.value or 0)))
        # "Week of 16 Nov: 2 of 3 kept on time (67 %)"
        return self.tr("%1: %2").replace("%1", week).replace("%2", what)

    def overall_text(self, series: HabitSeries) -> str:
        overall = series.overall()
        if not has_data(series):
            return self.tr("12 weeks: no data yet")
        if series.is_share:
            return self.tr("12 weeks: %1").replace("%1", percent(overall))
        average = QLocale().toString(overall, "f", 1)
        return self.tr("12 weeks: %1 a week on average").replace("%1", average)
