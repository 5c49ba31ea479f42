"""The mouse wheel scrolls forms; it changes a combo box or spin box only when you are in it.

Qt gives QComboBox and every QAbstractSpinBox (QSpinBox, QDateEdit, QDateTimeEdit…) the
wheel as soon as the pointer is over them: scrolling a contact page over "Writes in" turned
German into English, and saved it. guard_wheel(root) gives each such widget below root
Qt.StrongFocus (the wheel no longer gives it the focus) and a filter that passes a wheel
event on to the parent (the scroll area, which scrolls) unless the widget has the focus.
Call it at the end of a form's or dialog's constructor, and again for widgets made later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_GUARDED_PROPERTY = "rapportWheelGuarded"


class _WheelGuard(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # handled here, not accepted: Qt offers it to the parent next
            return True
        return False


_guard: _WheelGuard | None = None


def guards(widget: QWidget) -> bool:
    """A widget whose value the wheel would change (a scrollbar scrolls: not one)."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


def guard_wheel(root: QWidget) -> QWidget:
    """Guard root (if it is such a widget) and every such widget below it; returns root."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not guards(widget) or widget.property(_GUARDED_PROPERTY):
            continue
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_guard)
        widget.setProperty(_GUARDED_PROPERTY, True)
    return root


def is_guarded(widget: QWidget) -> bool:
    return bool(widget.property(_GUARDED_PROPERTY))
