"""Reported speech the offline engine used to leave unattributed, in news items composed for the
purpose (none taken from an eval article): one test per rule, in English, and in French where
the rule is shared."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from tests.briefing_queries import said_by


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


# ------------------------------------------------------------------ a quotation broken off on an ellipsis
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "Port authorities reopened the harbour at Velmouth on Monday.\n\n"
            "Maria Okafor is an engineer at the harbour board. She noted that the cranes had been repaired.\n\n"
            "“Our repairs show that even old cranes can keep working for many more years...” Okafor said.\n",
            "even old cranes can keep working",
            "maria okafor",
        ),
        (
            "fr",
            "Le port de Velmouth a rouvert lundi.\n\n"
            "« Nos réparations montrent que les vieilles grues peuvent encore servir longtemps... » "
            "Marie Okafor a déclaré.\n",
            "les vieilles grues peuvent encore servir",
            "marie okafor",
        ),
    ],
)
def test_an_incise_after_a_quotation_ending_on_an_ellipsis(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """An ellipsis closing a quotation leaves its sentence open: the verb of saying after it is
    the quotation's incise, as after a comma."""
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}


# ------------------------------------------------------------------ a translation over several paragraphs
def test_a_quotation_of_several_paragraphs_and_its_translation(engine: OfflineEngine) -> None:
    """Words quoted in another language over two paragraphs, then translated: the translation
    runs over as many paragraphs, all the speaker's."""
    text = (
        "Tarvel, 3 May. Protests went on in the capital for a second day.\n\n"
        "The columnist Ilona Varga wrote on her blog that the crisis had deep roots:\n\n"
        "El gobierno lleva años sin escuchar al campo y ahora se sorprende.\n\n"
        "Nadie sabe cuándo terminará este caos ni quién pagará por él.\n\n"
        "For years the government has not listened to the villages, and now it is surprised.\n\n"
        "Nobody knows when this chaos will end and who will pay for it.\n\n"
        "The protests are expected to continue on Sunday.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "the government has not listened") == {"ilona varga"}
    assert said_by(b, "Nobody knows when this chaos will end") == {"ilona varga"}
    assert said_by(b, "expected to continue") == set()


def test_a_translated_paragraph_naming_its_own_source_is_not_the_quoted_writer(engine: OfflineEngine) -> None:
    """A paragraph of the translation that names a source of its own ("according to X") is no
    longer the translation of the quoted writer's words alone: it is left to its own cue."""
    text = (
        "Tarvel, 3 May. Protests went on in the capital for a second day.\n\n"
        "The columnist Ilona Varga described the night as follows:\n\n"
        "El gobierno lleva años sin escuchar al campo y ahora se sorprende.\n\n"
        "Según la policía de Tarvel, doce personas fueron detenidas durante la noche.\n\n"
        "For years the government has not listened to the villages, and now it is surprised.\n\n"
        "According to the Tarvel police department, twelve people were arrested during the night.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "the government has not listened") == {"ilona varga"}
    assert "ilona varga" not in said_by(b, "twelve people were arrested")


# ------------------------------------------------------------------ a statement issued, then what it says
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "The Harbour Workers Union criticised the closure of the dock on Monday.\n\n"
            'They released a statement which said, "The dock must stay open for the families who depend on it".\n',
            "The dock must stay open",
            "harbour workers union",
        ),
        (
            "fr",
            "Le Syndicat des dockers de Brest a critiqué la fermeture du quai lundi.\n\n"
            "Il a publié un communiqué qui affirme que « le quai doit rester ouvert pour les familles qui en "
            "vivent ».\n",
            "le quai doit rester ouvert",
            "syndicat des dockers de brest",
        ),
    ],
)
def test_a_relative_clause_of_saying_on_a_statement_speaks_for_its_issuer(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """"X released a statement which said …": the statement speaks with the voice of the one who
    issued it, the subject of the verb it is the object of, as its participle does ("X issued a
    statement saying …")."""
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}


# ------------------------------------------------------------------ an article speaks for where it appeared
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "An article published in the Daily Harbour Tribune on Monday, claiming that the dock would close "
            "for good, caused anger among the workers.\n",
            "the dock would close for good",
            "daily harbour tribune",
        ),
        (
            "fr",
            "Un article publié lundi dans le quotidien Ouest-Matin affirme que le quai fermera pour de bon à la "
            "fin du mois.\n",
            "le quai fermera pour de bon",
            "ouest-matin",
        ),
    ],
)
def test_an_article_speaks_for_the_paper_it_appeared_in(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """A newspaper article is a statement of the paper it was published in ("an article
    published in X claimed …"), as a report is of its authors."""
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}


# ------------------------------------------------------------------ a statement noun names the act just told
def test_a_definite_statement_noun_takes_up_the_act_its_verb_named(engine: OfflineEngine) -> None:
    """"A judge ruled that … The ruling accused Y of …": a definite noun derived from the verb of
    a speech act just told is that act, and speaks with its speaker."""
    text = (
        "Judge Ana Ruiz ruled on Friday that the Tarvel Group had broken competition laws.\n\n"
        "The ruling accused the Tarvel Group of paying retailers to keep rival products off their shelves.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "paying retailers to keep rival products") == {"ana ruiz"}


# ------------------------------------------------------------------ an infinitive of saying on an adverb
@pytest.mark.parametrize("degree", ["as far as to say", "as far to say"])
def test_an_infinitive_of_saying_on_an_adverb_of_degree_speaks_with_the_subject(
    engine: OfflineEngine, degree: str
) -> None:
    """"X went as far as to say …": the infinitive of saying hangs on an adverb of degree; its
    speaker is the subject of the verb the adverb qualifies."""
    text = (
        "The nurses at Velmouth hospital protested on Monday. Their leader, Ines Moraga, even went "
        f'{degree}, "We were left alone for weeks without any help from the ministry."\n'
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "We were left alone for weeks") == {"ines moraga"}


# ------------------------------------------------------------------ signing a pledge
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "Delegates from twelve fishing companies signed a pledge to cut their catches by half within five "
            "years.\n",
            "to cut their catches by half",
            "delegates from twelve fishing companies",
        ),
        (
            "fr",
            "Les délégués de douze compagnies de pêche ont signé une promesse de réduire leurs prises de moitié "
            "en cinq ans.\n",
            "de réduire leurs prises de moitié",
            "delegues de douze compagnies de peche",
        ),
    ],
)
def test_who_signs_a_pledge_makes_it(engine: OfflineEngine, language: str, text: str, words: str,
                                     speaker: str) -> None:
    """A noun of saying signed by its subject ("X signed a pledge to …", "X a signé une promesse
    de …") is the subject's, as one made or issued."""
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}


# ------------------------------------------------------------------ the speaker of a block stays salient
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "Floods hit the valley of the Orv for a third week.\n\n"
            "Columnist Peter Haldane wrote on his blog that the dikes had been neglected for years:\n\n"
            "The water came up at night, faster than anyone could believe, and the fields were gone by morning.\n\n"
            "Nobody from the region came to see what had happened, and we were left to dig the mud out with our "
            "hands.\n\n"
            "The army finally arrived on Friday with pumps and boats.\n\n"
            "Also, he called on the regional council to pay for new dikes before the autumn rains.\n",
            "to pay for new dikes",
            "peter haldane",
        ),
        (
            "fr",
            "Les crues ont frappé la vallée de l'Orv pour la troisième semaine.\n\n"
            "Le chroniqueur Pierre Haldane a écrit sur son blog que les digues étaient négligées depuis des "
            "années :\n\n"
            "L'eau est montée dans la nuit, plus vite que personne ne pouvait le croire, et les champs avaient "
            "disparu au matin.\n\n"
            "Personne de la région n'est venu voir ce qui s'était passé, et nous avons dû enlever la boue à la "
            "main.\n\n"
            "L'armée est finalement arrivée vendredi avec des pompes et des bateaux.\n\n"
            "Il a aussi appelé le conseil régional à payer de nouvelles digues avant les pluies d'automne.\n",
            "payer de nouvelles digues",
            "pierre haldane",
        ),
    ],
)
def test_a_pronoun_after_a_quoted_block_takes_up_its_speaker(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """Paragraphs quoted after a colon are their speaker's words: that speaker has spoken last,
    and a pronoun after the block takes them up as after a long quotation."""
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}


# ------------------------------------------------------------------ "per X," opening a sentence
def test_per_opening_a_sentence_names_its_source(engine: OfflineEngine) -> None:
    """"Per X, …" opening a sentence gives X as the source of the rest, like "according to X";
    "per" as a rate ("ten euros per person") names no one."""
    text = (
        "Per the port authority, the harbour of Velmouth will stay closed until the storm has passed.\n\n"
        "The ferry costs ten euros per person and runs twice per day.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "will stay closed until the storm") == {"port authority"}
    assert said_by(b, "ten euros") == set()


# ------------------------------------------------------------------ a content clause read as an object and a participle
def test_a_clause_misread_as_an_object_with_a_participle_is_what_is_thought(engine: OfflineEngine) -> None:
    """"X felt the question needed to be answered": the parser may read the clause as the verb's
    object and a participle on it; a past form right after the object's noun, with no auxiliary
    nor agent and a complement of its own, is the finite verb of the reported clause. A real
    participle with its agent ("the bridge rebuilt by Y") stays on its noun."""
    text = (
        "Two teachers felt the question needed to be answered by the ministry.\n\n"
        "The mayor of Velmouth praised the bridge rebuilt by the army engineers last spring.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "the question needed to be answered") == {"teachers"}
    assert said_by(b, "the bridge rebuilt by the army") == set()


# ------------------------------------------------------------------ "this person" after a speaker
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "The trial of the two guards ended on Tuesday in Velmouth.\n\n"
            'One of the former inmates said, "I still wake up at night thinking about the cold cells."\n\n'
            "However, this person also said that the new director had changed many things for the better.\n",
            "the new director had changed many things",
            "one of the former inmates",
        ),
        (
            "fr",
            "Le procès des deux gardiens s'est terminé mardi à Velmouth.\n\n"
            "Une ancienne détenue, Marie Loubet, a déclaré : « Je me réveille encore la nuit en pensant aux "
            "cellules froides. »\n\n"
            "Cette personne a toutefois affirmé que le nouveau directeur avait changé beaucoup de choses en mieux.\n",
            "le nouveau directeur avait changé",
            "marie loubet",
        ),
    ],
)
def test_a_demonstrative_person_noun_takes_up_the_one_who_just_spoke(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    """"This person also said …", "Cette personne a affirmé …": a noun that names anyone as a
    person, with a demonstrative, takes up the one who spoke in the sentences just before."""
    b = engine.summarize(parse(text, language=language))
    assert said_by(b, words) == {speaker}


# ------------------------------------------------------------------ an incise inside a relative clause
def test_an_incise_after_a_relative_word_reports_the_relative_clause_too(engine: OfflineEngine) -> None:
    """"… the old wrecks which, the report said, fishermen have complained about for years": the
    clause before the relative word and the relative clause the incise interrupts are two things
    said, each a claim of the speaker."""
    text = (
        "The Orvan Harbour Authority published its annual report on Monday.\n\n"
        "The report said the harbour would be dredged in May. The work would also remove the old wrecks "
        "which, the report said, fishermen have complained about for years.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "fishermen have complained about for years") == {"orvan harbour authority"}
    assert said_by(b, "The work would also remove the old wrecks") == {"orvan harbour authority"}
    assert not any("wrecks" in e.quote and "fishermen" in e.quote for c in b.claims for e in c.evidence)


def test_a_noun_that_only_begins_like_the_verb_names_no_act_of_it(engine: OfflineEngine) -> None:
    """"The statistics" after "X stated that …" is no statement of X's: a noun of the act is the
    verb's stem with an ending of such nouns ("the ruling", "the announcement")."""
    text = ("Health minister Lena Varga stated on Monday that waiting times had fallen across the region. "
            "The statistics, however, suggest that waiting times have doubled since last spring.")
    b = engine.summarize(parse(text, language="en"))
    assert "lena varga" not in said_by(b, "waiting times have doubled")
