"""Hostile templates in the draft dialog: each ends in a clear German message naming the line
within 2 s, while the window keeps running its event loop (the template runs on a worker
thread, stopped by the sandbox's own deadline)."""

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy import insert

from app.storage.tables import Template
from app.ui.drafts.draft_dialog import DraftDialog, open_draft_dialog

HOSTILE = {  # the list, each on line 2 of the body
    "nested loops over range(100000)":
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "nested loops under the range limit":
        "{% for i in range(9999) %}{% for j in range(9999) %}{{ i }}{% endfor %}{% endfor %}",
    "lipsum(n=10**6)": "{{ lipsum(n=10**6) }}",
    "huge format width": "{{ '%999999999d' % 1 }}",
    "'a' * 10**8": "{{ 'a' * 10**8 }}",
    "'a' * 10**9": "{{ 'a' * 10**9 }}",
    "10**100000": "{{ 10**100000 }}",
    "deep nesting": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}",
}
GERMAN = ("zu lange", "zu langen Text", "zu große Zahl", "Formatbreite", "zu tief verschachtelt")


@pytest.fixture
def german(qapp):
    from PySide6.QtCore import QLocale

    from app.ui.shell.i18n import install_translators, remove_translators

    before = QLocale()
    install_translators(qapp, "de")
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_template_ends_in_a_german_message_within_2_s(qtbot, german, services, person, db, source):
    with db.write() as conn:
        for variant in range(3):
            conn.execute(insert(Template).values(
                occasion="thank_you", language="de", variant=variant, subject="Danke",
                body=f"Hallo\n{source}", updated_at=services.clock.now(),
            ))
    host = QWidget()
    qtbot.addWidget(host)
    started = time.monotonic()
    open_draft_dialog(host, services, person, "thank_you")
    took = time.monotonic() - started
    dialog = host.findChildren(DraftDialog)[-1]
    text = dialog.problem.text()
    assert took < 2.0, f"{took:.2f} s"
    assert "Zeile 2)" in text and any(word in text for word in GERMAN), text
    assert dialog.isVisible()  # the dialog survives, for the user to edit the template
    dialog.close()


def test_the_window_keeps_running_while_a_slow_template_renders(qtbot, services, person, db):
    """Timers (and so painting and input) go on during a render that takes most of a second."""
    slow = "{% for i in range(9999) %}{% for j in range(9999) %}{% endfor %}{% endfor %}"
    with db.write() as conn:
        for variant in range(3):
            conn.execute(insert(Template).values(
                occasion="thank_you", language="de", variant=variant, subject="Danke",
                body=f"Hallo\n{slow}", updated_at=services.clock.now(),
            ))
    host = QWidget()
    qtbot.addWidget(host)
    dialog = DraftDialog(services, person, "follow_up", {}, host)
    qtbot.addWidget(dialog)
    ticks = []
    beat = QTimer(interval=20)
    beat.timeout.connect(lambda: ticks.append(time.monotonic()))
    beat.start()
    started = time.monotonic()
    dialog.occasion.setCurrentIndex(dialog.occasion.findData("thank_you"))  # renders again
    took = time.monotonic() - started
    beat.stop()
    assert 0.5 < took < 2.0 and "too long to render" in dialog.problem.text()
    assert len(ticks) >= took / 0.02 / 3, (took, len(ticks))  # the event loop kept going
