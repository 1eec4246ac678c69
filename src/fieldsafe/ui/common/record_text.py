"""An outreach log as text: HTML to show and print, and plain label/value
rows to compare versions side by side.

Every value a person typed is escaped with :func:`html.escape` before it
touches HTML. The body is Markdown: Qt converts it with raw HTML switched off
(``MarkdownNoHTML``), so "<b>x</b>" in a log stays those seven characters, and
images it names are dropped (replaced by their alt text) so that rendering or
printing a log never reads a file or a URL. The documents that show this HTML
refuse to load resources at all
(:class:`~fieldsafe.ui.common.safe_document.SafeDocument`), as a second guard.

Nothing here opens a window.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from fieldsafe.core.records import OUTREACH_LOG, OutreachLog
from fieldsafe.ui.common import theme
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.safe_document import MARKDOWN, SafeDocument

_CTX = "record_text"

#: stored setting key → English label (translated by :func:`setting_label`)
SETTING_LABELS: dict[str, str] = cast(  # QT_TRANSLATE_NOOP is typed as returning object
    dict[str, str],
    {
        "street": QT_TRANSLATE_NOOP("record_text", "Street"),
        "red_light_district": QT_TRANSLATE_NOOP("record_text", "Red-light district"),
        "brothel": QT_TRANSLATE_NOOP("record_text", "Brothel"),
        "apartment": QT_TRANSLATE_NOOP("record_text", "Apartment"),
        "bar_or_club": QT_TRANSLATE_NOOP("record_text", "Bar or club"),
        "office": QT_TRANSLATE_NOOP("record_text", "Office"),
        "online": QT_TRANSLATE_NOOP("record_text", "Online"),
        "other": QT_TRANSLATE_NOOP("record_text", "Other"),
    },
)

_STYLE = (
    "p, li { white-space: pre-wrap; }\n"
    'li.unchecked::marker { content: "\\2610"; }\n'
    'li.checked::marker { content: "\\2612"; }\n'
)
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL)
# Qt writes attribute values escaped, so ">" never occurs inside the tag.
_IMG = re.compile(r"<img\b[^>]*>")
_ALT = re.compile(r'\balt="([^"]*)"')


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, None, n)


def setting_label(key: str) -> str:
    """The translated name of a setting key ("" for none; an unknown key as
    it is)."""
    if not key:
        return ""
    source = SETTING_LABELS.get(key)
    return _t(source) if source is not None else key


def _number(value: int) -> str:
    return QLocale().toString(value)


def duration_text(minutes: int | None) -> str:
    """ "45 min", "1 h", "1 h 30 min" in the locale's digits; "" if unknown."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _t("{minutes} min").format(minutes=_number(rest))
    if not rest:
        return _t("{hours} h").format(hours=_number(hours))
    return _t("{hours} h {minutes} min").format(hours=_number(hours), minutes=_number(rest))


def day_text(value: date) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]


def list_text(items: Sequence[str]) -> str:
    """Items joined the way the locale joins a list ("a, b and c")."""
    # Each item isolated, so Latin names in an Arabic list (and the
    # reverse) keep their own order around the locale's separators; the
    # list itself is a phrase of the locale, so it starts with the locale's
    # direction mark: a paragraph that takes its direction from its text
    # (the history's values) reads "me" then "colleague K" from the right in
    # Arabic, not "me وcolleague K" laid out left to right.
    if not items:
        return ""
    locale = QLocale()
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    return (_RLM if rtl else _LRM) + locale.createSeparatedList([isolate(i) for i in items])


_LRM, _RLM = "\u200e", "\u200f"  # LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK


def follow_up_lines(log: OutreachLog) -> list[str]:
    lines = []
    for item in log.follow_ups:
        text = item.action or _t("(no description)")
        if item.due is not None:
            text = isolated(_t("{action}, due {date}"), action=text, date=day_text(item.due))
        status = _t("done") if item.done else _t("open")
        lines.append(_t("{follow_up} ({status})").format(follow_up=isolate(text), status=status))
    return lines


def paper_text(log: OutreachLog) -> str:
    if not log.paper_notes:
        return ""
    if log.paper_destroyed_at is not None:
        return isolated(
            _t("Destroyed, confirmed {time}"), time=format_moment(log.paper_destroyed_at)
        )
    return _t("Not yet confirmed destroyed")


def untitled() -> str:
    return _t("Untitled log")


# -- plain rows (history) ---------------------------------------------------------------


def field_rows(log: OutreachLog) -> list[tuple[str, str]]:
    """Every field as (translated label, plain value), always the same
    labels in the same order ("" for an empty field), so two versions can be
    compared row by row. The body is its Markdown source."""
    return [
        (_t("Title"), log.title),
        (_t("When"), format_moment(log.occurred_at)),
        (_t("Duration"), duration_text(log.duration_minutes)),
        (_t("Setting"), setting_label(log.setting)),
        (_t("Area"), log.area),
        (_t("Who went"), list_text(log.who_went)),
        (_t("Person codes"), list_text(log.person_codes)),
        (_t("What happened"), log.body),
        (_t("Needs expressed"), log.needs),
        (_t("Information and referrals given"), log.referrals),
        (_t("Follow-ups"), "\n".join(follow_up_lines(log))),
        (_t("Safety observations"), log.safety),
        (_t("Tags"), list_text(log.tags)),
        (_t("Paper notes"), paper_text(log)),
        (_t("Review by"), day_text(log.review_by) if log.review_by else ""),
    ]


def changed_rows(old: Sequence[tuple[str, str]], new: Sequence[tuple[str, str]]) -> set[int]:
    """Indexes of the rows whose values differ (rows from :func:`field_rows`)."""
    size = max(len(old), len(new))
    found = set()
    for i in range(size):
        a = old[i][1] if i < len(old) else None
        b = new[i][1] if i < len(new) else None
        if a != b:
            found.add(i)
    return found


def rows_to_html(rows: Sequence[tuple[str, str]], changed: Iterable[int] = ()) -> str:
    """Rows as an HTML document: each label on its own line, its value
    indented below it as plain text. A changed row's label is bold and
    highlighted, with the word "changed" after it (not a colour alone)."""
    marked = set(changed)
    parts = []
    for i, (label, value) in enumerate(rows):
        name = html.escape(label)
        if i in marked:
            pattern = html.escape(_t("{label} (changed)"))
            name = pattern.replace("{label}", f"<b>{name}</b>", 1)
            head = f'<p style="{_HEAD}"><span style="{_mark()}">{name}</span></p>'
        else:
            head = f'<p style="{_HEAD}">{name}</p>'
        if value:
            body = f'<p style="{_VALUE}">{html.escape(value)}</p>'
        else:
            # Smaller, never italic: Arabic and other scripts have no oblique forms.
            body = f'<p style="{_VALUE}"><span style="{_EMPTY}">{html.escape(_t("(empty)"))}</span></p>'
        parts.append(head + body)
    return _document("\n".join(parts))


_HEAD = "margin-top:10px; margin-bottom:2px;"
_VALUE = "margin-top:0px; margin-bottom:0px; -qt-block-indent:1;"
_EMPTY = "font-size:small;"


def _mark() -> str:
    """A changed field's highlight: the theme's calm attention tint with its
    text colour (a pair tests/ui/common/test_theme.py checks for contrast in
    every theme), not a fixed yellow that shouted in the dark theme."""
    palette = theme.current()
    return f"background-color:{palette.attention_surface}; color:{palette.text};"


# -- display and print --------------------------------------------------------------------


def markdown_html(text: str) -> str:
    """The Markdown ``text`` as an HTML fragment made by Qt: raw HTML in
    the text stays text, images become their alt text."""
    if not text.strip():
        return ""
    doc = SafeDocument()
    doc.setMarkdown(text, MARKDOWN)  # images become their alt text
    match = _BODY.search(doc.toHtml())
    fragment = match.group(1) if match else html.escape(text)
    return _IMG.sub(_image_alt, fragment)


def _image_alt(match: re.Match[str]) -> str:
    alt = _ALT.search(match.group(0))
    return f"[{alt.group(1)}]" if alt and alt.group(1) else ""


def _plain_html(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _line(label: str, value: str) -> str:
    pattern = html.escape(_t("{label}: {value}"))
    return (
        "<p>"
        + pattern.replace("{label}", f"<b>{html.escape(label)}</b>", 1).replace(
            "{value}", html.escape(isolate(value)), 1
        )
        + "</p>"
    )


def _section(label: str, content: str) -> str:
    return f"<h3>{html.escape(label)}</h3>{content}"


def _log_fragment(log: OutreachLog, *, minimal: bool, break_before: bool) -> str:
    style = ' style="page-break-before: always"' if break_before else ""
    # Minimal: without the fields that identify a person or a place.
    left_out = set(OUTREACH_LOG.identifying_fields) if minimal else set()
    parts = [f"<h2{style}>{html.escape(log.title or untitled())}</h2>"]
    parts.append(_line(_t("When"), format_moment(log.occurred_at)))
    parts += [part for name, part in _log_parts(log) if name not in left_out]
    return "\n".join(parts)


def _log_parts(log: OutreachLog) -> list[tuple[str, str]]:
    """The fields of ``log`` that have a value, after the title and the
    time, in the order shown: (field name, HTML)."""
    lines = [
        ("duration_minutes", _t("Duration"), duration_text(log.duration_minutes)),
        ("setting", _t("Setting"), setting_label(log.setting)),
        ("area", _t("Area"), log.area),
        ("who_went", _t("Who went"), list_text(log.who_went)),
        ("person_codes", _t("Person codes"), list_text(log.person_codes)),
    ]
    parts = [(name, _line(label, value)) for name, label, value in lines if value]
    parts += [(name, _section(label, content)) for name, label, content in _sections(log)]
    lines = [
        ("tags", _t("Tags"), list_text(log.tags)),
        ("paper_notes", _t("Paper notes"), paper_text(log)),
        ("review_by", _t("Review by"), day_text(log.review_by) if log.review_by else ""),
    ]
    parts += [(name, _line(label, value)) for name, label, value in lines if value]
    return parts


def _sections(log: OutreachLog) -> list[tuple[str, str, str]]:
    """The longer texts of ``log`` that are not blank: (field name, label,
    HTML content)."""
    found = []
    if log.body.strip():
        found.append(("body", _t("What happened"), markdown_html(log.body)))
    if log.needs.strip():
        found.append(("needs", _t("Needs expressed"), _plain_html(log.needs)))
    if log.referrals.strip():
        found.append(
            ("referrals", _t("Information and referrals given"), _plain_html(log.referrals))
        )
    if log.follow_ups:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in follow_up_lines(log))
        found.append(("follow_ups", _t("Follow-ups"), f"<ul>{items}</ul>"))
    if log.safety.strip():
        found.append(("safety", _t("Safety observations"), _plain_html(log.safety)))
    return found


def _document(content: str) -> str:
    return (
        '<html><head><meta charset="utf-8" /><style type="text/css">'
        f"{_STYLE}</style></head><body>{content}</body></html>"
    )


def log_to_html(log: OutreachLog, *, minimal: bool = False) -> str:
    """One log as an HTML document with translated labels; empty fields
    are left out. ``minimal`` leaves out the fields that identify a person
    or a place (:attr:`fieldsafe.core.records.FieldSpec.identifying`: person
    codes, the area, who went and the setting), for paper that may be lost."""
    return _document(_log_fragment(log, minimal=minimal, break_before=False))


def logs_to_html(logs: Sequence[OutreachLog], *, minimal: bool = False) -> str:
    """Several logs in one document, each starting on a new page."""
    return _document(
        "\n".join(
            _log_fragment(log, minimal=minimal, break_before=i > 0) for i, log in enumerate(logs)
        )
    )


def auto_direction(document: QTextDocument) -> None:
    """Let every paragraph take its direction from its own text. Qt's HTML
    import pins them all left-to-right, which would show Arabic labels and
    values on the wrong side."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    cursor.mergeBlockFormat(block)
