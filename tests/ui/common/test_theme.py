"""The design system (ui/common/theme.py, style.py): contrast computed from
the palettes, focus rings, roles, sizes that follow the font, the system's
light or dark wish followed, no alarm red."""

from __future__ import annotations

import colorsys
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.ui.common import fonts, style, theme
from fieldsafe.ui.shell import settings

STANDARD = [theme.LIGHT, theme.DARK]
HIGH = [theme.HIGH_CONTRAST_LIGHT, theme.HIGH_CONTRAST_DARK]


@pytest.fixture
def restore_look(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """Leave the application as it was: style, palette, stylesheet, font."""
    for name in ("choice", "palette", "active"):
        monkeypatch.setattr(theme._Applied, name, getattr(theme._Applied, name))
    sheet, palette, font = qapp.styleSheet(), QPalette(qapp.palette()), QFont(qapp.font())
    style_name = qapp.style().name()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(QStyleFactory.create(style_name))
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.mark.parametrize("palette", STANDARD, ids=lambda p: p.name)
def test_text_meets_wcag_aa_in_light_and_dark(palette: theme.Palette) -> None:
    for what, fg, bg in theme.text_pairs(palette):
        assert theme.contrast_ratio(fg, bg) >= 4.5, f"{palette.name}: {what}"


@pytest.mark.parametrize("palette", HIGH, ids=lambda p: p.name)
def test_text_meets_wcag_aaa_in_high_contrast(palette: theme.Palette) -> None:
    for what, fg, bg in theme.text_pairs(palette):
        assert theme.contrast_ratio(fg, bg) >= 7.0, f"{palette.name}: {what}"


@pytest.mark.parametrize("palette", STANDARD + HIGH, ids=lambda p: p.name)
def test_focus_rings_and_markers_stand_out(palette: theme.Palette) -> None:
    for what, fg, bg in theme.ring_pairs(palette):
        assert theme.contrast_ratio(fg, bg) >= 3.0, f"{palette.name}: {what}"


def test_contrast_formula_matches_wcag_examples() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("palette", STANDARD + HIGH, ids=lambda p: p.name)
def test_no_alarm_red(palette: theme.Palette) -> None:
    for name, value in vars(palette).items():
        if not isinstance(value, str) or not value.startswith("#"):
            continue
        r, g, b = (int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))
        hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
        reddish = hue < 25 / 360 or hue > 335 / 360
        assert not (reddish and saturation > 0.35 and 0.2 < lightness < 0.8), (
            f"{palette.name}.{name} {value} reads as alarm red"
        )


def test_choices_offer_every_theme_with_a_label() -> None:
    offered = theme.choices()
    assert [value for value, _label in offered] == list(theme.THEMES)
    assert all(label.strip() for _value, label in offered)
    assert len({label for _value, label in offered}) == len(offered)


def test_the_applied_palette_is_the_theme_and_its_pairs_pass(restore_look: QApplication) -> None:
    app = restore_look
    theme.apply(app, "dark")
    applied = app.palette()
    Role = QPalette.ColorRole
    assert applied.color(Role.Window).name() == theme.DARK.window
    assert applied.color(Role.Base).name() == theme.DARK.surface
    for fg, bg in (
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.PlaceholderText, Role.Base),
        (Role.HighlightedText, Role.Highlight),
        (Role.ButtonText, Role.Button),
    ):
        ratio = theme.contrast_ratio(applied.color(fg).name(), applied.color(bg).name())
        assert ratio >= 4.5, (fg, bg)


def test_the_stylesheet_rings_every_focusable_kind(restore_look: QApplication) -> None:
    sheet = style.stylesheet(theme.LIGHT, restore_look.font())
    for kind in style.FOCUSABLE:
        rule = re.search(re.escape(kind) + r":focus[^{]*\{([^}]*)\}", sheet)
        if rule is None:  # grouped with others: "A:focus, B:focus {"
            rule = re.search(r"[^{}]*" + re.escape(kind) + r":focus[^{]*\{([^}]*)\}", sheet)
        assert rule is not None, f"no :focus rule for {kind}"
        assert theme.LIGHT.focus in rule.group(1) or "border-color" in rule.group(1), kind
    for kind in style.STYLE_DRAWN:  # left to FieldSafeStyle: a rule would lose their arrows
        assert not re.search(r"(^|[\s,])" + kind + r"\s*[:{,]", sheet), kind


def _has_colour(image: QImage, colour: str) -> bool:
    want = QColor(colour)
    for y in range(image.height()):
        for x in range(image.width()):
            got = image.pixelColor(QPoint(x, y))
            if (
                abs(got.red() - want.red()) < 12
                and abs(got.green() - want.green()) < 12
                and abs(got.blue() - want.blue()) < 12
            ):
                return True
    return False


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_focus_ring_is_drawn_where_the_focus_is(
    qtbot, restore_look: QApplication, choice: str
) -> None:  # noqa: ANN001
    palette = theme.apply(restore_look, choice)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    widgets = [QPushButton("Save"), QLineEdit("text"), QComboBox(), QCheckBox("Include")]
    widgets[2].addItems(["Not recorded", "Bar"])
    for widget in widgets:
        layout.addWidget(widget)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    for widget in widgets:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert _has_colour(widget.grab().toImage(), palette.focus), type(widget).__name__
        other = widgets[0] if widget is not widgets[0] else widgets[1]
        other.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(other.hasFocus)
        assert not _has_colour(widget.grab().toImage(), palette.focus), type(widget).__name__


def test_hints_are_muted_smaller_and_never_italic(qtbot, restore_look: QApplication) -> None:  # noqa: ANN001
    theme.apply(restore_look, "light")
    body = restore_look.font().pointSizeF()
    hint = QLabel("Use person codes, not names")
    hint.setProperty("role", "hint")
    qtbot.addWidget(hint)
    hint.ensurePolished()
    assert not hint.font().italic()
    assert hint.font().pointSizeF() < body
    assert hint.palette().color(QPalette.ColorRole.WindowText).name() == theme.LIGHT.muted


def test_sizes_follow_the_font_scale(qtbot, restore_look: QApplication) -> None:  # noqa: ANN001
    app = restore_look
    font = QFont(app.font())
    font.setPointSizeF(9.0)
    app.setFont(font)
    theme.apply(app, "light")
    small_space = theme.spacing(4)
    title = QLabel("Title")
    title.setProperty("role", "title")
    qtbot.addWidget(title)
    title.ensurePolished()
    small_title = title.font().pointSizeF()
    font.setPointSizeF(9.0 * 1.6)
    app.setFont(font)
    theme.apply(app, "light")
    big = QLabel("Title")
    big.setProperty("role", "title")
    qtbot.addWidget(big)
    big.ensurePolished()
    assert big.font().pointSizeF() == pytest.approx(small_title * 1.6, rel=0.05)
    assert theme.spacing(4) > small_space
    assert small_title == pytest.approx(9.0 * theme.TYPE_SCALE["title"], rel=0.05)


def test_a_labels_last_letter_is_never_cut_off(qtbot, restore_look: QApplication) -> None:  # noqa: ANN001
    """Seen on the welcome page in Arabic at font scale 1.6: a line that fills
    its label ends in a final noon whose tail reaches past its advance, and
    the label cut it off. Labels keep a little room at both ends now."""
    app = restore_look
    fonts.install(app)
    font = QFont(app.font())
    font.setPointSizeF(9.0 * 1.6)
    app.setFont(font)
    theme.apply(app, "light")
    text = (
        "يحفظ FieldSafe ملاحظاتك الميدانية في خزنة واحدة مشفّرة على هذا الحاسوب. "
        "لا يُخزَّن أي شيء تكتبه على القرص دون تشفير، وكل شيء يعمل دون إنترنت."
    )
    for width in range(780, 880, 2):
        label = QLabel(text)
        label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        label.setWordWrap(True)
        qtbot.addWidget(label)
        label.resize(width, label.heightForWidth(width))
        image = label.grab().toImage()
        back = image.pixelColor(image.width() // 2, image.height() - 1).lightness()
        for x in (0, image.width() - 1):
            ink = [
                y
                for y in range(image.height())
                if abs(image.pixelColor(x, y).lightness() - back) > 60
            ]
            assert not ink, f"ink at x={x} in a label {width} px wide: the text is cut off"


def test_system_choice_follows_the_system_when_it_changes(
    restore_look: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = restore_look
    dark = [False]
    monkeypatch.setattr(theme, "system_is_dark", lambda: dark[0])
    theme.apply(app, "system")
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT.window
    dark[0] = True
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
    assert theme.current() is theme.DARK
    # a fixed choice stays put
    theme.apply(app, "light")
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current() is theme.LIGHT
    # high contrast takes the system's side too
    theme.apply(app, "high_contrast")
    assert theme.current() is theme.HIGH_CONTRAST_DARK


def test_unknown_theme_follows_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    assert theme.resolve("neon") is theme.LIGHT
    assert theme.resolve(None) is theme.LIGHT


def test_theme_setting_is_validated(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "settings.json"
    assert settings.Settings().theme == "system"
    for value in theme.THEMES:
        settings.save(settings.Settings(theme=value), path)
        assert settings.load(path).theme == value
    path.write_text('{"theme": "neon"}')
    assert settings.load(path).theme == "system"
    path.write_text('{"theme": 3}')
    assert settings.load(path).theme == "system"


def test_the_setting_knows_every_theme() -> None:
    assert settings.THEMES == theme.THEMES
