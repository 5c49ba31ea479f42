"""A toolbar that wraps its buttons onto a second line instead of folding them into a »
menu. The » menu hid actions from Tab (at 150 % font in German "Spread the backlog" sat
behind it); a wrapped button stays a visible widget that Tab and a screen reader reach.

It speaks the part of QToolBar's API the pages use: addAction (an action, or text and an
optional slot), addWidget, actions() and widgetForAction().
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget

from app.ui.widgets.flow_layout import FlowLayout


class FlowToolbar(QWidget):
    """Text-only tool buttons in a wrapping row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self, spacing=4)
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
