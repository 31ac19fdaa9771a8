"""summarizer: grounded, structured briefings of news articles.

>>> import summarizer
>>> briefing = summarizer.summarize(text)          # doctest: +SKIP
>>> [a.name for a in briefing.actors]              # doctest: +SKIP
"""

from .api import get_engine, summarize, summarize_file, summarize_many
from .batch import Outcome
from .errors import (
    BudgetExceededError,
    CassetteMissError,
    ConfigurationError,
    EmptyInputError,
    EngineError,
    GoldFormatError,
    InputDecodeError,
    InputError,
    InputNotFoundError,
    MissingDependencyError,
    ModelOutputError,
    OutputTruncatedError,
    ServerError,
    SummarizerError,
)
from .schema import Briefing
from .settings import Settings
from .version import __version__

__all__ = [
    "Briefing",
    "BudgetExceededError",
    "CassetteMissError",
    "ConfigurationError",
    "EmptyInputError",
    "EngineError",
    "GoldFormatError",
    "InputDecodeError",
    "InputError",
    "InputNotFoundError",
    "MissingDependencyError",
    "ModelOutputError",
    "Outcome",
    "OutputTruncatedError",
    "ServerError",
    "Settings",
    "SummarizerError",
    "__version__",
    "get_engine",
    "summarize",
    "summarize_file",
    "summarize_many",
]
