"""Offline rules of round 21 (sentences written for the test, checked by
tests/test_no_dev_sentences.py): one unnamed person who speaks.

* one person named by a noun of their side, activity, condition or place in an audience — the
  singular of the group nouns of people (profile ``titles.relations``: protester, critic,
  supporter, member, reader, commenter, user, netizen, aide …; internaute, lecteur, lectrice,
  partisan, membre, passant, source …) — who fills a speaker slot is an actor and speaks ("A
  protester said: "…"", "One commenter wrote:" over a quoted paragraph, "Un internaute a écrit :
  « … »"); a group noun in the plural already was;
* such a person is named without the numeral "one" or "another" that introduces them ("One reader
  wrote" names "reader", "One reader" an alias), but "one of the residents" keeps its words and a
  capitalised name opened by "One" is a name;
* more offices, callings and trades name speakers (``titles.roles``: politician, MP, PM, poet, actor,
  presenter …; politicien, eurodéputé, humoriste, comédienne, présentatrice …): "PM Odera" is the
  prime minister named before in full, "One politician, writing on a website, was harsh:" speaks;
* a single person in apposition to a plural noun of people is no name of that group (the parser
  hung there the apposition of its complement: "des partisans du guide, le cheikh X, ont …");
* a quoted passage whose first sentence tells what someone did or named ("The council declared May 3
  a day of mourning …") stays the quoted writer's: only reported words pass a passage to the one
  who said them (a clause or a quotation as the verb's content, or a light verb's noun: "A
  statement by Y says that …", "Y expressed regret over …");
* verbs of a finding or a ruling qualify their object as "call" does (profile ``oppose.qualify``: rule,
  find, pronounce; estimer, considérer), with a predicate only: "The court ruled the decree unlawful"
  sets the court against the decree's author; a French predicate the parser hung on the last noun of
  the object's complement is the predicate still ("a jugé le décret de la ministre illégal"), but
  not an adjective past a comma or inside a clause of the object ("…, a déclaré le ministre,
  ajoutant que … russe": an inverted speaker, no object; with "déclarer" among these verbs the seed's
  check in tests/test_offline.py failed without this limit; "déclarer" was left out, and no composed
  sentence of mine reproduces the parse, so no test here checks the limit);
* a clause before its verb is what was said only when set off by a comma, a dash or a closing
  quotation mark ("The plan will fail, X warned"): "Santa Vera based blogger X wrote:" says no "Santa
  Vera based" (the parser made the premodifier a fronted clause);
* two words are forms of one only if an ending that changes the last letter lengthens the word
  ("deny" / "denies"): "the tax was unfair" and "the tax would fail" contradict nothing ("fair" and
  "fail" are two words), "the bridge was safe" and "… unsafe" still do;
* a verb that tells a deceit or a betrayal done judges its doer as "lied" did (``oppose.words``:
  misled, deceived, betrayed, cheated …; trompé, trahi, manipulé …): "X said the minister had
  misled parliament" sets X against the minister;
* an impersonal "on" speaks for the side a fronted "du côté de X" names (``grammar.side_nouns``), as
  it does for the place "à X" names after the verb: "Du côté de la mairie, on assure que …";
* a demand of a noun of undoing (an apology, a resignation; des excuses, la démission) with no owner is
  against the one it is asked of ("demanded an apology from the minister X", "a exigé des excuses du
  ministre X"), and the noun is read when the parser gave it another label than object;
* such a noun is no title before a capitalised word ("Sailor Vantor", a character's name), as a
  role's is ("President Tembeka"), nor is a title after a number ("the 2030 General
  Elections");
* a common noun and the proper name right after it that the parser made two subjects of one verb
  ("The blog Zelenopero points out …") are one speaker, the name;
* "all of us", "many of you", "beaucoup d'entre nous" name the one who speaks or is spoken to, no
  new actor: inside a quoted paragraph, its words stay its speaker's;
* a person's initials in parentheses after their name are that person ("Milan Osterk (MO): …",
  the speaker labels of an interview), and a paragraph opening on the name and its initials and a
  colon is that person's words, as "MO: …" is;
* a paragraph opening on an editor's mark ("UPDATE: …", "Mise à jour : …", profile
  ``grammar.editorial_marks``) is the writer's again, not the quoted paragraph's author's."""

from __future__ import annotations

from tests.briefing_queries import brief, opposed, said_by

_TAX_EN = ("Bread tax\n\nThe government of Arvania announced a new tax on bread on Monday.\n\n"
           "A protester said: \"This tax will empty our plates.\"\n\n"
           "One reader wrote:\n\nNobody in the capital asked the bakers before voting this.\n\n"
           "A member of the guild of bakers told reporters that the ovens would stay cold on Friday.\n\n"
           "Another Twitter user commented: \"The minister has never bought his own bread.\"\n")
_TAX_FR = ("Taxe sur le pain\n\nLe gouvernement de l'Arvanie a annoncé lundi une nouvelle taxe sur le pain.\n\n"
           "Un internaute a écrit : « Cette taxe va vider nos assiettes. »\n\n"
           "Une lectrice a répondu :\n\nPersonne dans la capitale n'a demandé l'avis des boulangers.\n\n"
           "Un membre de la corporation des boulangers a affirmé que les fours resteraient froids vendredi.\n\n"
           "Une source proche du ministère a indiqué que la taxe serait revue en juin.\n")


def _names(b: object) -> set[str]:
    return {a.name for a in b.actors}  # type: ignore[attr-defined]


def test_one_unnamed_person_speaks_en() -> None:
    b = brief(_TAX_EN, "en")
    assert said_by(b, "This tax will empty our plates") == {"protester"}
    assert said_by(b, "Nobody in the capital asked the bakers") == {"reader"}
    assert said_by(b, "the ovens would stay cold on Friday") == {"member of the guild of bakers"}
    assert said_by(b, "The minister has never bought his own bread") == {"twitter user"}
    reader = next(a for a in b.actors if a.name == "reader")
    assert reader.kind == "person" and "One reader" in reader.aliases


def test_one_unnamed_person_speaks_fr() -> None:
    b = brief(_TAX_FR, "fr")
    assert said_by(b, "Cette taxe va vider nos assiettes") == {"internaute"}
    assert said_by(b, "Personne dans la capitale n'a demandé") == {"lectrice"}
    assert said_by(b, "les fours resteraient froids vendredi") == {"membre de la corporation des boulangers"}
    assert said_by(b, "la taxe serait revue en juin") == {"source proche du ministere"}


def test_one_of_a_group_keeps_its_words_en() -> None:
    b = brief("Flood\n\nThe river rose by two metres overnight in Kellborough.\n\n"
              "One of the residents said: \"We lost everything in an hour.\"\n", "en")
    assert said_by(b, "We lost everything in an hour") == {"one of the residents"}


def test_a_condition_noun_is_no_title_en() -> None:
    b = brief("Cartoon\n\nThe studio Brightfold announced a new series on Tuesday.\n\n"
              "Fans of Sailor Vantor were delighted, and the voice actor Mira Quell said: \"I cried when I read "
              "the script.\"\n", "en")
    assert "Vantor" not in _names(b)
    assert said_by(b, "I cried when I read the script") == {"mira quell"}


def test_a_title_after_a_number_is_no_title_en() -> None:
    b = brief("Vote\n\nThe council of Arvania met on Monday.\n\nThe 2030 General Elections were calm, "
              "Lina Marsh said.\n", "en")
    assert "Elections" not in _names(b)
    assert said_by(b, "were calm") == {"lina marsh"}


def test_a_noun_and_the_name_after_it_are_one_speaker_en() -> None:
    b = brief("Fire\n\nA fire destroyed the bus depot of Vornik on Monday.\n\nIt was first reported that the fire "
              "started in a bus, but news broadcaster VTK later reported the fire started in a parked truck.\n", "en")
    assert said_by(b, "the fire started in a parked truck") == {"vtk"}
    assert not any("broadcaster" in a.name for a in b.actors)


def test_all_of_us_is_the_speaker_en() -> None:
    b = brief("Bread\n\nThe government of Arvania announced a new tax on bread.\n\n"
              "Jana Kollar wrote on her blog:\n\nThe tax hits the poorest families first.\n\n"
              "All of us who follow the budget have denounced on many occasions the secrecy of the ministry.\n", "en")
    assert not any("all of us" in a.name.lower() for a in b.actors)
    assert said_by(b, "have denounced on many occasions") == {"jana kollar"}


def test_all_of_us_is_the_speaker_fr() -> None:
    b = brief("Pain\n\nLe gouvernement de l'Arvanie a annoncé une nouvelle taxe sur le pain.\n\n"
              "Jeanne Kollar a écrit sur son blog :\n\nLa taxe frappe d'abord les familles pauvres.\n\n"
              "Beaucoup d'entre nous ont dénoncé le secret du ministère.\n", "fr")
    assert not any(a.name.lower().startswith("beaucoup") for a in b.actors)
    assert said_by(b, "ont dénoncé le secret du ministère") == {"jeanne kollar"}


_INTERVIEW = ("Interview\n\nKaro Vesna (KV): Thank you for this interview. How did the blog start?\n\n"
              "Milan Osterk (MO): I started the blog in 2010 because the newspapers ignored our villages.\n\n"
              "KV: Do you fear the new law?\n\n"
              "MO: The new law will silence every blogger in the country, and the minister knows it.\n")


def test_initials_after_a_name_are_that_person_en() -> None:
    b = brief(_INTERVIEW, "en")
    osterk = next(a for a in b.actors if a.name == "Milan Osterk")
    assert "MO" in osterk.aliases
    assert said_by(b, "because the newspapers ignored our villages") == {"milan osterk"}
    assert said_by(b, "The new law will silence every blogger") == {"milan osterk"}


def test_an_editors_mark_ends_a_quoted_block_en() -> None:
    b = brief("Trial\n\nThe court of Vornik tried the painter Ilya Brandt for a mural.\n\n"
              "The critic Sara Holm posted a photograph of the mural on her blog:\n\n"
              "UPDATE: Ilya Brandt has been fined 300 crowns.\n", "en")
    assert said_by(b, "has been fined 300 crowns") == set()


def test_an_editors_mark_ends_a_quoted_block_fr() -> None:
    b = brief("Procès\n\nLe tribunal de Vornik a jugé le peintre Ilya Brandt pour une fresque.\n\n"
              "La critique Sara Holm a publié une photographie de la fresque sur son blog :\n\n"
              "Mise à jour : Ilya Brandt a été condamné à 300 couronnes d'amende.\n", "fr")
    assert said_by(b, "a été condamné à 300 couronnes") == set()


def test_more_roles_name_speakers_en() -> None:
    b = brief("Verdict\n\nThe court of Kessa fined Prime Minister Jonah Odera on Monday.\n\n"
              "PM Odera said he would appeal the fine.\n\n"
              "One politician, writing on the Kessa Watch website, was harsh with his verdict of the ruling:\n\n"
              "The court has humiliated the office of the prime minister and the voters who chose him.\n", "en")
    odera = next(a for a in b.actors if a.name == "Jonah Odera")
    assert "PM Odera" in odera.aliases
    assert said_by(b, "he would appeal the fine") == {"jonah odera"}
    assert said_by(b, "The court has humiliated the office") == {"politician"}


def test_more_roles_name_speakers_fr() -> None:
    b = brief("Festival\n\nLe festival de Kessa s'est ouvert lundi.\n\n"
              "L'humoriste Ravi Odera a affirmé que le public était venu en masse.\n\n"
              "Une comédienne a déclaré : « Ce festival est le plus beau du pays. »\n", "fr")
    assert said_by(b, "le public était venu en masse") == {"ravi odera"}
    assert said_by(b, "Ce festival est le plus beau du pays") == {"comedienne"}


def test_one_person_is_no_apposition_of_a_group_fr() -> None:
    b = brief("Ambassade\n\nEn 2031, des partisans du chef d'alors, le cheikh Omar Vadi, ont affirmé que l'ambassade "
              "était un nid d'espions.\n", "fr")
    assert said_by(b, "l'ambassade était un nid d'espions") == {"partisans du chef d'alors"}


def test_a_passage_that_tells_an_act_stays_the_writers_en() -> None:
    b = brief("Press day\n\nToday is the day of press freedom, and a few bloggers talk about it.\n\n"
              "Jana Tomas provides some background on the day itself, explaining:\n\n"
              "The United Nations declared May 3 a day of press freedom in 1993 to remind governments of their duty "
              "to respect the freedom of expression.\n", "en")
    assert said_by(b, "declared May 3 a day of press freedom") == {"jana tomas"}


def test_a_passage_that_tells_an_act_stays_the_writers_fr() -> None:
    b = brief("Mémoire\n\nLa ville de Kessa se souvient de la crue de 1931.\n\n"
              "Jeanne Tomas revient sur l'histoire de ce jour, en expliquant :\n\n"
              "Le conseil municipal a déclaré le 3 mai journée de deuil en 1932 pour rappeler aux habitants le devoir "
              "de mémoire.\n", "fr")
    assert said_by(b, "a déclaré le 3 mai journée de deuil") == {"jeanne tomas"}


def test_a_passage_that_reports_words_is_theirs_en() -> None:
    b = brief("Press day\n\nToday the Ruritanian Ministry of Culture closed two papers.\n\nJana Tomas wrote:\n\n"
              "A statement by the Ministry of Culture says that the press is free in Ruritania. Nobody believes it.\n",
              "en")
    assert said_by(b, "the press is free in Ruritania") == {"ruritanian ministry of culture"}


_DECREE_EN = ("Court\n\nPrime Minister Jana Roe suspended the parliament of Valdoria by decree on Monday.\n\n"
              "Roe said the decree was legal.\n\nThe court ruled the decree unlawful.\n")
_DECREE_FR = ("Cour\n\nLa Première ministre Jana Roe a suspendu lundi le parlement de Valdorie par décret.\n\n"
              "Roe a affirmé que le décret était légal.\n\nLa cour a jugé le décret de la Première ministre Jana Roe "
              "illégal.\n")


def test_a_ruling_qualifies_its_object_en() -> None:
    b = brief(_DECREE_EN, "en")
    assert said_by(b, "the decree unlawful") == {"court"}
    assert opposed(b, "court", "jana roe")


def test_a_ruling_qualifies_its_object_fr() -> None:
    b = brief(_DECREE_FR, "fr")
    assert said_by(b, "le décret de la Première ministre Jana Roe illégal") == {"cour"}
    assert opposed(b, "cour", "jana roe")



def test_a_premodifier_is_no_fronted_clause_en() -> None:
    b = brief("date 2012-05-20 title Award\nThe journalist Ivo Marek won a prize for his reporting.\n\n"
              "Local bloggers congratulated all journalists after the news appeared.\n\n"
              "Santa Vera based blogger Abel Roe wrote:\n\nSuper excited, we are all proud of Ivo today.\n", "en")
    assert said_by(b, "Santa Vera based") == set()
    assert said_by(b, "we are all proud of Ivo today") == {"abel roe"}


def test_two_words_of_one_length_are_no_forms_of_one_en() -> None:
    b = brief("date 2012-05-20 title Bread tax\nThe government of Arvania announced a new tax on bread last week.\n\n"
              "Jana Kollar and Petr Vasek said the tax was unfair.\n\nLater, the opposition leader Marta Dvorak and "
              "the union chief Karel Hruby wrote that the tax would fail.\n", "en")
    assert not opposed(b, "jana kollar", "marta dvorak")


def test_a_predicate_and_its_negation_still_contradict_en() -> None:
    b = brief("date 2019-01-01 title Bridge\nThe bridge of Kessa reopened on Monday.\n\nMayor Ana Roe said the "
              "bridge was safe.\n\nThe engineer Ivo Marek said the bridge was unsafe.\n", "en")
    assert opposed(b, "mayor ana roe", "ivo marek")


def test_a_deceit_told_judges_its_doer_en() -> None:
    b = brief("date 2019-01-01 title Budget\nThe minister Ivo Marek presented the budget of Kessa on Monday.\n\n"
              "Senator Ana Roe said the minister Ivo Marek had misled parliament.\n", "en")
    assert opposed(b, "ana roe", "ivo marek")


def test_a_deceit_told_judges_its_doer_fr() -> None:
    b = brief("Budget\n\nLe ministre Ivo Marek a présenté lundi le budget de Kessa.\n\n"
              "La sénatrice Ana Roe a affirmé que le ministre Ivo Marek avait trompé les électeurs.\n", "fr")
    assert opposed(b, "ana roe", "ivo marek")


def test_on_speaks_for_the_side_named_fr() -> None:
    b = brief("Clinique\n\nUne épidémie de rougeole a frappé la ville de Kessa la semaine dernière.\n\n"
              "Du côté de la mairie, on assure que la clinique restera ouverte.\n", "fr")
    assert said_by(b, "la clinique restera ouverte") == {"mairie"}


def test_a_demand_of_apology_is_against_the_one_asked_en() -> None:
    b = brief("date 2019-01-01 title Budget\nThe minister Ivo Marek presented the budget of Kessa on Monday.\n\n"
              "Senator Ana Roe demanded an apology from the minister Ivo Marek.\n", "en")
    assert opposed(b, "ana roe", "ivo marek")


def test_a_demand_of_apology_is_against_the_one_asked_fr() -> None:
    b = brief("Budget\n\nLe ministre Ivo Marek a présenté lundi le budget de Kessa.\n\n"
              "La sénatrice Ana Roe a exigé des excuses du ministre Ivo Marek.\n", "fr")
    assert opposed(b, "ana roe", "ivo marek")
