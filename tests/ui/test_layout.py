"""Every page and the main dialogs, at 1024×700 and 1280×800, in English and German, with the
sample network: no column that must be clicked, no label and no button is clipped, nothing lies
outside the window, no form scrolls sideways. (At 1024×700 Today's Due was clipped and Since
off-screen, Contacts lost two columns, and the import preview's Action column was clipped even
at 1280.)"""

import pytest
from PySide6.QtCore import QLocale, QSize

from app.services.sample import SampleNetwork
from app.ui.common_ground.common_ground_page import CommonGroundPage
from app.ui.dashboard.dashboard_page import DashboardPage
from app.ui.shell.i18n import install_translators, remove_translators
from app.ui.shell.main_window import MainWindow
from tests.ui.dialog_walk import busiest_contact, import_mapping, import_preview, main_dialogs, settle
from tests.ui.layout_checks import all_problems

SIZES = (QSize(1024, 700), QSize(1280, 800))
SMALLEST = SIZES[0]


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    before = QLocale()
    install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def sample(services):
    SampleNetwork(services.db, services.clock, services.events).generate(200)
    return services


def test_pages_fit_the_window(qtbot, sample, language):
    services = sample
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    contact_id = busiest_contact(services)
    problems = []
    for size in SIZES:
        window.resize(size)
        where = f"{language} {size.width()}×{size.height()}"
        for key in ("today", "contacts", "common_ground", "dashboard"):
            window.show_page(key)
            page = window.pages.get(key)
            if isinstance(page, CommonGroundPage):
                qtbot.waitUntil(lambda page=page: not page.is_loading())
            if isinstance(page, DashboardPage):
                qtbot.waitUntil(page.habits_shown)
            settle(qtbot)
            problems += all_problems(window, f"{where} {key}")
        window.open_contact(contact_id)
        settle(qtbot)
        problems += all_problems(window, f"{where} contact page")
        window.pages.get("contacts").show_list()
    assert problems == [], "\n".join(problems)


def test_the_first_window_fits_the_screen(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)


def test_a_window_saved_on_a_larger_monitor_comes_back_on_this_screen(qtbot, services):
    big = MainWindow(services)
    qtbot.addWidget(big)
    big.setGeometry(300, 200, 2400, 1500)
    big.close()  # saves the geometry
    window = MainWindow(services)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()), (window.frameGeometry(), available)


def _dialog_problems(qtbot, dialog, name: str) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    problems = all_problems(dialog, name)
    if dialog.width() > SMALLEST.width() or dialog.height() > SMALLEST.height():
        problems.append(f"{name}: {dialog.width()}×{dialog.height()} does not fit 1024×700")
    return problems


def test_dialogs_fit(qtbot, sample, language, tmp_path):
    services = sample
    contact_id = busiest_contact(services)
    problems = []
    wizard = import_preview(qtbot, services)
    problems += _dialog_problems(qtbot, wizard, f"{language} import preview")
    wizard.resize(SMALLEST - QSize(100, 100))  # a smaller screen still shows the Action column
    settle(qtbot)
    problems += all_problems(wizard, f"{language} import preview, smaller")
    # The mapping step with its separator and encoding row. The table is a sheet that scrolls
    # sideways when a file has more columns than fit (Outlook's 90), so a narrow file here.
    narrow = tmp_path / "narrow.csv"
    narrow.write_bytes("Vorname;Nachname;Firma;E-Mail\r\nJürgen;Weiß;Bäckerei Weiß;j@b.example\r\n".encode("cp1252"))
    mapping = import_mapping(qtbot, services, narrow)
    problems += _dialog_problems(qtbot, mapping, f"{language} import column mapping")
    for name, dialog in main_dialogs(services, contact_id):
        problems += _dialog_problems(qtbot, dialog, f"{language} {name}")
    assert problems == [], "\n".join(problems)
