"""The picture at the top of the contact page: the photo, or the initials on their colour.
Clicking it (or Enter on it) chooses a picture file; a picture file dropped on it is taken
too; its context menu removes the photo. Stored as a small thumbnail (widgets/avatars.py);
setting and removing are undoable (Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QIcon, QImageReader
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from app.services import Services
from app.services.base import NotFoundError, ValidationError
from app.ui.widgets import undo
from app.ui.widgets.avatars import avatar, thumbnail_of_file

SIZE = 64


def picture_filter() -> str:
    formats = sorted({bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()}
                     & {"jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff"})
    return QCoreApplication.translate("PhotoButton", "Pictures (%1)").replace(
        "%1", " ".join(f"*.{f}" for f in formats))


class PhotoButton(QToolButton):
    def __init__(self, services: Services, navigator=None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.navigator = navigator
        self.contact_id: int | None = None
        self.name = ""
        self.has_photo = False
        self.setIconSize(QSize(SIZE, SIZE))
        self.setAutoRaise(True)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self.choose)
        self.choose_action = QAction(self.tr("Choose photo…"), self)
        self.choose_action.triggered.connect(self.choose)
        self.remove_action = QAction(self.tr("Remove photo"), self)
        self.remove_action.triggered.connect(self.remove)
        # A context menu of its own (actions added to a tool button draw a menu arrow,
        # which would promise a menu on click; a click chooses a file).
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.last_error = ""

    def show_contact(self, contact_id: int, name: str) -> None:
        self.contact_id, self.name = contact_id, name
        photo = self.services.photos.get(contact_id)
        self.has_photo = photo is not None
        self.setIcon(QIcon(avatar(name, photo, SIZE * 2)))  # sharp on a 2x screen
        self.remove_action.setEnabled(self.has_photo)
        self.setAccessibleName(self.tr("Photo of %1").replace("%1", name))
        self.setToolTip(self.tr("Choose a photo, or drop a picture file here; "
                                "right-click to remove it"))

    def _menu(self, position) -> None:
        menu = QMenu(self)
        menu.addActions([self.choose_action, self.remove_action])
        menu.exec(self.mapToGlobal(position))
        menu.deleteLater()

    # --- choosing ---------------------------------------------------------------------
    def choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Photo of %1").replace("%1", self.name), "", picture_filter())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same everywhere
        chosen = dialog.selectedFiles() if dialog.exec() else []
        dialog.deleteLater()
        if chosen:
            self.set_from_file(chosen[0])

    def set_from_file(self, path: str) -> bool:
        if self.contact_id is None:
            return False
        try:
            data = thumbnail_of_file(path)
        except ValueError:
            self._tell(self.tr("“%1” is not a picture Rapport can read.").replace("%1", path))
            return False
        contact_id, before = self.contact_id, self.services.photos.get(self.contact_id)
        try:
            undo.run(self.navigator,
                     QCoreApplication.translate("Undo", "Set photo of %1").replace("%1", self.name),
                     lambda: self.services.photos.set(contact_id, data),
                     lambda: self._put_back(contact_id, before))
        except (ValidationError, NotFoundError) as error:
            self._tell(str(error))
            return False
        self.show_contact(contact_id, self.name)
        return True

    def remove(self) -> None:
        if self.contact_id is None or not self.has_photo:
            return
        contact_id, before = self.contact_id, self.services.photos.get(self.contact_id)
        undo.run(self.navigator,
                 QCoreApplication.translate("Undo", "Remove photo of %1").replace("%1", self.name),
                 lambda: self.services.photos.remove(contact_id),
                 lambda: self._put_back(contact_id, before))
        self.show_contact(contact_id, self.name)

    def _put_back(self, contact_id: int, before: bytes | None) -> None:
        if before is None:
            self.services.photos.remove(contact_id)
        else:
            self.services.photos.set(contact_id, before)

    def _tell(self, message: str) -> None:
        self.last_error = message
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 10000)

    # --- drag and drop ----------------------------------------------------------------
    def _dropped_file(self, event) -> str | None:
        urls: list[QUrl] = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 else None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event)
        if path and self.set_from_file(path):
            event.acceptProposedAction()
        else:
            event.ignore()
