"""Evaluation: scoring briefings against gold, running eval sets, cassettes.

- :mod:`.gold`: eval cases (``<case-id>/article.txt`` + ``gold.json``), loaded and checked.
- :mod:`.folding`: the scoring normalisation (case, accents, ’, whitespace).
- :mod:`.score`: the scoring rules of the eval format (README, section Eval); gold written as a prediction.
- :mod:`.runner`: every case through an engine, scored, micro-averaged; table and report.
- :mod:`.cassettes`: an httpx transport recording and replaying the openai client's exchanges.
- :mod:`.cli`: ``summarize eval``.
"""
