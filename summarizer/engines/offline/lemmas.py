"""The English rule lemmatizer's lemmas, remembered by what decides them.

spaCy's rule lemmatizer (``mode = "rule"``) makes every token of a text, reads its form, part of
speech and morphology, and looks its lemma up in a cache keyed by those three — a cache it fills
only for the words its rules lemmatize (not for base forms and proper nouns, worked out again at
each token). What it gives a token depends on nothing else (``Lemmatizer.rule_lemmatize``, and
``EnglishLemmatizer.is_base_form``, which reads the part of speech and the morphology), so
:class:`RememberedLemmas` asks it once per distinct (form, part of speech, morphology) and writes
the lemmas of a text in one array. The lemmas are the same; a token whose lemma is set already
(by the attribute ruler) keeps it, as the lemmatizer leaves it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .attributes import REMEMBERED_MAX


class RememberedLemmas:
    """A lemmatizer's ``pipe``: its lemmas, asked of it once per distinct form, part of speech and
    morphology."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, docs: Iterable[Any], batch_size: int = 0) -> Iterator[Any]:
        for doc in docs:
            yield self.apply(doc)

    def apply(self, doc: Any) -> Any:
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if len(doc) == 0:
            return doc
        known, strings = self.known, doc.vocab.strings
        if len(known) > REMEMBERED_MAX:
            known.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [row[3] for row in rows]
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1))
        return doc


def remember_lemmas(nlp: Any) -> bool:
    """Give the pipeline's English rule lemmatizer remembered lemmas (its ``pipe``); False (the
    lemmatizer unchanged) for any other lemmatizer, whose lemmas may read more of a token."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    if lemmatizer.__class__ is not EnglishLemmatizer or lemmatizer.mode != "rule" or lemmatizer.overwrite:
        return False
    if not lemmatizer._validated:
        lemmatizer._validate_tables()
    target: Any = lemmatizer  # an attribute of the instance, as the ruler's ``match`` (:mod:`.attributes`)
    target.pipe = RememberedLemmas(lemmatizer)
    return True
