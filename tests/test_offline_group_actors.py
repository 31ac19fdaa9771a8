"""Unnamed groups as actors: a plural or collective noun phrase of people (a group noun of the
profile) that is the definite subject of a verb of saying or of an act is an actor (a collective
noun of people, singular, speaks as a body), named as
the text names it, without its determiner. A group only mentioned as an object is none.
Sentences composed for the test, in French and in English (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold


def names(engine: OfflineEngine, language: str, text: str) -> set[str]:
    b = engine.summarize(parse(text, language=language))
    return {fold(n) for a in b.actors for n in (a.name, *a.aliases)}


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        (
            "en",
            "Governor Ilse Varga reopened the coastal road near Brenmouth on Sunday. The jihadists "
            "withdrew from two villages overnight and mined the northern bridge.",
            "jihadists",
        ),
        (
            "fr",
            "La gouverneure Ilse Varga a rouvert dimanche la route côtière près de Brenmouth. Les "
            "djihadistes ont miné le pont nord pendant la nuit.",
            "djihadistes",
        ),
        (
            "en",
            "Governor Ilse Varga reopened the coastal road near Brenmouth on Sunday. The rural elite, "
            "for its part, denounced the plan as ruinous.",
            "rural elite",
        ),
        (
            "fr",
            "La gouverneure Ilse Varga a rouvert dimanche la route côtière près de Brenmouth. Pour sa "
            "part, l'élite rurale a dénoncé un projet ruineux.",
            "elite rurale",
        ),
        (
            "en",
            "Governor Ilse Varga reopened the coastal road near Brenmouth on Sunday. The attendees "
            "signed a petition against the new toll.",
            "attendees",
        ),
        (
            "fr",
            "La gouverneure Ilse Varga a rouvert dimanche la route côtière près de Brenmouth. Les "
            "participants ont signé une pétition contre le nouveau péage.",
            "participants",
        ),
    ],
)
def test_definite_group_subject_of_an_act_is_an_actor(
    engine: OfflineEngine, language: str, text: str, group: str
) -> None:
    assert group in names(engine, language, text)


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        (
            "en",
            "Governor Ilse Varga said on Sunday that her police had arrested the smugglers near Brenmouth.",
            "smugglers",
        ),
        (
            "fr",
            "La gouverneure Ilse Varga a déclaré dimanche que sa police avait arrêté les passeurs près de Brenmouth.",
            "passeurs",
        ),
    ],
)
def test_group_only_as_object_is_no_actor(engine: OfflineEngine, language: str, text: str, group: str) -> None:
    assert group not in names(engine, language, text)


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        (
            "en",
            "Governor Ilse Varga reopened the coastal road near Brenmouth on Sunday. The fence was "
            "destroyed by the protesters.",
            "protesters",
        ),
        (
            "fr",
            "La gouverneure Ilse Varga a rouvert dimanche la route côtière près de Brenmouth. La "
            "barrière a été détruite par les manifestants.",
            "manifestants",
        ),
        (
            "en",
            "Governor Ilse Varga reopened the coastal road near Brenmouth on Sunday. The cruelty "
            "displayed by the smugglers shocked the town.",
            "smugglers",
        ),
        (
            "fr",
            "La gouverneure Ilse Varga a rouvert dimanche la route côtière près de Brenmouth. Deux "
            "ponts ont été minés par les passeurs.",
            "passeurs",
        ),
    ],
)
def test_definite_group_agent_of_a_passive_is_an_actor(
    engine: OfflineEngine, language: str, text: str, group: str
) -> None:
    """The agent of a passive does the act as a subject would."""
    assert group in names(engine, language, text)


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        (
            "en",
            "Governor Ilse Varga reopened the coastal road near Brenmouth on Sunday. The smugglers "
            "were arrested by the local police.",
            "smugglers",
        ),
        (
            "fr",
            "La gouverneure Ilse Varga a rouvert dimanche la route côtière près de Brenmouth. Les "
            "passeurs ont été arrêtés par la police locale.",
            "passeurs",
        ),
    ],
)
def test_group_a_passive_befalls_is_no_actor(engine: OfflineEngine, language: str, text: str, group: str) -> None:
    assert group not in names(engine, language, text)
