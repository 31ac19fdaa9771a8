"""Claim attribution precision: what a verb of saying reports and who says it. A circumstance
(a fronted clause of time, a prepositional phrase of manner or setting) is never what is said.
Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by

from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from tests.briefing_queries import quotes, run


# A fronted adverbial (a subordinate clause of time, a participle phrase under a preposition)
# or a prepositional phrase of circumstance after the verb is never the reported content.
@pytest.mark.parametrize(
    ("language", "text", "circumstance"),
    [
        (
            "en",
            "Harbour plans\n\nIn a short letter sent the next day, the union of dockers criticised the "
            "findings of the audit.\n",
            "letter sent",
        ),
        (
            "en",
            'Harbour plans\n\n"We shall never sell the quays," the mayor Tom Arliss declared under the '
            "cheers of the dockers.\n",
            "cheers of the dockers",
        ),
        (
            "fr",
            "Le port\n\nLe maire Paul Arlet a présenté le projet. « Nous ne vendrons jamais les quais ! », "
            "a-t-il déclaré sous les acclamations des dockers.\n",
            "acclamations des dockers",
        ),
    ],
)
def test_a_circumstance_is_never_what_is_said(
    engine: OfflineEngine, language: str, text: str, circumstance: str
) -> None:
    b = run(engine, text, language)
    assert not any(circumstance in q for q in quotes(b)), quotes(b)


# A fronted content clause ("Prices will rise, X said") stays the content; a fronted clause of
# time is none.
@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Harbour plans\n\nThe cranes will be sold next year, the mayor Tom Arliss said on Monday.\n",
            "cranes will be sold",
        ),
        (
            "en",
            "Harbour plans\n\nDespite the promises, the dockers of Velmont lost their jobs, the union leader "
            "Tom Arliss said on Monday.\n",
            "lost their jobs",
        ),
        (
            "en",
            "Harbour plans\n\nThe farmer Tom Arliss grows rice. When Arliss visited Velmont, he saw many "
            "dockers who carefully watch and repair the cranes.\n",
            None,
        ),
        (
            "fr",
            "Le port\n\nLe maire Paul Arlet a présenté le projet. Les grues seront vendues l'an prochain, "
            "a-t-il précisé.\n",
            "grues seront vendues",
        ),
    ],
)
def test_a_fronted_content_clause_is_still_said(
    engine: OfflineEngine, language: str, text: str, words: str | None
) -> None:
    b = run(engine, text, language)
    if words is None:
        assert not quotes(b), quotes(b)
    else:
        assert any(words in q for q in quotes(b)), quotes(b)


# A verb of saying whose plain object names neither something said nor someone has another
# sense: conceding a race, admitting defeat, dismissing a lawsuit, « accuser un recul ».
@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Court news\n\nJudge Mara Venn dismissed a lawsuit brought by the dockers of Velmont against the "
            "port authority on Friday.\n",
            "lawsuit brought",
        ),
        (
            "en",
            "Vote count\n\nSenator Paul Okoro conceded the race to his rival Ida Brandt late on Tuesday night "
            "in his home town.\n",
            "race to his rival",
        ),
        (
            "fr",
            "Résultats\n\nLe groupe Orvane accuse un recul de 5 % de ses ventes et de 12 % de son bénéfice au "
            "premier semestre.\n",
            "recul de 5 %",
        ),
        (
            "fr",
            "Élection\n\nLa sénatrice Anne Morel a concédé la victoire à son rival Paul Okoro dans la soirée "
            "de mardi.\n",
            "victoire à son rival",
        ),
    ],
)
def test_an_object_that_is_nothing_said_makes_no_claim(
    engine: OfflineEngine, language: str, text: str, words: str
) -> None:
    b = run(engine, text, language)
    assert not any(words in q for q in quotes(b)), quotes(b)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Port news\n\nThe minister Tom Arliss dismissed the claims of the dockers' union about the cranes "
            "on Friday.\n",
            "claims of the dockers",
        ),
        (
            "fr",
            "Le port\n\nLe ministre Paul Arlet a accusé les syndicats de dockers de bloquer le port de Velmont "
            "depuis lundi.\n",
            "bloquer le port",
        ),
    ],
)
def test_an_object_that_is_said_or_someone_still_makes_a_claim(
    engine: OfflineEngine, language: str, text: str, words: str
) -> None:
    b = run(engine, text, language)
    assert any(words in q for q in quotes(b)), quotes(b)


# A noun phrase set off by a comma right after the speaker's name says who the speaker is,
# not what the speaker says.
@pytest.mark.parametrize(
    ("language", "text", "apposition", "quote"),
    [
        (
            "fr",
            "Le port\n\n« Nous ne vendrons jamais les quais » déclare à l'AFP Paul Arlet, le porte-parole "
            "du syndicat.\n",
            "porte-parole du syndicat",
            "vendrons jamais les quais",
        ),
        (
            "en",
            'Harbour plans\n\n"We will never sell the quays," said Tom Arliss, the spokesman of the dockers\' union.\n',
            "spokesman of the",
            "never sell the quays",
        ),
    ],
)
def test_the_apposition_of_the_speaker_is_not_what_is_said(
    engine: OfflineEngine, language: str, text: str, apposition: str, quote: str
) -> None:
    b = run(engine, text, language)
    assert not any(apposition in q for q in quotes(b)), quotes(b)
    assert any(quote in q for q in quotes(b)), quotes(b)


# A role description repeated word for word refers to the person it was first given to in
# apposition; the subject of a light verb of saying ("fait remarquer") speaks wherever the parser
# hung it.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "Le port\n\nL'ancien porte-parole du comité des ports au Liban, Paul Arlet, connaît bien la région. "
            "Pourtant l'ancien porte-parole du comité des ports au Liban fait remarquer que les milices peuvent "
            "agir sans contrôle.\n",
            "milices peuvent agir",
            "Paul Arlet",
        ),
        (
            "fr",
            "Le port\n\nPaul Arlet, l'ancien porte-parole du comité des ports au Liban, connaît bien la région. "
            "Pourtant l'ancien porte-parole du comité des ports au Liban fait remarquer que les milices peuvent "
            "agir sans contrôle.\n",
            "milices peuvent agir",
            "Paul Arlet",
        ),
        (
            "en",
            "Harbour plans\n\nPaul Arliss, the former spokesman of the port committee in Lebanon, knows the region "
            "well. But the former spokesman of the port committee in Lebanon points out that militias can act "
            "without control.\n",
            "militias can act",
            "Paul Arliss",
        ),
    ],
)
def test_a_repeated_description_is_the_person_it_described(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {fold(speaker)}, [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


# A body named by its office ("the Presidency", « la Préfecture ») speaks through a statement
# it issues: the author of the statement noun that is the subject of the verb of saying.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "Holiday moved\n\nA statement from the Presidency says that the new date of the holiday "
            "will help the hotels of the coast.\n",
            "new date of the holiday",
            "Presidency",
        ),
        (
            "fr",
            "Jour férié\n\nUn communiqué de la Préfecture indique que la nouvelle date du jour férié aidera "
            "les hôtels de la côte.\n",
            "nouvelle date du jour",
            "Préfecture",
        ),
    ],
)
def test_a_body_named_by_its_office_authors_its_statement(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {fold(speaker)}, [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


# An object pronoun before the verb of an incise (« …, lui a dit X ») is the one addressed: the
# inverted subject speaks.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "Budget\n\nLa ministre Anne Morel a présenté le budget. « C'est la grande finance qui parle quand je "
            "vous écoute », lui avait dit Paul Arlet, président du groupe centriste au Sénat, avant de poursuivre "
            "« Vous êtes une rentière, qui vivez dans votre manoir de Velmont ».\n",
            "grande finance",
            "Paul Arlet",
        ),
        (
            "fr",
            "Budget\n\nLa ministre Anne Morel a présenté le budget. « Vous oubliez les petits commerces », leur a "
            "répondu Paul Arlet, président du groupe centriste.\n",
            "petits commerces",
            "Paul Arlet",
        ),
        (
            "en",
            'Budget\n\nMinister Anne Morel presented the budget. "You forget the small shops," Paul Arliss, '
            "head of the centrist group, told her.\n",
            "small shops",
            "Paul Arliss",
        ),
    ],
)
def test_the_one_addressed_in_an_incise_is_not_the_speaker(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {fold(speaker)}, [(c.speaker, [e.quote for e in c.evidence]) for c in b.claims]


# A role phrase after a named person and a comma is the person's apposition: the person speaks,
# not the body named inside the role.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "Campagne\n\nPaul Arlet, le candidat du Parti vert à l'élection municipale avait appelé Anne Morel "
            "« la rentière du manoir de Velmont », en référence à la propriété familiale.\n",
            "rentière du manoir",
            "Paul Arlet",
        ),
        (
            "en",
            "Campaign\n\nPaul Arliss, the candidate of the Green Party in the city election, said the port of "
            "Velmont would stay public.\n",
            "port of Velmont would stay",
            "Paul Arliss",
        ),
    ],
)
def test_a_role_in_apposition_to_a_name_is_that_person(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    found = said_by(b, words)
    assert fold(speaker) in found, found
    assert not any("parti" in f or "party" in f for f in found), found
