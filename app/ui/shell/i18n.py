"""Install the translators for a language and make QLocale() format dates and numbers for it.

install_translators(app, "system" | "de" | "en") may be called again at any time (the settings
dialog does): it replaces the previous translators, so Qt sends every widget a LanguageChange
event and widgets that handle it retranslate without a restart.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.ui.shell.resources import resource

log = logging.getLogger(__name__)
LANGUAGES = ("system", "de", "en")
_installed: list[QTranslator] = []


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for a language setting. A chosen language keeps the system's country when
    it matches (de_AT stays Austrian), so dates look the way the user is used to."""
    system = system or QLocale.system()
    if language not in ("de", "en"):
        return system
    if system.name().split("_")[0] == language:
        return system
    return QLocale("de_DE" if language == "de" else "en_US")


def install_translators(app: QCoreApplication, language: str) -> None:
    locale = locale_for(language)
    QLocale.setDefault(locale)
    remove_translators(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("rapport", str(resource("translations")))):
        translator = QTranslator(app)
        loaded = translator.load(locale, name, "_", folder)
        if not loaded and name == "rapport":
            # Any other system language (or none, as in the C locale) gets our English: it
            # holds the plural forms ("1 day", "2 days") that the source's "day(s)" lacks.
            loaded = translator.load(QLocale("en_US"), name, "_", folder)
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)
        elif locale.language() in (QLocale.Language.German, QLocale.Language.English):
            log.warning("no %s translation for %s in %s", name, locale.name(), folder)
    log.info("language %s (locale %s), %d translator(s)", language, locale.name(), len(_installed))


def remove_translators(app: QCoreApplication) -> None:
    """Back to the untranslated source strings (tests use it to leave no state behind)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
