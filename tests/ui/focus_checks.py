"""Issue 24: can Tab reach every control a person sees? Qt's Tab stops at a widget in the focus
chain that takes Tab focus, is visible and enabled; a visible, enabled control that is not such a
stop (NoFocus/ClickFocus, or a focus proxy that is none) is skipped by the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
    QPlainTextEdit, QScrollBar, QTabBar, QTextEdit, QWidget,
)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
            QLineEdit, QPlainTextEdit, QTabBar, QTextEdit)


def _stop(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _inside_a_control(widget: QWidget, root: QWidget) -> bool:
    """A spin box's line edit, a combo's view, a tab bar's scroll arrows: parts of one control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, CONTROLS) and not isinstance(parent, QAbstractItemView):
            return True
        if isinstance(parent, QAbstractItemView) and widget.parentWidget() is not parent.viewport():
            return True
        parent = parent.parentWidget()
    return False


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in the window of root, in order."""
    window = root.window()
    stops, widget = [], window.nextInFocusChain()
    for _ in range(5000):
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus and \
                widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None:
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is window:
            break
    return stops


def _reached_otherwise(widget: QWidget, reachable: set[int], root: QWidget) -> bool:
    """Reached without being a Tab stop of its own: a radio button of an exclusive group (Tab
    stops at the checked one, the arrow keys move within the group, so Qt takes Tab focus off
    the others), or a small button inside a control that takes focus and does the same by key
    (a topic chip's "×": the chip takes focus and Delete removes it)."""
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        group = widget.group()
        mates = group.buttons() if group is not None and group.exclusive() else (
            [w for w in widget.parentWidget().findChildren(QAbstractButton)
             if w.autoExclusive()] if widget.autoExclusive() else [])
        if any(id(mate) in reachable for mate in mates):
            return True
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and isinstance(widget, QAbstractButton):
        parent = widget.parentWidget()
        if parent is not None and parent is not root and id(parent) in reachable and \
                not isinstance(parent, QAbstractScrollArea):
            return True
    return False


def skipped(root: QWidget, where: str) -> list[str]:
    """Visible, enabled controls under root that Tab never reaches."""
    reachable = {id(w) for w in tab_stops(root)}
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
            continue
        if not (widget.isVisible() and widget.isEnabled()) or _inside_a_control(widget, root):
            continue
        if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly() and \
                widget.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction:
            continue
        if id(_stop(widget)) not in reachable and not _reached_otherwise(widget, reachable, root):
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
            problems.append(f"{where}: Tab skips {type(widget).__name__} {widget.objectName()!r} "
                            f"{name!r}")
    return problems
