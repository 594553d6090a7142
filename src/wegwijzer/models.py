"""The catalogue's schema: one pydantic definition gives validation, messages and JSON Schema.

Field names are the Dutch YAML keys content editors write; descriptions are what an editor's
YAML language server shows on hover.
"""

from __future__ import annotations

import datetime
import types
import typing
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator, BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator,
)

from .text import MarkdownText, PlainText, QuoteText

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


class Contact(Strict):
    """An organisation or role the seeds name, as a visitor can use it: what they do for whom,
    when to involve them, and how to reach them as far as the seeds say."""

    id: Slug = Field(description="Korte naam om naar te verwijzen, bijv. 'werkgeversservicepunt'.")
    naam: PlainText = Field(min_length=2, description="De naam zoals de bronnen hem schrijven.")
    wat: MarkdownText = Field(min_length=10, description="Wat ze doen en voor wie (uit de bronnen).")
    wanneer: MarkdownText | None = Field(default=None, description="Wanneer u hen inschakelt.")
    bereik: MarkdownText | None = Field(
        default=None,
        description="Hoe u hen bereikt, alleen zoals een bron het zegt; anders leeg laten.",
    )
    url: HttpUrl | None = Field(default=None, description="De officiële pagina die een bron noemt.")
    bron: Bron = Field(description="De passage die zegt wie ze zijn of wat ze doen, met citaat.")


class Contactenregister(Strict):
    """contacten.yml: every organisation and role outcomes and instruments may point to."""

    contacten: list[Contact] = Field(min_length=1)


class Woord(Strict):
    """A term or abbreviation with its explanation as the seeds give it."""

    term: PlainText = Field(min_length=2, description="De term of afkorting, bijv. 'LKS'.")
    uitleg: PlainText = Field(min_length=3, max_length=200, description="De uitleg, zoals de bron hem geeft.")
    bron: Bron = Field(description="Waar de bron de term uitlegt, met citaat.")


class Woordenlijst(Strict):
    """woordenlijst.yml: abbreviations and terms, explained on every page where they occur."""

    woorden: list[Woord] = Field(min_length=1)


class SourceDocument(Strict):
    """One source document of the catalogue (a file in shared/seeds/), as visitors see it cited."""

    id: Seed = Field(description="De bestandsnaam in shared/seeds/.")
    titel: PlainText = Field(min_length=3, description="De titel waarmee pagina's het document noemen.")
    uitgever: PlainText | None = Field(default=None, description="Wie het uitgaf, zoals het document zegt.")
    jaar: int | None = Field(default=None, ge=1990, le=2100, description="Jaar, als het document het noemt.")
    soort: PlainText = Field(min_length=3, description="Bijv. artikel, factsheet, onderzoeksrapport.")
    url: HttpUrl | None = Field(default=None, description="Waar het document te vinden is, als een bron dat noemt.")


class Bronnenregister(Strict):
    """bronnen.yml: every source document, once."""

    documenten: list[SourceDocument] = Field(min_length=1)

    @model_validator(mode="after")
    def _each_document_once(self) -> Bronnenregister:
        ids = [d.id for d in self.documenten]
        missing = sorted(set(SEED_FILES) - set(ids))
        if len(ids) != len(set(ids)) or missing:
            detail = f" (ontbreekt: {', '.join(missing)})" if missing else ""
            raise ValueError(
                "elk brondocument staat precies één keer in bronnen.yml — voeg het ontbrekende toe "
                "of haal de dubbele weg" + detail
            )
        return self
