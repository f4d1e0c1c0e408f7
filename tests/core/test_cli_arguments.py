"""Every argument a person can get wrong is one line on stderr and exit 2, never a traceback; a token too
short to be real is refused where it is entered, so blanking it out can never mangle a message."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli import main
from core.logs import forget_in_logs, scrub
from core.redaction import MIN_TOKEN_LENGTH, blank, token_problem
from core.targets.http import redact
from tests.core.submit_support import TOKEN, write_guests_csv


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    blocker = tmp_path / "afile"
    blocker.write_text("a file, not a folder")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    return {"sheet": write_guests_csv(tmp_path / "guests.csv", 3), "blocker": blocker, "bad": bad,
            "results": tmp_path / "r.csv"}


def one_line_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(argv)
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.startswith("contact-importer")
             and not line.startswith("contact-importer submit [")]  # argparse's usage line comes first
    assert code == 2, captured.err
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    return lines[0]


CASES = {
    "port in the port": (["--base-url", "http://127.0.0.1:1:4455"], "argument --base-url: it must look like"),
    "port out of range": (["--base-url", "http://127.0.0.1:99999"], "argument --base-url: it must look like"),
    "space in the host": (["--base-url", "http://exa mple.org"], "argument --base-url: it must look like"),
    "not http": (["--base-url", "ftp://example.org"], "argument --base-url: it must look like"),
    "no host": (["--base-url", "https://"], "argument --base-url: it must look like"),
    "unclosed IPv6 bracket": (["--base-url", "https://[::1"], "argument --base-url: it must look like"),
    "plain http to another computer": (["--base-url", "http://api.hubapi.com"],
                                       "argument --base-url: plain http:// would send the API key unencrypted"),
    "batch size 0": (["--sandbox", "--batch-size", "0"], "must be at least 1"),
    "batch size words": (["--sandbox", "--batch-size", "ten"], "is not a whole number"),
    "batch size over the limit": (["--sandbox", "--batch-size", "500"], "at most 100"),
    "concurrency 0": (["--sandbox", "--concurrency", "0"], "must be at least 1"),
    "concurrency huge": (["--sandbox", "--concurrency", "500"], "--concurrency must be at most"),
    "header row 0": (["--sandbox", "--header-row", "0"], "must be at least 1"),
    "header row past the end": (["--sandbox", "--header-row", "99"], "can't be the header row"),
    "mapping missing": (["--sandbox", "--mapping", "{tmp}/none.json"], "--mapping: no such file"),
    "mapping not json": (["--sandbox", "--mapping", "{bad}"], "not a readable mapping file"),
    "results not a spreadsheet": (["--sandbox", "--results", "{tmp}/r.txt"], "--results must end in"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_submit_argument_mistakes(case: str, files: dict[str, Path], tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    extra, expected = CASES[case]
    extra = [a.format(tmp=tmp_path, bad=files["bad"]) for a in extra]
    argv = ["submit", str(files["sheet"]), "--target", "hubspot", "--results", str(files["results"]), *extra]
    assert expected in one_line_exit_2(argv, capsys)
    assert not files["results"].exists()


@pytest.mark.parametrize("argv,expected", [
    (["preview", "{sheet}", "--target", "hubspot", "--out", "{blocker}/x"], "Not a directory"),
    (["preview", "{sheet}", "--target", "hubspot", "--out", "{blocker}"], "--out must be a folder"),
    (["preview", "{sheet}", "--target", "hubspot", "--batch-size", "-3", "--out", "{tmp}/pv"], "at least 1"),
    (["map", "{sheet}", "--target", "hubspot", "--out", "{blocker}/m.json"], "afile"),
    (["map", "{tmp}/missing.csv", "--target", "hubspot"], "does not exist"),
    (["resume", "20991231-000000-0000"], "no run"),
    (["resume", "20991231-000000-0000", "--concurrency", "0"], "at least 1"),
    (["submit", "{sheet}", "--target", "nowhere", "--sandbox", "--results", "{tmp}/r.csv"], "invalid choice"),
])
def test_other_argument_mistakes(argv: list[str], expected: str, files: dict[str, Path], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    argv = [a.format(tmp=tmp_path, **files) for a in argv]
    assert expected in one_line_exit_2(argv, capsys)


def test_a_results_file_that_cannot_be_written_is_one_line(files: dict[str, Path],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["submit", str(files["sheet"]), "--target", "hubspot", "--sandbox", "--results",
                 str(files["blocker"] / "r.csv")])
    captured = capsys.readouterr()
    assert code == 1 and "finished: 3 rows" in captured.out  # the run itself went through
    assert "could not write" in captured.err and "resume" in captured.err and "Traceback" not in captured.err


@pytest.mark.parametrize("token", ["t", "abc", "x" * (MIN_TOKEN_LENGTH - 1), "has space in it 123"])
def test_an_implausible_token_is_refused_before_anything_is_sent(token: str, files: dict[str, Path],
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", token)
    line = one_line_exit_2(["submit", str(files["sheet"]), "--target", "hubspot", "--base-url",
                            "http://127.0.0.1:9", "--results", str(files["results"])], capsys)
    assert "the token (from CONTACT_IMPORTER_TOKEN or the keyring)" in line
    assert token_problem(token) is not None


def test_blanking_never_mangles_a_message() -> None:
    message = "The service said: contact test@example.org is invalid (token refused at 10:00)"
    for short in ("t", "e", "at", "10", "test"):
        assert blank(message, [short]) == message
        assert redact(message, short) == message
        forget_in_logs(short)
        assert scrub(message) == message
    assert blank(f"echo {TOKEN} back", [TOKEN]) == "echo *** back"
    assert token_problem(TOKEN) is None
