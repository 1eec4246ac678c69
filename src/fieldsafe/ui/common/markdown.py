"""A rich-text document written as Markdown that reads back as it was typed.

``QTextDocument.toMarkdown()`` does not escape the characters Markdown gives
a meaning to: "> 18 years old" comes back as a quotation, "__47__" as a bold
"47", and "**x**" typed as text changes again at every save. This writer
walks the document itself: headings, bulleted and numbered lists (nested),
bold, italic and strike-through become Markdown; every character of the text
that Markdown would read as markup is escaped with a backslash (CommonMark
allows a backslash before any ASCII punctuation), and only where it would
otherwise be read as markup, so stored text stays readable.

Limits (the editor offers nothing that needs more): leading spaces of a
paragraph are not kept; empty paragraphs are dropped; tables, images and
links are written as their text.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QTextBlock, QTextDocument, QTextListFormat

# Characters that can start or end inline markup anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>~|])")
# An entity reference ("&amp;", "&#47;") would be decoded: escape its "&".
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What makes a line a block of another kind when it starts it.
_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|[-+=](?=\s|$)|[-=_*]{3,}\s*$|\d{1,9}(?=[.)](\s|$)))")
_BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)


def escape_inline(text: str) -> str:
    return _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))


def escape_line(text: str) -> str:
    """A line of text (already stripped of leading spaces) with its markup
    characters escaped, including those that only matter at a line's start."""
    text = escape_inline(text)
    match = _LINE_START.match(text)
    if match:
        head = match.group(0)
        if head[0].isdigit():  # "1." / "1)" would start a numbered list
            text = head + "\\" + text[len(head) :]
        else:
            text = "\\" + text
    return text


def _runs(block: QTextBlock) -> list[tuple[str, bool, bool, bool]]:
    """The block's text as (text, bold, italic, strike) runs, neighbours
    with the same style merged."""
    runs: list[tuple[str, bool, bool, bool]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            style = (fmt.fontWeight() >= QFont.Weight.Bold, fmt.fontItalic(), fmt.fontStrikeOut())
            text = fragment.text()
            if runs and runs[-1][1:] == style:
                runs[-1] = (runs[-1][0] + text, *style)
            else:
                runs.append((text, *style))
        it += 1
    return runs


def _inline(block: QTextBlock, *, heading: bool) -> str:
    out: list[str] = []
    for text, bold, italic, strike in _runs(block):
        # Soft line breaks (Shift+Enter) become Markdown hard breaks.
        lines = text.replace("\u2028", "\n").split("\n")
        pieces = []
        for number, line in enumerate(lines):
            if number:
                pieces.append("\\\n")
                line = line.lstrip()
            pieces.append(escape_line(line) if number else escape_inline(line))
        body = "".join(pieces)
        if heading:
            bold = False  # a heading is bold already
        markers = ("**" if bold else "") + ("*" if italic else "") + ("~~" if strike else "")
        core = body.strip()
        if markers and core:
            lead = body[: len(body) - len(body.lstrip())]
            trail = body[len(body.rstrip()) :]
            body = f"{lead}{markers}{core}{markers[::-1]}{trail}"
        out.append(body)
    line = "".join(out).strip()
    # The first characters of the paragraph decide what block it is.
    match = _LINE_START.match(line)
    if match and not line.startswith("\\"):
        head = match.group(0)
        line = head + "\\" + line[len(head) :] if head[0].isdigit() else "\\" + line
    return line


def document_to_markdown(document: QTextDocument) -> str:
    """The document as GitHub-flavoured Markdown that reads back (with
    ``MarkdownNoHTML``) to the same text and structure."""
    parts: list[str] = []
    previous_list = None
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        heading = block.blockFormat().headingLevel()
        line = _inline(block, heading=bool(heading))
        if not line:
            block = block.next()
            continue
        if text_list is not None:
            fmt = text_list.format()
            depth = max(fmt.indent() - 1, 0)
            if fmt.style() in _BULLETS:
                marker, width = "- ", 2
            else:
                marker = f"{text_list.itemNumber(block) + 1}. "
                width = 3
            item = " " * (width * depth) + marker + line
            joined = previous_list is not None
            parts.append(("\n" if joined else "\n\n") + item if parts else item)
            previous_list = text_list
        else:
            if heading:
                line = "#" * min(heading, 6) + " " + line
            parts.append(("\n\n" if parts else "") + line)
            previous_list = None
        block = block.next()
    return "".join(parts)
