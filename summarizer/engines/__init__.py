"""Engines turn an :class:`~summarizer.article.Article` into a :class:`~summarizer.schema.Briefing`.

- ``llm``: any OpenAI-compatible server through instructor (``engines/llm.py``).
- ``offline``: deterministic linguistic extraction with spaCy (``engines/offline.py``).

Engines never import each other; :mod:`summarizer.api` picks one.
"""
