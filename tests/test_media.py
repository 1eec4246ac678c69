"""Attachment intake: type sniffing, refusals, metadata removal, PDF
rendering, reading files safely and removing originals."""

from __future__ import annotations

import io
import os
import struct
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms

from fieldsafe import media as intake
from fieldsafe.errors import BadAttachment
from fieldsafe.media import (
    Prepared,
    RemovalResult,
    pdf_page_count,
    prepare_attachment,
    read_attachment_file,
    remove_original,
    render_pdf_page,
)
from tests.images import CANARY, has_canary, has_gps, jpeg_with_gps, png_with_text, tiny_pdf

# -- helpers ------------------------------------------------------------------


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` RGB pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + png_chunk(b"IEND", b"")
    )


def png_chunk_types(data: bytes) -> list[bytes]:
    kinds, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kinds.append(data[pos + 4 : pos + 8])
        pos += 12 + length
    return kinds


def jpeg_markers(data: bytes) -> list[int]:
    """Marker bytes of the JPEG segments before the scan data."""
    markers, pos = [], 2
    while pos < len(data):
        assert data[pos] == 0xFF
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        pos += 2 + length
    return markers


def png_image(mode: str = "RGB", size: tuple[int, int] = (20, 10), **save: object) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "red" if mode != "P" else 1).save(out, format="PNG", **save)
    return out.getvalue()


def refuse(data: bytes, reason: str, *, name: str = "x.bin") -> BadAttachment:
    with pytest.raises(BadAttachment) as info:
        prepare_attachment(data, name=name)
    assert info.value.reason == reason
    return info.value


# -- metadata removal -----------------------------------------------------------


def test_jpeg_metadata_is_removed() -> None:
    original = jpeg_with_gps()
    assert has_gps(original) and has_canary(original)
    prepared = prepare_attachment(original, name="note.jpg")
    assert prepared == Prepared("image/jpeg", prepared.data, "note.jpg", 64, 48, 1, True)
    assert not has_gps(prepared.data)
    assert not has_canary(prepared.data)
    with Image.open(io.BytesIO(prepared.data)) as im:
        im.load()
        assert im.format == "JPEG" and im.size == (64, 48)
        assert len(im.getexif()) == 0
        assert not {"exif", "xmp", "comment", "icc_profile"} & set(im.info)
    # Only the JFIF header, tables, frame and scan: no APPn beyond APP0, no COM.
    assert set(jpeg_markers(prepared.data)) <= {0xE0, 0xDB, 0xC0, 0xC4, 0xDA}


def test_jpeg_orientation_is_applied() -> None:
    prepared = prepare_attachment(jpeg_with_gps(64, 48, orientation=6), name="p.jpg")
    assert (prepared.width, prepared.height) == (48, 64)
    with Image.open(io.BytesIO(prepared.data)) as im:
        assert im.size == (48, 64)
        assert 0x0112 not in im.getexif()
        # Orientation 6 = rotate 90° clockwise: the red top-left corner moves top-right.
        red = im.convert("RGB").getpixel((40, 8))
        assert isinstance(red, tuple) and red[0] > 200 and red[1] < 60


def test_png_text_chunks_and_exif_are_removed() -> None:
    original = png_with_text()
    assert has_canary(original) and has_gps(original)
    prepared = prepare_attachment(original, name="scan.png")
    assert (prepared.media_type, prepared.width, prepared.height) == ("image/png", 32, 24)
    assert prepared.metadata_removed
    assert not has_canary(prepared.data) and not has_gps(prepared.data)
    assert set(png_chunk_types(prepared.data)) <= {b"IHDR", b"IDAT", b"IEND"}
    with Image.open(io.BytesIO(original)) as a, Image.open(io.BytesIO(prepared.data)) as b:
        assert a.mode == b.mode and a.tobytes() == b.tobytes()


def test_icc_profile_is_removed() -> None:
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    for fmt in ("JPEG", "PNG"):
        out = io.BytesIO()
        Image.new("RGB", (8, 8), "blue").save(out, format=fmt, icc_profile=icc)
        prepared = prepare_attachment(out.getvalue(), name="c")
        with Image.open(io.BytesIO(prepared.data)) as im:
            assert "icc_profile" not in im.info


def test_png_modes_and_transparency_survive() -> None:
    palette = Image.new("P", (20, 10))
    palette.putpalette([255, 0, 0, 0, 255, 0, 0, 0, 255])
    palette.paste(1, (0, 0, 10, 10))
    paletted = io.BytesIO()
    palette.save(paletted, format="PNG", transparency=1)
    samples = [png_image(mode) for mode in ("L", "LA", "RGBA", "1", "I;16")]
    samples += [paletted.getvalue(), png_image("RGB", transparency=(255, 0, 0))]
    for data in samples:
        prepared = prepare_attachment(data, name="m.png")
        with Image.open(io.BytesIO(data)) as a, Image.open(io.BytesIO(prepared.data)) as b:
            assert a.mode == b.mode
            assert a.info.get("transparency") == b.info.get("transparency")
            assert a.tobytes() == b.tobytes()
            if a.mode != "I;16":
                assert a.convert("RGBA").tobytes() == b.convert("RGBA").tobytes()


def test_cmyk_jpeg_becomes_rgb() -> None:
    out = io.BytesIO()
    Image.new("CMYK", (10, 10), (0, 255, 255, 0)).save(out, format="JPEG")
    prepared = prepare_attachment(out.getvalue(), name="cmyk.jpg")
    with Image.open(io.BytesIO(prepared.data)) as im:
        assert im.mode == "RGB"


def test_keeping_metadata_keeps_the_bytes() -> None:
    for data in (jpeg_with_gps(orientation=6), png_with_text()):
        prepared = prepare_attachment(data, name="k", strip_metadata=False)
        assert prepared.data == data
        assert not prepared.metadata_removed
    assert (
        prepare_attachment(jpeg_with_gps(orientation=6), name="k", strip_metadata=False).width == 48
    )


def test_pdf_is_stored_as_is() -> None:
    data = tiny_pdf(pages=3)
    prepared = prepare_attachment(data, name="letter.pdf")
    assert prepared == Prepared("application/pdf", data, "letter.pdf", 595, 842, 3, False)


def test_type_comes_from_content_not_name() -> None:
    assert prepare_attachment(png_with_text(), name="photo.jpg").media_type == "image/png"
    assert prepare_attachment(tiny_pdf(), name="x.png").media_type == "application/pdf"
    refuse(b"plain text", "unsupported", name="note.pdf")


@pytest.mark.parametrize(
    ("given_name", "expected"),
    [
        ("/home/ana/Pictures/IMG_0001.JPG", "IMG_0001.JPG"),
        ("C:\\Users\\ana\\scan.pdf", "scan.pdf"),
        ("evil\u202egpj.exe", "evilgpj.exe"),
        ("a\u2066b\u2069c\x00d\ne\x7f.png", "abcde.png"),
        ("bad\udcffname.jpg", "badname.jpg"),
        ("", "attachment"),
        ("..", "attachment"),
        ("dir/", "attachment"),
        ("\u202e\u2067  ", "attachment"),
        ("x" * 300 + ".jpeg", "x" * 195 + ".jpeg"),
        ("y" * 300, "y" * 200),
    ],
)
def test_names_are_sanitised(given_name: str, expected: str) -> None:
    assert prepare_attachment(png_image(), name=given_name).name == expected


# -- refusals -------------------------------------------------------------------


def test_empty_and_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse(b"", "empty")
    data = png_image()
    monkeypatch.setattr(intake, "MAX_ATTACHMENT_BYTES", len(data) - 1)
    refuse(data, "too_large")
    monkeypatch.setattr(intake, "MAX_ATTACHMENT_BYTES", len(data))
    assert prepare_attachment(data, name="p").media_type == "image/png"


def test_the_documented_limits() -> None:
    assert intake.MAX_ATTACHMENT_BYTES == 25 * 1024 * 1024
    assert intake.MAX_PIXELS == 80_000_000
    assert intake.SUPPORTED == ("image/jpeg", "image/png", "application/pdf")


def test_unsupported_types() -> None:
    gif = io.BytesIO()
    Image.new("P", (4, 4)).save(gif, format="GIF")
    webp = io.BytesIO()
    Image.new("RGB", (4, 4)).save(webp, format="WEBP")
    for data in (
        b"just a text note\n",
        gif.getvalue(),
        webp.getvalue(),
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\0" * 64,
        b"PK\x03\x04" + b"\0" * 30,
        b" %PDF-1.4",
    ):
        refuse(data, "unsupported")


def test_corrupt_files() -> None:
    jpeg = jpeg_with_gps(200, 150)
    png = png_with_text()
    broken_crc = bytearray(png)
    broken_crc[29] ^= 0xFF  # the IHDR chunk's CRC
    for data in (
        jpeg[: len(jpeg) // 2],
        jpeg[:3] + b"\0" * 50,
        png[: len(png) // 2],
        png[:20],
        bytes(broken_crc),
        b"%PDF-1.7\n" + b"garbage " * 100,
        tiny_pdf()[:200],
        b"%PDF-",
    ):
        refuse(data, "corrupt")


def test_decompression_bombs(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse(png_claiming(9_000, 9_000), "too_many_pixels")  # over ours, under Pillow's
    monkeypatch.setattr(intake, "MAX_PIXELS", 10**12)  # leave it to Pillow:
    refuse(png_claiming(10_000, 9_000), "too_many_pixels")  # its warning, made an error
    refuse(png_claiming(40_000, 40_000), "too_many_pixels")  # its error
    monkeypatch.setattr(intake, "MAX_PIXELS", 64 * 48 - 1)
    refuse(jpeg_with_gps(64, 48), "too_many_pixels")
    monkeypatch.setattr(intake, "MAX_PIXELS", 64 * 48)
    assert prepare_attachment(jpeg_with_gps(64, 48), name="ok").width == 64


def test_refusals_are_quiet(
    capfd: pytest.CaptureFixture[str], recwarn: pytest.WarningsRecorder
) -> None:
    jpeg = jpeg_with_gps()
    for data in (
        jpeg[:-40],
        png_claiming(10_000, 9_000),
        b"%PDF-1.4 junk",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
    ):
        with pytest.raises(BadAttachment):
            prepare_attachment(data, name="q")
    # Broken EXIF (Pillow warns about it) costs only the orientation.
    broken_exif = jpeg_with_gps(orientation=6).replace(
        b"Exif\0\0MM\0*\0\0\0\x08", b"Exif\0\0MM\0*\0\0\xff\xff"
    )
    assert broken_exif != jpeg_with_gps(orientation=6)
    assert prepare_attachment(broken_exif, name="q").width == 64
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    assert len(recwarn) == 0


def test_errors_never_carry_name_or_content() -> None:
    secret_name = f"/home/ana/{CANARY}.jpg"
    for data in (CANARY.encode(), b"\xff\xd8\xff" + CANARY.encode(), b"%PDF-" + CANARY.encode()):
        exc = refuse(
            data, "unsupported" if data.startswith(b"Field") else "corrupt", name=secret_name
        )
        for text in (str(exc), repr(exc), repr(exc.args)):
            assert CANARY not in text
        assert exc.args == (exc.reason,)
        assert exc.__cause__ is None
        assert exc.__context__ is None or exc.__suppress_context__


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=512),
        st.tuples(
            st.sampled_from([b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n"]),
            st.binary(max_size=512),
        ).map(b"".join),
        st.tuples(
            st.sampled_from([jpeg_with_gps(16, 12), png_with_text(8, 6), tiny_pdf()]),
            st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 255)), max_size=6),
            st.integers(1, 4000),
        ).map(
            lambda t: bytes(
                (b if i not in dict(t[1]) else dict(t[1])[i]) for i, b in enumerate(t[0][: t[2]])
            )
        ),
    )
)
def test_fuzz_prepare_attachment(data: bytes) -> None:
    try:
        result = prepare_attachment(data, name="fuzz")
    except BadAttachment as exc:
        assert exc.reason in {"empty", "unsupported", "corrupt", "too_many_pixels"}
    else:
        assert isinstance(result, Prepared) and result.media_type in intake.SUPPORTED


# -- PDF rendering ---------------------------------------------------------------


def test_render_pdf_page_is_rgba() -> None:
    data = tiny_pdf(pages=2, width=200, height=300)
    assert pdf_page_count(data) == 2
    width, height, pixels = render_pdf_page(data, 1, scale=2.0)
    assert (width, height) == (400, 600)
    assert len(pixels) == width * height * 4

    def pixel(x: int, y: int) -> bytes:
        return pixels[(y * width + x) * 4 : (y * width + x) * 4 + 4]

    assert pixel(20, 20) == b"\xff\x00\x00\xff"  # the red square, top-left, R first
    assert pixel(300, 500) == b"\xff\xff\xff\xff"  # opaque white paper


def test_render_scale_is_clamped() -> None:
    width, height, pixels = render_pdf_page(tiny_pdf(), 0, scale=500.0)
    assert 0.95 * intake.MAX_RENDER_PIXELS < width * height <= intake.MAX_RENDER_PIXELS
    assert len(pixels) == width * height * 4
    assert abs(width / height - 595 / 842) < 0.01


def test_render_bad_arguments_and_data() -> None:
    data = tiny_pdf()
    with pytest.raises(IndexError):
        render_pdf_page(data, 1, scale=1.0)
    with pytest.raises(IndexError):
        render_pdf_page(data, -1, scale=1.0)
    for scale in (0.0, -1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError):
            render_pdf_page(data, 0, scale=scale)
    for call in (
        lambda: render_pdf_page(b"%PDF-junk", 0, scale=1.0),
        lambda: pdf_page_count(b"not a pdf"),
    ):
        with pytest.raises(BadAttachment) as info:
            call()
        assert info.value.reason == "corrupt"


# -- reading files ----------------------------------------------------------------


def test_read_attachment_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(jpeg_with_gps())
    assert read_attachment_file(path) == jpeg_with_gps()
    assert read_attachment_file(str(path)) == jpeg_with_gps()


def read_refused(path: Path | str, reason: str) -> None:
    with pytest.raises(BadAttachment) as info:
        read_attachment_file(path)
    assert info.value.reason == reason
    assert str(path) not in str(info.value)


def test_read_refuses_odd_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "target.png"
    target.write_bytes(png_image())
    (tmp_path / "link.png").symlink_to(target)
    os.mkfifo(tmp_path / "fifo")  # must not block waiting for a writer
    (tmp_path / "empty").write_bytes(b"")
    read_refused(tmp_path, "unreadable")
    read_refused(tmp_path / "missing.jpg", "unreadable")
    read_refused(tmp_path / "link.png", "unreadable")
    read_refused(tmp_path / "fifo", "unreadable")
    read_refused(tmp_path / "empty", "empty")

    real_open = os.open

    def denied(path: object, flags: int, *args: object) -> int:
        if str(path) == str(target):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    read_refused(target, "unreadable")


def test_read_refuses_large_files_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sparse = tmp_path / "huge.pdf"
    with open(sparse, "wb") as fh:
        fh.truncate(intake.MAX_ATTACHMENT_BYTES + 1)
    started = time.monotonic()
    read_refused(sparse, "too_large")
    assert time.monotonic() - started < 1.0

    small = tmp_path / "small.png"
    small.write_bytes(b"x" * 1001)
    monkeypatch.setattr(intake, "MAX_ATTACHMENT_BYTES", 1000)

    def no_reading(*args: object) -> bytes:
        raise AssertionError("read a file that fstat showed to be too large")

    monkeypatch.setattr(os, "read", no_reading)
    read_refused(small, "too_large")


def test_read_stops_when_the_file_grows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "growing.png"
    path.write_bytes(b"x" * 5000)
    monkeypatch.setattr(intake, "MAX_ATTACHMENT_BYTES", 1000)
    real_fstat = os.fstat

    def stale_fstat(fd: int) -> os.stat_result:  # the size when the user picked it
        st = real_fstat(fd)
        return os.stat_result(
            (
                st.st_mode,
                st.st_ino,
                st.st_dev,
                st.st_nlink,
                st.st_uid,
                st.st_gid,
                10,
                st.st_atime,
                st.st_mtime,
                st.st_ctime,
            )
        )

    reads: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "fstat", stale_fstat)
    monkeypatch.setattr(os, "read", counting_read)
    read_refused(path, "too_large")
    assert sum(reads) <= 1001


# -- removing originals ------------------------------------------------------------


def test_remove_original_overwrites_then_unlinks(tmp_path: Path) -> None:
    original = tmp_path / "IMG_0001.jpg"
    content = jpeg_with_gps() * 1000  # > 1 MiB: several chunks
    original.write_bytes(content)
    witness = os.open(original, os.O_RDONLY)  # an open descriptor sees the inode after unlink
    try:
        assert remove_original(original) is RemovalResult.OVERWRITTEN
        assert not original.exists()
        os.lseek(witness, 0, os.SEEK_SET)
        seen = b""
        while chunk := os.read(witness, 1 << 20):
            seen += chunk
        assert seen == b"\0" * len(content)
    finally:
        os.close(witness)


def test_remove_original_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e").write_bytes(b"")
    assert remove_original(str(tmp_path / "e")) is RemovalResult.OVERWRITTEN
    assert not (tmp_path / "e").exists()


def test_remove_original_gone(tmp_path: Path) -> None:
    assert remove_original(tmp_path / "never-existed.jpg") is RemovalResult.GONE


def test_remove_original_leaves_symlinks_and_non_files(tmp_path: Path) -> None:
    target = tmp_path / "target.jpg"
    target.write_bytes(b"precious")
    link = tmp_path / "link.jpg"
    link.symlink_to(target)
    assert remove_original(link) is RemovalResult.NOT_REMOVED
    assert link.is_symlink() and target.read_bytes() == b"precious"
    (tmp_path / "dir").mkdir()
    assert remove_original(tmp_path / "dir") is RemovalResult.NOT_REMOVED
    os.mkfifo(tmp_path / "fifo")
    assert remove_original(tmp_path / "fifo") is RemovalResult.NOT_REMOVED
    assert (tmp_path / "dir").is_dir() and (tmp_path / "fifo").exists()


def test_remove_original_unwritable_file_is_just_unlinked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "ro.jpg"
    original.write_bytes(b"secret")
    witness = tmp_path / "witness"
    os.link(original, witness)
    real_open = os.open

    def read_only(path: object, flags: int, *args: object) -> int:
        if str(path) == str(original) and flags & os.O_WRONLY:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only)
    assert remove_original(original) is RemovalResult.REMOVED
    assert not original.exists() and witness.read_bytes() == b"secret"


def test_remove_original_overwrite_failure_still_unlinks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "io.jpg"
    original.write_bytes(b"secret")

    def failing_write(fd: int, data: object) -> int:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "write", failing_write)
    assert remove_original(original) is RemovalResult.REMOVED
    assert not original.exists()


def test_remove_original_unlink_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = tmp_path / "stuck.jpg"
    original.write_bytes(b"secret")

    def cannot_unlink(path: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "unlink", cannot_unlink)
    assert remove_original(original) is RemovalResult.NOT_REMOVED
    assert original.exists()  # zeroed already: the removal is best effort
    monkeypatch.undo()
    assert original.read_bytes() == b"\0" * 6


def test_remove_original_read_only_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "kept.jpg"
    original.write_bytes(b"secret")
    real_access = os.access

    def dir_not_writable(path: object, mode: int, **kwargs: object) -> bool:
        if str(path) == str(tmp_path) and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", dir_not_writable)
    assert remove_original(original) is RemovalResult.NOT_REMOVED
    assert original.read_bytes() == b"secret"  # not zeroed when it cannot be removed


def test_remove_original_read_only_file_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "rofs.jpg"
    original.write_bytes(b"secret")
    real_open = os.open

    def erofs_open(path: object, flags: int, *args: object) -> int:
        if str(path) == str(original) and flags & os.O_WRONLY:
            raise OSError(30, "Read-only file system")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    def erofs_unlink(path: object, *args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "open", erofs_open)
    monkeypatch.setattr(os, "unlink", erofs_unlink)
    assert remove_original(original) is RemovalResult.NOT_REMOVED
    monkeypatch.undo()
    assert original.read_bytes() == b"secret"


def test_removing_an_original_leaves_a_hard_linked_copy_intact(tmp_path: Path) -> None:
    original = tmp_path / "scan.jpg"
    original.write_bytes(jpeg_with_gps())
    kept = tmp_path / "backup" / "scan.jpg"
    kept.parent.mkdir()
    os.link(original, kept)
    remove_original(original)
    assert not original.exists()
    assert kept.read_bytes() == jpeg_with_gps(), (
        "the other name's content was overwritten with zeros"
    )
