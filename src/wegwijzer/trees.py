"""The shape of a beslisboom: every path from the start question to an outcome.

Link, render, the CLI and the golden tests share this, so what is checked is what is built.
A page is identified by its answers so far (option numbers, 1-based), as GOV.UK Smart Answers
keeps answers in the URL: () is the first question, (2, 1) the page after answering 2 then 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Beslisboom

Answers = tuple[int, ...]


@dataclass(frozen=True)
class Visit:
    """One page of a tree: the answers that lead to it and the node shown there."""

    answers: Answers
    node: str
    asked: tuple[str, ...]  # the question id behind each answer, in order


@dataclass(frozen=True)
class Path:
    answers: Answers
    asked: tuple[str, ...]
    outcome: str


def find_cycle(boom: Beslisboom) -> list[str] | None:
    """A list of question ids that lead back to the first one, or None."""
    state: dict[str, str] = {}

    def visit(node: str, trail: list[str]) -> list[str] | None:
        if node not in boom.vragen:
            return None
        if state.get(node) == "open":
            return trail[trail.index(node):] + [node]
        if state.get(node) == "done":
            return None
        state[node] = "open"
        for optie in boom.vragen[node].opties:
            cycle = visit(optie.volgende, trail + [node])
            if cycle:
                return cycle
        state[node] = "done"
        return None

    for start in [boom.start, *boom.vragen]:
        cycle = visit(start, [])
        if cycle:
            return cycle
    return None


def reachable(boom: Beslisboom) -> set[str]:
    seen: set[str] = set()
    todo = [boom.start]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        if node in boom.vragen:
            todo += [o.volgende for o in boom.vragen[node].opties]
    return seen


def count_paths(boom: Beslisboom) -> int:
    """Number of distinct answer paths; call only on a tree without cycles."""
    memo: dict[str, int] = {}

    def count(node: str) -> int:
        if node not in boom.vragen:
            return 1
        if node not in memo:
            memo[node] = sum(count(o.volgende) for o in boom.vragen[node].opties)
        return memo[node]

    return count(boom.start)


def walk(boom: Beslisboom) -> tuple[list[Visit], list[Path]]:
    """Every question page (by answers so far) and every complete path, depth first."""
    visits: list[Visit] = []
    paths: list[Path] = []

    def step(node: str, answers: Answers, asked: tuple[str, ...]) -> None:
        if node in boom.uitkomsten:
            paths.append(Path(answers, asked, node))
            return
        visits.append(Visit(answers, node, asked))
        for number, optie in enumerate(boom.vragen[node].opties, start=1):
            step(optie.volgende, answers + (number,), asked + (node,))

    step(boom.start, (), ())
    return visits, paths


def path_table(boom: Beslisboom) -> list[dict]:
    """Every path as plain data (answers as labels -> outcome and instruments), for goldens."""
    _, paths = walk(boom)
    return [
        {
            "antwoorden": [
                f"{question}: {boom.vragen[question].opties[answer - 1].label}"
                for question, answer in zip(path.asked, path.answers)
            ],
            "url": "y/" + "/".join(map(str, path.answers)) + "/",
            "uitkomst": path.outcome,
            "instrumenten": list(boom.uitkomsten[path.outcome].instrumenten),
        }
        for path in paths
    ]
