"""Offline rules of round 25 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a verb of expression with the state of mind it voices ("expressed disappointment", "a exprimé son
  soutien": ``verbs.expressing``) says its subject's own words, as a verb that only says does: inside
  another's report ("Radio Norland reported that a spokesman for the ministry expressed disappointment
  with the ruling") the words are the ministry's, the report only passes them on;
* a pronoun that takes up a thing its own sentence named before it ("the congress approved a bill,
  but it was dismissed by the senate", « … un projet, mais il a été rejeté par le Sénat ») refers to
  that thing: its dismissal answers no one's words, so it sets no speaker before it against the one
  who dismisses; a pronoun with no such thing before it ("Roe denied it.") still takes up what the last
  other speaker said;
* the inverted subject of an incise that ends its sentence may be a role noun the tagger took for an
  adjective, with its determiner and adjectives ("…, affirme un jeune manifestant, X"), and the name
  in apposition after it names the one who speaks; that description is who speaks, never what is said;
* a clause right after a verb of saying, with a subject of its own and no subordinating conjunction,
  which the parser hung as an adverbial clause ("she said as a teenager she was forced …": the
  preposition opening it read as the clause's), is what is said, its "that" left out;
* a verb of estimating with an object and an amount after its preposition (``verbs.estimating``,
  ``grammar.amount_preps``: "the police put the crowd at 2,000", « la CGT estime à 75 000 le nombre
  d'emplois menacés », « évalue », « chiffre ») says what the amount is: the object with the amount is the
  claim; "as X put it" stays a comparative of saying;
* "publication" names a medium by its trade, as "newspaper" does (``groups``, ``org_nouns``,
  ``generic_orgs``): "the trade publication wrote …" takes up the review named before; "the
  publication of the report" stays an act;
* one who speaks for another (``spokes``: a lawyer, a spokesman) named with a possessive of a person
  ("her lawyer said …", "his spokesman said …") speaks for the person the possessive takes up, never
  for the body last named, which "its spokesman" takes up;
* a verb of force that also reports words (``verbs.forceful``: attack, slam, hit …) tells of force, and
  reports no words, when its subject uses force (``titles.armed``: "gunmen", "rebels") or its object
  names a place, a vehicle or people at large (``titles.buildings``, ``titles.force_targets``: "attacked
  a village", "attacked people"); "X attacked the plan" still says something (English only: the French
  verbs of force report no words).
"""

from __future__ import annotations

from summarizer.schema import Briefing
from tests.briefing_queries import brief, said_by


def _opposed(b: Briefing) -> set[frozenset[str]]:
    names = {a.id: a.name.lower() for a in b.actors}
    return {frozenset(names[x] for s in d.sides for x in s.actors) for d in b.disagreements}


def test_an_expression_inside_a_report_is_the_expressers_en() -> None:
    b = brief("Fishing quotas\n\nRadio Norland reported that a spokesman for the Ministry of Fisheries expressed "
              "disappointment with the ruling.\n", "en")
    assert said_by(b, "disappointment with the ruling") == {"ministry of fisheries"}
    assert not said_by(b, "a spokesman for the Ministry of Fisheries")


def test_an_expression_inside_a_report_is_the_expressers_fr() -> None:
    b = brief("Quotas de pêche\n\nLe quotidien Vell Matin a rapporté que le maire, Marc Dubreuil, avait exprimé "
              "son soutien aux pêcheurs.\n", "fr")
    assert said_by(b, "son soutien aux pêcheurs") == {"marc dubreuil"}
    assert not said_by(b, "le maire, Marc Dubreuil")


def test_a_bill_dismissed_in_its_own_sentence_answers_no_one_en() -> None:
    b = brief("Gambling bill\n\nPresident Tomas Vell of Norland announced a bill on gambling on Sunday.\n\n"
              "Archbishop Marc Dolan said \"in Norland, the yes to life must be stronger.\"\n\n"
              "Back in 2018, the Norland congress approved a bill legalising gambling, but it was dismissed by the "
              "senate.\n", "en")
    assert not any("marc dolan" in pair for pair in _opposed(b))


def test_a_bill_rejected_in_its_own_sentence_answers_no_one_fr() -> None:
    b = brief("Jeux d'argent\n\nLe président de la Norlande, Tomas Vell, a annoncé dimanche un projet de loi sur les "
              "jeux d'argent.\n\nL'archevêque Marc Dolan a déclaré : « En Norlande, la vie doit l'emporter. »\n\n"
              "En 2018, le Congrès de Norlande avait adopté un projet légalisant les jeux, mais il a été rejeté "
              "par le Sénat de Norlande.\n", "fr")
    assert not any("marc dolan" in pair for pair in _opposed(b))


def test_a_denial_of_it_still_answers_the_last_other_speaker() -> None:
    # the guard: no thing before the pronoun in its sentence, so it takes up the words said
    b = brief("Bribes\n\nProsecutors said Jana Roe had taken bribes from the company. Roe denied it.\n", "en")
    assert frozenset({"prosecutors", "jana roe"}) in _opposed(b)


def test_a_role_read_as_an_adjective_in_an_incise_names_the_speaker_fr() -> None:
    b = brief("Manifestation\n\nDes milliers de personnes ont manifesté samedi à Vell.\n\nLes manifestants "
              "réclament la publication des résultats. Depuis la chute du régime, ce sont les généraux qui "
              "gouvernent. « Les militaires doivent quitter la scène politique et revenir à leur vraie tâche, "
              "défendre la nation », affirme un jeune manifestant, Abdel Varoun. « Tous ces "
              "retards posent des questions », ajoute Hugo, un étudiant.\n", "fr")
    assert said_by(b, "Les militaires doivent quitter la scène politique") == {"abdel varoun"}
    assert not said_by(b, "un jeune manifestant")


def test_a_role_before_the_name_in_an_incise_en() -> None:
    # the guard: the same incise in English, which the tagger reads right
    b = brief("Protest\n\nThousands marched in Vell on Saturday. \"The soldiers must go back to their barracks,\" "
              "said a young protester, Abdel Varoun.\n", "en")
    assert said_by(b, "The soldiers must go back to their barracks") == {"abdel varoun"}


def test_a_complement_read_as_an_adverbial_clause_is_what_is_said() -> None:
    b = brief("Singer found dead\n\nKarla Venn, a singer from Vell, was found dead on Sunday. In an interview with "
              "Vell Radio last year, she said as a teenager she was forced into an abusive marriage by her "
              "family.\n", "en")
    assert said_by(b, "she was forced into an abusive marriage") == {"karla venn"}


def test_an_estimate_of_a_number_is_a_claim_fr() -> None:
    b = brief("Usine Orvan\n\nLa fermeture de l'usine Orvan a été annoncée lundi. La Confédération générale du "
              "travail (CGT) estime à 75 000 le nombre d'emplois menacés, contre 45 000 en mai.\n\nLe syndicat "
              "Force Unie évalue à 80 000 le nombre d'emplois menacés.\n", "fr")
    assert said_by(b, "à 75 000 le nombre d'emplois menacés") == {"confederation generale du travail"}
    assert said_by(b, "à 80 000 le nombre d'emplois menacés") == {"force unie"}
    assert not said_by(b, "contre 45 000 en mai")


def test_an_estimate_of_a_crowd_is_a_claim_en() -> None:
    b = brief("March in Vell\n\nThousands marched in Vell on Saturday. The police put the crowd at 2,000.\n\n"
              "As Jana Roe put it, the march was a success.\n", "en")
    assert said_by(b, "the crowd at 2,000") == {"police"}
    assert said_by(b, "the march was a success") == {"jana roe"}  # the guard: "as X put it" still says


def test_the_publication_takes_up_the_review_named_before() -> None:
    b = brief("Cargo plane crash\n\nA cargo plane crashed near Vell on Monday, the Air Vell Review reported. The "
              "trade publication wrote that the jet had slid off the end of the strip.\n\nThe publication of the "
              "report was delayed, the ministry said.\n", "en")
    assert said_by(b, "the jet had slid off the end of the strip") == {"air vell review"}
    assert said_by(b, "The publication of the report was delayed") == {"ministry"}


def test_her_lawyer_speaks_for_her_not_for_a_body() -> None:
    b = brief("Actress arrested\n\nThe actress Lia Dorn was arrested in Vell. Her lawyer said she would plead not "
              "guilty.\n\nThe Orvan Trust said it would appeal. Its spokesman said the trust had done nothing "
              "wrong.\n", "en")
    assert said_by(b, "she would plead not guilty") == {"lia dorn"}
    assert said_by(b, "the trust had done nothing wrong") == {"orvan trust"}  # the guard: "its" takes up the body


def test_an_attack_by_force_says_nothing() -> None:
    b = brief("Fighting in Norland\n\nGunmen attacked a village in northern Vell on Sunday, killing ten people. "
              "Rebels attacked an army base near Kesh. A man attacked people near the station.\n\nThe opposition "
              "leader Ana Borel attacked the plan, calling it reckless.\n", "en")
    assert not said_by(b, "a village in northern Vell")
    assert not said_by(b, "an army base near Kesh")
    assert not said_by(b, "people near the station")
    assert said_by(b, "the plan") == {"ana borel"}  # the guard: a verbal attack still says
