"""Disagreements read from grammar, for precision and recall on unseen text: opposite stances on
one topic (one actor's claim against a thing another's claim is for, each stance carried by the
grammar of the claim's own words).

Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import opposed, sides

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine


# ---------------------------------------------------------------- opposite stances on one topic
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            '"The harbour tunnel is a great success," said engineer Lena Fisk on Monday. Mayor Otto Brand '
            'disagreed about one thing only. "The harbour tunnel is a dangerous waste of money," said Brand.',
        ),
        (
            "fr",
            "« Le tunnel du port est une réussite utile », a déclaré l'ingénieure Léa Fiset lundi. "
            "« Ce tunnel du port est inutile et dangereux », a estimé le maire Otto Brandt.",
        ),
    ],
)
def test_opposite_judgements_of_one_thing_oppose_the_speakers(engine: OfflineEngine, language: str, text: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, "fisk" if language == "en" else "fiset", "brand" if language == "en" else "brandt"), sides(b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            '"The harbour tunnel will be a great success for the city," said engineer Lena Fisk. '
            '"Traffic around the harbour tunnel is a disaster for commuters," said Mayor Otto Brand.',
        ),
        (
            "fr",
            "« Le nouveau tunnel du port sera un vrai succès pour la ville », a déclaré l'ingénieure Léa Fiset. "
            "« La circulation autour du tunnel du port est un désastre pour les habitants », a estimé le maire "
            "Otto Brandt.",
        ),
    ],
)
def test_a_judgement_of_something_else_in_the_phrase_is_no_stance_on_the_thing(
    engine: OfflineEngine, language: str, text: str
) -> None:
    """A negative judgement of the traffic around the tunnel is no stance against the tunnel."""
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- two clauses set against each other
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "After the vote, the Green Alliance will keep control of the city council, whereas the Farmers Party "
            "will remain the largest group in the regional assembly.",
        ),
        (
            "fr",
            "Après le scrutin, l'Alliance verte gardera le contrôle du conseil municipal, tandis que le Parti "
            "paysan restera le premier groupe de l'assemblée régionale.",
        ),
    ],
)
def test_two_facts_set_side_by_side_by_a_contrast_are_no_disagreement(
    engine: OfflineEngine, language: str, text: str
) -> None:
    """A contrast between two clauses opposes two stances, not two facts: a verb of stance on one side."""
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- acts told in a speaker's quoted words
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "en",
            '"The Dockers Union has blocked every effort of the Harbour Company for two years," said Ana Pell, '
            "the director of the Civic Rights League.",
            "dockers union",
            "harbour company",
        ),
        (
            "fr",
            "« Le Syndicat des dockers a bloqué tous les efforts de la Compagnie du port depuis deux ans », a "
            "déclaré Ana Pell, directrice de la Ligue des droits civiques.",
            "syndicat des dockers",
            "compagnie",
        ),
    ],
)
def test_an_act_told_in_someone_elses_quoted_words_is_reported_not_a_stance(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert not any(
        (one in a and any(other in x for x in c)) or (one in c and any(other in x for x in a)) for a, c in sides(b)
    ), sides(b)


@pytest.mark.parametrize(
    ("language", "text", "other"),
    [
        (
            "en",
            'The Transport Commission upheld the ban on Monday. "I condemn the ruling of the Transport '
            'Commission," said Ana Pell.',
            "transport commission",
        ),
        (
            "fr",
            "La Commission des transports a confirmé l'interdiction lundi. « Nous condamnons la décision de la "
            "Commission des transports », a déclaré Ana Pell.",
            "commission des transports",
        ),
    ],
)
def test_the_first_person_of_an_act_in_quoted_words_is_the_speaker(
    engine: OfflineEngine, language: str, text: str, other: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, "ana pell", other), sides(b)


# ---------------------------------------------------------------- a conflict reported as a noun
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Senator Carla Moss spoke to the press on Monday. Her bitter rivalry with Governor Ivan Petrov has "
            "paralysed the state budget.",
        ),
        (
            "fr",
            "La sénatrice Carla Moss s'est exprimée lundi devant la presse. Sa prise de bec avec le gouverneur Ivan "
            "Petrov a paralysé le budget de la région.",
        ),
        (
            "en",
            "Senator Carla Moss spoke to the press on Monday. The stalemate between Carla Moss and Governor Ivan "
            "Petrov has paralysed the state budget.",
        ),
        (
            "fr",
            "La sénatrice Carla Moss s'est exprimée lundi. La rivalité entre Carla Moss et le gouverneur Ivan Petrov "
            "a paralysé le budget de la région.",
        ),
    ],
)
def test_a_conflict_noun_with_its_parties_opposes_them(engine: OfflineEngine, language: str, text: str) -> None:
    """The class of conflict nouns, its first party named by a possessive pronoun or "between"."""
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, "carla moss", "ivan petrov"), sides(b)


# ---------------------------------------------------------------- opposition through a prepositional complement
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Harbour Company announced a new toll on Monday. Mayor Otto Brand objected to the company's toll "
            "in a letter to the council.",
        ),
        (
            "fr",
            "La Compagnie du port a annoncé lundi un nouveau péage. Le maire Otto Brandt s'est opposé au péage de la "
            "Compagnie du port dans une lettre au conseil.",
        ),
    ],
)
def test_a_verb_of_opposition_is_against_the_owner_of_its_prepositional_complement(
    engine: OfflineEngine, language: str, text: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(
        b, "brand" if language == "en" else "brandt", "harbour company" if language == "en" else "compagnie du port"
    ), sides(b)


# ---------------------------------------------------------------- a demand to stop or undo in the speaker's words
@pytest.mark.parametrize(
    ("language", "text", "other"),
    [
        (
            "en",
            'The Harbour Company raised the toll in May. "The Harbour Company must withdraw this toll," said Mayor '
            "Otto Brand.",
            "harbour company",
        ),
        (
            "fr",
            "La Compagnie du port a relevé le péage en mai. « La Compagnie du port doit retirer ce péage », a déclaré "
            "le maire Otto Brandt.",
            "compagnie du port",
        ),
        (
            "en",
            'The Valdor Militia destroyed the old bridge on Sunday. "Stop the destruction now," said Mayor Otto Brand.',
            "valdor militia",
        ),
        (
            "fr",
            "La Milice du Valdor a expulsé trente familles dimanche. « Arrêtez les expulsions maintenant », a déclaré "
            "le maire Otto Brandt.",
            "milice du valdor",
        ),
    ],
)
def test_a_demand_to_stop_or_undo_is_against_the_one_obliged_or_the_doer(
    engine: OfflineEngine, language: str, text: str, other: str
) -> None:
    """An obligation ("must", "doit") or an imperative on a verb of stopping or undoing."""
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, "otto brand" if language == "en" else "otto brandt", other), sides(b)


def test_en_the_one_called_upon_to_undo_is_the_other_side(engine: OfflineEngine) -> None:
    text = "The Harbour Company raised the toll in May. Mayor Otto Brand called on the Harbour Company to withdraw it."
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "otto brand", "harbour company"), sides(b)


# ---------------------------------------------------------------- the victim of the act criticised
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Dockers Union held a strike at the port on Monday. Mayor Otto Brand condemned the attack on the "
            "Dockers Union by masked men.",
        ),
        (
            "en",
            "The Dockers Union held a strike at the port on Monday. Mayor Otto Brand condemned the violence against "
            "the Dockers Union.",
        ),
        (
            "fr",
            "Le Syndicat des dockers a organisé une grève au port lundi. Le maire Otto Brandt a condamné les "
            "violences contre le Syndicat des dockers.",
        ),
    ],
)
def test_who_suffers_the_act_criticised_is_not_the_other_side(engine: OfflineEngine, language: str, text: str) -> None:
    """ "X condemned the attack on Y": Y is the victim of what X is against, not X's opponent."""
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- one asserts something befell, the other denies it
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "en",
            "General Ana Rive said on Monday that her troops had defeated the Valdor Militia. "
            '"The Valdor Militia is not defeated, it is regrouping in the hills," said opposition leader Carl Moss.',
            "ana rive",
            "carl moss",
        ),
        (
            "fr",
            "La générale Ana Rive a affirmé lundi que ses troupes avaient vaincu la Milice du Valdor. « La Milice du "
            "Valdor n'est pas vaincue, elle se regroupe dans les collines », a déclaré le chef de l'opposition Carl "
            "Moss.",
            "ana rive",
            "carl moss",
        ),
    ],
)
def test_an_act_asserted_by_one_and_denied_of_its_object_by_the_other(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    """Active with its object, passive with its subject: the same thing, one negated."""
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)


def test_en_the_same_act_asserted_by_both_is_no_contradiction(engine: OfflineEngine) -> None:
    text = (
        "General Ana Rive said on Monday that her troops had defeated the Valdor Militia. "
        '"The Valdor Militia is defeated, and the hills are safe again," said opposition leader Carl Moss.'
    )
    b = engine.summarize(parse(text, language="en"))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- coordinated subjects that do not agree
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Green Alliance and the Farmers Party could not agree on the water budget on Tuesday."),
        ("fr", "Le Parti paysan et l'Alliance verte ne sont pas d'accord sur le budget de l'eau."),
    ],
)
def test_coordinated_subjects_of_a_negated_agreement_disagree_with_each_other(
    engine: OfflineEngine, language: str, text: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    one, other = ("green alliance", "farmers party") if language == "en" else ("parti paysan", "alliance verte")
    assert opposed(b, one, other), sides(b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Green Alliance and the Farmers Party do not accept the water budget."),
        ("fr", "Le Parti paysan et l'Alliance verte n'acceptent pas le budget de l'eau."),
    ],
)
def test_coordinated_subjects_rejecting_one_thing_together_are_allies(
    engine: OfflineEngine, language: str, text: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- verbs of doubt
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "en",
            "General Ana Rive promised a ceasefire on Monday. Analyst Bo Lin doubts the commitment made by General "
            "Ana Rive.",
            "bo lin",
            "ana rive",
        ),
        (
            "fr",
            "Le Parti paysan a promis une baisse des taxes lundi. Le député Bo Lin se méfie des promesses du Parti "
            "paysan.",
            "bo lin",
            "parti paysan",
        ),
    ],
)
def test_doubting_what_someone_said_or_did_is_against_them(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)


# ---------------------------------------------------------------- "be against"
@pytest.mark.parametrize(
    ("language", "text", "one", "other"),
    [
        (
            "en",
            "The Harbour Company announced a new toll on Monday. Mayor Otto Brand is against the toll of the Harbour "
            "Company.",
            "otto brand",
            "harbour company",
        ),
        (
            "fr",
            "La Compagnie du port a annoncé lundi un nouveau péage. Le maire Otto Brandt est contre le péage de la "
            "Compagnie du port.",
            "otto brandt",
            "compagnie du port",
        ),
    ],
)
def test_the_subject_of_be_against_is_against_the_owner(
    engine: OfflineEngine, language: str, text: str, one: str, other: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)


# ---------------------------------------------------------------- the owner of a thing criticised is not its critic
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            'The Valdor Militia burned the old market on Sunday. The Farmers Party denounced "a fury worthy of war '
            'crimes" in a statement. Mayor Otto Brand condemned the crime in a letter.',
        ),
        (
            "fr",
            "La Milice du Valdor a incendié le vieux marché dimanche. Le Parti paysan a dénoncé « une furie digne de "
            "crimes de guerre » dans un communiqué. Le maire Otto Brandt a condamné le crime dans une lettre.",
        ),
    ],
)
def test_who_named_the_act_a_crime_before_is_a_critic_not_its_owner(
    engine: OfflineEngine, language: str, text: str
) -> None:
    """The same noun said before inside another's criticism (at any depth, or as a judgement: "crime")
    does not make that critic the owner of what is condemned: the party is never set against the
    mayor who condemns the crime after it. (Round 17: its quotation, which "denounced" governs,
    now sets it against the militia, the act's author; until then it stood on no side.)"""
    b = engine.summarize(parse(text, language=language))
    party = "farmers party" if language == "en" else "parti paysan"
    mayor = "otto brand" if language == "en" else "otto brandt"
    assert not any((party in a and mayor in c) or (mayor in a and party in c) for a, c in sides(b)), sides(b)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            '"Harassment in the market has doubled this year," said trader Ana Pell. "Stop the harassers now," said '
            "Mayor Otto Brand.",
        ),
        (
            "fr",
            "« Les agressions au marché ont doublé cette année », a déclaré la commerçante Ana Pell. « Arrêtez les "
            "agresseurs maintenant », a déclaré le maire Otto Brandt.",
        ),
    ],
)
def test_a_demand_to_stop_people_named_by_what_they_do_owns_no_one_act(
    engine: OfflineEngine, language: str, text: str
) -> None:
    """ "Stop the harassers": an agent noun names people, not an act someone told before."""
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- a reply to an accusation
@pytest.mark.parametrize(
    ("language", "text", "company"),
    [
        (
            "en",
            '"The Harbour Company pollutes the bay every night," said Ana Pell of the Farmers Party. Responding to the '
            "allegations, the Harbour Company said it respected every rule.",
            "harbour company",
        ),
        (
            "fr",
            "« La Compagnie du port pollue la baie chaque nuit », a déclaré Ana Pell, du Parti paysan. En réponse à "
            "ces allégations, la Compagnie du port a affirmé qu'elle respectait toutes les règles.",
            "compagnie du port",
        ),
    ],
)
def test_a_reply_to_allegations_answers_who_made_them(
    engine: OfflineEngine, language: str, text: str, company: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, company, "ana pell"), sides(b)
