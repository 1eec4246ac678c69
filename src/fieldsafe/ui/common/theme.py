"""FieldSafe's look: calm palettes, spacing, a type scale and visible focus.

One place decides how the interface looks. :func:`apply` gives the
application the Fusion style, a :class:`~PySide6.QtGui.QPalette` made from
one of the :data:`PALETTES` and one application stylesheet
(:mod:`.style`); widgets never set colours of their own. Custom painting
reads the palette's roles (``Text``, ``PlaceholderText``, ``Highlight``...),
so it follows the theme too.

The choices (:func:`choices`): follow the system (light or dark, from
``QStyleHints.colorScheme``, applied again when the system changes), light,
dark, and high contrast (black on white or white on black, by the same
system hint). Every text colour meets WCAG AA (4.5:1) against the
backgrounds it is drawn on, high contrast meets AAA (7:1), and focus rings
stand out 3:1 from their surroundings: tests/ui/common/test_theme.py
computes them from the palettes here.

Status is said with words and a shape first (an icon, a marker, a frame);
colour only supports it. There is no alarm red: "attention" is a quiet ochre.

Sizes follow the person's font (and its scale setting): spacing is a
fraction of the font's line height, and the type scale multiplies the
application font's point size. Widgets opt in to the roles of the stylesheet
with a dynamic property, before they are shown::

    label.setProperty("role", "hint")     # muted, slightly smaller, never italic
    label.setProperty("role", "title")    # a screen's title
    label.setProperty("role", "heading")  # a group's heading
    frame.setProperty("role", "notice")   # a calm framed note that asks for action
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from fieldsafe.ui.common.style import FieldSafeStyle

#: the values of the ``theme`` setting
THEMES = ("system", "light", "dark", "high_contrast")

#: the type scale: multiples of the application font's point size
TYPE_SCALE = {"small": 0.9, "body": 1.0, "heading": 1.15, "title": 1.35}


def _t(text: str) -> str:
    return QCoreApplication.translate("Theme", text)


@dataclass(frozen=True)
class Palette:
    """The colours of one theme, as ``#rrggbb``. Every pair the interface
    draws text with is listed in :func:`text_pairs`."""

    name: str
    dark: bool
    window: str  # the window's background
    surface: str  # fields, lists, editors
    surface_alt: str  # the sidebar, alternate rows
    raised: str  # buttons
    hover: str  # a button or row under the pointer
    text: str
    muted: str  # hints and secondary text
    disabled: str
    border: str
    accent: str  # the default button, the current section's marker
    on_accent: str
    selection: str  # selected rows: a tint, not a shout
    on_selection: str
    focus: str  # the focus ring
    link: str
    attention: str  # needs an action: a quiet ochre, always with words and a shape
    attention_surface: str
    steady: str  # done, in place


LIGHT = Palette(
    name="light",
    dark=False,
    window="#f3f5f7",
    surface="#ffffff",
    surface_alt="#e8edf1",
    raised="#ffffff",
    hover="#e3eaf0",
    text="#1d2730",
    muted="#4f5d69",
    disabled="#7b8790",
    border="#b9c3cc",
    accent="#2b6a86",
    on_accent="#ffffff",
    selection="#cde2ec",
    on_selection="#122430",
    focus="#1f63b5",
    link="#1f5a8a",
    attention="#7a4f00",
    attention_surface="#fbf3e2",
    steady="#2d6a4f",
)

DARK = Palette(
    name="dark",
    dark=True,
    window="#1a1f24",
    surface="#22292f",
    surface_alt="#15191d",
    raised="#2b333a",
    hover="#34404a",
    text="#e4e9ed",
    muted="#a9b5bf",
    disabled="#7d8891",
    border="#46525c",
    accent="#7ab8d3",
    on_accent="#0c1a21",
    selection="#2f4d5c",
    on_selection="#f0f5f8",
    focus="#8cc8ff",
    link="#8fc6e6",
    attention="#e3b65f",
    attention_surface="#33291a",
    steady="#7fcaa4",
)

HIGH_CONTRAST_LIGHT = Palette(
    name="high_contrast_light",
    dark=False,
    window="#ffffff",
    surface="#ffffff",
    surface_alt="#f2f2f2",
    raised="#ffffff",
    hover="#e6e6e6",
    text="#000000",
    muted="#2b2b2b",
    disabled="#595959",
    border="#000000",
    accent="#002f6c",
    on_accent="#ffffff",
    selection="#002f6c",
    on_selection="#ffffff",
    focus="#0047ab",
    link="#00337a",
    attention="#4d3000",
    attention_surface="#fff4d6",
    steady="#00441f",
)

HIGH_CONTRAST_DARK = Palette(
    name="high_contrast_dark",
    dark=True,
    window="#000000",
    surface="#000000",
    surface_alt="#0d0d0d",
    raised="#000000",
    hover="#262626",
    text="#ffffff",
    muted="#e6e6e6",
    disabled="#b3b3b3",
    border="#ffffff",
    accent="#ffe14d",
    on_accent="#000000",
    selection="#ffe14d",
    on_selection="#000000",
    focus="#ffe14d",
    link="#9fd8ff",
    attention="#ffd24d",
    attention_surface="#1f1a00",
    steady="#8dffb8",
)

PALETTES = {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK)}


def text_pairs(palette: Palette) -> list[tuple[str, str, str]]:
    """(what, foreground, background) for every text the interface draws."""
    p = palette
    return [
        ("text on window", p.text, p.window),
        ("text on surface", p.text, p.surface),
        ("text on sidebar", p.text, p.surface_alt),
        ("text on button", p.text, p.raised),
        ("text on hover", p.text, p.hover),
        ("hint on window", p.muted, p.window),
        ("hint on surface", p.muted, p.surface),
        ("hint on sidebar", p.muted, p.surface_alt),
        ("default button", p.on_accent, p.accent),
        ("selected row", p.on_selection, p.selection),
        ("link on surface", p.link, p.surface),
        ("attention note", p.text, p.attention_surface),
        ("attention word", p.attention, p.attention_surface),
        ("attention on window", p.attention, p.window),
        ("steady on surface", p.steady, p.surface),
    ]


def ring_pairs(palette: Palette) -> list[tuple[str, str, str]]:
    """(what, ring or marker colour, background) for shapes that must be seen
    (WCAG 1.4.11: 3:1 for user-interface components)."""
    p = palette
    pairs = [
        ("focus ring on window", p.focus, p.window),
        ("focus ring on surface", p.focus, p.surface),
        ("focus ring on sidebar", p.focus, p.surface_alt),
        ("section marker on sidebar", p.accent, p.surface_alt),
        ("progress bar's fill on surface", p.accent, p.surface),
    ]
    if p.name.startswith("high_contrast"):  # there, every field's edge is seen too
        pairs.append(("field border on window", p.border, p.window))
    return pairs


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def choices() -> list[tuple[str, str]]:
    """(value, translated label) for each theme, in the order to offer them."""
    labels = {
        "system": _t("Follow the system"),
        "light": _t("Light"),
        "dark": _t("Dark"),
        "high_contrast": _t("High contrast"),
    }
    return [(value, labels[value]) for value in THEMES]


def system_is_dark() -> bool:
    """The system asks for dark colours (Qt 6.5+; unknown counts as light)."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(value: str | None, *, dark: bool | None = None) -> Palette:
    """The palette for a ``theme`` setting; ``dark`` is the system's wish
    (read from Qt when None). An unknown value follows the system."""
    if dark is None:
        dark = system_is_dark()
    if value == "light":
        return LIGHT
    if value == "dark":
        return DARK
    if value == "high_contrast":
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


class _Applied:
    """What :func:`apply` last did, so a change of the system's colours can
    follow it (one connection for the process)."""

    choice: str = "system"
    palette: Palette = LIGHT
    style: FieldSafeStyle | None = None
    active: bool = False  # apply() was called: follow the system's changes
    connected: bool = False


def current() -> Palette:
    """The palette applied last (light before :func:`apply`)."""
    return _Applied.palette


def apply(app: QApplication, value: str | None = "system") -> Palette:
    """Give ``app`` the theme ``value`` (one of :data:`THEMES`): the Fusion
    style, the palette and the one stylesheet. Call after the application
    font (and its scale) is set; call again when the font or the choice
    changes. "system" and "high_contrast" follow the system's light or dark
    wish, now and whenever it changes."""
    from fieldsafe.ui.common.style import FieldSafeStyle, stylesheet

    _Applied.choice = value if value in THEMES else "system"
    palette = resolve(_Applied.choice)
    _Applied.palette = palette
    _Applied.active = True
    style = _Applied.style
    if style is None or not shiboken6.isValid(style):  # the application deletes a style it drops
        style = _Applied.style = FieldSafeStyle(palette)
    style.theme = palette
    if app.style() is not style:
        app.setStyle(style)
    app.setPalette(qpalette(palette))
    app.setStyleSheet(stylesheet(palette, app.font()))
    hints = QGuiApplication.styleHints()
    if hints is not None and not _Applied.connected:
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system())
        _Applied.connected = True
    return palette


def _follow_system() -> None:
    app = QApplication.instance()
    following = _Applied.choice in ("system", "high_contrast")
    if _Applied.active and following and isinstance(app, QApplication):
        apply(app, _Applied.choice)


def qpalette(palette: Palette) -> QPalette:
    """A :class:`QPalette` with every role set from ``palette``."""
    p = palette
    Role = QPalette.ColorRole
    out = QPalette()
    roles = {
        Role.Window: p.window,
        Role.WindowText: p.text,
        Role.Base: p.surface,
        Role.AlternateBase: p.surface_alt,
        Role.ToolTipBase: p.surface,
        Role.ToolTipText: p.text,
        Role.PlaceholderText: p.muted,
        Role.Text: p.text,
        Role.Button: p.raised,
        Role.ButtonText: p.text,
        Role.BrightText: p.on_accent,
        Role.Highlight: p.selection,
        Role.HighlightedText: p.on_selection,
        Role.Link: p.link,
        Role.LinkVisited: p.link,
        Role.Accent: p.accent,
        Role.Light: p.surface,
        Role.Midlight: p.hover,
        Role.Mid: p.border,
        Role.Dark: p.border,
        Role.Shadow: p.border,
    }
    for role, colour in roles.items():
        out.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (Role.Text, Role.WindowText, Role.ButtonText, Role.HighlightedText):
        out.setColor(disabled, role, QColor(p.disabled))
    out.setColor(disabled, Role.Highlight, QColor(p.hover))
    return out


# -- sizes ---------------------------------------------------------------------------------
def spacing(step: int = 1, *, metrics: QFontMetrics | None = None) -> int:
    """``step`` units of space, a unit being a quarter of a line of text:
    1 between related things, 2 inside a group, 4 between groups, 6 around
    an empty state. Grows with the font and its scale setting."""
    if metrics is None:
        metrics = QFontMetrics(QApplication.font())
    return max(1, round(metrics.height() * step / 4))


def point_size(role: str, base: float | None = None) -> float:
    """The point size for a step of :data:`TYPE_SCALE` (the application
    font's size, scale setting included, times the step)."""
    if base is None:
        base = QApplication.font().pointSizeF()
    return round(base * TYPE_SCALE[role], 1)


__all__ = [
    "DARK",
    "HIGH_CONTRAST_DARK",
    "HIGH_CONTRAST_LIGHT",
    "LIGHT",
    "PALETTES",
    "THEMES",
    "TYPE_SCALE",
    "Palette",
    "apply",
    "choices",
    "contrast_ratio",
    "current",
    "point_size",
    "qpalette",
    "resolve",
    "spacing",
    "text_pairs",
]
