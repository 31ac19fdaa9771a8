"""``python -m summarizer`` is the ``summarize`` command."""

from .cli import run

run()
