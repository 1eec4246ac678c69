"""The application icon's files (packaging/icons): the PNGs at every size the
menus and installers use, the Windows .ico and macOS .icns made from them,
and the window's copy of the SVG, all in step with packaging/icons/fieldsafe.svg
(packaging/icons/render.py makes them)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "packaging" / "icons"


def test_the_pngs_have_their_sizes_and_are_drawn_not_blank() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
        with Image.open(ICONS / "png" / f"fieldsafe-{size}.png") as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            corner, middle = image.getpixel((0, 0)), image.getpixel((size // 2, size // 2))
            assert corner[3] == 0, "the corners are transparent"
            assert middle[3] == 255, "the shield is drawn"


def test_the_ico_and_icns_hold_the_sizes_windows_and_macos_ask_for() -> None:
    with Image.open(ICONS / "fieldsafe.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "fieldsafe.icns") as icns:
        assert {(16, 16, 2), (32, 32, 2), (128, 128, 1), (256, 256, 1), (512, 512, 2)} <= set(
            icns.info["sizes"]
        )


def test_the_window_uses_the_same_svg() -> None:
    app_svg = ROOT / "src" / "fieldsafe" / "resources" / "icons" / "fieldsafe.svg"
    assert app_svg.read_bytes() == (ICONS / "fieldsafe.svg").read_bytes()
