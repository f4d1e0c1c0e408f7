"""The build command's choices per platform: what goes into the app, what stays out, how it opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci_scripts import load_ci_script

ROOT = Path(__file__).resolve().parents[1]
build_app = load_ci_script("build_app")


def _data(args: list[str]) -> list[str]:
    return [args[i + 1] for i, a in enumerate(args) if a == "--add-data"]


def _values(args: list[str], flag: str) -> list[str]:
    return [args[i + 1] for i, a in enumerate(args) if a == flag]


def test_resources_ship_without_screenshots_or_scripts() -> None:
    rel = {p.relative_to(ROOT / "resources").as_posix() for p in build_app.resource_files()}
    assert {"style.qss", "icons/app.svg", "samples/sample-guests.xlsx"} <= rel
    assert not [r for r in rel if r.startswith("screenshots/") or r.endswith((".py", ".ts"))]


def test_every_platform_bundles_the_resources_and_leaves_tests_out() -> None:
    for platform in ("linux", "win32", "darwin"):
        args = build_app.pyinstaller_args(platform, onefile=False, installed=lambda name: False)
        dests = {d.rsplit(build_app.DATA_SEP, 1)[1] for d in _data(args)}
        assert {"resources", "resources/icons", "resources/samples"} <= dests
        assert {"tests", "pytest"} <= set(_values(args, "--exclude-module"))
        assert args[-1].endswith("launcher.py") and "--onedir" in args
        assert _values(args, "--copy-metadata") == ["contact-importer"]  # --version in the build


@pytest.mark.parametrize(("platform", "windowed"), [("linux", False), ("win32", True), ("darwin", True)])
def test_windows_and_macos_open_without_a_console(platform: str, windowed: bool) -> None:
    args = build_app.pyinstaller_args(platform, onefile=platform == "win32", installed=lambda name: False)
    assert ("--windowed" in args) is windowed
    assert ("--osx-bundle-identifier" in args) is (platform == "darwin")
    assert ("--onefile" in args) is (platform == "win32")


def test_matching_engine_is_collected_only_when_installed() -> None:
    none = build_app.pyinstaller_args("linux", onefile=False, installed=lambda name: False)
    assert not _values(none, "--collect-all")
    everything = build_app.pyinstaller_args("linux", onefile=False, installed=lambda name: True)
    assert set(_values(everything, "--collect-all")) == {"splink", "duckdb", "sqlglot"}
    assert "pyarrow" in _values(everything, "--hidden-import")
    assert "pyarrow.flight" in _values(everything, "--exclude-module")


def test_prune_keeps_the_app_languages_and_drops_unused_arrow_parts(tmp_path: Path) -> None:
    qt = tmp_path / "_internal" / "PySide6" / "Qt" / "translations"
    arrow = tmp_path / "_internal" / "pyarrow"
    ours = tmp_path / "_internal" / "resources" / "translations"
    for folder in (qt, arrow, ours):
        folder.mkdir(parents=True)
    for name in ("qtbase_es.qm", "qtbase_en.qm", "qtbase_de.qm", "qt_fr.qm"):
        (qt / name).write_bytes(b"x" * 10)
    for name in ("libarrow.so.2600", "libarrow_flight.so.2600", "libarrow_s3.so.2600", "_flight.cpython-311.so"):
        (arrow / name).write_bytes(b"x" * 10)
    (ours / "contact_importer_de.qm").write_bytes(b"x")  # the app's own files are never pruned
    assert build_app.prune_build(tmp_path) == 50
    left = {p.name for p in tmp_path.rglob("*") if p.is_file()}
    assert left == {"qtbase_es.qm", "qtbase_en.qm", "libarrow.so.2600", "contact_importer_de.qm"}


def test_launcher_survives_a_windowed_build_without_console(monkeypatch, capsys) -> None:
    from gui import launcher

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    launcher.ensure_streams()
    assert sys.stdout is not None and sys.stderr is not None
    print("dropped, not a crash")


def test_the_macos_bundle_gets_the_name_finder_shows(tmp_path: Path) -> None:
    built = tmp_path / "contact-importer.app" / "Contents" / "MacOS"
    built.mkdir(parents=True)
    (built / "contact-importer").write_bytes(b"\x7fapp")
    assert build_app.name_bundle(tmp_path, "linux") is None  # elsewhere the folder keeps its name
    bundle = build_app.name_bundle(tmp_path, "darwin")
    assert bundle == tmp_path / "Contact Importer.app"
    assert (bundle / "Contents" / "MacOS" / "contact-importer").read_bytes() == b"\x7fapp"
    assert not (tmp_path / "contact-importer.app").exists()


@pytest.mark.parametrize("platform,expected", [
    ("linux", "contact-importer-1.2.0-linux-x86_64.tar.gz"),
    ("win32", "contact-importer-1.2.0-windows-amd64.zip"),
    ("darwin", "contact-importer-1.2.0-macos-arm64.zip"),
])
def test_the_build_is_packed_into_one_file_to_download(tmp_path: Path, platform: str, expected: str) -> None:
    import tarfile
    import zipfile

    machine = {"linux": "x86_64", "win32": "AMD64", "darwin": "arm64"}[platform]
    folder = tmp_path / ("Contact Importer.app" if platform == "darwin" else "contact-importer")
    (folder / "_internal").mkdir(parents=True)
    (folder / "contact-importer").write_bytes(b"\x7fapp")
    (folder / "_internal" / "lib.so").write_bytes(b"lib")
    packed = build_app.make_archive(tmp_path, "1.2.0", platform, machine)
    assert packed.name == expected and packed.parent == tmp_path
    if expected.endswith(".zip"):
        names = zipfile.ZipFile(packed).namelist()
    else:
        names = tarfile.open(packed).getnames()
    inside = {n.rstrip("/") for n in names}
    assert f"{folder.name}/contact-importer" in inside and f"{folder.name}/_internal/lib.so" in inside


def test_the_macos_zip_keeps_the_bundle_links_and_modes(tmp_path: Path) -> None:
    """A .app links its frameworks to each other: the zip keeps links as links (and the executable's
    mode), so it unpacks to the same bundle, signature intact, at its size."""
    import stat
    import zipfile

    bundle = tmp_path / "Contact Importer.app" / "Contents"
    (bundle / "Frameworks" / "QtCore.framework" / "Versions" / "A").mkdir(parents=True)
    (bundle / "Frameworks" / "QtCore.framework" / "Versions" / "A" / "QtCore").write_bytes(b"qt" * 1000)
    (bundle / "Frameworks" / "QtCore.framework" / "QtCore").symlink_to("Versions/A/QtCore")
    (bundle / "MacOS").mkdir()
    (bundle / "MacOS" / "contact-importer").write_bytes(b"\xcf\xfa\xed\xfeapp")
    (bundle / "MacOS" / "contact-importer").chmod(0o755)
    packed = build_app.make_archive(tmp_path, "1.2.0", "darwin", "arm64")
    infos = {i.filename: i for i in zipfile.ZipFile(packed).infolist()}
    link = infos["Contact Importer.app/Contents/Frameworks/QtCore.framework/QtCore"]
    assert stat.S_ISLNK(link.external_attr >> 16)
    assert zipfile.ZipFile(packed).read(link) == b"Versions/A/QtCore"
    assert infos["Contact Importer.app/Contents/MacOS/contact-importer"].external_attr >> 16 & 0o111
    out = tmp_path / "unpacked"
    subprocess.run(["unzip", "-q", str(packed), "-d", str(out)], check=True)
    unpacked = out / "Contact Importer.app" / "Contents" / "Frameworks" / "QtCore.framework" / "QtCore"
    assert unpacked.is_symlink() and unpacked.read_bytes() == b"qt" * 1000


def test_windows_gets_the_ico_and_macos_the_png_icon(tmp_path: Path) -> None:
    """The .exe (and the installer, .ci/windows/installer.nsi) use build/icon/app.ico, made by make_ico
    on Windows (the Windows build under Wine proves it); macOS turns the PNG into .icns."""
    (tmp_path / "build" / "icon").mkdir(parents=True)
    for name in ("app.ico", "app.png"):
        (tmp_path / "build" / "icon" / name).write_bytes(b"icon")
    (tmp_path / "resources").mkdir()
    for platform, icon in (("win32", "app.ico"), ("darwin", "app.png"), ("linux", None)):
        args = build_app.pyinstaller_args(platform, onefile=False, installed=lambda name: False, root=tmp_path)
        assert _values(args, "--icon") == ([str(tmp_path / "build" / "icon" / icon)] if icon else [])
