"""Issue 24: what a screen reader announces, and what Tab reaches (focus_checks; every other
dialog in test_focus_chain.py). Every page and the main dialogs, with the sample
network: no visible interactive widget without an accessible name (before: the Today list, the
notes timeline, "New promise…", the promise date edit, the cadence spin box — 2 on Today, 6 on
the contact page, 7 on Contacts), and lists expose their rows as text."""

import pytest
from PySide6.QtCore import QLocale

from app.services.sample import SampleNetwork
from app.ui.import_export.import_wizard import ImportWizard
from app.ui.shell.i18n import install_translators, remove_translators
from app.ui.shell.main_window import MainWindow
from app.ui.today.weekly_review import WeeklyReview
from tests.ui.a11y_checks import unnamed
from tests.ui.dialog_walk import (
    IMPORTS, busiest_contact, import_mapping, import_preview, main_dialogs, settle, walk_pages,
)
from tests.ui.focus_checks import skipped


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    before = QLocale()
    install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def sample(services):
    SampleNetwork(services.db, services.clock, services.events).generate(60)
    return services


def test_every_page_names_its_controls(qtbot, sample, language):
    services = sample
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    problems = walk_pages(qtbot, window, lambda key: unnamed(window, f"{language} {key}")
                          + skipped(window, f"{language} {key}"))
    window.open_contact(busiest_contact(services))
    settle(qtbot)
    problems += unnamed(window, f"{language} contact page") + skipped(window, f"{language} contact page")
    assert problems == [], "\n".join(problems)


def test_every_dialog_names_its_controls(qtbot, sample, language):
    services = sample
    contact_id = busiest_contact(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    problems = []
    for name, dialog in main_dialogs(services, contact_id):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        problems += unnamed(dialog, f"{language} {name}") + skipped(dialog, f"{language} {name}")
    wizard = ImportWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    settle(qtbot)
    problems += unnamed(wizard, f"{language} import, choose") + skipped(wizard, f"{language} import, choose")
    wizard = import_preview(qtbot, services)
    wizard.show()
    settle(qtbot)
    problems += unnamed(wizard, f"{language} import preview") + skipped(wizard, f"{language} import preview")
    mapping = import_mapping(qtbot, services, IMPORTS / "excel_de_cp1252.csv")
    mapping.show()
    settle(qtbot)
    problems += unnamed(mapping, f"{language} import column mapping")
    review = WeeklyReview(services, window)
    qtbot.addWidget(review)
    review.show()
    for step in range(3):
        settle(qtbot)
        problems += unnamed(review, f"{language} weekly review step {step + 1}") + skipped(review, f"{language} weekly review step {step + 1}")
        review.next()
    assert problems == [], "\n".join(problems)
