"""German stays complete: every string in the code is translated, with the same placeholders,
and the committed .ts/.qm files are what the pipeline (python -m app.i18n_build) makes today."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app import i18n_build
from app.i18n_build import TsvError, build, compile_qm, english_plural
from app.ui.shell import i18n

HOW_TO_FIX = ("add the German to resources/translations/de/<your-area>.tsv, "
              "then run `python -m app.i18n_build`")


@pytest.fixture(scope="module")
def result():
    return build()


def test_every_string_in_the_code_has_finished_german(result):
    assert result.problems == [], HOW_TO_FIX + ":\n" + "\n".join(result.problems)


def test_committed_ts_files_are_up_to_date_with_the_code(result):
    for language, text in result.ts_text.items():
        committed = (i18n_build.TRANSLATIONS / f"rapport_{language}.ts").read_text("utf-8")
        assert committed == text, f"rapport_{language}.ts is stale: run `python -m app.i18n_build`"


def test_committed_qm_files_are_compiled_from_the_ts(tmp_path):
    for language in i18n_build.LANGUAGES:
        ts_file = i18n_build.TRANSLATIONS / f"rapport_{language}.ts"
        compile_qm(ts_file, tmp_path / "fresh.qm")
        committed = ts_file.with_suffix(".qm").read_bytes()
        assert committed == (tmp_path / "fresh.qm").read_bytes(), f"rebuild rapport_{language}.qm"


WIDGET = '''
from PySide6.QtWidgets import QWidget
class Greeter(QWidget):
    def texts(self, n):
        return (self.tr("Hello"), self.tr("Call %1 at %2"), self.tr("%n note(s)", "", n),
                self.tr("Forgotten"))
'''


def _project(tmp_path, german_lines: list[str], code: str = WIDGET):
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "greeter.py").write_text(code, encoding="utf-8")
    words = tmp_path / "translations" / "de"
    words.mkdir(parents=True)
    (words / "area.tsv").write_text("\n".join(german_lines) + "\n", encoding="utf-8")
    return sources, tmp_path / "translations"


def test_check_reports_missing_german_wrong_placeholders_and_plural_forms(tmp_path):
    sources, translations = _project(tmp_path, [
        "Greeter\tHello\tHallo",
        "Greeter\tCall %1 at %2\t%1 anrufen",  # %2 dropped
        "Greeter\t%n note(s)\tNotizen",  # plural needs two forms
        "Greeter\tGone from the code\tWeg",
    ], code=WIDGET.replace('self.tr("Forgotten")', 'self.tr("Forgotten"), self.tr(f"Bye {n}")'))
    result = build(sources, translations)
    text = "\n".join(result.problems)
    assert "missing de: Greeter\t'Forgotten'" in text
    assert "Python formatting in a translated string" in text and "Bye {n}" in text
    assert "placeholders differ in de '%1 anrufen'" in text
    assert "de needs 2 form(s)" in text and "de/area.tsv:3" in text
    assert not any("'Hello'" in line for line in result.problems)
    assert result.unused == ["de/area.tsv:4: Greeter\t'Gone from the code'"]
    assert '<translation type="unfinished"></translation>' in result.ts_text["de"]


def test_complete_word_list_passes_and_english_gets_plural_forms(tmp_path):
    sources, translations = _project(tmp_path, [
        "Greeter\tHello\tHallo",
        "Greeter\tCall %1 at %2\tUm %2 %1 anrufen",
        "Greeter\t%n note(s)\t%n Notiz | %n Notizen",
        "Greeter\tForgotten\tVergessen",
    ])
    result = build(sources, translations)
    assert result.problems == []
    assert "<numerusform>%n Notizen</numerusform>" in result.ts_text["de"]
    assert "<numerusform>%n notes</numerusform>" in result.ts_text["en"]
    assert "Hello" not in result.ts_text["en"]  # English holds only the plural forms


def test_a_malformed_line_names_its_file_and_line(tmp_path):
    sources, translations = _project(tmp_path, ["Greeter\tHello\tHallo", "Greeter Hello Hallo"])
    with pytest.raises(TsvError, match=r"de/area.tsv:2: expected 3 tab-separated columns"):
        build(sources, translations)


def test_escaped_newlines_and_tabs_are_read_back(tmp_path):
    words = tmp_path / "de"
    words.mkdir()
    (words / "x.tsv").write_text("C\tLine one\\nLine two\tZeile eins\\nZeile\\tzwei\n", "utf-8")
    entries = i18n_build.read_word_lists(words)
    assert entries[("C", "Line one\nLine two")].forms == ("Zeile eins\nZeile\tzwei",)


def test_english_plural_forms_come_from_the_parenthesised_ending():
    assert english_plural("%n contact(s) found") == ("%n contact found", "%n contacts found")
    assert english_plural("%n match(es)") == ("%n match", "%n matches")


@pytest.fixture
def restore_language(qapp):
    before = QLocale()
    yield
    i18n.remove_translators(qapp)
    QLocale.setDefault(before)


def test_german_translators_translate_our_strings_qt_buttons_and_dates(qapp, restore_language):
    i18n.install_translators(qapp, "de")
    tr = QCoreApplication.translate
    assert tr("FirstRun", "Welcome to Rapport") == "Willkommen bei Rapport"
    assert tr("ContactsPage", "%n contact(s)", "", 1) == "1 Kontakt"
    assert tr("ContactsPage", "%n contact(s)", "", 3) == "3 Kontakte"
    assert tr("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own qtbase translation
    # lists format dates with QLocale(), which now follows the chosen language
    assert QLocale().toString(QDate(2026, 11, 3), QLocale.FormatType.ShortFormat) == "03.11.26"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"

    i18n.install_translators(qapp, "en")
    assert tr("FirstRun", "Welcome to Rapport") == "Welcome to Rapport"
    assert tr("ContactsPage", "%n contact(s)", "", 1) == "1 contact"
    assert tr("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().toString(QDate(2026, 11, 3), QLocale.FormatType.ShortFormat) == "11/3/26"


def test_a_chosen_language_keeps_the_users_country():
    assert i18n.locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert i18n.locale_for("de", QLocale("en_GB")).name() == "de_DE"
    assert i18n.locale_for("en", QLocale("en_GB")).name() == "en_GB"
    assert i18n.locale_for("system", QLocale("fr_FR")).name() == "fr_FR"


def test_the_installed_package_ships_the_compiled_translations():
    """A fresh install (not only a source checkout) must find the .qm files."""
    from importlib.resources import files

    shipped = files("app.resources") / "translations"
    for language in i18n_build.LANGUAGES:
        assert (shipped / f"rapport_{language}.qm").is_file()


def test_a_system_language_we_do_not_ship_still_gets_english_plurals(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.ui.shell import i18n

    before = QLocale()
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    try:
        i18n.install_translators(qapp, "system")
        text = QCoreApplication.translate("TodayPage", "%n thing(s) due today or overdue", "", 1)
        assert "(s)" not in text, text
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(before)
