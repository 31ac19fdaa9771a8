"""The attribute ruler's indexed matching gives spaCy's matches, in spaCy's order, and sets what
spaCy's ``set_annotations`` sets; the English lemmatizer's remembered lemmas are its own."""

from __future__ import annotations

import pytest

from summarizer.engines.offline.attributes import Annotations, IndexedMatches, index_attribute_ruler
from summarizer.engines.offline.lemmas import RememberedLemmas
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


SECOND = {
    "en": ("They'd said nothin' to y'all about it. The ministers were told that it had been decided. "
           "She saw the rusty saw; he leaves when the leaves fall."),  # one form, two lemmas
    "fr": "Les ministres ont été informés ; « rien n'est décidé », a-t-elle dit.",
}


def _before(nlp, text: str, component: str):  # type: ignore[no-untyped-def]
    """``text`` analysed by the pipeline's components before ``component``."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == component:
            return doc
        doc = proc(doc)
    raise AssertionError(f"no {component}")


def _columns(doc):  # type: ignore[no-untyped-def]
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in doc]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_remembered_matches_are_spacys_on_the_next_texts(language: str) -> None:
    # the one-token patterns are decided once per distinct tag, word, label…: the texts after the
    # first meet values already seen, and must match as spaCy's matcher does
    nlp = load_pipeline(language)
    ruler = nlp.get_pipe("attribute_ruler")
    matches = IndexedMatches(ruler)
    for text in (TEXTS[language], SECOND[language], TEXTS[language]):
        doc = _before(nlp, text, "attribute_ruler")
        assert matches(doc) == type(ruler).match(ruler, doc)
    assert matches._known, "the values seen should be remembered"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_annotations_set_what_spacy_sets(language: str) -> None:
    nlp = load_pipeline(language)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.set_annotations, Annotations)
    for text in (TEXTS[language], SECOND[language]):
        ours, theirs = (_before(nlp, text, "attribute_ruler") for _ in range(2))
        found = ruler.match(ours)
        assert found
        ruler.set_annotations(ours, found)
        type(ruler).set_annotations(ruler, theirs, found)  # spaCy's own
        assert _columns(ours) == _columns(theirs)


def test_remembered_lemmas_are_the_lemmatizers() -> None:
    nlp = load_pipeline("en")
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.pipe, RememberedLemmas)
    remembered = RememberedLemmas(lemmatizer)
    for text in (TEXTS["en"], SECOND["en"], TEXTS["en"]):
        ours, theirs = (_before(nlp, text, "lemmatizer") for _ in range(2))
        ours = next(remembered([ours]))
        theirs = type(lemmatizer).__call__(lemmatizer, theirs)  # spaCy's own, token by token
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert any(t.lemma_ != t.lower_ for t in ours)  # the text has words whose lemma differs
    assert remembered.known


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
