"""Taking in attachments: photos of paper notes, scans, PDFs.

An attachment is untrusted input that can carry more than the worker meant to
share, and its original may sit on the laptop long after it was imported.
Each step below exists for one of those two reasons:

* **Size first.** Files over :data:`MAX_ATTACHMENT_BYTES` are refused before
  any parsing; :func:`read_attachment_file` refuses them from ``fstat``
  without reading a byte, and stops reading if the file grows meanwhile.
* **Type by content.** The magic bytes decide (JPEG, PNG, ``%PDF-``), never the
  file name: a renamed file must not pick a different parser. Everything else
  (HEIC, GIF, WebP, text, ...) is ``unsupported``.
* **Full decode.** Images are decoded completely (``load()``), PDFs opened by
  pdfium and their first page loaded, so a truncated or corrupt file is
  refused now rather than failing later in the viewer.
* **Pixel limit.** A small file can claim billions of pixels (a decompression
  bomb). We compare the header's size with :data:`MAX_PIXELS` before decoding
  and treat Pillow's own ``DecompressionBombWarning``/``Error`` as a refusal.
  Pillow's warnings are caught, never printed.
* **Metadata removal.** Phone photos carry EXIF: GPS position, time, device
  make and model; PNGs carry text chunks; editors add XMP and comments. With
  ``strip_metadata`` the image is re-encoded from its pixels alone, after
  applying the EXIF orientation (which would otherwise be lost with the EXIF).
  Nothing from ``info`` is written back except PNG transparency (pixels, not
  metadata). ICC colour profiles are dropped as well, so wide-gamut photos may
  look slightly less saturated. Only the first frame of multi-frame files
  (MPO, APNG) is kept.
* **PDFs are stored as they are**: pdfium cannot reliably rewrite a document's
  metadata, so ``metadata_removed`` is ``False`` and the UI says so.
  Password-protected PDFs are ``unsupported`` (they could not be shown).
* **pdfium is not thread-safe**: every call into it holds :data:`_PDFIUM_LOCK`,
  and every document, page and bitmap is closed before returning.
* **Errors carry only a reason code**, never a file name, path or content.

:func:`remove_original` then deletes the original file the worker imported,
overwriting it with zeros first. That is best effort: copy-on-write file
systems, SSD wear levelling, backups and sync folders may still hold the old
blocks (full-disk encryption covers those), and the result says what was done.
"""

from __future__ import annotations

import contextlib
import enum
import io
import math
import os
import stat
import threading
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageOps

from fieldsafe.atomicfile import fsync_dir
from fieldsafe.errors import BadAttachment

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 80_000_000
MAX_RENDER_PIXELS = 40_000_000
SUPPORTED = ("image/jpeg", "image/png", "application/pdf")
MAX_NAME = 200

_CHUNK = 1024 * 1024
_PDFIUM_LOCK = threading.Lock()
_BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_PNG_MODES = frozenset({"1", "L", "LA", "I", "I;16", "I;16B", "P", "RGB", "RGBA"})
_JPEG_MODES = frozenset({"L", "RGB"})


@dataclass(frozen=True)
class Prepared:
    """An attachment ready to be stored. ``width``/``height`` are pixels as
    displayed (EXIF orientation applied) for images, and the first page's size
    in points (1/72 inch, rounded) for PDFs; ``pages`` is 1 for images."""

    media_type: str
    data: bytes
    name: str
    width: int
    height: int
    pages: int
    metadata_removed: bool


class RemovalResult(enum.Enum):
    """What :func:`remove_original` managed to do."""

    OVERWRITTEN = "overwritten"  # zeroed over its full length, fsynced, unlinked
    REMOVED = "removed"  # unlinked, but could not be opened for writing first
    GONE = "gone"  # it no longer existed
    NOT_REMOVED = "not_removed"  # not unlinked (not a regular file, a symlink, or unlink failed)


def sniff(data: bytes) -> str | None:
    """The media type told by ``data``'s magic bytes, or None if unsupported."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def sanitise_name(name: str) -> str:
    """A display name without directories, control or bidi-override characters
    (which can disguise ``gpj.exe`` as ``exe.jpg``), at most :data:`MAX_NAME`
    characters, keeping a short extension when shortening."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        ch
        for ch in name
        if ch not in _BIDI_CONTROLS and unicodedata.category(ch) not in ("Cc", "Cs")
    ).strip()
    if len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        if dot and stem and len(ext) <= 16:
            name = stem[: MAX_NAME - len(ext) - 1] + "." + ext
        else:
            name = name[:MAX_NAME]
    return "attachment" if name in ("", ".", "..") else name


def prepare_attachment(data: bytes, *, name: str, strip_metadata: bool = True) -> Prepared:
    """Validate ``data`` and, for images, remove its metadata (see the module
    docstring). Raises :class:`BadAttachment` with reason ``empty``,
    ``too_large``, ``unsupported``, ``corrupt`` or ``too_many_pixels``."""
    if not data:
        raise BadAttachment("empty")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise BadAttachment("too_large")
    media_type = sniff(data)
    if media_type is None:
        raise BadAttachment("unsupported")
    name = sanitise_name(name)
    if media_type == "application/pdf":
        width, height, pages = _inspect_pdf(data)
        return Prepared(media_type, data, name, width, height, pages, False)
    out, width, height = _prepare_image(data, media_type, strip_metadata)
    return Prepared(media_type, out, name, width, height, 1, strip_metadata)


def prepare_received(data: bytes, *, name: str) -> Prepared:
    """An attachment that arrived in an interchange file or a share bundle:
    checked as :func:`prepare_attachment` checks a file being attached, and
    an image that holds anything besides its pixels (:func:`carries_metadata`)
    is cleaned the same way. An image with nothing to remove is kept byte for
    byte, so the same file imported twice is the same attachment and a clean
    photo is not re-encoded (and so slightly degraded) at every exchange."""
    media_type = sniff(data)
    strip = media_type in ("image/jpeg", "image/png") and carries_metadata(data)
    prepared = prepare_attachment(data, name=name, strip_metadata=strip)
    if media_type == "application/pdf":
        return prepared
    return Prepared(
        prepared.media_type,
        prepared.data,
        prepared.name,
        prepared.width,
        prepared.height,
        prepared.pages,
        True,  # removed now, or there was none
    )


#: the PNG chunks a cleaned image holds (what :func:`_encode_clean` writes)
_PNG_PLAIN = frozenset({b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"})


def carries_metadata(data: bytes) -> bool:
    """Whether a JPEG or PNG holds anything besides what shows its pixels:
    JPEG APP1-APP15 segments (EXIF with GPS and camera, XMP, ICC, MPF
    thumbnails...), comments, a JFIF APP0 with a thumbnail, or bytes after
    the image's end; PNG chunks other than IHDR, PLTE, tRNS, IDAT and IEND
    (text, eXIf, iCCP, tIME...), or bytes after IEND. Anything it cannot walk
    counts as metadata (the image is then re-encoded, which is safe)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png_extras(data)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_extras(data)
    return False


def _png_extras(data: bytes) -> bool:
    at = 8
    while at + 12 <= len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        kind = data[at + 4 : at + 8]
        if kind not in _PNG_PLAIN:
            return True
        at += 12 + length
        if kind == b"IEND":
            return at != len(data)
    return True


def _jpeg_extras(data: bytes) -> bool:
    at, end = 2, len(data)
    while at + 2 <= end:
        if data[at] != 0xFF:
            return True
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte before a marker
            at += 1
            continue
        if marker == 0xD9:  # end of image: nothing may follow
            return at + 2 != end
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            at += 2
            continue
        if at + 4 > end:
            return True
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if 0xE1 <= marker <= 0xEF or marker == 0xFE:  # APP1-APP15, comment
            return True
        if marker == 0xE0 and (length != 16 or data[at + 4 : at + 9] != b"JFIF\x00"):
            return True  # JFXX or a JFIF thumbnail
        at += 2 + length
        if marker == 0xDA:  # a scan: entropy-coded bytes up to the next marker
            while at + 1 < end and not (
                data[at] == 0xFF and data[at + 1] != 0x00 and not 0xD0 <= data[at + 1] <= 0xD7
            ):
                at += 1
    return True


def _prepare_image(data: bytes, media_type: str, strip: bool) -> tuple[bytes, int, int]:
    fmt = "JPEG" if media_type == "image/jpeg" else "PNG"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "Corrupt EXIF data": never printed
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[fmt]) as im:
                if im.width * im.height > MAX_PIXELS:
                    raise BadAttachment("too_many_pixels")
                im.load()
                ImageOps.exif_transpose(im, in_place=True)  # no copy of the pixels
                return (_encode_clean(im, fmt) if strip else data), im.width, im.height
    except BadAttachment:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        raise BadAttachment("too_many_pixels") from None
    except Exception:  # any parser failure on untrusted bytes means "corrupt"
        raise BadAttachment("corrupt") from None


def _encode_clean(im: Image.Image, fmt: str) -> bytes:
    """Re-encode ``im`` from its pixels, with no metadata chunks at all."""
    transparency = im.info.get("transparency") if fmt == "PNG" else None
    im.info = {}  # Pillow's encoders fall back to info for comments, ICC, ...
    if fmt == "JPEG":
        if im.mode not in _JPEG_MODES:
            im = im.convert("RGB")
        extra: dict[str, object] = {"quality": 92}
    else:
        if im.mode not in _PNG_MODES:
            im = im.convert("RGBA")
            transparency = None
        extra = {} if transparency is None else {"transparency": transparency}
    out = io.BytesIO()
    im.save(out, format=fmt, **extra)
    return out.getvalue()


def _open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open ``data`` (caller holds the lock and closes the document)."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise BadAttachment("unsupported") from None
        raise BadAttachment("corrupt") from None
    except Exception:
        raise BadAttachment("corrupt") from None


def _inspect_pdf(data: bytes) -> tuple[int, int, int]:
    """(width, height) of the first page in points, and the page count."""
    with _PDFIUM_LOCK:
        doc = _open_pdf(data)
        try:
            pages = len(doc)
            if pages < 1:
                raise BadAttachment("corrupt")
            page = doc[0]
            try:
                width, height = page.get_size()
            finally:
                page.close()
        except BadAttachment:
            raise
        except Exception:
            raise BadAttachment("corrupt") from None
        finally:
            doc.close()
    return round(width), round(height), pages


def pdf_page_count(data: bytes) -> int:
    """The number of pages of the PDF ``data``; BadAttachment("corrupt") if
    it cannot be opened."""
    with _PDFIUM_LOCK:
        doc = _open_pdf(data)
        try:
            return len(doc)
        finally:
            doc.close()


def render_pdf_page(data: bytes, index: int, *, scale: float) -> tuple[int, int, bytes]:
    """Render page ``index`` (0-based) of the PDF ``data`` at ``scale`` pixels
    per point, in memory. Returns ``(width, height, pixels)``: pixels are
    RGBA, one byte per channel in that order (``QImage.Format_RGBA8888``),
    rows ``width * 4`` bytes apart, on an opaque white background. ``scale``
    is reduced so the bitmap has at most :data:`MAX_RENDER_PIXELS` pixels.
    Raises IndexError for a page that does not exist, ValueError for a
    ``scale`` that is not positive, BadAttachment("corrupt") if pdfium fails."""
    if not (math.isfinite(scale) and scale > 0):
        raise ValueError("scale must be positive")
    with _PDFIUM_LOCK:
        doc = _open_pdf(data)
        try:
            if not 0 <= index < len(doc):
                raise IndexError("no such page")
            page = doc[index]
            try:
                w, h = page.get_size()
                if w * h * scale * scale > MAX_RENDER_PIXELS:
                    scale = math.sqrt(MAX_RENDER_PIXELS / (w * h)) * 0.999  # ceil() headroom
                bitmap = page.render(
                    scale=scale,
                    force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
                    rev_byteorder=True,  # BGRA -> RGBA
                    fill_color=(255, 255, 255, 255),
                )
                try:
                    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
                    raw = memoryview(bitmap.buffer).cast("B")
                    if stride == width * 4:
                        pixels = bytes(raw[: stride * height])
                    else:
                        pixels = b"".join(
                            raw[row * stride : row * stride + width * 4] for row in range(height)
                        )
                finally:
                    bitmap.close()
            finally:
                page.close()
        except (BadAttachment, IndexError):
            raise
        except Exception:
            raise BadAttachment("corrupt") from None
        finally:
            doc.close()
    return width, height, pixels


def read_attachment_file(path: str | os.PathLike[str]) -> bytes:
    """The content of the regular file at ``path``, which must not be a
    symlink. Raises BadAttachment ``unreadable`` (missing, no permission, a
    directory, FIFO or device), ``too_large`` (decided from fstat, before
    reading, and again if the file grows while read) or ``empty``."""
    limit = MAX_ATTACHMENT_BYTES
    flags = (
        os.O_RDONLY
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_CLOEXEC", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_BINARY", 0)
    )  # NONBLOCK: FIFOs
    try:
        fd = os.open(path, flags)
    except OSError:
        raise BadAttachment("unreadable") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise BadAttachment("unreadable")
        if st.st_size > limit:
            raise BadAttachment("too_large")
        if st.st_size == 0:
            raise BadAttachment("empty")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError:
        raise BadAttachment("unreadable") from None
    finally:
        os.close(fd)
    if total > limit:
        raise BadAttachment("too_large")
    if total == 0:
        raise BadAttachment("empty")
    return b"".join(chunks)


def remove_original(path: str | os.PathLike[str]) -> RemovalResult:  # noqa: C901 - ratchet: split this function
    """Best-effort deletion of an imported original: overwrite it with zeros,
    fsync, unlink, fsync the directory. Only regular files; a symlink is left
    alone (``NOT_REMOVED``). If the directory does not look writable nothing
    is overwritten; if unlinking still fails after the overwrite, the result
    is ``NOT_REMOVED`` and the file remains, zeroed. A file with other hard
    links is only unlinked (``REMOVED``): zeroing it would wipe the other
    names' content too. Never raises OSError."""
    path = Path(path)
    try:
        before = os.lstat(path)
    except FileNotFoundError:
        return RemovalResult.GONE
    except OSError:
        return RemovalResult.NOT_REMOVED
    if not stat.S_ISREG(before.st_mode):
        return RemovalResult.NOT_REMOVED
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return RemovalResult.NOT_REMOVED  # could not unlink it: don't zero it either

    overwritten = False
    flags = (
        os.O_WRONLY
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_CLOEXEC", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_BINARY", 0)
    )
    if before.st_nlink > 1:
        # Another name points at the same bytes (a backup tool's hard link,
        # `cp -l`): zeroing would destroy that copy too. Only unlink this name.
        fd = -1
    else:
        try:
            fd = os.open(path, flags)
        except FileNotFoundError:
            return RemovalResult.GONE
        except OSError:
            fd = -1  # read-only file, EROFS, ...: unlink without overwriting
    if fd >= 0:
        try:
            st = os.fstat(fd)
            if (st.st_dev, st.st_ino) != (before.st_dev, before.st_ino):
                return RemovalResult.NOT_REMOVED  # swapped under us: touch nothing more
            zeros = memoryview(bytes(_CHUNK))
            done = 0
            while done < st.st_size:
                written = os.write(fd, zeros[: min(_CHUNK, st.st_size - done)])
                if written <= 0:
                    raise OSError("short write")
                done += written
            os.fsync(fd)
            overwritten = True
        except OSError:
            pass  # still unlink it
        finally:
            os.close(fd)

    try:
        os.unlink(path)
    except FileNotFoundError:
        return RemovalResult.OVERWRITTEN if overwritten else RemovalResult.GONE
    except OSError:
        return RemovalResult.NOT_REMOVED
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
    return RemovalResult.OVERWRITTEN if overwritten else RemovalResult.REMOVED
