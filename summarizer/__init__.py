"""summarizer: grounded, structured briefings of news articles.

>>> import summarizer
>>> briefing = summarizer.summarize(text)          # doctest: +SKIP
>>> [a.name for a in briefing.actors]              # doctest: +SKIP
"""

from .api import get_engine, summarize, summarize_file, summarize_many
from .errors import SummarizerError
from .schema import Briefing
from .version import __version__

__all__ = [
    "Briefing",
    "SummarizerError",
    "__version__",
    "get_engine",
    "summarize",
    "summarize_file",
    "summarize_many",
]
