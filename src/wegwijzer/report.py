"""Coverage of the catalogue: how many instruments answer each question an instrument page asks."""

from __future__ import annotations

from .link import Catalogue
from .models import BEHOEFTE_LABELS, FASE_LABELS

THIN = 2  # a fase and behoefte with fewer instruments than this gives a thin answer

QUESTIONS = {
    "wanneer": "Wanneer zet je het in?",
    "hoe_toepassen": "Hoe pas je het toe?",
    "opbrengst_werkgever": "Wat levert het de werkgever op?",
    "rol_arbeidsdeskundige": "Rol van de arbeidsdeskundige",
    "aanbieder": "Wie biedt het aan?",
    "kosten": "Wie betaalt?",
    "rollen": "Rol (inventariserend/uitvoerend/adviserend)",
    "ihw_stappen": "IHW-stappen",
}


def coverage(catalogue: Catalogue) -> list[tuple[str, int, int]]:
    """(question, entries that answer it, total) per optional field of an instrument."""
    models = [entry.model for entry in catalogue.instruments.values()]
    return [
        (label, sum(1 for m in models if getattr(m, field)), len(models))
        for field, label in QUESTIONS.items()
    ]


def coverage_report(catalogue: Catalogue) -> str:
    rows = coverage(catalogue)
    width = max(len(label) for label, _, _ in rows)
    lines = ["", f"{'Vraag op de instrumentpagina'.ljust(width)}  ingevuld", "-" * (width + 12)]
    for label, filled, total in rows:
        percent = 100 * filled // total if total else 0
        lines.append(f"{label.ljust(width)}  {filled:>3}/{total:<3} {percent:>3}%")
    # Every entry must name a seed; one without any quote cannot be checked against it.
    unquoted = [
        slug for slug, entry in catalogue.instruments.items()
        if not any(bron.citaat for bron in entry.model.bronnen)
    ]
    lines.append("")
    lines.append("Instrumenten zonder letterlijk citaat uit een bron: " + (", ".join(unquoted) or "geen"))
    return "\n".join(lines)


def situation_report(catalogue: Catalogue) -> str:
    """What the situatiewijzer can answer: instruments in no situation, thin combinations."""
    without = [slug for slug, entry in catalogue.instruments.items() if not entry.model.situaties]
    counts = {(fase, behoefte): set() for fase in FASE_LABELS for behoefte in BEHOEFTE_LABELS}
    for slug, entry in catalogue.instruments.items():
        for situatie in entry.model.situaties:
            for fase in situatie.fasen:
                for behoefte in situatie.behoeften:
                    counts[(fase, behoefte)].add(slug)
    thin = [f"{fase} + {behoefte} ({len(slugs)})" for (fase, behoefte), slugs in counts.items() if len(slugs) < THIN]
    return "\n".join([
        "",
        "Situatiewijzer",
        "Instrumenten in geen enkele situatie (de situatiewijzer toont ze nooit): " + (", ".join(without) or "geen"),
        f"Aanleiding + behoefte met minder dan {THIN} instrumenten (het advies toont daar vooral "
        "gedeeltelijke passers): " + (", ".join(thin) or "geen"),
    ])
