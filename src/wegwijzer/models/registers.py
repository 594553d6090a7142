"""The single-file registers: contacts, the glossary and the source documents."""

from __future__ import annotations

from pydantic import Field, HttpUrl, model_validator

from ..text import MarkdownText, PlainText
from .common import SEED_FILES, Seed, Slug, Strict, Bron


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
