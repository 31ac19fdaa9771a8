"""Offline rules of round 18 (sentences written for the test, checked by
tests/test_no_dev_sentences.py):

* a report of a plain saying passes on its speaker's words: in "Reuters reported that a ministry
  spokesman said the talks had failed", the spokesman says that the talks had failed, not Reuters
  (profile ``verbs.plain_saying``: verbs that only say); a relay that disputes the report ("X
  denied that Y said …") and a report of another act ("X reported that Y planned …") stay the
  relay's words;
* an incise whose subject comes before its verb, between two commas inside the sentence ("Many
  of the farmers, the complaint pointed out, cannot pay …"), reports the words on both sides of
  it; a quantifier opening the sentence ("Many of …", "La plupart des …") heads a noun phrase, not
  a detached predicate that would leave the verb no content;
* an inverted incise keeps its content when the parser made its speaker's title the verb's
  object ("Les travaux, a indiqué la ministre Claire Morel, commenceront …");
* a text issued or a case brought by several speaks for each of them: "X and Y filed a lawsuit.
  The complaint notes …", "L'association X et le syndicat Y ont déposé une plainte. La plainte
  affirme …"; a phrase opening with a free relative ("what organizers estimated at …",
  ``grammar.free_relatives``) is no incise;
* what an inquiry finds is said by who conducts it: a statement noun as the subject of a verb of
  finding takes its object ("An investigation by X found no evidence of …", "L'audit de X a relevé
  de graves irrégularités"); a person who "found no time" says nothing;
* a country's name that ends on a word in lower case, written as the gazetteer spells it, is the
  country ("la République dominicaine", "les Émirats arabes unis");
* an incise that ends its sentence may put circumstances between its verb and its inverted subject
  ("« … », a lancé jeudi matin sur France Inter le président du groupe, X."), and the name set off
  by a comma after the subject's title at the sentence's end is who speaks;
* a definite role whose complement is only a place ("le député de la Marne", "the senator from
  Ohio") is an epithet for the person named in its sentence or the one before, of its gender;
* a dissent announced that names who is not agreed with ("Not everyone agrees with the Andes Water
  Alliance.", "Tout le monde n'est pas d'accord avec la ministre X.") sets the next view against that
  one, not against the view told before;
* a subject a negation quantifies ("Not all experts agree that …") asserts nothing and is no
  group that speaks (a superlative's "plus" is no negation: "deux des plus grandes associations");
* a group taken up by the same noun after a definite article is that group however far back
  ("Researchers from X studied … [many sentences] … The researchers say …"); a kindred noun ("these
  scientists") still within twelve sentences;
* what is required or pleaded in court is said with its verb however short (French profile
  ``verbs.demand_object``: "a requis cinq ans de prison", "a plaidé la relaxe"; in English a plea,
  "pleaded guilty", is an act of the procedure, as the dev gold reads it, not a claim);
* a body's name the recogniser stopped before its place ("the American Civil Liberties Union | of
  Utah") takes the place in, a chapter of the body, its short name kept as another; not a country
  ("the Revolutionary Guard of Iran" is the state's body, the state an actor apart);
* a contrast connective in the rest of the first claim's sentence contrasts that sentence's own
  parts, not two speakers ("X called for A but at the same time cut B. Y said C."); one opening the
  next speaker's sentence still does ("… But Y said …")."""

from __future__ import annotations

from tests.briefing_queries import brief, holders, opposed, quotes_by, said_by


def test_a_plain_saying_relayed_is_its_speakers() -> None:
    b = brief("Talks\n\nThe ministry met the unions on Monday.\n\nReuters reported that a spokesman for the "
              "ministry said the talks had failed.\n", "en")
    assert said_by(b, "the talks had failed") == {"spokesman for the ministry"}
    assert said_by(b, "a spokesman for the ministry said") == set()
    assert "reuters" not in {a.name.lower() for a in b.actors}


def test_a_named_speaker_relayed() -> None:
    b = brief("Plan\n\nThe council met on Monday.\n\nThe Valley Herald reported that Health Minister John "
              "Carver said the hospital plan was dead.\n", "en")
    assert quotes_by(b, "John Carver") == ["the hospital plan was dead"]
    assert said_by(b, "John Carver said") == set()


def test_un_dire_rapporte_est_a_son_auteur() -> None:
    b = brief("Projet\n\nLe conseil s'est réuni lundi.\n\nLe Courrier du Val rapporte qu'un porte-parole de la "
              "mairie a déclaré que le projet de tramway était abandonné.\n", "fr")
    assert said_by(b, "le projet de tramway était abandonné") == {"porte-parole de la mairie"}
    assert said_by(b, "a déclaré que") == set()


def test_a_disputed_report_stays_the_relays() -> None:
    b = brief("Plan\n\nThe council met on Monday.\n\nMayor Ann Vale denied that her deputy, Tom Reed, said the "
              "hospital plan was dead.\n", "en")
    assert said_by(b, "the hospital plan was dead") == {"ann vale"}


def test_a_report_of_another_act_stays_the_relays() -> None:
    b = brief("Plan\n\nThe council met on Monday.\n\nThe Valley Herald reported that Mayor Ann Vale planned to "
              "close the hospital.\n", "en")
    assert said_by(b, "close the hospital") == {"valley herald"}


def test_an_incise_with_its_subject_first_reports_both_sides() -> None:
    b = brief("Water\n\nThe Green Valley Farmers Union sued the state of Utah over its water tax on Monday.\n\n"
              "Many of the farms in the valley, the complaint pointed out, have no other source of water.\n\n"
              "The new dam, the governor said on Monday, will cost more than planned.\n", "en")
    assert quotes_by(b, "Green Valley Farmers Union") == [
        "Many of the farms in the valley, the complaint pointed out, have no other source of water"]
    assert said_by(b, "will cost more than planned") == {"governor"}
    assert said_by(b, "The new dam") == {"governor"}


def test_une_incise_inversee_apres_un_quantifieur() -> None:
    b = brief("Vote\n\nLe conseil s'est réuni lundi.\n\nLa plupart des électeurs, a déclaré le maire Jean Dupont, "
              "vivent loin des bureaux de vote. Les travaux, a indiqué la ministre Claire Morel, commenceront en "
              "mai.\n", "fr")
    assert quotes_by(b, "Jean Dupont") == [
        "La plupart des électeurs, a déclaré le maire Jean Dupont, vivent loin des bureaux de vote"]
    assert quotes_by(b, "Claire Morel") == ["Les travaux, a indiqué la ministre Claire Morel, commenceront en mai"]


def test_a_case_brought_together_speaks_for_each() -> None:
    b = brief("Vote\n\nOn Thursday, the Hill Valley Legal Fund and the Prairie Voters League brought a suit "
              "against Dakota County.\n\nThe complaint notes that many residents do not have cars.\n", "en")
    assert said_by(b, "many residents do not have cars") == {"hill valley legal fund", "prairie voters league"}


def test_un_texte_publie_ensemble_parle_pour_chacun() -> None:
    b = brief("Réforme\n\nL'association Eau Vive et le syndicat Sud Rail ont déposé une plainte contre la mairie de "
              "Lyon. La plainte affirme que les travaux sont illégaux.\n", "fr")
    assert said_by(b, "les travaux sont illégaux") == {"eau vive", "sud rail"}


def test_a_text_of_one_author_stays_its_own() -> None:
    b = brief("Vote\n\nThe Hill Valley Legal Fund, which works with the Prairie Voters League, brought a suit "
              "against Dakota County.\n\nThe complaint notes that many residents do not have cars.\n", "en")
    assert said_by(b, "many residents do not have cars") == {"hill valley legal fund"}


def test_a_free_relative_between_commas_is_no_incise() -> None:
    b = brief("March\n\nThe march was planned for weeks.\n\nYesterday, what organizers estimated at two million "
              "people, about a third of the city, marched from the park toward the harbour.\n", "en")
    assert said_by(b, "marched from the park") == set()


def test_what_an_inquiry_finds_is_said_by_who_conducts_it() -> None:
    b = brief("Audit\n\nThe water board met on Monday.\n\nAn investigation by the New York Times found no evidence of "
              "fraud in the water board.\n\nGovernor Ellen Marsh found no time to visit the dam.\n", "en")
    assert quotes_by(b, "New York Times") == ["no evidence of fraud in the water board"]
    assert quotes_by(b, "Ellen Marsh") == []  # a person who finds time says nothing


def test_ce_qu_un_audit_releve_est_dit_par_qui_le_mene() -> None:
    b = brief("Audit\n\nLe conseil s'est réuni lundi.\n\nL'audit de la Cour des comptes a relevé de graves "
              "irrégularités dans la gestion de la mairie.\n\nLe maire Jean Dupont a trouvé le temps de visiter le "
              "chantier.\n", "fr")
    assert said_by(b, "de graves irrégularités") == {"cour des comptes"}
    assert quotes_by(b, "Jean Dupont") == []


def test_un_pays_dont_le_nom_finit_en_minuscule() -> None:
    b = brief("Sommet\n\nLa réunion a eu lieu lundi.\n\nLa République dominicaine a affirmé que le sommet était "
              "inutile. Les Émirats arabes unis ont déclaré que le sommet était trop long.\n", "fr")
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds["République dominicaine"] == "country"
    assert kinds["Émirats arabes unis"] == "country"
    assert quotes_by(b, "République dominicaine") == ["le sommet était inutile"]


def test_a_country_named_in_capitals_stays_one() -> None:
    b = brief("Summit\n\nThe meeting took place on Monday.\n\nThe Dominican Republic said the summit was useless.\n",
              "en")
    assert {a.name: a.kind for a in b.actors}.get("Dominican Republic") == "country"


def test_a_contrast_inside_one_speakers_sentence_opposes_no_one() -> None:
    b = brief("Port\n\nThe port reopened on Monday.\n\nMayor Ann Vale called for a new harbour tax but at the same "
              "time cut the school budget. Senator Tom Reed said the old bridge was safe.\n", "en")
    assert not opposed(b, "ann vale", "tom reed")


def test_une_opposition_dans_la_phrase_d_un_seul_n_oppose_personne() -> None:
    b = brief("Port\n\nLe port a rouvert lundi.\n\nLa maire Anne Vallée a réclamé une nouvelle taxe portuaire mais a "
              "dans le même temps réduit le budget des écoles. Le sénateur Paul Martin a déclaré que le vieux pont "
              "était sûr.\n", "fr")
    assert not opposed(b, "anne vallee", "paul martin")


def test_a_contrast_opening_the_next_speakers_sentence_still_opposes() -> None:
    b = brief("Port\n\nThe port reopened on Monday.\n\nMayor Ann Vale called for a new harbour tax. But Senator Tom "
              "Reed said the harbour tax would ruin the fishermen.\n", "en")
    assert opposed(b, "ann vale", "tom reed")


def test_un_sujet_inverse_apres_les_circonstances() -> None:
    b = brief("Budget\n\nLe budget a été présenté mercredi.\n\n« Nous ne pouvons pas demander aux familles de payer "
              "toujours plus », a lancé jeudi matin sur France Inter le président du groupe centriste, Olivier "
              "Maréchal.\n\n« Nous ne pouvons pas payer encore plus », a déclaré jeudi devant les sénateurs la "
              "ministre Claire Morel.\n", "fr")
    assert quotes_by(b, "Olivier Maréchal") == ["Nous ne pouvons pas demander aux familles de payer toujours plus"]
    assert quotes_by(b, "Claire Morel") == ["Nous ne pouvons pas payer encore plus"]
    assert said_by(b, "payer encore plus") == {"claire morel"}  # not the senators spoken to


def test_une_epithete_de_siege_reprend_la_personne_nommee() -> None:
    b = brief("Budget\n\nLe budget a été présenté mercredi.\n\nLa cheffe des écologistes, Claire Dubois, était "
              "présente jeudi. Pour la sénatrice de Gironde, le gouvernement « fait payer la transition aux plus "
              "pauvres ».\n", "fr")
    assert said_by(b, "fait payer la transition") == {"claire dubois"}
    assert [a.name for a in b.actors] == ["Claire Dubois"]


def test_a_seat_epithet_takes_up_the_person_just_named() -> None:
    b = brief("Tax\n\nThe budget was presented on Wednesday.\n\nSenate leaders met on Thursday to discuss it, and "
              "Tom Reed attended. The senator from Ohio said the carbon tax was unfair to the middle class.\n", "en")
    assert quotes_by(b, "Tom Reed") == ["the carbon tax was unfair to the middle class"]


def test_a_seat_epithet_does_not_reach_far_back() -> None:
    b = brief("Tax\n\nThe budget was presented on Wednesday.\n\nTom Reed attended the meeting. The session lasted "
              "four hours. Many questions were raised. The senator from Ohio said the carbon tax was unfair.\n", "en")
    assert quotes_by(b, "Tom Reed") == []


def test_a_dissent_naming_whom_it_opposes() -> None:
    b = brief("Dam\n\nThe dam was approved on Monday.\n\nIts director, Mateo Flores, called the project \"a disaster "
              "in slow motion\". Not everyone in the valley agrees with the Andes Water Alliance. Some farmers in the "
              "border region say they would welcome cheaper electricity.\n", "en")
    assert opposed(b, "farmers in the border region", "andes water alliance")
    assert not opposed(b, "farmers in the border region", "mateo flores")


def test_un_desaccord_annonce_qui_nomme_son_adversaire() -> None:
    b = brief("Barrage\n\nLe barrage a été approuvé lundi.\n\nLe directeur de l'Alliance andine de l'eau, "
              "Mateo Flores, a qualifié le projet de « catastrophe au ralenti ». Tout le monde n'est pas d'accord "
              "avec la ministre Rosa Quispe. Des agriculteurs de la région frontalière affirment qu'ils "
              "accueilleraient volontiers une électricité moins chère.\n", "fr")
    assert opposed(b, "agriculteurs de la region frontaliere", "rosa quispe")
    assert not opposed(b, "agriculteurs de la region frontaliere", "mateo flores")


def test_a_dissent_naming_no_one_still_sets_the_two_views_apart() -> None:
    b = brief("Dam\n\nThe dam was approved on Monday.\n\nIts director, Mateo Flores, called the project \"a disaster "
              "in slow motion\". Not everyone agrees. Julia Mamani, a farmer, said she would welcome cheaper "
              "electricity.\n", "en")
    assert opposed(b, "julia mamani", "mateo flores")


def test_a_negated_quantifier_subject_asserts_nothing() -> None:
    b = brief("Trees\n\nTrees cool cities, a study suggests.\n\nNot all experts agree that planting trees is enough. "
              "Marco Bellini, a city planner, said roads also matter.\n", "en")
    assert said_by(b, "planting trees is enough") == set()
    assert [a.name for a in b.actors] == ["Marco Bellini"]


def test_un_superlatif_n_est_pas_une_negation() -> None:
    b = brief("Sommet\n\nLe sommet s'est ouvert lundi.\n\nDeux des plus grandes associations étudiantes de Lyon ont "
              "affirmé que le sommet était une bonne nouvelle.\n", "fr")
    assert said_by(b, "le sommet était une bonne nouvelle") == {"deux des plus grandes associations etudiantes"}


def test_the_same_group_noun_takes_up_its_group_far_back() -> None:
    filler = " ".join(f"The city recorded {n} hot days in year {n}." for n in range(3, 15))
    b = brief("Trees\n\nTrees cool cities, a study suggests.\n\nResearchers from the University of Tarvik studied "
              f"temperature records from 40 cities. They found that trees cut heat.\n\n{filler}\n\nThe "
              "researchers say city governments should plant trees first in the hottest areas.\n", "en")
    assert sum(1 for a in b.actors if a.name.lower() == "researchers") == 1
    assert said_by(b, "city governments should plant trees") == said_by(b, "trees cut heat") == {"researchers"}


def test_ce_qui_est_requis_ou_plaide_a_l_audience() -> None:
    b = brief("Procès\n\nLe procès s'est ouvert lundi.\n\nLe procureur Alain Roussel a requis mardi cinq ans de prison "
              "contre le propriétaire de l'immeuble. L'avocate du prévenu, Me Sophie Garnier, a plaidé la relaxe.\n",
              "fr")
    assert said_by(b, "cinq ans de prison") == {"alain roussel"}
    assert said_by(b, "la relaxe") == {"sophie garnier"}



def test_a_chapter_of_a_body_is_named_with_its_place() -> None:
    b = brief("Law\n\nThe law passed on Monday.\n\nThe American Civil Liberties Union of Utah said late on Friday "
              "that the law was unfair.\n\nThe American Civil Liberties Union said the law would be "
              "challenged.\n", "en")
    assert said_by(b, "the law was unfair") == said_by(b, "would be challenged") == {
        "american civil liberties union of utah"}
    assert holders(b, "American Civil Liberties Union") == ["American Civil Liberties Union of Utah"]
