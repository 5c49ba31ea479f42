"""The import wizard's tables: the preview of an import plan (new / merge / skip per row)
and the column mapping of an arbitrary CSV."""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableView, QTableWidget,
    QTableWidgetItem,
)

from app.services.importers.generic_csv import FIELDS, ColumnMapping
from app.services.importers.plan import Decision, ImportPlan, PlannedRecord
from app.ui.widgets.wheel_guard import guard_wheel

Index = QModelIndex | QPersistentModelIndex
DECISIONS = (Decision.NEW, Decision.MERGE, Decision.SKIP)


def location_text(location: str) -> str:
    """The core's "card 3 (line 17)" / "line 5", in the user's language."""
    found = re.fullmatch(r"card (\d+) \(line (\d+)\)", location)
    if found:
        return QCoreApplication.translate("ImportText", "card %1 (line %2)").replace(
            "%1", found.group(1)).replace("%2", found.group(2))
    found = re.fullmatch(r"line (\d+)", location)
    if found:
        return QCoreApplication.translate("ImportText", "line %1").replace("%1", found.group(1))
    return location


def match_text(reason: str) -> str:
    """The core's match reason ("e-mail a@b", "similar name (93%)"), in the user's language."""
    translate = QCoreApplication.translate
    if found := re.fullmatch(r"e-mail (.*)", reason):
        return translate("ImportText", "e-mail %1").replace("%1", found.group(1))
    if found := re.fullmatch(r"phone (.*)", reason):
        return translate("ImportText", "phone %1").replace("%1", found.group(1))
    if found := re.fullmatch(r"similar name \((\d+)%\)", reason):
        return translate("ImportText", "similar name (%1%)").replace("%1", found.group(1))
    if reason == "profile URL":
        return translate("ImportText", "profile URL")
    if reason == "same name":
        return translate("ImportText", "same name")
    return reason


class ImportPreviewModel(QAbstractTableModel):
    COL_NAME, COL_DETAILS, COL_FOUND, COL_ACTION, COL_WHERE = range(5)
    DECISION_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[PlannedRecord] = []
        self._headers = (self.tr("Name"), self.tr("E-mail / company"), self.tr("Already in Rapport as"),
                         self.tr("Action"), self.tr("Where in the file"))

    def decision_label(self, decision: Decision) -> str:
        return {Decision.NEW: self.tr("Add as new"), Decision.MERGE: self.tr("Merge"),
                Decision.SKIP: self.tr("Skip")}[decision]

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._items = list(plan.items) if plan else []
        self.endResetModel()

    def set_all(self, decision: Decision, only_matched: bool = True) -> None:
        for item in self._items:
            if item.match is not None or not only_matched:
                if decision is not Decision.MERGE or item.match is not None:
                    item.decision = decision
        if self._items:
            self.dataChanged.emit(self.index(0, self.COL_ACTION),
                                  self.index(len(self._items) - 1, self.COL_ACTION))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_ACTION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == self.DECISION_ROLE:
            return item.decision
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_FOUND and item.match:
            return QBrush(QColor("#b26a00") if not item.match.strong else QColor("#1d6fb8"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_FOUND and item.match:
            return self.tr("Matched by: %1").replace("%1", match_text(item.match.reason))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        record = item.record
        if column == self.COL_NAME:
            return record.name
        if column == self.COL_DETAILS:
            parts = [record.emails[0]["value"]] if record.emails else []
            return " · ".join(parts + [p for p in (record.company,) if p])
        if column == self.COL_FOUND:
            if not item.match:
                return ""
            if item.match.contact_id is None:
                return self.tr("%1 (earlier in this file; %2)").replace("%1", item.match.name) \
                    .replace("%2", match_text(item.match.reason))
            return self.tr("%1 (%2)").replace("%1", item.match.name).replace("%2", match_text(item.match.reason))
        if column == self.COL_ACTION:
            return self.decision_label(item.decision)
        if column == self.COL_WHERE:
            return location_text(record.location)
        return None

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COL_ACTION:
            return False
        item = self._items[index.row()]
        decision = Decision(value)
        if decision is Decision.MERGE and item.match is None:
            return False  # nothing to merge into
        item.decision = decision
        self.dataChanged.emit(index, index)
        return True


def preview_table(model: "ImportPreviewModel") -> QTableView:
    """The preview's table: whole rows selected, the Action column edited by a combo box."""
    table = QTableView()
    table.setModel(model)
    table.setItemDelegateForColumn(ImportPreviewModel.COL_ACTION, DecisionDelegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    table.setWordWrap(False)
    # The two texts stretch; name, action and place fit their content, so the Action
    # column (clicked to choose) is always whole (at 400 pixels for "found" it was not).
    for column in range(ImportPreviewModel.COL_WHERE + 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in (ImportPreviewModel.COL_DETAILS, ImportPreviewModel.COL_FOUND):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


class DecisionDelegate(QStyledItemDelegate):
    """A combo box for the Action column: Add as new / Merge / Skip."""

    def createEditor(self, parent, option, index):
        editor = guard_wheel(QComboBox(parent))
        model = index.model()
        for decision in DECISIONS:
            editor.addItem(model.decision_label(decision), decision.value)
        return editor

    def sizeHint(self, option, index):
        """Wide enough for the combo box with its longest choice, so that the column fits it."""
        if index.column() != ImportPreviewModel.COL_ACTION:
            return super().sizeHint(option, index)
        model = index.model()
        labels = tuple(model.decision_label(decision) for decision in DECISIONS)
        if getattr(self, "_hint_for", None) != labels:
            combo = QComboBox()
            combo.addItems(labels)
            self._hint_for, self._hint = labels, combo.sizeHint()
        return self._hint.expandedTo(super().sizeHint(option, index))

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(DECISIONS.index(index.data(ImportPreviewModel.DECISION_ROLE)))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData())


class MappingTable(QTableWidget):
    """The first rows of the CSV with a field chooser above every column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        self.rows: list[list[str]] = []

    def field_labels(self) -> dict[str, str]:
        """The Rapport fields a CSV column can be mapped to, as the user reads them."""
        return {
            "": self.tr("— ignore —"), "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"), "full_name": self.tr("Full name"),
            "honorific": self.tr("Anrede / title (Frau, Dr.)"),
            "nickname": self.tr("Nickname"), "company": self.tr("Company"),
            "position": self.tr("Position"), "email": self.tr("E-mail"), "phone": self.tr("Phone"),
            "url": self.tr("Web / profile link"), "address": self.tr("Address"),
            "birthday": self.tr("Birthday"), "birth_year": self.tr("Birthday: year"),
            "birth_month": self.tr("Birthday: month"), "birth_day": self.tr("Birthday: day"),
            "notes": self.tr("Notes"), "groups": self.tr("Groups"),
            "interests": self.tr("Interests"), "goals": self.tr("Goals"),
            "looking_for": self.tr("Looking for"), "offering": self.tr("Offering"),
            "met_how": self.tr("Met how"), "met_where": self.tr("Met where"),
            "met_on": self.tr("Met on"), "language": self.tr("Language"),
        }

    def show_rows(self, rows: list[list[str]], mapping: ColumnMapping) -> None:
        """The fields chosen above each column, then the file's first rows. When the first
        row holds column names they head the columns instead of showing as a row of data."""
        self.rows = rows
        width = max((len(r) for r in rows), default=0)
        names = rows[0] if mapping.has_header and rows else []
        data = rows[1:] if mapping.has_header else rows
        self.clear()
        self.setColumnCount(width)
        self.setRowCount(len(data) + 1)
        number = self.tr("Column %1")
        self.setHorizontalHeaderLabels([
            names[i].strip() if i < len(names) and names[i].strip() else number.replace("%1", str(i + 1))
            for i in range(width)])
        labels = self.field_labels()
        self.combos = []
        for column in range(width):
            combo = QComboBox()
            for field in ("", *FIELDS):
                combo.addItem(labels[field], field)
            chosen = mapping.fields[column] if column < len(mapping.fields) else ""
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.setCellWidget(0, column, guard_wheel(combo))  # the table scrolls under it
            self.combos.append(combo)
            for row, cells in enumerate(data, start=1):
                self.setItem(row, column, QTableWidgetItem(cells[column] if column < len(cells) else ""))
        self.resizeColumnsToContents()
        for column in range(width):
            self.setColumnWidth(column, max(150, min(260, self.columnWidth(column))))

    def mapping(self, has_header: bool) -> ColumnMapping:
        return ColumnMapping(tuple(combo.currentData() for combo in self.combos), has_header)
