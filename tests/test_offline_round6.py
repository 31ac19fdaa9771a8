"""Offline engine, round 6: speakers and actors by general rules, on sentences composed here."""

from __future__ import annotations

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.profile import fold
from summarizer.schema import Briefing


def speaker_of(briefing: Briefing, words: str) -> set[str]:
    """The folded names and aliases of the speakers of the claims whose evidence holds ``words``."""
    found: set[str] = set()
    for c in briefing.claims:
        actor = briefing.actor(c.speaker) if c.speaker else None
        if actor is not None and words in c.evidence[0].quote:
            found |= {fold(n) for n in [actor.name, *actor.aliases]}
    return found


def actor_names(briefing: Briefing) -> set[str]:
    return {fold(a.name) for a in briefing.actors}


# ---------------------------------------------------------------- frames with a contracted article
def test_french_frame_ending_in_de_takes_the_contracted_article(engine: OfflineEngine) -> None:
    text = ("Le conseil municipal a voté la fermeture de la piscine mardi. Aux yeux des riverains, cette fermeture "
            "prive le quartier de son seul équipement sportif.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "riverains" in speaker_of(briefing, "prive le quartier de son seul")


def test_french_frame_takes_du_for_de_le(engine: OfflineEngine) -> None:
    text = ("La région a présenté un plan pour les lignes de car. De l'avis du maire, ce plan oublie les "
            "villages de montagne.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "maire" in speaker_of(briefing, "ce plan oublie les villages")


# ---------------------------------------------------------------- a name that only qualifies the group
def test_english_possessor_of_a_group_does_not_speak(engine: OfflineEngine) -> None:
    text = ("The governor vetoed the water bill on Tuesday. According to Marta Quell's opponents, the veto leaves "
            "three valleys without a reservoir.")
    briefing = engine.summarize(parse(text, language="en"))
    speakers = speaker_of(briefing, "leaves three valleys without")
    assert "opponents" in speakers and "marta quell" not in speakers


def test_french_complement_of_a_group_does_not_speak(engine: OfflineEngine) -> None:
    text = ("Le gouverneur a refusé la loi sur l'eau mardi. Selon les adversaires de Marta Quell, ce refus laisse "
            "trois vallées sans réservoir.")
    briefing = engine.summarize(parse(text, language="fr"))
    speakers = speaker_of(briefing, "laisse trois vallées sans")
    assert "adversaires" in speakers and "marta quell" not in speakers


def test_english_place_inside_an_adjective_does_not_speak(engine: OfflineEngine) -> None:
    text = ("Two rockets hit a depot near the coast on Sunday. The Norway-based Arctic Watch group said that the "
            "depot stored fuel for fishing boats.")
    briefing = engine.summarize(parse(text, language="en"))
    speakers = speaker_of(briefing, "stored fuel for fishing boats")
    assert speakers and "norway" not in speakers


def test_french_place_after_a_participle_does_not_speak(engine: OfflineEngine) -> None:
    text = ("Deux roquettes ont frappé un dépôt sur la côte dimanche. Le groupe Arctic Watch, basé en Norvège, a "
            "affirmé que le dépôt stockait du carburant pour les bateaux de pêche.")
    briefing = engine.summarize(parse(text, language="fr"))
    speakers = speaker_of(briefing, "stockait du carburant")
    assert speakers and "norvege" not in speakers




# ---------------------------------------------------------------- counts and partitives
def test_english_count_is_not_in_the_group_name_but_a_partitive_speaks_with_it(engine: OfflineEngine) -> None:
    text = ("The river authority approved the new dam in March. Over 40 doctors from the region said that the dam "
            "would not survive a major flood. Two of the biggest farm unions said that the payments would stay "
            "too low.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "doctors from the region" in speaker_of(briefing, "would not survive a major flood")
    assert "two of the biggest farm unions" in speaker_of(briefing, "the payments would stay too low")


def test_french_count_is_not_in_the_group_name_but_a_partitive_speaks_with_it(engine: OfflineEngine) -> None:
    text = ("L'agence du fleuve a approuvé le nouveau barrage en mars. Quarante médecins de la région ont affirmé "
            "que le barrage ne résisterait pas à une grande crue. Deux des principaux syndicats agricoles ont "
            "estimé que les indemnités resteraient trop faibles.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "medecins de la region" in speaker_of(briefing, "ne résisterait pas à une grande crue")
    assert "deux des principaux syndicats agricoles" in speaker_of(briefing, "les indemnités resteraient trop")


# ---------------------------------------------------------------- a participle of saying on a statement
def test_english_participle_on_a_statement_speaks_for_its_author(engine: OfflineEngine) -> None:
    text = ("A fire destroyed the customs depot on Friday. Deputy Mayor Ines Corva issued a statement blaming "
            "the port operator for the delay of the firefighters.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "ines corva" in speaker_of(briefing, "the port operator for the delay")


def test_french_participle_on_a_statement_speaks_for_its_author(engine: OfflineEngine) -> None:
    text = ("Un incendie a détruit le dépôt des douanes vendredi. L'adjointe au maire Ines Corva a publié un "
            "communiqué accusant l'exploitant du port d'avoir retardé les pompiers.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "ines corva" in speaker_of(briefing, "l'exploitant du port d'avoir retardé")



# ---------------------------------------------------------------- claiming an act
def test_english_claiming_an_act_is_a_claim_with_its_verb(engine: OfflineEngine) -> None:
    text = ("A car bomb exploded near the customs post of Arvel on Monday. Hours later, Commander Yusuf Demba "
            "claimed the bombing.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "yusuf demba" in speaker_of(briefing, "claimed the bombing")


def test_french_claiming_an_act_is_a_claim_with_its_verb(engine: OfflineEngine) -> None:
    text = ("Une voiture piégée a explosé près du poste de douane d'Arvel lundi. Quelques heures plus tard, le "
            "commandant Yusuf Demba a revendiqué l'attentat.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "yusuf demba" in speaker_of(briefing, "revendiqué l'attentat")


# ---------------------------------------------------------------- a capitalised common noun inside a name
def test_french_capitalised_noun_in_an_entity_speaks_by_the_entity_name(engine: OfflineEngine) -> None:
    text = ("Une voiture piégée a explosé près du poste de douane d'Arvel lundi. Les Brigades du Sud ont affirmé "
            "que d'autres attaques suivraient avant l'hiver.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "brigades du sud" in speaker_of(briefing, "d'autres attaques suivraient")


def test_english_capitalised_name_subject_speaks_by_its_name(engine: OfflineEngine) -> None:
    text = ("A car bomb exploded near the customs post of Arvel on Monday. The Southern Brigades said that more "
            "attacks would follow before winter.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "southern brigades" in speaker_of(briefing, "more attacks would follow")


# ---------------------------------------------------------------- an aside between dashes
def test_english_quote_after_a_dashed_aside_is_the_main_speakers(engine: OfflineEngine) -> None:
    text = ("The council voted to close the library. Council leader Ana Lirio commented on the vote — which the "
            "Harbour Gazette described as a surprise — \"Whatever the budget says, closing the only library in "
            "town is a mistake we will regret.\"")
    briefing = engine.summarize(parse(text, language="en"))
    speakers = speaker_of(briefing, "closing the only library in town")
    assert "ana lirio" in speakers and "harbour gazette" not in speakers


def test_french_quote_after_a_dashed_aside_is_the_main_speakers(engine: OfflineEngine) -> None:
    text = ("Le conseil a voté la fermeture de la bibliothèque. La présidente du conseil, Ana Lirio, a commenté "
            "le vote — que la Gazette du Port a qualifié de surprise — « Quel que soit le budget, fermer la seule "
            "bibliothèque de la ville est une erreur que nous regretterons. »")
    briefing = engine.summarize(parse(text, language="fr"))
    speakers = speaker_of(briefing, "fermer la seule bibliothèque")
    assert "ana lirio" in speakers and "gazette du port" not in speakers


# ---------------------------------------------------------------- calling something something
def test_english_describing_something_as_something_is_a_claim(engine: OfflineEngine) -> None:
    text = ("The tram line opened in May. Mayor Jonas Brell described the new tram line as a costly mistake for "
            "the town.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "jonas brell" in speaker_of(briefing, "as a costly mistake")


def test_french_describing_something_as_something_is_a_claim(engine: OfflineEngine) -> None:
    text = ("La ligne de tramway a ouvert en mai. Le maire Jonas Brell a décrit la nouvelle ligne comme une erreur "
            "coûteuse pour la ville.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "jonas brell" in speaker_of(briefing, "comme une erreur coûteuse")


def test_english_aside_between_dashes_is_not_what_the_verb_says(engine: OfflineEngine) -> None:
    text = ("The court struck down the curfew on Friday. Judge Mara Linde commented on the ruling — which the "
            "Coastal Herald called a turning point — and then left the building without taking questions.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "mara linde" not in speaker_of(briefing, "turning point")


def test_french_aside_between_dashes_is_not_what_the_verb_says(engine: OfflineEngine) -> None:
    text = ("Le tribunal a annulé le couvre-feu vendredi. La juge Mara Linde a commenté la décision — que le "
            "Héraut côtier a appelée un tournant — avant de quitter le bâtiment sans répondre aux questions.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "mara linde" not in speaker_of(briefing, "tournant")


# ---------------------------------------------------------------- a bare role takes up its holder
def test_english_bare_role_is_its_holder_even_the_first_actor(engine: OfflineEngine) -> None:
    text = ("Health Minister Clara Voss visited the hospital on Monday. The minister said the new wing would open "
            "in June.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "clara voss" in speaker_of(briefing, "the new wing would open")
    assert len(briefing.actors) == 1


def test_french_bare_role_is_its_holder_even_the_first_actor(engine: OfflineEngine) -> None:
    text = ("La ministre Clara Voss a visité l'hôpital lundi. La ministre a assuré que la nouvelle aile ouvrirait "
            "en juin.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "clara voss" in speaker_of(briefing, "la nouvelle aile ouvrirait")
    assert len(briefing.actors) == 1


# ---------------------------------------------------------------- an article makes a capitalised noun no given name
def test_french_title_complement_is_not_part_of_the_name(engine: OfflineEngine) -> None:
    text = ("La ministre de la Santé Clara Voss a visité l'hôpital lundi. Elle a assuré que la nouvelle aile "
            "ouvrirait en juin.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "clara voss" in actor_names(briefing)
    assert "clara voss" in speaker_of(briefing, "la nouvelle aile ouvrirait")


def test_english_title_complement_is_not_part_of_the_name(engine: OfflineEngine) -> None:
    text = ("The Minister of the Interior Clara Voss visited the border post on Monday. She said that the new "
            "gate would open in June.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "clara voss" in actor_names(briefing)
    assert "clara voss" in speaker_of(briefing, "the new gate would open")


# ---------------------------------------------------------------- an indefinite person noun speaks
def test_english_indefinite_kin_noun_speaks(engine: OfflineEngine) -> None:
    text = ("The strike closed every school in Dorva. Parents were furious. \"Our children have lost three "
            "weeks of lessons,\" one mother said.")
    briefing = engine.summarize(parse(text, language="en"))
    assert any("mother" in name for name in speaker_of(briefing, "Our children have lost three"))


def test_french_indefinite_kin_noun_speaks(engine: OfflineEngine) -> None:
    text = ("La grève a fermé toutes les écoles de Dorva. Les parents sont furieux. « Nos enfants ont perdu trois "
            "semaines de cours », a déclaré une mère.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert any("mere" in name for name in speaker_of(briefing, "Nos enfants ont perdu trois"))


# ---------------------------------------------------------------- a request for anonymity is no claim
def test_english_request_for_anonymity_is_no_claim(engine: OfflineEngine) -> None:
    text = ("A bomb hit the market of Kessa on Tuesday. An official there, who asked not to be named, told reporters "
            "on Tuesday that the market had no guards at night.")
    briefing = engine.summarize(parse(text, language="en"))
    assert not speaker_of(briefing, "not to be named")
    assert speaker_of(briefing, "the market had no guards")


def test_french_request_for_anonymity_is_no_claim(engine: OfflineEngine) -> None:
    text = ("Une bombe a frappé le marché de Kessa mardi. Un responsable local, qui a demandé à ne pas être "
            "identifié, a affirmé que le marché n'avait aucun gardien la nuit.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert not speaker_of(briefing, "ne pas être identifié")
    assert speaker_of(briefing, "le marché n'avait aucun gardien")


# ---------------------------------------------------------------- laying an act at someone's door
def test_english_attributing_an_act_to_someone_is_a_claim(engine: OfflineEngine) -> None:
    text = ("A bomb hit the market of Kessa on Tuesday. Russia attributed the attack to Ukrainian agents.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "russia" in speaker_of(briefing, "the attack to Ukrainian agents")


def test_french_imputing_an_act_to_someone_is_a_claim(engine: OfflineEngine) -> None:
    text = ("Une bombe a frappé le marché de Kessa mardi. La Russie a imputé l'attentat à des agents ukrainiens.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "russie" in speaker_of(briefing, "l'attentat à des agents ukrainiens")


# ---------------------------------------------------------------- a subject in apposition is no incise
def test_english_subject_with_apposition_is_no_incise(engine: OfflineEngine) -> None:
    text = ("A bomb hit the market of Kessa on Tuesday. The interior minister, Ana Lirio, accused Germany of "
            "funding the bombers.")
    briefing = engine.summarize(parse(text, language="en"))
    speakers = speaker_of(briefing, "of funding the bombers")
    assert "ana lirio" in speakers and "germany" not in speakers


def test_french_subject_in_apposition_is_no_incise(engine: OfflineEngine) -> None:
    text = ("Une bombe a frappé le marché de Kessa mardi. La ministre de l'Intérieur, Ana Lirio, a accusé "
            "l'Allemagne de financer les poseurs de bombe.")
    briefing = engine.summarize(parse(text, language="fr"))
    speakers = speaker_of(briefing, "de financer les poseurs")
    assert "ana lirio" in speakers and "allemagne" not in speakers



# ---------------------------------------------------------------- the accused state or body is an actor
def test_english_accused_state_is_an_actor(engine: OfflineEngine) -> None:
    text = ("Drones hit two oil depots near Kessa on Saturday. Foreign Minister Ana Lirio issued a statement "
            "blaming Germany for the strikes, saying there was no doubt about their origin.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "germany" in actor_names(briefing)


def test_french_accused_state_is_an_actor(engine: OfflineEngine) -> None:
    text = ("Des drones ont frappé deux dépôts pétroliers près de Kessa samedi. Le ministre des Affaires "
            "étrangères Ana Lirio a publié un communiqué accusant l'Allemagne d'être derrière les frappes.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "allemagne" in actor_names(briefing)


# ---------------------------------------------------------------- a given name the NER left out
def test_english_given_name_before_a_surname_taken_for_a_place(engine: OfflineEngine) -> None:
    text = ("Drones hit two oil depots near Kessa on Saturday. Ana Lirio, the foreign minister, accused Germany "
            "of the strikes.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "ana lirio" in actor_names(briefing)


def test_french_given_name_before_a_surname_in_apposition(engine: OfflineEngine) -> None:
    text = ("Des drones ont frappé deux dépôts près de Kessa samedi. Ana Lirio, la ministre des Affaires "
            "étrangères, a accusé l'Allemagne d'être derrière les frappes.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "ana lirio" in actor_names(briefing)


# ---------------------------------------------------------------- a quantifier is no part of a group's name
def test_english_quantifier_is_not_in_the_group_name(engine: OfflineEngine) -> None:
    text = ("Parliament passed the press law on Thursday. Several NGOs said that the law would silence local "
            "radio stations.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "ngos" in speaker_of(briefing, "would silence local radio")


def test_french_quantifier_is_not_in_the_group_name(engine: OfflineEngine) -> None:
    text = ("Le Parlement a adopté la loi sur la presse jeudi. Plusieurs syndicats ont affirmé que la loi ferait "
            "taire les radios locales.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "syndicats" in speaker_of(briefing, "ferait taire les radios locales")


def test_english_quantifier_after_the_article_is_not_in_the_group_name(engine: OfflineEngine) -> None:
    text = ("Parliament passed the press law on Thursday. The various unions of journalists said that the law "
            "would silence local radio stations.")
    briefing = engine.summarize(parse(text, language="en"))
    assert any(name.startswith("unions") for name in speaker_of(briefing, "would silence local radio"))


def test_french_quantifier_after_the_article_is_not_in_the_group_name(engine: OfflineEngine) -> None:
    text = ("Le Parlement a adopté la loi sur la presse jeudi. Les nombreux syndicats de journalistes ont affirmé "
            "que la loi ferait taire les radios locales.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert any(name.startswith("syndicats") for name in speaker_of(briefing, "ferait taire les radios locales"))


# ---------------------------------------------------------------- a pronoun takes up its own sentence's actor
def test_english_pronoun_takes_up_an_actor_of_its_own_sentence(engine: OfflineEngine) -> None:
    text = ("The mayor defended the ring road on Monday. Environmental groups disagree: they say the road will "
            "bring more cars into the valley.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "environmental groups" in speaker_of(briefing, "will bring more cars")


def test_french_pronoun_takes_up_an_actor_of_its_own_sentence(engine: OfflineEngine) -> None:
    text = ("Le maire a défendu le contournement lundi. Les associations écologistes ne sont pas d'accord : elles "
            "estiment que la route attirera plus de voitures dans la vallée.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "associations ecologistes" in speaker_of(briefing, "la route attirera plus de voitures")


# ---------------------------------------------------------------- frames owned by a possessive
def test_english_frame_with_a_possessive_source(engine: OfflineEngine) -> None:
    text = ("Mayor Jonas Brell defended the ring road on Monday. In his view, the new road will cut traffic by "
            "half within two years.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "jonas brell" in speaker_of(briefing, "the new road will cut traffic")


def test_french_frame_with_a_possessive_source(engine: OfflineEngine) -> None:
    text = ("Le maire Jonas Brell a défendu le contournement lundi. À ses yeux, la nouvelle route réduira le "
            "trafic de moitié en deux ans.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "jonas brell" in speaker_of(briefing, "la nouvelle route réduira le trafic")


# ---------------------------------------------------------------- a chamber is a body
def test_english_chamber_is_a_body_that_speaks(engine: OfflineEngine) -> None:
    text = ("Mayor Jonas Brell defended the ring road on Monday. For the chamber of commerce, the road is long "
            "overdue and will bring new shops.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "chamber of commerce" in speaker_of(briefing, "the road is long overdue")


def test_french_chambre_is_a_body_that_speaks(engine: OfflineEngine) -> None:
    text = ("Le maire Jonas Brell a défendu le contournement lundi. Pour la chambre de commerce, cette route n'a "
            "que trop tardé et attirera de nouveaux commerces.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "chambre de commerce" in speaker_of(briefing, "cette route n'a que trop tardé")


# ---------------------------------------------------------------- content first, a verb of telling after
def test_english_content_first_then_told_someone(engine: OfflineEngine) -> None:
    text = ("The regional board met on Tuesday. The dam will flood four villages, engineer Paula Ode told the "
            "commission on Tuesday.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "paula ode" in speaker_of(briefing, "The dam will flood four villages")


def test_french_content_first_then_declared_to_someone(engine: OfflineEngine) -> None:
    text = ("Le conseil régional s'est réuni mardi. Le barrage inondera quatre villages, a déclaré mardi "
            "l'ingénieure Paula Ode devant la commission.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "paula ode" in speaker_of(briefing, "Le barrage inondera quatre villages")


def test_french_quelques_is_a_quantifier_not_a_name(engine: OfflineEngine) -> None:
    text = ("Le Parlement a adopté la loi sur la presse jeudi. Quelques syndicats de journalistes ont affirmé que "
            "la loi ferait taire les radios locales.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert any(name.startswith("syndicats") for name in speaker_of(briefing, "ferait taire les radios locales"))


def test_english_a_few_is_a_quantifier_not_a_name(engine: OfflineEngine) -> None:
    text = ("Parliament passed the press law on Thursday. A few unions of journalists said that the law would "
            "silence local radio stations.")
    briefing = engine.summarize(parse(text, language="en"))
    assert any(name.startswith("unions") for name in speaker_of(briefing, "would silence local radio"))


# ---------------------------------------------------------------- frames of hearsay
def test_french_aux_dires_de_frames_a_speaker(engine: OfflineEngine) -> None:
    text = ("La maire Ana Lirio a défendu le contournement lundi. Aux dires des riverains, le bruit de la route "
            "sera insupportable.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "riverains" in speaker_of(briefing, "le bruit de la route sera")


def test_english_by_their_account_frames_a_speaker(engine: OfflineEngine) -> None:
    text = ("Mayor Ana Lirio defended the ring road on Monday. Local farmers oppose it. By their account, the noise "
            "of the road will be unbearable.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "local farmers" in speaker_of(briefing, "the noise of the road will be")


# ---------------------------------------------------------------- complaining reports speech
def test_french_se_plaindre_que_reports_speech(engine: OfflineEngine) -> None:
    text = ("Les dockers ont cessé le travail en février. Les habitants se plaignent que les prix ont doublé "
            "depuis le début de la grève.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "habitants" in speaker_of(briefing, "les prix ont doublé")


def test_english_complain_that_reports_speech(engine: OfflineEngine) -> None:
    text = ("The dockers walked out in February. Residents complained that prices had doubled since the start of "
            "the strike.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "residents" in speaker_of(briefing, "prices had doubled")


# ---------------------------------------------------------------- a transliterated surname spelt two ways
def test_english_surname_spelt_one_letter_off_is_the_same_person(engine: OfflineEngine) -> None:
    text = ("Army spokesman Karim Haddadi said the convoy had been hit by two drones. \"We will answer this attack "
            "at a time of our choosing,\" Haddade said.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "karim haddadi" in speaker_of(briefing, "We will answer this attack")
    assert len([a for a in briefing.actors if a.kind == "person"]) == 1


def test_french_surname_spelt_one_letter_off_is_the_same_person(engine: OfflineEngine) -> None:
    text = ("Le porte-parole de l'armée Karim Haddadi a déclaré que le convoi avait été touché par deux drones. "
            "« Nous répondrons à cette attaque au moment de notre choix », a ajouté Haddade.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "karim haddadi" in speaker_of(briefing, "Nous répondrons à cette attaque")
    assert len([a for a in briefing.actors if a.kind == "person"]) == 1


# ---------------------------------------------------------------- a relative on a role in apposition
def test_english_relative_on_an_apposition_speaks_for_the_name(engine: OfflineEngine) -> None:
    text = ("The government raised the toll in January. The reform was praised by Tomas Vell, a trade economist, "
            "who said it was long overdue for the region.")
    briefing = engine.summarize(parse(text, language="en"))
    assert "tomas vell" in speaker_of(briefing, "long overdue for the region")


def test_french_relative_on_an_apposition_speaks_for_the_name(engine: OfflineEngine) -> None:
    text = ("Le gouvernement a relevé le péage en janvier. La réforme a été saluée par Tomas Vell, un économiste "
            "du commerce, qui a estimé qu'elle était attendue depuis longtemps dans la région.")
    briefing = engine.summarize(parse(text, language="fr"))
    assert "tomas vell" in speaker_of(briefing, "attendue depuis longtemps dans la région")
