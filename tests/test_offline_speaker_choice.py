"""Choosing the speaker of words already found: which actor a cue, a pronoun or a quoted
passage gives them to. Every article here is composed for the test, in French and English
(tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import Briefing


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


def run(engine: OfflineEngine, text: str, language: str) -> Briefing:
    return engine.summarize(parse(text, language=language))


# A semicolon closes a clause: a verb after it opens another clause, no incise of the quotation
# before it. When the verb next to a quotation names no speaker (an imperative, "rappelons
# que …"), the source frame opening the sentence ("Pour X, …", "For X, …") gives its speaker,
# not the last person quoted.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "2026-10-02 Pêche au thon\n\n« Nous avons compté deux fois moins de thons qu'il y a dix ans », a "
            "déclaré Carla Benedetti, présidente de l'association Mer Vivante. Pour l'association, le chalutage "
            "est « une menace pour une espèce déjà très fragile dans toute la région » ; rappelons que les "
            "quotas ont été relevés l'an dernier.\n",
            "une espèce déjà très fragile",
            "mer vivante",
        ),
        (
            "en",
            "2026-10-02 Farm levy\n\n\"We counted half as many young farmers as ten years ago,\" said Carla "
            "Benedetti, who chairs the Valley Growers Federation. For the federation, the new levy amounts to "
            "\"a tax on every small farm in the valley\"; recall that the levy was doubled last year.\n",
            "a tax on every small farm",
            "valley growers federation",
        ),
    ],
)
def test_semicolon_ends_the_incise_and_the_opening_frame_speaks(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}


# A plural pronoun subject takes up the named people coordinated in the sentence before when
# that sentence has no actor as its subject ("This is the third week of the sit-in of X and Y.
# They vowed …"): both speak.
@pytest.mark.parametrize(
    ("language", "text", "words", "speakers"),
    [
        (
            "en",
            "2026-09-14 Harbour sit-in\n\nThis is the third week of the sit-in of Ana Duarte and Piotr "
            "Lindqvist outside the port authority. They began the protest on a Monday and vowed to stay until "
            "the authority reopens the night shift.\n",
            "to stay until the authority reopens",
            {"ana duarte", "piotr lindqvist"},
        ),
        (
            "fr",
            "2026-09-14 Sit-in au port\n\nC'est la troisième semaine du sit-in de Marta Kowal et Tomas Reyes "
            "devant la capitainerie. Ils ont commencé le mouvement un lundi et ont promis de rester jusqu'à la "
            "réouverture de l'équipe de nuit.\n",
            "jusqu'à la réouverture",
            {"marta kowal", "tomas reyes"},
        ),
    ],
)
def test_they_takes_up_people_coordinated_outside_the_subject(
        engine: OfflineEngine, language: str, text: str, words: str, speakers: set[str]) -> None:
    assert said_by(run(engine, text, language), words) == speakers


def test_they_keeps_an_actor_subject(engine: OfflineEngine) -> None:
    # the subject of the sentence before is an actor: "they" is that group, not the people named
    # in its object
    text = ("2026-09-15 Harbour talks\n\nThe dockers met Ana Duarte and Piotr Lindqvist on Tuesday. They "
            "vowed to stay outside the port authority until the night shift reopens.\n")
    assert said_by(run(engine, text, "en"), "to stay outside the port authority") == {"dockers"}


# A paragraph quoted after a colon ("X writes:") whose first sentence reports someone else's
# words through its main verb or an opening frame ("A statement by Y says that …") gives Y's
# words: X only passes them on. A quoted paragraph that reports no one stays X's.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-08-03 Holiday moved\n\nThe daily Morning Ledger wrote:\n\nA statement from the Ministry of "
            "Labour says that the holiday will move to Friday so that families can travel.\n",
            "the holiday will move to Friday",
            "ministry of labour",
        ),
        (
            "fr",
            "2026-08-03 Jour férié\n\nLe quotidien La Gazette du Nord écrit :\n\nUn communiqué du ministère du "
            "Travail indique que le jour férié sera déplacé au vendredi pour permettre aux familles de "
            "voyager.\n",
            "le jour férié sera déplacé",
            "ministere du travail",
        ),
        (
            "fr",
            "2026-08-04 Jour férié\n\nLe quotidien La Gazette du Nord écrit :\n\nLe jour férié sera déplacé au "
            "vendredi, et les familles pourront enfin voyager sans courir.\n",
            "jour férié sera déplacé",
            "la gazette du nord",
        ),
    ],
)
def test_quoted_passage_reporting_someone_else(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}


# A bare quantifier as the subject ("…, and some accused …", "…, et certains ont accusé …")
# quantifies the group just named, its noun left out: that group speaks, not a group called
# "some".
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-07-21 Bridge closure\n\nOn Friday, residents of the eastern district protested outside city "
            "hall, and some accused the mayor of ignoring the cracks in the old bridge for years.\n",
            "ignoring the cracks",
            "residents",
        ),
        (
            "fr",
            "2026-07-21 Fermeture du pont\n\nVendredi, des habitants du quartier est ont manifesté devant la "
            "mairie, et certains ont accusé le maire d'avoir ignoré pendant des années les fissures du vieux "
            "pont.\n",
            "les fissures du vieux pont",
            "habitants",
        ),
    ],
)
def test_bare_quantifier_is_part_of_the_group_named(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    found = said_by(run(engine, text, language), words)
    assert len(found) == 1
    assert speaker in next(iter(found)).split()


# A repost ("@a: RT @b: …") passes on @b's words: the relayed account speaks, its marks left
# out of the words.
@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "2026-06-02 Night buses\n\nSome commuters shared the news on Twitter:\n\n@lenamarsh: RT @ferrytimes: "
            "The night buses to the harbour will run again from Monday after two months of works\n",
            "night buses to the harbour",
        ),
        (
            "fr",
            "2026-06-02 Bus de nuit\n\nDes usagers ont relayé la nouvelle sur Twitter :\n\n@lenamarsh : RT "
            "@ferrytimes : Les bus de nuit vers le port circuleront de nouveau dès lundi après deux mois de "
            "travaux\n",
            "bus de nuit vers le port",
        ),
    ],
)
def test_repost_gives_the_relayed_account(engine: OfflineEngine, language: str, text: str, words: str) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {"@ferrytimes"}
    assert not any("RT" in e.quote for c in b.claims for e in c.evidence)


# The one spoken to is never the speaker: a verb of saying the parser hung on the audience of a
# verb of speaking ("X speaking to the Y forum called …") is the speaking verb's subject's.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-05-11 Fishing rights\n\nOn Monday, Norwegian fisheries minister Ingrid Solberg speaking to the "
            "Harbour Trade Forum think tank called the new quota deal \"unfair and unworkable\".\n",
            "unfair and unworkable",
            "ingrid solberg",
        ),
        (
            "fr",
            "2026-05-11 Droits de pêche\n\nLundi, la ministre norvégienne Ingrid Solberg parlant devant les élus "
            "du Conseil du Nord a jugé le nouvel accord sur les quotas « injuste et inapplicable ».\n",
            "injuste et inapplicable",
            "ingrid solberg",
        ),
    ],
)
def test_the_audience_does_not_speak(
        engine: OfflineEngine, language: str, text: str, words: str, speaker: str) -> None:
    assert said_by(run(engine, text, language), words) == {speaker}
