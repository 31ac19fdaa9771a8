"""Disagreements on short news items composed for the purpose (invented names and places, none taken
from an eval article), in English and French: the ordinary shapes of disagreement in news, and
pairs that are no disagreement."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


def _pairs(engine: OfflineEngine, language: str, text: str) -> set[frozenset[str]]:
    """Each disagreement as the pair of the first actor's names of its two sides."""
    b = engine.summarize(parse(text, language=language))
    names = {a.id: a.name for a in b.actors}
    out = set()
    for d in b.disagreements:
        for x in d.sides[0].actors:
            for y in d.sides[1].actors:
                out.add(frozenset({names.get(x, x), names.get(y, y)}))
    return out


def _opposed(pairs: set[frozenset[str]], a: str, b: str) -> bool:
    return any(any(a in n for n in p) and any(b in n for n in p) for p in pairs)


# ------------------------------------------------------------------ opposite judgements on one thing
@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        # a pronoun takes up the thing the last clause before it made its subject
        (
            "en",
            "2026-03-02 Tolls\nRoads Minister Greta Ulm said on Friday the toll was vital to repair the "
            "bridges of Dunmere. The drivers' federation says it is unfair.",
            "Greta Ulm",
            "federation",
        ),
        (
            "fr",
            "2026-03-02 Péage\nLe ministre des Routes, Hugo Vernet, a affirmé vendredi que le péage était "
            "indispensable pour réparer les ponts de Dunmère. La fédération des routiers estime qu'il est "
            "injuste.",
            "Hugo Vernet",
            "routiers",
        ),
        # the thing that harms against the thing that helps
        (
            "en",
            "2026-03-02 Canal\nThe Ostra Boatmen's Guild said the canal fee would ruin small carriers. "
            "Port Director Hal Simms said the canal fee will protect the locks.",
            "Guild",
            "Hal Simms",
        ),
        (
            "fr",
            "2026-03-02 Canal\nSelon l'association Bateliers d'Ostra, la taxe du canal va ruiner les petits "
            "transporteurs. Le directeur du port, Hal Simms, assure que la taxe protégera les écluses.",
            "Bateliers",
            "Hal Simms",
        ),
        # a definite noun of an act taken up from the act named before ("the plan … the measure")
        (
            "en",
            "2026-03-02 Grazing\nThe Tarn Valley Shepherds' Union on Monday condemned the new grazing plan. "
            "Farm Minister Ada Price defended the measure, saying it was needed to save the meadows.",
            "Shepherds",
            "Ada Price",
        ),
    ],
)
def test_opposite_judgements_on_one_thing(engine: OfflineEngine, language: str, text: str, a: str, b: str) -> None:
    """One speaker judges a thing bad, another good: by an evaluative word, or by a verb of harm or of
    good done (ruin, destroy, threaten; protect, improve, save; ruiner, détruire; protéger, améliorer)
    whose subject is the thing; the thing named again by a pronoun or a definite noun of an act."""
    assert _opposed(_pairs(engine, language, text), a, b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "2026-03-02 Canal\nThe Ostra Boatmen's Guild said the canal fee would ruin small carriers. "
            "Port Director Hal Simms said on Tuesday that it was harmful too.",
        ),
        (
            "fr",
            "2026-03-02 Canal\nSelon l'association Bateliers d'Ostra, la taxe du canal va ruiner les petits "
            "transporteurs. Le directeur du port, Hal Simms, estime qu'elle est néfaste.",
        ),
        (
            "en",
            "2026-03-02 Canal\nPort Director Hal Simms said the canal fee will protect the locks. The Ostra "
            "Boatmen's Guild said it would help small carriers.",
        ),
    ],
)
def test_same_judgement_on_one_thing_is_no_disagreement(engine: OfflineEngine, language: str, text: str) -> None:
    """Two speakers who judge one thing alike (both bad, both good) are not opposed."""
    assert not _pairs(engine, language, text)


# ------------------------------------------------------------------ a measure judged, against its author
@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "2026-04-11 Tariffs\nThe Ostmark Trade Agency imposed new tariffs on steel from Halden on Monday. "
            "Steel federation president Orla Vance said the tariffs were illegal.",
            "Orla Vance",
            "Ostmark",
        ),
        (
            "en",
            "2026-04-11 Curfew\nThe Brannock city council ordered a curfew in the old town. Shopkeepers' "
            "spokesman Ivo Lind said the curfew was pointless.",
            "Ivo Lind",
            "council",
        ),
        (
            "fr",
            "2026-04-11 Taxe\nLe maire de Sorvalle, Paul Rigaud, a instauré une taxe sur les résidences "
            "secondaires. Le président de l'association des propriétaires, Marc Oudin, a jugé que cette taxe "
            "était injuste.",
            "Marc Oudin",
            "Paul Rigaud",
        ),
    ],
)
def test_a_measure_judged_bad_is_against_its_author(
    engine: OfflineEngine, language: str, text: str, a: str, b: str
) -> None:
    """A definite noun of a measure or an act of authority (sanctions, tariffs, curfew, tax; taxe,
    embargo, couvre-feu) judged bad takes up the act told before: against the one who did it."""
    assert _opposed(_pairs(engine, language, text), a, b)


# ------------------------------------------------------------------ a turn to the other party on one thing
@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "2026-04-11 Arena\nMayor Edda Crane said the new arena would bring visitors. The Lenford "
            "Residents' Association, for its part, said the arena would bring noise.",
            "Edda Crane",
            "Residents",
        ),
        (
            "fr",
            "2026-04-11 Aréna\nSelon la mairie de Lenford, la nouvelle salle attirera des visiteurs. "
            "L'association des riverains, de son côté, estime que la salle attirera surtout du bruit.",
            "mairie",
            "riverains",
        ),
    ],
)
def test_a_turn_to_another_party_on_one_thing(engine: OfflineEngine, language: str, text: str, a: str, b: str) -> None:
    """An adverbial turning to another party's view ("for its part", "de son côté") between two
    speakers' claims about one thing sets them against each other."""
    assert _opposed(_pairs(engine, language, text), a, b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "2026-04-11 Arena\nMayor Edda Crane said the new arena would bring visitors. The Lenford "
            "Residents' Association, for its part, said the bus line would be extended in June.",
        ),
        (
            "fr",
            "2026-04-11 Aréna\nSelon la mairie de Lenford, la nouvelle salle attirera des visiteurs. "
            "L'association des riverains, de son côté, estime que la ligne de bus sera prolongée en juin.",
        ),
    ],
)
def test_a_turn_to_another_party_on_another_thing_is_no_disagreement(
    engine: OfflineEngine, language: str, text: str
) -> None:
    """A turn to another party that speaks of something else sets no one against anyone."""
    assert not _pairs(engine, language, text)


# ------------------------------------------------------------------ named as a critic of someone
@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "2026-07-03 Vote\nJudge Irma Solt, a fierce critic of Governor Ben Ruddle, said the count was flawed.",
            "Irma Solt",
            "Ben Ruddle",
        ),
        (
            "en",
            "2026-07-03 Vote\nIrma Solt has long been an opponent of Governor Ben Ruddle. She spoke in Tarrow "
            "on Sunday.",
            "Irma Solt",
            "Ben Ruddle",
        ),
        (
            "fr",
            "2026-07-03 Scrutin\nL'avocate Irma Solt, adversaire du gouverneur Ben Ruddle, a affirmé lundi que le "
            "décompte était faussé.",
            "Irma Solt",
            "Ben Ruddle",
        ),
        (
            "fr",
            "2026-07-03 Scrutin\nLa juge Irma Solt est une détractrice du gouverneur Ben Ruddle. Elle était "
            "à Tarrow dimanche.",
            "Irma Solt",
            "Ben Ruddle",
        ),
    ],
)
def test_an_actor_named_as_a_critic_of_another(engine: OfflineEngine, language: str, text: str, a: str, b: str) -> None:
    """A noun of a person by opposition (critic, opponent, adversary; détracteur, opposant,
    adversaire) in apposition to an actor or predicated of it, whose "of/to" ("de/à") complement
    names another actor, sets the two against each other."""
    assert _opposed(_pairs(engine, language, text), a, b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "2026-07-03 Vote\nJudge Irma Solt, a close ally of Governor Ben Ruddle, said the count was fair."),
        (
            "fr",
            "2026-07-03 Scrutin\nIrma Solt, proche alliée du gouverneur Ben Ruddle, affirme que le décompte est juste.",
        ),
    ],
)
def test_an_ally_is_no_critic(engine: OfflineEngine, language: str, text: str) -> None:
    assert not _pairs(engine, language, text)


# ------------------------------------------------------------------ the author of what is judged, by its participle
@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "2026-08-09 Plan\nOpposition councillor Mia Tral said the plan unveiled by Mayor Leo Fink was unfair.",
            "Mia Tral",
            "Leo Fink",
        ),
        (
            "en",
            "2026-08-09 Plan\nThe plan presented by Mayor Leo Fink on Monday is a disaster, opposition "
            "councillor Mia Tral said.",
            "Mia Tral",
            "Leo Fink",
        ),
        (
            "en",
            "2026-08-09 Growth\nEconomist Ada Roos questioned the growth figures released by the Bank of Varenne "
            "on Monday.",
            "Ada Roos",
            "Bank of Varenne",
        ),
        (
            "fr",
            "2026-08-09 Plan\nPour Mia Tral, conseillère municipale, le plan présenté par le maire Léo Fink est "
            "injuste.",
            "Mia Tral",
            "Léo Fink",
        ),
    ],
)
def test_what_is_judged_is_its_authors_by_a_participle(
    engine: OfflineEngine, language: str, text: str, a: str, b: str
) -> None:
    """A thing criticised or judged bad whose participle names its agent ("the plan unveiled by Y",
    "le plan présenté par Y") sets the critic against that agent."""
    assert _opposed(_pairs(engine, language, text), a, b)


# ------------------------------------------------------------------ verbs of verbal attack through a preposition
@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "2026-09-12 Debate\nGovernor Ella Trent took issue with President Sam Voss's remarks on "
            "farming. Voss spoke in Kelby on Friday.",
            "Ella Trent",
            "Sam Voss",
        ),
        (
            "en",
            "2026-09-12 Debate\nOpposition leader Nora Vidal railed against Finance Minister Paul Brunet on Tuesday.",
            "Nora Vidal",
            "Paul Brunet",
        ),
        (
            "fr",
            "2026-09-12 Débat\nLe maire de Tarbes, Luc Ferrand, s'insurge contre le préfet Jean Morel.",
            "Luc Ferrand",
            "Jean Morel",
        ),
    ],
)
def test_a_verb_of_attack_through_its_preposition(
    engine: OfflineEngine, language: str, text: str, a: str, b: str
) -> None:
    """Phrasal verbs and idioms of verbal attack (take issue with, rail against, turn on; s'insurger
    contre, s'élever contre, s'attaquer à) are against the one their preposition names."""
    assert _opposed(_pairs(engine, language, text), a, b)


# ------------------------------------------------------------------ a strike judged, against those on strike
@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "2026-09-12 Port\nThe Tarrow Dockers Union said the strike would go on until June. Shipping line "
            "Velmar Freight said the strike was illegal.",
            "Dockers",
            "Velmar",
        ),
        (
            "fr",
            "2026-09-12 Port\nLe syndicat des dockers de Tarrow a affirmé que la grève continuerait. La "
            "direction de la société Velmar estime que la grève est illégale.",
            "dockers",
            "Velmar",
        ),
    ],
)
def test_a_strike_judged_is_against_those_who_hold_it(
    engine: OfflineEngine, language: str, text: str, a: str, b: str
) -> None:
    """A strike (a walkout, a blockade; une grève, un blocage) is an act: judged bad, it sets the judge
    against whoever holds it."""
    assert _opposed(_pairs(engine, language, text), a, b)


@pytest.mark.parametrize(
    "text",
    [
        "2026-09-12 Inquiry\nPolice questioned Mayor Carl Pike of Dunby for six hours on Tuesday. Pike said he had "
        "done nothing wrong.",
        "2026-09-12 Inquiry\nDetectives questioned the mayor of Dunby, Carl Pike, on Tuesday. Pike said he had done "
        "nothing wrong.",
    ],
)
def test_questioning_a_person_is_an_interrogation(engine: OfflineEngine, text: str) -> None:
    """ "Question" with a person as its object is an interrogation, not a disagreement."""
    assert not _pairs(engine, "en", text)


# ------------------------------------------------------------------ a thing fought is no one's act
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "2026-10-02 Blaze\nFirefighters from the Orly brigade fought the fire for two days, brigade chief "
            "Ole Brun said.",
        ),
        (
            "en",
            "2026-10-02 Flood\nVolunteers from the Orly rescue team fought the flood all week, team leader Ines "
            "Kalo said on Sunday.",
        ),
    ],
)
def test_a_word_that_begins_a_longer_one_is_not_the_same_word(engine: OfflineEngine, language: str, text: str) -> None:
    """The owner of a thing opposed is sought by the same noun told before, or its inflection — not a
    compound it begins ("fire" is not "firefighters"), nor an actor's name."""
    assert not _pairs(engine, language, text)


# ------------------------------------------------------------------ acts that set no one against anyone
@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a game's rival
        (
            "fr",
            "2026-10-20 Football\nLe FC Kesh a joué contre l'Olympique d'Orly samedi. L'entraîneur Dan "
            "Ortiz a salué le match de son équipe.",
        ),
        (
            "en",
            "2026-10-20 Football\nVarenne Athletic played against Tarrow Rovers on Saturday. Coach Dan Ortiz "
            "praised his team's match.",
        ),
        # the first part of a compound is no verb
        ("en", "2026-10-20 March\nPolice kept the marchers apart from counter-protesters, police chief Ole Brun said."),
        # an attack told by what it struck has no known author
        (
            "en",
            "2026-10-20 Mosque\nPrime Minister Anna Vell condemned the attack on the mosque in Kesh. The imam "
            "of the mosque, Omar Said, thanked her for her support.",
        ),
        (
            "fr",
            "2026-10-20 Mosquée\nLa Première ministre Anna Vell a condamné l'attaque contre la mosquée de "
            "Tarrow. L'imam de la mosquée, Omar Said, l'a remerciée pour son soutien.",
        ),
    ],
)
def test_acts_that_oppose_no_two_actors(engine: OfflineEngine, language: str, text: str) -> None:
    """A game's rival ("played against"), a word that only begins a compound ("counter-"), an attack
    whose author the article does not name (told by what it struck) set no two actors against each
    other."""
    assert not _pairs(engine, language, text)


# ------------------------------------------------------------------ a warning against what someone may do
@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "2026-11-03 Budget\nChancellor Uta Brenn warned Finance Minister Kai Lorr against raising taxes. "
            "Lorr presents the budget next week.",
            "Uta Brenn",
            "Kai Lorr",
        ),
        (
            "en",
            "2026-11-03 Border\nPresident Ivo Brand cautioned Prime Minister Kai Lorr against any military move "
            "near the border.",
            "Ivo Brand",
            "Kai Lorr",
        ),
        (
            "fr",
            "2026-11-03 Frontière\nLe président Ivo Brand a averti le Premier ministre Kai Lorr contre toute "
            "provocation.",
            "Ivo Brand",
            "Kai Lorr",
        ),
    ],
)
def test_a_warning_against_what_someone_may_do(engine: OfflineEngine, language: str, text: str, a: str, b: str) -> None:
    """A verb of warning (warn, caution; avertir, mettre en garde) with "against" ("contre") sets the
    one who warns against the one warned."""
    assert _opposed(_pairs(engine, language, text), a, b)


def test_advice_to_the_public_is_no_disagreement(engine: OfflineEngine) -> None:
    text = (
        "2026-11-03 Storm\nForecasters warned residents of Orly against travelling during the storm, "
        "meteorologist Ada Wise said."
    )
    assert not _pairs(engine, "en", text)
