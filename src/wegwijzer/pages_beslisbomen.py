"""Page family: decision trees — the trees page, and per tree a start page, a structure page,
one page per question (a yes/no page per option of a multi-answer question) and one outcome
page per path. URLs: ``/beslisbomen/<boom>/y/<answers>/`` (see ``trees``).
"""

from __future__ import annotations

import itertools
import posixpath
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import models, trees
from .models import Beslisboom, Uitkomst
from .urls import rel, tree_start_src

if TYPE_CHECKING:
    from .render import Page, Renderer
    from .validate import Entry


def tree_src(slug: str, answers: trees.Answers | None) -> str:
    """None: the start page; () the first question; (2, 1): after answering 2, then 1."""
    if answers is None:
        return tree_start_src(slug)
    return posixpath.join("beslisbomen", slug, "y", *map(str, answers), "index.md")


def structure_src(slug: str) -> str:
    return f"beslisbomen/{slug}/structuur.md"


AUDIENCE_ORDER = ("werkgever", "arbeidsdeskundige", "werkzoekende")


@dataclass
class BeslisboomPages:
    renderer: Renderer

    def pages(self) -> list[Page]:
        catalogue = self.renderer.catalogue
        src = "beslisbomen/index.md"
        groups = [
            (models.DOELGROEP_LABELS[audience], self.renderer._tree_links(src, [
                slug for slug, e in catalogue.beslisbomen.items() if e.model.doelgroep[0] == audience
            ]))
            for audience in AUDIENCE_ORDER
        ]
        pages = [self.renderer._render("beslisbomen.md.j2", src, groepen=[g for g in groups if g[1]])]
        for entry in catalogue.beslisbomen.values():
            pages += self._one_tree(entry)
        return pages

    def _one_tree(self, entry: Entry[Beslisboom]) -> list[Page]:
        boom, slug, source = entry.model, entry.slug, entry.source.path
        start_src = tree_src(slug, None)
        visits, paths = trees.walk(boom)
        alone = {path.outcomes: path.answers for path in reversed(paths)}  # first path per outcome set
        reviewed = self.renderer.dutch_date(boom.laatst_gecontroleerd)
        pages = [self.renderer._render(
            "beslisboom-start.md.j2", start_src, source,
            boom=boom, first=rel(start_src, tree_src(slug, ())),
            structure=rel(start_src, structure_src(slug)),
            counts={"vragen": len(boom.vragen), "uitkomsten": len(boom.uitkomsten), "paden": len(paths)},
            gecontroleerd=reviewed,
        )]
        pages.append(self._structure_page(entry))
        pages += [self._question_page(entry, visit) for visit in visits]
        pages += [self._outcome_page(entry, path, alone, reviewed) for path in paths]
        return pages

    # -- questions -------------------------------------------------------------------------
    def _question_page(self, entry: Entry[Beslisboom], visit: trees.Visit) -> Page:
        boom, slug = entry.model, entry.slug
        src = tree_src(slug, visit.answers)
        vraag = boom.vragen[visit.node]
        if visit.option is None:
            options = [
                {"label": o.label, "uitleg": o.uitleg or "", "href": rel(src, tree_src(slug, visit.answers + (n,)))}
                for n, o in enumerate(vraag.opties, start=1)
            ]
            multi = None
        else:
            optie = vraag.opties[visit.option]
            options = [
                {"label": "Ja, dit speelt", "uitleg": "", "href": rel(src, tree_src(slug, visit.answers + (trees.YES,)))},
                {"label": "Nee", "uitleg": "", "href": rel(src, tree_src(slug, visit.answers + (trees.NO,)))},
            ]
            multi = {
                "optie": optie, "nummer": visit.option + 1, "aantal": len(vraag.opties),
                # With JavaScript the first of these pages shows every option as a checkbox;
                # each combination's page is one of these links (MkDocs writes their addresses).
                "combinaties": _combinations(src, slug, visit, vraag) if visit.option == 0 else [],
                "alle": [o.label for o in vraag.opties],
            }
        return self.renderer._render(
            "vraag.md.j2", src, entry.source.path,
            boom=boom, vraag=vraag, options=options, multi=multi,
            number=len(dict.fromkeys(visit.asked)) + 1,
            answers=_given_answers(boom, slug, src, visit.answers, visit.asked),
            start=rel(src, tree_src(slug, None)),
        )

    # -- outcomes --------------------------------------------------------------------------
    def _outcome_page(self, entry: Entry[Beslisboom], path: trees.AnswerPath,
                      alone: dict[tuple[str, ...], trees.Answers], reviewed: str) -> Page:
        boom, slug = entry.model, entry.slug
        src = tree_src(slug, path.answers)
        blocks = [self._block(src, boom.uitkomsten[outcome]) for outcome in path.outcomes]
        return self.renderer._render(
            "uitkomst.md.j2", src, entry.source.path,
            boom=boom, blokken=blocks,
            titel=blocks[0]["titel"] if len(blocks) == 1 else "Uw advies voor elk van uw keuzes",
            # One search result per outcome, not per path: the first path that reaches it alone.
            in_zoeken=len(path.outcomes) == 1 and alone.get(path.outcomes) == path.answers,
            andere=_siblings(src, slug, boom, path, alone),
            answers=_given_answers(boom, slug, src, path.answers, path.asked),
            bronnen=self.renderer._citations(
                [b for outcome in path.outcomes for b in boom.uitkomsten[outcome].bronnen]
            ),
            start=rel(src, tree_src(slug, None)),
            first=rel(src, tree_src(slug, ())),
            gecontroleerd=reviewed,
        )

    def _block(self, src: str, uitkomst: Uitkomst) -> dict[str, Any]:
        renderer = self.renderer
        return {
            "titel": uitkomst.titel,
            "tekst": uitkomst.tekst,
            "volgende_stap": uitkomst.volgende_stap,
            "contacten": [renderer.catalogue.contacten[c] for c in uitkomst.contacten],
            "zonder_contact": uitkomst.zonder_contact or "",
            "instrumenten": renderer._instrument_links(src, uitkomst.instrumenten),
            "zonder_instrument": uitkomst.zonder_instrument or "",
            "stappen": renderer._step_links(src, uitkomst.ihw_stappen),
            "casussen": renderer._case_links(src, uitkomst.casussen),
        }

    # -- structure -------------------------------------------------------------------------
    def _structure_page(self, entry: Entry[Beslisboom]) -> Page:
        """The whole tree as an outline drawn at build time: every question with its answers and
        where each leads, linked to its page; readable as text, on a phone and on paper."""
        boom = entry.model
        src = structure_src(entry.slug)
        return self.renderer._render(
            "beslisboom-structuur.md.j2", src, entry.source.path,
            boom=boom, outline=_outline(boom, entry.slug, src, boom.start, (), {}),
            counts={"vragen": len(boom.vragen), "uitkomsten": len(boom.uitkomsten)},
            start=rel(src, tree_src(entry.slug, None)),
        )


# -- what the pages compute from the tree (no renderer needed) --------------------------------
def _combinations(src: str, slug: str, visit: trees.Visit, vraag) -> list[dict[str, str]]:
    return [
        {"key": "".join(map(str, combo)), "href": rel(src, tree_src(slug, visit.answers + combo))}
        for combo in itertools.product((trees.YES, trees.NO), repeat=len(vraag.opties))
    ]


def _given_answers(boom: Beslisboom, slug: str, src: str, answers: trees.Answers, asked) -> list[dict]:
    labelled = trees.labelled_answers(boom, tuple(asked), answers)
    return [
        {
            "vraag": boom.vragen[question].vraag,
            "antwoord": label,
            "wijzig": rel(src, tree_src(slug, answers[:index])),
        }
        for index, (question, label) in enumerate(labelled)
    ]


def _siblings(src: str, slug: str, boom: Beslisboom, path: trees.AnswerPath,
              alone: dict[tuple[str, ...], trees.Answers]) -> list[dict[str, str]]:
    """The other outcomes of the last question asked: 'Speelt er ook iets anders?'."""
    if not path.asked:
        return []
    vraag = boom.vragen[path.asked[-1]]
    others = [o.volgende for o in vraag.opties if o.volgende in boom.uitkomsten]
    others = [o for o in dict.fromkeys(others) if o not in path.outcomes and (o,) in alone]
    return [
        {"titel": boom.uitkomsten[o].titel, "href": rel(src, tree_src(slug, alone[(o,)]))}
        for o in others
    ]


def _outline(boom: Beslisboom, slug: str, src: str, node: str, answers: trees.Answers,
             seen: dict[str, str], depth: int = 0) -> list[dict[str, Any]]:
    """Rows of a nested list: a question, under it each answer, under that where it leads."""
    href = rel(src, tree_src(slug, answers))
    if node in boom.uitkomsten:
        return [{"diepte": depth, "soort": "uitkomst", "tekst": boom.uitkomsten[node].titel, "href": href}]
    if node in seen:  # a question reached again: point at its first place, do not repeat it
        return [{"diepte": depth, "soort": "verwijzing", "tekst": boom.vragen[node].vraag, "href": seen[node]}]
    seen[node] = href
    vraag = boom.vragen[node]
    rows = [{"diepte": depth, "soort": "meerdere" if vraag.meerdere else "vraag", "tekst": vraag.vraag, "href": href}]
    if vraag.meerdere:
        count = len(vraag.opties)
        for index, optie in enumerate(vraag.opties):
            only = tuple(trees.YES if i == index else trees.NO for i in range(count))
            rows.append({"diepte": depth + 1, "soort": "antwoord", "tekst": optie.label, "href": ""})
            rows += _outline(boom, slug, src, optie.volgende, answers + only, seen, depth + 2)
        rows.append({"diepte": depth + 1, "soort": "antwoord", "tekst": "Geen van deze", "href": ""})
        rows += _outline(boom, slug, src, vraag.geen_van_deze, answers + (trees.NO,) * count, seen, depth + 2)
        return rows
    for number, optie in enumerate(vraag.opties, start=1):
        rows.append({"diepte": depth + 1, "soort": "antwoord", "tekst": optie.label, "href": ""})
        rows += _outline(boom, slug, src, optie.volgende, answers + (number,), seen, depth + 2)
    return rows
