"""A toolbar that wraps its buttons onto a second line instead of folding them into a »
menu. The » menu hid actions from Tab (at 150 % font in German "Spread the backlog" sat
behind it); a wrapped button stays a visible widget that Tab and a screen reader reach.

It speaks the part of QToolBar's API the pages use: addAction (an action, or text and an
optional slot), addWidget, actions() and widgetForAction().
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLayout, QToolButton, QWidget


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to the next line (like words)."""

    def __init__(self, parent=None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class FlowToolbar(QWidget):
    """Text-only tool buttons in a wrapping row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self)
        self._buttons: dict[int, QToolButton] = {}

    def addAction(self, action, slot=None) -> QAction:  # noqa: N802 (QToolBar's name)
        if not isinstance(action, QAction):
            action = QAction(action, self)
            if slot is not None:
                action.triggered.connect(lambda _checked=False: slot())
        super().addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        self._buttons[id(action)] = button
        self._flow.addWidget(button)
        return action

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802
        widget.setParent(self)
        if isinstance(widget, QToolButton):
            widget.setAutoRaise(True)  # flat like the others, as a QToolBar draws it
        self._flow.addWidget(widget)

    def widgetForAction(self, action: QAction) -> QToolButton | None:  # noqa: N802
        return self._buttons.get(id(action))

    def buttons(self) -> list[QWidget]:
        """Every button and widget, in the order shown."""
        return [self._flow.itemAt(i).widget() for i in range(self._flow.count())]
