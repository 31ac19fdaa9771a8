"""Round 6: disagreements stated by news discourse — an act reported, then reactions to it.

Every sentence here is composed for the test (tests/test_no_dev_sentences.py)."""

from __future__ import annotations

from briefing_queries import opposed, sides

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import Briefing


def en(engine: OfflineEngine, text: str) -> Briefing:
    return engine.summarize(parse(text, language="en"))


def fr(engine: OfflineEngine, text: str) -> Briefing:
    return engine.summarize(parse(text, language="fr"))


def allied(b: Briefing, one: str, other: str) -> bool:
    """Whether ``one`` and ``other`` stand on one side of a disagreement."""
    return any(one in s and other in s for pair in sides(b) for s in pair)


# ---------------------------------------------------------------- critics of an act reported before
def test_en_critics_of_a_reported_act_are_one_side_against_its_author(engine: OfflineEngine) -> None:
    b = en(engine, "Mayor Laura Finch banned cars from the old harbour on Monday. The Harbour Traders Union "
                   "condemned the decision on Tuesday. The Cyclists Alliance criticised the measure.")
    assert opposed(b, "laura finch", "harbour traders union")
    assert opposed(b, "laura finch", "cyclists alliance")
    assert allied(b, "harbour traders union", "cyclists alliance")


def test_fr_les_critiques_d_un_acte_rapporte_sont_un_camp_contre_son_auteur(engine: OfflineEngine) -> None:
    b = fr(engine, "La maire Laura Finch a interdit les voitures sur le vieux port lundi. Le syndicat Marins Unis a "
                   "dénoncé cette décision mardi. Le collectif Vélo Libre a critiqué la mesure.")
    assert opposed(b, "laura finch", "marins unis")
    assert opposed(b, "laura finch", "velo libre")
    assert allied(b, "marins unis", "velo libre")


def test_en_an_indefinite_object_names_no_act_of_anyone(engine: OfflineEngine) -> None:
    b = en(engine, "Mayor Laura Finch opened the new harbour market on Monday. The Harbour Traders Union "
                   "condemned any violence against traders.")
    assert not opposed(b, "laura finch", "harbour traders union")


def test_fr_un_objet_indefini_ne_nomme_l_acte_de_personne(engine: OfflineEngine) -> None:
    b = fr(engine, "La maire Laura Finch a inauguré le nouveau marché du port lundi. Le syndicat Marins Unis "
                   "a dénoncé toute violence contre les commerçants.")
    assert not opposed(b, "laura finch", "marins unis")


def test_en_opposition_voiced_to_an_actors_position_opposes_that_actor(engine: OfflineEngine) -> None:
    b = en(engine, "Senator Omar Reyes proposed a tax on cruise ships. Later, the Coastal Residents Network "
                   "expressed its opposition to the position of the Green Party.")
    assert opposed(b, "coastal residents network", "green party")


def test_fr_une_opposition_manifestee_a_la_position_d_un_acteur_l_oppose_a_lui(engine: OfflineEngine) -> None:
    b = fr(engine, "Le sénateur Omar Reyes a proposé une taxe sur les navires de croisière. Le Réseau des "
                   "riverains a manifesté son opposition à la position du Parti vert.")
    assert opposed(b, "reseau des riverains", "parti vert")


# ---------------------------------------------------------------- a state and its own bodies
def test_en_a_body_named_by_its_states_adjective_is_never_against_that_state(engine: OfflineEngine) -> None:
    b = en(engine, "Chile signed a fishing treaty with Peru on Monday. The Chilean Fisheries Agency denounced "
                   "the treaty on Tuesday.")
    assert not opposed(b, "chile", "chilean fisheries agency")


def test_fr_un_corps_nomme_par_l_adjectif_de_son_etat_n_est_jamais_contre_cet_etat(engine: OfflineEngine) -> None:
    b = fr(engine, "Le Chili a signé lundi un traité de pêche avec le Pérou. L'Agence chilienne des pêches a "
                   "dénoncé le traité mardi.")
    assert not opposed(b, "chili", "agence chilienne des peches")


# ---------------------------------------------------------------- people named by their opposition
def test_en_critics_speak_against_the_one_the_article_is_about(engine: OfflineEngine) -> None:
    b = en(engine, "Governor Alan Price closed three rural hospitals on Monday. Critics said that patients would "
                   "now travel for hours to see a doctor.")
    assert opposed(b, "critics", "alan price")


def test_fr_les_detracteurs_parlent_contre_celui_dont_parle_l_article(engine: OfflineEngine) -> None:
    b = fr(engine, "Le gouverneur Alan Price a fermé trois hôpitaux ruraux lundi. Les détracteurs ont affirmé que "
                   "les patients devraient désormais rouler des heures pour voir un médecin.")
    assert opposed(b, "detracteurs", "alan price")


# ---------------------------------------------------------------- acts directed against an actor
def test_en_a_verb_with_against_an_actor_sets_its_subject_against_that_actor(engine: OfflineEngine) -> None:
    b = en(engine, "Governor Alan Price said that the budget was balanced. Senator Omar Reyes campaigned against "
                   "Alan Price for two years.")
    assert opposed(b, "omar reyes", "alan price")


def test_fr_un_verbe_avec_contre_un_acteur_oppose_son_sujet_a_cet_acteur(engine: OfflineEngine) -> None:
    b = fr(engine, "Le gouverneur Alan Price a affirmé que le budget était équilibré. Omar Reyes, sénateur du "
                   "nord, a fait campagne contre Alan Price pendant deux ans.")
    assert opposed(b, "omar reyes", "alan price")


def test_en_a_thing_going_against_an_actor_sets_no_one_against_it(engine: OfflineEngine) -> None:
    b = en(engine, "Governor Alan Price said that the budget was balanced. The new dam goes against Alan Price "
                   "and his plans.")
    assert not b.disagreements


def test_fr_un_verbe_nie_avec_contre_n_oppose_personne(engine: OfflineEngine) -> None:
    b = fr(engine, "Le gouverneur Alan Price a affirmé que le budget était équilibré. Le sénateur Omar Reyes n'a "
                   "jamais voté contre Alan Price.")
    assert not opposed(b, "omar reyes", "alan price")


# ---------------------------------------------------------------- hostile acts on an actor
def test_en_a_hostile_act_on_an_actor_opposes_its_author_to_that_actor(engine: OfflineEngine) -> None:
    b = en(engine, "Chile expelled two diplomats of Peru on Monday. Peru said that the expulsion broke an old "
                   "treaty.")
    assert opposed(b, "chile", "peru")


def test_fr_un_acte_hostile_envers_un_acteur_oppose_son_auteur_a_cet_acteur(engine: OfflineEngine) -> None:
    b = fr(engine, "Le Chili a expulsé lundi deux diplomates du Pérou. Le Pérou a affirmé que cette expulsion "
                   "violait un ancien traité.")
    assert opposed(b, "chili", "perou")


def test_en_a_hostile_act_not_done_opposes_no_one(engine: OfflineEngine) -> None:
    b = en(engine, "Chile did not expel the diplomats of Peru on Monday. Peru said that talks would go on.")
    assert not opposed(b, "chile", "peru")


# ---------------------------------------------------------------- a person and the body it holds a role in
def test_en_a_person_is_never_against_the_body_whose_role_it_holds(engine: OfflineEngine) -> None:
    b = en(engine, "The Harbour Company raised its fees on Monday. Tom Baker, the chairman of the Harbour "
                   "Company, criticised the decision.")
    assert not opposed(b, "tom baker", "harbour company")


def test_fr_une_personne_n_est_jamais_contre_le_corps_dont_elle_tient_un_role(engine: OfflineEngine) -> None:
    b = fr(engine, "La Compagnie du port a augmenté ses tarifs lundi. Le président de la Compagnie du port, "
                   "Tom Baker, a critiqué cette décision.")
    assert not opposed(b, "tom baker", "compagnie du port")


# ---------------------------------------------------------------- a judgement of "this" takes up the act just told
def test_en_a_judgement_of_this_is_against_the_actor_whose_act_was_just_told(engine: OfflineEngine) -> None:
    b = en(engine, 'Mayor Laura Finch said that the city had no money. Senator Omar Reyes said: "Laura Finch is '
                   'closing the night shelters in winter. This is dangerous and irresponsible."')
    assert opposed(b, "omar reyes", "laura finch")


def test_fr_un_jugement_de_cette_chose_est_contre_l_auteur_de_l_acte_dit(engine: OfflineEngine) -> None:
    b = fr(engine, "La maire Laura Finch a affirmé que la ville manquait d'argent. Le sénateur Omar Reyes a affirmé "
                   "que Laura Finch fermait les foyers de nuit et que cette erreur était grave.")
    assert opposed(b, "omar reyes", "laura finch")


def test_en_a_judgement_in_words_that_negate_takes_up_no_act(engine: OfflineEngine) -> None:
    b = en(engine, 'Mayor Laura Finch said that the city had no money. Senator Omar Reyes said: "Laura Finch is '
                   'not closing the night shelters. This would be dangerous."')
    assert not opposed(b, "omar reyes", "laura finch")


# ---------------------------------------------------------------- a reception with a feeling of opposition
def test_en_greeting_an_act_with_scepticism_is_against_its_author(engine: OfflineEngine) -> None:
    b = en(engine, "Mayor Laura Finch announced a new parking fee on Monday. The Harbour Traders Union greeted the "
                   "announcement with deep scepticism.")
    assert opposed(b, "harbour traders union", "laura finch")


def test_fr_recevoir_un_acte_avec_colere_est_contre_son_auteur(engine: OfflineEngine) -> None:
    b = fr(engine, "La maire Laura Finch a annoncé lundi une nouvelle taxe de stationnement. Le syndicat Marins "
                   "Unis a reçu cette taxe avec une vive colère.")
    assert opposed(b, "marins unis", "laura finch")


def test_en_greeting_an_act_with_joy_is_no_disagreement(engine: OfflineEngine) -> None:
    b = en(engine, "Mayor Laura Finch announced a new parking fee on Monday. The Harbour Traders Union greeted the "
                   "announcement with joy.")
    assert not b.disagreements


# ---------------------------------------------------------------- regret and deplore are verbs of opposition
def test_en_deploring_a_reported_act_is_against_its_author(engine: OfflineEngine) -> None:
    b = en(engine, "Mayor Laura Finch closed the old library on Monday. Senator Omar Reyes deplored the decision "
                   "on Tuesday.")
    assert opposed(b, "omar reyes", "laura finch")


def test_fr_regretter_un_acte_rapporte_est_contre_son_auteur(engine: OfflineEngine) -> None:
    b = fr(engine, "La maire Laura Finch a fermé la vieille bibliothèque lundi. Le collectif Lecteurs Unis a "
                   "regretté cette décision mardi.")
    assert opposed(b, "lecteurs unis", "laura finch")


def test_en_a_definite_thing_that_names_no_act_is_nobodys_act(engine: OfflineEngine) -> None:
    b = en(engine, "Mayor Laura Finch spoke at the harbour on Monday. Senator Omar Reyes criticised the weather.")
    assert not opposed(b, "omar reyes", "laura finch")


def test_fr_une_chose_definie_qui_ne_nomme_aucun_acte_n_est_l_acte_de_personne(engine: OfflineEngine) -> None:
    b = fr(engine, "La maire Laura Finch a parlé au port lundi. Le sénateur Omar Reyes a critiqué la météo.")
    assert not opposed(b, "omar reyes", "laura finch")
