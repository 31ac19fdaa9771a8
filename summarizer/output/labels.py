"""The words of every output, in the article's language (French or English; English otherwise).

One table for the HTML page, the Markdown briefing and the Jupyter fragment, so that a page
is in one language throughout: headings, the kinds of actors and claims, the footer's field
names, the tooltips.
"""

from __future__ import annotations

from collections.abc import Mapping

EN: dict[str, str] = {
    "briefing": "Briefing",
    "summary": "Summary",
    "actors": "Actors",
    "actor": "Actor",
    "kind": "Kind",
    "role": "Role",
    "aliases": "Also called",
    "claims": "Claims",
    "claim_count": "Claims",
    "positions": "Positions",
    "stances": "Stance matrix",
    "disagreements": "Disagreements",
    "disagreement": "Disagreement",
    "article": "Article",
    "legend": "Who speaks",
    "legend_other": "disagreement evidence, no single speaker",
    "unattributed": "Unattributed",
    "none_actors": "No actors found.",
    "none_claims": "No attributed claims found.",
    "none_stances": "No topic on which two actors take a stance.",
    "single_topics": "{n} more topic(s), each with one actor's stance: see the claims.",
    "none_disagreements": "No disagreement found.",
    "stance_legend": "Same colour in a column: same side of a disagreement on that topic; "
    "grey: a stated position with no recorded disagreement; striped: on several sides.",
    "source": "Source",
    "made": "Made by",
    "on": "on",
    "side": "side",
    "see_claims": "see claims",
    "chars": "characters",
    "click": "Click a claim or a quote to find it in the article.",
    "dateline": "date and title line",
    "back": "Back to the eval report",
    # footer fields
    "f_title": "title",
    "f_date": "date",
    "f_language": "language",
    "f_chars": "characters",
    "f_sha256": "sha256",
    "f_engine": "engine",
    "f_model": "model",
    "f_prompt": "prompt sha256",
    "f_schema": "schema",
    "f_calls": "calls",
    "f_tokens": "tokens",
    "f_time": "time",
    "f_cost": "cost",
    "tokens_detail": "{prompt} prompt + {completion} completion",
    "calls_n": "{n} call(s)",
    # kinds
    "person": "person",
    "organization": "organization",
    "country": "country",
    "group": "group",
    "other": "other",
    "direct": "direct",
    "indirect": "indirect",
    "unattributed_kind": "unattributed",
}

FR: dict[str, str] = {
    "briefing": "Synthèse",
    "summary": "Résumé",
    "actors": "Acteurs",
    "actor": "Acteur",
    "kind": "Type",
    "role": "Rôle",
    "aliases": "Autres noms",
    "claims": "Déclarations",
    "claim_count": "Décl.",
    "positions": "Positions",
    "stances": "Matrice des positions",
    "disagreements": "Désaccords",
    "disagreement": "Désaccord",
    "article": "Article",
    "legend": "Qui parle",
    "legend_other": "preuve d’un désaccord, sans locuteur unique",
    "unattributed": "Non attribué",
    "none_actors": "Aucun acteur trouvé.",
    "none_claims": "Aucune déclaration attribuée.",
    "none_stances": "Aucun sujet sur lequel deux acteurs prennent position.",
    "single_topics": "{n} autre(s) sujet(s), chacun avec la position d’un seul acteur : voir les déclarations.",
    "none_disagreements": "Aucun désaccord trouvé.",
    "stance_legend": "Même couleur dans une colonne : même camp d’un désaccord sur ce sujet ; "
    "gris : position exprimée sans désaccord relevé ; hachuré : dans plusieurs camps.",
    "source": "Source",
    "made": "Produit par",
    "on": "sur",
    "side": "camp",
    "see_claims": "voir les déclarations",
    "chars": "caractères",
    "click": "Cliquez une déclaration ou une citation pour la retrouver dans l’article.",
    "dateline": "ligne de date et de titre",
    "back": "Retour au rapport d’évaluation",
    "f_title": "titre",
    "f_date": "date",
    "f_language": "langue",
    "f_chars": "caractères",
    "f_sha256": "sha256",
    "f_engine": "moteur",
    "f_model": "modèle",
    "f_prompt": "sha256 du prompt",
    "f_schema": "schéma",
    "f_calls": "appels",
    "f_tokens": "jetons",
    "f_time": "durée",
    "f_cost": "coût",
    "tokens_detail": "{prompt} en entrée + {completion} en sortie",
    "calls_n": "{n} appel(s)",
    "person": "personne",
    "organization": "organisation",
    "country": "pays",
    "group": "groupe",
    "other": "autre",
    "direct": "directe",
    "indirect": "indirecte",
    "unattributed_kind": "non attribuée",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "fr": FR}


def labels(language: str | None) -> Mapping[str, str]:
    """The interface words for ``language`` (``fr``, ``fr-FR``, ``en``...; English otherwise)."""
    return LABELS.get((language or "en").split("-")[0].lower(), EN)


def kind(lab: Mapping[str, str], value: str) -> str:
    """An actor's or a claim's kind in the page's language."""
    return lab.get("unattributed_kind" if value == "unattributed" else value, value)
