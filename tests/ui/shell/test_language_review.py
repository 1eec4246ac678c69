"""Whether a native speaker has reviewed a language (issue 17): the language
picker shows each language by its own name with its review status, on a
second line a screen reader hears too; the first-run page and Preferences
say the chosen translation's status under the picker; About says it for the
current language, with how to tell us. The statuses come from
resources/i18n/languages.json; a language it does not list, or a file that
cannot be read, is "awaiting review", never "reviewed"."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from fieldsafe import app
from fieldsafe.ui.common import i18n
from fieldsafe.ui.common.bidi import strip_isolates
from fieldsafe.ui.common.language_choice import STATUS_ROLE, LanguageChoice
from fieldsafe.ui.common.theme import TYPE_SCALE
from fieldsafe.ui.shell.about import AboutDialog
from fieldsafe.ui.shell.preferences import PreferencesDialog

AWAITING = "Awaiting review by native speakers"
REVIEWED = "Reviewed by a native speaker"


def _languages_file(tmp_path: Path, review: dict[str, str]) -> Path:
    data = json.loads(i18n.LANGUAGES_FILE.read_text(encoding="utf-8"))
    for entry in data["languages"]:
        if entry["code"] == "ar":
            entry["review"] = review
    path = tmp_path / "languages.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def languages_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Lets a test point i18n at another languages.json (and forgets it after)."""
    i18n.shipped_languages.cache_clear()
    yield
    monkeypatch.undo()
    i18n.shipped_languages.cache_clear()


def test_the_shipped_file_says_arabic_awaits_review_by_native_speakers() -> None:
    listed = i18n.shipped_languages()
    assert list(listed)[0] == "en" and len(listed) == 24
    assert listed["en"].review.status == "source"
    arabic = listed["ar"]
    assert (arabic.name, arabic.direction, arabic.review.status) == ("العربية", "rtl", "awaiting")
    # no translation is marked reviewed until a native speaker has reviewed it
    assert {entry.review.status for code, entry in listed.items() if code != "en"} == {"awaiting"}


def test_the_picker_names_each_language_with_its_status(qtbot) -> None:  # noqa: ANN001
    choice = LanguageChoice(current="ar")
    qtbot.addWidget(choice)
    rows = [
        (choice.itemText(i), choice.itemData(i, STATUS_ROLE), choice.itemData(i))
        for i in range(choice.count())
    ]
    arabic = choice.findData("ar")
    assert rows[0] == ("English", "Original text", "en")
    assert rows[arabic] == ("العربية", AWAITING, "ar")
    assert [status for _name, status, _code in rows[1:]] == [AWAITING] * (len(rows) - 1)
    # A screen reader hears the name and the status of each row, and of the choice.
    spoken = strip_isolates(choice.itemData(arabic, Qt.ItemDataRole.AccessibleTextRole))
    assert spoken == f"العربية: {AWAITING}"
    assert strip_isolates(choice.accessibleDescription()) == spoken
    choice.set_value("en")
    assert strip_isolates(choice.accessibleDescription()) == "English: Original text"


def test_the_hint_under_the_picker_follows_the_choice(qtbot) -> None:  # noqa: ANN001
    holder = QWidget()
    qtbot.addWidget(holder)
    choice = LanguageChoice(current="en", with_system=True, parent=holder)
    hint = choice.status_hint(holder)
    assert hint.textFormat() == Qt.TextFormat.PlainText and hint.property("role") == "hint"
    holder.show()
    assert not hint.isVisible()  # English is the original: nothing to say
    choice.set_value("ar")
    assert hint.isVisible() and strip_isolates(hint.text()) == f"العربية: {AWAITING}"
    choice.set_value(None)  # the computer's own language
    assert not hint.isVisible()


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_the_open_list_fits_each_status_at_a_large_text_size(qtbot, direction) -> None:  # noqa: ANN001
    QApplication.setLayoutDirection(direction)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    QApplication.setFont(font)
    holder = QWidget()
    qtbot.addWidget(holder)
    choice = LanguageChoice(current="ar", parent=holder)
    holder.show()
    qtbot.waitExposed(holder)
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # opens the list
    view = choice.view()
    qtbot.waitUntil(view.isVisible)
    small = QFont(view.font())
    small.setPointSizeF(small.pointSizeF() * TYPE_SCALE["small"])
    for row in range(choice.count()):
        index = choice.model().index(row, 0)
        view.scrollTo(index)  # 24 languages: the list scrolls
        rect = view.visualRect(index)
        status = index.data(STATUS_ROLE)
        assert rect.width() > QFontMetrics(small).horizontalAdvance(status), status
        lines = QFontMetrics(view.font()).lineSpacing() + QFontMetrics(small).lineSpacing()
        assert rect.height() >= lines
        assert view.viewport().rect().contains(rect)  # not cut off at the side
    assert view.window().isRightToLeft() == (direction == Qt.LayoutDirection.RightToLeft)
    qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_first_run_and_preferences_say_the_status_of_the_chosen_translation(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    session = app.start(["--vault", str(tmp_path / "v"), "--lang", "ar"])
    try:
        page = session.wizard.welcome_page
        qtbot.waitExposed(session.wizard)
        hint = page.findChild(QWidget, "language-status")
        assert hint is not None and hint.isVisible()
        assert "العربية" in hint.text()
        status = QCoreApplication.translate("languages", AWAITING)
        assert status in hint.text()
    finally:
        session.shutdown()
    dialog = PreferencesDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    choice = dialog.language
    choice.set_value("ar")
    hint = dialog.findChild(QWidget, "language-status")
    status = QCoreApplication.translate("languages", AWAITING)  # in the language shown now
    assert hint is not None and hint.isVisible() and status in hint.text()


def test_about_says_the_current_language_awaits_review_and_how_to_tell_us(qtbot) -> None:  # noqa: ANN001
    i18n.install_translators(QApplication.instance(), "ar")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = strip_isolates(dialog.details.toPlainText())
    awaiting = QCoreApplication.translate(
        "languages",
        "Language: {language}, awaiting review by native speakers: no one whose language "
        "it is has checked this translation yet.",
    ).format(language="العربية")
    tell = QCoreApplication.translate(
        "languages",
        "If a word reads wrong, unclear or unkind, tell us through the organisation that "
        "gave you FieldSafe.",
    )
    assert awaiting in text and tell in text
    assert "http" not in text  # the project has no public address: none is made up


def test_about_in_english_says_it_is_the_original(qtbot) -> None:  # noqa: ANN001
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = strip_isolates(dialog.details.toPlainText())
    assert "Language: English, the text FieldSafe is written in first." in text
    assert "review" not in text


def test_a_reviewed_language_says_who_reviewed_it_and_when(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    languages_file: None,
) -> None:
    review = {"status": "reviewed", "by": "Hala, Example Outreach", "date": "2026-05-04"}
    monkeypatch.setattr(i18n, "LANGUAGES_FILE", _languages_file(tmp_path, review))
    i18n.shipped_languages.cache_clear()
    assert i18n.review_status("ar") == REVIEWED
    choice = LanguageChoice(current="ar")
    qtbot.addWidget(choice)
    assert choice.itemData(choice.findData("ar"), STATUS_ROLE) == REVIEWED
    note = strip_isolates(i18n.review_note("ar"))
    when = QLocale().toString(QDate(2026, 5, 4), QLocale.FormatType.LongFormat)
    assert f"reviewed by a native speaker (Hala, Example Outreach, {when})" in note
    assert "tell us" in note


@pytest.mark.parametrize(
    "review",
    [
        {"status": "reviewed"},  # by whom? when?
        {"status": "reviewed", "by": "Hala", "date": "May 2026"},
        {"status": "reviewed", "by": " ", "date": "2026-05-04"},
        {"status": "reviewed", "by": "Hala", "date": "2026-02-30"},
        {"status": "done"},
        {"status": "source"},  # only English is the source
    ],
)
def test_a_wrong_entry_never_reads_as_reviewed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    languages_file: None,
    review: dict[str, str],
) -> None:
    path = _languages_file(tmp_path, review)
    with pytest.raises(ValueError):
        i18n.parse_languages(path.read_text(encoding="utf-8"))
    monkeypatch.setattr(i18n, "LANGUAGES_FILE", path)
    i18n.shipped_languages.cache_clear()
    assert i18n.shipped_languages() == {}
    assert i18n.review_status("ar") == AWAITING
    assert i18n.native_name("ar") == "العربية"  # still found by its own name


def test_a_language_the_file_does_not_list_awaits_review(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, languages_file: None
) -> None:
    monkeypatch.setattr(i18n, "LANGUAGES_FILE", tmp_path / "missing.json")
    i18n.shipped_languages.cache_clear()
    info = i18n.language_info("fa")
    assert (info.direction, info.review.status) == ("rtl", "awaiting")
    assert info.name == "فارسی"
