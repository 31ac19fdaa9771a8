"""The offline engine (spaCy + curated lexicons): ``OfflineEngine``.

Modules: ``pipeline`` loads spaCy once per process; ``lexicon`` reads the TOML word
lists of ``summarizer/data``; ``quotes`` pairs quotation marks; ``actors`` merges named
entities into actors; ``claims`` finds direct and reported speech; ``stances`` groups
positions and finds disagreements; ``summary`` picks the summary sentences; ``engine``
assembles the briefing.
"""

from .engine import OfflineEngine

__all__ = ["OfflineEngine"]
