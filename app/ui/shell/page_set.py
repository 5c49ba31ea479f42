"""The main window's pages as a lazy mapping: each page is built the first time it is
shown, in place of an empty placeholder in the stack."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.shell.pages import PageEntry


class PageSet(Mapping):
    """The pages by key, in sidebar order; each is built the first time it is asked for,
    replacing its empty placeholder in the stack."""

    def __init__(self, build, stack: QStackedWidget) -> None:
        self._build = build
        self._stack = stack
        self._targets: dict[str, str] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, entry: PageEntry) -> None:
        self._targets[entry.key] = entry
        self._stack.addWidget(QWidget())

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            target = self._targets[key]  # KeyError for an unknown page, as a dict would
            index = list(self._targets).index(key)
            placeholder = self._stack.widget(index)
            page = self._build(target)
            self._built[key] = page
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._stack.setCurrentIndex(current)
        return self._built[key]

    def __iter__(self):
        return iter(self._targets)

    def __len__(self) -> int:
        return len(self._targets)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def forget(self) -> None:
        """Put placeholders back for every built page; each is built anew when next asked
        for (after a language change: a page translates its texts when it is built)."""
        current = self._stack.currentIndex()
        for key, page in list(self._built.items()):
            index = list(self._targets).index(key)
            self._stack.insertWidget(index, QWidget())
            self._stack.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        self._stack.setCurrentIndex(current)

    def built(self) -> list[tuple[str, QWidget]]:
        return list(self._built.items())
