"""The attribute ruler's indexed matching gives spaCy's matches, in spaCy's order."""

from __future__ import annotations

import pytest

from summarizer.engines.offline.attributes import IndexedMatches, index_attribute_ruler
from summarizer.engines.offline.pipeline import load_pipeline

TEXTS = {
    "en": ("I ain't gonna say it twice, y'all: they've been told. Let's see whether she'd agree; "
           "nothing's certain.\n\nThere were two of them, and it is what it is. Somethin' ol' 'em "
           "did, goin' and doin' things, 'nuff said. Anybody can come, c'mon!  \n  Got ta go."),
    "fr": ("Le maire a déclaré : « Nous ne céderons pas. »\n\n  Les habitants, eux, s'y opposent "
           "depuis des mois ; c'est-à-dire qu'ils refusent tout.\n  \n"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_indexed_matches_are_spacys(language: str) -> None:
    nlp = load_pipeline(language)
    ruler = nlp.get_pipe("attribute_ruler")
    doc = nlp(TEXTS[language])
    spacy_matches = type(ruler).match(ruler, doc)  # the class's own method, not the index
    assert spacy_matches, "the composed text should match some patterns"
    assert IndexedMatches(ruler)(doc) == spacy_matches


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_pipeline_uses_the_index(language: str) -> None:
    ruler = load_pipeline(language).get_pipe("attribute_ruler")
    assert isinstance(ruler.match, IndexedMatches)


def test_a_pattern_it_cannot_read_leaves_the_ruler_alone() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert index_attribute_ruler(nlp) is False
    assert not isinstance(ruler.match, IndexedMatches)
