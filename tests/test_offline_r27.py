"""Offline rules of round 27 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* an incise after a comma whose inverted subject is a body's noun with its determiner ("…, indique
  l'université", "…, a précisé l'agence") names that body as the speaker, though the parser took the noun
  for the verb's object;
* a sentence-initial source frame's source may be described between commas by more than one phrase: a
  noun phrase in apposition, with its determiner, a role noun or a noun the parser hangs on the source
  ("selon X, géophysicien au CNRS, …", "according to X, a geologist at Y who was not involved, …"), and a
  relative clause after it ("pour X, géophysicien, qui n'a pas participé, …"): the content starts after
  them;
* a group told apart from one named before by a contrastive word (``titles.contrastive``: "Other
  scientists were more cautious", « d'autres spécialistes ») is not what a later kindred noun ("the
  researchers") takes up: that noun takes up the group named before it;
* a capitalised word right after a quotation that ends on a final stop starts a sentence (« … échouer. »
  Selon elle, …), which the parser may run on from the quotation: the frame then opens its own sentence;
* a verb that a subordinating conjunction introduces after a quotation ("« … », tandis que Y a jugé …",
  "'…,' while Y said …") is in a clause of its own, not an incise: the quotation stays with the verb
  before it;
* words cued as a reaction that judge "this" negatively and name no one (« C'est un déni de démocratie », a
  réagi X) react to the act the article reports: against its protagonist;
* a reply to criticism (« X a répondu aux critiques », "X responded to the criticism") answers the last other
  speaker before it, the critic, whatever the topic of the critic's words;
* words that end on a question quoted inside them, opened after their start ("I did look and think, 'How do
  we change that?'"), assert what comes before it: a claim, not a question;
* a statement noun whose participle names its agent ("the statement issued by the ministry read …", « le
  communiqué publié par le ministère affirme … ») speaks for that agent, named or not; a decree, a memo, a
  directive, a bulletin (« décret », « circulaire ») are statement nouns;
* a verb of qualifying with its object, coordinated with the reporting verb and of its form but hung by the
  parser on the reported clause ("X said A, and called the demand unprecedented", « X a affirmé que A et a
  qualifié la demande d'inédite »), ends the content, as a verb of saying with a clause or an infinitive did;
* an initial frame that may also open a purpose (``frames.purposive``: "for", « pour ») is no source before an
  infinitive ("For a candidate to win, …") or with a text's noun ("For the study, the researchers chose …");
* a body's name ending on a place after a preposition, followed by a conjunction and a place's name, is the
  body of both places ("the High Court of England and Wales"), not a body and a place that speak together;
* an appeal that names nothing ("X said it would appeal", « X a annoncé qu'il ferait appel ») is against the last
  ruling reported before it, within six sentences: against the subject of the verb that made it; an appeal for
  something names no ruling;
* rejecting a text put to one (``titles.documents``: "the Senate rejected a bill", « le Sénat a rejeté le projet
  de loi ») is an act of its own, the one the news reports: its subject may be the article's protagonist, and
  "the vote" after it takes it up; a verb of qualifying that judges such an act ("X called the vote a
  betrayal", « X a qualifié ce vote de trahison ») is against its doer, as a verb of criticism is;
* a participle the tagger took for an adjective, with the reflexive clitic and the auxiliary of a pronominal
  verb's compound tense (« », s'est-elle indignée », « s'est indignée X »), is the verb of an incise;
* a past participle's phrase between commas after a frame's source ("présidée par X", "founded in 1990")
  describes the source, as an apposition does: the content starts after it;
* what is argued or asked for in court is said (``titles.said_nouns``: « réquisitoire », « plaidoirie »,
  "summation", "plea"): a negative judgement of it is against the one who argued it.
"""

from __future__ import annotations

from tests.briefing_queries import brief, opposed, said_by, said_by_any_name


def test_an_incise_names_a_body_the_parser_took_for_the_object() -> None:
    b = brief("Le chantier de Velmar\n\nLe chantier reprendra en mars, a précisé l'université dans un communiqué. "
              "Les travaux coûteront deux millions, indique l'agence.\n", "fr")
    assert said_by(b, "Le chantier reprendra en mars") == {"universite"}
    assert said_by(b, "Les travaux coûteront deux millions") == {"agence"}


def test_an_incise_keeps_a_person_the_parser_read_as_its_subject() -> None:
    """A guard: the inverted subject the parser reads as a subject stays the speaker."""
    b = brief("Le chantier de Velmar\n\nLe chantier reprendra en mars, a précisé le maire Oskar Thrane.\n", "fr")
    assert said_by_any_name(b, "Le chantier reprendra en mars") & {"oskar thrane", "maire"}


def test_a_frame_skips_the_descriptions_of_its_source_fr() -> None:
    b = brief("Un lac sous la glace\n\nUne équipe a annoncé mardi la découverte d'un lac. Pour Marc Odelin, "
              "géophysicien au Centre polaire de Velmar, qui n'a pas participé aux travaux, les mesures radar "
              "« peuvent être trompeuses ». Selon Jeanne Brun, ancienne ministre de la Recherche, le forage "
              "coûtera cher.\n", "fr")
    claims = {q for c in b.claims for q in (e.quote for e in c.evidence)}
    assert "les mesures radar « peuvent être trompeuses »" in claims
    assert said_by(b, "les mesures radar") == {"marc odelin"}
    assert "le forage coûtera cher" in claims
    assert not any("géophysicien" in q or "ancienne ministre" in q for q in claims)


def test_a_frame_skips_the_descriptions_of_its_source_en() -> None:
    b = brief("A lake under the ice\n\nA team announced the discovery of a lake on Tuesday. According to Mark Odell, "
              "a geophysicist at the Velmar Polar Institute who was not involved in the work, the radar data can be "
              "misleading.\n", "en")
    claims = {q for c in b.claims for q in (e.quote for e in c.evidence)}
    assert "the radar data can be misleading" in claims
    assert said_by(b, "the radar data can be misleading") == {"mark odell"}


def test_a_frame_keeps_a_clause_after_its_source() -> None:
    """A guard: a clause after the source's comma is the content, not a description."""
    b = brief("A lake under the ice\n\nAccording to Mark Odell, the lake is old, and the ice above it is thin.\n", "en")
    assert said_by(b, "the lake is old") == {"mark odell"}


SCIENCE = ("Water on a distant moon\n\nAstronomers say they have found water vapor rising from Tessaly, a small moon. "
           '"This is a first," said Mara Velden, who led the study.\n\nOther scientists were more cautious. '
           'Tobias Renn, who was not involved, said the signal was weak.\n\nAccording to the researchers, '
           "heat from the moon's orbit could keep water liquid under the ice.\n")


def test_a_contrasted_group_is_not_taken_up_by_a_kindred_noun_en() -> None:
    b = brief(SCIENCE, "en")
    assert said_by(b, "heat from the moon's orbit") == {"astronomers"}


def test_a_contrasted_group_is_not_taken_up_by_a_kindred_noun_fr() -> None:
    b = brief("Un lac sous la glace\n\nDes astronomes de Velmar affirment avoir trouvé un lac sous la glace. "
              "D'autres scientifiques restent prudents. Marc Odelin juge qu'un forage sera nécessaire.\n\n"
              "Selon les chercheurs, le lac est très ancien.\n", "fr")
    assert said_by(b, "le lac est très ancien") == {"astronomes"}


def test_a_quotation_closed_on_a_stop_ends_its_sentence() -> None:
    b = brief("La réforme adoptée\n\nLa ministre Claire Dauvent a justifié ce choix devant les députés : « Nous ne "
              "pouvons pas prendre le risque de voir cette réforme échouer. » Selon elle, le texte est « juste et "
              "nécessaire ».\n", "fr")
    assert said_by(b, "le texte est") == {"claire dauvent"}


def test_a_subordinated_verb_after_a_quotation_is_no_incise_fr() -> None:
    b = brief("La réforme adoptée\n\nOlivier Jaspard a estimé que le gouvernement « n'avait pas le choix », tandis "
              "que sa collègue Anne Vercel a jugé la méthode « regrettable ».\n", "fr")
    assert said_by(b, "n'avait pas le choix") == {"olivier jaspard"}
    assert said_by(b, "regrettable") == {"anne vercel"}


def test_a_subordinated_verb_after_a_quotation_is_no_incise_en() -> None:
    b = brief('The reform passed\n\nIn a meeting, Mayor Oskar Thrane was told by Greta Lindqvist of "at least '
              'forty families without water", while the deputy mayor Tor Eng said twelve streets were dry.\n', "en")
    assert not said_by(b, "at least forty families") & {"tor eng", "deputy mayor"}
    assert said_by_any_name(b, "twelve streets were dry") & {"tor eng", "deputy mayor"}


REFORM_FR = ("Retraites : le gouvernement passe en force\n\nLe gouvernement a annoncé jeudi qu'il ferait adopter sa "
             "réforme des retraites sans vote.\n\nÀ gauche, la colère est vive. « C'est un déni de démocratie », a "
             "réagi le député Paul Ferrand. Pour Sophie Lanvin, secrétaire générale du syndicat, « le gouvernement "
             "joue avec le feu ».\n\nInterrogé à la radio, le ministre du Travail, Bruno Castel, a répondu aux "
             "critiques.\n")


def test_a_reaction_judging_this_is_against_the_protagonist() -> None:
    b = brief(REFORM_FR, "fr")
    assert opposed(b, "paul ferrand", "gouvernement")


def test_a_reply_to_criticism_answers_the_critic() -> None:
    b = brief(REFORM_FR, "fr")
    assert opposed(b, "bruno castel", "sophie lanvin")


def test_a_reply_to_criticism_answers_the_critic_en() -> None:
    b = brief("Pension reform\n\nThe government said on Thursday it would pass its pension reform without a vote. "
              "\"The government is playing with fire,\" said Sophie Lane, who leads the teachers' union.\n\n"
              "Labour minister Bruno Castle responded to the criticism on the radio.\n", "en")
    assert opposed(b, "bruno castle", "sophie lane")


def test_a_question_quoted_inside_words_does_not_make_them_a_question() -> None:
    b = brief('Council seats\n\nA councillor, Jana Roe, also commented on the gap: "Before I ran I did look at the '
              "benches and think, 'There are so few women here, and how do we change that?'\"\n", "en")
    assert said_by(b, "Before I ran I did look at the benches") == {"jana roe"}


def test_a_question_alone_is_still_no_claim() -> None:
    """A guard: a quotation that is one question claims nothing."""
    b = brief('Council seats\n\nJana Roe asked, "How do we change that?"\n', "en")
    assert not said_by(b, "How do we change that")


def test_the_agent_of_a_statement_speaks_en() -> None:
    b = brief('Harbour rules\n\nThe statement issued by the ministry read: "Every crew must report damage within '
              'a day."\n\nA decree signed by Governor Jana Roe reads "No vessel may leave port at night."\n', "en")
    assert said_by(b, "Every crew must report damage") == {"ministry"}
    assert said_by(b, "No vessel may leave port at night") == {"jana roe"}


def test_the_agent_of_a_statement_speaks_fr() -> None:
    b = brief("Le port de Velmar\n\nLe communiqué publié par le ministère affirme que les travaux reprendront en "
              "mars.\n", "fr")
    assert said_by(b, "les travaux reprendront en mars") == {"ministere"}


def test_a_coordinated_verb_of_qualifying_ends_the_content_en() -> None:
    b = brief('Empty shelves\n\nVelmar Foods reported that its stores are selling out within an hour, and called '
              'the demand "unprecedented".\n', "en")
    quotes = {e.quote for c in b.claims for e in c.evidence}
    assert "its stores are selling out within an hour" in quotes


def test_a_coordinated_verb_of_qualifying_ends_the_content_fr() -> None:
    b = brief("Rayons vides\n\nLe syndicat a affirmé que les magasins étaient vides et a qualifié la demande "
              "d'« inédite ».\n", "fr")
    quotes = {e.quote for c in b.claims for e in c.evidence}
    assert "les magasins étaient vides" in quotes


def test_a_purpose_is_no_source_frame() -> None:
    b = brief("Primaries\n\nFor a candidate to win the nomination, at least 1,200 delegates are needed. For the "
              "study, the researchers chose a bird the size of a peacock. For the union, the reform is a disaster.\n",
              "en")
    assert not said_by(b, "delegates are needed")
    assert not said_by(b, "the researchers chose a bird")
    assert said_by(b, "the reform is a disaster") == {"union"}


def test_a_purpose_is_no_source_frame_fr() -> None:
    b = brief("Primaires\n\nPour l'étude, les chercheurs ont suivi cinq cents patients. Pour le syndicat, la "
              "réforme est un désastre.\n", "fr")
    assert not said_by(b, "les chercheurs ont suivi")
    assert said_by(b, "la réforme est un désastre") == {"syndicat"}


def test_a_body_of_two_places_is_one_name() -> None:
    b = brief("A ruling\n\nThe High Court of England and Wales found that the decision was lawful.\n", "en")
    assert said_by(b, "the decision was lawful") == {"high court of england and wales"}


def test_a_bare_appeal_is_against_the_last_ruling_en() -> None:
    b = brief("Tolls\n\nThe Brannock District Court ruled on Monday that the bridge toll is unlawful. The transport "
              "ministry said it would appeal.\n", "en")
    assert opposed(b, "transport ministry", "brannock district court")


def test_a_bare_appeal_is_against_the_last_ruling_fr() -> None:
    b = brief("Péage\n\nLe tribunal administratif de Velmar a jugé lundi que le péage du pont était illégal. Le "
              "ministère a annoncé qu'il ferait appel.\n", "fr")
    assert opposed(b, "ministere", "tribunal administratif de velmar")


def test_an_appeal_for_calm_names_no_ruling() -> None:
    """A guard: an appeal for something is no appeal of the ruling before it."""
    b = brief("Tolls\n\nThe Brannock District Court ruled on Monday that the bridge toll is unlawful. Mayor Oskar "
              "Thrane appealed for calm.\n", "en")
    assert not opposed(b, "oskar thrane", "brannock district court")


def test_a_rejected_bill_is_the_act_a_reaction_is_against_en() -> None:
    b = brief("Water\n\nThe Senate on Thursday rejected a bill that would have capped water prices. Governor Luis "
              "Ortega condemned the vote. Senator Mia Lund called the vote \"a betrayal.\"\n", "en")
    assert opposed(b, "luis ortega", "senate")
    assert opposed(b, "mia lund", "senate")


def test_a_rejected_bill_is_the_act_a_reaction_is_against_fr() -> None:
    b = brief("Eau\n\nLe Sénat a rejeté jeudi le projet de loi sur le prix de l'eau. Le gouverneur Luis Ortega a "
              "qualifié ce vote de « trahison ».\n", "fr")
    assert opposed(b, "luis ortega", "senat")


def test_a_pronominal_participle_read_as_an_adjective_is_a_cue() -> None:
    b = brief("Le procès\n\nNadia Benali préside l'association des victimes.\n\n« Huit personnes sont mortes, et on "
              "nous parle de sursis », s'est-elle indignée à la sortie de l'audience.\n", "fr")
    assert said_by(b, "Huit personnes sont mortes") == {"nadia benali"}


def test_a_participle_phrase_describes_a_frame_source() -> None:
    b = brief("Le procès\n\nPour l'association des victimes, présidée par Nadia Benali, ce réquisitoire est « trop "
              "clément ».\n", "fr")
    quotes = {e.quote for c in b.claims for e in c.evidence}
    assert "ce réquisitoire est « trop clément »" in quotes
    b = brief("Rents\n\nAccording to the Velmar Tenants Union, founded in 1990, rents rose by a third last year.\n",
              "en")
    assert "rents rose by a third last year" in {e.quote for c in b.claims for e in c.evidence}


def test_a_judgement_of_a_closing_speech_is_against_its_speaker() -> None:
    b = brief("Le procès\n\nLe procureur Jean Vautrin a requis trois ans de prison avec sursis contre le propriétaire."
              "\n\nPour l'association des victimes, ce réquisitoire est « scandaleux ».\n", "fr")
    assert opposed(b, "association des victimes", "jean vautrin")
