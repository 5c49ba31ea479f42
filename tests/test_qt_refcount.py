"""Guards the PySide6 6.12.0 / Python 3.11 bug that decrements None's refcount on void calls
and aborts the app after a few thousand calls (see pyproject's pin)."""

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel


def test_ten_thousand_void_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    holder = QObject()
    before = sys.getrefcount(None)
    for index in range(10_000):
        label.setText(str(index))  # void
        label.setToolTip("")  # void
        holder.setObjectName("x")  # void
    after = sys.getrefcount(None)
    # Unrelated code may take a few references; the bug loses tens of thousands.
    assert after >= before - 100, f"None lost {before - after} references"
