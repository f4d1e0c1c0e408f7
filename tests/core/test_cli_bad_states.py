"""Every bad argument and bad state a hostile week found is one sentence and exit 2 (or 1 when the run
itself went through), never a traceback, "failed unexpectedly" (the last-resort handler: reaching it is
a bug) or a key quoted back."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from core.cli import main
from tests.core.submit_support import TOKEN, write_guests_csv

ROOT = Path(__file__).resolve().parents[2]


def one_sentence(code: int, err: str, expected_code: int = 2) -> str:
    said = [line for line in err.splitlines() if line.startswith("contact-importer")]
    assert code == expected_code, err
    assert len(said) == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err and "failed unexpectedly" not in err, err
    return said[0]


def run_cli(argv: list[str], home: Path, **env: str) -> tuple[int, str]:
    """In a fresh process (the installed command's own entry point), so what Python prints when it collects
    garbage or exits is seen too."""
    done = subprocess.run([sys.executable, "-c", "import sys; from gui.launcher import main; sys.exit(main())", *argv],
                          cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "CONTACT_IMPORTER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
                               **env}, timeout=120)
    return done.returncode, done.stderr


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write_guests_csv(tmp_path / "guests.csv", 3)


@pytest.mark.parametrize("extra,expected", [
    (["--encoding", "utf-32"], "The file can't be read as utf-32; choose another encoding."),
    (["--encoding", "rot13"], "'rot13' is not a text encoding; try e.g. UTF-8"),
    (["--header-row", "100000000000000000000"], "Row 100000000000000000000 can't be the header row: choose a row "
                                                "from 1 to 1,048,576."),
    (["--base-url", "http://127.0.0.1:1:4455"], "argument --base-url: it must look like https://host[:port]"),
    (["--base-url", "https://[::1"], "argument --base-url: it must look like https://host[:port]"),
])
def test_map_argument_mistakes(extra: list[str], expected: str, sheet: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["map", str(sheet), "--target", "hubspot", *extra])
    assert expected in one_sentence(code, capsys.readouterr().err)


def test_a_mapping_nested_100000_deep(sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    code = main(["preview", str(sheet), "--target", "hubspot", "--mapping", str(deep), "--out", str(tmp_path / "pv")])
    assert "deep.json: not a readable mapping file (it is nested too deep to be one)" in one_sentence(
        code, capsys.readouterr().err)
    code = main(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--duplicates", str(deep),
                 "--results", str(tmp_path / "r.csv")])
    assert "deep.json: this is not a decisions file saved by the app" in one_sentence(code, capsys.readouterr().err)


def test_a_key_with_a_non_ascii_character_is_never_quoted(sheet: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    key = TOKEN[:-1] + "ö"
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", key)
    code = main(["submit", str(sheet), "--target", "hubspot", "--base-url", "http://127.0.0.1:9",
                 "--results", str(tmp_path / "r.csv")])
    line = one_sentence(code, capsys.readouterr().err)
    assert "holds a character no CRM token has" in line
    assert "ö" not in line and "\\xf6" not in line and key[-8:] not in line


def test_the_http_layer_refuses_such_a_key_without_quoting_it() -> None:
    from core.targets.client_base import Connection
    from core.targets.http import make_httpx_client
    from core.targets.outcomes import AuthError

    with pytest.raises(AuthError) as refused:
        make_httpx_client(Connection("hubspot", "https://api.hubapi.com", TOKEN[:-1] + "ö"))
    assert "ö" not in str(refused.value) and "plain letters, digits and punctuation" in str(refused.value)


@pytest.mark.skipif(os.name != "posix", reason="a link to /dev/null is a POSIX case (Windows links need privileges)")
def test_a_journal_that_is_a_link_to_dev_null(sheet: Path, tmp_path: Path, isolated_home: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    isolated_home.mkdir()
    (isolated_home / "runs.sqlite3").symlink_to(os.devnull)
    for argv in (["runs"], ["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results",
                            str(tmp_path / "r.csv")]):
        line = one_sentence(main(argv), capsys.readouterr().err)
        assert "runs.sqlite3 is not a file (a link to a device, a folder or a link to nothing)" in line
    assert not (tmp_path / "r.csv").exists()
    assert Path(os.devnull).is_char_device()


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="/proc, a folder nothing can be written in, is Linux's")
def test_results_into_proc(sheet: Path, tmp_path: Path) -> None:
    """The run goes through (exit 1: its results file is missing); openpyxl's half-written file says nothing."""
    code, err = run_cli(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results", "/proc/r.xlsx"],
                        tmp_path / "home")
    line = one_sentence(code, err, expected_code=1)
    assert "could not write /proc/r.xlsx (No such file or directory); choose another folder, then write it with " \
           "'contact-importer resume" in line


def test_demo_screenshots_into_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, err = run_cli(["demo", "--screenshots", str(blocker / "shots")], tmp_path / "home")
    assert code == 2 and "Traceback" not in err, err
    assert err.strip() == (f"contact-importer demo: the folder {blocker / 'shots'} cannot be made (Not a directory); "
                           "choose another with --screenshots DIR")


# -- a full disk and a read-only one (root ignores permissions: a small tmpfs stands in) ---------

@contextmanager
def small_disk(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                              capture_output=True)
    except OSError:  # no mount command (Windows)
        done = None
    if done is None or done.returncode != 0:
        pytest.skip("filling a disk needs a small tmpfs, and this account may not mount one")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_results_on_a_full_disk(tmp_path: Path) -> None:
    sheet = write_guests_csv(tmp_path / "guests.csv", 2000)
    with small_disk(tmp_path / "disk", "64k") as disk:
        code, err = run_cli(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results",
                             str(disk / "r.xlsx")], tmp_path / "home")
        assert list(disk.iterdir()) == []  # no half file left behind
    line = one_sentence(code, err, expected_code=1)
    assert f"could not write {disk / 'r.xlsx'} (No space left on device); free some space, then write it" in line


def test_a_disk_too_full_to_start_a_run_says_no_run_to_resume(tmp_path: Path) -> None:
    sheet = write_guests_csv(tmp_path / "guests.csv", 2000)
    with small_disk(tmp_path / "disk", "200k") as disk:
        home = disk / "home"
        code, err = run_cli(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results",
                             str(tmp_path / "r.csv")], home)
        runs_code, runs_err = run_cli(["runs"], home)
    line = one_sentence(code, err)
    assert "The run could not start because the disk holding the run journal" in line and "nothing was sent" in line
    assert "resume" not in line
    assert runs_code == 0


def test_runs_on_a_read_only_data_folder(tmp_path: Path, sheet: Path) -> None:
    if getattr(os, "geteuid", lambda: 1)() != 0:
        home = tmp_path / "home"
        assert run_cli(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results",
                        str(tmp_path / "r.csv")], home)[0] == 0
        os.chmod(home, 0o555)
        try:
            code, err = run_cli(["runs"], home)
        finally:
            os.chmod(home, 0o700)
    else:
        with small_disk(tmp_path / "disk", "20m") as disk:
            home = disk / "home"
            assert run_cli(["submit", str(sheet), "--target", "hubspot", "--sandbox", "--results",
                            str(tmp_path / "r.csv")], home)[0] == 0
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
            code, err = run_cli(["runs"], home)
    assert code == 0 and "Traceback" not in err and "failed unexpectedly" not in err, err
