"""Nouns that take a content clause, round 15 (sentences written for the test, checked by
tests/test_no_dev_sentences.py): a "que"/"that" clause right after a verb's object that is a
noun of something said ("l'affirmation", "the claim", "l'idée", "the idea") completes that noun,
even where the French parser hangs the clause on the verb: the subject says, or disputes, the
noun with its clause ("X a contesté l'affirmation que …" is not X asserting what follows "que")."""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, quotes_by, said_by


@pytest.mark.parametrize(
    ("text", "language", "speaker", "words"),
    [
        ("Polémique à Velmar\n\nLe maire de Velmar, Paul Verdier, a contesté l'affirmation que la piscine "
         "fermerait en juin.\n", "fr", "Paul Verdier", "l'affirmation que la piscine fermerait en juin"),
        ("Row in Velmar\n\nMayor Paul Verdier disputed the claim that the pool would close in June.\n", "en",
         "Paul Verdier", "the claim that the pool would close in June"),
        ("Impôts à Velmar\n\nLa députée Anne Roux a rejeté l'idée que les impôts augmenteraient.\n", "fr",
         "Anne Roux", "l'idée que les impôts augmenteraient"),
        ("Taxes in Velmar\n\nLawmaker Anne Roux rejected the idea that taxes would rise.\n", "en",
         "Anne Roux", "the idea that taxes would rise"),
    ],
)
def test_the_clause_completes_the_noun(text: str, language: str, speaker: str, words: str) -> None:
    quotes = quotes_by(brief(text, language), speaker)
    assert any(words in q for q in quotes)
    clause = words.split(" que ", 1)[-1].split(" that ", 1)[-1]
    assert clause not in quotes  # never the disputed clause alone, as if the speaker asserted it


def test_a_clause_after_another_complement_stays_the_verbs() -> None:
    # the verb's own complement before "que" is who was told, not a noun the clause completes
    b = brief("Budget de Velmar\n\nLe maire Paul Verdier a affirmé à la presse que le budget serait coupé.\n",
              "fr")
    assert said_by(b, "le budget serait coupé") == {"paul verdier"}
    assert not any("presse" in q for q in quotes_by(b, "Paul Verdier"))
