"""Make the bundled Chinese font: Noto Sans CJK SC cut down to the characters
FieldSafe's Chinese catalogue uses (every translation in fieldsafe_zh.ts),
plus ASCII and the full-width punctuation, renamed "FieldSafe Noto Sans SC"
so it never stands in for a full Noto Sans CJK SC the system may have.

    python scripts/subset_cjk_font.py [--source DIR]

Needs fontTools (not a dependency of FieldSafe: ``python3 -m venv /tmp/ft &&
/tmp/ft/bin/pip install fonttools`` and run it with that Python) and Debian's
``fonts-noto-cjk`` (NotoSansCJK-Regular.ttc and -Bold.ttc, face 2 is SC).
Run it again when the Chinese translation changes: tests/ui/common/test_fonts.py
fails while a translated character is missing from the subset.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "src" / "fieldsafe" / "resources" / "i18n" / "fieldsafe_zh.ts"
FONTS = ROOT / "src" / "fieldsafe" / "resources" / "fonts"
FAMILY = "FieldSafe Noto Sans SC"
SC_FACE = 2  # JP, KR, SC, TC, HK in NotoSansCJK-*.ttc
#: ASCII, the CJK punctuation block and the full-width forms, whatever the catalogue holds
ALWAYS = [
    *range(0x20, 0x7F),
    *range(0x3000, 0x3040),
    *range(0xFF00, 0xFFF0),
    0x2026,
    0x201C,
    0x201D,
]
#: what Qt's Chinese locale writes (numerals, months, days, morning/afternoon, the
#: language's and country's names, list words) and the tests' sample of the script
LOCALE = "〇零一二三四五六七八九十百千万亿年月日时分秒星期周天上午下午中文国简体繁和或与及安全计划见面日记风险事件恢复码密码短语‘’"


def characters() -> set[int]:
    texts: list[str] = []
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform") or [translation]
        texts += [form.text or "" for form in forms]
    return {ord(c) for text in [*texts, LOCALE] for c in text} | set(ALWAYS)


def rename(font: TTFont, style: str) -> None:
    names = {1: FAMILY, 2: style, 4: f"{FAMILY} {style}", 6: f"FieldSafeNotoSansSC-{style}"}
    names[16], names[17] = FAMILY, style
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17):
            table.removeNames(nameID=record.nameID)
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
        table.setName(text, name_id, 1, 0, 0)
    table.setName(f"{FAMILY} {style}; subset of Noto Sans CJK SC", 3, 3, 1, 0x409)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, default=Path("/usr/share/fonts/opentype/noto"))
    args = parser.parse_args()
    wanted = characters()
    for style in ("Regular", "Bold"):
        font = TTFont(args.source / f"NotoSansCJK-{style}.ttc", fontNumber=SC_FACE)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        rename(font, style)
        out = FONTS / f"FieldSafeNotoSansSC-{style}.otf"
        font.save(out)
        print(out, out.stat().st_size, "bytes,", len(wanted), "characters")


if __name__ == "__main__":
    main()
