"""Review 3: deleting an imported original must not destroy other files.
A hard link is the same data under another name (backup tools, photo
managers and `cp -l` make them); zeroing "the original" zeroes that too,
while only the one name is removed."""

from __future__ import annotations

import os
from pathlib import Path

from fieldsafe.media import remove_original
from tests.images import jpeg_with_gps


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
