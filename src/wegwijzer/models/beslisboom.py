"""A decision tree: questions with options, and outcomes."""

from __future__ import annotations

from pydantic import Field, model_validator

from ..text import MarkdownText, PlainText
from .common import Doelgroep, ReviewDate, Slug, NodeId, in_gewone_woorden, GewoneWoorden, Strict, Bron


class Optie(Strict):
    """One answer to a question; it leads to exactly one next question or outcome."""

    label: PlainText = Field(min_length=1, description="De tekst van het antwoord.")
    uitleg: MarkdownText | None = Field(default=None, description="Korte hulptekst bij dit antwoord.")
    volgende: NodeId = Field(description="Id van de volgende vraag of uitkomst.")


MAX_SINGLE_OPTIONS = 6
MAX_MULTI_OPTIONS = 4


class Vraag(Strict):
    """One question per page: one answer, or with 'meerdere: true' every answer that applies
    (each of those options leads to an outcome; the outcome page combines them)."""

    vraag: PlainText = Field(min_length=3, description="De vraag, in B1-Nederlands.")
    uitleg: MarkdownText | None = Field(default=None, description="Hulptekst onder de vraag.")
    meerdere: bool = Field(
        default=False,
        description="true: de bezoeker kiest alles wat van toepassing is (hoogstens 4 opties, "
        "elke optie leidt naar een uitkomst).",
    )
    geen_van_deze: NodeId | None = Field(
        default=None,
        description="Bij 'meerdere': waar het heen gaat als niets van toepassing is (verplicht).",
    )
    opties: list[Optie] = Field(description="Minstens twee antwoorden.")

    @model_validator(mode="after")
    def _option_limits(self) -> Vraag:
        if self.meerdere:
            if len(self.opties) > MAX_MULTI_OPTIONS:
                raise ValueError(
                    f"een vraag met 'meerdere: true' heeft hoogstens {MAX_MULTI_OPTIONS} opties "
                    "— voeg opties samen of splits de vraag"
                )
            if self.geen_van_deze is None:
                raise ValueError(
                    "een vraag met 'meerdere: true' heeft 'geen_van_deze' nodig "
                    "— noem de vraag of uitkomst voor wie niets van de opties herkent"
                )
        elif len(self.opties) > MAX_SINGLE_OPTIONS:
            raise ValueError(
                f"een vraag heeft hoogstens {MAX_SINGLE_OPTIONS} opties — maak de opties breder, "
                "of maak er een vraag met 'meerdere: true' van als er meer tegelijk kunnen spelen"
            )
        elif self.geen_van_deze is not None:
            raise ValueError(
                "'geen_van_deze' hoort alleen bij een vraag met 'meerdere: true' — haal het weg"
            )
        return self


class Uitkomst(Strict):
    """Where a path ends: what to do next, with which instruments, and whom to ask."""

    titel: PlainText = Field(min_length=3)
    tekst: MarkdownText = Field(min_length=10, description="Het advies (Markdown).")
    volgende_stap: MarkdownText = Field(min_length=5, description="Eén concrete volgende stap.")
    contacten: list[Slug] = Field(
        default=[], description="Wie de bezoeker kan vragen: ids uit contacten.yml."
    )
    zonder_contact: PlainText | None = Field(
        default=None, min_length=3, description="Waarom er geen contact bij deze uitkomst hoort (als 'contacten' leeg is)."
    )
    instrumenten: list[Slug] = Field(default=[], description="Instrumenten uit de catalogus.")
    zonder_instrument: PlainText | None = Field(
        default=None, min_length=3, description="Waarom er geen instrument bij past (als 'instrumenten' leeg is)."
    )
    ihw_stappen: list[Slug] = Field(default=[])
    casussen: list[Slug] = Field(default=[])
    bronnen: list[Bron] = Field(min_length=1)

    @model_validator(mode="after")
    def _says_whom_and_what(self) -> Uitkomst:
        if not self.contacten and not self.zonder_contact:
            raise ValueError(
                "een uitkomst noemt wie de bezoeker kan vragen — vul 'contacten' in (ids uit "
                "contacten.yml) of zeg in 'zonder_contact' waarom er niemand bij hoort"
            )
        if not self.instrumenten and not self.zonder_instrument:
            raise ValueError(
                "een uitkomst noemt minstens één instrument — vul 'instrumenten' in, of zeg in "
                "'zonder_instrument' waarom er geen past"
            )
        return self


class Beslisboom(Strict):
    """A decision tree: a start page, one question per page, and outcomes."""

    titel: PlainText = Field(min_length=3)
    samenvatting: PlainText = Field(min_length=10, max_length=300)
    in_gewone_woorden: list[GewoneWoorden] = in_gewone_woorden()
    doelgroep: list[Doelgroep] = Field(min_length=1)
    inleiding: MarkdownText = Field(min_length=10, description="Tekst op de startpagina (Markdown).")
    start: NodeId = Field(description="Id van de eerste vraag.")
    vragen: dict[NodeId, Vraag] = Field(min_length=1)
    uitkomsten: dict[NodeId, Uitkomst] = Field(min_length=1)
    laatst_gecontroleerd: ReviewDate
