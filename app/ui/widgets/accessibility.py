"""What a screen reader announces (issue 24): names for controls without a text of their own,
rows read as sentences, and announcements of status changes that matter.

Qt names a button by its text and a field by the label whose buddy it is. It does not name a
list, a table or a field placed beside a button, and a spin box's or date edit's inner line
edit (where focus lands) stays unnamed even when the box has a buddy label.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget,
)

ROW_TEXT = Qt.ItemDataRole.AccessibleTextRole


def plain(text: str) -> str:
    """A label's text without its mnemonic ampersands and trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def inner_line_edit(widget: QWidget) -> QLineEdit | None:
    if isinstance(widget, (QAbstractSpinBox, QComboBox)):
        return widget.findChild(QLineEdit)
    return None


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Name a control (and its inner line edit) for screen readers; text is already translated."""
    text = plain(text)
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    inner = inner_line_edit(widget)
    if inner is not None:
        inner.setAccessibleName(text)


def name_from_buddies(root: QWidget) -> None:
    """Give each labelled spin box, date edit or editable combo box's inner line edit its
    label's name. Call again after retranslating the labels."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        inner = inner_line_edit(buddy) if buddy is not None else None
        if inner is not None and label.text():
            inner.setAccessibleName(plain(label.text()))


def tab_order(widgets: list[QWidget]) -> None:
    """Tab visits these in this order (the reading order); all must share a window."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


def place_before(widget: QWidget, inserted: list[QWidget]) -> None:
    """Tab reaches `inserted` just before `widget` (new children otherwise go to the end of
    the window's chain). Qt ignores setTabOrder from a widget that takes no focus, so the
    anchor is the nearest focusable widget before `widget`."""
    skip = {id(item) for item in inserted}
    anchor = widget.previousInFocusChain()
    while anchor is not widget and (id(anchor) in skip or anchor.parentWidget() is None
                                    or not anchor.focusPolicy() & Qt.FocusPolicy.TabFocus):
        anchor = anchor.previousInFocusChain()
    if anchor is widget:
        return
    tab_order([anchor, *inserted, widget])


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Tell a screen reader about a status change (a save failed, an import finished)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
