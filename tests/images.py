"""Test images and PDFs with known metadata, for the intake and GUI tests.

Every identifying field carries :data:`CANARY` (or :data:`GPS_CANARY` in the
GPS block), so "is the metadata gone?" is a byte search as well as a parse.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, PngImagePlugin
from PIL.TiffImagePlugin import IFDRational

CANARY = "FieldSafeCanary-4b1d9e"
GPS_CANARY = "FieldSafeGpsDatum-77c2"
GPS_IFD = 0x8825


def _pattern(width: int, height: int) -> Image.Image:
    """A gradient with a red top-left quarter, so orientation can be checked."""
    im = Image.new("RGB", (width, height))
    im.putdata(
        [
            (x * 255 // max(width - 1, 1), y * 255 // max(height - 1, 1), 128)
            for y in range(height)
            for x in range(width)
        ]
    )
    im.paste((255, 0, 0), (0, 0, width // 2, height // 2))
    return im


def _gps_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = f"Make {CANARY}"  # Make
    exif[0x0110] = f"Model {CANARY}"  # Model
    exif[0x0132] = "2024:05:01 10:15:00"  # DateTime
    if orientation is not None:
        exif[0x0112] = orientation
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"  # GPSLatitudeRef
    gps[2] = (IFDRational(51), IFDRational(30), IFDRational(1225, 100))  # GPSLatitude
    gps[3] = "W"  # GPSLongitudeRef
    gps[4] = (IFDRational(0), IFDRational(7), IFDRational(3950, 100))  # GPSLongitude
    gps[0x12] = GPS_CANARY  # GPSMapDatum
    return exif


def jpeg_with_gps(width: int = 64, height: int = 48, orientation: int | None = None) -> bytes:
    """A JPEG whose EXIF has GPS latitude/longitude, Make/Model (with the
    canary), a DateTime and optionally an Orientation; plus a comment and XMP
    packet with the canary."""
    out = io.BytesIO()
    xmp = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>{CANARY}</rdf:RDF></x:xmpmeta>'
    _pattern(width, height).save(
        out,
        format="JPEG",
        quality=95,
        exif=_gps_exif(orientation),
        comment=f"comment {CANARY}".encode(),
        xmp=xmp.encode(),
    )
    return out.getvalue()


def png_with_text(width: int = 32, height: int = 24) -> bytes:
    """A PNG with tEXt, zTXt and iTXt chunks and an eXIf chunk (with GPS),
    all containing the canary."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", f"tEXt {CANARY}")
    info.add_text("Author", f"zTXt {CANARY}", zip=True)
    info.add_itxt("Description", f"iTXt {CANARY}", lang="en", tkey="Description")
    out = io.BytesIO()
    _pattern(width, height).save(out, format="PNG", pnginfo=info, exif=_gps_exif())
    return out.getvalue()


def tiny_pdf(pages: int = 1, width: float = 595, height: float = 842) -> bytes:
    """A PDF of ``pages`` white pages, each with a filled red 100x100 pt
    square in its top-left corner."""
    doc = pdfium.PdfDocument.new()
    try:
        for _ in range(pages):
            page = doc.new_page(width, height)
            rect = pdfium_c.FPDFPageObj_CreateNewRect(0, height - 100, 100, 100)
            pdfium_c.FPDFPageObj_SetFillColor(rect, 255, 0, 0, 255)
            pdfium_c.FPDFPath_SetDrawMode(rect, pdfium_c.FPDF_FILLMODE_WINDING, False)
            pdfium_c.FPDFPage_InsertObject(page.raw, rect)  # the page owns it now
            if not pdfium_c.FPDFPage_GenerateContent(page.raw):
                raise RuntimeError("FPDFPage_GenerateContent failed")
            page.close()
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()
    finally:
        doc.close()


def has_gps(data: bytes) -> bool:
    """Whether ``data`` still carries the GPS block: parsed by Pillow, or the
    GPS canary / an XMP GPS tag found anywhere in the raw bytes."""
    if GPS_CANARY.encode() in data or b"GPSLatitude" in data:
        return True
    try:
        with Image.open(io.BytesIO(data)) as im:
            return bool(im.getexif().get_ifd(GPS_IFD))
    except Exception:
        return False


def has_canary(data: bytes) -> bool:
    """Whether the canary appears in the raw bytes (UTF-8 or UTF-16-LE)."""
    return CANARY.encode() in data or CANARY.encode("utf-16-le") in data
