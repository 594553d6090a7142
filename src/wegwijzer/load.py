"""Stage 1: read every YAML file of the catalogue, keeping the file, line and column of each value."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import kinds
from .diagnostics import Diagnostic

Loc = tuple[str | int, ...]

def reserved_slugs(folder: str) -> frozenset[str]:
    return next((kind.reserved for kind in kinds.KINDS if kind.folder == folder), frozenset())


SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# libyaml's parser is several times faster and keeps the same marks; fall back where it is absent.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


class _Problem(Exception):
    def __init__(self, line: int, column: int, message: str, hint: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message, self.hint = line, column, message, hint


def load_catalogue(root: Path) -> tuple[list[Document], list[Diagnostic]]:
    """Every catalogue file under `root`, and a diagnostic for each one that cannot be read."""
    documents: list[Document] = []
    problems: list[Diagnostic] = []
    for path, kind in _catalogue_files(root, problems):
        try:
            documents.append(load_file(path, root, kind))
        except _Problem as p:
            problems.append(Diagnostic(_display(path, root), p.line, p.column, p.message, p.hint,
                                       entry=(kind, path.stem)))
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
    text = _decode(path.read_bytes())
    _refuse_tabs(text)
    data, marks = parse(text)
    return Document(_display(path, root), kind, path.stem, data, marks)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise _Problem(
            line, column, f"het bestand is geen geldige UTF-8 (byte 0x{raw[e.start]:02x})",
            "sla het bestand op als UTF-8",
        ) from None


def _refuse_tabs(text: str) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            raise _Problem(
                number, line.index("\t") + 1, "tab-teken gevonden",
                "gebruik spaties in plaats van tabs",
            )


def parse(text: str) -> tuple[Any, dict[Loc, tuple[int, int]]]:
    """YAML text -> (plain data, marks); raises _Problem for anything that is not a mapping."""
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as e:
        raise _unreadable(text, e) from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise _Problem(1, 1, "het bestand is leeg", "vul het in of verwijder het")
        if not isinstance(node, yaml.MappingNode):
            line, column = _mark(node)
            raise _Problem(
                line, column, "het bestand moet met velden beginnen ('naam: ...')",
                "zet op elke regel 'veld: waarde'",
            )
        marks: dict[Loc, tuple[int, int]] = {(): (1, 1)}
        try:
            return _construct(node, loader, (), marks, set()), marks
        except _Alias:
            line, column = _first_alias(text)
            raise _Problem(
                line, column, "YAML-verwijzingen (&anker en *alias) zijn niet toegestaan",
                "schrijf de tekst op elke plek voluit",
            ) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise _Problem(
            line, column, f"ongeldige YAML: {e.problem or e.context}",
            "controleer inspringing, dubbele punten en aanhalingstekens",
        ) from None
    except yaml.reader.ReaderError as e:
        raise _unreadable(text, e) from None
    finally:
        loader.dispose()


def _unreadable(text: str, error: yaml.reader.ReaderError) -> _Problem:
    line = text.count("\n", 0, error.position) + 1
    column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
    character = error.character if isinstance(error.character, int) else ord(error.character)
    return _Problem(
        line, column, f"teken {character:#06x} mag niet in een YAML-bestand",
        "verwijder dit onzichtbare teken (kopieer de tekst opnieuw als platte tekst)",
    )


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Alias(Exception):
    """A node met twice: the file uses an alias (possibly one that refers to itself)."""


def _first_alias(text: str) -> tuple[int, int]:
    # Only parsed again once an alias was found, so valid files pay nothing for this.
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark.line + 1, event.start_mark.column + 1
    return 1, 1


def _construct(node: yaml.Node, loader: yaml.SafeLoader, loc: Loc, marks: dict, seen: set[int]) -> Any:
    # Aliases share nodes; refusing a node seen before stops alias bombs and self-references
    # before they expand.
    if id(node) in seen:
        raise _Alias()
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        return _construct_mapping(node, loader, loc, marks, seen)
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            marks[loc + (index,)] = _mark(item)
            items.append(_construct(item, loader, loc + (index,), marks, seen))
        return items
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, OverflowError, yaml.constructor.ConstructorError):
        # e.g. 2026-13-01 looks like a date to YAML but is none; the model reports it.
        return node.value


def _construct_mapping(node: yaml.MappingNode, loader, loc: Loc, marks: dict, seen: set[int]) -> dict:
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            line, column = _mark(key_node)
            raise _Problem(
                line, column, "samenvoegen met '<<:' is niet toegestaan",
                "schrijf de velden voluit in dit bestand",
            )
        if not isinstance(key_node, yaml.ScalarNode):
            line, column = _mark(key_node)
            raise _Problem(line, column, "een veldnaam moet gewone tekst zijn", "schrijf 'naam: waarde'")
        key = loader.construct_object(key_node)
        if key in result:
            first = marks[loc + (key,)][0]
            line, column = _mark(key_node)
            raise _Problem(
                line, column, f"veld '{key}' staat dubbel (eerder op regel {first})",
                "verwijder of hernoem één van beide",
            )
        marks[loc + (key,)] = _mark(key_node)
        result[key] = _construct(value_node, loader, loc + (key,), marks, seen)
    return result
