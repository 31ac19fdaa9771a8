"""English indirect speech the offline engine used to leave without a claim (round 14), in news
items composed for the purpose (none taken from an eval article): one test per rule, with a
guard where a rule could fire too widely, and a French counterpart where the rule is shared."""

from __future__ import annotations

import pytest

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from tests.briefing_queries import said_by


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine()


# ------------------------------------------------------------------ "called for Y to do Z"
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Teachers in Marlow walked out on Tuesday.\n\n"
            "Senator Maria Lindqvist called for the education minister to resign over the strike.\n",
            "the education minister to resign",
            "maria lindqvist",
        ),
        (
            "The harbour of Velmouth stayed closed for a third week.\n\n"
            "The Velmouth Dockers' Union has called for the cranes to be repaired before the winter.\n",
            "the cranes to be repaired",
            "velmouth dockers' union",
        ),
    ],
)
def test_a_call_for_someone_to_act(engine: OfflineEngine, text: str, words: str, speaker: str) -> None:
    """A verb with a content preposition ("call for") whose complement is an infinitive clause
    with a subject of its own ("for the minister to resign"; the parser makes the preposition a
    subordinator and the clause adverbial): the call is what is said, subject and infinitive."""
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, words) == {speaker}


def test_an_infinitive_of_purpose_is_no_call(engine: OfflineEngine) -> None:
    """Guard: an infinitive of purpose after a verb of saying with no content preposition says
    nothing more ("X spoke on the radio for an hour to calm the villagers")."""
    text = (
        "A storm hit the coast of Norland on Sunday.\n\n"
        "Mayor Ilse Brandt spoke on the radio for an hour to calm the villagers.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "to calm the villagers") == set()


# ------------------------------------------------------------------ "spoke of Y doing Z"
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Norland and Dorvania signed a border accord on Friday.\n\n"
            "The Norland statement spoke of Dorvania taking over the patrols on the river.\n",
            "Dorvania taking over the patrols",
            "norland",
        ),
        (
            "The Arvik ice field lost a tenth of its mass in ten years.\n\n"
            "Professor Ian Marsh has warned of the small glaciers disappearing within a generation.\n",
            "the small glaciers disappearing",
            "ian marsh",
        ),
    ],
)
def test_a_gerund_said_of_the_object_of_a_content_preposition(
    engine: OfflineEngine, text: str, words: str, speaker: str
) -> None:
    """The object of a content preposition ("spoke of Y", "warned of Y") followed by a present
    participle with no subject of its own, which the parser hangs on the verb: the object is the
    participle's subject, and both are what is said."""
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, words) == {speaker}


# ------------------------------------------------------------------ what is proposed
def test_a_proposal_named_by_the_object_of_propose(engine: OfflineEngine) -> None:
    """A verb of proposing says its object as it says a clause ("X proposed a series of measures
    to …", as "X proposed that …"): a proposal is a directive speech act, like a demand."""
    text = (
        "Fuel prices in Norland rose for a sixth month.\n\n"
        "The Norland government proposed in March a package of tax cuts for rural drivers.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "a package of tax cuts for rural drivers") == {"norland"}


# ------------------------------------------------------------------ a passive's agent after its predicate
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A new virus spread through Dorvania in March.\n\n"
            "The outbreak was declared to be an emergency by the Pan-Arvik Health Agency.\n",
            "The outbreak was declared to be an emergency",
            "pan-arvik health agency",
        ),
        (
            "A fever spread through the valley of Orsk in May.\n\n"
            'The outbreak was officially announced to be an "epidemic" by the Orsk Health Board.\n',
            "The outbreak was officially announced",
            "orsk health board",
        ),
    ],
)
def test_the_agent_of_a_passive_with_a_copular_infinitive(
    engine: OfflineEngine, text: str, words: str, speaker: str
) -> None:
    """A passive verb of saying with an infinitive of the copula ("X was declared to be Y by Z"):
    the agent the parser hangs on the predicate is the passive's, who says that X is Y (the
    passive subject, the verb and the predicate, up to the agent); quotation marks around a word
    of the predicate end no clause."""
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, words) == {speaker}


def test_a_passive_without_agent_stays_unattributed(engine: OfflineEngine) -> None:
    """Guard: with no agent, the passive names no one who speaks ("X was said to be furious")."""
    text = (
        "The Orsk Health Board closed two clinics in May.\n\n"
        "The health minister was said to be furious about the closures.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "to be furious") == set()


def test_fr_an_agent_after_quotation_marks(engine: OfflineEngine) -> None:
    """French counterpart: the agent of a passive of saying after a quoted predicate ("présenté
    comme « … » par X") is found past the quotation marks."""
    text = (
        "Le conseil municipal de Velmar a voté le budget lundi.\n\n"
        "Le projet de tramway a été présenté comme « une erreur coûteuse » par le syndicat Sud-Rail.\n"
    )
    b = engine.summarize(parse(text, language="fr"))
    assert said_by(b, "une erreur coûteuse") == {"sud-rail"}


# ------------------------------------------------------------------ a statement's possessor
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Orsk City Council approved the budget of the tram project on Monday.\n\n"
            "Residents protested outside the town hall.\n\n"
            "The council's statement said the first line would open in June.\n",
            "the first line would open in June",
            "orsk city council",
        ),
        (
            "The Kelso Rail Company cancelled forty trains on Friday.\n\n"
            "Its statement said the drivers had not been paid for two months.\n",
            "the drivers had not been paid",
            "kelso rail company",
        ),
    ],
)
def test_the_possessor_of_a_statement_speaks(engine: OfflineEngine, text: str, words: str, speaker: str) -> None:
    """A statement noun whose possessor is a body's common noun ("the council's statement said")
    or a possessive pronoun is that body's: the noun takes up the body last named with it."""
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, words) == {speaker}


# ------------------------------------------------------------------ an act claimed in two words
def test_an_act_claimed_with_its_verb_in_two_words(engine: OfflineEngine) -> None:
    """A verb that claims an act as its subject's own says its object with it, however short:
    "X claimed responsibility" is a claim of two words."""
    text = (
        "A bomb damaged the railway bridge at Orsk on Sunday.\n\n"
        "The Orsk Liberation Army later claimed responsibility.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "claimed responsibility") == {"orsk liberation army"}


def test_a_participle_qualifying_a_noun_claims_nothing(engine: OfflineEngine) -> None:
    """Guard: a participle of a verb of saying that qualifies a noun ("protesting miners") is no
    act said in two words."""
    text = (
        "Governor Ilse Brandt opened the new mine at Orsk on Monday.\n\n"
        "Brandt was interrupted by protesting miners.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "protesting miners") == set()


def test_a_statement_qualified_by_a_body_noun(engine: OfflineEngine) -> None:
    """A statement noun qualified by a body's common noun ("a company statement said …") is the
    statement of the body of that class last named, as "the company said" would be."""
    text = (
        "A fire destroyed a depot of the Kelso Rail Company in Orsk on Sunday.\n\n"
        "A company statement said no drivers had been hurt.\n"
    )
    b = engine.summarize(parse(text, language="en"))
    assert said_by(b, "no drivers had been hurt") == {"kelso rail company"}
