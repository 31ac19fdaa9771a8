"""Disagreements from the grammar of conflict, not from dev sentences: the whole class of verbs
of rejection, denial and criticism with the roles that give the two sides (the subject against
the object, the object's possessor, the author of the act the object names, the one a
reproach is addressed to), verbs aimed at someone through a preposition, conflict nouns of
several words, retorts that name no one, and two speakers' clauses set against each other by
a contrast inside one sentence.

Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import opposed, sides

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import Briefing


def grounded(b: Briefing, text: str) -> bool:
    return all(ev.quote == text[ev.start : ev.end] for d in b.disagreements for ev in d.evidence)


# ---------------------------------------------------------------- verbs of criticism, the whole class
@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Carla Moss castigated Prime Minister Ivan Petrov over the pension cuts.",
        "Opposition leader Carla Moss berated Prime Minister Ivan Petrov in parliament on Tuesday.",
        "Opposition leader Carla Moss repudiated the budget of Prime Minister Ivan Petrov.",
        "Opposition leader Carla Moss contradicted Prime Minister Ivan Petrov on the jobless figures.",
    ],
)
def test_en_verbs_of_criticism_set_subject_against_object(engine: OfflineEngine, text: str) -> None:
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "carla moss", "ivan petrov"), sides(b)
    assert grounded(b, text)


@pytest.mark.parametrize(
    "text",
    [
        "La députée Anne Morel a vilipendé le ministre Paul Ravel devant l'Assemblée.",
        "La députée Anne Morel a stigmatisé la réforme du ministre Paul Ravel.",
        "Le ministre Paul Ravel a contredit la députée Anne Morel sur les chiffres du chômage.",
        "La députée Anne Morel a désapprouvé le plan du ministre Paul Ravel.",
    ],
)
def test_fr_les_verbes_de_critique_opposent_sujet_et_objet(engine: OfflineEngine, text: str) -> None:
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "anne morel", "paul ravel"), sides(b)
    assert grounded(b, text)


# ---------------------------------------------------------------- roles that give the other side
def test_en_the_author_of_the_act_criticised_is_the_other_side(engine: OfflineEngine) -> None:
    """The object names an act by a participle with its agent: the agent did it."""
    text = "Mayor Tom Brandt condemned the strike called by the Drivers Union."
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "tom brandt", "drivers union"), sides(b)


def test_fr_l_auteur_de_l_acte_critique_est_l_autre_camp(engine: OfflineEngine) -> None:
    text = "Le maire Tom Brandt a condamné la grève lancée par la Fédération des routiers."
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "tom brandt", "federation des routiers"), sides(b)


def test_fr_celui_a_qui_s_adresse_un_reproche_est_l_autre_camp(engine: OfflineEngine) -> None:
    text = "La députée Anne Morel reproche au ministre Paul Ravel son manque de courage."
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "anne morel", "paul ravel"), sides(b)


def test_fr_poursuivre_quelqu_un_en_justice(engine: OfflineEngine) -> None:
    text = "L'association Eau Claire poursuit la société Minerva en justice."
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "eau claire", "minerva"), sides(b)


def test_en_against_the_act_of_an_actor(engine: OfflineEngine) -> None:
    """ "against" whose object is an act owned by an actor: against that actor."""
    text = "Residents protested against the decision of the Northbay Council."
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "residents", "northbay council"), sides(b)


def test_fr_contre_l_acte_d_un_acteur(engine: OfflineEngine) -> None:
    text = "Les riverains ont manifesté contre la décision de l'Office des ports."
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "riverains", "office des ports"), sides(b)


# ---------------------------------------------------------------- verbs aimed through a preposition
@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ivan Petrov hit back at Carla Moss on Wednesday.",
        "Prime Minister Ivan Petrov lashed out at Carla Moss on Wednesday.",
        "Prime Minister Ivan Petrov took aim at Carla Moss during the debate.",
    ],
)
def test_en_verbs_aimed_at_someone(engine: OfflineEngine, text: str) -> None:
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "carla moss", "ivan petrov"), sides(b)


@pytest.mark.parametrize(
    "text",
    [
        "La députée Anne Morel s'en est prise au ministre Paul Ravel.",
        "La députée Anne Morel s'en prend au ministre Paul Ravel dans une tribune.",
    ],
)
def test_fr_s_en_prendre_a_quelqu_un(engine: OfflineEngine, text: str) -> None:
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "anne morel", "paul ravel"), sides(b)


def test_en_hitting_a_ball_aims_at_no_one(engine: OfflineEngine) -> None:
    text = "Coach Ivan Petrov said the team played well. Carla Moss hit the ball at the fence."
    b = engine.summarize(parse(text, language="en"))
    assert not opposed(b, "carla moss", "ivan petrov"), sides(b)


# ---------------------------------------------------------------- retorts, conflict nouns, contrasts
def test_en_a_retort_naming_no_one_answers_the_last_speaker(engine: OfflineEngine) -> None:
    text = "Carla Moss said the budget was a disaster. Prime Minister Ivan Petrov countered that it would create jobs."
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "carla moss", "ivan petrov"), sides(b)


def test_fr_un_conflit_de_plusieurs_mots_nomme_ses_deux_parties(engine: OfflineEngine) -> None:
    text = "Le bras de fer entre Anne Morel et Paul Ravel s'est durci cette semaine."
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "anne morel", "paul ravel"), sides(b)
    assert grounded(b, text)


def test_en_a_conflict_of_several_words_names_its_two_parties(engine: OfflineEngine) -> None:
    text = "The war of words between Carla Moss and Ivan Petrov escalated this week."
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "carla moss", "ivan petrov"), sides(b)


def test_fr_deux_propos_opposes_par_alors_que_dans_une_phrase(engine: OfflineEngine) -> None:
    """ "X a affirmé que A, alors qu'Y a estimé que B": two claims, against each other."""
    text = "Paul Ravel a affirmé que l'usine était sûre, alors qu'Anne Morel a estimé qu'elle était dangereuse."
    b = engine.summarize(parse(text, language="fr"))
    said = {c.speaker: c.evidence[0].quote for c in b.claims}
    assert "Anne Morel" not in said.get("paul-ravel", ""), said
    assert opposed(b, "anne morel", "paul ravel"), sides(b)


def test_en_two_claims_set_against_each_other_by_whereas(engine: OfflineEngine) -> None:
    text = "Paul Ravel insisted that the dam was sound, whereas the engineer Anne Morel argued that it was cracking."
    b = engine.summarize(parse(text, language="en"))
    said = {c.speaker: c.evidence[0].quote for c in b.claims}
    assert "Anne Morel" not in said.get("paul-ravel", ""), said
    assert opposed(b, "anne morel", "paul ravel"), sides(b)


def test_en_co_signatories_are_not_set_against_each_other(engine: OfflineEngine) -> None:
    text = "Carla Moss and Ivan Petrov jointly condemned the decision of the Harbour Board."
    b = engine.summarize(parse(text, language="en"))
    assert not opposed(b, "carla moss", "ivan petrov"), sides(b)


# ---------------------------------------------------------------- allies are never set against each other
def test_en_coordinated_subjects_stand_on_one_side(engine: OfflineEngine) -> None:
    text = (
        "Senator Carla Moss and the Harbour Union condemned Governor Ivan Petrov on Monday. Carla Moss said the "
        "new port tax was a disaster for fishermen. The Harbour Union said the new port tax was a good idea for "
        "the harbour but came too late."
    )
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "harbour union", "ivan petrov"), sides(b)
    assert not opposed(b, "carla moss", "harbour union"), sides(b)


def test_fr_des_sujets_coordonnes_sont_d_un_meme_camp(engine: OfflineEngine) -> None:
    text = "La sénatrice Anne Morel et le syndicat Marins Unis ont dénoncé le ministre Paul Ravel lundi."
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "marins unis", "paul ravel"), sides(b)
    assert opposed(b, "anne morel", "paul ravel"), sides(b)


@pytest.mark.parametrize(
    ("text", "language", "one", "other", "common"),
    [
        (
            "Senator Carla Moss criticised Governor Ivan Petrov on Monday. The Harbour Union accused Governor Ivan "
            "Petrov of lying. Carla Moss said the new port tax was a disaster for fishermen. The Harbour Union said "
            "the new port tax was a good idea for the harbour.",
            "en",
            "carla moss",
            "harbour union",
            "ivan petrov",
        ),
        (
            "La sénatrice Anne Morel a critiqué le ministre Paul Ravel lundi. Le syndicat Marins Unis a accusé le "
            "ministre Paul Ravel de mentir. Anne Morel a affirmé que la nouvelle taxe portuaire était un désastre "
            "pour les pêcheurs. Le syndicat Marins Unis a estimé que la nouvelle taxe portuaire était une bonne "
            "idée pour le port.",
            "fr",
            "anne morel",
            "marins unis",
            "paul ravel",
        ),
    ],
)
def test_critics_of_one_opponent_are_not_opposed_by_a_shared_topic(
    engine: OfflineEngine, text: str, language: str, one: str, other: str, common: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, common) and opposed(b, other, common), sides(b)
    assert not opposed(b, one, other), sides(b)


# ---------------------------------------------------------------- reactions to what was said or done
EN_TAX = (
    "Finance Minister Ivan Petrov announced a new fuel tax on Monday. Petrov said the tax would raise two "
    "billion dollars. "
)
FR_TAX = (
    "Le ministre des Finances Paul Ravel a annoncé lundi une nouvelle taxe sur le carburant. Paul Ravel a "
    "assuré que la taxe rapporterait deux milliards d'euros. "
)


@pytest.mark.parametrize(
    "text",
    [
        EN_TAX + "Opposition leader Carla Moss called Petrov's figures unfounded.",
        EN_TAX + "Opposition leader Carla Moss branded the statement a fabrication.",
    ],
)
def test_en_qualifying_what_someone_said_by_a_negative_judgement(engine: OfflineEngine, text: str) -> None:
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "carla moss", "ivan petrov"), sides(b)
    assert grounded(b, text)


@pytest.mark.parametrize(
    "text",
    [
        FR_TAX + "La députée Anne Morel a qualifié ces chiffres de mensongers.",
        FR_TAX + "La députée Anne Morel a jugé ces chiffres infondés.",
    ],
)
def test_fr_qualifier_ce_que_quelqu_un_a_dit_par_un_jugement_negatif(engine: OfflineEngine, text: str) -> None:
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "anne morel", "paul ravel"), sides(b)
    assert grounded(b, text)


def test_en_calling_a_plan_a_success_is_no_disagreement(engine: OfflineEngine) -> None:
    b = engine.summarize(parse(EN_TAX + "Opposition leader Carla Moss called the tax a sensible step.", language="en"))
    assert not opposed(b, "carla moss", "ivan petrov"), sides(b)


def test_en_a_short_noun_takes_up_the_act_of_its_author(engine: OfflineEngine) -> None:
    text = (
        "Finance Minister Ivan Petrov announced a new fuel tax on Monday. "
        "The Farmers League denounced the tax as theft."
    )
    b = engine.summarize(parse(text, language="en"))
    assert opposed(b, "farmers league", "ivan petrov"), sides(b)


def test_fr_au_contraire_entre_le_verbe_et_sa_completive(engine: OfflineEngine) -> None:
    """ "X affirme au contraire que …": the clause is X's claim, against the one before."""
    text = FR_TAX + "La députée Anne Morel affirme au contraire que la taxe ne rapportera rien."
    b = engine.summarize(parse(text, language="fr"))
    said = {c.speaker: c.evidence[0].quote for c in b.claims}
    assert "la taxe ne rapportera rien" in said.get("anne-morel", ""), said
    assert opposed(b, "anne morel", "paul ravel"), sides(b)


def test_en_told_to_someone_that(engine: OfflineEngine) -> None:
    text = EN_TAX + "Opposition leader Carla Moss insisted to reporters that the tax would not raise that much."
    b = engine.summarize(parse(text, language="en"))
    said = {c.speaker: c.evidence[0].quote for c in b.claims}
    assert "the tax would not raise that much" in said.get("carla-moss", ""), said


@pytest.mark.parametrize(
    ("text", "language", "one", "other"),
    [
        (EN_TAX + "Opposition leader Carla Moss said the figures were misleading.", "en", "carla moss", "ivan petrov"),
        (EN_TAX + "Opposition leader Carla Moss said these claims were false.", "en", "carla moss", "ivan petrov"),
        (FR_TAX + "Selon la députée Anne Morel, ces chiffres sont faux.", "fr", "anne morel", "paul ravel"),
        (
            FR_TAX + "La députée Anne Morel a estimé que cette décision était une erreur.",
            "fr",
            "anne morel",
            "paul ravel",
        ),
    ],
)
def test_a_negative_judgement_of_what_was_said_or_done_opposes_its_author(
    engine: OfflineEngine, text: str, language: str, one: str, other: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)
    assert grounded(b, text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN_TAX + "Opposition leader Carla Moss said the figures were not misleading.", "en"),
        (FR_TAX + "La députée Anne Morel a estimé que ces chiffres étaient exacts.", "fr"),
    ],
)
def test_a_judgement_that_is_no_reproach_opposes_no_one(engine: OfflineEngine, text: str, language: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


@pytest.mark.parametrize(
    ("text", "language", "one", "other"),
    [
        (
            "Finance Minister Ivan Petrov announced a new fuel tax on Monday. "
            "The tax drew sharp criticism from the Farmers League.",
            "en",
            "farmers league",
            "ivan petrov",
        ),
        (
            "Finance Minister Ivan Petrov announced a new fuel tax on Monday. "
            "Petrov faced protests from the Farmers League.",
            "en",
            "farmers league",
            "ivan petrov",
        ),
        (
            "Le ministre des Finances Paul Ravel a annoncé lundi une nouvelle taxe sur le carburant. "
            "La taxe a suscité de vives critiques de la Fédération des agriculteurs.",
            "fr",
            "federation des agriculteurs",
            "paul ravel",
        ),
        (
            "Le ministre des Finances Paul Ravel a annoncé lundi une nouvelle taxe sur le carburant. "
            "Cette mesure a provoqué la colère de la Fédération des agriculteurs.",
            "fr",
            "federation des agriculteurs",
            "paul ravel",
        ),
    ],
)
def test_drawing_criticism_from_someone(engine: OfflineEngine, text: str, language: str, one: str, other: str) -> None:
    """ "X drew criticism from Y", "X a suscité la colère de Y": Y against X, or the author of what X names."""
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)
    assert grounded(b, text)


def test_fr_susciter_l_enthousiasme_n_oppose_personne(engine: OfflineEngine) -> None:
    text = (
        "Le ministre des Finances Paul Ravel a annoncé lundi une nouvelle taxe sur le carburant. "
        "La taxe a suscité l'enthousiasme de la Fédération des agriculteurs."
    )
    b = engine.summarize(parse(text, language="fr"))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- denials of a clause, demands to undo, fighting an act
@pytest.mark.parametrize(
    ("text", "language", "one", "other"),
    [
        (
            "Opposition leader Carla Moss said Finance Minister Ivan Petrov had hidden the deficit. "
            "Petrov denied that he had hidden anything.",
            "en",
            "carla moss",
            "ivan petrov",
        ),
        (
            "La députée Anne Morel a affirmé que le ministre Paul Ravel avait caché le déficit. "
            "Paul Ravel a démenti qu'il ait caché le déficit.",
            "fr",
            "anne morel",
            "paul ravel",
        ),
        (EN_TAX + "Opposition leader Carla Moss disputed that figure.", "en", "carla moss", "ivan petrov"),
        (EN_TAX + "Opposition leader Carla Moss vowed to fight the tax.", "en", "carla moss", "ivan petrov"),
        (FR_TAX + "La députée Anne Morel a promis de combattre cette taxe.", "fr", "anne morel", "paul ravel"),
        (EN_TAX + "Opposition leader Carla Moss urged Petrov to scrap the tax.", "en", "carla moss", "ivan petrov"),
        (
            FR_TAX + "La députée Anne Morel a appelé Paul Ravel à renoncer à la taxe.",
            "fr",
            "anne morel",
            "paul ravel",
        ),
    ],
)
def test_denials_demands_and_fights_against_what_someone_said_or_did(
    engine: OfflineEngine, text: str, language: str, one: str, other: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)
    assert grounded(b, text)


# ---------------------------------------------------------------- a negated agreement is a disagreement
@pytest.mark.parametrize(
    ("text", "language", "one", "other"),
    [
        (EN_TAX + "Opposition leader Carla Moss does not accept Petrov's figures.", "en", "carla moss", "ivan petrov"),
        (EN_TAX + "Opposition leader Carla Moss did not share that view.", "en", "carla moss", "ivan petrov"),
        (
            EN_TAX + "Opposition leader Carla Moss disagreed, saying farmers would pay the price.",
            "en",
            "carla moss",
            "ivan petrov",
        ),
        (FR_TAX + "La députée Anne Morel n'est pas d'accord avec Paul Ravel.", "fr", "anne morel", "paul ravel"),
        (FR_TAX + "La députée Anne Morel ne partage pas cet avis.", "fr", "anne morel", "paul ravel"),
        (
            FR_TAX + "La députée Anne Morel n'accepte pas les chiffres de Paul Ravel.",
            "fr",
            "anne morel",
            "paul ravel",
        ),
    ],
)
def test_a_negated_agreement_is_a_disagreement(
    engine: OfflineEngine, text: str, language: str, one: str, other: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)
    assert grounded(b, text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FR_TAX + "La députée Anne Morel est d'accord avec Paul Ravel.", "fr"),
        (EN_TAX + "Opposition leader Carla Moss agreed, saying farmers would gain.", "en"),
        (EN_TAX + "Delegates of the dockers' union did not agree among themselves about the strike dates.", "en"),
    ],
)
def test_an_agreement_or_a_split_among_members_opposes_no_one(engine: OfflineEngine, text: str, language: str) -> None:
    b = engine.summarize(parse(text, language=language))
    assert not b.disagreements, sides(b)


# ---------------------------------------------------------------- "X's opponents", "les détracteurs de X"
@pytest.mark.parametrize(
    ("text", "language", "critics"),
    [
        (
            "Governor Ruth Calloway unveiled a plan to close three rural schools on Monday. Calloway said the plan "
            "would save money. Senator Paul Brennan backed the plan. Brennan's critics said the Farmers Union of "
            "Valdoria had been ignored.",
            "en",
            "critics",
        ),
        (
            "La gouverneure Ruth Calloway a présenté lundi un plan de fermeture de trois écoles rurales. Ruth "
            "Calloway a affirmé que le plan permettrait des économies. Le sénateur Paul Brennan a soutenu le plan. "
            "Les détracteurs de Paul Brennan estiment que l'Union des fermiers a été ignorée.",
            "fr",
            "detracteurs",
        ),
    ],
)
def test_people_named_by_their_opposition_to_someone_oppose_that_one(
    engine: OfflineEngine, text: str, language: str, critics: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, critics, "paul brennan"), sides(b)
    assert not opposed(b, critics, "union"), sides(b)


# ------------------------------------------ conflict as a predicate, reciprocal verbs, acts against an act
MET_EN = "Senator Carla Moss and Governor Ivan Petrov met on Monday. "
MET_FR = "La sénatrice Anne Morel et le ministre Paul Ravel se sont rencontrés lundi. "


@pytest.mark.parametrize(
    ("text", "language", "one", "other"),
    [
        (MET_EN + "Moss is at odds with Petrov over the deficit.", "en", "carla moss", "ivan petrov"),
        (MET_EN + "Moss remains at loggerheads with Petrov over the budget.", "en", "carla moss", "ivan petrov"),
        (MET_FR + "Anne Morel est en conflit avec Paul Ravel sur le budget.", "fr", "anne morel", "paul ravel"),
        (MET_FR + "Anne Morel et Paul Ravel se sont opposés sur le budget.", "fr", "anne morel", "paul ravel"),
        (MET_EN + "Petrov vetoed a bill drafted by Moss.", "en", "carla moss", "ivan petrov"),
        (MET_EN + "Moss boycotted Petrov's budget summit.", "en", "carla moss", "ivan petrov"),
        (MET_FR + "Anne Morel a boycotté le sommet de Paul Ravel.", "fr", "anne morel", "paul ravel"),
    ],
)
def test_conflict_predicates_reciprocal_verbs_and_acts_against_an_act(
    engine: OfflineEngine, text: str, language: str, one: str, other: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)
    assert grounded(b, text)


@pytest.mark.parametrize(
    ("text", "language", "one", "other"),
    [
        (MET_EN + "Moss and Petrov traded accusations over the deficit.", "en", "carla moss", "ivan petrov"),
        (MET_EN + "Moss took Petrov to court over the budget.", "en", "carla moss", "ivan petrov"),
        (MET_FR + "Anne Morel a assigné Paul Ravel en justice.", "fr", "anne morel", "paul ravel"),
        (MET_FR + "Anne Morel a mis en cause Paul Ravel dans cette affaire.", "fr", "anne morel", "paul ravel"),
        (MET_FR + "Anne Morel a pris pour cible Paul Ravel.", "fr", "anne morel", "paul ravel"),
        (
            MET_FR + "Anne Morel et Paul Ravel ont échangé des accusations sur le budget.",
            "fr",
            "anne morel",
            "paul ravel",
        ),
    ],
)
def test_idioms_of_attack_and_exchanges_of_accusations(
    engine: OfflineEngine, text: str, language: str, one: str, other: str
) -> None:
    b = engine.summarize(parse(text, language=language))
    assert opposed(b, one, other), sides(b)
    assert grounded(b, text)


def test_en_exchanging_greetings_opposes_no_one(engine: OfflineEngine) -> None:
    b = engine.summarize(parse(MET_EN + "Moss and Petrov exchanged greetings at the door.", language="en"))
    assert not opposed(b, "carla moss", "ivan petrov"), sides(b)


def test_fr_deux_actes_opposes_par_alors_qu_elide(engine: OfflineEngine) -> None:
    """ "X défend A, alors qu'Y veut le supprimer": the elided "qu'" is the connective's "que"."""
    text = "Le ministre Paul Ravel défend la nouvelle taxe, alors qu'Anne Morel veut la supprimer."
    b = engine.summarize(parse(text, language="fr"))
    assert opposed(b, "anne morel", "paul ravel"), sides(b)


def test_fr_lorsqu_elide_n_est_pas_un_contraste(engine: OfflineEngine) -> None:
    text = "Le ministre Paul Ravel défend la nouvelle taxe, lorsqu'Anne Morel est en voyage."
    b = engine.summarize(parse(text, language="fr"))
    assert not opposed(b, "anne morel", "paul ravel"), sides(b)
