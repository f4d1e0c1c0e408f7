"""Saved mapping templates: JSON files (core's ``Mapping.save``) in the user's data folder.

A template is offered when a newly opened file has every column it names, so next month's export of
the same report maps itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from core.errors import InputError
from core.mapping.model import Mapping
from core.paths import data_dir, private_folder

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def templates_dir() -> Path:
    """``templates/`` in the app's data folder (beside the run journal and the log), created on first use."""
    folder = data_dir() / "templates"
    private_folder(folder)
    return folder


@dataclass(frozen=True)
class Template:
    """A saved mapping and the name a person gave it."""

    name: str
    path: Path


def file_name_for(name: str) -> str:
    """A file name any OS accepts for a template called ``name``."""
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "mapping"
    return f"{cleaned}.json"


def list_templates(folder: Path | None = None) -> list[Template]:
    """Saved templates, by name."""
    folder = folder or templates_dir()
    return sorted((Template(p.stem, p) for p in folder.glob("*.json")), key=lambda t: t.name.lower())


def save_template(mapping: Mapping, name: str, folder: Path | None = None) -> Template:
    """Write ``mapping`` under ``name`` (replacing a template of the same name)."""
    folder = folder or templates_dir()
    path = folder / file_name_for(name)
    mapping.save(path)
    return Template(path.stem, path)


def load_template(template: Template, headers: list[str]) -> tuple[Mapping, list[str]]:
    """The template bound to this file's headers, and the columns it names that the file lacks."""
    return Mapping.load(template.path).rebind(headers)


def matching_template(headers: list[str], target: str, folder: Path | None = None) -> tuple[Template, Mapping] | None:
    """The first template for ``target`` whose every column is in ``headers``; unreadable files are skipped."""
    for template in list_templates(folder):
        try:
            mapping, missing = load_template(template, headers)
        except InputError:
            continue
        if mapping.target == target and not missing and any(fm.sources for fm in mapping.fields):
            return template, mapping
    return None
