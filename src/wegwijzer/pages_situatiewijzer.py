"""Page family: the situatiewijzer — three questions, one per page, and an advice page for every
combination (``/situatiewijzer/<fase>/<niveau>/<behoefte>/``).

Python decides what each card says and in which order (see ``situations``); the templates
``situatiewijzer*.md.j2`` lay it out.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import models
from .situations import Advice, Choice, Fit, fit_index
from .urls import instrument_src, rel

if TYPE_CHECKING:
    from .render import Page, Renderer

START = "situatiewijzer/index.md"
QUESTIONS = (
    ("fase", "Wat is de aanleiding?", models.FASE_LABELS),
    ("niveau", "Op welk niveau speelt het?", models.SITUATIE_NIVEAU_LABELS),
    ("behoefte", "Wat is er nodig?", models.BEHOEFTE_LABELS),
)
CASES_PER_CARD = 2  # the instrument's own page lists every case
DIFFERENCE = {
    "behoefte": "is niet genoemd voor: {behoefte}",
    "fase": "is niet genoemd bij de aanleiding: {fase}",
    "niveau": "is bedoeld voor {niveaus}, niet voor: {niveau}",
}


def situatiewijzer_src(answers: tuple[str, ...] = ()) -> str:
    return posixpath.join("situatiewijzer", *answers, "index.md")


def _lower(text: str) -> str:
    """A label inside a sentence; 'Eén' keeps its accent as 'één'."""
    return text.replace("Eén", "één")[:1].lower() + text.replace("Eén", "één")[1:]


def label(part: str, value: str) -> str:
    return dict((name, labels) for name, _, labels in QUESTIONS)[part][value][0]


@dataclass
class SituatiewijzerPages:
    renderer: Renderer
    advice: dict[Choice, Advice] = field(init=False)

    def __post_init__(self) -> None:
        instruments = {slug: e.model for slug, e in self.renderer.catalogue.instruments.items()}
        self.advice = fit_index(instruments)

    def pages(self) -> list[Page]:
        pages = [self._question(())]
        for fase in models.FASE_LABELS:
            pages.append(self._question((fase,)))
            for niveau in models.SITUATIE_NIVEAU_LABELS:
                pages.append(self._question((fase, niveau)))
        pages += [self._advice_page(advice) for advice in self.advice.values()]
        return pages

    # -- questions -------------------------------------------------------------------------
    def _question(self, answers: tuple[str, ...]) -> Page:
        part, question, labels = QUESTIONS[len(answers)]
        src = situatiewijzer_src(answers)
        options = [
            {
                "label": text, "uitleg": hint,
                "href": rel(src, situatiewijzer_src(answers + (value,))),
                "exact": self._exact_count(answers + (value,)),
            }
            for value, (text, hint) in labels.items()
        ]
        return self.renderer._render(
            "situatiewijzer.md.j2" if not answers else "situatiewijzer-vraag.md.j2", src,
            vraag=question, number=len(answers) + 1, options=options,
            answers=self._given(src, answers), start=rel(src, START),
            last=len(answers) == len(QUESTIONS) - 1,
            vragen=[
                {"name": name, "vraag": text, "options": [{"value": v, "label": l[0], "uitleg": l[1]}
                                                          for v, l in labels.items()]}
                for name, text, labels in QUESTIONS
            ] if not answers else [],
            data=self._browser_data(src) if not answers else {},
        )

    def _browser_data(self, src: str) -> dict[str, Any]:
        """Everything the start page's script needs to show an advice without loading a page:
        the texts are decided here; the script only lays them out (as text, never as HTML).
        Links go by key to Markdown links on the page, so MkDocs writes their final address."""
        cards: dict[str, dict[str, Any]] = {}
        advice: dict[str, Any] = {}
        links: dict[str, str] = {}
        for choice, result in self.advice.items():
            entries = []
            for fit in result.ranked():
                card = self._card_text(fit, choice)
                key = f"{fit.slug}#{fit.index}"
                link = self.renderer._instrument_links(src, [fit.slug])[0]
                links[f"i:{fit.slug}"] = link.href
                cards.setdefault(key, {
                    "slug": fit.slug, "naam": link.title, "link": f"i:{fit.slug}", "soort": card["soort"],
                    "reden": card["reden"], "citaat": card["citaat"], "bron": card["bron"],
                })
                verschil = f"Wat verschilt: dit instrument {'; '.join(card['verschillen'])}." if card["verschillen"] else ""
                entries.append([key, verschil])
            path = "/".join(choice.path())
            links[f"a:{path}"] = rel(src, situatiewijzer_src(choice.path()))
            advice[path] = {"exact": len(result.exact), "items": entries, "link": f"a:{path}"}
        return {"cards": cards, "advice": advice, "links": links}

    def _exact_count(self, answers: tuple[str, ...]) -> int | None:
        """How many instruments fit exactly, shown on the last question's options."""
        if len(answers) < len(QUESTIONS):
            return None
        return len(self.advice[Choice(*answers)].exact)

    def _given(self, src: str, answers: tuple[str, ...]) -> list[dict[str, str]]:
        return [
            {
                "vraag": QUESTIONS[index][1],
                "antwoord": label(QUESTIONS[index][0], value),
                "wijzig": rel(src, situatiewijzer_src(answers[:index])),
            }
            for index, value in enumerate(answers)
        ]

    # -- advice ----------------------------------------------------------------------------
    def _advice_page(self, advice: Advice) -> Page:
        answers = advice.choice.path()
        src = situatiewijzer_src(answers)
        return self.renderer._render(
            "situatiewijzer-advies.md.j2", src,
            keuze={part: label(part, value) for (part, _, _), value in zip(QUESTIONS, answers)},
            titel=" · ".join(label(part, value) for (part, _, _), value in zip(QUESTIONS, answers)),
            exact=[self._rendered_card(src, fit, advice.choice) for fit in advice.exact],
            partial=[self._rendered_card(src, fit, advice.choice) for fit in advice.partial],
            answers=self._given(src, answers), start=rel(src, START),
        )

    def _rendered_card(self, src: str, fit: Fit, choice: Choice) -> str:
        """A card as Markdown. The advice pages share a depth, so an instrument that fits several
        choices the same way (same situation, same differences) has the same card on each of
        them: rendered once."""
        key = (
            rel(src, instrument_src(fit.slug)), fit.index,
            tuple((part, getattr(choice, part)) for part in fit.differences()),
        )
        return self.renderer.fragment("_situatie_kaart.md.j2", key, lambda: {"card": self._card(src, fit, choice)})

    def _card(self, src: str, fit: Fit, choice: Choice) -> dict[str, Any]:
        renderer = self.renderer
        catalogue = renderer.catalogue
        instrument = catalogue.instruments[fit.slug].model
        see_also = (
            renderer._tree_links(src, catalogue.in_beslisbomen.get(fit.slug, []))
            + renderer._step_links(src, [s for s in instrument.ihw_stappen if s in catalogue.stappen])
            + renderer._case_links(src, catalogue.in_casussen.get(fit.slug, [])[:CASES_PER_CARD])
        )
        return {
            **self._card_text(fit, choice),
            "link": renderer._instrument_links(src, [fit.slug])[0],
            "zie_ook": see_also,
        }

    def _card_text(self, fit: Fit, choice: Choice) -> dict[str, Any]:
        """What a card says, the same wherever it is shown (the start page's data has no links
        beside the instrument's own)."""
        renderer = self.renderer
        instrument = renderer.catalogue.instruments[fit.slug].model
        bron = fit.situatie.bron
        return {
            "slug": fit.slug,
            "soort": renderer.kind_of(instrument),
            "reden": fit.situatie.reden,
            "citaat": bron.citaat,
            "bron": f"{renderer.source_title(bron)}, {bron.vindplaats}",
            "opbrengst": instrument.opbrengst_werkgever or [],
            "begin": (instrument.hoe_toepassen or [""])[0],
            "aanbieder": instrument.aanbieder or "",
            "verschillen": [self._difference(part, fit, choice, instrument) for part in fit.differences()],
        }

    @staticmethod
    def _difference(part: str, fit: Fit, choice: Choice, instrument: models.Instrument) -> str:
        niveaus = " en ".join(_lower(models.SITUATIE_NIVEAU_LABELS[n][0]) for n in instrument.niveau)
        return DIFFERENCE[part].format(
            behoefte=_lower(label("behoefte", choice.behoefte)),
            fase=_lower(label("fase", choice.fase)),
            niveau=_lower(label("niveau", choice.niveau)),
            niveaus=niveaus,
        )

    # -- for other pages -------------------------------------------------------------------
    def situations_of(self, src: str, slug: str) -> list[dict[str, Any]]:
        """Where an instrument appears in the situatiewijzer, for its own page."""
        instrument = self.renderer.catalogue.instruments[slug].model
        niveau = instrument.niveau[0]
        return [
            {
                "reden": situatie.reden,
                "links": [
                    {
                        "label": f"{label('fase', fase)} · {label('behoefte', behoefte)}",
                        "href": rel(src, situatiewijzer_src((fase, niveau, behoefte))),
                    }
                    for fase in situatie.fasen for behoefte in situatie.behoeften
                ],
            }
            for situatie in instrument.situaties
        ]
