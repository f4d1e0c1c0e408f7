"""Every file the app writes goes through here: written beside its place, then renamed into it.

A crash, a full disk or a file open in Excel then never leaves half a file where a whole one was:
the old file stays as it was until the new one is complete (``os.replace`` is atomic on one disk).
A file written inside the app's data folder is made private (0600, see ``core.paths``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from core import paths
from core.crashpoints import crashpoint

PART_SUFFIX = ".part"


def part_path(path: Path) -> Path:
    """The temporary sibling a file is written to (hidden, same folder, so the rename stays on one disk)."""
    return path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(3).hex()}{PART_SUFFIX}")


@contextmanager
def replacing(path: str | Path, durable: bool = True) -> Iterator[Path]:
    """Yields a temporary path to write; on success it replaces ``path``, on failure it is removed.

    ``durable`` flushes the bytes to the disk before the rename (survives a power cut); many small
    files that can simply be written again (a preview folder) may skip it.
    """
    target = Path(path)
    private = paths.in_data_dir(target)
    _make_folder(target.parent, private)
    with _replacing_in(target, private, durable) as tmp:
        yield tmp


def _make_folder(folder: Path, private: bool) -> None:
    if private:
        paths.private_folder(folder)
    else:
        folder.mkdir(parents=True, exist_ok=True)


@contextmanager
def _replacing_in(target: Path, private: bool, durable: bool) -> Iterator[Path]:
    """``replacing`` once its folder is there and known to be private or not."""
    tmp = part_path(target)
    try:
        yield tmp
        if private:
            paths.private_file(tmp)  # the folder is 0700 already, so no one else could open it meanwhile
        if durable:
            _fsync(tmp)
        crashpoint("file-replace", target.name)
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise


def write_with(path: str | Path, writer: Callable[[Path], object], durable: bool = True) -> Path:
    """``writer(tmp)`` writes the whole file; returns the final path."""
    with replacing(path, durable) as tmp:
        writer(tmp)
    return Path(path)


def write_bytes(path: str | Path, data: bytes, durable: bool = True) -> Path:
    return write_with(path, lambda tmp: tmp.write_bytes(data), durable)


class Folder:
    """Many files written into one folder, each as ``write_bytes`` writes it (whole or not at all),
    with what that works out per file (is the folder private, is it there) worked out once: a
    preview's 2,000 batch files spent more time on that than on writing themselves."""

    def __init__(self, folder: str | Path, durable: bool = True) -> None:
        self.folder = Path(folder)
        self.durable = durable
        self.private = paths.in_data_dir(self.folder)
        _make_folder(self.folder, self.private)

    def write_bytes(self, name: str, data: bytes) -> Path:
        target = self.folder / name
        with _replacing_in(target, self.private, self.durable) as tmp, open(tmp, "wb") as fh:
            fh.write(data)
        return target


def write_text(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    return write_with(path, lambda tmp: tmp.write_text(text, encoding=encoding))


def _fsync(path: Path) -> None:
    """Make the new bytes durable before the rename publishes them (else a power cut can leave an empty file)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
