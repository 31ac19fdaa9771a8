"""Rules found on the fresh French cases (evals/fresh), each stated in general grammatical terms
and tested on sentences composed for the test (new names, new situations;
tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import run, speakers_and_quotes

from summarizer.engines.offline import OfflineEngine


def _said(engine: OfflineEngine, text: str, language: str, words: str) -> list[str]:
    """The folded speakers of the claims whose evidence holds ``words``."""
    return [s for s, q in speakers_and_quotes(run(engine, text, language)) if words in q]


# A French subject clitic stands before its verb with only the negation, object and reflexive
# clitics and the auxiliaries between them ("il ne lui reproche pas", "elle s'en est prise à"):
# it is the verb's subject whatever label the parser gave it.
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Le député Karim Benali critique le ministre Louis Garnier. Au fond, il lui reproche de ne "
         "jamais venir dans la circonscription.", "venir dans la circonscription", "karim benali"),
    ],
)
def test_fr_subject_clitic_before_object_clitics_speaks(engine: OfflineEngine, text: str, words: str,
                                                        speaker: str) -> None:
    assert speaker in _said(engine, text, "fr", words), speakers_and_quotes(run(engine, text, "fr"))
