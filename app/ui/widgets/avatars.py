"""Contact pictures: the stored thumbnail made from a picture file (QImage, so the services
stay Qt-free), and a round avatar for lists and the contact page, the photo or the initials
on a colour of their own when there is none.

Avatars are cached: initials by (letters, colour, size), photos by the picture's bytes, so
a list that is read again on every keystroke does not decode its pictures again.
"""

from __future__ import annotations

import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from app.services.photos import MAX_BYTES, THUMBNAIL_PX

# Mid-tone colours that carry white letters (WCAG AA for large text) in light and dark themes.
COLOURS = ("#1565c0", "#2e7d32", "#6a1b9a", "#ad1457", "#00695c", "#4e342e", "#283593",
           "#c62828", "#37474f", "#0277bd", "#558b2f", "#6d4c41")
CACHE_LIMIT = 2000
_cache: dict[tuple, QPixmap] = {}


def initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def _colour_index(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % len(COLOURS)


def colour_for(name: str) -> QColor:
    """The same person gets the same colour in every list, on every start."""
    return QColor(COLOURS[_colour_index(name)])


def avatar(name: str, photo: bytes | None, size: int) -> QPixmap:
    """A round picture of `size` px: the photo, or the initials on their colour."""
    # Initials by their letters and colour: thousands of names share a few hundred circles.
    key = (("photo", zlib.crc32(photo), len(photo), size) if photo
           else ("initials", initials(name), _colour_index(name), size))
    found = _cache.get(key)
    if found is not None:
        return found
    image = QImage.fromData(photo) if photo else QImage()
    pixmap = _round(image, size) if not image.isNull() else _initials(name, size)
    if len(_cache) >= CACHE_LIMIT:
        _cache.clear()
    _cache[key] = pixmap
    return pixmap


def _round(image: QImage, size: int) -> QPixmap:
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    scaled = square.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)
    painter.drawImage(0, 0, scaled)
    painter.end()
    return pixmap


def _initials(name: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour_for(name))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont()
    font.setPixelSize(max(6, int(size * 0.42)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


def thumbnail(image: QImage) -> bytes:
    """The picture as stored: its centre square at most THUMBNAIL_PX, JPEG (PNG when it has
    transparency), well under MAX_BYTES."""
    if image.isNull():
        raise ValueError("not a picture")
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    if side > THUMBNAIL_PX:
        square = square.scaled(THUMBNAIL_PX, THUMBNAIL_PX, Qt.AspectRatioMode.IgnoreAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
    fmt = "PNG" if square.hasAlphaChannel() else "JPG"
    for quality in (85, 70, 50):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        square.save(buffer, fmt, quality)
        buffer.close()
        if len(data) <= MAX_BYTES:
            return bytes(data.data())
    raise ValueError("the picture does not get small enough")


def thumbnail_of_file(path: str) -> bytes:
    """A picture file (JPEG, PNG, GIF, BMP, WebP… what Qt reads) as a stored thumbnail;
    ValueError when it is not a picture."""
    return thumbnail(QImage(path))
