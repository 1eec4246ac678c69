"""Names in the Colleagues dialog (Interface 1.2) and the safety number's
layout (Interface 1.5): my name on my card, each side's name above its own
half of the safety number, a colleague renamed here by keyboard and shown
so everywhere, and a safety number that never overlaps what is below it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from fieldsafe.exchange.identity import Identity, card_half, safety_halves, safety_number
from fieldsafe.ui.common import dialogs
from fieldsafe.ui.plans import sharing as ui_sharing
from fieldsafe.ui.plans.colleagues import ColleaguesDialog
from fieldsafe.vault import Vault
from tests.exchange.pair import pair_with
from tests.ui.conftest import activate, find, unnamed_focusable


@pytest.fixture(autouse=True)
def _no_file_choosers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file chooser opened by mistake fails the test instead of waiting."""

    def unexpected(cls, *args: object, **kw: object) -> None:  # noqa: ANN001
        raise AssertionError("a file chooser opened")

    monkeypatch.setattr(dialogs.ChooseFile, "save", classmethod(unexpected))
    monkeypatch.setattr(dialogs.ChooseFile, "open", classmethod(unexpected))


def _dialog(qtbot, vault: Vault) -> ColleaguesDialog:  # noqa: ANN001
    dialog = ColleaguesDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def _choose(dialog: ColleaguesDialog, name: str) -> None:
    for row in range(dialog.colleagues.count()):
        if f"\u2068{name}\u2069" in dialog.colleagues.item(row).text():
            dialog.colleagues.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not in the list")


def test_my_name_is_on_my_card_and_each_name_stands_above_its_own_half(
    qtbot,  # noqa: ANN001
    vault: Vault,
) -> None:
    vault.sharing.set_name("Amal")
    bea = Identity.generate("Bea")
    vault.sharing.add_card(bea.card())
    dialog = _dialog(qtbot, vault)
    assert "Amal" in dialog.my_name.text() and not dialog.default_name_hint.isVisible()
    _choose(dialog, "Bea")
    mine = vault.sharing.identity().card()
    expected = {
        mine.fingerprint: "You (\u2068Amal\u2069)",
        bea.card().fingerprint: "\u2068Bea\u2069",
    }
    for (card, half), name, digits in zip(
        safety_halves(mine, bea.card()), dialog.number.names, dialog.number.halves, strict=True
    ):
        assert name.text() == expected[card.fingerprint]
        assert digits.text().split() == half.split() == card_half(card).split()
        assert name.geometry().bottom() < digits.geometry().top()  # the name is above its half
    assert dialog.number.text() == safety_number(bea.card(), mine)  # as Bea's screen shows it
    assert unnamed_focusable(dialog) == []


def test_an_unnamed_card_says_so_honestly(qtbot, vault: Vault) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, vault)
    assert "FieldSafe" in dialog.my_name.text()
    assert dialog.default_name_hint.isVisible()
    assert "cannot tell you apart" in dialog.default_name_hint.text()


def test_a_colleague_is_renamed_by_keyboard_and_shown_so_everywhere(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pair_with(vault, tmp_path / "bea") as pair:
        vault.sharing.add_card(Identity.generate("Cem").card())
        dialog = _dialog(qtbot, vault)
        _choose(dialog, "Bea")
        dialog.colleagues.setFocus()
        qtbot.keyClick(dialog.colleagues, Qt.Key.Key_F2)  # F2 goes to the name, all selected
        field = find("Name shown for this colleague", QLineEdit, within=dialog)
        assert field.hasFocus() and field.selectedText() == "Bea"
        qtbot.keyClicks(field, "Bea (north team)")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert vault.sharing.get(pair.bea_at_amal).name == "Bea (north team)"
        assert "\u2068Bea (north team)\u2069" in dialog.colleagues.currentItem().text()
        assert "\u2068Bea (north team)\u2069" in [n.text() for n in dialog.number.names]
        assert dialog.colleagues.hasFocus()

        # Cem cannot be given a name that looks like Bea's, nor Amal's own.
        _choose(dialog, "Cem")
        for taken, shown in (("BEA (North Team)", "Bea (north team)"), ("Amal", "Amal")):
            qtbot.keyClick(dialog.colleagues, Qt.Key.Key_F2)
            qtbot.keyClicks(field, taken)
            qtbot.keyClick(field, Qt.Key.Key_Return)
            assert f"\u2068{shown}\u2069" in dialog.status.text()
            assert "cannot be mistaken" in dialog.status.text()
            assert field.hasFocus()
            dialog.colleagues.setFocus()
        assert sorted(e.name for e in vault.sharing.all()) == ["Bea (north team)", "Cem"]

        # The share chooser and the import question use the stored name.
        plan_id, _ = vault.plans.save({"starts_at": "2026-03-05T10:00:00Z", "location": "x"})
        offered: list[list[str]] = []
        monkeypatch.setattr(
            ui_sharing.ChooseRecipients,
            "ask",
            classmethod(lambda cls, parent, names: offered.append(names) and None),
        )
        assert not ui_sharing.share_plan(dialog, vault, plan_id)
        assert offered[0][0] == "Bea (north team)"
        bundle = tmp_path / "b.age"
        theirs, _ = pair.bea.plans.save({"starts_at": "2026-03-06T10:00:00Z"})
        bundle.write_bytes(pair.send(pair.bea, theirs))
        asked: list[str] = []
        monkeypatch.setattr(ui_sharing.ChooseFile, "open", classmethod(lambda cls, *a, **k: bundle))
        monkeypatch.setattr(
            ui_sharing.ConfirmImport, "ask", classmethod(lambda cls, p, q: asked.append(q) or False)
        )
        assert ui_sharing.receive_bundle(dialog, vault) is None
        assert "\u2068Bea (north team)\u2069 (verified)" in asked[0]


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(bigger)
    yield
    qapp.setFont(font)


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _text_fits(label: QLabel) -> bool:
    """The label's text, laid out as QLabel draws it, inside its contents."""
    area = label.contentsRect()
    flags = int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
    needed = QFontMetrics(label.font()).boundingRect(area, flags, label.text())
    return needed.height() <= area.height() and needed.width() <= area.width()


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
@pytest.mark.parametrize("size", [None, (520, 420)])
def test_the_safety_number_never_overlaps_the_text_below_at_font_scale_1_6(
    qtbot,  # noqa: ANN001
    qapp: QApplication,
    large_font: None,
    vault: Vault,
    direction: Qt.LayoutDirection,
    size: tuple[int, int] | None,
) -> None:
    """It used to: a wrapped number in a fixed three-line height ran into
    "Not verified yet…" at large sizes. Now every widget of the chosen
    colleague has its own place and its text fits inside it."""
    qapp.setLayoutDirection(direction)
    vault.sharing.set_name("Amal")
    vault.sharing.add_card(Identity.generate("Bea Nakamura-Okonkwo").card())
    dialog = ColleaguesDialog(vault)
    qtbot.addWidget(dialog)
    if size is not None:
        dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.colleagues.setCurrentRow(0)
    QApplication.processEvents()
    number = dialog.number
    column = [
        dialog.name_hint,
        number.heading,
        number.names[0],
        number.halves[0],
        number.names[1],
        number.halves[1],
        dialog.state,
        dialog.verify_button,
        dialog.remove_button,
    ]
    rects = [_rect(w, dialog) for w in column]
    for above, below, widget in zip(rects, rects[1:], column[1:], strict=False):
        assert above.bottom() < below.top(), widget.accessibleName() or type(widget).__name__
    for widget in column:
        if isinstance(widget, QLabel):
            assert _text_fits(widget), widget.text()
    side = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    for name in number.names:
        assert name.alignment() & side
    for half in number.halves:
        assert half.layoutDirection() == Qt.LayoutDirection.LeftToRight  # digits in one order
        assert half.alignment() & side  # under its name, on the side the layout starts from
        assert len(half.text().splitlines()) == 2


def test_tab_follows_the_columns(qtbot, vault: Vault) -> None:  # noqa: ANN001
    """My card, a colleague's card, then my colleagues and the chosen one:
    Tab goes down each column in turn."""
    vault.sharing.add_card(Identity.generate("Bea").card())
    dialog = _dialog(qtbot, vault)
    dialog.colleagues.setCurrentRow(0)
    dialog.save_card_button.setFocus()
    order = []
    for _ in range(12):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [
        dialog.save_card_button,
        dialog.import_button,
        dialog.paste,
        dialog.paste_button,
        dialog.colleagues,
        dialog.name_field,
        dialog.rename_button,
        *dialog.number.halves,
        dialog.verify_button,
        dialog.remove_button,
    ]
    assert order[: len(expected)] == expected
