"""Documents that show record text and never load anything.

A log body or a journal entry is Markdown, and Markdown can name an image:
``![x](file:///etc/passwd)``, ``![x](http://…)``, ``![x](qrc:/…)`` or a
``data:`` URL. A plain ``QTextDocument`` reads such a file while laying the
text out (``file:///dev/zero`` never ends), and even when ``loadResource``
refuses, Qt's image handler loads the name as a file path itself. So every
document that shows record text is a :class:`SafeDocument`:

* ``loadResource`` answers every request, whatever the scheme, with one blank
  pixel and never touches a file, a socket or Qt's resources; a non-empty
  answer also stops the image handler's own fallback;
* ``setMarkdown`` reads without raw HTML (:data:`MARKDOWN`) and turns every
  image into its alt text, ``[alt]``, as printing does: what the person sees
  and saves is the text, and no image object is left to ask for anything.

Editors and viewers get one through :class:`SafeTextEdit`,
:class:`SafeTextBrowser` or :func:`use_safe_document`; Qt's ``clear()``,
``setHtml()`` and ``setMarkdown()`` keep the document an editor has.
docs/security.md, bar 18.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QImage,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

#: Markdown as FieldSafe reads it: GitHub's dialect, raw HTML kept as text.
MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)

_IMAGE_PROPERTIES = (
    QTextFormat.Property.ImageName,
    QTextFormat.Property.ImageTitle,
    QTextFormat.Property.ImageAltText,
    QTextFormat.Property.ImageWidth,
    QTextFormat.Property.ImageHeight,
    QTextFormat.Property.ImageQuality,
)


def _blank() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    return image


class SafeDocument(QTextDocument):
    """A text document that never loads a resource (image, style sheet)
    from a file, a URL, Qt's resources or inline data."""

    def loadResource(self, kind: int, _name: object) -> QImage | None:  # noqa: N802 - Qt API
        # A blank pixel, not None: for a missing image Qt would load the
        # image's name as a file path itself.
        return _blank() if kind == QTextDocument.ResourceType.ImageResource else None

    def setMarkdown(  # noqa: N802 - Qt API
        self,
        markdown: str,
        features: QTextDocument.MarkdownFeature = MARKDOWN,
    ) -> None:
        """Read ``markdown`` (raw HTML stays text), each image as its alt text."""
        undo = self.isUndoRedoEnabled()
        self.setUndoRedoEnabled(False)  # the callers start a fresh history anyway
        try:
            super().setMarkdown(markdown, features)
            images_to_alt_text(self)
        finally:
            self.setUndoRedoEnabled(undo)


def images_to_alt_text(document: QTextDocument) -> int:
    """Replace every image in ``document`` with "[alt]" (nothing for an image
    without alt text), keeping the surrounding formatting; returns how many."""
    found: list[tuple[int, int, str, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isImageFormat():
                alt = str(fmt.property(QTextFormat.Property.ImageAltText) or "")
                found.append((fragment.position(), fragment.length(), alt, fmt))
            it += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, alt, fmt in reversed(found):
        text_format = QTextCharFormat(fmt)
        text_format.setObjectType(QTextFormat.ObjectTypes.NoObject)
        for name in _IMAGE_PROPERTIES:
            text_format.clearProperty(name)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(f"[{alt}]" if alt else "", text_format)
    return len(found)


def use_safe_document(edit: QTextEdit) -> SafeDocument:
    """Give ``edit`` a :class:`SafeDocument` it owns, with the font, text
    options, margin and undo setting its own document had (Qt deletes the
    old one)."""
    old = edit.document()
    if isinstance(old, SafeDocument):
        return old
    document = SafeDocument(edit)
    document.setDefaultFont(old.defaultFont())
    document.setDefaultTextOption(old.defaultTextOption())
    document.setDocumentMargin(old.documentMargin())
    document.setDefaultStyleSheet(old.defaultStyleSheet())
    document.setUndoRedoEnabled(old.isUndoRedoEnabled())
    edit.setDocument(document)
    return document


class SafeTextEdit(QTextEdit):
    """A text editor whose document is a :class:`SafeDocument`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_safe_document(self)

    def loadResource(self, _kind: int, _name: object) -> None:  # noqa: N802 - Qt API
        return None


class SafeTextBrowser(QTextBrowser):
    """A read-only pane on a :class:`SafeDocument` that never follows a link
    and has no search path to load anything from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        use_safe_document(self)

    def loadResource(self, _kind: int, _name: object) -> None:  # noqa: N802 - Qt API
        return None
