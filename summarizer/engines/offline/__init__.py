"""The offline engine (spaCy + language profiles): ``OfflineEngine``.

Stages (each a module, each output immutable): ``cues`` (reporting verbs and frames,
speaker slots, content) → ``mentions`` (names, countries, nominal speakers) → ``actors``
(mentions grouped, aliases, gender) → ``claims`` (attribution, pronouns, quotations,
continuation, block quotes) → ``positions`` (topics) → ``disagreements`` → ``summary``.
Language knowledge is data: ``profile`` reads ``summarizer/data/lang/<xx>.toml``; ``names``
reads first names (Faker), countries (pycountry) and ``summarizer/data/gazetteer.toml``.
``document`` indexes the parse; ``pipeline`` loads spaCy once per process (French through
``french``, without ``spacy.lang.fr``'s pattern compile); ``engine`` assembles the briefing.
"""

from .engine import OfflineEngine

__all__ = ["OfflineEngine"]
