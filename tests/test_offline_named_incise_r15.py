"""An incise with a named subject inside one pair of quotation marks, round 15 (sentences
written for the test, checked by tests/test_no_dev_sentences.py). French keeps the incise inside
the marks: « Le pont est sûr, a déclaré la maire Lena Ostrova, et il restera ouvert. » The incise
(a comma, a verb of saying, its subject after it, a comma or a stop) splits the quotation in two,
both parts the incise's speaker's; the speaker is named outside anyone's words (an actor even when
named nowhere else), and the words naming the speaker are no claim of their own."""

from __future__ import annotations

import pytest

from tests.briefing_queries import brief, quotes, said_by


@pytest.mark.parametrize(
    ("text", "language", "speaker", "before", "after"),
    [
        ("Dispute à Varel\n\n« Le pont est parfaitement sûr, a déclaré la maire Lena Ostrova, et il restera "
         "ouvert tout l'hiver. »\n", "fr", "lena ostrova", "Le pont est parfaitement sûr",
         "et il restera ouvert tout l'hiver"),
        ("Grève au port de Tallow\n\n« Nous ne reprendrons pas le travail, affirme le syndicaliste Tomas Breck. "
         "Pas avant la fin du mois. »\n", "fr", "tomas breck", "Nous ne reprendrons pas le travail",
         "Pas avant la fin du mois"),
        ("Dispute in Varel\n\n\"The bridge is perfectly safe, said Mayor Lena Ostrova, and it will stay open "
         "all winter.\"\n", "en", "lena ostrova", "The bridge is perfectly safe", "and it will stay open all winter"),
    ],
)
def test_a_named_incise_splits_the_quotation(text: str, language: str, speaker: str, before: str,
                                             after: str) -> None:
    b = brief(text, language)
    assert said_by(b, before) == {speaker}
    assert said_by(b, after) == {speaker}
    assert not any(speaker.split()[-1] in q.lower() for q in quotes(b))  # the incise is in no claim


def test_an_incise_that_goes_on_as_a_clause_does_not_split() -> None:
    # "…, a dit qu'elle …" is a verb with its own clause inside the quotation, no incise
    b = brief("Dispute à Varel\n\nLa maire Lena Ostrova a visité le chantier. « Je le répète, a dit qu'elle ne "
              "céderait pas, voilà tout. »\n", "fr")
    assert not any(q.startswith("Je le répète") and q.endswith("répète") for q in quotes(b))
