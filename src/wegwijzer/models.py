"""The catalogue's schema: one pydantic definition gives validation, messages and JSON Schema.

Field names are the Dutch YAML keys content editors write; descriptions are what an editor's
YAML language server shows on hover.
"""

from __future__ import annotations

import datetime
import types
import typing
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

SEED_FILES = (
    "000_43f4ec3db0ef760a.txt",
    "001_7ec4eee8a08ca1ab.txt",
    "002_c05a2eab881bf59d.txt",
    "003_3668f88ee75d546f.txt",
    "004_f73977c3411f9a85.txt",
)

Seed = Literal[
    "000_43f4ec3db0ef760a.txt",
    "001_7ec4eee8a08ca1ab.txt",
    "002_c05a2eab881bf59d.txt",
    "003_3668f88ee75d546f.txt",
    "004_f73977c3411f9a85.txt",
]

Soort = Literal[
    "vakkennis",
    "theoretisch-kader",
    "vaardigheid",
    "praktische-tool",
    "methodiek",
    "training",
    "regeling",
    "handreiking",
    "opleiding",
    "werkaanpassing",
]
Niveau = Literal["individu", "team", "organisatie"]
Dienstverlening = Literal[1, 2, 3]
Rol = Literal["inventariserend", "uitvoerend", "adviserend"]
Doelgroep = Literal["werkgever", "arbeidsdeskundige", "werkzoekende"]
LeergangModule = Literal[1, 2, 3, 4, 5, 6, 7]

# The words a visitor reads for each facet value; the keys are what editors write.
SOORT_LABELS: dict[str, str] = {
    "vakkennis": "Relevante vakkennis",
    "theoretisch-kader": "Theoretisch kader of model",
    "vaardigheid": "Vaardigheid",
    "praktische-tool": "Praktische tool of vragenlijst",
    "methodiek": "Methodiek of interventie",
    "training": "Training",
    "regeling": "Regeling of subsidie",
    "handreiking": "Handreiking, brochure of richtlijn",
    "opleiding": "Opleiding of leergang",
    "werkaanpassing": "Niveau van werk aanpassen",
}
NIVEAU_LABELS = {"individu": "Individu", "team": "Team", "organisatie": "Organisatie"}
DIENSTVERLENING_LABELS = {1: "Type 1", 2: "Type 2", 3: "Type 3"}
ROL_LABELS = {
    "inventariserend": "Inventariserende rol",
    "uitvoerend": "Uitvoerende en analyserende rol",
    "adviserend": "Adviserende rol",
}
DOELGROEP_LABELS = {
    "werkgever": "Werkgever",
    "arbeidsdeskundige": "Arbeidsdeskundige",
    "werkzoekende": "Werkzoekende of werknemer",
}

Slug = str  # a file name without .yml; resolved by the link stage


def unwrap_optional(annotation: Any) -> Any:
    """`X | None` -> X; any other annotation unchanged."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Bron(Strict):
    """Where a claim comes from: a passage in a seed document, and the official page it names."""

    seed: Seed = Field(description="Het brondocument in shared/seeds waar de informatie staat.")
    vindplaats: str = Field(
        min_length=3,
        description="Waar in het brondocument, bijv. \"§2.3, tabel, rij 'BAR'\" of 'vraag 1'.",
    )
    citaat: str | None = Field(
        default=None,
        description="Een kort, letterlijk citaat uit het brondocument (controleerbaar).",
    )
    url: HttpUrl | None = Field(
        default=None, description="De officiële pagina die het brondocument noemt."
    )


class ActueleVoorwaarden(Strict):
    """Where to check a regeling's current conditions, because they change over time."""

    url: HttpUrl = Field(description="De officiële pagina met de actuele voorwaarden.")
    toelichting: str = Field(description="Wie de regeling uitvoert en wat je daar controleert.")


class Instrument(Strict):
    """One hulpmiddel: instrument, regeling, methodiek, training, tool, handreiking, ..."""

    naam: str = Field(min_length=2, description="De naam zoals de bronnen hem schrijven.")
    aliassen: list[str] = Field(
        default=[], description="Andere namen en afkortingen (bijv. LKS, BIA); zoeken vindt ze."
    )
    zoektermen: list[str] = Field(
        default=[],
        description="Extra zoekwoorden die niet op de pagina staan, bijv. een meervoud (jobcoaches).",
    )
    soort: Soort = Field(description="Soort hulpmiddel (de categorieën van tabel §2.3 in 004).")
    samenvatting: str = Field(
        min_length=10, max_length=300, description="Eén zin: wat is het (voor overzichten)."
    )
    wat_is_het: str = Field(min_length=10, description="Wat is het? (Markdown)")
    wanneer: list[str] | None = Field(
        default=None, description="Wanneer zet je het in: situaties en signalen."
    )
    hoe_toepassen: list[str] | None = Field(
        default=None, description="Hoe pas je het toe: de stappen, in volgorde."
    )
    opbrengst_werkgever: list[str] | None = Field(
        default=None,
        description="Wat levert het de werkgever op: punten om de waarde uit te leggen.",
    )
    rol_arbeidsdeskundige: str | None = Field(
        default=None, description="Wat doet de arbeidsdeskundige ermee?"
    )
    aanbieder: str | None = Field(default=None, description="Wie biedt het aan?")
    kosten: str | None = Field(default=None, description="Wie betaalt, wat kost het?")
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
    actuele_voorwaarden: ActueleVoorwaarden | None = Field(
        default=None, description="Verplicht bij een regeling: waar de actuele voorwaarden staan."
    )
    bronnen: list[Bron] = Field(min_length=1, description="Waar elke bewering vandaan komt.")
    laatst_gecontroleerd: datetime.date = Field(
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


class Optie(Strict):
    """One answer to a question; it leads to exactly one next question or outcome."""

    label: str = Field(min_length=1, description="De tekst van het antwoord.")
    uitleg: str | None = Field(default=None, description="Korte hulptekst bij dit antwoord.")
    volgende: str = Field(description="Id van de volgende vraag of uitkomst.")


class Vraag(Strict):
    """One question per page, single choice."""

    vraag: str = Field(min_length=3, description="De vraag, in B1-Nederlands.")
    uitleg: str | None = Field(default=None, description="Hulptekst onder de vraag.")
    opties: list[Optie] = Field(description="Minstens twee antwoorden.")


class Uitkomst(Strict):
    """Where a path ends: what to do next, with which instruments, and whom to ask."""

    titel: str = Field(min_length=3)
    tekst: str = Field(min_length=10, description="Het advies (Markdown).")
    volgende_stap: str = Field(min_length=5, description="Eén concrete volgende stap.")
    contact: str | None = Field(
        default=None, description="Wie u kunt bellen; leeg = aanbieders van de instrumenten."
    )
    instrumenten: list[Slug] = Field(default=[], description="Instrumenten uit de catalogus.")
    ihw_stappen: list[Slug] = Field(default=[])
    casussen: list[Slug] = Field(default=[])
    bronnen: list[Bron] = Field(min_length=1)


class Beslisboom(Strict):
    """A decision tree: a start page, one question per page, and outcomes."""

    titel: str = Field(min_length=3)
    samenvatting: str = Field(min_length=10, max_length=300)
    doelgroep: list[Doelgroep] = Field(min_length=1)
    inleiding: str = Field(min_length=10, description="Tekst op de startpagina (Markdown).")
    start: str = Field(description="Id van de eerste vraag.")
    vragen: dict[str, Vraag] = Field(min_length=1)
    uitkomsten: dict[str, Uitkomst] = Field(min_length=1)
    laatst_gecontroleerd: datetime.date


class Telling(Strict):
    """A success factor or pitfall and how many interviewees named it (tables 1-2 of 002)."""

    tekst: str = Field(min_length=3)
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


class IhwStap(Strict):
    """One of the nine steps of IHW as carried out in UWV Inclusief (002)."""

    nummer: int = Field(ge=1, le=9)
    naam: str = Field(min_length=3)
    samenvatting: str = Field(min_length=10, max_length=300)
    wat_gedaan: str = Field(min_length=10, description="Wat er in deze stap gebeurde (Markdown).")
    instrumenten: list[Slug] = Field(default=[])
    succesfactoren: list[Telling] = Field(default=[])
    valkuilen: list[Telling] = Field(default=[])
    resultaten: str | None = Field(default=None)
    bronnen: list[Bron] = Field(min_length=1)
    laatst_gecontroleerd: datetime.date


class Onderdeel(Strict):
    """A named item with an explanation: a speerpunt, phase or continuum type."""

    naam: str = Field(min_length=2)
    uitleg: str = Field(min_length=5)


class RolBeschrijving(Strict):
    rol: Rol
    uitleg: str = Field(min_length=10)
    training: str = Field(min_length=5, description="De opleiding die bij deze rol past.")
    instrumenten: list[Slug] = Field(default=[])


class IhwMethode(Strict):
    """What IHW 2.0 is and why (000, 001): ihw_guide/methode.yml."""

    titel: str
    inleiding: str = Field(min_length=10)
    waarom: str = Field(min_length=10, description="Het Babbage-principe als businesscase.")
    speerpunten: list[Onderdeel] = Field(min_length=1)
    continuum: list[Onderdeel] = Field(min_length=1, description="Dienstverlening type 1-2-3.")
    fasen: list[Onderdeel] = Field(min_length=1)
    rollen: list[RolBeschrijving] = Field(min_length=1)
    value_case: str = Field(min_length=10)
    business_case: str = Field(min_length=10)
    bronnen: list[Bron] = Field(min_length=1)
    laatst_gecontroleerd: datetime.date


class CasusStap(Strict):
    stap: Slug | None = Field(default=None, description="IHW-stap, of leeg als die niet past.")
    tekst: str = Field(min_length=5)


class Casus(Strict):
    """A case from the seeds, with questions for trainers."""

    titel: str = Field(min_length=3)
    samenvatting: str = Field(min_length=10, max_length=300)
    situatie: str = Field(min_length=10)
    aanpak: list[CasusStap] = Field(default=[])
    instrumenten: list[Slug] = Field(default=[])
    resultaat: str | None = Field(default=None)
    discussievragen: list[str] = Field(
        min_length=1, description="Vragen voor de groep; ze beweren geen feiten."
    )
    leergang_modules: list[LeergangModule] = Field(default=[])
    bronnen: list[Bron] = Field(min_length=1)
    laatst_gecontroleerd: datetime.date


class Kolom(Strict):
    """One column of a worksheet: what the user writes in it."""

    naam: str = Field(min_length=2)
    uitleg: str | None = Field(default=None, description="Hulptekst bij de kolom.")


class Werkblad(Strict):
    """A printable worksheet for an analysis step; what a user types stays in the browser."""

    titel: str = Field(min_length=3)
    samenvatting: str = Field(min_length=10, max_length=300)
    inleiding: str = Field(min_length=10, description="Uitleg boven het werkblad (Markdown).")
    ihw_stappen: list[Slug] = Field(default=[], description="IHW-stappen waar het bij hoort.")
    kolommen: list[Kolom] = Field(min_length=1)
    rijlabels: list[str] = Field(
        default=[], description="Vaste rijen (bijv. 'Kosten'); leeg = lege rijen om in te vullen."
    )
    lege_rijen: int = Field(default=8, ge=1, le=40, description="Aantal lege rijen zonder rijlabels.")
    bronnen: list[Bron] = Field(min_length=1)
    laatst_gecontroleerd: datetime.date
