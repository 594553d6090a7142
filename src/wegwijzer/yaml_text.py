"""YAML text to plain data, with the line and column of every value: the part of loading that
reads one file's text. Anything that is not a plain mapping of fields is a `YamlProblem` with the
place to fix it."""

from __future__ import annotations

from typing import Any

import yaml

Loc = tuple[str | int, ...]
# libyaml's parser is several times faster and keeps the same marks; fall back where it is absent.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"


class YamlProblem(Exception):
    """Text that cannot become catalogue data, at (line, column), with how to fix it."""

    def __init__(self, line: int, column: int, message: str, hint: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message, self.hint = line, column, message, hint


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise YamlProblem(
            line, column, f"het bestand is geen geldige UTF-8 (byte 0x{raw[e.start]:02x})",
            "sla het bestand op als UTF-8",
        ) from None


def refuse_tabs(text: str) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            raise YamlProblem(
                number, line.index("\t") + 1, "tab-teken gevonden",
                "gebruik spaties in plaats van tabs",
            )


def parse(text: str) -> tuple[Any, dict[Loc, tuple[int, int]]]:
    """YAML text -> (plain data, marks); raises YamlProblem for anything that is not a mapping."""
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as e:
        raise _unreadable(text, e) from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise YamlProblem(1, 1, "het bestand is leeg", "vul het in of verwijder het")
        if not isinstance(node, yaml.MappingNode):
            line, column = _mark(node)
            raise YamlProblem(
                line, column, "het bestand moet met velden beginnen ('naam: ...')",
                "zet op elke regel 'veld: waarde'",
            )
        marks: dict[Loc, tuple[int, int]] = {(): (1, 1)}
        try:
            return _construct(node, loader, (), marks, set()), marks
        except _Alias:
            line, column = _first_alias(text)
            raise YamlProblem(
                line, column, "YAML-verwijzingen (&anker en *alias) zijn niet toegestaan",
                "schrijf de tekst op elke plek voluit",
            ) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlProblem(
            line, column, f"ongeldige YAML: {e.problem or e.context}",
            "controleer inspringing, dubbele punten en aanhalingstekens",
        ) from None
    except yaml.reader.ReaderError as e:
        raise _unreadable(text, e) from None
    finally:
        loader.dispose()


def _unreadable(text: str, error: yaml.reader.ReaderError) -> YamlProblem:
    line = text.count("\n", 0, error.position) + 1
    column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
    character = error.character if isinstance(error.character, int) else ord(error.character)
    return YamlProblem(
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
    if node.tag == _STR:  # most values: the text as written, without the constructor's detour
        return node.value
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
            raise YamlProblem(
                line, column, "samenvoegen met '<<:' is niet toegestaan",
                "schrijf de velden voluit in dit bestand",
            )
        if not isinstance(key_node, yaml.ScalarNode):
            line, column = _mark(key_node)
            raise YamlProblem(line, column, "een veldnaam moet gewone tekst zijn", "schrijf 'naam: waarde'")
        key = key_node.value if key_node.tag == _STR else loader.construct_object(key_node)
        if key in result:
            first = marks[loc + (key,)][0]
            line, column = _mark(key_node)
            raise YamlProblem(
                line, column, f"veld '{key}' staat dubbel (eerder op regel {first})",
                "verwijder of hernoem één van beide",
            )
        marks[loc + (key,)] = _mark(key_node)
        result[key] = _construct(value_node, loader, loc + (key,), marks, seen)
    return result
