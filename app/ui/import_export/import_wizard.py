"""The import wizard: choose a file → (map CSV columns) → preview with duplicates and
new/merge/skip per row → import off the UI thread with progress and Cancel → a report that
lists every rejected record. Nothing is written before the user presses Import, and a
cancelled or failed import writes nothing (the service runs it in one transaction)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from app.services import Services
from app.services.importers import FORMATS, detect_format
from app.services.importers.generic_csv import guess_mapping
from app.services.importers.plan import Decision, ImportFormatError, ImportPlan, ImportReport
from app.ui.widgets import accessibility
from app.ui.import_export.csv_dialect import CsvDialectRow
from app.ui.import_export.import_preview import ImportPreviewModel, MappingTable, preview_table
from app.ui.import_export.import_report_text import notes_text, problem_text
from app.ui.widgets.tasks import task_manager
from app.ui.widgets.workers import Worker
from app.ui.widgets.wheel_guard import guard_wheel

FILE, MAPPING, PREVIEW, RUN = range(4)


def open_import_wizard(parent, services: Services) -> None:
    ImportWizard(services, parent).exec()


class ImportWizard(QDialog):
    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(980, 640)
        self.tasks = task_manager(services)  # closing waits only for our own work
        self.worker: Worker | None = None
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.stopped = False  # the import was cancelled or failed: Back returns to the preview
        self.busy = False  # background work under way (set and cleared in the UI thread)
        self.stack = QStackedWidget()
        for build in (self._file_page, self._mapping_page, self._preview_page, self._run_page):
            self.stack.addWidget(build())
        self.back = QPushButton(self.tr("Back"))
        self.next = QPushButton(self.tr("Next"))
        self.next.setDefault(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back, self.next, self.cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.back.clicked.connect(self._go_back)
        self.next.clicked.connect(self._go_next)
        self.cancel.clicked.connect(self._cancel)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self._browse)
        self._show(FILE)
        guard_wheel(self)  # the wheel scrolls; it changes a value only in the focused field

    # --- pages -----------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path = QLineEdit(placeholderText=self.tr("A .vcf or .csv file"))
        self.path.textChanged.connect(self._detect)
        accessibility.name(self.path, self.tr("File to import"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.format = QComboBox()
        self.format.addItem(self.tr("Detect from the file"), "")
        names = {"vcard": self.tr("vCard (.vcf, version 2.1, 3.0 or 4.0)"),
                 "linkedin_connections": self.tr("LinkedIn connections (Connections.csv)"),
                 "linkedin_messages": self.tr("LinkedIn messages (messages.csv)"),
                 "google_csv": self.tr("Google Contacts CSV"),
                 "outlook_csv": self.tr("Outlook CSV (German or English)"),
                 "xing_csv": self.tr("Xing contacts (CSV)"),
                 "xing_vcard": self.tr("Xing contact (vCard)"),
                 "generic_csv": self.tr("Other CSV (you map the columns)")}
        for key in FORMATS:
            self.format.addItem(names[key], key)
        self.format.currentIndexChanged.connect(self._detect)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.owner = QLineEdit(placeholderText=self.tr("Found automatically when left empty"))
        self.owner_label = QLabel(self.tr("Your name on LinkedIn:"))
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow("", self.detected)
        form.addRow(self.owner_label, self.owner)
        note = QLabel(self.tr(
            "Rapport reads vCards from phones, Apple, Google, Outlook and Xing, LinkedIn's data "
            "export, Outlook's and Xing's CSV and any other CSV. Nothing is written until you "
            "confirm the preview, and people already in Rapport are merged instead of added twice. "
            "A photo in a vCard is kept when it is a small embedded picture (up to 64 KB)."))
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Choose a file to import")))
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_table = MappingTable()
        accessibility.name(self.mapping_table, self.tr("Columns of the file and their Rapport fields"))
        self.has_header = QCheckBox(self.tr("The first row holds column names"))
        self.has_header.toggled.connect(self._header_toggled)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Which column holds what?")))
        layout.addWidget(QLabel(self.tr("Choose a Rapport field above each column; the first "
                                        "rows of the file are shown below.")))
        self.dialect = CsvDialectRow()  # the sniffed separator and encoding, changeable
        self.dialect.changed.connect(self._reread_preview)
        layout.addWidget(self.has_header)
        layout.addWidget(self.dialect)
        layout.addWidget(self.mapping_table, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.parse_progress = QProgressBar()
        self.model = ImportPreviewModel(self)
        self.table = preview_table(self.model)
        accessibility.name(self.table, self.tr("Contacts to import"))
        bulk = QHBoxLayout()
        for text, decision in ((self.tr("Merge all duplicates"), Decision.MERGE),
                               (self.tr("Add all duplicates as new"), Decision.NEW),
                               (self.tr("Skip all duplicates"), Decision.SKIP)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, d=decision: self._set_all(d))
            bulk.addWidget(button)
        bulk.addStretch(1)
        self.problems_label = QLabel()
        self.problems = QListWidget()
        self.problems.setMaximumHeight(110)
        accessibility.name(self.problems, self.tr("Problems found"))
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Check before importing")))
        layout.addWidget(self.summary)
        layout.addWidget(self.parse_progress)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("To change what happens to a row, click its action: Add as new, "
                              "Merge (into the contact shown) or Skip."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(bulk)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        return page

    def _run_page(self) -> QWidget:
        page = QWidget()
        self.run_label = QLabel()
        self.run_label.setWordWrap(True)
        self.run_progress = QProgressBar()
        self.report_problems = QListWidget()
        self.report_problems.hide()  # shown with the report, when there is something to list
        layout = QVBoxLayout(page)
        self.run_heading = self._heading(self.tr("Importing"))
        layout.addWidget(self.run_heading)
        layout.addWidget(self.run_label)
        layout.addWidget(self.run_progress)
        layout.addWidget(self.report_problems, 1)
        layout.addStretch(0)
        return page

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        label.setFont(font)
        return label

    # --- flow ------------------------------------------------------------------------
    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        busy = self.busy
        self.back.setEnabled(not busy and (page in (MAPPING, PREVIEW) or (page == RUN and self.stopped)))
        self.back.setVisible(page != RUN or self.report is None)
        texts = {FILE: self.tr("Next"), MAPPING: self.tr("Next"),
                 PREVIEW: self.tr("Import"), RUN: self.tr("Close")}
        self.next.setText(texts[page])
        self.next.setEnabled(not busy and (page != FILE or self.chosen_format() is not None)
                             and (page != PREVIEW or self.plan is not None)
                             and (page != RUN or self.report is not None))
        self.cancel.setVisible(page != RUN or self.report is None)
        self.owner.setVisible(self.chosen_format() == "linkedin_messages")
        self.owner_label.setVisible(self.owner.isVisible())

    def chosen_format(self) -> str | None:
        return self.format.currentData() or getattr(self, "_detected_format", None)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), str(Path.home()),
            self.tr("Contacts (*.vcf *.vcard *.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.path.setText(path)

    def _detect(self) -> None:
        self._detected_format = None
        path = self.path.text().strip()
        if not path:
            self.detected.setText("")
        elif not Path(path).is_file():
            self.detected.setText(self.tr("There is no file at %1.").replace("%1", path))
        else:
            try:
                self._detected_format = detect_format(path)
                self.detected.setText(self.tr("Recognised as: %1").replace(
                    "%1", self.format.itemText(self.format.findData(self._detected_format))))
            except (ImportFormatError, OSError) as error:
                self.detected.setText(str(error))
        self._show(self.stack.currentIndex())

    def _go_next(self) -> None:
        page = self.stack.currentIndex()
        if page == FILE and self.chosen_format() == "generic_csv":
            path = self.path.text().strip()
            self.dialect.show_sniffed(*self.services.imports.csv_dialect(path))
            self._reread_preview()
            self._show(MAPPING)
        elif page in (FILE, MAPPING):
            self._read()
        elif page == PREVIEW:
            self._write()
        else:
            self.accept()

    def _reread_preview(self) -> None:
        """The first rows read again with the separator and encoding shown; the mapping is
        guessed again when the columns changed, else the user's choices stay."""
        delimiter, encoding = self.dialect.chosen()
        rows = self.services.imports.preview_rows(self.path.text().strip(), delimiter=delimiter,
                                                  encoding=encoding)
        mapping = guess_mapping(rows)
        width = max((len(r) for r in rows), default=0)
        if self.mapping_table.combos and len(self.mapping_table.combos) == width:
            mapping = self.mapping_table.mapping(self.has_header.isChecked())
        else:
            with QSignalBlocker(self.has_header):  # the rows are shown just below
                self.has_header.setChecked(mapping.has_header)
        self.mapping_table.show_rows(rows, mapping)

    def _header_toggled(self, checked: bool) -> None:
        """The first row moves between the column headings and the rows; choices stay."""
        table = self.mapping_table
        table.show_rows(table.rows, table.mapping(checked))

    def _go_back(self) -> None:
        page = self.stack.currentIndex()
        is_csv = self.chosen_format() == "generic_csv"
        if page == RUN:
            self._show(PREVIEW)
        else:
            self._show(MAPPING if page == PREVIEW and is_csv else FILE)

    def _start(self, work, on_done, progress_bar: QProgressBar, writes: bool = False) -> None:
        progress_bar.setRange(0, 0)  # busy until the first progress report
        self.busy = True
        self.worker = (self.tasks.write if writes else self.tasks.read)(
            work, owner=self,
            progress=lambda done, total: (progress_bar.setMaximum(max(total, 1)),
                                          progress_bar.setValue(done)),
            done=lambda *args: self._finished(on_done, *args),
            failed=lambda *args: self._finished(self._failed, *args),
            cancelled=lambda *args: self._finished(self._cancelled, *args))

    def _finished(self, slot, *args) -> None:
        self.busy = False
        slot(*args)
        self._show(self.stack.currentIndex())

    def _read(self) -> None:
        path, format = self.path.text().strip(), self.chosen_format()
        mapping = self.mapping_table.mapping(self.has_header.isChecked()) if format == "generic_csv" else None
        delimiter, encoding = self.dialect.chosen() if format == "generic_csv" else (None, None)
        owner = self.owner.text().strip() or None
        imports = self.services.imports
        self.plan = None
        self.model.set_plan(None)
        self.problems.clear()
        self.summary.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        self.parse_progress.show()
        self._show(PREVIEW)

        def work(progress, cancelled):
            return imports.plan(imports.read(path, format, mapping, progress, cancelled, owner,
                                             delimiter, encoding))

        self._start(work, self._planned, self.parse_progress)
        self._show(PREVIEW)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.parse_progress.hide()
        self.model.set_plan(plan)
        self._update_summary()
        problems = plan.parsed.problems
        self.problems_label.setText(self.tr("%n record(s) rejected or shortened:", "", len(problems))
                                    if problems else self.tr("Every record could be read."))
        self.problems_label.setVisible(True)
        notes = notes_text(plan.parsed.notes, plan.parsed.photos_dropped)
        self.problems.setVisible(bool(problems) or bool(notes))
        self.problems.addItems([problem_text(p) for p in problems] + notes)
        self.model.dataChanged.connect(self._update_summary)

    def _update_summary(self, *_args) -> None:
        plan = self.plan
        if plan is None:
            return
        # %n: "1 possible duplicate", "2 possible duplicates" (and the German forms).
        self.summary.setText(self.tr("%1: %2 new, %3 to merge, %4 to skip; %n possible duplicate(s) found.",
                                     "", plan.duplicates)
                             .replace("%1", Path(plan.parsed.path).name)
                             .replace("%2", str(plan.count(Decision.NEW)))
                             .replace("%3", str(plan.count(Decision.MERGE)))
                             .replace("%4", str(plan.count(Decision.SKIP))))

    def _set_all(self, decision: Decision) -> None:
        self.model.set_all(decision)

    def _write(self) -> None:
        plan, imports = self.plan, self.services.imports
        self.report = None
        self.stopped = False
        self.report_problems.clear()
        self.run_heading.setText(self.tr("Importing"))
        self.run_label.setText(self.tr("Writing %n contact(s)… Cancel stops it and writes nothing.", "",
                                       plan.count(Decision.NEW) + plan.count(Decision.MERGE)))
        self._show(RUN)
        self._start(lambda progress, cancelled: imports.write(plan, progress, cancelled),
                    self._written, self.run_progress, writes=True)
        self._show(RUN)

    def _written(self, report: ImportReport) -> None:
        self.report = report
        self.run_progress.setRange(0, 1)
        self.run_progress.setValue(1)
        self.run_heading.setText(self.tr("Import finished"))
        counts = self.tr("%1 new, %2 merged, %3 skipped, %n interaction(s).", "", report.interactions)
        counts = (counts.replace("%1", str(report.created)).replace("%2", str(report.merged))
                  .replace("%3", str(report.skipped)))
        if report.rejected:
            counts += " " + self.tr("%n record(s) rejected, listed below.", "", len(report.rejected))
        self.run_label.setText(counts)
        lines = [problem_text(p) for p in report.problems] + notes_text(report.notes)
        self.report_problems.addItems(lines)
        self.report_problems.setVisible(bool(lines))
        accessibility.announce(self, f"{self.run_heading.text()}: {counts}")

    def _failed(self, message: str) -> None:
        text = self.tr("The import failed and nothing was written: %1").replace("%1", message)
        self.stopped = self.stack.currentIndex() == RUN
        if self.stopped:
            self.run_heading.setText(self.tr("Import failed"))
        (self.run_label if self.stopped else self.summary).setText(text)
        self.parse_progress.hide()
        accessibility.announce(self, text, urgent=True)

    def _cancelled(self) -> None:
        if self.stack.currentIndex() == RUN:
            self.stopped = True
            self.run_heading.setText(self.tr("Import cancelled"))
            self.run_label.setText(self.tr("Import cancelled. Nothing was written."))
            self.run_progress.setRange(0, 1)
            self.run_progress.setValue(0)
        else:
            self._show(FILE)

    def _cancel(self) -> None:
        if self.busy and self.worker is not None:
            self.worker.cancel()
        else:
            self.reject()

    def done(self, result: int) -> None:
        self.tasks.cancel(owner=self)
        self.tasks.wait_for(owner=self)
        super().done(result)
