"""The IHW 2.0 guide: the method, its steps, cases and worksheets."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from ..text import MarkdownText, PlainText
from .common import Rol, CaseWork, ReviewDate, Slug, in_gewone_woorden, GewoneWoorden, Strict, Bron


class Telling(Strict):
    """A success factor or pitfall and how many interviewees named it (tables 1-2 of 002)."""

    tekst: PlainText = Field(min_length=3)
    genoemd: Annotated[int, Field(ge=0)] | Literal["projectdocumentatie"] | None = Field(
        default=None,
        description="Aantal keer genoemd, of 'projectdocumentatie' waar de tabel 'Proj doc' zegt.",
    )

    @field_validator("genoemd", mode="before")
    @classmethod
    def _count_or_project_documentation(cls, value: object) -> object:
        # One clear message instead of one per member of the union.
        if value is None or value == "projectdocumentatie" or (type(value) is int and value >= 0):
            return value
        raise ValueError(
            f"'genoemd' moet een aantal (0 of meer) of 'projectdocumentatie' zijn, niet {value!r}"
            " — neem het getal uit de tabel van de bron over"
        )


class Werkwijze(Strict):
    """What an adviser does in an IHW step (000, 002). Only what the seeds say: a step with a few
    lines in the seeds gets a short section, never padding."""

    doel: PlainText | None = Field(default=None, description="Waarom deze stap: wat hij moet opleveren.")
    activiteiten: list[PlainText] = Field(default=[], description="Wat u doet, in de volgorde van de bron.")
    betrokkenen: PlainText | None = Field(default=None, description="Wie er meedoen.")
    resultaat: PlainText | None = Field(default=None, description="Wat er na de stap ligt.")


class IhwStap(Strict):
    """One of the nine steps of IHW as carried out in UWV Inclusief (002)."""

    nummer: int = Field(ge=1, le=9)
    naam: PlainText = Field(min_length=3)
    samenvatting: PlainText = Field(min_length=10, max_length=300)
    in_gewone_woorden: list[GewoneWoorden] = in_gewone_woorden()
    werkwijze: Werkwijze | None = Field(default=None, description="Wat doet u in deze stap.")
    wat_gedaan: MarkdownText = Field(min_length=10, description="Wat er in deze stap gebeurde (Markdown).")
    instrumenten: list[Slug] = Field(default=[])
    succesfactoren: list[Telling] = Field(default=[])
    valkuilen: list[Telling] = Field(default=[])
    resultaten: MarkdownText | None = Field(default=None)
    bronnen: list[Bron] = Field(min_length=1)
    laatst_gecontroleerd: ReviewDate


class Onderdeel(Strict):
    """A named item with an explanation: a speerpunt, phase or continuum type."""

    naam: PlainText = Field(min_length=2)
    uitleg: MarkdownText = Field(min_length=5)


class RolBeschrijving(Strict):
    rol: Rol
    uitleg: MarkdownText = Field(min_length=10)
    training: MarkdownText = Field(min_length=5, description="De opleiding die bij deze rol past.")
    instrumenten: list[Slug] = Field(default=[])


class IhwMethode(Strict):
    """What IHW 2.0 is and why (000, 001): ihw_guide/methode.yml."""

    titel: PlainText
    inleiding: MarkdownText = Field(min_length=10)
    waarom: MarkdownText = Field(min_length=10, description="Het Babbage-principe als businesscase.")
    speerpunten: list[Onderdeel] = Field(min_length=1)
    continuum: list[Onderdeel] = Field(min_length=1, description="Dienstverlening type 1-2-3.")
    fasen: list[Onderdeel] = Field(min_length=1)
    rollen: list[RolBeschrijving] = Field(min_length=1)
    value_case: MarkdownText = Field(min_length=10)
    business_case: MarkdownText = Field(min_length=10)
    bronnen: list[Bron] = Field(min_length=1)
    laatst_gecontroleerd: ReviewDate


class CasusStap(Strict):
    stap: Slug | None = Field(default=None, description="IHW-stap, of leeg als die niet past.")
    tekst: MarkdownText = Field(min_length=5)


class Casus(Strict):
    """A case from the seeds, with questions for trainers."""

    titel: PlainText = Field(min_length=3)
    samenvatting: PlainText = Field(min_length=10, max_length=300)
    in_gewone_woorden: list[GewoneWoorden] = in_gewone_woorden()
    situatie: MarkdownText = Field(min_length=10)
    aanpak: list[CasusStap] = Field(default=[])
    instrumenten: list[Slug] = Field(default=[])
    resultaat: MarkdownText | None = Field(default=None)
    discussievragen: list[MarkdownText] = Field(
        min_length=1, description="Vragen voor de groep; ze beweren geen feiten."
    )
    toont: CaseWork = Field(description=(
        "Wat de casus laat zien: 'een-medewerker' (de situatie van één medewerker), "
        "'werk-herontwerpen' (taken of werk van een team of afdeling geanalyseerd en anders verdeeld) "
        "of 'organisatie-adviseren' (een organisatie van analyse tot advies begeleid). "
        "De pagina Voor trainers kiest hiermee bij welke rol de casus hoort."
    ))
    bronnen: list[Bron] = Field(min_length=1)
    laatst_gecontroleerd: ReviewDate


class Kolom(Strict):
    """One column of a worksheet: what the user writes in it."""

    naam: PlainText = Field(min_length=2)
    uitleg: PlainText | None = Field(default=None, description="Hulptekst bij de kolom.")


class Werkblad(Strict):
    """A printable worksheet for an analysis step; what a user types stays in the browser."""

    titel: PlainText = Field(min_length=3)
    samenvatting: PlainText = Field(min_length=10, max_length=300)
    in_gewone_woorden: list[GewoneWoorden] = in_gewone_woorden()
    inleiding: MarkdownText = Field(min_length=10, description="Uitleg boven het werkblad (Markdown).")
    ihw_stappen: list[Slug] = Field(default=[], description="IHW-stappen waar het bij hoort.")
    kolommen: list[Kolom] = Field(min_length=1)
    rijlabels: list[PlainText] = Field(
        default=[], description="Vaste rijen (bijv. 'Kosten'); leeg = lege rijen om in te vullen."
    )
    lege_rijen: int = Field(default=8, ge=1, le=40, description="Aantal lege rijen zonder rijlabels.")
    bronnen: list[Bron] = Field(min_length=1)
    laatst_gecontroleerd: ReviewDate
