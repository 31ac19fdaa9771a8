"""summarizer: grounded, structured briefings of news articles.

>>> import summarizer
>>> briefing = summarizer.summarize(text)          # doctest: +SKIP
>>> [a.name for a in briefing.actors]              # doctest: +SKIP
"""

from .api import get_engine, summarize, summarize_file
from .errors import SummarizerError
from .schema import Briefing

__version__ = "0.1.0"
__all__ = ["Briefing", "SummarizerError", "__version__", "get_engine", "summarize", "summarize_file"]
