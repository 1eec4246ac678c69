"""The Arabic translation: complete, compiled, up to date with the code, and
actually used (right-to-left, Arabic text on screen).

``scripts/update-translations`` refreshes the .ts from the code and rebuilds
the .qm; these tests fail when someone forgets to run it (or to translate what
it found). What every catalogue must pass (complete, each .qm compiled from
its .ts, placeholders kept, no HTML, direction, fonts) is checked for every
language in test_translation_checks.py; this file keeps what is Arabic's own.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from fieldsafe import app
from fieldsafe.ui.common import i18n
from fieldsafe.vault import Vault

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "update-translations"
TS = i18n.I18N_DIR / "fieldsafe_ar.ts"
QM = i18n.I18N_DIR / "fieldsafe_ar.qm"

#: numbers that pick each of Qt's six Arabic plural forms, in the order lrelease
#: expects them: 0, 1, 2, 3-10 (mod 100), 11-99 (mod 100), the rest (100-102, ...).
ARABIC_SAMPLES = (0, 1, 2, 3, 11, 100)

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:L?n|\d+)")
COUNT = {"%n", "%Ln"}  # the number of a plural message, plain or in the locale's digits


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str | None  # the translation's type attribute ("unfinished", "vanished", ...)
    forms: tuple[str, ...]  # one entry, or the numerus forms


def read_ts(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            out.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    kind=translation.get("type"),
                    forms=forms,
                )
            )
    return out


def tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    return shutil.which(name)


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    return read_ts(TS)


# -- (a) complete -----------------------------------------------------------------------


def test_ts_is_arabic_and_has_messages(messages: list[Message]) -> None:
    assert ET.parse(TS).getroot().get("language") == "ar"
    assert len(messages) > 100
    keys = [(m.context, m.source, m.comment) for m in messages]
    assert len(keys) == len(set(keys)), "a message appears twice"


def test_arabic_plurals_show_the_count_from_three_on(messages: list[Message]) -> None:
    """The plural forms for 0, 1 and 2 may spell the number out; the others
    show it (%Ln: in the locale's digits, like the dates around it). (Every
    placeholder kept, in every language: test_translation_checks.py.)"""
    problems = []
    for m in messages:
        if m.numerus and COUNT & set(PLACEHOLDER.findall(m.source)):
            for form in m.forms[3:]:
                if not COUNT & set(PLACEHOLDER.findall(form)):
                    problems.append(f"{m.context}: {m.source!r} -> {form!r} lacks %n")
    assert not problems, "\n".join(problems)


def test_product_name_and_layout_direction(messages: list[Message]) -> None:
    by_key = {(m.context, m.source): m.forms[0] for m in messages}
    assert by_key[("QGuiApplication", "QT_LAYOUT_DIRECTION")] == "RTL"
    for m in messages:
        if "FieldSafe" in m.source:
            assert all("FieldSafe" in form for form in m.forms), (m.context, m.source)


def test_translations_are_arabic(messages: list[Message]) -> None:
    latin_only = {"FieldSafe", "QT_LAYOUT_DIRECTION"}
    arabic = re.compile("[\u0600-\u06ff]")
    untranslated = [
        (m.context, m.source)
        for m in messages
        if m.source not in latin_only and not all(arabic.search(f) for f in m.forms)
    ]
    assert not untranslated


# -- (b) compiled ---------------------------------------------------------------------------


def test_qm_holds_every_translation_of_the_ts(messages: list[Message]) -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for m in messages:
        if m.numerus:
            got = tuple(
                translator.translate(m.context, m.source, m.comment or None, n)
                for n in ARABIC_SAMPLES
            )
        else:
            got = (translator.translate(m.context, m.source, m.comment or None),)
        if got != m.forms:
            stale.append(f"{m.context}: {m.source!r}")
    assert not stale, (
        "fieldsafe_ar.qm is older than the .ts; run scripts/update-translations:\n"
        + "\n".join(stale)
    )


def test_qm_is_package_data_found_from_the_checkout() -> None:
    packaged = resources.files("fieldsafe").joinpath("resources", "i18n", "fieldsafe_ar.qm")
    assert packaged.is_file()
    assert Path(str(packaged)).resolve() == QM.resolve()
    assert QTranslator().load(QLocale("ar"), "fieldsafe", "_", str(i18n.I18N_DIR))


# -- (c) up to date with the code ------------------------------------------------------------


def test_ts_is_up_to_date_with_the_code(tmp_path: Path, messages: list[Message]) -> None:
    if tool("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    shutil.copy(TS, tmp_path / TS.name)
    env = dict(os.environ)
    env["FIELDSAFE_I18N_DIR"] = str(tmp_path)
    env["FIELDSAFE_NO_RELEASE"] = "1"
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    subprocess.run(
        ["bash", str(SCRIPT), "ar"], check=True, env=env, capture_output=True, timeout=120
    )
    updated = read_ts(tmp_path / TS.name)
    committed = {(m.context, m.source, m.comment) for m in messages}
    current = {(m.context, m.source, m.comment) for m in updated}
    new = sorted(current - committed)
    gone = sorted(committed - current)
    assert not new, (
        "strings in the code are missing from fieldsafe_ar.ts; run scripts/update-translations "
        f"and translate them: {new}"
    )
    assert not gone, f"fieldsafe_ar.ts still holds strings the code no longer has: {gone}"
    assert all(m.kind is None for m in updated)


# -- (d) used at run time ----------------------------------------------------------------------


def test_start_in_arabic_is_right_to_left_with_arabic_text(
    qtbot,  # noqa: ANN001
    vault: Vault,
    vault_dir: Path,
    messages: list[Message],
) -> None:
    vault.lock()
    session = app.start(["--vault", str(vault_dir), "--lang", "ar"])
    try:
        screen = session.lock_screen
        assert screen is not None and screen.isVisible()
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert screen.isRightToLeft()
        assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
        wanted = {(m.context, m.source): m.forms[0] for m in messages}
        assert screen.unlock_button.text() == wanted[("LockScreen", "&Unlock")]
        assert screen.unlock_button.text() != "&Unlock"
        assert screen.unlock_button.accessibleName() == wanted[("LockScreen", "Unlock")]
        # Strings behind translate() helpers (not only self.tr) are translated too.
        assert screen.reveal.text() == wanted[("passphrase", "S&how passphrase")]
    finally:
        session.shutdown()
