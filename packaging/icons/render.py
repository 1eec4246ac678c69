"""Draw FieldSafe's application icon files from ``fieldsafe.svg``.

    .venv/bin/python packaging/icons/render.py

writes, beside this script (the outputs are committed, so the Windows and
macOS recipes need neither Qt nor this script):

- ``png/fieldsafe-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (and
  1024, used by the .icns), each drawn by Qt's ``QSvgRenderer`` at its own
  size, not scaled from a bigger picture;
- ``fieldsafe.ico`` (Windows: 16 to 256) and ``fieldsafe.icns`` (macOS: 16 to
  1024), put together by Pillow from those PNGs;
- ``src/fieldsafe/resources/icons/fieldsafe.svg``, the same SVG, for the
  window's icon.

``--check`` draws into a temporary folder and exits 1 if a committed file
differs from what this machine's Qt and Pillow draw (byte for byte, so
another Qt version may differ without anything being wrong;
tests/packaging/test_icons.py checks sizes and formats instead).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SVG = HERE / "fieldsafe.svg"
APP_SVG = ROOT / "src" / "fieldsafe" / "resources" / "icons" / "fieldsafe.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICNS_ONLY = (1024,)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG for Qt")
    (out / "png").mkdir(parents=True, exist_ok=True)
    files = {}
    for size in (*PNG_SIZES, *ICNS_ONLY):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out / "png" / f"fieldsafe-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        files[size] = path
    return files


def write_ico_icns(pngs: dict[int, Path], out: Path) -> None:
    from PIL import Image

    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    biggest = images[max(ICO_SIZES)]
    biggest.save(
        out / "fieldsafe.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    icns_sizes = [s for s in sorted(images) if s in (16, 32, 64, 128, 256, 512, 1024)]
    images[1024].save(
        out / "fieldsafe.icns",
        format="ICNS",
        append_images=[images[s] for s in icns_sizes if s != 1024],
    )


def outputs(out: Path) -> list[Path]:
    names = [f"png/fieldsafe-{s}.png" for s in (*PNG_SIZES, *ICNS_ONLY)]
    return [out / name for name in (*names, "fieldsafe.ico", "fieldsafe.icns")]


def build(out: Path) -> None:
    write_ico_icns(render_pngs(out), out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    if not args.check:
        build(HERE)
        shutil.copyfile(SVG, APP_SVG)
        print(f"wrote {len(outputs(HERE))} files in {HERE} and {APP_SVG}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        stale = [
            str(mine.relative_to(HERE))
            for fresh, mine in zip(outputs(Path(tmp)), outputs(HERE), strict=True)
            if not mine.is_file() or fresh.read_bytes() != mine.read_bytes()
        ]
    if not APP_SVG.is_file() or APP_SVG.read_bytes() != SVG.read_bytes():
        stale.append(str(APP_SVG.relative_to(ROOT)))
    if stale:
        print("out of date (run packaging/icons/render.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
