"""The icon set: every action icon is valid SVG drawn in the palette's text colour, so it
reads on dark and light palettes; the app icon is set on the application."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtSvg import QSvgRenderer

from app.ui.widgets.icons import app_icon, icon, icon_names
from app.ui.shell.resources import resource

NAMES = icon_names()


def test_the_set_covers_the_main_actions():
    assert {"contact-new", "import", "export", "settings", "search", "today", "undo", "redo",
            "archive", "delete", "log-interaction", "draft", "quit"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_each_icon_is_valid_svg_drawn_only_in_current_color(name):
    svg = resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    assert QSvgRenderer(svg.encode("utf-8")).isValid()
    assert 'stroke="currentColor"' in svg and "#" not in svg  # no fixed colour: follows the theme


@pytest.mark.parametrize("text_color", ["#f0f0f0", "#1a1a1a"])
def test_icons_take_the_text_colour_of_the_palette(qapp, text_color):
    wanted = QColor(text_color)
    for name in NAMES:
        image = icon(name, wanted).pixmap(32, 32).toImage()
        opaque = [image.pixelColor(x, y) for x in range(32) for y in range(32)
                  if image.pixelColor(x, y).alpha() == 255]
        assert opaque, f"{name} draws nothing"
        assert all(abs(c.lightness() - wanted.lightness()) < 8 for c in opaque), name


def test_an_unknown_icon_is_empty_not_an_error(qapp, caplog):
    assert icon("no-such-icon").isNull()
    assert "no-such-icon" in caplog.text


def test_the_app_icon_renders(qapp):
    assert not app_icon().pixmap(64, 64).isNull()
