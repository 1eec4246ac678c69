"""The built Linux bundle, not the source tree (issue 15).

Skipped unless ``FIELDSAFE_BUNDLE`` names a bundle folder (the one holding
``fieldsafe``, ``fieldsafe-cli`` and ``_internal/``), as
``packaging/test-linux-bundle`` does after ``packaging/build-linux``. Every
program run here is the bundle's own, in a bare environment: no PYTHONPATH,
no virtual environment, an empty home, offscreen Qt, started from an empty
folder. The bundle's ``--version`` saying its source is inside the bundle
shows it is the frozen copy that runs.

What is checked:
- the window program reaches the first-run wizard for a new vault and the
  lock screen for an existing one (``FIELDSAFE_EXIT_AFTER_SHOWN=1``);
- the command line program's ``init``, ``import``, ``search`` and
  ``verify``, with their exit codes (0, 2, 3, 4, 64), and that it never loads
  Qt (the dynamic loader's own list of what it loaded);
- the bundled fonts draw Arabic and Devanagari (and the other scripts) with
  no missing-glyph boxes, on a "machine" whose fontconfig has no fonts at
  all (``fieldsafe --self-check fonts``), and the check fails once the
  Arabic font is taken out of a copy;
- portable mode writes nothing outside the bundle's folder;
- ``install.sh`` puts a valid menu entry and the icons under the data home,
  and ``--uninstall`` takes them away;
- the bundle holds only the Qt modules FieldSafe uses, and its size.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_VARIABLE = "FIELDSAFE_BUNDLE"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.bundle,
    pytest.mark.skipif(
        not os.environ.get(BUNDLE_VARIABLE),
        reason=f"{BUNDLE_VARIABLE} names no built bundle (packaging/test-linux-bundle sets it)",
    ),
]

PASSPHRASE = "a bundle's own passphrase, 7 words long"
WRONG = "not the passphrase"
#: the Qt libraries FieldSafe's own imports need (and Qt's helpers for X11/Wayland)
QT_ALLOWED = {
    "Core",
    "Gui",
    "Widgets",
    "Svg",
    "DBus",
    "Network",
    "PrintSupport",
    "XcbQpa",
    "WaylandClient",
    "WlShellIntegration",
    "OpenGL",
}
#: a ratchet, not the target: issue 15 aims at 120 MB (packaging/README.md
#: says where the rest goes); this fails if the bundle grows past today's size.
#: 165 until the 22 new languages (issue 17) brought 181 MB: their compiled
#: catalogues (+6 MB), their .ts sources in the AGPL source copy (+12 MB), Qt's
#: catalogues for them and the Chinese font subset (+2 MB)
MAX_MB = 185


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = Path(os.environ[BUNDLE_VARIABLE]).resolve()
    assert (folder / "fieldsafe").is_file() and (folder / "fieldsafe-cli").is_file(), folder
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty home with the two folders a desktop session has (empty)."""
    home = tmp_path / "home"
    for sub in ("run", "tmp"):
        (home / sub).mkdir(mode=0o700, parents=True)
    return home


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """No PYTHON*, no virtual environment, no FIELDSAFE_*: the bundle alone."""
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "TMPDIR": str(home / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.update(extra)
    return env


def run(
    program: Path,
    *args: str | Path,
    home: Path,
    stdin: str = "",
    cwd: Path | None = None,
    **extra: str,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *map(str, args)],
        input=stdin,
        env=bare_env(home, **extra),
        cwd=cwd or home / "tmp",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def everything_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def interchange(tmp_path: Path) -> Path:
    records = [
        {
            "kind": "outreach_log",
            "id": f"00000000-0000-4000-8000-{n:012d}",
            "created_at": "2026-03-04T18:00:00Z",
            "updated_at": "2026-03-04T18:00:00Z",
            "fields": {"occurred_at": "2026-03-04T17:30:00Z", "title": title, "body": body},
        }
        for n, (title, body) in enumerate(
            [
                ("Harbour walk", "Met two people near the lighthouse; left the helpline card."),
                ("زيارة الملجأ", "تحدثنا عن السكن والعمل."),
                ("सुरक्षित मुलाकात", "परामर्श के बारे में बात हुई।"),
            ],
            start=1,
        )
    ]
    path = tmp_path / "records.json"
    doc = {"format": "fieldsafe-interchange", "version": 1, "records": records}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def copy_of(tmp_path: Path, bundle: Path) -> Iterator[Path]:
    """A copy of the bundle sharing its files (hard links where the file
    system allows): new files in it, and removed ones, stay in the copy."""
    copy = tmp_path / "FieldSafe"
    try:
        subprocess.run(["cp", "-al", str(bundle), str(copy)], check=True, capture_output=True)
    except subprocess.CalledProcessError:
        shutil.copytree(bundle, copy, symlinks=True)
    yield copy


# -- it is the bundle that runs -------------------------------------------------------


def test_both_programs_are_the_frozen_bundle(bundle: Path, home: Path) -> None:
    for program in ("fieldsafe", "fieldsafe-cli"):
        result = run(bundle / program, "--version", home=home)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert lines[0].startswith(f"{program} "), lines
        assert f"in {bundle / '_internal' / 'source'}" in result.stdout
        assert "AGPL-3.0-or-later" in result.stdout and "SQLCipher 4." in result.stdout
    assert (bundle / "_internal" / "source" / "src" / "fieldsafe" / "app.py").is_file()


# -- the window ------------------------------------------------------------------------


def test_the_window_opens_the_first_run_wizard_for_a_new_vault(bundle: Path, home: Path) -> None:
    result = run(
        bundle / "fieldsafe", "--vault", home / "new", home=home, FIELDSAFE_EXIT_AFTER_SHOWN="1"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["shown: first-run"]
    assert "Traceback" not in result.stderr


def test_the_window_opens_the_lock_screen_for_an_existing_vault(bundle: Path, home: Path) -> None:
    vault = home / "vault"
    created = run(
        bundle / "fieldsafe-cli", "--vault", vault, "--passphrase-stdin", "init",
        home=home, stdin=f"{PASSPHRASE}\n",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    result = run(bundle / "fieldsafe", "--vault", vault, home=home, FIELDSAFE_EXIT_AFTER_SHOWN="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["shown: lock-screen"]
    assert "Traceback" not in result.stderr


# -- the command line ----------------------------------------------------------------------


def test_the_command_line_init_import_search_verify(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    cli = bundle / "fieldsafe-cli"
    vault = home / "vault"

    def cli_run(
        *args: str | Path, stdin: str = f"{PASSPHRASE}\n"
    ) -> subprocess.CompletedProcess[str]:
        return run(cli, "--vault", vault, "--passphrase-stdin", *args, home=home, stdin=stdin)

    created = cli_run("init")
    assert created.returncode == 0, created.stderr
    assert "Recovery code:" in created.stdout
    assert cli_run("init").returncode == 1  # a vault is there already: refused

    records = interchange(tmp_path)
    imported = cli_run("import", records)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 3 records" in imported.stdout

    for query, title in (("lighthouse", "Harbour walk"), ("السكن", "زيارة الملجأ")):
        found = cli_run("search", query, "--json")
        assert found.returncode == 0, found.stderr
        assert [hit["title"] for hit in json.loads(found.stdout)] == [title]
    nothing = cli_run("search", "nowhere-in-the-vault")
    assert nothing.returncode == 0 and nothing.stdout == ""

    verified = cli_run("verify")
    assert verified.returncode == 0, verified.stderr
    assert "3 records" in verified.stdout

    assert cli_run("verify", stdin=f"{WRONG}\n").returncode == 2  # wrong passphrase
    assert cli_run("import", tmp_path / "missing.json").returncode == 4  # bad input file
    (home / "not-a-vault").mkdir()
    (home / "not-a-vault" / "vault.db").write_bytes(b"not a database" * 100)
    (home / "not-a-vault" / "vault.key").write_bytes(b"not a key file")
    damaged = run(
        cli, "--vault", home / "not-a-vault", "--passphrase-stdin", "verify",
        home=home, stdin=f"{PASSPHRASE}\n",
    )  # fmt: skip
    assert damaged.returncode == 3, damaged.stderr  # damaged, or not a vault
    assert run(cli, "no-such-command", home=home).returncode == 64  # usage
    for result in (created, imported, verified, damaged):
        assert "Traceback" not in result.stderr


def test_the_command_line_never_loads_qt(bundle: Path, home: Path) -> None:
    """glibc's loader lists every library it loads (LD_DEBUG=files): the CLI
    loads SQLCipher's module and no Qt; the window program, as a control,
    does load Qt, so the method would see it."""
    vault = home / "vault"
    cli = run(
        bundle / "fieldsafe-cli", "--vault", vault, "--passphrase-stdin", "init",
        home=home, stdin=f"{PASSPHRASE}\n", LD_DEBUG="files",
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr[-2000:]
    assert "sqlcipher3" in cli.stderr  # the method sees what is loaded
    assert "libQt6" not in cli.stderr and "PySide6" not in cli.stderr
    window = run(
        bundle / "fieldsafe", "--vault", vault, home=home,
        FIELDSAFE_EXIT_AFTER_SHOWN="1", LD_DEBUG="files",
    )  # fmt: skip
    assert window.returncode == 0
    assert "libQt6Core" in window.stderr


# -- fonts ---------------------------------------------------------------------------------


def no_fonts_env(tmp_path: Path) -> dict[str, str]:
    """A fontconfig that knows no font at all: only the bundle's own fonts
    can draw anything."""
    empty = tmp_path / "no-fonts"
    empty.mkdir(exist_ok=True)
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
        f"<dir>{empty}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(conf)}


def test_the_bundled_fonts_draw_arabic_and_devanagari(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    result = run(bundle / "fieldsafe", "--self-check", "fonts", home=home, **no_fonts_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    covered = json.loads(result.stdout)
    assert covered["Arabic"] is True and covered["Devanagari"] is True
    assert all(covered.values()), covered


def test_the_font_check_fails_without_the_arabic_font(
    copy_of: Path, home: Path, tmp_path: Path
) -> None:
    """The check is not empty: take the Arabic font out of a copy and
    Arabic is reported as not covered (exit 1)."""
    fonts = copy_of / "_internal" / "fieldsafe" / "resources" / "fonts"
    for font in fonts.glob("NotoNaskhArabic-*.ttf"):
        font.unlink()
    result = run(
        copy_of / "fieldsafe", "--self-check", "fonts", home=home, **no_fonts_env(tmp_path)
    )
    assert result.returncode == 1, result.stdout + result.stderr[-2000:]
    covered = json.loads(result.stdout)
    assert covered["Arabic"] is False and covered["Devanagari"] is True


# -- portable mode ------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["marker", "flag"])
def test_portable_mode_writes_nothing_outside_the_folder(
    copy_of: Path, home: Path, how: str
) -> None:
    """HOME, the XDG folders and TMPDIR all point into an empty home: after
    creating a vault, opening the window to its lock screen and verifying,
    the home is as empty as before and everything is in data/ beside the
    programs."""
    flag = ["--portable"] if how == "flag" else []
    if how == "marker":
        (copy_of / "portable").write_text("")
    before = set(everything_under(copy_of))
    cli = copy_of / "fieldsafe-cli"
    created = run(cli, *flag, "--passphrase-stdin", "init", home=home, stdin=f"{PASSPHRASE}\n")
    assert created.returncode == 0, created.stderr
    shown = run(copy_of / "fieldsafe", *flag, home=home, FIELDSAFE_EXIT_AFTER_SHOWN="1")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == ["shown: lock-screen"]
    verified = run(cli, *flag, "--passphrase-stdin", "verify", home=home, stdin=f"{PASSPHRASE}\n")
    assert verified.returncode == 0, verified.stderr

    assert everything_under(home) == ["run", "tmp"]
    vault = copy_of / "data" / "data" / "vaults" / "default"
    assert (vault / "vault.db").is_file() and (vault / "vault.key").is_file()
    assert (copy_of / "data" / "logs" / "fieldsafe.log").is_file()
    new = {name for name in set(everything_under(copy_of)) - before}
    assert new and all(name == "data" or name.startswith("data/") for name in new), new


# -- desktop integration ------------------------------------------------------------------


def test_install_sh_adds_and_removes_the_menu_entry(bundle: Path, home: Path) -> None:
    install = bundle / "install.sh"
    if not install.is_file():
        pytest.skip("this folder is PyInstaller's, not the tarball's (no install.sh)")
    data = home / ".local" / "share"
    added = run(install, home=home)
    assert added.returncode == 0, added.stderr
    entry = data / "applications" / "org.fieldsafe.FieldSafe.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{bundle / "fieldsafe"}"' in text
    assert f"TryExec={bundle / 'fieldsafe'}" in text
    for size in (16, 32, 48, 128, 256, 512):
        assert (
            (data / "icons" / "hicolor" / f"{size}x{size}" / "apps")
            .joinpath("org.fieldsafe.FieldSafe.png")
            .is_file()
        )
    assert (
        data / "icons" / "hicolor" / "scalable" / "apps" / "org.fieldsafe.FieldSafe.svg"
    ).is_file()
    assert (home / ".local" / "bin" / "fieldsafe").resolve() == bundle / "fieldsafe"
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr

    removed = run(install, "--uninstall", home=home)
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert not (home / ".local" / "bin" / "fieldsafe").exists()
    caches = {"applications/mimeinfo.cache", "icons/hicolor/icon-theme.cache"}  # the desktop's
    leftovers = [p for p in everything_under(data) if (data / p).is_file() and p not in caches]
    assert leftovers == []


# -- what is inside --------------------------------------------------------------------------


def qt_catalogues_wanted() -> set[str]:
    """Qt's own catalogue of every shipped language that Qt has one for,
    by the name QTranslator finds it (qtbase_pt_BR for "pt", qtbase_zh_CN
    for "zh"); the languages Qt lacks bring theirs in resources/i18n."""
    from PySide6.QtCore import QLibraryInfo, QLocale

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    shipped = json.loads(
        (ROOT / "src" / "fieldsafe" / "resources" / "i18n" / "languages.json").read_text("utf-8")
    )
    wanted = set()
    for code in (entry["code"] for entry in shipped["languages"]):
        for name in (f"qtbase_{code}.qm", f"qtbase_{QLocale(code).name()}.qm"):
            if (qt_dir / name).exists():
                wanted.add(name)
    return wanted


def test_only_the_qt_that_fieldsafe_uses_and_the_size(bundle: Path) -> None:
    internal = bundle / "_internal"
    qt = {
        p.name.removeprefix("libQt6").split(".so")[0]
        for p in (internal / "PySide6" / "Qt" / "lib").glob("libQt6*.so*")
    }
    assert qt <= QT_ALLOWED, qt - QT_ALLOWED
    bindings = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.abi3.so")}
    assert bindings == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtDBus", "QtNetwork",
                        "QtPrintSupport"}  # fmt: skip
    assert not (internal / "PySide6" / "Qt" / "qml").exists()
    translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert translations == qt_catalogues_wanted(), translations
    ours = internal / "fieldsafe" / "resources" / "i18n"
    assert {p.name for p in ours.glob("qtbase_*.qm")} >= {"qtbase_th.qm", "qtbase_sw.qm"}
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle size: {size / 1e6:.0f} MB")
    assert size < MAX_MB * 1_000_000
