"""Offline rules of round 23 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* an indefinite description introduces a referent of its own (``titles.indefinite``: a, an,
  another, one; un, une): "a federal appeals court ruled …" after "the Ostrava Basin Court" is
  another court, "A union said …" after "One union, the Harbour League," another union — not the body named
  before with the same noun, neither when actors are built nor when a speaker is resolved; a
  definite description still takes that body up ("the court"), and a spokes-noun still speaks for
  the body named before whatever its determiner ("a spokesperson told reporters …" after "the task
  force released a statement");
* a bare noun of a day or a moment (``grammar.time_nouns``: lundi, hier; Monday, yesterday) dates its
  clause, whatever the parser made of it: the predicate of a verb of qualifying is never one ("Le
  tribunal a jugé lundi que …" says what follows "que", not "lundi");
* an auxiliary of the perfect is a tense, no obligation (``oppose.obliged_heads``: have, has, had, need
  oblige only as the verb an infinitive hangs on, "Y has to resign"): "the minister had resigned", "while
  the survey's mission has ended" demand nothing of anyone, where "Y must resign" and "Y has to
  resign" demand that Y undo something, against Y;
* a personal pronoun after the preposition of a verb or noun of conflict takes up the other party ("X
  disagreed with her", "X est en désaccord avec elle"), as an object pronoun already did ("X criticised
  her"); "it" does not (a thing as often as a body).

Passages quoted in posts (found by reading unlabelled Global Voices posts of May 2012):

* a colon-ended sentence with a verb of saying inside what another verb of it reports ("X says that
  readers should expect more:") is introduced by the outer verb's speaker, when it has one;
* a colon-ended sentence whose subject is a pronoun of a person ("…, he makes a stinging attack on the
  mayor:") introduces that person's words, resolved as any speaker's pronoun;
* a lone first name the recogniser took for a place, the subject of a verb ("Rina remains factual"),
  is the one person of that first name named before it;
* a past form right after "Name, apposition," that the parser hung on the apposition as a participle,
  in a sentence with no finite verb ("X, a satirist from Y, tweeted:"), is the sentence's verb, the
  name its subject;
* a paragraph that is only the mark of words left out ("[…]", "(...)") does not end a quoted passage:
  the passage goes on after it, the mark itself said by no one;
* a participle of naming gives the noun it completes its name (``grammar.naming_participles``: named,
  called; nommé, prénommé, appelé): "a 23-year-old man called Tarik explains …" is Tarik speaking, and
  the description is one of his names;
* a body in apposition beside a named person is where that person works, no speaker in their place
  ("X, a satirist from the website Y, a webtv project, tweeted:");
* a verb inside a question reported asserts nothing ("… refusing to answer whether he considered Y an
  enemy", "… de dire s'il estimait que …": ``grammar.question_marks`` opening its clause);
* a handle in parentheses after a name is that person's, a language tag between them or not ("Juan
  Puerto [es] (@Elconde77)");
* a negation before "the only …", "le seul …" says that its subject is one of several, no negation of
  what it is ("Noren is not the only gem of our journalism" judges him a gem; "Noren was not a
  journalist" still denies it);
* a full name with the same first names and a surname one letter off is the same person, the variant
  of a transliteration ("Michalis Chrisokidis" … "Michalis Chrysokidis"), as a surname alone already
  was;
* a quoted letter ends at its closing formula (``grammar.valedictions``: "Yours sincerely", "Best
  regards"; "Cordialement", "Bien à vous"): the formula and the signature after it say nothing."""

from __future__ import annotations

from tests.briefing_queries import brief, holders, said_by


def test_an_indefinite_court_is_another_court_en() -> None:
    b = brief("Ruling\n\nThe Ostrava Basin Court ruled on Monday that the levy on fishing boats was unlawful.\n\n"
              "On Tuesday, a federal appeals court said that the harbour board had broken the law.\n", "en")
    assert said_by(b, "the levy on fishing boats was unlawful") == {"ostrava basin court"}
    assert said_by(b, "the harbour board had broken the law") == {"federal appeals court"}
    assert holders(b, "a federal appeals court") == ["federal appeals court"]


def test_an_indefinite_union_is_another_union_en() -> None:
    b = brief("Docks\n\nOne union, the Harbour League, said the strike at the grain pier would go on.\n\n"
              "A union said later that talks with the port owners had resumed.\n", "en")
    assert said_by(b, "the strike at the grain pier would go on") == {"harbour league"}
    assert said_by(b, "talks with the port owners had resumed") == {"union"}
    assert "A union" not in {n for a in b.actors if a.name == "Harbour League" for n in a.aliases}


def test_an_indefinite_court_is_another_court_fr() -> None:
    b = brief("Jugement\n\nLe tribunal de Sarlenne a jugé que la taxe sur les bateaux de pêche était illégale.\n\n"
              "Mardi, un tribunal a estimé que le conseil du port avait enfreint la loi.\n", "fr")
    assert said_by(b, "la taxe sur les bateaux de pêche était illégale") == {"tribunal de sarlenne"}
    assert said_by(b, "le conseil du port avait enfreint la loi") == {"tribunal"}


def test_a_definite_description_still_takes_up_the_court() -> None:
    # the guard: "the court" after a named court is that court
    b = brief("Ruling\n\nThe Ostrava Basin Court ruled on Monday that the levy on fishing boats was unlawful.\n\n"
              "The court said the harbour board had ignored two warnings.\n", "en")
    assert said_by(b, "the harbour board had ignored two warnings") == {"ostrava basin court"}


def test_an_indefinite_spokesperson_speaks_for_the_body_before() -> None:
    # the guard: a spokes-noun is someone new, but speaks for the body named before
    b = brief("Strike\n\nOn Friday, the Coastal Relief Task Force released a statement about the flooded camp.\n\n"
              "A spokesperson told the Harbour Times the water had reached the clinic at about noon.\n", "en")
    assert said_by(b, "the water had reached the clinic") == {"coastal relief task force"}


def test_a_day_is_no_predicate_of_a_verb_of_qualifying() -> None:
    b = brief("Marché\n\nLe tribunal administratif de Sarlenne a jugé lundi que la fermeture du marché couvert "
              "était illégale.\n", "fr")
    assert said_by(b, "la fermeture du marché couvert était illégale") == {"tribunal administratif de sarlenne"}
    assert not any(e.quote.strip() == "lundi" for c in b.claims for e in c.evidence)


def test_a_predicate_after_the_object_is_still_qualifying() -> None:
    # the guard: "a jugé ce mouvement « injustifié »" keeps its object and predicate
    b = brief("Grève\n\nLa ministre Claire Ostal a jugé ce mouvement « injustifié ».\n", "fr")
    assert said_by(b, "injustifié") == {"claire ostal"}


def _sides(b: object) -> list[tuple[set[str], set[str]]]:
    out = []
    for d in b.disagreements:  # type: ignore[attr-defined]
        names = [{b.actor(a).name for a in side.actors} for side in d.sides]  # type: ignore[attr-defined]
        out.append((names[0], names[1]))
    return out


def test_a_perfect_tense_demands_nothing() -> None:
    b = brief("Port\n\nJana Orlek wrote that the harbour vote was a disgrace.\n\nThe Velmar Courier reported "
              "that Transport Minister Tom Vastel had resigned.\n\nProfessor Ida Brandt said that while the "
              "Coral Survey's mission has ended, its samples would be studied for years.\n", "en")
    assert _sides(b) == []


def test_a_modal_still_demands() -> None:
    # the guard: "must resign", "has to resign" demand that the minister undo something, against him
    b = brief("Port\n\nThe Velmar Courier said that Transport Minister Tom Vastel must resign.\n\n"
              "The Harbour Times wrote that Vastel has to resign.\n", "en")
    assert ({"Velmar Courier"}, {"Tom Vastel"}) in _sides(b)
    assert ({"Harbour Times"}, {"Tom Vastel"}) in _sides(b)


# ---------------------------------------------------------------- passages quoted in posts (round 23, second part)

def test_the_outer_speaker_introduces_a_passage() -> None:
    # "X says that Y should expect more:": X introduces the passage, not Y of the reported clause
    b = brief("date 2012-05-20 title Velmar: Readers React\n\nTomas Berel says that Velmarians should expect more "
              "from their new mayor:\n\nThe mayor has set her feet to the pedal. Her first act was to sack the "
              "head of the museum board.\n", "en")
    assert said_by(b, "Her first act was to sack the head") == {"tomas berel"}


def test_a_pronoun_subject_introduces_a_passage() -> None:
    b = brief("date 2012-05-20 title Velmar: Readers React\n\nHowever, Gregor Vandt takes a very different approach. "
              "After listing the issues needing her attention, he makes a stinging attack on the mayor:\n\n"
              "I am in deep doubt that you are any different from the mayors before you.\n", "en")
    assert said_by(b, "I am in deep doubt") == {"gregor vandt"}


def test_a_first_name_read_as_a_place_is_the_person() -> None:
    # the recogniser takes the lone first name for a place; the subject of a verb, it is the one Rina named
    b = brief("date 2012-05-20 title Velmar: Readers React\n\nAnother blogger, Rina Pavel, wrote about the town "
              "council. For instance in her post about the harbour fair, Rina remains factual:\n\nThis blogger "
              "understands that the fair will cost more than one million dollars.\n", "en")
    assert said_by(b, "the fair will cost more") == {"rina pavel"}
    assert "Rina" not in {a.name for a in b.actors}


def test_a_verb_read_as_a_participle_on_an_apposition_is_the_sentence_verb() -> None:
    b = brief("date 2012-05-20 title Velmar: Readers React\n\nDmitri Ovan, a satirist from the website Karamba.tv, "
              "a web project, tweeted:\n\nThe rallies are over and nothing has changed in this town.\n", "en")
    assert said_by(b, "nothing has changed in this town") == {"dmitri ovan"}


def test_a_mark_of_words_left_out_does_not_end_a_passage() -> None:
    b = brief("date 2012-05-20 title Velmar: Old Leader Criticises Rallies\n\nOn May 10, Tomas Berel wrote in his "
              "blog that the rallies had become too violent. He writes:\n\nIf the organizers count on police "
              "brutality to bring more people, they are wrong.\n\n[…]\n\nRallies by themselves will not change "
              "anything.\n\nReactions have varied.\n", "en")
    assert said_by(b, "Rallies by themselves will not change anything") == {"tomas berel"}
    assert said_by(b, "Reactions have varied") == set()
    assert not any(e.quote.strip() == "[…]" for c in b.claims for e in c.evidence)


def test_a_pronoun_after_with_takes_up_the_other_party() -> None:
    b = brief("date 2012-05-20 title Velmar: Readers React\n\nOpposition leader Dana Korr called the date a trick.\n\n"
              "Pol Vesk disagreed with her.\n", "en")
    assert ({"Pol Vesk"}, {"Dana Korr"}) in _sides(b)
    b = brief("Port\n\nLa ministre Dana Korr a qualifié la date de piège.\n\nLe député Paul Vesk est en désaccord "
              "avec elle.\n", "fr")
    assert ({"Paul Vesk"}, {"Dana Korr"}) in _sides(b)


def test_a_participle_of_naming_gives_the_noun_its_name() -> None:
    b = brief("date 2012-05-20 title Velmar: Voters Stay Home\n\nIn the video, a 23-year-old man called Tarik "
              "explains that the people have had enough of the council.\n\nA student named Lina Orvo said the "
              "ballot was a farce.\n", "en")
    assert said_by(b, "the people have had enough of the council") == {"tarik"}
    assert said_by(b, "the ballot was a farce") == {"lina orvo"}
    assert "student" not in {a.name for a in b.actors}
    b = brief("Urnes\n\nUne étudiante nommée Lina Orvo a déclaré que le scrutin était une farce.\n", "fr")
    assert said_by(b, "le scrutin était une farce") == {"lina orvo"}


def test_a_body_beside_a_named_person_does_not_speak_for_them() -> None:
    b = brief("date 2012-05-20 title Velmar: Old Leader\n\nDmitri Ivanov, a satirist from the website Karamba.tv "
              "[ru], a webtv project, tweeted [ru]:\n\nThe rallies in Velmar are over.\n", "en")
    assert said_by(b, "The rallies in Velmar are over") == {"dmitri ivanov"}


def test_a_verb_in_a_question_reported_asserts_nothing() -> None:
    b = brief("date 2012-05-20 title Velmar: Debate\n\nThe first question was about the treaty. Mayor Orlik Varn on "
              "the other hand had a less confrontational and more diplomatic reply, refusing to answer whether he "
              "considered Dravia an enemy:\n\n@ivo_berro: Varn: I call for reviewing our treaty with Dravia. #debate\n"
              "\nOrlik Varn later said he considered Dravia a partner.\n", "en")
    assert said_by(b, "Dravia an enemy") == set()
    assert said_by(b, "Dravia a partner") == {"orlik varn"}
    b = brief("Titre\n\nLe maire Paul Vesk a refusé de dire s'il estimait que la réforme du port était utile.\n", "fr")
    assert said_by(b, "la réforme du port était utile") == set()


def test_a_handle_after_a_language_tag_is_the_named_person_s() -> None:
    b = brief("date 2012-05-20 title Velmar: Bike Ride\n\nThis fact angered some riders, who question the coherence "
              "of a council which \"promotes\" the use of bicycles, as Juan Puerto [es] (@Elconde77) points out:\n\n"
              "The use of bicycles is promoted, but it is not permitted to ride on the fast lanes.\n", "en")
    assert said_by(b, "it is not permitted to ride on the fast lanes") == {"juan puerto"}
    assert holders(b, "@Elconde77") == ["Juan Puerto"]


def test_not_the_only_one_is_no_negation() -> None:
    b = brief("date 2012-05-20 title Velmar: Prize\n\nJailed blogger Eskil Noren won the harbour prize for his "
              "writing.\n\nEndor explained why Noren deserved the award:\n\nIn fact Noren is not the only gem of "
              "our journalism. But Noren deserves it most.\n", "en")
    assert _sides(b) == []
    b = brief("Prix\n\nLe blogueur Eskil Noren a reçu le prix du port.\n\nLa journaliste Dana Korr a affirmé que Noren "
              "n'était pas le seul talent du pays.\n", "fr")
    assert _sides(b) == []


def test_a_plain_negation_still_judges() -> None:
    # the guard: "Noren was not a journalist" denies what Noren is, against him
    b = brief("date 2012-05-20 title Velmar: Prize\n\nJailed blogger Eskil Noren won the harbour prize for his "
              "writing.\n\nThe mayor Tom Vale said that Noren was not a journalist.\n", "en")
    assert ({"Tom Vale"}, {"Eskil Noren"}) in _sides(b)


def test_a_full_name_with_a_surname_one_letter_off_is_the_same_person() -> None:
    b = brief("date 2012-05-20 title Velmar: Police\n\nMinister Michalis Chrisokidis said the harbour bureau would "
              "open in May.\n\nThe bureau will not be independent, as Michalis Chrysokidis had originally stated.\n\n"
              "Jan Nowak and Jan Novak both said the plan was good.\n", "en")
    assert holders(b, "Michalis Chrysokidis") == ["Michalis Chrisokidis"]
    # the guard: surnames that differ in their first three letters stay two persons
    assert {"Jan Nowak", "Jan Novak"} <= {a.name for a in b.actors}


def test_a_letter_quoted_ends_at_its_closing_formula() -> None:
    b = brief("date 2012-05-20 title Velmar: Letter\n\nBlogger Gregor Vandt makes a stinging attack on the mayor:\n\n"
              "I am in deep doubt that you are any different from the mayors before you.\n\nI wish you all the best, "
              "Madam Mayor.\n\nYours Sincerely\n\nGregor Vandt\n\nHer new council has also drawn reactions.\n", "en")
    assert said_by(b, "I wish you all the best") == {"gregor vandt"}
    assert not any(e.quote.strip() in {"Yours Sincerely", "Gregor Vandt"} for c in b.claims for e in c.evidence)
    b = brief("Lettre\n\nLe blogueur Paul Vesk s'en prend au maire :\n\nJe doute que vous soyez différent de vos "
              "prédécesseurs.\n\nCordialement,\n\nPaul Vesk\n", "fr")
    assert said_by(b, "Je doute que vous soyez différent") == {"paul vesk"}
    assert not any(e.quote.strip(" ,") in {"Cordialement", "Paul Vesk"} for c in b.claims for e in c.evidence)
