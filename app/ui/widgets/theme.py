"""Settings → Theme: follow the system, or light, dark or high contrast (issue 24).

An explicit theme sets both the colour-scheme hint (Qt 6.8+, which native styles and QtCharts
read) and a whole palette, because not every platform theme (offscreen, many X11 desktops)
answers the hint. Widgets that paint their own colours (the habit charts, the chips) take them
from the palette and follow a change at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

_Role, _Group = QPalette.ColorRole, QPalette.ColorGroup


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role in (_Role.Text, _Role.WindowText, _Role.ButtonText, _Role.PlaceholderText):
        palette.setColor(_Group.Disabled, role, QColor(disabled_text))
    return palette


def dark_palette() -> QPalette:
    return _palette({
        _Role.Window: "#202124", _Role.WindowText: "#e8eaed", _Role.Base: "#17181a",
        _Role.AlternateBase: "#2a2b2e", _Role.ToolTipBase: "#2a2b2e", _Role.ToolTipText: "#e8eaed",
        _Role.PlaceholderText: "#9aa0a6", _Role.Text: "#e8eaed", _Role.Button: "#2d2e31",
        _Role.ButtonText: "#e8eaed", _Role.BrightText: "#ff8a80", _Role.Light: "#3c4043",
        _Role.Midlight: "#34363a", _Role.Mid: "#5f6368", _Role.Dark: "#121314",
        _Role.Shadow: "#000000", _Role.Highlight: "#8ab4f8", _Role.HighlightedText: "#202124",
        _Role.Link: "#8ab4f8", _Role.LinkVisited: "#c58af9", _Role.Accent: "#8ab4f8",
    }, disabled_text="#7a7f85")


def light_palette() -> QPalette:
    return _palette({
        _Role.Window: "#f3f3f3", _Role.WindowText: "#1f1f1f", _Role.Base: "#ffffff",
        _Role.AlternateBase: "#f0f2f5", _Role.ToolTipBase: "#ffffdc", _Role.ToolTipText: "#1f1f1f",
        _Role.PlaceholderText: "#6b6b6b", _Role.Text: "#1f1f1f", _Role.Button: "#f0f0f0",
        _Role.ButtonText: "#1f1f1f", _Role.BrightText: "#ffffff", _Role.Light: "#ffffff",
        _Role.Midlight: "#e3e3e3", _Role.Mid: "#a0a0a0", _Role.Dark: "#7a7a7a",
        _Role.Shadow: "#404040", _Role.Highlight: "#1a73e8", _Role.HighlightedText: "#ffffff",
        _Role.Link: "#1a57b8", _Role.LinkVisited: "#6a1b9a", _Role.Accent: "#1a73e8",
    }, disabled_text="#8a8a8a")


def high_contrast_palette() -> QPalette:
    """Black and white with yellow selection: every pair meets WCAG AAA (7:1)."""
    return _palette({
        _Role.Window: "#000000", _Role.WindowText: "#ffffff", _Role.Base: "#000000",
        _Role.AlternateBase: "#1a1a1a", _Role.ToolTipBase: "#000000", _Role.ToolTipText: "#ffffff",
        _Role.PlaceholderText: "#d0d0d0", _Role.Text: "#ffffff", _Role.Button: "#000000",
        _Role.ButtonText: "#ffffff", _Role.BrightText: "#ffff00", _Role.Light: "#ffffff",
        _Role.Midlight: "#c0c0c0", _Role.Mid: "#ffffff", _Role.Dark: "#ffffff",
        _Role.Shadow: "#ffffff", _Role.Highlight: "#ffff00", _Role.HighlightedText: "#000000",
        _Role.Link: "#00ffff", _Role.LinkVisited: "#ff80ff", _Role.Accent: "#ffff00",
    }, disabled_text="#a0a0a0")


def apply(app: QGuiApplication, theme: str) -> None:
    """Put a theme into effect now; an unknown name follows the system."""
    hints = app.styleHints()
    if theme == "dark" or theme == "high_contrast":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()
    palettes = {"light": light_palette, "dark": dark_palette, "high_contrast": high_contrast_palette}
    make = palettes.get(theme)
    app.setPalette(make() if make else QPalette())  # an empty palette: back to the platform's


def is_dark(palette: QPalette) -> bool:
    return palette.color(_Role.Window).lightness() < 128
