"""Checks every catalogue must pass, for every language FieldSafe ships and
the 23 it plans to (issue 17), before and after translators work on them:

- ``resources/i18n/languages.json`` lists exactly the shipped catalogues,
  each with the direction its locale writes in;
- every ``.ts`` is complete: nothing unfinished, nothing empty, and each
  plural with as many forms as Qt gives the language (checked against
  ``pyside6-lupdate`` itself);
- every ``.qm`` is fresh: ``pyside6-lrelease`` makes the same bytes from the
  committed ``.ts``;
- placeholders (``%1``-``%9``, ``%L1``, ``%n``, ``{name}``) are kept in every
  form, every message with ``%n`` is a plural, and its last form shows the
  count;
- no HTML in any source or translation (the interface shows them as plain
  text, and Qt would guess a tag makes the text rich);
- right-to-left languages (Arabic; Persian and Urdu when added) turn the
  interface right to left, the others left to right;
- the bundled fonts (``resources/fonts``) have a glyph for every character
  each planned language needs (its locale's names, digits, dates and list
  words, its alphabet, and its catalogue once there is one); Chinese is
  drawn by a subset made for its catalogue (scripts/subset_cjk_font.py).

Arabic-only checks (its six plural forms read back from the .qm, Arabic text
on screen) stay in test_translations.py; English's plurals-only catalogue in
test_english_plurals.py; whether the .ts matches the code in both.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.common import fonts, i18n

#: The languages of issue 17: English and the 23 it is translated into, each
#: with its script. Each script is drawn by a bundled font (fonts.SCRIPTS).
PLANNED = {
    "en": "Latin",
    "ar": "Arabic",
    "fa": "Arabic",
    "ur": "Arabic",
    "es": "Latin",
    "fr": "Latin",
    "pt": "Latin",
    "ro": "Latin",
    "bg": "Cyrillic",
    "uk": "Cyrillic",
    "ru": "Cyrillic",
    "hu": "Latin",
    "sq": "Latin",
    "tr": "Latin",
    "hi": "Devanagari",
    "bn": "Bengali",
    "ne": "Devanagari",
    "th": "Thai",
    "vi": "Latin",
    "id": "Latin",
    "fil": "Latin",
    "zh": "Han",
    "sw": "Latin",
    "am": "Ethiopic",
}

#: scripts no bundled font draws: the system package and family that do

#: how many plural forms Qt's lupdate gives each language (one per form its
#: rules know: Persian, Hungarian and Turkish get one, though CLDR has two)
PLURAL_FORMS = {
    "en": 2, "ar": 6, "fa": 1, "ur": 2, "es": 2, "fr": 2, "pt": 2, "ro": 3, "bg": 2,
    "uk": 3, "ru": 3, "hu": 1, "sq": 2, "tr": 1, "hi": 2, "bn": 2, "ne": 2, "th": 1,
    "vi": 1, "id": 1, "fil": 2, "zh": 1, "sw": 2, "am": 2,
}  # fmt: skip

#: each language's letters (beyond what its locale's names and dates use),
#: punctuation and digits, so that a missing glyph shows before a translator
#: needs it
ALPHABETS = {
    "en": "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 “” ‘’ – — … •",
    "ar": "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي ٠١٢٣٤٥٦٧٨٩ ،؛؟ «» ًٌٍَُِّْ",
    "fa": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی ۰۱۲۳۴۵۶۷۸۹ ،؛؟ «»",
    "ur": "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےۓ ۰۱۲۳۴۵۶۷۸۹ ۔،؛؟",
    "es": "ñÑáéíóúüÁÉÍÓÚÜ ¿¡ «»",
    "fr": "àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ «» ’",
    "pt": "ãõáâàçéêíóôúÃÕÁÂÀÇÉÊÍÓÔÚ «»",
    "ro": "ăâîșțĂÂÎȘȚ „”",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ „“",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяҐЄІЇ ʼ «»",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяЁЫЭ «» „“",
    "hu": "áéíóöőúüűÁÉÍÓÖŐÚÜŰ „” »«",
    "sq": "çëÇË «» „“",
    "tr": "çğıİöşüÇĞÖŞÜ",
    "hi": "अआइईउऊऋएऐओऔकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह़ािीुूृेैोौंःँ्।॥ ०१२३४५६७८९",
    "bn": "অআইঈউঊঋএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎািীুূৃেৈোৌংঃঁ্। ০১২৩৪৫৬৭৮৯",
    "ne": "अआइईउऊऋएऐओऔकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहािीुूृेैोौंःँ्। ०१२३४५६७८९",
    "th": "กขคฆงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะัาำิีึืุูเแโใไ่้๊๋็์ๆฯ ๐๑๒๓๔๕๖๗๘๙",
    "vi": (
        "ăâđêôơưĂÂĐÊÔƠƯ àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
        "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ"
    ),
    "id": "",
    "fil": "ñÑ",
    "zh": "安全计划见面日记风险事件恢复码密码短语，。：；！？“”（）《》、",
    "sw": "",
    "am": "ሀሁሂሃሄህሆለሐመሠረሰሸቀበቧተቸኀነኘአከኸወዐዘዠየደጀገጠጧጨጰጸፀፈፐ ።፣፤፥፦፧፡ ፩፪፫፬፭፮፯፰፱፲",
}

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?(?:n|[1-9])")
COUNT = {"%n", "%Ln"}
TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
#: characters never drawn (controls, bidi marks and isolates, joiners)
INVISIBLE = {"Cc", "Cf", "Zl", "Zp", "Zs"}
FONTS_README = fonts.FONTS_DIR / "README.md"


def catalogues() -> dict[str, Path]:
    """Every .ts, by language code."""
    return {p.stem.split("_", 1)[1]: p for p in sorted(i18n.I18N_DIR.glob("fieldsafe_*.ts"))}


def translated() -> list[str]:
    """The languages with a full catalogue (not English: its catalogue holds
    its plurals only, checked in test_english_plurals.py)."""
    return [code for code in catalogues() if code != i18n.SOURCE_LANGUAGE]


def messages(path: Path) -> list[tuple[str, str, str, bool, str | None, tuple[str, ...]]]:
    """(context, source, comment, numerus, type, forms) of each message."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            out.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type"),
                    forms,
                )
            )
    return out


def tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


# -- the languages file ------------------------------------------------------------------


def test_languages_json_lists_exactly_the_shipped_catalogues() -> None:
    listed = i18n.parse_languages(i18n.LANGUAGES_FILE.read_text(encoding="utf-8"))
    compiled = {p.stem.split("_", 1)[1] for p in i18n.I18N_DIR.glob("fieldsafe_*.qm")}
    assert set(catalogues()) == compiled, "every .ts has its .qm and every .qm its .ts"
    assert set(listed) == compiled | {i18n.SOURCE_LANGUAGE}, (
        "add each new language to resources/i18n/languages.json (docs/translating.md)"
    )
    assert i18n.available_languages() == list(listed)  # English first, then the catalogues
    for code, path in catalogues().items():
        assert ET.parse(path).getroot().get("language") == code, path.name
    assert set(listed) <= set(PLANNED)


@pytest.mark.parametrize("code", sorted(i18n.shipped_languages()))
def test_each_listed_language_has_its_own_name_and_its_locale_s_direction(code: str) -> None:
    info = i18n.shipped_languages()[code]
    rtl = QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
    assert info.direction == ("rtl" if rtl else "ltr")
    english_name = QLocale.languageToString(QLocale(code).language())
    native = QLocale(code).nativeLanguageName()  # "Filipino" is both
    assert code == i18n.SOURCE_LANGUAGE or info.name not in {english_name} - {native}, (
        "its own name, not English"
    )
    assert i18n.native_name(code) == info.name
    if info.review.status == "reviewed":
        assert info.review.by and info.review.date
    raw = json.loads(i18n.LANGUAGES_FILE.read_text(encoding="utf-8"))
    assert [e["code"] for e in raw["languages"]][0] == i18n.SOURCE_LANGUAGE


# -- complete and fresh ------------------------------------------------------------------


def incomplete(path: Path, code: str) -> list[str]:
    """What keeps the catalogue at ``path`` from being complete."""
    problems = []
    seen = set()
    for context, source, comment, numerus, kind, forms in messages(path):
        where = f"{context}: {source!r}"
        if (context, source, comment) in seen:
            problems.append(f"{where} appears twice")
        seen.add((context, source, comment))
        if kind is not None:
            problems.append(f"{where} is {kind}")
        elif numerus and len(forms) != PLURAL_FORMS[code]:
            problems.append(f"{where} has {len(forms)} plural forms, not {PLURAL_FORMS[code]}")
        elif not all(form.strip() for form in forms):
            problems.append(f"{where} has an empty translation")
    return problems


@pytest.mark.parametrize("code", translated())
def test_every_ts_is_complete(code: str) -> None:
    problems = incomplete(catalogues()[code], code)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", sorted(PLANNED))
def test_the_plural_form_counts_are_lupdate_s(code: str, tmp_path: Path) -> None:
    """PLURAL_FORMS is what lupdate gives each language (a new Qt could change it)."""
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    source = tmp_path / "probe.py"
    source.write_text('class probe:\n    def f(self, n):\n        self.tr("%n day(s)", "", n)\n')
    ts = tmp_path / f"probe_{code}.ts"
    subprocess.run(
        [lupdate, "-silent", "-source-language", "en", "-target-language", code, str(source)]
        + ["-ts", str(ts)],
        check=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert len(list(ET.parse(ts).getroot().iter("numerusform"))) == PLURAL_FORMS[code]


@pytest.mark.parametrize("code", sorted(catalogues()))
def test_every_qm_is_compiled_from_its_ts(code: str, tmp_path: Path) -> None:
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts = catalogues()[code]
    fresh = tmp_path / f"fieldsafe_{code}.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is not compiled from {ts.name}; "
        "run scripts/update-translations"
    )


# -- placeholders, plurals, no HTML ----------------------------------------------------------


def placeholder_problems(path: Path) -> list[str]:
    """Placeholders lost or added, counts not in a plural, plurals that do
    not show their count, in the catalogue at ``path``."""

    def named(text: str) -> list[str]:
        return sorted(p for p in PLACEHOLDER.findall(text) if p not in COUNT)

    problems = []
    for context, source, _comment, numerus, _kind, forms in messages(path):
        where = f"{context}: {source!r}"
        counted = bool(COUNT & set(PLACEHOLDER.findall(source)))
        if counted and not numerus:
            problems.append(f"{where} has %n but is not a plural")
        for form in forms:
            if named(form) != named(source):
                problems.append(f"{where} -> {form!r}: {named(form)} != {named(source)}")
        # A form may spell a small number out ("one", "two"); the last, for
        # the most numbers, always shows it.
        if numerus and counted and not COUNT & set(PLACEHOLDER.findall(forms[-1])):
            problems.append(f"{where} -> {forms[-1]!r} does not show the count (%n)")
    return problems


def html_found(path: Path) -> list[str]:
    found = []
    for context, source, _comment, _numerus, _kind, forms in messages(path):
        for text in (source, *forms):
            if TAG.search(text) or ENTITY.search(text):
                found.append(f"{context}: {source!r} -> {text!r}")
    return found


@pytest.mark.parametrize("code", translated())
def test_placeholders_are_kept_and_plurals_show_their_count(code: str) -> None:
    problems = placeholder_problems(catalogues()[code])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", sorted(catalogues()))
def test_no_html_in_any_source_or_translation(code: str) -> None:
    found = html_found(catalogues()[code])
    assert not found, "HTML in a message (write plain text):\n" + "\n".join(found)


#: the first word of a letter's Unicode name, for each planned script
SCRIPT_NAMES = {"Han": "CJK"}
#: letters any translation may hold besides its own script's: Latin ("FieldSafe",
#: PDF, Ctrl+L, the access key in parentheses), full-width forms, modifier letters
ANY_SCRIPT = {"LATIN", "FULLWIDTH", "MODIFIER", "COMBINING"}


def foreign_letters(code: str, text: str) -> set[str]:
    own = SCRIPT_NAMES.get(PLANNED[code], PLANNED[code].upper())
    return {
        c
        for c in text
        if unicodedata.category(c)[0] in "LM"
        and unicodedata.name(c, "?").split()[0] not in ANY_SCRIPT | {own}
    }


@pytest.mark.parametrize("code", translated())
def test_no_translation_holds_a_letter_of_another_script(code: str) -> None:
    """A letter of another script in a translation is a slip (one draft wrote
    an Arabic letter inside a Thai word): it reads as garbage, or is drawn
    by another font."""
    found = [
        f"{context}: {source!r}: {sorted(odd)}"
        for context, source, _c, _n, _t, forms in messages(catalogues()[code])
        for form in forms
        if (odd := foreign_letters(code, form))
    ]
    assert not found, "\n".join(found)


def test_the_script_check_finds_a_foreign_letter() -> None:
    assert foreign_letters("th", "ห่อข้อمูล") == {"م"}
    assert not foreign_letters("th", "ห่อข้อมูล FieldSafe (Ctrl+L)")
    assert not foreign_letters("zh", "保存(&S)：ＰＤＦ")


_BAD_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>probe</name>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation> </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n يوم</numerusform><numerusform>%n أيام</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) since {date}</source>
        <translation>
            <numerusform>لا أسابيع منذ {date}</numerusform><numerusform>أسبوع منذ {date}</numerusform>
            <numerusform>أسبوعان منذ {date}</numerusform><numerusform>%n أسابيع منذ {date}</numerusform>
            <numerusform>%n أسبوعًا منذ {date}</numerusform><numerusform>أسابيع منذ {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved for {name} at %1</source>
        <translation>حُفظ لـ {الاسم} في %1</translation>
    </message>
    <message>
        <source>%n left</source>
        <translation>بقي %n</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>&lt;b&gt;مقفلة&lt;/b&gt; &amp;nbsp;</translation>
    </message>
</context>
</TS>
"""


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    """Each check, on a catalogue with one of each mistake."""
    bad = tmp_path / "fieldsafe_ar.ts"
    bad.write_text(_BAD_TS, encoding="utf-8")
    said = "\n".join(incomplete(bad, "ar"))
    assert "'Unfinished' is unfinished" in said
    assert "'Empty' has an empty translation" in said
    assert "'%n day(s)' has 2 plural forms, not 6" in said
    said = "\n".join(placeholder_problems(bad))
    assert "'Saved for {name} at %1' -> " in said  # {name} translated away
    assert "'%n left' has %n but is not a plural" in said
    assert "does not show the count" in said  # "weeks since {date}" with no %n
    assert len(html_found(bad)) == 1


def test_the_html_check_finds_tags_and_entities() -> None:
    for text in ("<b>Safe</b>", "Line<br/>two", "a &amp; b", "&#160;", "<a href='x'>y</a>"):
        assert TAG.search(text) or ENTITY.search(text), text
    for text in ("&Save", "3 < 4 and 5 > 2", "Save & close", "%1 <-> %2"):
        assert not (TAG.search(text) or ENTITY.search(text)), text


# -- direction -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(PLANNED))
def test_right_to_left_languages_turn_the_interface(qapp: QApplication, code: str) -> None:
    rtl = QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft
    assert i18n.is_right_to_left(code) == rtl
    i18n.install_translators(qapp, code)
    wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert qapp.layoutDirection() == wanted
    if code in translated():
        by_key = {(c, s): f[0] for c, s, _m, _n, _k, f in messages(catalogues()[code])}
        assert by_key[("QGuiApplication", "QT_LAYOUT_DIRECTION")] == ("RTL" if rtl else "LTR")


def test_the_right_to_left_languages_are_arabic_persian_and_urdu() -> None:
    assert {c for c in PLANNED if i18n.is_right_to_left(c)} == {"ar", "fa", "ur"}


# -- fonts -----------------------------------------------------------------------------------


def locale_texts(code: str) -> list[str]:
    """What Qt writes in the language: its name and country's, months, days,
    digits, dates, times, list words and quotation marks."""
    locale = QLocale(code)
    moment = QDateTime(QDate(2026, 12, 7), QTime(17, 30))
    texts = [locale.nativeLanguageName(), locale.nativeTerritoryName(), i18n.native_name(code)]
    texts += [locale.monthName(m) for m in range(1, 13)]
    texts += [locale.standaloneMonthName(m) for m in range(1, 13)]
    texts += [locale.dayName(d) for d in range(1, 8)]
    texts += [
        locale.toString(moment.date(), QLocale.FormatType.LongFormat),
        locale.toString(moment, QLocale.FormatType.ShortFormat),
        locale.toString(1234567.89, "f", 2),
        locale.toString(-42),
        locale.toString(50) + locale.percent(),
        locale.amText(),
        locale.pmText(),
        locale.createSeparatedList(["a", "b", "c"]),
        locale.quoteString("q"),
        locale.quoteString("q", QLocale.QuotationStyle.AlternateQuotation),
    ]
    return texts


def language_texts(code: str) -> list[str]:
    texts = [*locale_texts(code), ALPHABETS[code]]
    ts = catalogues().get(code)
    if ts is not None:
        texts += [f for *_rest, forms in messages(ts) for f in forms]
    return texts


def visible(texts: list[str]) -> set[str]:
    return {c for t in texts for c in t if unicodedata.category(c) not in INVISIBLE}


def missing_from(chars: set[str], raw: list[QRawFont]) -> set[str]:
    return {c for c in chars if not any(f.supportsCharacter(ord(c)) for f in raw)}


def describe(chars: set[str]) -> str:
    return " ".join(sorted(f"U+{ord(c):04X}" for c in chars))


@pytest.fixture(scope="module")
def bundled(qapp: QApplication) -> list[QRawFont]:
    raw = [QRawFont(p.read_bytes(), 16) for p in fonts.font_files()]
    assert raw and all(f.isValid() for f in raw)
    return raw


@pytest.mark.parametrize("code", sorted(PLANNED))
def test_the_fonts_cover_every_planned_language(code: str, bundled: list[QRawFont]) -> None:
    assert PLANNED[code] in fonts.SCRIPTS, f"{code}: no bundled font draws {PLANNED[code]}"
    missing = missing_from(visible(language_texts(code)), bundled)
    assert not missing, f"{code}: no bundled font has {describe(missing)}"


def test_the_coverage_check_finds_a_missing_script(bundled: list[QRawFont]) -> None:
    """Without Noto Sans Thai, Thai has characters no bundled font has."""
    without = [f for f in bundled if f.familyName() != fonts.SCRIPTS["Thai"]]
    assert missing_from(visible(language_texts("th")), without)
    assert not missing_from(visible(language_texts("th")), bundled)


def test_every_alphabet_is_in_the_planned_language_s_script() -> None:
    """ALPHABETS holds what each language writes (a typo in another script
    would make the coverage check check the wrong thing)."""
    words = {"Han": "CJK", "Bengali": "BENGALI", "Ethiopic": "ETHIOPIC"}
    for code, script in PLANNED.items():
        word = words.get(script, script.upper())
        letters = [c for c in ALPHABETS[code] if unicodedata.category(c) in {"Lu", "Ll", "Lo"}]
        wrong = [c for c in letters if word not in unicodedata.name(c, "")]
        assert not wrong, (code, "".join(wrong))


@pytest.mark.parametrize("code", translated())
def test_counts_are_in_the_locale_s_digits(code: str) -> None:
    """Where the language writes its own digits (Arabic ٣, Persian ۳, Bengali
    ৩, Nepali ३), a count is %Ln, not %n: "%n" printed "15" in Western digits
    beside dates in ৩০/১১/২৬ (the Bengali check-in notice)."""
    if QLocale(code).zeroDigit() == "0":
        pytest.skip(f"{code} writes 0-9")
    western = [
        f"{context}: {source!r}"
        for context, source, _c, _n, _t, forms in messages(catalogues()[code])
        if any(re.search(r"%n", form) for form in forms)
    ]
    assert not western, "\n".join(western)
