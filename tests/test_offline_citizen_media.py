"""Citizen-media roundups (blogs, tweets, sites quoted in translation), in English and in
French, on sentences composed for the test (checked by tests/test_no_dev_sentences.py): the
name of a source written as a link's text before its language tag, lower-case words and
numbers included."""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing
from tests.briefing_queries import brief


def said(b: Briefing) -> list[tuple[str, str]]:
    names = {a.id: a.name for a in b.actors}
    return [(fold(names.get(c.speaker, c.speaker)), c.evidence[0].quote) for c in b.claims]


# ------------------------------------------------------------------ a link's text before its tag
@pytest.mark.parametrize(
    ("language", "text", "name", "words"),
    [
        (
            "en",
            "date 2013-03-04 title Fishermen protest new quotas\n"
            "Fishermen in the port of Varena blocked the harbour on Monday. Radio Costa en vivo [es] "
            "argues that the new quotas will halve the catch of small boats.\n",
            "Radio Costa en vivo",
            "the new quotas will halve the catch",
        ),
        (
            "en",
            "date 2013-03-04 title Fishermen protest new quotas\n"
            "Fishermen in the port of Varena blocked the harbour on Monday. The boat owners would keep "
            "their boats in port all week, explained Noticias del puerto [es].\n",
            "Noticias del puerto",
            "The boat owners would keep their boats in port all week",
        ),
        (
            "en",
            "date 2013-03-04 title Fishermen protest new quotas\n"
            "Fishermen in the port of Varena blocked the harbour on Monday. Colectivo 45 (@colectivo45) [es] "
            "says that the quotas were written without asking a single fisherman.\n",
            "Colectivo 45",
            "the quotas were written without asking a single fisherman",
        ),
        (
            "fr",
            "date 2013-03-04 title Les pêcheurs contre les quotas\n"
            "Les pêcheurs du port de Varena ont bloqué la rade lundi. Radio Costa en vivo [es] "
            "affirme que les nouveaux quotas réduiront de moitié les prises des petits bateaux.\n",
            "Radio Costa en vivo",
            "les nouveaux quotas réduiront de moitié",
        ),
    ],
)
def test_link_text_before_a_language_tag_is_the_source_name(language: str, text: str, name: str, words: str) -> None:
    b = brief(text, language)
    assert any(who == fold(name) and words in quote for who, quote in said(b)), said(b)


def test_a_person_named_before_a_language_tag_keeps_the_name() -> None:
    # a title and a person's name before the tag: the person, not a body named by the whole phrase
    b = brief(
        "date 2013-03-04 title Fishermen protest new quotas\n"
        "Fishermen in the port of Varena blocked the harbour on Monday. Journalist Marta Oliveira [pt] "
        "wrote that the quotas would empty the port within a year.\n",
        "en",
    )
    assert any(who == fold("Marta Oliveira") for who, _ in said(b)), said(b)
    assert not any("journalist marta" in fold(a.name) for a in b.actors)


def test_a_group_named_in_the_complement_of_a_noun_speaks_through_it() -> None:
    # "the leaders of the dockers' unions" are the unions' side, not the site last named
    b = brief(
        "date 2013-03-04 title Dockers strike\n"
        "The dockers stopped work at dawn, wrote Diario del puerto [es]:\n\n"
        "The leaders of dock unions express their anger at the new rota, but they will keep talking "
        "to the port authority this week.\n",
        "en",
    )
    speakers = {who for who, quote in said(b) if "anger at the new rota" in quote}
    assert speakers and fold("Diario del puerto") not in speakers, said(b)


# ------------------------------------------------------------------ a title's link before the author
def test_the_subject_after_a_titles_language_tag_speaks() -> None:
    # the parser runs the post's title and the blogger into one subject: the tag ends the title
    b = brief(
        "date 2013-03-04 title Fishermen protest new quotas\n"
        "Fishermen in the port of Varena blocked the harbour on Monday. Mayor Marco Bellini said the "
        "blockade was illegal.\n\n"
        "In her post The removal ordered by Bellini and the saddest day of her career [it] the blogger Lucia "
        "Ferrante, after a night on the quay, shared her impressions which are now read across the region:\n\n"
        "I have never seen the fishermen so angry. I think the city has forgotten them, and the quotas are "
        "only the last insult.\n",
        "en",
    )
    speakers = {who for who, quote in said(b) if "so angry" in quote}
    assert speakers == {fold("Lucia Ferrante")}, said(b)


# ------------------------------------------------------------------ quoted blocks in marks
@pytest.mark.parametrize(
    ("language", "text", "name", "words"),
    [
        (
            "en",
            "date 2013-03-04 title Fishermen protest new quotas\n"
            "Fishermen in the port of Varena blocked the harbour on Monday.\n\n"
            "Ana Duarte (@anaduarte) [pt] quotes a line of a poem by a fisherman [es]:\n\n"
            ' "El mar no espera a los que duermen; pero a todos les llega la marea." Tomas Braga”\n\n'
            '"The sea does not wait for sleepers, but the tide reaches everyone." Tomas Braga”\n',
            "Ana Duarte",
            ("El mar no espera", "The sea does not wait"),
        ),
        (
            "fr",
            "date 2013-03-04 title Les pêcheurs contre les quotas\n"
            "Les pêcheurs de Varena ont bloqué le port lundi.\n\n"
            "Ana Duarte (@anaduarte) [pt] cite deux vers du poème d'un pêcheur :\n\n"
            " « Qui attend sur le quai ne prend jamais le bateau de six heures. » Tomas Braga”\n\n"
            "« Et qui dort sur le bateau ne voit jamais les lumières du port. » Tomas Braga”\n",
            "Ana Duarte",
            ("Qui attend sur le quai", "qui dort sur le bateau"),
        ),
    ],
)
def test_quoted_blocks_in_marks_after_an_introduction(language: str, text: str, name: str,
                                                      words: tuple[str, ...]) -> None:
    # the first block opens on a blank (the sentence before may take it), the second opens on a
    # quotation mark as the first did: both are the words the introduction announces
    b = brief(text, language)
    for w in words:
        assert any(who == fold(name) and w in quote for who, quote in said(b)), (w, said(b))


# ------------------------------------------------------------------ a name with its handle before the colon
@pytest.mark.parametrize(
    ("language", "text", "name", "words"),
    [
        (
            "en",
            "date 2013-03-04 title Bus drivers strike\n"
            "The bus drivers of Varena stopped work on Monday.\n\n"
            "Most riders stayed calm, some walking to work and others cycling, their mood close to that "
            "of Lena Marsh (@lenamarsh) [it]:\n\n"
            "A day without buses is a day of fresh air! I walked to the office and I loved it.\n",
            "Lena Marsh",
            "A day without buses",
        ),
        (
            "fr",
            "date 2013-03-04 title Grève des chauffeurs de bus\n"
            "Les chauffeurs de bus de Varena ont cessé le travail lundi.\n\n"
            "La plupart des usagers sont restés calmes, les uns marchant et les autres à vélo, dans "
            "l'humeur de Léna Marchal (@lenamarchal) [it] :\n\n"
            "Une journée sans bus, c'est une journée d'air frais ! J'ai marché jusqu'au bureau et j'ai adoré.\n",
            "Léna Marchal",
            "Une journée sans bus",
        ),
    ],
)
def test_a_person_with_a_handle_before_the_colon_is_quoted(language: str, text: str, name: str, words: str) -> None:
    b = brief(text, language)
    assert any(who == fold(name) and words in quote for who, quote in said(b)), said(b)


# ------------------------------------------------------------------ an introduction with nothing after it
@pytest.mark.parametrize(
    ("language", "text", "intro", "name", "words"),
    [
        (
            "en",
            "date 2013-03-04 title Bus drivers strike\n"
            "The bus drivers of Varena stopped work on Monday.\n\n"
            "The union filmed the march. In the film, several drivers talked about their pay and their hours:\n\n"
            "Finally, the blog Ruta Libre publishes some figures:\n\n"
            "Half of the drivers of the city earn less than the minimum wage, and one in four works six days a week.\n",
            "publishes some figures",
            "Ruta Libre",
            "Half of the drivers",
        ),
        (
            "fr",
            "date 2013-03-04 title Grève des chauffeurs de bus\n"
            "Les chauffeurs de bus de Varena ont cessé le travail lundi.\n\n"
            "Le syndicat a filmé le cortège. Dans le film, plusieurs chauffeurs ont parlé de leur salaire :\n\n"
            "Enfin, le blog Ruta Libre publie quelques chiffres :\n\n"
            "La moitié des chauffeurs de la ville gagnent moins que le salaire minimum, et un sur quatre "
            "travaille six jours par semaine.\n",
            "publie quelques chiffres",
            "Ruta Libre",
            "La moitié des chauffeurs",
        ),
    ],
)
def test_an_introduction_after_an_introduction_is_no_quotation(language: str, text: str, intro: str,
                                                               name: str, words: str) -> None:
    # the film the first one announces is not in the text: the next paragraph introduces words of its own
    b = brief(text, language)
    assert not any(intro in quote for _, quote in said(b)), said(b)
    assert any(who == fold(name) and words in quote for who, quote in said(b)), said(b)


# ------------------------------------------------------------------ a person called by their first name
@pytest.mark.parametrize(
    ("language", "text", "name", "words"),
    [
        (
            "en",
            "date 2013-03-04 title Teachers march\n"
            "Kelind Maro, a teacher from Varena, joined the march on Monday. In the photo he stands with "
            "two colleagues.\n\n"
            "Kelind is against the new rules and says that teachers should be consulted before any reform.\n",
            "Kelind Maro",
            "teachers should be consulted",
        ),
        (
            "fr",
            "date 2013-03-04 title Les enseignants défilent\n"
            "Kelind Maro, enseignant à Varena, a rejoint le cortège lundi. Sur la photo, il pose avec deux "
            "collègues.\n\n"
            "Kelind est opposé aux nouvelles règles et affirme que les enseignants doivent être consultés "
            "avant toute réforme.\n",
            "Kelind Maro",
            "les enseignants doivent être consultés",
        ),
    ],
)
def test_a_first_name_alone_takes_up_the_person_named_in_full(language: str, text: str, name: str,
                                                              words: str) -> None:
    b = brief(text, language)
    assert any(who == fold(name) and words in quote for who, quote in said(b)), said(b)


# ------------------------------------------------------------------ a quotation's credit line
@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "en",
            "date 2013-03-04 title Court rules on night fishing\n"
            "The High Court of Varena ruled on the ban on night fishing on Monday. The court set out the "
            "limits of the ban:\n\n"
            " By this ruling, the court tells the fishing board that the law does not prevent a judge of a "
            "district from ordering a trawler owner:\n\n"
            " – High Court of Varena\n",
            "High Court of Varena",
        ),
        (
            "fr",
            "date 2013-03-04 title La cour se prononce sur la pêche de nuit\n"
            "La Haute Cour de Varena s'est prononcée lundi sur l'interdiction de la pêche de nuit. La cour "
            "a fixé les limites de l'interdiction :\n\n"
            " Par cet arrêt, la cour répond à l'office de la pêche que la loi n'empêche pas un juge de "
            "district d'ordonner à un armateur :\n\n"
            " – Haute Cour de Varena\n",
            "Haute Cour de Varena",
        ),
    ],
)
def test_a_credit_line_after_a_quotation_is_no_claim(language: str, text: str, credit: str) -> None:
    b = brief(text, language)
    assert not any(quote.strip(" –") == credit for _, quote in said(b)), said(b)


# ------------------------------------------------------------------ "It concludes:" after a statement of someone
@pytest.mark.parametrize(
    ("language", "text", "name", "words"),
    [
        (
            "en",
            "date 2013-03-04 title Dockers strike\n"
            "The dockers of Varena stopped work on Monday and eleven of them were arrested.\n\n"
            "The union's site published a statement from the Varena Legal Office about the arrests. It "
            "reaches this conclusion:\n\n"
            "Una vez más, el derecho de huelga se gana haciendo huelga. Ningún tribunal puede quitárselo a "
            "los trabajadores de este puerto, porque el puerto es de quienes lo hacen vivir.\n\n"
            "Once again, the right to strike is won by striking. No court can take it from the workers of "
            "this port, because the port belongs to those who keep it alive.\n",
            "Varena Legal Office",
            ("el derecho de huelga se gana", "the right to strike is won by striking"),
        ),
        (
            "fr",
            "date 2013-03-04 title Grève des dockers\n"
            "Les dockers de Varena ont cessé le travail lundi et onze d'entre eux ont été arrêtés.\n\n"
            "Le site du syndicat a publié un communiqué de l'association Rive Libre sur les arrestations. "
            "Il arrive à cette conclusion :\n\n"
            "Une fois de plus, le droit de grève se gagne en faisant grève. Aucun tribunal ne peut le retirer "
            "aux ouvriers de ce port, car le port appartient à ceux qui le font vivre.\n",
            "Rive Libre",
            ("le droit de grève se gagne",),
        ),
    ],
)
def test_a_pronoun_taking_up_a_statement_introduces_its_authors_words(language: str, text: str, name: str,
                                                                       words: tuple[str, ...]) -> None:
    # the translation's first sentence may run on from the original's last (no break at the line's
    # end for the parser): it is still read as a quoted paragraph of its own
    b = brief(text, language)
    for w in words:
        assert any(who == fold(name) and w in quote for who, quote in said(b)), (w, said(b))


# ------------------------------------------------------------------ a place's own government (English compound)
def test_a_place_level_and_state_noun_name_that_places_government() -> None:
    # English compounds the place, the level and the noun; French says "le gouvernement de l'État
    # de X", a phrase the rules of complements already read
    b = brief(
        "date 2013-03-04 title Bodies found near Varena\n"
        "Six bodies were found on a road near Varena on Sunday. Jane Marlow, the mayor, said the town "
        "was in shock.\n\n"
        "According to the Ormund state government, the victims had been dumped overnight. The Marlow "
        "administration has asked for more police.\n",
        "en",
    )
    found = said(b)
    assert any(who == fold("Ormund state government") and "dumped overnight" in quote for who, quote in found), found
    assert not any(fold(a.name) == fold("Marlow administration") for a in b.actors)
