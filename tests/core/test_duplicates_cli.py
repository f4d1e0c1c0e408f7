"""``duplicates`` on the command line, ``preview``'s duplicate column and ``--duplicates`` decisions,
and the account's people fetched over real HTTP from the sandbox (paging, cache, damaged cache)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from core.cli import main
from core.matching.account import CacheProblem, cache_path, fetch_people, load_cache, save_cache
from core.matching.decisions import Decisions
from core.sandbox import SandboxServer
from core.sandbox.listing import crowd, seed_hubspot, seed_virtuous
from core.submit.journal import Journal
from core.targets.client_base import Connection
from tests.core.submit_support import TOKEN

HEADERS = ["First Name", "Last Name", "Email", "Phone", "Street", "City", "Zip"]
ROWS = [
    ["Bob", "Smith", "bob@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],      # row 2
    ["Mary", "Smith", "mary@example.org", "978-555-0101", "12 Oak St", "Salem", "01970"],    # 3: his wife
    ["Robert", "Smith", "", "(978) 555-0101", "12 Oak Street", "Salem", "01970"],            # 4: Bob again
    ["Ann", "Jones", "ann@example.org", "", "4 Elm Rd", "Dayton", "45402"],                   # 5
]


def write(path: Path, rows=ROWS, headers=HEADERS) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        w.writerows(rows)
    return path


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_duplicates_writes_one_line_per_grouped_row_and_exits_1(tmp_path, capsys):
    out = tmp_path / "groups.csv"
    code = main(["duplicates", str(write(tmp_path / "guests.csv")), "--target", "hubspot", "--out", str(out)])
    assert code == 1
    assert capsys.readouterr().out.strip() == "4 rows, 1 group of probable duplicates, 2 rows in it"
    lines = read_csv(out)
    assert lines[0] == ["group", "source row", "match probability", "crm id", "name", "email", "fields that agreed"]
    assert [(r[0], r[1], r[3], r[4]) for r in lines[1:]] == [("1", "2", "", "Bob Smith"),
                                                            ("1", "4", "", "Robert Smith")]
    assert float(lines[1][2]) >= 0.5
    assert "phone" in lines[1][6] and "first name" in lines[1][6]


def test_duplicates_exits_0_when_nothing_and_2_when_nothing_identifies(tmp_path, capsys):
    out = tmp_path / "g.csv"
    assert main(["duplicates", str(write(tmp_path / "a.csv", ROWS[:2] + ROWS[3:])), "--target", "virtuous",
                 "--out", str(out)]) == 0
    amounts = write(tmp_path / "amounts.csv", [["10"], ["20"], ["30"]], ["Amount"])
    capsys.readouterr()
    assert main(["duplicates", str(amounts), "--target", "hubspot", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "amounts.csv: Nothing in this file identifies a person" in err and "Traceback" not in err


def test_against_the_practice_account_names_the_existing_contacts(tmp_path, capsys):
    rows = [["Aisha", "Davis", "aisha.davis@example.net", "503.555.0102", "3202 Oak St", "Seattle", "98139"],
            ["Zed", "Quill", "zed@example.org", "", "", "", ""]]
    out = tmp_path / "g.csv"
    code = main(["duplicates", str(write(tmp_path / "g1.csv", rows)), "--target", "hubspot", "--sandbox",
                 "--against-account", "--out", str(out)])
    assert code == 1
    assert "1 rows probably exist in the account (254 people as of" in capsys.readouterr().out
    [line] = read_csv(out)[1:]
    assert line[0] == "" and line[1] == "2" and line[3].isdigit() and line[4] == "Aisha Davis"


def test_preview_reports_groups_and_follows_decisions(tmp_path, capsys):
    sheet = write(tmp_path / "guests.csv")
    out = tmp_path / "pv"
    main(["preview", str(sheet), "--target", "hubspot", "--out", str(out)])
    report = read_csv(out / "report.csv")
    assert report[0][-1] == "duplicate group"
    assert {r[0]: r[-1] for r in report[1:]} == {"2": "1", "3": "", "4": "1", "5": ""}
    decisions = Decisions.from_data({"version": 1, "groups": [{"rows": [2, 4], "choice": "merge", "keep": 2,
                                                               "fields": {"firstname": 4}}]})
    decisions.save(tmp_path / "decisions.json")
    main(["preview", str(sheet), "--target", "hubspot", "--duplicates", str(tmp_path / "decisions.json"),
          "--out", str(out)])
    body = json.loads((out / "batch-0001.json").read_bytes())
    sent = {i["objectWriteTraceId"]: i["properties"] for i in body["inputs"]}
    assert len(sent) == 3  # row 4 went into row 2
    bob = next(p for p in sent.values() if p.get("lastname") == "Smith" and p.get("email") == "bob@example.org")
    assert bob["firstname"] == "Robert" and bob["address"] == "12 Oak St"
    report = {r[0]: r for r in read_csv(out / "report.csv")[1:]}
    assert report["4"][1:3] == ["excluded", "duplicate.merged"] and "Merged into row 2" in report["4"][4]


def test_submit_with_decisions_names_the_merged_row_in_the_results(tmp_path, isolated_home, monkeypatch):
    monkeypatch.setenv("CONTACT_IMPORTER_TOKEN", TOKEN)
    sheet = write(tmp_path / "guests.csv")
    (tmp_path / "d.json").write_text(json.dumps({"version": 1, "groups": [{"rows": [2, 4], "choice": "keep_one",
                                                                           "keep": 2}]}))
    results = tmp_path / "results.csv"
    code = main(["submit", str(sheet), "--target", "virtuous", "--sandbox", "--duplicates", str(tmp_path / "d.json"),
                 "--results", str(results)])
    assert code == 1  # one row was not sent
    lines = read_csv(results)
    row4 = lines[3]  # header, rows 2, 3, 4
    assert row4[:2] == ["Robert", "Smith"]  # the original values stay with the row
    assert "same person as row 2" in row4[len(HEADERS) + 2]


def test_a_decisions_file_for_another_file_is_one_sentence(tmp_path, capsys):
    (tmp_path / "d.json").write_text(json.dumps({"version": 1, "groups": [{"rows": [2, 40], "choice": "merge"}]}))
    code = main(["preview", str(write(tmp_path / "guests.csv")), "--target", "hubspot", "--duplicates",
                 str(tmp_path / "d.json"), "--out", str(tmp_path / "pv")])
    assert code == 2
    assert "name rows this file does not have (40)" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{not json")
    assert main(["preview", str(write(tmp_path / "guests.csv")), "--target", "hubspot", "--duplicates",
                 str(tmp_path / "bad.json"), "--out", str(tmp_path / "pv")]) == 2
    assert "not a decisions file" in capsys.readouterr().err


@pytest.mark.parametrize("target,per_page", [("hubspot", 100), ("virtuous", 1000)])
def test_the_account_is_fetched_once_in_pages_and_cached(tmp_path, target, per_page):
    with SandboxServer(token=TOKEN) as server:
        people = crowd(2345, seed=2)
        (seed_hubspot if target == "hubspot" else seed_virtuous)(
            server.hubspot_store if target == "hubspot" else server.virtuous_store, people)
        conn = Connection(target, server.base_url, TOKEN, name="practice")
        seen = []
        got = fetch_people(conn, progress=lambda n, total: seen.append(n))
        requests = sum(server.stats()["requests"].values())
    assert len(got.values) == 2345
    assert requests == -(-2345 // per_page)  # one request per page, nothing more
    assert seen[-1] == 2345
    emails = {v.get("email") for v in got.values.values()}
    assert people[0]["email"] in emails
    path = cache_path(tmp_path, conn)
    save_cache(path, got)
    again = load_cache(path, conn)
    assert again is not None and again.values == got.values and again.as_of == got.as_of
    other = Connection(target, "http://127.0.0.1:1", TOKEN, name="practice")
    path.rename(cache_path(tmp_path, other))
    with pytest.raises(CacheProblem, match="belongs to another account"):
        load_cache(cache_path(tmp_path, other), other)
    cache_path(tmp_path, other).write_text('{"version": 1, "people": [')
    with pytest.raises(CacheProblem, match="is damaged"):
        load_cache(cache_path(tmp_path, other), other)
    assert TOKEN not in cache_path(tmp_path, other).read_text() and TOKEN not in path.name


def test_listing_pages_have_the_real_shapes():
    import httpx

    with SandboxServer(token=TOKEN) as server:
        seed_hubspot(server.hubspot_store, crowd(150))
        seed_virtuous(server.virtuous_store, crowd(3))
        h = {"Authorization": f"Bearer {TOKEN}"}
        first = httpx.get(f"{server.base_url}/crm/v3/objects/contacts", params={"limit": 100,
                          "properties": "email,firstname"}, headers=h).json()
        assert len(first["results"]) == 100 and set(first["results"][0]["properties"]) >= {"email", "firstname"}
        after = first["paging"]["next"]["after"]
        second = httpx.get(f"{server.base_url}/crm/v3/objects/contacts", params={"limit": 500, "after": after},
                           headers=h).json()
        assert len(second["results"]) == 50 and "paging" not in second
        v = httpx.post(f"{server.base_url}/api/Contact/Query/FullContact?skip=0&take=1000", json={"groups": []},
                       headers=h).json()
        assert v["total"] == 3 and v["list"][0]["contactIndividuals"][0]["contactMethods"][0]["value"]
        too_many = httpx.post(f"{server.base_url}/api/Contact/Query/FullContact?skip=0&take=1001", json={},
                              headers=h)
        assert too_many.status_code == 400


def test_the_journal_is_untouched_by_duplicates(tmp_path, isolated_home):
    main(["duplicates", str(write(tmp_path / "guests.csv")), "--target", "hubspot", "--out", str(tmp_path / "g.csv")])
    with Journal() as j:
        assert j.list_runs() == []


def test_against_account_needs_somewhere_to_compare_with(tmp_path, capsys):
    sheet = str(write(tmp_path / "guests.csv"))
    out = str(tmp_path / "g.csv")
    assert main(["duplicates", sheet, "--target", "hubspot", "--against-account", "--out", out]) == 2
    assert "--against-account needs --sandbox" in capsys.readouterr().err
    assert main(["duplicates", sheet, "--target", "hubspot", "--against-account", "--connection", "work",
                 "--out", out]) == 2
    assert "give the account's address too with --base-url" in capsys.readouterr().err
    assert main(["duplicates", sheet, "--target", "hubspot", "--out", str(tmp_path / "g.txt")]) == 2


def test_the_window_step_refetches_a_damaged_copy_and_says_so(tmp_path, isolated_home):
    from core.mapping.automap import suggest_mapping
    from core.matching.account import cache_path
    from core.paths import data_dir
    from core.pipeline import check_table
    from core.pipeline.jobs import account_compare_job
    from tests.core.tables import table

    with SandboxServer(token=TOKEN) as server:
        seed_hubspot(server.hubspot_store, crowd(5))
        conn = Connection("hubspot", server.base_url, TOKEN, name="practice")
        path = cache_path(data_dir() / "account-cache", conn)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("garbage")
        t = table(HEADERS, *ROWS)
        checked = check_table(t, suggest_mapping(t.headers, "hubspot"))
        report = account_compare_job(checked, conn, progress=lambda *_: None)
    assert report.account_size == 5
    assert report.notes == [f"The saved copy of the account's people ({path.name}) is damaged; it was fetched again."]
    assert json.loads(path.read_text())["version"] == 1


def test_for_virtuous_the_summary_says_which_rows_it_will_probably_merge(tmp_path, capsys):
    rows = [["George", "Lee", "george.lee@example.org", "", "3669 Hawthorne Blvd", "Vancouver", "98615"],
            ["Zed", "Quill", "zed@example.org", "", "", "", ""]]
    main(["duplicates", str(write(tmp_path / "g1.csv", rows)), "--target", "virtuous", "--sandbox",
          "--against-account", "--out", str(tmp_path / "g.csv")])
    assert ("1 rows Virtuous will probably merge into existing contacts; the others it may create as new people"
            in capsys.readouterr().out)


def test_a_clean_list_of_1600_people_previews_and_says_how_long_the_search_took(tmp_path, capsys, caplog):
    """Issue 27: a file with no duplicates at all ended 'math domain error', exit 2 (the prior
    learnt from the file was 0). No duplicates is a result, and training trouble only goes to the log."""
    from tests.synthetic_people import generate, write_csv

    data = generate(1600, seed=5, dup_share=0.0, household_share=0.0)
    sheet = tmp_path / "clean.csv"
    write_csv(sheet, data)
    assert main(["duplicates", str(sheet), "--target", "hubspot", "--out", str(tmp_path / "g.csv")]) == 0
    assert capsys.readouterr().out.strip().startswith("1,600 rows, 0 groups of probable duplicates")
    code = main(["preview", str(sheet), "--target", "hubspot", "--out", str(tmp_path / "pv")])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    assert "math domain" not in out + err
    line = next(x for x in out.splitlines() if "probable duplicates" in x)
    assert line.strip().startswith("probable duplicates: none (searched in ")
    assert (tmp_path / "pv" / "report.csv").exists()


def test_splinks_training_warnings_go_to_the_log_not_the_terminal(tmp_path, capfd, isolated_home):
    from core.logs import log_path
    from tests.synthetic_people import generate, write_csv

    sheet = tmp_path / "people.csv"
    write_csv(sheet, generate(1600, seed=3))
    assert main(["duplicates", str(sheet), "--target", "hubspot", "--out", str(tmp_path / "g.csv")]) == 1
    out, err = capfd.readouterr()
    assert err == "" and "not observed" not in out
    assert "not observed in dataset, unable to train m value" in log_path().read_text(encoding="utf-8")
