""""Open in mail program" says when it failed and offers Copy (issue 14): xdg-open missing,
or present but failing (no mail program set up), which QDesktopServices reported as success."""

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication

from tests.ui.test_draft_dialog import host, maxi, open_dialog  # noqa: F401  (fixtures)


def fake_opener(folder, name, exit_code):
    script = folder / name
    script.write_text(f"#!/bin/sh\necho 'no method available for opening' >&2\nexit {exit_code}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


@pytest.fixture
def bin_dir(tmp_path, monkeypatch):
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))  # nothing else: no real xdg-open
    monkeypatch.delenv("FLATPAK_ID", raising=False)
    return folder


def click_mail(qtbot, dialog):
    qtbot.mouseClick(dialog.mail_button, Qt.MouseButton.LeftButton)


def test_a_failing_xdg_open_is_reported_with_copy(qtbot, host, services, maxi, bin_dir,  # noqa: F811
                                                  monkeypatch):
    fake_opener(bin_dir, "xdg-open", 3)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)  # what Qt would say
    dialog = open_dialog(qtbot, host, services, maxi, "follow_up")
    click_mail(qtbot, dialog)
    qtbot.waitUntil(dialog.mail_failure.isVisible, timeout=5000)
    assert "could not be opened" in dialog.mail_failure.label.text()
    assert "no method available" in dialog.mail_failure.label.text()
    assert "Opened" not in dialog.status.text()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.mail_failure.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.body.toPlainText() != ""


def test_no_opener_at_all_is_reported(qtbot, host, services, maxi, bin_dir, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog = open_dialog(qtbot, host, services, maxi, "follow_up")
    click_mail(qtbot, dialog)
    assert dialog.mail_failure.isVisible()
    assert dialog.mail_failure.copy_button.hasFocus()


def test_a_working_opener_says_so(qtbot, host, services, maxi, bin_dir):  # noqa: F811
    fake_opener(bin_dir, "xdg-email", 0)
    dialog = open_dialog(qtbot, host, services, maxi, "follow_up")
    click_mail(qtbot, dialog)
    qtbot.waitUntil(lambda: "Opened" in dialog.status.text(), timeout=5000)
    assert not dialog.mail_failure.isVisible()
