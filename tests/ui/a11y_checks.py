"""What a screen reader would announce, checked on real widgets.

`unnamed(root)` lists the visible interactive widgets whose accessible name is empty: no
setAccessibleName, no text of their own (a button's), and no label whose buddy they are (a
QFormLayout's label counts once it is the buddy). A spin box's or combo box's inner line edit
must carry a name too: some screen readers land on it and read only what it says.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QTextEdit, QWidget,
)

from tests.ui.layout_checks import describe

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit)


def buddy_text(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return ""


def announced_name(widget: QWidget) -> str:
    """The name a screen reader reads: Qt's accessible interface, which also follows buddies."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return name.strip() or buddy_text(widget)


def _owner(widget: QWidget) -> QWidget:
    """The spin box or combo box a line edit belongs to, else the widget itself."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return widget


def unnamed(root: QWidget, where: str) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView):
            continue  # a view's header is read as the table's column titles
        if isinstance(widget, QAbstractItemView) and widget.parentWidget() is not None and \
                type(widget.parentWidget()).__name__ == "QComboBoxPrivateContainer":
            continue  # a combo box's popup list: announced through the combo box
        owner = _owner(widget)
        if not announced_name(owner) or not announced_name(widget):
            found.append(f"{where}: {describe(widget)} ({_path(widget)}) has no accessible name")
    return sorted(set(found))


def _path(widget: QWidget) -> str:
    """Where a widget sits: its own and its nearest named ancestors' class names."""
    names, parent = [], widget
    while parent is not None and len(names) < 4:
        names.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return " < ".join(names)
