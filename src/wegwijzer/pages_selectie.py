"""Page family: the adviser's own selection — compare instruments side by side
(``/mijn-selectie/``) and print an advice note for the employer (``/adviesnotitie/``).

The selection lives in the visitor's browser (and in the page address); these pages carry the
catalogue's facts as data, decided here, which the script only lays out as text.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import models
from .pages_situatiewijzer import QUESTIONS

if TYPE_CHECKING:
    from .render import Page, Renderer

COMPARE = "mijn-selectie.md"
NOTE = "adviesnotitie.md"
MAX_COMPARED = 4

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>]+)>")
_EMPHASIS = re.compile(r"(\*\*|\*|__|_)(?=\S)(.+?)(?<=\S)\1")
_SPACES = re.compile(r"\s+")


def plain_text(markdown: str) -> str:
    """Catalogue Markdown (the allowed subset) as plain text for the comparison and the note."""
    text = _LINK.sub(r"\1", markdown)
    text = _AUTOLINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _SPACES.sub(" ", text).strip()


@dataclass
class SelectiePages:
    renderer: Renderer

    def pages(self) -> list[Page]:
        # Both pages sit in the same folder, so their links and data are the same: made once.
        assert posixpath.dirname(COMPARE) == posixpath.dirname(NOTE)
        data = self._data(COMPARE)
        return [
            self.renderer._render("mijn-selectie.md.j2", COMPARE, data=data,
                                  notitie="adviesnotitie.md", situatiewijzer="situatiewijzer/index.md"),
            self.renderer._render("adviesnotitie.md.j2", NOTE, data=data,
                                  selectie="mijn-selectie.md", situatiewijzer="situatiewijzer/index.md"),
        ]

    def _data(self, src: str) -> dict[str, Any]:
        catalogue = self.renderer.catalogue
        instruments = {}
        links = {}
        for slug, entry in catalogue.instruments.items():
            model = entry.model
            links[f"i:{slug}"] = self.renderer._instrument_links(src, [slug])[0].href
            instruments[slug] = {
                "naam": model.naam,
                "link": f"i:{slug}",
                "soort": self.renderer.kind_of(model),
                "wat": plain_text(model.wat_is_het),
                "samenvatting": model.samenvatting,
                "wanneer": [plain_text(item) for item in model.wanneer or []],
                "opbrengst": [plain_text(item) for item in model.opbrengst_werkgever or []],
                "begin": [plain_text(item) for item in model.hoe_toepassen or []],
                "aanbieder": plain_text(model.aanbieder or ""),
                "niveau": ", ".join(models.NIVEAU_LABELS[n] for n in model.niveau),
                "dienstverlening": ", ".join(models.DIENSTVERLENING_LABELS[d] for d in model.dienstverlening),
                "bronnen": list(dict.fromkeys(self.renderer.source_title(b) for b in model.bronnen)),
                "voorwaarden": bool(model.actuele_voorwaarden),
            }
        return {
            "instrumenten": instruments,
            "situatie": {name: {value: label[0] for value, label in labels.items()}
                         for name, _, labels in QUESTIONS},
            "vragen": {name: question for name, question, _ in QUESTIONS},
            "max": MAX_COMPARED,
            "links": links,
        }
