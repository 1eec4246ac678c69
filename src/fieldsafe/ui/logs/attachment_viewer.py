"""Viewing an attachment: a photo, a scan or the pages of a PDF, in memory.

The bytes are read from the vault and decoded on a worker thread
(:mod:`fieldsafe.ui.common.ops`); PDF pages are rendered by pdfium into a
``QImage`` one page at a time, again off the GUI thread. Nothing is written
to disk, and nothing is cached beyond the open dialog: closing it (or
:meth:`AttachmentView.wipe`, on lock) drops the bytes and the pictures.

The file name is record content: it is shown in the dialog's body only,
never in its title (a fixed word, "Attachment").

Keys: ``+``/``-`` and Ctrl++/Ctrl+- zoom, Ctrl+0 fits the window,
Page Up/Page Down (and Home/End) turn pages, Esc closes.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QImage, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.plain_text import plain_tooltip
from fieldsafe.ui.logs.attachment_images import A4, Canvas, decode_image, page_image
from fieldsafe.vault import AttachmentInfo

if TYPE_CHECKING:
    from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.logs.attachment_viewer")

MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25
#: PDF pages are rendered at most this large; beyond it the page is stretched
MAX_PAGE_PIXELS = 16_000_000
#: after zooming, wait this long for more key presses before re-rendering a page
RERENDER_DELAY_MS = 150


@dataclass(frozen=True)
class _Loaded:
    data: bytes | None  # kept for PDFs, to render other pages
    pages: int
    image: QImage | None
    index: int = 0
    scale: float = 0.0  # the render scale of a PDF page, device pixels per point


@dataclass(frozen=True)
class _Rendered:
    index: int
    scale: float
    image: QImage


# -- widgets -------------------------------------------------------------------------------


class _ElidedLabel(QLabel):
    """One line of plain text, shortened in the middle ("long…name.jpg")
    when there is no room, so a long file name never widens the dialog.
    ``text()`` stays the whole text (and the tooltip shows it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 12), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, rect.width()
        )
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        self.style().drawItemText(
            painter, rect, int(align), self.palette(), self.isEnabled(), text, self.foregroundRole()
        )
        painter.end()


class AttachmentView(QDialog):
    """Shows one attachment. Use ``open()``; the content arrives shortly
    after (wait for :func:`fieldsafe.ui.common.ops.busy` in tests)."""

    #: the preview area (an attribute named like QWidget.scroll(), kept for callers)
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, vault: Vault, info: AttachmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._info = info
        self._pdf = info.is_pdf
        self._data: bytes | None = None
        self._pages = max(1, info.pages)
        self._page = 0
        self._zoom = 1.0
        self._fit = True
        self._generation = 0
        self._rendered_scale = 0.0
        self._page_sizes: dict[int, tuple[float, float]] = {}
        self._first_size = (
            (float(info.width), float(info.height)) if info.width > 0 and info.height > 0 else A4
        )

        self.setWindowTitle(self.tr("Attachment"))
        self._build_labels(info)
        self._build_preview()
        self._build_controls()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)
        self._add_shortcuts()

        self._rerender_timer = QTimer(self)
        self._rerender_timer.setSingleShot(True)
        self._rerender_timer.setInterval(RERENDER_DELAY_MS)
        self._rerender_timer.timeout.connect(self._render_page)

        self.previous_button.setVisible(self._pdf)
        self.next_button.setVisible(self._pdf)
        self.page_label.setVisible(self._pdf)
        self._update_controls()
        fm = QFontMetrics(self.font())
        self.resize(fm.averageCharWidth() * 90, fm.lineSpacing() * 36)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size() * 0.9
            self.resize(self.size().boundedTo(room))
        self.scroll.setFocus()
        self._load()

    def _build_labels(self, info: AttachmentInfo) -> None:
        self.name_label = _ElidedLabel(self)
        self.name_label.setText(info.name)
        self.name_label.setToolTip(plain_tooltip(info.name))  # a name may hold markup
        self.metadata_label = QLabel(self)
        self.metadata_label.setTextFormat(Qt.TextFormat.PlainText)
        self.metadata_label.setWordWrap(True)
        self.metadata_label.setText(self._metadata_text())
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setText(self.tr("Opening the attachment…"))

    def _build_preview(self) -> None:
        self.canvas = Canvas()
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Attachment preview"))
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.viewport().installEventFilter(self)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.timeout.connect(self._refit)

    def _build_controls(self) -> None:
        self.previous_button = self._button(self.tr("Previous page"), self.previous_page)
        self.next_button = self._button(self.tr("Next page"), self.next_page)
        self.page_label = QLabel(self)
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_out_button = self._button(self.tr("Zoom out"), self.zoom_out)
        self.zoom_in_button = self._button(self.tr("Zoom in"), self.zoom_in)
        self.fit_button = self._button(self.tr("Fit to window"), self.fit_to_window)
        self.zoom_label = QLabel(self)
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.fit_button.setToolTip(self.tr("Fit to window (Ctrl+0)"))
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.metadata_label)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _add_shortcuts(self) -> None:
        for keys, slot in (
            (("+", "=", QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.zoom_in),
            (("-", QKeySequence.StandardKey.ZoomOut), self.zoom_out),
            (("Ctrl+0",), self.fit_to_window),
            (("PgDown",), self.next_page),
            (("PgUp",), self.previous_page),
            (("Home",), self.first_page),
            (("End",), self.last_page),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(slot)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _metadata_text(self) -> str:
        if self._pdf:
            return self.tr(
                "PDF files are kept as they were, including any details stored inside them."
            )
        if self._info.metadata_removed:
            return self.tr("Location and camera data were removed.")
        return self.tr(
            "This photo was kept as it was, including any location or camera details stored in it."
        )

    # -- loading --------------------------------------------------------------------------
    def _load(self) -> None:
        vault, info = self._vault, self._info
        generation = self._generation
        scale = self._device_scale(self._first_size) if self._pdf else 0.0

        def work() -> _Loaded:
            assert vault is not None
            data = vault.attachments.data(info.id)
            if info.is_pdf:
                from fieldsafe.media import pdf_page_count

                pages = pdf_page_count(data)
                return _Loaded(data, pages, page_image(data, 0, scale), 0, scale)
            return _Loaded(None, 1, decode_image(data))

        ops.run(work, parent=self).on_success(
            lambda loaded: self._loaded(generation, loaded)
        ).on_failure(lambda exc: self._failed(generation, exc))

    def _loaded(self, generation: int, loaded: _Loaded) -> None:
        if generation != self._generation:
            return
        if loaded.image is None:
            self.status.setText(self.tr("This file cannot be shown."))
            self._update_controls()
            return
        self.status.setText("")
        if self._pdf:
            self._data = loaded.data
            self._pages = max(1, loaded.pages)
            self._show_page(_Rendered(loaded.index, loaded.scale, loaded.image))
        else:
            self.canvas.image = loaded.image  # its size decides the display size
            self.canvas.show_image(loaded.image, self._display_size())
        self._update_controls()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.info("attachment_view_failed", exc_info=(type(exc), exc, None))
        self.status.setText(describe(exc))
        self._update_controls()

    # -- PDF pages ------------------------------------------------------------------------
    def _page_size(self, index: int | None = None) -> tuple[float, float]:
        return self._page_sizes.get(self._page if index is None else index, self._first_size)

    def _render_page(self) -> None:
        data = self._data
        if data is None:
            return
        self._rerender_timer.stop()
        self._generation += 1
        generation, index = self._generation, self._page
        scale = self._device_scale(self._page_size(index))

        ops.run(
            lambda: _Rendered(index, scale, page_image(data, index, scale)), parent=self
        ).on_success(lambda rendered: self._rendered(generation, rendered)).on_failure(
            lambda exc: self._failed(generation, exc)
        )

    def _rendered(self, generation: int, rendered: _Rendered) -> None:
        if generation == self._generation:
            self._show_page(rendered)

    def _show_page(self, rendered: _Rendered) -> None:
        known = rendered.index in self._page_sizes
        size = (rendered.image.width() / rendered.scale, rendered.image.height() / rendered.scale)
        self._page_sizes[rendered.index] = size
        self._rendered_scale = rendered.scale
        self.canvas.show_image(rendered.image, self._display_size())
        self.status.setText("")
        self._update_controls()
        if not known and abs(self._device_scale(size) / rendered.scale - 1) > 0.1:
            self._render_page()  # the page's size was a guess: once more, sharp

    def _go_to(self, index: int) -> None:
        if not self._pdf or self._data is None:
            return
        index = max(0, min(self._pages - 1, index))
        if index == self._page:
            return
        self._page = index
        self._update_controls()
        self._render_page()

    def next_page(self) -> None:
        self._go_to(self._page + 1)

    def previous_page(self) -> None:
        self._go_to(self._page - 1)

    def first_page(self) -> None:
        self._go_to(0)

    def last_page(self) -> None:
        self._go_to(self._pages - 1)

    @property
    def page(self) -> int:
        """The page shown, 0-based."""
        return self._page

    # -- zoom -----------------------------------------------------------------------------
    def _natural_size(self) -> QSizeF:
        """The picture's size at 100 %, in logical pixels: an image pixel per
        pixel; a PDF page at its printed size on this screen."""
        if self._pdf:
            width, height = self._page_size()
            dpi = self.logicalDpiX() / 72.0
            return QSizeF(width * dpi, height * dpi)
        image = self.canvas.image
        if image is None:
            return QSizeF(0, 0)
        return QSizeF(image.width(), image.height())

    def _fit_zoom(self, natural: QSizeF) -> float:
        if natural.isEmpty():
            return 1.0
        room = self.scroll.viewport().size()
        if not self.scroll.isVisible():  # not laid out yet: estimate from the dialog's size
            lines = self.fontMetrics().lineSpacing()
            room = QSize(self.width() - 3 * lines, self.height() - 10 * lines)
        margin = 2 * self.scroll.frameWidth() + 2
        width, height = max(1, room.width() - margin), max(1, room.height() - margin)
        return min(width / natural.width(), height / natural.height())

    def _effective_zoom(self, natural: QSizeF | None = None) -> float:
        natural = self._natural_size() if natural is None else natural
        zoom = self._fit_zoom(natural) if self._fit else self._zoom
        return max(MIN_ZOOM, min(MAX_ZOOM, zoom))

    def _display_size(self) -> QSizeF:
        natural = self._natural_size()
        return natural * self._effective_zoom(natural)

    def _device_scale(self, page: tuple[float, float]) -> float:
        """Device pixels per PDF point for ``page`` at the current zoom,
        capped at :data:`MAX_PAGE_PIXELS`."""
        dpi = self.logicalDpiX() / 72.0
        natural = QSizeF(page[0] * dpi, page[1] * dpi)
        scale = self._effective_zoom(natural) * dpi * self.devicePixelRatioF()
        area = page[0] * page[1]
        if area > 0 and area * scale * scale > MAX_PAGE_PIXELS:
            scale = math.sqrt(MAX_PAGE_PIXELS / area)
        return max(scale, 0.01)

    def _apply_zoom(self) -> None:
        if self.canvas.image is None:
            self._update_controls()
            return
        self.canvas.set_display_size(self._display_size())
        self._update_controls()
        if self._pdf and self._data is not None:
            wanted = self._device_scale(self._page_size())
            if self._rendered_scale <= 0 or abs(wanted / self._rendered_scale - 1) > 0.05:
                self._rerender_timer.start()

    def zoom_in(self) -> None:
        self._zoom = min(MAX_ZOOM, self._effective_zoom() * ZOOM_STEP)
        self._fit = False
        self._apply_zoom()

    def zoom_out(self) -> None:
        self._zoom = max(MIN_ZOOM, self._effective_zoom() / ZOOM_STEP)
        self._fit = False
        self._apply_zoom()

    def fit_to_window(self) -> None:
        self._fit = True
        self._apply_zoom()

    @property
    def zoom(self) -> float:
        """The current zoom factor (1.0 = 100 %)."""
        return self._effective_zoom()

    def displayed_size(self) -> QSize:
        """The size the picture is shown at, in logical pixels (0×0 when none)."""
        return self.canvas.display_size()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize and self._fit:
            self._refit_timer.start(0)
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        if self._fit and self.canvas.image is not None:
            self._apply_zoom()

    # -- state ----------------------------------------------------------------------------
    def _update_controls(self) -> None:
        shown = self.canvas.image is not None
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(
                page=self.locale().toString(self._page + 1),
                pages=self.locale().toString(self._pages),
            )
        )
        self.previous_button.setEnabled(shown and self._page > 0)
        self.next_button.setEnabled(shown and self._page < self._pages - 1)
        zoom = self._effective_zoom() if shown else 1.0
        self.zoom_in_button.setEnabled(shown and zoom < MAX_ZOOM)
        self.zoom_out_button.setEnabled(shown and zoom > MIN_ZOOM)
        self.fit_button.setEnabled(shown)
        self.zoom_label.setText(
            self.tr("{percent} %").format(percent=self.locale().toString(round(zoom * 100)))
            if shown
            else ""
        )

    def wipe(self) -> None:
        """Forget the bytes, the pictures and the name (on lock)."""
        self._generation += 1  # results still on their way are dropped
        self._rerender_timer.stop()
        self._refit_timer.stop()
        self._data = None
        self._vault = None
        self._page_sizes.clear()
        self.canvas.clear()
        self.name_label.clear()
        self.name_label.setToolTip("")
        self.metadata_label.clear()
        self.page_label.clear()
        self.zoom_label.clear()
        self.status.clear()
        for button in (
            self.previous_button,
            self.next_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
        ):
            button.setEnabled(False)

    def done(self, result: int) -> None:
        self.wipe()  # closing releases the pictures, whether or not the dialog is deleted
        super().done(result)
