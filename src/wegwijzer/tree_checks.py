"""Each beslisboom's shape, checked in stage 3: ids that are unique, answers that lead to a
question or outcome that exists, no circle of questions, every node reachable from the start, and
no more paths than `max_paths` (each path is a page)."""

from __future__ import annotations

import difflib

from . import trees
from .diagnostics import Diagnostic
from .models import Beslisboom
from .validate import Entry


def check_tree(entry: Entry[Beslisboom], max_paths: int) -> list[Diagnostic]:
    boom = entry.model
    source = entry.source
    problems = []
    for node_id in boom.vragen.keys() & boom.uitkomsten.keys():
        problems.append(source.diagnostic(
            ("uitkomsten", node_id), f"id '{node_id}' is zowel een vraag als een uitkomst",
            "geef elke vraag en uitkomst een eigen id",
        ))
    nodes = set(boom.vragen) | set(boom.uitkomsten)
    if boom.start not in boom.vragen:
        problems.append(source.diagnostic(
            ("start",), f"startvraag '{boom.start}' bestaat niet", "noem een id uit 'vragen'"
        ))
    for node_id, vraag in boom.vragen.items():
        if len(vraag.opties) < 2:
            problems.append(source.diagnostic(
                ("vragen", node_id, "opties"), f"vraag '{node_id}' heeft minder dan twee antwoorden",
                "geef minstens twee opties, of sla de vraag over",
            ))
        if vraag.geen_van_deze and vraag.geen_van_deze not in nodes:
            problems.append(source.diagnostic(
                ("vragen", node_id, "geen_van_deze"),
                f"'geen_van_deze' leidt naar '{vraag.geen_van_deze}', die niet bestaat",
                "noem een id uit 'vragen' of 'uitkomsten'",
            ))
        for index, optie in enumerate(vraag.opties):
            if vraag.meerdere and optie.volgende in boom.vragen:
                problems.append(source.diagnostic(
                    ("vragen", node_id, "opties", index, "volgende"),
                    f"bij een vraag met 'meerdere: true' leidt elke optie naar een uitkomst, niet naar "
                    f"de vraag '{optie.volgende}'",
                    "laat de optie naar een uitkomst leiden; de uitkomstpagina combineert alle gekozen opties",
                ))
            if optie.volgende not in nodes:
                close = difflib.get_close_matches(optie.volgende, list(nodes), n=1)
                problems.append(source.diagnostic(
                    ("vragen", node_id, "opties", index, "volgende"),
                    f"antwoord '{optie.label}' leidt naar '{optie.volgende}', die niet bestaat",
                    f"bedoelde u '{close[0]}'?" if close else "noem een id uit 'vragen' of 'uitkomsten'",
                ))
    return problems or _shape_problems(entry, max_paths)


def _shape_problems(entry: Entry[Beslisboom], max_paths: int) -> list[Diagnostic]:
    """Only asked of a tree whose answers all lead to a node that exists."""
    boom, source = entry.model, entry.source
    problems = []
    cycle = trees.find_cycle(boom)
    if cycle:
        return [source.diagnostic(
            ("vragen", cycle[0]), "de vragen vormen een kring: " + " → ".join(cycle),
            "laat elk pad eindigen in een uitkomst",
        )]
    reached = trees.reachable(boom)
    for group in ("vragen", "uitkomsten"):
        for node_id in getattr(boom, group):
            if node_id not in reached:
                problems.append(source.diagnostic(
                    (group, node_id), f"'{node_id}' is vanaf de start niet te bereiken",
                    "laat een antwoord ernaar leiden of verwijder het",
                ))
    count = trees.count_paths(boom)
    if count > max_paths:
        problems.append(source.diagnostic(
            ("start",), f"de boom heeft {count} paden, meer dan de grens van {max_paths}",
            "maak de boom kleiner of verhoog 'max_paths' bij de plugin in mkdocs.yml",
        ))
    return problems
