"""The shape of a beslisboom: every path from the start question to an outcome.

Link, render, the CLI and the golden tests share this, so what is checked is what is built.
A page is identified by its answers so far (option numbers, 1-based), as GOV.UK Smart Answers
keeps answers in the URL: () is the first question, (2, 1) the page after answering 2 then 1.

A question with ``meerdere: true`` ("kies alles wat van toepassing is") is asked as one yes/no
step per option (answer 1 = ja, 2 = nee), so every combination is a page reached by links; the
path then ends in the outcomes of every option answered with ja, or continues at
``geen_van_deze`` when none was.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Beslisboom

Answers = tuple[int, ...]


YES, NO = 1, 2


@dataclass(frozen=True)
class Visit:
    """One page of a tree: the answers that lead to it and the node shown there."""

    answers: Answers
    node: str
    asked: tuple[str, ...]  # the question id behind each answer, in order
    option: int | None = None  # in a multi-answer question: the option asked on this page (0-based)


@dataclass(frozen=True)
class AnswerPath:
    answers: Answers
    asked: tuple[str, ...]
    outcomes: tuple[str, ...]  # one, or each chosen option's outcome of a multi-answer question

    @property
    def outcome(self) -> str:
        return self.outcomes[0]


def successors(boom: Beslisboom, node: str) -> list[str]:
    """Every node one answer away (a multi-answer question also leads to 'geen_van_deze')."""
    vraag = boom.vragen[node]
    return [o.volgende for o in vraag.opties] + ([vraag.geen_van_deze] if vraag.geen_van_deze else [])


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
        for following in successors(boom, node):
            cycle = visit(following, trail + [node])
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
            todo += successors(boom, node)
    return seen


def count_paths(boom: Beslisboom) -> int:
    """Number of distinct answer paths; call only on a tree without cycles."""
    memo: dict[str, int] = {}

    def count(node: str) -> int:
        if node not in boom.vragen:
            return 1
        if node not in memo:
            vraag = boom.vragen[node]
            if vraag.meerdere:  # every non-empty combination, plus the way on when none applies
                memo[node] = 2 ** len(vraag.opties) - 1 + count(vraag.geen_van_deze)
            else:
                memo[node] = sum(count(o.volgende) for o in vraag.opties)
        return memo[node]

    return count(boom.start)


def walk(boom: Beslisboom) -> tuple[list[Visit], list[AnswerPath]]:
    """Every question page (by answers so far) and every complete path, depth first."""
    visits: list[Visit] = []
    paths: list[AnswerPath] = []

    def step(node: str, answers: Answers, asked: tuple[str, ...]) -> None:
        if node in boom.uitkomsten:
            paths.append(AnswerPath(answers, asked, (node,)))
            return
        vraag = boom.vragen[node]
        if vraag.meerdere:
            each(node, 0, answers, asked)
            return
        visits.append(Visit(answers, node, asked))
        for number, optie in enumerate(vraag.opties, start=1):
            step(optie.volgende, answers + (number,), asked + (node,))

    def each(node: str, index: int, answers: Answers, asked: tuple[str, ...]) -> None:
        """The yes/no page for option `index` of a multi-answer question, then the next."""
        vraag = boom.vragen[node]
        if index == len(vraag.opties):
            chosen = chosen_options(vraag, answers[len(answers) - index:])
            if chosen:
                paths.append(AnswerPath(answers, asked, tuple(dict.fromkeys(o.volgende for o in chosen))))
            else:
                step(vraag.geen_van_deze, answers, asked)
            return
        visits.append(Visit(answers, node, asked, option=index))
        for answer in (YES, NO):
            each(node, index + 1, answers + (answer,), asked + (node,))

    step(boom.start, (), ())
    return visits, paths


def chosen_options(vraag, yes_no: Answers) -> list:
    """The options of a multi-answer question answered with ja, in order."""
    return [optie for optie, answer in zip(vraag.opties, yes_no) if answer == YES]


def answer_label(boom: Beslisboom, question: str, answer: int, position: int) -> str:
    """What a visitor answered, in words. `position` counts the answers to this question so
    far, which is the option asked for a multi-answer question."""
    vraag = boom.vragen[question]
    if vraag.meerdere:
        return f"{vraag.opties[position].label}: {'ja' if answer == YES else 'nee'}"
    return vraag.opties[answer - 1].label


def labelled_answers(boom: Beslisboom, asked: tuple[str, ...], answers: Answers) -> list[tuple[str, str]]:
    """(question id, answer in words) for each answer of a path."""
    seen: dict[str, int] = {}
    result = []
    for question, answer in zip(asked, answers):
        position = seen.get(question, 0)
        seen[question] = position + 1
        result.append((question, answer_label(boom, question, answer, position)))
    return result


def path_table(boom: Beslisboom) -> list[dict]:
    """Every path as plain data (answers as labels -> outcomes and instruments), for goldens."""
    _, paths = walk(boom)
    return [
        {
            "antwoorden": [f"{q}: {label}" for q, label in labelled_answers(boom, path.asked, path.answers)],
            "url": "y/" + "/".join(map(str, path.answers)) + "/",
            "uitkomst": " + ".join(path.outcomes),
            "instrumenten": list(dict.fromkeys(
                slug for outcome in path.outcomes for slug in boom.uitkomsten[outcome].instrumenten
            )),
        }
        for path in paths
    ]
