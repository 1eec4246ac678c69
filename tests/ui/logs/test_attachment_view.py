"""The attachment viewer: images and PDF pages in memory, zoom, pages, wipe."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea

from fieldsafe.errors import NotFound
from fieldsafe.media import prepare_attachment
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.logs.attachment_images import thumbnail
from fieldsafe.ui.logs.attachment_viewer import AttachmentView
from fieldsafe.vault import Vault
from fieldsafe.vault.attachments import AttachmentInfo
from tests.images import jpeg_with_gps, tiny_pdf
from tests.ui.conftest import (
    START,
    activate,
    assert_nowhere,
    find,
    run_posted,
    unnamed_focusable,
    wait_ops,
)

NAME_CANARY = "attachment-name-canary-5e1f"


def _attach(vault: Vault, data: bytes, name: str) -> AttachmentInfo:
    log = vault.logs.save(occurred_at=START, title="with an attachment")
    return vault.attachments.add(log.id, prepare_attachment(data, name=name))


def _open(qtbot, vault: Vault, info: AttachmentInfo) -> AttachmentView:  # noqa: ANN001
    view = AttachmentView(vault, info, None)
    view.show()
    qtbot.waitExposed(view)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: view.displayed_size().width() > 1 or view.status.text() != "")
    return view


def _settle(qtbot, view: AttachmentView) -> None:  # noqa: ANN001
    """Let a delayed re-render start and finish: the posted layout and resize
    events that start its timers, the timers, then the render."""
    run_posted(qtbot)
    qtbot.waitUntil(
        lambda: not any(t.isActive() for t in view.findChildren(QTimer)) and not ops.busy()
    )


def test_image_is_shown_and_zooms(qtbot, vault: Vault) -> None:  # noqa: ANN001
    info = _attach(vault, jpeg_with_gps(640, 480), f"{NAME_CANARY}.jpg")
    view = _open(qtbot, vault, info)
    assert view.windowTitle() == "Attachment"
    assert NAME_CANARY not in view.windowTitle()
    assert view.name_label.text() == f"{NAME_CANARY}.jpg"
    assert any(
        label.text() == "Location and camera data were removed."
        for label in view.findChildren(QLabel)
    )
    assert not find("Previous page", QPushButton, within=view, visible=False).isVisible()
    fitted = view.displayed_size()
    assert fitted.width() > 1 and abs(fitted.width() * 3 - fitted.height() * 4) <= 4  # aspect kept

    qtbot.mouseClick(find("Zoom in", QPushButton, within=view), Qt.MouseButton.LeftButton)
    bigger = view.displayed_size()
    assert bigger.width() > fitted.width() and bigger.height() > fitted.height()
    assert view.canvas.size() == bigger

    qtbot.mouseClick(find("Zoom out", QPushButton, within=view), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find("Zoom out", QPushButton, within=view), Qt.MouseButton.LeftButton)
    smaller = view.displayed_size()
    assert smaller.width() < fitted.width()

    qtbot.mouseClick(find("Fit to window", QPushButton, within=view), Qt.MouseButton.LeftButton)
    assert view.displayed_size() == fitted


def test_zoom_keys(qtbot, vault: Vault) -> None:  # noqa: ANN001
    info = _attach(vault, jpeg_with_gps(320, 240), "k.jpg")
    view = _open(qtbot, vault, info)
    activate(qtbot, view)
    fitted = view.displayed_size()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.displayed_size().width() > fitted.width()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.displayed_size() == fitted
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    smaller = view.displayed_size()
    assert smaller.width() < fitted.width()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    smallest = view.displayed_size()
    assert smallest.width() < smaller.width()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.displayed_size().width() > smallest.width()
    qtbot.keyClick(view, Qt.Key.Key_Equal)
    assert view.displayed_size().width() > smaller.width()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_pdf_pages(qtbot, vault: Vault) -> None:  # noqa: ANN001
    info = _attach(vault, tiny_pdf(2), "scan.pdf")
    view = _open(qtbot, vault, info)
    _settle(qtbot, view)
    page_label = next(
        label for label in view.findChildren(QLabel) if label.text().startswith("Page")
    )
    assert page_label.text() == "Page 1 of 2"
    assert any(
        label.text() == "PDF files are kept as they were, including any details stored inside them."
        for label in view.findChildren(QLabel)
    )
    assert not any("removed" in label.text() for label in view.findChildren(QLabel))
    previous = find("Previous page", QPushButton, within=view)
    following = find("Next page", QPushButton, within=view)
    assert not previous.isEnabled() and following.isEnabled()
    first = view.canvas.image
    assert first is not None
    # the red square of the test PDF is top-left: the page is really rendered
    assert first.pixelColor(2, 2).red() > 200 and first.pixelColor(2, 2).green() < 60
    assert first.pixelColor(first.width() - 3, first.height() - 3).green() > 200

    qtbot.mouseClick(following, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert view.page == 1
    assert page_label.text() == "Page 2 of 2"
    assert previous.isEnabled() and not following.isEnabled()
    assert view.canvas.image is not None and view.canvas.image is not first

    activate(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    wait_ops(qtbot)
    assert view.page == 0 and page_label.text() == "Page 1 of 2"
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    wait_ops(qtbot)
    assert view.page == 1

    before = view.displayed_size()
    qtbot.mouseClick(find("Zoom in", QPushButton, within=view), Qt.MouseButton.LeftButton)
    assert view.displayed_size().width() > before.width()
    # re-rendered for the new size rather than stretched
    qtbot.waitUntil(lambda: abs(view.canvas.image.width() - view.displayed_size().width()) <= 2)


def test_wipe_clears_pictures_and_name(qtbot, vault: Vault) -> None:  # noqa: ANN001
    info = _attach(vault, tiny_pdf(2), f"{NAME_CANARY}.pdf")
    view = _open(qtbot, vault, info)
    assert view.canvas.image is not None
    view.wipe()
    assert view.canvas.image is None
    assert view.displayed_size() == QSize(0, 0)
    assert view._data is None
    assert not find("Zoom in", QPushButton, within=view).isEnabled()
    assert_nowhere(NAME_CANARY)
    # a page turn after the wipe does nothing
    view.next_page()
    wait_ops(qtbot)
    assert view.canvas.image is None


def test_closing_releases_the_picture(qtbot, vault: Vault) -> None:  # noqa: ANN001
    info = _attach(vault, jpeg_with_gps(), f"{NAME_CANARY}.jpg")
    view = _open(qtbot, vault, info)
    assert view.canvas.image is not None
    view.reject()
    assert view.canvas.image is None
    assert view.name_label.text() == ""


def test_result_after_wipe_is_dropped(qtbot, vault: Vault) -> None:  # noqa: ANN001
    info = _attach(vault, jpeg_with_gps(), "late.jpg")
    view = AttachmentView(vault, info, None)
    assert ops.busy()  # the bytes are on their way
    view.wipe()  # locked before the bytes arrived
    wait_ops(qtbot)
    assert view.canvas.image is None


def test_failure_is_worded_by_describe(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    info = _attach(vault, jpeg_with_gps(), "gone.jpg")

    def missing(_id: str) -> bytes:
        raise NotFound()

    monkeypatch.setattr(vault.attachments, "data", missing)
    view = _open(qtbot, vault, info)
    assert view.status.text() == describe(NotFound())
    assert not find("Zoom in", QPushButton, within=view).isEnabled()


def test_accessible_and_long_names_do_not_widen(qtbot, vault: Vault) -> None:  # noqa: ANN001
    info = _attach(vault, tiny_pdf(1), "x" * 190 + ".pdf")
    view = _open(qtbot, vault, info)
    assert not unnamed_focusable(view)
    assert find("Attachment preview", QScrollArea, within=view)
    screen = view.screen().availableGeometry()
    assert view.minimumSizeHint().width() < screen.width()
    assert view.name_label.text() == "x" * 190 + ".pdf"


def test_right_to_left_and_large_font(qtbot, qapp: QApplication, vault: Vault) -> None:  # noqa: ANN001
    font = qapp.font()
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(big)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        info = _attach(vault, jpeg_with_gps(), "rtl.jpg")
        view = _open(qtbot, vault, info)
        assert view.isRightToLeft()
        assert view.displayed_size().width() > 1
        previous = find("Zoom out", QPushButton, within=view)
        following = find("Zoom in", QPushButton, within=view)
        assert previous.x() > following.x()  # mirrored
    finally:
        qapp.setFont(font)


def test_thumbnails_in_memory() -> None:
    image = thumbnail(
        prepare_attachment(jpeg_with_gps(640, 480), name="t.jpg").data, "image/jpeg", 96
    )
    assert image is not None and (image.width(), image.height()) == (96, 72)
    small = thumbnail(jpeg_with_gps(40, 30), "image/jpeg", 96)
    assert small is not None and (small.width(), small.height()) == (40, 30)
    page = thumbnail(tiny_pdf(2), "application/pdf", 96)
    assert page is not None and max(page.width(), page.height()) <= 96
    assert max(page.width(), page.height()) >= 90
    letter = thumbnail(tiny_pdf(1, 200, 100), "application/pdf", 96)
    assert letter is not None and letter.width() >= 90 and letter.height() <= 50
    assert thumbnail(b"not an image", "image/png", 96) is None
    assert thumbnail(b"%PDF-1.4 broken", "application/pdf", 96) is None
    assert thumbnail(b"", "image/png", 96) is None


def test_large_photo_scaled_copy_is_released(qtbot, vault: Vault) -> None:  # noqa: ANN001
    info = _attach(vault, jpeg_with_gps(2400, 1800), "big.jpg")
    view = _open(qtbot, vault, info)
    view.canvas.grab()  # paint once at "fit": a smooth copy of the display size is made
    scaled = view.canvas._scaled
    assert scaled is not None and scaled.width() < 2400
    assert abs(scaled.width() - view.displayed_size().width()) <= 2
    qtbot.mouseClick(find("Zoom in", QPushButton, within=view), Qt.MouseButton.LeftButton)
    assert view.canvas._scaled is None or view.canvas._scaled.size() != scaled.size()
    view.wipe()
    assert view.canvas._scaled is None and view.canvas.image is None
