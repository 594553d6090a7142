"""Types, labels and the base of every model: seeds, slugs, dates, sources, plain text."""

from __future__ import annotations

import datetime
import types
import typing
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl

from ..text import PlainText, QuoteText



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
CaseWork = Literal["een-medewerker", "werk-herontwerpen", "organisatie-adviseren"]

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

def _not_in_future(date: datetime.date) -> datetime.date:
    # A future date would hide the entry from `wegwijzer review` until then.
    if date > datetime.date.today():
        raise ValueError(
            f"de datum {date.isoformat()} ligt in de toekomst — vul de datum in waarop u de "
            "inhoud echt hebt nagekeken (vandaag of eerder)"
        )
    return date


ReviewDate = Annotated[datetime.date, AfterValidator(_not_in_future)]

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# A file name without .yml; resolved by the link stage. The pattern keeps it safe in a URL.
# The situatiewijzer's questions: what a visitor reads for each value, and a short explanation.
FASE_LABELS: dict[str, tuple[str, str]] = {
    "toeleiding": ("Iemand gaat aan het werk", "Toeleiding naar werk: werving, plaatsing, de eerste tijd."),
    "verandering": ("Het werk verandert", "De belasting in de functie wijzigt, bijv. door nieuwe taken of techniek."),
    "dreigend-verzuim": ("Iemand dreigt uit te vallen", "Er zijn signalen van overbelasting of dreigend verzuim."),
    "verzuim": ("Iemand verzuimt", "Een medewerker is (gedeeltelijk) uitgevallen en wil terugkeren."),
    "langdurig": ("Langdurig arbeidsongeschikt", "Iemand is al lang arbeidsongeschikt, bijv. met een uitkering."),
    "organisatie": (
        "De organisatie zoekt een oplossing",
        "Personeelstekort, hoge werkdruk of structurele bezettingsproblemen.",
    ),
}
SITUATIE_NIVEAU_LABELS: dict[str, tuple[str, str]] = {
    "individu": ("Eén medewerker of kandidaat", "Het gaat om één persoon en zijn of haar werk."),
    "team": ("Een team of afdeling", "Het gaat om de taken en samenwerking in een team."),
    "organisatie": ("De hele organisatie", "Het gaat om beleid, functies en werkprocessen."),
}
BEHOEFTE_LABELS: dict[str, tuple[str, str]] = {
    "analyseren": ("Het werk en de mogelijkheden in kaart brengen", "Taken, belasting, wat iemand kan."),
    "werk-aanpassen": ("Werk aanpassen of opnieuw ontwerpen", "Van tempo en tijden tot nieuwe functies."),
    "begeleiden": ("Begeleiden en inwerken", "Iemand op de werkplek begeleiden en collega's toerusten."),
    "financieel": ("Geld en risico's", "Regelingen en subsidies voor de werkgever."),
    "draagvlak": ("Draagvlak en motivatie", "Werkgever, management en collega's meekrijgen."),
    "kennis": ("Eigen kennis en vaardigheden", "Wat u als adviseur zelf kunt leren of nalezen."),
}

Slug = Annotated[str, Field(pattern=SLUG_PATTERN)]
# A question or outcome id inside one tree file.
NodeId = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")]


def unwrap_optional(annotation: Any) -> Any:
    """`X | None` -> X; any other annotation unchanged."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def in_gewone_woorden() -> Any:
    """How visitors describe the need without knowing the name: shown on the page (so search
    finds the page by these words) and written from the entry's own sources."""
    return Field(
        default=[], max_length=8,
        description=(
            "Hoe een bezoeker de vraag of situatie beschrijft zonder de naam te kennen, in gewone "
            "woorden (bijv. 'werken met behoud van uitkering'); gebaseerd op wat de bron over dit "
            "onderwerp zegt, zonder de naam of afkortingen te herhalen."
        ),
    )


GewoneWoorden = Annotated[PlainText, Field(min_length=8, max_length=100)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Bron(Strict):
    """Where a claim comes from: a passage in a seed document, and the official page it names."""

    seed: Seed = Field(description="Het brondocument in shared/seeds waar de informatie staat.")
    vindplaats: PlainText = Field(
        min_length=3,
        description="Waar in het brondocument, bijv. \"§2.3, tabel, rij 'BAR'\" of 'vraag 1'.",
    )
    citaat: QuoteText | None = Field(
        default=None,
        description="Een kort, letterlijk citaat uit het brondocument (controleerbaar).",
    )
    url: HttpUrl | None = Field(
        default=None, description="De officiële pagina die het brondocument noemt."
    )
