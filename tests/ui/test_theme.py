"""Issue 24: Settings → Theme (system, light, dark, high contrast), applied at once; the
dashboard's chart cards follow the palette (they stayed white on a dark one)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.services.sample import SampleNetwork
from app.ui.widgets import theme
from app.ui.shell.main_window import MainWindow
from app.ui.settings.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def system_theme_afterwards(qapp):
    yield
    theme.apply(qapp, "system")
    QApplication.processEvents()


def choose_theme(qtbot, services, value: str) -> None:
    """Like a person: open Settings, pick the theme with the keyboard, press OK."""
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.theme.setFocus()
    target = dialog.theme.findData(value)
    key = Qt.Key.Key_Down if target > dialog.theme.currentIndex() else Qt.Key.Key_Up
    while dialog.theme.currentIndex() != target:
        qtbot.keyClick(dialog.theme, key)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def lightness_at_corner(widget) -> int:
    image = widget.grab().toImage()
    return image.pixelColor(QPoint(image.width() // 2, 12)).lightness()


def icon_lightness(icon) -> int:
    image = icon.pixmap(QSize(24, 24)).toImage()
    return max(image.pixelColor(x, y).lightness() for x in range(24) for y in range(24)
               if image.pixelColor(x, y).alpha() > 200)


def test_dark_theme_darkens_the_chart_cards_at_once(qtbot, services):
    SampleNetwork(services.db, services.clock, services.events).generate(40)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    qtbot.waitUntil(page.habits_shown)
    chart = page.chart_views[0]
    assert lightness_at_corner(chart) > 200  # the default palette is light here

    choose_theme(qtbot, services, "dark")

    assert services.settings.load().theme == "dark"
    assert theme.is_dark(QGuiApplication.palette())
    assert lightness_at_corner(chart) < 80, "the chart card stayed light on a dark palette"
    assert icon_lightness(window.sidebar.item(1).icon()) > 180, "sidebar icons drawn dark on dark"
    title = chart.chart().titleBrush().color()
    assert title.lightness() > 180, "the chart's title must stay readable on the dark card"

    choose_theme(qtbot, services, "system")
    assert lightness_at_corner(chart) > 200


def test_high_contrast_is_black_and_white(qtbot, services):
    choose_theme(qtbot, services, "high_contrast")
    palette = QGuiApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"


def test_the_theme_is_applied_at_start(qtbot, services, monkeypatch, translators_removed_afterwards):
    from app.ui.shell import launch

    settings = services.settings.load()
    settings.theme = "dark"
    services.settings.save(settings)
    monkeypatch.setattr(launch, "offer_sample_network", lambda services: None)
    window = launch.start_window(QApplication.instance(), services, first_run=False)
    qtbot.addWidget(window)
    assert theme.is_dark(window.palette())
