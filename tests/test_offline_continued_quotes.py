"""A quotation that goes on over paragraphs opens each paragraph with its mark and closes only
the last (the typographic rule of English and French): every paragraph is quoted, and all are the
words of the speaker whose cue closes the quotation. Composed texts."""

from __future__ import annotations

import pytest

from summarizer.engines.offline import OfflineEngine
from summarizer.quotation import find_quotes
from tests.briefing_queries import run, said_by

TEXTS = {
    "fr": ("Le budget a été voté lundi.\n\n« Nous attendons ce pont depuis dix ans. La rivière coupe la ville en "
           "deux depuis trop longtemps.\n\n« Maintenant l'argent est là. Personne ne l'arrêtera », a déclaré la "
           "maire, Lena Ortiz.\n"),
    "en": ('The budget was approved on Monday.\n\n"We have waited ten years for this bridge. The river has cut '
           'the town in two for too long.\n\n"The money is there now. Nobody will stop it," said the mayor, '
           "Lena Ortiz.\n"),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_paragraph_left_open_and_reopened_is_quoted(language: str) -> None:
    text = TEXTS[language]
    continued = [text[q.start : q.end] for q in find_quotes(text, continued=True)]
    assert continued[0].startswith(("Nous attendons", "We have waited"))
    assert continued[0].endswith(("trop longtemps.", "too long."))
    assert [q.continued for q in find_quotes(text, continued=True)] == [True, False]
    # without the option (the LLM engine's check of quoted stretches) nothing changes
    assert [text[q.start : q.end] for q in find_quotes(text)] == continued[1:]


def test_a_mark_left_open_before_a_paragraph_that_does_not_reopen_quotes_nothing() -> None:
    text = "Elle a dit « nous partirons.\n\nLe conseil a voté mardi."
    assert find_quotes(text, continued=True) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_closing_cue_speaks_every_paragraph_of_the_quotation(engine: OfflineEngine, language: str) -> None:
    b = run(engine, TEXTS[language], language)
    first = "Nous attendons ce pont" if language == "fr" else "We have waited ten years"
    last = "Personne ne l'arrêtera" if language == "fr" else "Nobody will stop it"
    assert said_by(b, first) == {"lena ortiz"}
    assert said_by(b, last) == {"lena ortiz"}


def test_a_quotation_closed_with_no_cue_gives_its_open_paragraphs_to_the_same_speaker(engine: OfflineEngine) -> None:
    """When the closing paragraph has no cue and goes to its speaker by the discourse (the
    speaker of the act just told), the paragraphs left open before it go with it."""
    text = ("La maire, Lena Ortiz, a présenté le budget lundi. Elle a défendu le projet du pont.\n\n"
            "« Nous attendons ce pont depuis dix ans. La rivière coupe la ville en deux depuis trop longtemps.\n\n"
            "« Maintenant l'argent est là. Personne ne l'arrêtera. »\n")
    b = run(engine, text, "fr")
    assert said_by(b, "Nous attendons ce pont") == {"lena ortiz"}
    assert said_by(b, "Personne ne l'arrêtera") == {"lena ortiz"}
