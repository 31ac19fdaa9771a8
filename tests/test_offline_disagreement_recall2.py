"""Disagreements whose other side is named only in the speaker's words, as the owner of what a noun of
negative judgement calls senseless or wrong ("the folly of Y", "les bêtises de Y"), even when the speaker
refuses it by a negated verb of agreement ("we do not share Y's folly"): composed items (invented names and
places), in English and French, and their negative counterparts."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


def _pairs(engine: OfflineEngine, language: str, text: str) -> set[frozenset[str]]:
    """Each disagreement as the pairs of actor names across its two sides."""
    b = engine.summarize(parse(text, language=language))
    names = {a.id: a.name for a in b.actors}
    return {frozenset({names[x], names[y]}) for d in b.disagreements for x in d.sides[0].actors
            for y in d.sides[1].actors}


def _opposed(pairs: set[frozenset[str]], a: str, b: str) -> bool:
    return any(any(a in n for n in p) and any(b in n for n in p) for p in pairs)


@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "Farmers marched in Leeds on Thursday. \"The folly of the Northern Grain Board is ruining our "
            "farms,\" said Paul Kerrigan, one of the organisers.",
            "Paul Kerrigan",
            "Northern Grain Board",
        ),
        (
            "fr",
            "Des agriculteurs ont manifesté jeudi à Rennes. « Les bêtises de l'Union des Coopératives Bretonnes "
            "ruinent nos fermes », a déclaré Paul Kermarec, l'un des organisateurs.",
            "Paul Kermarec",
            "Union des Coopératives Bretonnes",
        ),
        # a negated verb of agreement with a judged object stays against its owner
        (
            "en",
            "Dock workers walked out in Hull on Monday. \"We do not accept the lies of the Humber Port Trust,\" "
            "said Dana Whitlow, a union delegate.",
            "Dana Whitlow",
            "Humber Port Trust",
        ),
        (
            "fr",
            "Les dockers ont cessé le travail lundi à Sète. « Nous ne partageons pas les âneries de la Compagnie "
            "Portuaire de Thau », a déclaré Lina Arnaudet, déléguée syndicale.",
            "Lina Arnaudet",
            "Compagnie Portuaire de Thau",
        ),
    ],
)
def test_owner_of_a_judged_noun_is_the_other_side(engine: OfflineEngine, language: str, text: str, a: str,
                                                   b: str) -> None:
    assert _opposed(_pairs(engine, language, text), a, b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the actor is where the words are said of, not the owner of the judged thing
        (
            "en",
            "Farmers marched in Leeds on Thursday. \"In Northumbria, the drought is a disaster for our farms,\" "
            "said Paul Kerrigan, one of the organisers.",
        ),
        (
            "fr",
            "Des agriculteurs ont manifesté jeudi à Rennes. « En Bretagne, la sécheresse est une catastrophe pour "
            "nos fermes », a déclaré Paul Kermarec, l'un des organisateurs.",
        ),
    ],
)
def test_a_place_named_in_a_judgement_is_no_side(engine: OfflineEngine, language: str, text: str) -> None:
    assert not _pairs(engine, language, text)


@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "The National Union of Bakers announced on Monday a boycott of the meetings of the Grain Council, after "
            "months of talks on flour prices. Grain Council chairman Ivo Brandt said the talks would go on.",
            "National Union of Bakers",
            "Grain Council",
        ),
        (
            "en",
            "The Marwick Cyclists' League called for a boycott of Fendale Motors on Friday. Fendale Motors said its "
            "lorries were safe.",
            "Marwick Cyclists",
            "Fendale Motors",
        ),
        (
            "fr",
            "La Fédération nationale des boulangers a annoncé lundi le boycott des réunions du Conseil des céréales, "
            "après des mois de discussions sur le prix de la farine. Le président du Conseil des céréales, Ivo "
            "Brandt, a déclaré que les discussions continueraient.",
            "Fédération nationale des boulangers",
            "Conseil des céréales",
        ),
        (
            "fr",
            "L'Association des cyclistes de Vernac a appelé vendredi au boycott de la société Transports Ferrand. "
            "Transports Ferrand a affirmé que ses camions étaient sûrs.",
            "Association des cyclistes",
            "Ferrand",
        ),
    ],
)
def test_author_of_a_boycott_against_what_it_refuses(engine: OfflineEngine, language: str, text: str, a: str,
                                                      b: str) -> None:
    assert _opposed(_pairs(engine, language, text), a, b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a boycott of a thing no one owns, and one not called
        (
            "en",
            "The National Union of Bakers announced a boycott of imported flour on Monday. The Grain Council did "
            "not call for any boycott, its chairman Ivo Brandt said.",
        ),
        (
            "fr",
            "La Fédération nationale des boulangers a annoncé lundi le boycott de la farine importée. Le Conseil des "
            "céréales n'a appelé à aucun boycott, a déclaré son président, Ivo Brandt.",
        ),
    ],
)
def test_a_boycott_of_no_ones_thing_is_no_disagreement(engine: OfflineEngine, language: str, text: str) -> None:
    assert not _pairs(engine, language, text)


@pytest.mark.parametrize(
    ("language", "text", "a", "b"),
    [
        (
            "en",
            "Teachers' leader Anna Korsa said the closure of village schools ordered by the Regional Council would "
            "hurt thousands of children. The Regional Council said the schools were too small.",
            "Anna Korsa",
            "Regional Council",
        ),
        (
            "fr",
            "La dirigeante syndicale Anna Korsa a affirmé que la fermeture des écoles de village décidée par le "
            "Conseil régional d'Ardaine allait pénaliser des milliers d'enfants. Le Conseil régional d'Ardaine a "
            "expliqué que les écoles étaient trop petites.",
            "Anna Korsa",
            "Conseil régional d'Ardaine",
        ),
    ],
)
def test_claim_against_a_thing_is_against_its_named_author(engine: OfflineEngine, language: str, text: str, a: str,
                                                           b: str) -> None:
    assert _opposed(_pairs(engine, language, text), a, b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the harm has no author the words name
        (
            "en",
            "Teachers' leader Anna Korsa said the storms that hit the coast would hurt thousands of children. The "
            "Regional Council said the schools were too small.",
        ),
        (
            "fr",
            "La dirigeante syndicale Anna Korsa a affirmé que les tempêtes qui ont frappé la côte allaient pénaliser "
            "des milliers d'enfants. Le Conseil régional d'Ardaine a expliqué que les écoles étaient trop petites.",
        ),
    ],
)
def test_a_harm_with_no_author_is_no_disagreement(engine: OfflineEngine, language: str, text: str) -> None:
    assert not _pairs(engine, language, text)


def test_one_who_qualifies_an_owned_thing_is_not_its_author(engine: OfflineEngine) -> None:
    # the plan is its possessor's; the deputy who calls it a waste stands with the mayor
    pairs = _pairs(engine, "en", "Mayor Ilse Varga criticised the Harbour Board's plan, which her deputy Tomas Reyl "
                   "has described as a reckless waste of money. The Harbour Board said the plan would create jobs.")
    assert _opposed(pairs, "Ilse Varga", "Harbour Board") and not _opposed(pairs, "Ilse Varga", "Tomas Reyl")
