"""The bundled icons (ui/common/icons.py, resources/icons/): present, licensed,
packaged, and drawn in the theme's colours."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from fieldsafe.ui.common import icons, theme

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def restore_look(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    for name in ("choice", "palette", "active"):
        monkeypatch.setattr(theme._Applied, name, getattr(theme._Applied, name))
    sheet, palette, style_name = qapp.styleSheet(), QPalette(qapp.palette()), qapp.style().name()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(QStyleFactory.create(style_name))
    qapp.setPalette(palette)


def test_every_icon_is_bundled_with_its_licence() -> None:
    for name, file in icons.ICON_FILES.items():
        svg = (icons.ICON_DIR / f"{file}.svg").read_text(encoding="utf-8")
        assert "@license lucide-static v1.62.0 - ISC" in svg, name
        assert 'stroke="currentColor"' in svg, name  # so the theme can colour it
    licence = (icons.ICON_DIR / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence and "Lucide" in licence
    readme = (icons.ICON_DIR / "README.md").read_text(encoding="utf-8")
    assert "lucide-static" in readme and "1.62.0" in readme
    used = {f"{file}.svg" for file in icons.ICON_FILES.values()}
    bundled = {p.name for p in icons.ICON_DIR.glob("*.svg")} - {"fieldsafe.svg"}  # FieldSafe's own
    assert bundled == used, "only the icons FieldSafe uses are bundled"


def test_the_sections_actions_and_states_have_icons() -> None:
    for name in (
        "today", "logs", "plans", "journal", "incidents", "risk_assessments",
        "new", "save", "lock", "print", "attach", "search", "share", "edit",
        "done", "attention", "due", "info",
    ):  # fmt: skip
        assert not icons.icon(name).isNull(), name
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_icons_are_packaged() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]["fieldsafe"]
    assert "resources/icons/*.svg" in data
    assert "resources/icons/LICENSE" in data


def _ink(image: QImage) -> set[str]:
    """The opaque colours drawn (anti-aliased edges left out)."""
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                found.add(colour.name())
    return found


@pytest.mark.parametrize("choice", ["light", "dark", "high_contrast"])
def test_icons_take_the_themes_text_colour(restore_look: QApplication, choice: str) -> None:
    palette = theme.apply(restore_look, choice)
    icon = icons.icon("save")
    normal = _ink(icon.pixmap(QSize(48, 48)).toImage())
    assert normal == {QColor(palette.text).name()}
    selected = _ink(icon.pixmap(QSize(48, 48), QIcon.Mode.Selected).toImage())
    assert selected == {QColor(palette.on_selection).name()}
    disabled = _ink(icon.pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage())
    assert disabled == {QColor(palette.disabled).name()}


def test_an_icon_changes_colour_with_the_theme(restore_look: QApplication) -> None:
    icon = icons.icon("lock")
    theme.apply(restore_look, "light")
    light = _ink(icon.pixmap(QSize(32, 32)).toImage())
    theme.apply(restore_look, "dark")
    dark = _ink(icon.pixmap(QSize(32, 32)).toImage())
    assert light == {theme.LIGHT.text} and dark == {theme.DARK.text}
