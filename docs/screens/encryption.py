"""Screenshots of Settings → Encryption…, over the main window at 1280×800: before
encrypting (a passphrase typed twice), and right after (the recovery key, shown once).

    QT_QPA_PLATFORM=offscreen python docs/screens/encryption.py [en|de]
"""

from __future__ import annotations

import sys
from pathlib import Path

from shots import SIZE, over_window, qt_app, sample_services  # also sets up offscreen Qt

PASSPHRASE = "Kaffee am Morgen"


def memory_keyring() -> None:
    """A keyring as on a desktop (the screenshot shows the keyring choice available)."""
    import keyring
    import keyring.backend

    class Memory(keyring.backend.KeyringBackend):
        priority = 1
        items: dict = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            self.items.pop((service, username), None)

    keyring.set_keyring(Memory())


def shoot(outdir: Path, language: str) -> list[Path]:
    from app.ui.settings.encryption_dialog import EncryptionDialog
    from app.ui.shell.main_window import MainWindow

    app = qt_app(language)
    app.setStyle("Fusion")
    memory_keyring()
    written = []
    with sample_services() as services:
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        window.show_page("today")  # the page a user has open, not an empty frame
        app.processEvents()
        dialog = EncryptionDialog(services, window)
        dialog.show()
        dialog.use_passphrase.setChecked(True)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        for name in ("", "-recovery"):
            if name:
                dialog.encrypt.click()
                while dialog.worker is not None:
                    app.processEvents()
            dialog.adjustSize()
            app.processEvents()
            path = outdir / f"settings-encryption{name}-{language}.png"
            over_window(window.grab(), dialog.grab()).save(str(path))
            written.append(path)
        dialog.recovery.saved.setChecked(True)
        dialog.close()
        window.close()
    return written


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "screenshots"
    for lang in sys.argv[1:] or ["en", "de"]:
        for written_path in shoot(target, lang):
            print(written_path)
