"""The Dashboard page: the weekly-review banner, this week, at risk, 12 weeks of habits as
charts, and export of the whole page as PNG or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction, QFont, QFontMetrics, QKeySequence, QPageLayout, QPageSize, QPainter, QPdfWriter,
)
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QMenu, QMessageBox,
    QBoxLayout, QLayout, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.ui.widgets import dates
from app.ui.dashboard.dashboard_lists import DashboardList
from app.ui.dashboard.habit_charts import HabitChart
from app.ui.dashboard.habit_table import HabitTable
from app.ui.widgets.tasks import task_manager
from app.ui.shell.navigation import Navigator

CHART_COLUMNS = 3  # at most; two when the page is too narrow for three whole titles
MIN_CHART_WIDTH = 330  # "Meine Versprechen pünktlich gehalten" in bold, with the chart's margins


class DashboardPage(QWidget):
    status_changed = Signal(str)

    def __init__(self, services: Services, navigator: Navigator, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.status = ""
        self.review = None  # the open weekly review, if any

        self.banner = QFrame(objectName="reviewBanner")
        self.banner.setStyleSheet(
            "#reviewBanner { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 6px; }"
            "#reviewBanner QLabel { color: #3d2e00; }"  # dark on its yellow in a dark theme too
        )
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        start = QPushButton(self.tr("Start"))
        start.clicked.connect(self.start_review)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(start)

        heading = QLabel(self.tr("Dashboard"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)  # at a large font it wraps rather than widen the page
        review = QPushButton(self.tr("Weekly review…"))
        review.setToolTip(self.tr("Look back on the week (Ctrl+R)"))
        review.clicked.connect(self.start_review)
        journal = QPushButton(self.tr("Past reviews…"))
        journal.clicked.connect(self.show_journal)
        export = QToolButton(text=self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.tr("As PNG image…"), lambda: self._export_dialog("png"))
        menu.addAction(self.tr("As PDF document…"), lambda: self._export_dialog("pdf"))
        export.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        for button in (review, journal, export):
            top.addWidget(button)
        shortcut = QAction(self)
        shortcut.setShortcut(QKeySequence("Ctrl+R"))
        shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.triggered.connect(self.start_review)
        self.addAction(shortcut)

        self.this_week = DashboardList(self.tr("This week"), navigator)
        self.at_risk = DashboardList(self.tr("At risk"), navigator)
        self.needs_decision = DashboardList(self.tr("Needs a decision"), navigator)
        self.needs_decision.setToolTip(self.tr(
            "Decisions whose review day has come, and promises linked to a decision of "
            "yours that is still open"))
        # Full width below the two (three in a row clipped every detail at 1024 pixels), and
        # short: it holds a few hand-written decisions, not hundreds of rows.
        self.needs_decision.tree.setMinimumHeight(90)
        self.needs_decision.setMaximumHeight(200)
        lists = self.lists = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        lists.addWidget(self.this_week)
        lists.addWidget(self.at_risk)
        self.charts_box = QGroupBox(self.tr("Habits over the last 12 weeks"))
        grid_holder = QWidget()
        self.charts = QGridLayout(grid_holder)
        self.charts.setContentsMargins(0, 0, 0, 0)
        self.chart_views: list[HabitChart] = []
        self.chart_notes: QLabel | None = None
        self.chart_columns = 0  # how many the grid has now
        busy = QProgressBar(maximum=0, textVisible=False)  # a busy indicator
        busy.setMaximumWidth(320)
        self.busy_label = QLabel(self.tr("Counting 12 weeks of habits…"))
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch(1)
        waiting_layout.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignHCenter)
        waiting_layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        waiting_layout.addStretch(1)
        waiting.setMinimumHeight(200)
        self.charts_stack = QStackedWidget()
        self.charts_stack.addWidget(waiting)
        self.charts_stack.addWidget(grid_holder)
        self.habit_table = HabitTable()  # the charts' numbers, for the keyboard and screen readers
        self.charts_stack.addWidget(self.habit_table)
        self.table_toggle = QPushButton(self.tr("Show as &table"))
        self.table_toggle.setCheckable(True)
        self.table_toggle.setToolTip(self.tr("Show the numbers behind the charts as a table"))
        self.table_toggle.toggled.connect(self._show_table)
        box_layout = QVBoxLayout(self.charts_box)
        box_layout.addWidget(self.table_toggle, 0, Qt.AlignmentFlag.AlignRight)
        box_layout.addWidget(self.charts_stack)
        # The habits take a while at 50,000 contacts: counted on a worker thread.
        self._loading = self._stale = False

        self.content = QWidget()
        body = QVBoxLayout(self.content)
        body.addLayout(top)
        body.addWidget(self.banner)
        body.addLayout(lists)
        body.addWidget(self.needs_decision)
        body.addWidget(self.charts_box)
        body.addStretch(1)
        # The charts have a fixed height: the content must not be squeezed below what its
        # layout needs (they would overlap); the scroll area scrolls instead.
        body.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.today = None
        self.refresh()

    def title(self) -> str:
        return self.tr("Dashboard")

    def refresh(self) -> None:
        """Reads only (a refresh that wrote would send a change notice, which refreshes...).
        The weekly reminder follows the settings where they are saved (settings_dialog)."""
        self.today, this_week, at_risk, needs = self.services.dashboard.overview()
        self.subtitle.setText(self.tr("Week of %1").replace(
            "%1", dates.long(this_week.week_of, self.today)))
        self.this_week.show_week(this_week, self.today)
        self.at_risk.show_risks(at_risk, self.today)
        self._place_lists()
        self.needs_decision.show_decisions(needs, self.today)
        self._load_habits()
        self._show_banner()
        risks = (at_risk.overdue_promises, at_risk.drifting, at_risk.stalled_threads)
        due = sum(part.total for part in risks)
        if any(part.more for part in risks):
            # Each list stops at its first 50: the sum is a lower bound, not an exact count.
            self.status = self.tr("At least %n item(s) at risk", "", due)
        else:
            self.status = self.tr("%n item(s) at risk", "", due)
        if not due:
            self.status = self.tr("Nothing at risk")
        self.status_changed.emit(self.status)

    def _show_banner(self) -> None:
        due = self.services.journal.review_due()
        self.banner.setVisible(due)
        if due:
            week = dates.day_month(self.services.journal.review_week(), self.today)
            self.banner_text.setText(self.tr(
                "<b>Weekly review is due.</b> Ten minutes to look back on the week of %1: "
                "promises, people to reconnect with, and what to try next.").replace("%1", week))

    def _load_habits(self) -> None:
        cached = self.services.dashboard.cached_habits()
        if cached is not None:
            self._show_charts(cached)
        elif self._loading:
            self._stale = True  # data changed while counting: count again when done
        else:
            self._loading = True
            self.charts_stack.setCurrentIndex(0)
            task_manager(self.services).read(
                lambda _progress, _cancelled: self.services.dashboard.habits(), owner=self,
                done=self._habits_loaded,
                failed=lambda message: self._habits_loaded(RuntimeError(message)))

    def _habits_loaded(self, result) -> None:
        self._loading = False
        if self._stale:
            self._stale = False
            self._load_habits()
        elif isinstance(result, Exception):
            self.busy_label.setText(self.tr("The habits could not be counted: %1").replace(
                "%1", str(result)))
        else:
            self._show_charts(result)

    def _show_charts(self, habits) -> None:
        self.charts_stack.setCurrentIndex(2 if self.table_toggle.isChecked() else 1)
        if len(self.chart_views) == len(habits):
            for view, series in zip(self.chart_views, habits):
                view.show_series(series, self.today)
            self.habit_table.show_charts(self.chart_views)
            return
        self.chart_views = [HabitChart(series, self.today) for series in habits]
        notes = self.chart_notes = QLabel(self.tr(
            "<b>How these are counted</b><br>"
            "Promises: mine due that week, kept by the due day; a new agreed date counts, "
            "released promises do not.<br>"
            "Follow-ups: two-way contact no later than the person's cadence (people without "
            "one are left out).<br>"
            "Replies: my messages that week that got an answer, then or later.<br>"
            "Hover a bar for its numbers."))
        notes.setWordWrap(True)
        notes.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        notes.setContentsMargins(12, 12, 12, 12)
        self.chart_columns = 0
        self._place_charts()
        self.habit_table.show_charts(self.chart_views)

    def _show_table(self, on: bool) -> None:
        if self.habits_shown():  # still counting: _show_charts picks the view when done
            self.charts_stack.setCurrentIndex(2 if on else 1)

    def _place_charts(self) -> None:
        """Three charts a row where they fit, else two, else one (at a large font): QtCharts
        cuts a title that is too long."""
        width = self.scroll.viewport().width()
        columns = max(1, min(CHART_COLUMNS, width // self._chart_width()))
        if columns == self.chart_columns or not self.chart_views:
            return
        self.chart_columns = columns
        for index, widget in enumerate([*self.chart_views, self.chart_notes]):
            self.charts.removeWidget(widget)
            self.charts.addWidget(widget, index // columns, index % columns)
        for column in range(CHART_COLUMNS):
            self.charts.setColumnStretch(column, 1 if column < columns else 0)

    def _chart_width(self) -> int:
        """The narrowest a chart may be: its widest title line in the charts' title font."""
        need = MIN_CHART_WIDTH
        for view in self.chart_views:
            font = QFont(view.chart().titleFont())
            for line, bold in ((view.series_title(view.series.key), True),
                               (view.overall_text(view.series), False)):
                font.setBold(bold)
                need = max(need, QFontMetrics(font).horizontalAdvance(line) + 48)
        return need

    def _place_lists(self) -> None:
        """Side by side where both fit, else one above the other (a large font)."""
        need = sum(box.tree.sizeHintForColumn(0) + box.tree.sizeHintForColumn(2)
                   + box.fontMetrics().averageCharWidth() * 24 + 48
                   for box in (self.this_week, self.at_risk))
        wide = self.scroll.viewport().width() >= need
        self.lists.setDirection(QBoxLayout.Direction.LeftToRight if wide else
                                QBoxLayout.Direction.TopToBottom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_lists()
        self._place_charts()

    def habits_shown(self) -> bool:
        return self.charts_stack.currentIndex() in (1, 2)

    # --- weekly review and journal ----------------------------------------------------------
    def start_review(self) -> None:
        from app.ui.today.weekly_review import WeeklyReview

        if self.review is not None and self.review.isVisible():
            self.review.raise_()
            self.review.activateWindow()
            return
        self.review = WeeklyReview(self.services, self.navigator, self)
        self.review.finished.connect(lambda _result: self.refresh())
        self.review.show()

    def show_journal(self) -> None:
        from app.ui.today.weekly_review import JournalDialog

        dialog = JournalDialog(self.services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- export -----------------------------------------------------------------------------
    def _export_dialog(self, kind: str) -> None:
        name = f"rapport-dashboard-{self.today.isoformat()}.{kind}"
        filters = {"png": self.tr("PNG image (*.png)"), "pdf": self.tr("PDF document (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export dashboard"),
                                              str(Path.home() / name), filters[kind])
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        try:
            self.export(Path(path))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export dashboard"),
                                self.tr("Could not write %1: %2").replace("%1", path)
                                .replace("%2", str(error)))
            return
        self.status = self.tr("Dashboard exported to %1").replace("%1", path)
        self.status_changed.emit(self.status)

    def export(self, path: Path) -> None:
        """The whole page (not only what is scrolled into view) as PNG or PDF, by suffix.
        Written to a temporary name first, so a failed export leaves no half file."""
        banner_was_visible = self.banner.isVisible()
        self.banner.hide()  # a record of the week, not a to-do
        try:
            pixmap = self.content.grab()
        finally:
            self.banner.setVisible(banner_was_visible)
        partial = path.with_name(path.name + ".part")
        if path.suffix.lower() == ".pdf":
            writer = QPdfWriter(str(partial))
            writer.setTitle(self.tr("Rapport dashboard"))
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                             QPageLayout.Orientation.Landscape,
                                             QMarginsF(10, 10, 10, 10)))
            writer.setResolution(150)
            painter = QPainter(writer)
            page = painter.viewport()
            scaled = pixmap.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawPixmap(QRect(page.topLeft(), scaled), pixmap)
            ok = painter.end()
        else:
            ok = pixmap.save(str(partial), "PNG")
        if not ok or not partial.exists():
            partial.unlink(missing_ok=True)
            raise OSError(self.tr("the file could not be written"))
        partial.replace(path)
