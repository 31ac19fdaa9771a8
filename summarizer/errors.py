"""Typed errors of summarizer.

Every error a user can cause or meet is a :class:`SummarizerError`; the CLI prints it as one
line (``summarize: <file>: <message>``) and exits non-zero. Anything else escaping is a bug.

The tree::

    SummarizerError
    ├── InputError                  the article cannot be used (exit 1 for that file)
    │   ├── InputNotFoundError      no such file, or a directory, or unreadable
    │   ├── InputDecodeError        not text we decode (binary, Latin-1, UTF-16 without a BOM, ...)
    │   ├── EmptyInputError         empty or whitespace only
    │   └── GoldFormatError         an eval case (article.txt + gold.json) breaks the format
    ├── ConfigurationError          the engine cannot be set up (exit 2)
    │   └── MissingDependencyError  an optional package (spaCy pipeline, ...) is absent
    └── EngineError                 the engine ran and failed on this article (exit 1)
        ├── ServerError             the model server failed (connection, HTTP status, timeout)
        ├── ModelOutputError        the model kept answering invalid or ungrounded output;
        │   │                       carries ``attempts``, ``usage`` and ``last_response``
        │   ├── OutputTruncatedError the answer was cut at the output budget (never re-asked)
        │   └── BudgetExceededError another re-ask would pass --max-tokens-per-article
        └── CassetteMissError       eval replay: no recorded exchange for this request;
                                    names the case and the prompt hash
"""

from __future__ import annotations

from typing import Any


class SummarizerError(Exception):
    """Base of every error summarizer raises on purpose."""

    exit_code: int = 1

    def one_line(self) -> str:
        """The message on a single line, as the CLI prints it."""
        return " ".join(str(self).split()) or type(self).__name__


class InputError(SummarizerError):
    """The input article cannot be used."""


class InputNotFoundError(InputError):
    """The path does not exist, is a directory, or cannot be read."""


class InputDecodeError(InputError):
    """The file is not UTF-8 text (nor UTF-16/UTF-32 with a BOM)."""


class EmptyInputError(InputError):
    """The article is empty or holds only whitespace."""


class GoldFormatError(InputError):
    """An eval case folder breaks the gold format of ``evals/ANNOTATING.md``.

    ``problems`` lists every problem found, one line each.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems) if problems is not None else [message]


class ConfigurationError(SummarizerError):
    """The requested engine cannot be set up (missing key, bad option, ...)."""

    exit_code = 2


class MissingDependencyError(ConfigurationError):
    """An optional dependency is not installed; the message names the package."""


class EngineError(SummarizerError):
    """The engine ran and failed on this article."""


class ServerError(EngineError):
    """The model server could not be reached or answered with an error status."""


class ModelOutputError(EngineError):
    """The model's answers stayed invalid after every allowed attempt."""

    def __init__(
        self,
        message: str,
        *,
        attempts: int,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        last_response: Any = None,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
        self.last_response = last_response


class CassetteMissError(EngineError):
    """Replaying an eval: the cassette holds no recording of this request.

    Carries ``case`` (the eval case id) and ``prompt_sha256`` (the prompt version that made
    the request), both named in the message.
    """

    def __init__(self, message: str, *, case: str, prompt_sha256: str) -> None:
        super().__init__(message)
        self.case = case
        self.prompt_sha256 = prompt_sha256


class BudgetExceededError(ModelOutputError):
    """Re-asking would take the article past its token budget; stopped instead."""


class OutputTruncatedError(ModelOutputError):
    """The answer stopped at the output budget (``max_tokens``); the message names the setting."""
