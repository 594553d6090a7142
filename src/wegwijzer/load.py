"""Stage 1: find every YAML file of the catalogue and read it, keeping the file, line and column of
each value (the text itself is read by `yaml_text`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import kinds
from .diagnostics import Diagnostic
from .yaml_text import Loc, YamlProblem, decode, parse, refuse_tabs


def reserved_slugs(folder: str) -> frozenset[str]:
    return next((kind.reserved for kind in kinds.KINDS if kind.folder == folder), frozenset())


SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Document:
    """One YAML file as plain data, with a mark (line, column; 1-based) for every key path."""

    path: str
    kind: str
    slug: str
    data: Any
    marks: dict[Loc, tuple[int, int]] = field(repr=False)

    def locate(self, loc: Loc) -> tuple[int, int]:
        """The mark of `loc`, or of its nearest parent that has one (a missing key has none)."""
        for end in range(len(loc), -1, -1):
            if loc[:end] in self.marks:
                return self.marks[loc[:end]]
        return (1, 1)

    def diagnostic(self, loc: Loc, message: str, hint: str = "") -> Diagnostic:
        line, column = self.locate(loc)
        return Diagnostic(self.path, line, column, message, hint, entry=(self.kind, self.slug))


# `mkdocs serve` rebuilds in the same process after every save: a file whose bytes did not change
# since the last load is not parsed again, and the same Document comes back (so validation can
# skip it too). Only the files of the latest load are kept.
_last_load: dict[tuple[str, str, bytes], Document] = {}


def forget_earlier_loads() -> None:
    _last_load.clear()


def load_catalogue(root: Path) -> tuple[list[Document], list[Diagnostic]]:
    """Every catalogue file under `root`, and a diagnostic for each one that cannot be read."""
    global _last_load
    documents: list[Document] = []
    problems: list[Diagnostic] = []
    loaded: dict[tuple[str, str, bytes], Document] = {}
    for path, kind in _catalogue_files(root, problems):
        key = (_display(path, root), kind, path.read_bytes())
        try:
            document = _last_load.get(key) or _document(*key, path.stem)
        except YamlProblem as p:
            problems.append(Diagnostic(key[0], p.line, p.column, p.message, p.hint, entry=(kind, path.stem)))
            continue
        loaded[key] = document
        documents.append(document)
    _last_load = loaded
    return documents, problems


def _catalogue_files(root: Path, problems: list[Diagnostic]) -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    for folder, kind in kinds.folders().items():
        directory = root / folder
        if directory.is_dir():
            found += [(p, kind) for p in sorted(directory.iterdir()) if p.is_file()]
    for name, kind in kinds.single_files().items():
        if (root / name).is_file():
            found.append((root / name, kind))
    for stray in sorted((root / "ihw_guide").glob("*")) if (root / "ihw_guide").is_dir() else []:
        if stray.is_file() and stray.relative_to(root).as_posix() not in kinds.single_files():
            problems.append(
                Diagnostic(
                    _display(stray, root), 1, 1, "onbekend bestand in ihw_guide/",
                    "zet stappen in ihw_guide/stappen/, casussen in ihw_guide/casussen/, "
                    "werkbladen in ihw_guide/werkbladen/",
                )
            )
    return [(p, kind) for p, kind in found if _acceptable_name(p, kind, root, problems)]


def _acceptable_name(path: Path, kind: str, root: Path, problems: list[Diagnostic]) -> bool:
    name_problem = functools.partial(Diagnostic, _display(path, root), 1, 1, entry=(kind, path.stem))
    if path.name.startswith("."):
        return False
    if not path.resolve().is_relative_to(root.resolve()):
        problems.append(name_problem(
            f"'{path.name}' is een koppeling naar een bestand buiten het project",
            "kopieer het bestand in de catalogus in plaats van ernaar te verwijzen",
        ))
        return False
    folder = path.parent.relative_to(root).as_posix()
    if path.stem in reserved_slugs(folder):
        problems.append(name_problem(
            f"de naam '{path.stem}' is gereserveerd: de site maakt zelf een pagina op dat adres",
            "kies een andere bestandsnaam die zegt wat erin staat",
        ))
        return False
    if path.suffix != ".yml":
        problems.append(
            name_problem(
                f"bestand '{path.name}' is geen .yml-bestand",
                "geef het de extensie .yml of haal het uit deze map",
            )
        )
        return False
    if not SLUG.match(path.stem):
        problems.append(
            name_problem(
                f"bestandsnaam '{path.stem}' is geen geldige slug",
                "gebruik kleine letters, cijfers en streepjes, bijv. 'no-riskpolis.yml'",
            )
        )
        return False
    return True


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def load_file(path: Path, root: Path, kind: str) -> Document:
    return _document(_display(path, root), kind, path.read_bytes(), path.stem)


def _document(display: str, kind: str, raw: bytes, slug: str) -> Document:
    text = decode(raw)
    refuse_tabs(text)
    data, marks = parse(text)
    return Document(display, kind, slug, data, marks)
