"""The document's per-token arrays and text slices say what spaCy's tokens and spans say.

The stages read these instead of making spaCy ``Token`` and ``Span`` objects (speed); they
must agree with the objects on every token, hyphens, elisions and line breaks included.
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.document import Document
from summarizer.engines.offline.pipeline import load_pipeline
from summarizer.engines.offline.profile import fold

TEXTS = {
    "en": (
        'Harbour Board chair Ilse Marrow-Kent said on Friday that the pier "won\'t reopen" before May.\n\n'
        "The dockers' union (DWU) disagreed: its leader, Tomas Quell, called the delay a mistake."
    ),
    "fr": (
        "La présidente du port, Ilse Marrow-Kent, a déclaré vendredi que la jetée « ne rouvrira pas » "
        "avant mai.\n\nLe syndicat des dockers (SDK) n'est pas d'accord : selon lui, c'est une erreur."
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_token_arrays_match_the_tokens(language: str) -> None:
    doc = load_pipeline(language)(TEXTS[language])
    text = Document.build(doc)
    assert text.words == tuple(t.text for t in doc)
    assert text.folded == tuple(fold(t.text) for t in doc)
    assert text.pos == tuple(t.pos_ for t in doc)
    assert text.starts == tuple(t.idx for t in doc)
    assert text.alpha == tuple(t.is_alpha for t in doc)
    assert [text.quoted_at(t.i) for t in doc] == [text.quoted(t) for t in doc]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_text_slices_match_the_spans(language: str) -> None:
    doc = load_pipeline(language)(TEXTS[language])
    text = Document.build(doc)
    assert [text.sent_text(s) for s in text.sents] == [s.text for s in text.sents]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            assert text.span_text(start, end) == doc[start:end].text
    for t in doc:
        assert text.token_from(t.idx) == t.i
        assert text.token_from(t.idx + 1) == t.i + 1


def _lemma_by_endings(word: str, lemma: str, inflections: tuple[tuple[str, str], ...], verbs: frozenset[str]) -> str:
    """The rule of ``LanguageProfile.lemma`` written as a search: the endings in order."""
    for ending, base in inflections:
        if word.endswith(ending) and len(word) > len(ending) + 1 and word[: -len(ending)] + base in verbs:
            return word[: -len(ending)] + base
    return lemma


def test_regular_inflections_found_once_give_the_lemmas_of_the_search() -> None:
    from types import SimpleNamespace

    from summarizer.engines.offline.profile import profile

    p = profile("en")
    words = {"kelped", "x", "is", "ed", "vorbles"}
    for verb in p.verb_lemmas:
        for ending in ("", "s", "es", "ies", "ied", "ed", "d", "ing", "e", "y"):
            words |= {verb + ending, verb[:-1] + ending}
    for word in sorted(words):
        tok = SimpleNamespace(text=word, lemma_="zz", pos_="VERB")
        assert p.lemma(tok) == _lemma_by_endings(word, "zz", p.inflections, p.verb_lemmas), word
