"""An instrument (regeling, methodiek, training, tool) and the situations it fits."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, HttpUrl, model_validator

from ..text import MarkdownText, PlainText
from .common import Soort, Niveau, Dienstverlening, Rol, Doelgroep, ReviewDate, Slug, in_gewone_woorden, GewoneWoorden, Strict, Bron


Fase = Literal["toeleiding", "verandering", "dreigend-verzuim", "verzuim", "langdurig", "organisatie"]
Behoefte = Literal["analyseren", "werk-aanpassen", "begeleiden", "financieel", "draagvlak", "kennis"]


class Situatie(Strict):
    """A situation an adviser meets in which this instrument fits, with the reason and its source."""

    fasen: list[Fase] = Field(min_length=1, description="Aanleidingen waarin het past (003, vraag 8).")
    behoeften: list[Behoefte] = Field(min_length=1, description="Wat er in die situatie nodig is.")
    reden: PlainText = Field(
        min_length=20, max_length=400,
        description="Eén of twee zinnen aan de adviseur: waarom het in deze situatie past.",
    )
    bron: Bron = Field(description="De passage die de reden draagt, met een letterlijk citaat.")

    @model_validator(mode="after")
    def _reason_is_quoted(self) -> Situatie:
        if not self.bron.citaat:
            raise ValueError(
                "een situatie heeft een letterlijk citaat nodig — vul 'citaat' in bij 'bron'"
            )
        return self


class ActueleVoorwaarden(Strict):
    """Where to check a regeling's current conditions, because they change over time."""

    url: HttpUrl | None = Field(
        default=None,
        description="De officiële pagina met de actuele voorwaarden; leeg als geen bron er een noemt "
        "(zeg dan in de toelichting waar u het navraagt).",
    )
    toelichting: MarkdownText = Field(description="Wie de regeling uitvoert en wat u daar controleert.")


class Instrument(Strict):
    """One hulpmiddel: instrument, regeling, methodiek, training, tool, handreiking, ..."""

    naam: PlainText = Field(min_length=2, description="De naam zoals de bronnen hem schrijven.")
    aliassen: list[PlainText] = Field(
        default=[], description="Andere namen en afkortingen (bijv. LKS, BIA); zoeken vindt ze."
    )
    zoektermen: list[PlainText] = Field(
        default=[],
        description="Extra zoekwoorden die niet op de pagina staan, bijv. een meervoud (jobcoaches).",
    )
    in_gewone_woorden: list[GewoneWoorden] = in_gewone_woorden()
    soort: Soort = Field(description="Soort hulpmiddel (de categorieën van tabel §2.3 in 004).")
    samenvatting: PlainText = Field(
        min_length=10, max_length=300, description="Eén zin: wat is het (voor overzichten)."
    )
    wat_is_het: MarkdownText = Field(min_length=10, description="Wat is het? (Markdown)")
    wanneer: list[MarkdownText] | None = Field(
        default=None, description="Wanneer zet u het in: situaties en signalen."
    )
    hoe_toepassen: list[MarkdownText] | None = Field(
        default=None, description="Hoe past u het toe: de stappen, in volgorde."
    )
    opbrengst_werkgever: list[MarkdownText] | None = Field(
        default=None,
        description="Wat levert het de werkgever op: punten om de waarde uit te leggen.",
    )
    rol_arbeidsdeskundige: MarkdownText | None = Field(
        default=None, description="Wat doet de arbeidsdeskundige ermee?"
    )
    aanbieder: MarkdownText | None = Field(default=None, description="Wie biedt het aan?")
    kosten: MarkdownText | None = Field(default=None, description="Wie betaalt, wat kost het?")
    niveau: list[Niveau] = Field(min_length=1, description="Individu, team en/of organisatie.")
    dienstverlening: list[Dienstverlening] = Field(
        min_length=1, description="Dienstverlening type 1, 2 en/of 3 (continuüm, bron 001)."
    )
    rollen: list[Rol] = Field(
        default=[], description="Bij welke rol van de arbeidsdeskundige het past (bron 001)."
    )
    doelgroep: list[Doelgroep] = Field(min_length=1, description="Voor wie is het bedoeld?")
    ihw_stappen: list[Slug] = Field(
        default=[], description="IHW-stappen (bestandsnamen in ihw_guide/stappen)."
    )
    gerelateerd: list[Slug] = Field(
        default=[], description="Verwante instrumenten (bestandsnamen in instruments/)."
    )
    situaties: list[Situatie] = Field(
        default=[], description="Situaties waarin het past, voor de situatiewijzer."
    )
    actuele_voorwaarden: ActueleVoorwaarden | None = Field(
        default=None, description="Verplicht bij een regeling: waar de actuele voorwaarden staan."
    )
    bronnen: list[Bron] = Field(min_length=1, description="Waar elke bewering vandaan komt.")
    laatst_gecontroleerd: ReviewDate = Field(
        description="Datum (JJJJ-MM-DD) waarop de inhoud het laatst is nagekeken."
    )

    @model_validator(mode="after")
    def _regeling_says_where_to_check(self) -> Instrument:
        if self.soort == "regeling" and self.actuele_voorwaarden is None:
            raise ValueError(
                "een regeling heeft 'actuele_voorwaarden' nodig "
                "— voeg url en toelichting toe van de officiële pagina"
            )
        return self
