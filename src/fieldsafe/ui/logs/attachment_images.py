"""Attachments as pictures, in memory: photos decoded and PDF pages rendered
into a ``QImage`` (safe on a worker thread), thumbnails for the editor's
strip, and the canvas the viewer draws a picture on.

Nothing is written to disk: the bytes come from the vault and the pictures
live as long as whoever holds them (:mod:`fieldsafe.ui.logs.attachment_viewer`,
:mod:`fieldsafe.ui.logs.attachments_panel`).
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

log = logging.getLogger("fieldsafe.ui.logs.attachment_images")

#: images larger than this are decoded scaled down (Qt refuses >256 MB anyway)
MAX_DECODE_PIXELS = 40_000_000
#: an A4 page in PDF points: the size a PDF page is guessed at before it is rendered
A4 = (595.0, 842.0)


# -- decoding (any thread) ----------------------------------------------------------------


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader, buffer


def decode_image(
    data: bytes, *, max_pixels: int = MAX_DECODE_PIXELS, box: int = 0
) -> QImage | None:
    """Decode a JPEG or PNG in memory; scaled down (while decoding, where
    the format allows) to at most ``max_pixels``, or to fit a ``box`` square.
    None if it cannot be decoded."""
    reader, buffer = _reader(data)
    try:
        size = reader.size()
        if size.isValid() and not size.isEmpty():
            target = QSize(size)
            if box > 0 and (size.width() > box or size.height() > box):
                target = size.scaled(box, box, Qt.AspectRatioMode.KeepAspectRatio)
            elif size.width() * size.height() > max_pixels:
                factor = math.sqrt(max_pixels / (size.width() * size.height()))
                target = QSize(
                    max(1, int(size.width() * factor)), max(1, int(size.height() * factor))
                )
            if target != size:
                reader.setScaledSize(target)
        image = reader.read()
    finally:
        buffer.close()
    return None if image.isNull() else image


def page_image(data: bytes, index: int, scale: float) -> QImage:
    """Page ``index`` of the PDF ``data`` at ``scale`` device pixels per point."""
    from fieldsafe.media import render_pdf_page

    width, height, pixels = render_pdf_page(data, index, scale=scale)
    # QImage does not own ``pixels``: copy() so the picture outlives the bytes.
    return QImage(pixels, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def thumbnail(data: bytes, media_type: str, size: int) -> QImage | None:
    """A picture at most ``size`` pixels wide and high (aspect kept), in
    memory: the image itself, or a PDF's first page. None if the bytes
    cannot be shown. Safe to call on a worker thread."""
    if size <= 0 or not data:
        return None
    try:
        image: QImage | None
        if media_type == "application/pdf":
            scale = size / max(A4)
            image = page_image(data, 0, scale)
            longest = max(image.width(), image.height())
            if 0 < longest < size * 0.8:  # a page smaller than A4: render it sharper
                image = page_image(data, 0, scale * size / longest)
        else:
            image = decode_image(data, box=size)
            if image is None:
                return None
    except Exception:  # noqa: BLE001 - a missing thumbnail is not an error worth showing
        log.info("thumbnail_failed")
        return None
    if image.width() > size or image.height() > size:
        image = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


# -- drawing --------------------------------------------------------------------------------


class Canvas(QWidget):
    """Draws one picture scaled to a display size (only the part exposed).
    When it is shown much smaller than it is, one smoothly scaled copy of
    the display size is kept (in memory), so handwriting stays legible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self._scaled: QImage | None = None
        self._size = QSize(0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_image(self, image: QImage | None, size: QSizeF) -> None:
        self.image = image
        self._scaled = None
        self.set_display_size(size)

    def set_display_size(self, size: QSizeF) -> None:
        self._size = QSize(max(1, round(size.width())), max(1, round(size.height())))
        if self._scaled is not None and self._scaled.size() != self._device_size():
            self._scaled = None
        self.resize(self._size)
        self.update()

    def display_size(self) -> QSize:
        return QSize(self._size) if self.image is not None else QSize(0, 0)

    def clear(self) -> None:
        self.image = None
        self._scaled = None
        self._size = QSize(0, 0)
        self.resize(0, 0)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._size)

    def _device_size(self) -> QSize:
        ratio = self.devicePixelRatioF()
        return QSize(
            max(1, round(self._size.width() * ratio)), max(1, round(self._size.height() * ratio))
        )

    def _source(self) -> QImage | None:
        image = self.image
        if image is None:
            return None
        wanted = self._device_size()
        if image.width() < wanted.width() * 1.5:
            return image  # near 100 % or enlarged: draw the original
        if self._scaled is None:
            self._scaled = image.scaled(
                wanted,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return self._scaled

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        image = self._source()
        if image is None or self._size.isEmpty():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        sx = image.width() / self._size.width()
        sy = image.height() / self._size.height()
        target = QRectF(event.rect()).intersected(
            QRectF(0, 0, self._size.width(), self._size.height())
        )
        source = QRectF(target.x() * sx, target.y() * sy, target.width() * sx, target.height() * sy)
        painter.drawImage(target, image, source)
        painter.end()
