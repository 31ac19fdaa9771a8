"""Who is an actor by the role a name plays in its sentence: a state is one when it does
something (the subject of a verb of action, the agent of a passive, the one accused or
attacked), not when it is only what a sentence is about (the subject of a copula or a verb of
state or possession, the one a passive event befalls, a state named in someone's words).
Each rule is checked in French and in English on sentences composed for the test
(tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing


def actor_names(b: Briefing) -> set[str]:
    return {fold(n) for a in b.actors for n in (a.name, *a.aliases)}


# ------------------------------------------------------------------ states that do nothing
@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        # the subject of a verb of state or possession
        (
            "en",
            "Norway has three deep ports on its western coast. The harbour master, Lene Dahlberg, "
            "said that cargo traffic rose by a tenth last winter.",
            "norway",
        ),
        (
            "fr",
            "La Norvège possède trois ports profonds sur sa côte ouest. La capitaine du port, Lene "
            "Dahlberg, a déclaré que le trafic de marchandises avait augmenté d'un dixième l'hiver dernier.",
            "norvege",
        ),
        # the subject of a copula
        (
            "en",
            "Bolivia is the largest producer of quinoa in the region. The grower Anselmo Quispe "
            "said that prices had doubled since the frost.",
            "bolivia",
        ),
        (
            "fr",
            "La Bolivie est le premier producteur de quinoa de la région. Le cultivateur Anselmo "
            "Quispe a affirmé que les prix avaient doublé depuis le gel.",
            "bolivie",
        ),
        # the subject of a passive: the event befalls it
        (
            "en",
            "Chile was struck by a strong earthquake on Monday night. The rescue chief Tomas Vidal "
            "said that forty miners were still missing.",
            "chile",
        ),
        (
            "fr",
            "Le Chili a été frappé lundi soir par un violent séisme. Le chef des secours, Tomas "
            "Vidal, a déclaré que quarante mineurs étaient toujours portés disparus.",
            "chili",
        ),
        # a state acting only in the content of someone's statement
        (
            "en",
            "The economist Marta Ruizabal said on Friday that Peru would raise its copper tax next year.",
            "peru",
        ),
        (
            "fr",
            "L'économiste Marta Ruizabal a déclaré vendredi que le Pérou relèverait sa taxe sur le "
            "cuivre l'an prochain.",
            "perou",
        ),
        # a state acting only inside a quotation
        (
            "en",
            'The economist Marta Ruizabal was blunt. "Peru will raise its copper tax next year and '
            'nobody can stop it," she told a conference in Lima.',
            "peru",
        ),
        (
            "fr",
            "L'économiste Marta Ruizabal a été directe. « Le Pérou relèvera sa taxe sur le cuivre "
            "l'an prochain et personne ne l'en empêchera », a-t-elle lancé lors d'une conférence à Lima.",
            "perou",
        ),
    ],
)
def test_a_state_that_only_is_or_undergoes_something_is_no_actor(
    engine: OfflineEngine, language: str, text: str, state: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert state not in actor_names(b), [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ states that act
@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        # the subject of a verb of action
        (
            "en",
            "Uruguay signed a fishing agreement with its northern neighbour on Monday. The deal "
            "covers sardine quotas until 2030.",
            "uruguay",
        ),
        (
            "fr",
            "L'Uruguay a signé lundi un accord de pêche avec son voisin du nord. L'accord fixe les "
            "quotas de sardines jusqu'en 2030.",
            "uruguay",
        ),
        # the agent of a passive
        (
            "en",
            "The old harbour bridge was rebuilt by Denmark after the storm. It reopened to traffic in May.",
            "denmark",
        ),
        (
            "fr",
            "Le vieux pont du port a été reconstruit par le Danemark après la tempête. Il a rouvert "
            "à la circulation en mai.",
            "danemark",
        ),
        # the one a passive verb of accusation targets
        (
            "en",
            "Chile was accused of dumping cheap copper on the world market. Its mining board did not comment.",
            "chile",
        ),
        (
            "fr",
            "Le Chili a été accusé de brader son cuivre sur le marché mondial. Son office minier n'a pas commenté.",
            "chili",
        ),
    ],
)
def test_a_state_that_does_something_is_an_actor(engine: OfflineEngine, language: str, text: str, state: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert state in actor_names(b), [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ a title before a name
@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Protesters in the capital questioned President Oduya on Friday. The floods show the failure "
            "of Oduya's drainage policy, a councillor wrote.",
            "oduya",
        ),
        ("en", "Unions questioned Governor Kalemba about the strike. Kalemba's office said nothing.", "kalemba"),
        (
            "fr",
            "Les syndicats ont interpellé le président Duvantel vendredi. Les députés de Duvantel ont "
            "quitté la séance.",
            "duvantel",
        ),
    ],
)
def test_a_name_a_title_precedes_is_a_person_whatever_the_tagger_says_elsewhere(
    engine: OfflineEngine, language: str, text: str, name: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert [a.kind for a in b.actors if fold(a.name) == name] == ["person"], [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ agents of nouns, enumerations
@pytest.mark.parametrize(
    ("language", "text", "states"),
    [
        # the complement of "by"/"par" on a noun of an act is its agent
        (
            "en",
            "The blockade of the river port by Venezuela angered traders on Monday. Prices of flour doubled "
            "within a week.",
            {"venezuela"},
        ),
        (
            "fr",
            "Le blocus du port fluvial par le Venezuela a irrité les commerçants lundi. Le prix de la farine a "
            "doublé en une semaine.",
            {"venezuela"},
        ),
        # the members of an enumeration set beside a subject are that subject
        (
            "en",
            "Several neighbouring countries – Peru, Bolivia, Ecuador – signed a water treaty on Monday. The "
            "treaty shares the lake until 2040.",
            {"peru", "bolivia", "ecuador"},
        ),
        (
            "fr",
            "Plusieurs pays voisins – Pérou, Bolivie, Équateur – ont signé lundi un traité sur l'eau. Le traité "
            "partage le lac jusqu'en 2040.",
            {"perou", "bolivie", "equateur"},
        ),
    ],
)
def test_an_agent_by_preposition_or_enumeration_is_an_actor(
    engine: OfflineEngine, language: str, text: str, states: set[str]
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert states <= actor_names(b), [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ a speaker's affiliation
@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "en",
            'The harbour bill passed on Tuesday. "This law hurts small fishermen," said Tomas Brenner (NDPV) '
            "after the vote.",
            "ndpv",
        ),
        (
            "en",
            "The harbour bill passed on Tuesday. Martha Collins, of Maritex, said that the new cranes were unsafe.",
            "maritex",
        ),
        (
            "fr",
            "Le projet de loi sur le port a été adopté mardi. « Cette loi étrangle les petits pêcheurs », a "
            "déclaré Paul Renaud (PCF) après le vote.",
            "pcf",
        ),
        (
            "fr",
            "Le projet de loi sur le port a été adopté mardi. Myriam Leroux, de la CFDT, a estimé que les "
            "nouvelles grues étaient dangereuses.",
            "cfdt",
        ),
    ],
)
def test_the_body_a_speaker_is_named_as_a_member_of_is_an_actor(
    engine: OfflineEngine, language: str, text: str, body: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert body in actor_names(b), [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ a capital for its government
@pytest.mark.parametrize(
    ("language", "text", "state", "acts"),
    [
        (
            "en",
            "The fishing dispute flared again on Monday. Lisbon recalled its ambassador over the seizure of "
            "two trawlers.",
            "portugal",
            True,
        ),
        (
            "fr",
            "Le conflit sur la pêche a repris lundi. Lisbonne a rappelé son ambassadeur après la saisie de deux "
            "chalutiers.",
            "portugal",
            True,
        ),
        ("en", "The fishing summit opened in Lisbon on Monday with forty delegations.", "portugal", False),
        ("fr", "Le sommet sur la pêche s'est ouvert lundi à Lisbonne avec quarante délégations.", "portugal", False),
    ],
)
def test_a_capital_that_acts_is_its_state_and_a_capital_where_things_happen_is_a_place(
    engine: OfflineEngine, language: str, text: str, state: str, acts: bool
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert (state in actor_names(b)) is acts, [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ where things happen, where people belong
@pytest.mark.parametrize(
    ("language", "text", "bodies"),
    [
        # the complement of a preposition on a noun of people is where they belong, not a place
        (
            "en",
            "Researchers from the Valdor Fisheries Institute and Brennmoor University counted the herring "
            "shoals in May. The shoals had shrunk by half.",
            {"valdor fisheries institute", "brennmoor university"},
        ),
        (
            "fr",
            "Des chercheurs à l'Institut valdorien des pêches ont compté les bancs de harengs en mai. Les bancs "
            "avaient diminué de moitié.",
            {"institut valdorien des peches"},
        ),
        # every name of an enumeration after a preposition of place is a place
        (
            "en",
            "The herring festival opened on Sunday with concerts in the Valdor Fisheries Institute and the "
            "Brenn Maritime Agency.",
            set(),
        ),
        (
            "fr",
            "Le festival du hareng s'est ouvert dimanche avec des concerts dans l'Institut valdorien des pêches "
            "et l'Agence maritime de Brenn.",
            set(),
        ),
    ],
)
def test_a_body_is_a_place_only_where_things_happen(
    engine: OfflineEngine, language: str, text: str, bodies: set[str]
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert {fold(a.name) for a in b.actors if a.kind == "organization"} == bodies, [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ lawyers speak for their client
@pytest.mark.parametrize(
    ("language", "text", "words", "client"),
    [
        (
            "en",
            "The port authority fined Maritex in June. Lawyers for Maritex said that the fine was unlawful.",
            "the fine was unlawful",
            "maritex",
        ),
        (
            "fr",
            "L'autorité portuaire a infligé une amende à la société Navalor en juin. Les avocats de la société "
            "Navalor ont affirmé que l'amende était illégale.",
            "amende était illégale",
            "navalor",
        ),
    ],
)
def test_lawyers_for_a_body_speak_for_it(
    engine: OfflineEngine, language: str, text: str, words: str, client: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {client}, [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ bodies, as states
@pytest.mark.parametrize(
    ("language", "text", "body", "kept"),
    [
        # named often, but only as what is done to it or what it is: no actor
        (
            "en",
            "Seaways Ltd was founded in 1990 by two brothers. Seaways Ltd was audited by the port authority in "
            "May. Seaways Ltd is the largest ferry operator on the coast.",
            "seaways ltd",
            False,
        ),
        (
            "fr",
            "Navalor SA a été fondée en 1990 par deux frères. Navalor SA a été contrôlée par l'autorité portuaire "
            "en mai. Navalor SA est le premier armateur de la côte.",
            "navalor sa",
            False,
        ),
        # the same body doing something
        (
            "fr",
            "Navalor SA a été fondée en 1990 par deux frères. Navalor SA a été contrôlée par l'autorité portuaire "
            "en mai. Navalor SA a agrandi sa flotte en juin.",
            "navalor sa",
            True,
        ),
    ],
)
def test_a_body_named_often_is_an_actor_only_when_it_does_something(
    engine: OfflineEngine, language: str, text: str, body: str, kept: bool
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert (body in actor_names(b)) is kept, [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ the partner of a joint act
@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("en", "Chile signed a fishing treaty with Peru on Monday. The treaty sets sardine quotas.", "peru"),
        (
            "en",
            "The miners' union reached an agreement with the government of Bolivia after a long strike. The "
            "mines reopen next week.",
            "bolivia",
        ),
        (
            "fr",
            "Le Chili a signé lundi un traité de pêche avec le Pérou. Le traité fixe des quotas de sardines.",
            "perou",
        ),
        (
            "fr",
            "Le syndicat des mineurs a conclu un accord avec le gouvernement de la Bolivie après une longue grève. "
            "Les mines rouvrent la semaine prochaine.",
            "bolivie",
        ),
    ],
)
def test_the_partner_of_a_joint_act_is_an_actor(engine: OfflineEngine, language: str, text: str, state: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert state in actor_names(b), [(a.name, a.kind) for a in b.actors]


# ------------------------------------------------------------------ a clause beside a statement
@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("en", "The fishermen warned of a blockade, and Chile closed the port to foreign trawlers.", "chile"),
        ("en", "The mayor complained about the noise and Chile closed the port to foreign trawlers.", "chile"),
        ("fr", "Le maire a dénoncé le bruit, et le Chili a fermé le port aux chalutiers étrangers.", "chili"),
    ],
)
def test_a_clause_coordinated_with_a_statement_is_no_part_of_it(
    engine: OfflineEngine, language: str, text: str, state: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert state in actor_names(b), [(a.name, a.kind) for a in b.actors]
