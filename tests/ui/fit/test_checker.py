"""The fit checker (checker.py) finds text that does not fit, and only that:
each check is shown a deliberately too-small widget and must name it, and a
form laid out by Qt at its own size (left to right, right to left, large
font) must pass."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tests.ui.fit.checker import Problem, check

SENTENCE = "Nothing you write is stored on the disk unencrypted."


def _shown(qtbot, widget: QWidget, *, size: tuple[int, int] | None = None) -> QWidget:  # noqa: ANN001
    qtbot.addWidget(widget)
    if size is None:
        widget.resize(widget.sizeHint())
    else:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _form(scale: float, direction: Qt.LayoutDirection) -> QWidget:
    root = QWidget()
    root.setLayoutDirection(direction)
    font = QFont(root.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    root.setFont(font)
    form = QFormLayout()
    form.addRow("Title:", QLineEdit("Street outreach, station"))
    combo = QComboBox()
    combo.addItems(["Not recorded", "Bar or club", "Online"])
    form.addRow("Setting:", combo)
    form.addRow(QCheckBox("There are paper notes of this meeting"))
    wrapped = QLabel(SENTENCE + " " + SENTENCE)
    wrapped.setWordWrap(True)
    form.addRow(wrapped)
    box = QGroupBox("What it cannot do")
    QVBoxLayout(box).addWidget(QLabel("It cannot hide that the vault exists."))
    tabs = QTabWidget()
    tabs.addTab(QLabel("One"), "Timeline")
    tabs.addTab(QLabel("Two"), "Patterns over time")
    layout = QVBoxLayout(root)
    layout.addLayout(form)
    layout.addWidget(box)
    layout.addWidget(tabs)
    layout.addWidget(QPushButton("Save a printable sheet (PDF)…"))
    return root


def _whats(problems: list[Problem]) -> str:
    return "\n".join(p.line() for p in problems)


@pytest.mark.parametrize("scale", [1.0, 1.6])
@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_a_form_at_its_own_size_fits(qtbot, scale: float, direction: Qt.LayoutDirection) -> None:  # noqa: ANN001
    root = _shown(qtbot, _form(scale, direction))
    assert check(root) == [], _whats(check(root))


def test_a_label_too_narrow_for_its_text(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    label = QLabel("Information and referrals given:", root)
    label.setGeometry(0, 0, 80, 40)
    _shown(qtbot, root, size=(200, 60))
    problems = check(root)
    assert [p.widget for p in problems] == ['QLabel "Information and referrals given:"']
    assert "px wide in" in problems[0].what


def test_a_label_too_narrow_in_right_to_left_arabic(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    root.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label = QLabel("المعلومات والإحالات المقدمة:", root)
    label.setGeometry(0, 0, label.sizeHint().width() - 6, 40)
    _shown(qtbot, root, size=(300, 60))
    assert "px wide in" in check(root)[0].what


def test_a_label_too_short_for_its_text(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    label = QLabel("One line", root)
    label.setGeometry(0, 0, 200, label.sizeHint().height() // 2)
    _shown(qtbot, root, size=(220, 60))
    assert "px high in" in check(root)[0].what


def test_a_wrapped_label_cut_at_the_bottom(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    label = QLabel(SENTENCE * 3, root)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 200, 40)
    _shown(qtbot, root, size=(220, 60))
    problems = check(root)
    assert len(problems) == 1 and problems[0].what.startswith("wraps to"), _whats(problems)


def test_a_wrapped_label_narrower_than_its_longest_word(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    label = QLabel("Supercalifragilisticexpialidocious", root)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 60, 200)
    _shown(qtbot, root, size=(220, 220))
    assert any("longest word" in p.what for p in check(root)), _whats(check(root))


def test_a_button_too_narrow_for_its_text(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    button = QPushButton("Replace with a code…", root)
    button.setGeometry(0, 0, button.sizeHint().width() // 2, button.sizeHint().height())
    _shown(qtbot, root, size=(300, 60))
    assert "text and icon" in check(root)[0].what


def test_a_check_box_too_narrow_for_its_text(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    box = QCheckBox("I talked with someone about it", root)
    box.setGeometry(0, 0, box.sizeHint().width() - 12, box.sizeHint().height())
    _shown(qtbot, root, size=(300, 60))
    assert "px wide in" in check(root)[0].what


def test_a_group_box_title_wider_than_the_box(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    box = QGroupBox("Gender and intersectionality", root)
    box.setGeometry(0, 0, 60, 60)
    _shown(qtbot, root, size=(300, 80))
    assert "title" in check(root)[0].what


def test_a_squeezed_tab(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    tabs = QTabWidget(root)
    tabs.setUsesScrollButtons(False)
    tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
    for name in ("Timeline of incidents", "Patterns over time", "Settings"):
        tabs.addTab(QWidget(), name)
    tabs.setGeometry(0, 0, 160, 100)
    _shown(qtbot, root, size=(200, 120))
    assert any(p.what.startswith('tab "') for p in check(root)), _whats(check(root))


def test_a_combo_box_too_narrow_for_its_choice(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    combo = QComboBox(root)
    combo.addItem("No particular meeting")
    combo.setGeometry(0, 0, 90, combo.sizeHint().height())
    _shown(qtbot, root, size=(200, 60))
    assert check(root)[0].what.startswith('shows "No particular meeting"')


def test_a_field_too_narrow_for_its_value_or_placeholder(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    date = QLineEdit("30 11 2026", root)
    date.setGeometry(0, 0, 50, 30)
    hint = QLineEdit(root)
    hint.setPlaceholderText("From any date")
    hint.setGeometry(0, 40, 50, 30)
    _shown(qtbot, root, size=(200, 80))
    whats = sorted(p.what.split(" ")[0] for p in check(root))
    assert whats == ["placeholder", "value"]


def test_text_cut_off_by_its_parent(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    panel = QWidget(root)
    panel.setGeometry(0, 0, 100, 100)
    label = QLabel("Delete entry", panel)
    label.setGeometry(60, 10, label.sizeHint().width(), label.sizeHint().height())
    _shown(qtbot, root, size=(300, 120))
    problems = check(root)
    assert len(problems) == 1 and "cut off by QWidget" in problems[0].what, _whats(problems)


def test_text_scrolled_out_of_view_is_not_cut_off_but_without_scroll_bars_it_is(
    qtbot,  # noqa: ANN001
) -> None:
    root = QWidget()
    area = QScrollArea(root)
    area.setGeometry(0, 0, 200, 100)
    content = QWidget()
    column = QVBoxLayout(content)
    for i in range(20):
        column.addWidget(QLabel(f"Question {i + 1}"))
    area.setWidget(content)
    _shown(qtbot, root, size=(220, 120))
    assert check(root) == [], _whats(check(root))
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    assert any("cut off by QWidget" in p.what for p in check(root))


def test_overlapping_texts(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    number = QLabel("12345 67890 12345", root)
    number.setGeometry(0, 0, 180, 30)
    below = QLabel("Not verified yet", root)
    below.setGeometry(0, 20, 180, 30)
    _shown(qtbot, root, size=(200, 60))
    problems = check(root)
    assert len(problems) == 1 and problems[0].what.startswith('overlaps QLabel "Not verified')


def test_a_list_row_wider_than_the_list_and_a_list_that_should_elide(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    people = QListWidget(root)
    people.addItem("Dr. N. (supervision) — +00 000 000 — every second Monday")
    people.setGeometry(0, 0, 120, 100)
    _shown(qtbot, root, size=(200, 120))
    assert check(root)[0].what.startswith("row 1 needs")
    people.setObjectName("journal_entries")  # on the allow-list: it elides its rows
    assert check(root)[0].what == "meant to elide its rows, but row 1 runs past the list"
    people.setItemDelegate(_EveryRowAsWideAsTheList(people))
    people.setResizeMode(QListWidget.ResizeMode.Adjust)
    people.doItemsLayout()
    assert check(root) == []


class _EveryRowAsWideAsTheList(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:  # noqa: ANN001, N802
        return QSize(1, super().sizeHint(option, index).height())


def test_a_dialog_larger_than_the_screen(qtbot) -> None:  # noqa: ANN001
    screen = QGuiApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    dialog.setMinimumSize(screen.width() + 50, 100)
    _shown(qtbot, dialog, size=(screen.width() + 50, 100))
    problems = check(dialog)
    assert problems and "larger than the screen's" in problems[0].what


def test_names_the_fieldsafe_module_that_built_the_widget(qtbot) -> None:  # noqa: ANN001
    from fieldsafe.ui.journal.view import JournalView

    view = JournalView()
    view.gate_button.setFixedWidth(30)  # "Open my journal" in 30 pixels
    _shown(qtbot, view, size=(400, 300))
    problems = check(view)
    assert [(p.owner, p.widget) for p in problems] == [
        ("ui/journal/gate.py", 'QPushButton "Open my journal"')
    ], _whats(problems)


def test_a_wrapped_list_row_cut_at_the_bottom(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    people = QListWidget(root)
    people.setWordWrap(True)
    people.addItem("Dr. N. (supervision) — +00 000 000 — every second Monday")
    people.item(0).setSizeHint(QSize(100, 12))  # one short line for three lines of words
    people.setGeometry(0, 0, 120, 100)
    _shown(qtbot, root, size=(200, 120))
    assert check(root)[0].what.startswith("row 1 wraps to")


def test_a_shared_widget_is_charged_to_the_screen_that_placed_it(qtbot) -> None:  # noqa: ANN001
    from fieldsafe.ui.common.optional_date import OptionalDate
    from fieldsafe.ui.journal.view import JournalView

    view = JournalView()
    date = OptionalDate("From any date", view.gate)
    date.setGeometry(0, 0, 40, 30)
    _shown(qtbot, view, size=(400, 300))
    owners = {p.owner for p in check(view) if "From any date" in p.widget + p.what}
    assert owners == {"ui/journal/gate.py"}
