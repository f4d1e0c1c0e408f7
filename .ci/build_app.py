"""Build the desktop app with PyInstaller: ``.venv/bin/python .ci/build_app.py [--onefile]``.

Run it on the platform you build for (PyInstaller does not cross-compile); ``--archive`` also packs the
build into one file to download (``dist/contact-importer-VERSION-SYSTEM-MACHINE.tar.gz`` or ``.zip``). It compiles the
translations (``resources/translations/*.ts`` → ``.qm``), then bundles the app, its icons,
stylesheet, translations, the sample spreadsheet and the Qt plugins it loads; tests and the README
screenshots stay out. Output: ``dist/contact-importer/`` (a folder with the ``contact-importer``
executable) on Linux and Windows, ``dist/Contact Importer.app`` on macOS, or one file with
``--onefile``. The duplicate finder's engine (splink on DuckDB, pyarrow, sqlglot) is bundled when it
is installed in the building environment; the app imports it only on first use.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "contact-importer"
BUNDLE_NAME = "Contact Importer"  # the macOS .app
#: Packages the duplicate finder imports lazily: their hooks, data files and submodules must be
#: collected explicitly because no module-level import shows them to PyInstaller's analysis.
ENGINE_PACKAGES = ("splink", "duckdb", "pyarrow", "sqlglot")
#: Never in the build: test tooling and what only developers need.
EXCLUDED_MODULES = ("tests", "pytest", "_pytest", "pytestqt", "hypothesis", "importlinter", "tkinter",
                    "IPython", "matplotlib",
                    "rich", "pygments")  # only httpx's own command line (httpx._main) imports these
#: Left out of resources/: screenshots are for the README, the sample maker is a developer script.
EXCLUDED_RESOURCES = ("screenshots", "__pycache__", ".ts", ".py", ".pyc")
DATA_SEP = ";" if os.name == "nt" else ":"
#: Parts of pyarrow the matching engine never loads (remote procedure calls, S3, its C++ tests): about
#: 50 MB. The built app's ``about --engine`` check in .ci/run proves the engine still works without them.
PRUNED_FILES = ("*arrow_flight*", "*arrow_python_flight*", "*arrow_s3*", "_flight.*", "_s3fs.*",
                "_pyarrow_cpp_tests*")
#: Qt's own translations (dialog buttons and the like) are kept for the languages the app speaks.
LANGUAGES = ("en", "es")


def resource_files(root: Path = ROOT / "resources") -> list[Path]:
    """Every file of ``resources/`` that the app loads at run time."""
    files = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and not any(part in EXCLUDED_RESOURCES for part in rel.parts) \
                and path.suffix not in EXCLUDED_RESOURCES:
            files.append(path)
    return files


def is_installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def pyinstaller_args(platform: str, onefile: bool, installed: Callable[[str], bool] = is_installed,
                     root: Path = ROOT) -> list[str]:
    """PyInstaller's command line for ``platform`` (``sys.platform``): the one place builds differ."""
    args = ["--noconfirm", "--clean", "--name", NAME, "--paths", str(root),
            "--distpath", str(root / "dist"), "--workpath", str(root / "build" / "pyinstaller"),
            "--specpath", str(root / "build"),
            "--onefile" if onefile else "--onedir",
            "--copy-metadata", NAME]  # so --version reads the real version in the build
    if platform in ("win32", "darwin"):
        # People open it from Explorer/Finder: no console window. The command line still works from
        # a terminal on macOS; on Windows its output is dropped (gui.launcher handles that).
        args.append("--windowed")
    if platform == "darwin":
        args += ["--osx-bundle-identifier", "org.contactimporter.app"]
    icon = root / "build" / "icon" / ("app.ico" if platform == "win32" else "app.png")  # .png → .icns: Pillow
    if platform in ("win32", "darwin") and icon.exists():
        args += ["--icon", str(icon)]
    for path in resource_files(root / "resources"):
        dest = Path("resources") / path.parent.relative_to(root / "resources")
        args += ["--add-data", f"{path}{DATA_SEP}{dest.as_posix()}"]
    for name in EXCLUDED_MODULES + (("pyarrow.flight", "pyarrow.tests") if installed("pyarrow") else ()):
        args += ["--exclude-module", name]
    for name in ENGINE_PACKAGES:
        if installed(name):
            args += ["--collect-all", name] if name != "pyarrow" else ["--hidden-import", name]
    args.append(str(root / "gui" / "launcher.py"))
    return args


def prune_build(dist: Path) -> int:
    """Delete what the build collected but never loads; returns the bytes freed."""
    freed = 0
    doomed = [p for pattern in PRUNED_FILES for p in dist.rglob(pattern)]
    doomed += [p for p in dist.rglob("*.qm") if "PySide6" in p.parts
               and not p.stem.endswith(tuple(f"_{lang}" for lang in LANGUAGES))]
    for path in doomed:
        if path.is_file() or path.is_symlink():
            freed += path.lstat().st_size
            path.unlink()
    return freed


def build_size(dist: Path) -> int:
    return sum(p.lstat().st_size for p in dist.rglob("*") if p.is_file() and not p.is_symlink())


def render_icon(root: Path = ROOT, size: int = 256) -> Path:
    """``resources/icons/app.svg`` as a PNG for the Windows .exe and the macOS .app icon."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - painting needs one
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(root / "resources" / "icons" / "app.svg")).render(painter)
    painter.end()
    out = root / "build" / "icon" / "app.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    return out


def make_ico(png: Path) -> Path:
    """The Windows icon beside ``png`` (every size Explorer and the Start menu ask for): the .exe and
    the installer (.ci/windows/installer.nsi) both use it."""
    from PIL import Image

    out = png.with_suffix(".ico")
    with Image.open(png) as image:
        image.save(out, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    return out


def compile_translations(root: Path = ROOT) -> list[Path]:
    """``.ts`` → ``.qm`` with Qt's own lrelease (shipped in the PySide6 wheel as ``pyside6-lrelease``)."""
    folder = root / "resources" / "translations"
    sources = sorted(folder.glob("*.ts"))
    if not sources:
        return []
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise SystemExit("build_app: pyside6-lrelease not found (it comes with PySide6)")
    out = []
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def name_bundle(dist: Path, platform: str) -> Path | None:
    """macOS: PyInstaller names the bundle after ``--name`` (``contact-importer.app``); Finder shows the
    folder's name, so it becomes ``Contact Importer.app``. Returns the bundle, or None elsewhere."""
    built = dist / f"{NAME}.app"
    if platform != "darwin" or not built.is_dir():
        return None
    target = dist / f"{BUNDLE_NAME}.app"
    if target.exists():
        shutil.rmtree(target)
    built.rename(target)
    return target


def archive_name(version: str, platform: str, machine: str) -> str:
    """The one file a person downloads: ``contact-importer-1.2.0-linux-x86_64.tar.gz``; a .zip on
    Windows and macOS, whose own tools open it with a double click."""
    system = {"win32": "windows", "darwin": "macos"}.get(platform,
                                                          "linux" if platform.startswith("linux") else platform)
    ext = "zip" if system in ("windows", "macos") else "tar.gz"
    return f"{NAME}-{version}-{system}-{machine.lower()}.{ext}"


def make_archive(dist: Path, version: str, platform: str, machine: str, onefile: bool = False) -> Path:
    """Pack the build (the folder, the .app, or the one file) into ``dist/`` as one file to download."""
    if platform == "darwin" and (dist / f"{BUNDLE_NAME}.app").is_dir():
        built = dist / f"{BUNDLE_NAME}.app"
    else:
        built = dist / (f"{NAME}.exe" if platform == "win32" else NAME) if onefile else dist / NAME
    name = archive_name(version, platform, machine)
    out = dist / name
    out.unlink(missing_ok=True)
    if platform == "darwin":
        return zip_keeping_links(built, out)
    fmt, stem = ("zip", name[:-len(".zip")]) if name.endswith(".zip") else ("gztar", name[:-len(".tar.gz")])
    made = shutil.make_archive(str(dist / stem), fmt, root_dir=built.parent, base_dir=built.name)
    return Path(made)


def zip_keeping_links(built: Path, out: Path) -> Path:
    """A .zip of ``built`` (its folder name included) that keeps symbolic links as links and the files'
    modes, as Finder's own "Compress" does: a .app's frameworks link to each other, and a zip that
    followed the links would double the size and break the bundle's signature."""
    import stat
    import zipfile

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted([built, *built.rglob("*")]):
            arc = path.relative_to(built.parent).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(arc)
                info.create_system = 3  # Unix: the mode below is read
                info.external_attr = (stat.S_IFLNK | 0o755) << 16
                z.writestr(info, os.readlink(path))
            elif path.is_dir():
                z.write(path, arc + "/")
            else:
                z.write(path, arc)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="build_app", description=__doc__.splitlines()[0])
    p.add_argument("--onefile", action="store_true", help="one executable instead of a folder")
    p.add_argument("--translations-only", action="store_true", help="only compile .ts to .qm")
    p.add_argument("--archive", action="store_true", help="also pack the build into one file to download "
                                                         "(.tar.gz on Linux, .zip on Windows and macOS)")
    args = p.parse_args(argv)
    compile_translations()
    if args.translations_only:
        return 0
    import PyInstaller.__main__

    if sys.platform in ("win32", "darwin"):
        png = render_icon()
        if sys.platform == "win32":
            make_ico(png)
    PyInstaller.__main__.run(pyinstaller_args(sys.platform, args.onefile))
    dist = ROOT / "dist"
    if bundle := name_bundle(dist, sys.platform):
        print(f"build_app: {bundle}")
    if not args.onefile:
        freed = prune_build(dist)
        print(f"build_app: left out {freed / 1e6:.0f} MB the app never loads")
    print(f"build_app: {build_size(dist) / 1e6:.0f} MB in {dist}")
    if args.archive:
        import platform as host

        sys.path.insert(0, str(ROOT))
        from core import __version__

        packed = make_archive(dist, __version__, sys.platform, host.machine(), args.onefile)
        print(f"build_app: {packed} ({packed.stat().st_size / 1e6:.0f} MB, the file to download)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
