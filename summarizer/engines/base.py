"""The one method every engine has."""

from __future__ import annotations

from typing import Protocol

from ..article import Article
from ..schema import Briefing


class Engine(Protocol):
    """Something that writes a grounded briefing of an article."""

    name: str

    def summarize(self, article: Article) -> Briefing: ...
