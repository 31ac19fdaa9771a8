"""Offline rules of round 38 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a dash of one character that closes an incise a comma or a dash opened earlier in the sentence stands where a
  comma would ("On her blog, the activist Mara Lindqvist, who ran for the council twice - comments:"): where the
  tagger took the verb of saying after it for a noun, the line is parsed again with the dash read as a comma and
  the verb as a verb (a parse proxy), and the passage the colon opens is the speaker's (it had been no one's);
* the name a body's common noun takes, in apposition right after it ("the state energy company, Lumenergy, said
  …", « le fournisseur d'électricité, Lumenergy, a affirmé … »), names that body, whatever the recogniser typed it:
  a place is no company (the name had been a place, and no one had spoken); not a name in a parenthesis that lists
  the body's holdings;
* a proper name set off by commas right after a prepositional phrase that opens the sentence, a relative clause maybe
  after it, then a verb of saying the parser left with no subject (« Sur son blog Notes du Rivage, Lina Varo, qui a
  suivi la séance du conseil, commente : », the name hung on the phrase's noun as its apposition) is the verb's
  subject: the passage after the colon is hers (it had been no one's);
* a paragraph that opens on an account's handle and a colon ("@seydou_kan : …") is that account's post whatever
  sentences the splitter cut its first words into (the handle alone, then the colon: the post had been no one's);
* « raconte » and « analyse » (and their plurals) after a comma and before a colon are the verbs the tagger read as an
  adjective or a noun (``parsing.proxies``): « …, une habitante, Lina Varo, raconte : » introduces her words;
* a passage quoted over several paragraphs goes on through a paragraph in the first person that the first-person
  words known so far missed: reflexive and possessive pronouns ("myself included", « un commerce comme le mien »;
  ``clitics.deixis``) and an elided clitic opening a word (« J'ai vu … »: the word is « j'ai », the clitic « j' »).
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from tests.briefing_queries import brief, quotes, said_by


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_dash_closing_an_incise_before_a_verb_of_saying(dash: str) -> None:
    b = brief("Port\n\nOn her blog, the activist Mara Lindqvist, who ran for the city council twice " + dash
              + " comments:\nThe council has failed us. Nobody listened to the dockers before the vote.\n", "en")
    assert said_by(b, "Nobody listened to the dockers") == {"mara lindqvist"}


def test_a_french_incise_closed_by_a_dash_keeps_its_speaker() -> None:
    b = brief("Port\n\nSur son blog, la militante Lina Varo, qui a suivi le procès - note :\nLe conseil nous a "
              "abandonnés. Personne n'a écouté les dockers avant le vote.\n", "fr")
    assert said_by(b, "Personne n'a écouté les dockers") == {"lina varo"}


@pytest.mark.parametrize(("language", "text", "said"), [
    ("en", "The state energy company, Lumenergy, said that the cuts were temporary.\n", "the cuts were temporary"),
    ("en", "The state energy company, Lumenergy, said in a statement that the cuts were temporary.\n",
     "the cuts were temporary"),
    ("fr", "Le fournisseur d'électricité, Lumenergy, a affirmé que les coupures étaient temporaires.\n",
     "les coupures étaient temporaires"),
])
def test_a_name_apposed_to_a_body_noun_names_the_body(language: str, text: str, said: str) -> None:
    b = brief("Heat\n\n" + text, language)
    assert said_by(b, said) == {"lumenergy"}
    assert [a.kind for a in b.actors if a.name == "Lumenergy"] == ["organization"]


@pytest.mark.parametrize("text", [
    "Sur son blog Notes du Rivage, Lina Varo, qui a suivi la séance du conseil, commente :\n",
    "Sur son site Échos du Levant, Lina Varo, qui a assisté aux audiences, commente :\n",
])
def test_a_name_after_a_fronted_phrase_is_the_subject(text: str) -> None:
    b = brief("Procès\n\n" + text + "Les juges ont refusé d'entendre les témoins de la défense.\n", "fr")
    assert said_by(b, "refusé d'entendre les témoins") == {"lina varo"}


@pytest.mark.parametrize("handle", ["seydou_kan", "moussa_tall"])
def test_a_handle_split_from_its_colon_still_labels_the_post(handle: str) -> None:
    b = brief("Pain\n\nLes réactions sont hostiles.\n\n@" + handle + " : Les boulangers vendent leur pain trop "
              "cher depuis un an.\n", "fr")
    assert said_by(b, "Les boulangers vendent leur pain") == {"@" + handle}


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Dans son dernier billet, une habitante, Lina Varo, raconte :\nLes pelleteuses sont arrivées à l'aube sans "
     "aucun avertissement.\n", "Les pelleteuses sont arrivées", "lina varo"),
    ("Le juriste Paul Roche, auteur du blog Notes de droit, analyse :\nLe décret ne définit jamais ce qu'est un "
     "trouble à l'ordre public.\n", "Le décret ne définit jamais", "paul roche"),
])
def test_a_verb_of_telling_read_as_an_adjective_or_a_noun(text: str, said: str, speaker: str) -> None:
    b = brief("Titre\n\n" + text, "fr")
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "Media lawyer Paul Roche explains on his blog:\nThe rule sounds harmless. It lets the agency refuse a "
     "permit without any reason.\n\nIn practice, every small trader in the valley, myself included, now works at "
     "the agency's pleasure.\n", "every small trader in the valley", "paul roche"),
    ("fr", "Le juriste Paul Roche explique sur son blog :\nLe décret paraît anodin. Il permet à l'agence de refuser "
     "un permis sans motif.\n\nConcrètement, un commerce comme le mien pourra être fermé du jour au lendemain.\n",
     "un commerce comme le mien", "paul roche"),
    ("fr", "Lina Varo écrit sur son blog :\nLe marché a fermé sans prévenir les commerçants.\n\nJ'ai vu les camions "
     "partir à l'aube, un par un.\n", "vu les camions partir", "lina varo"),
])
def test_a_passage_goes_on_in_the_first_person(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Titre\n\n" + text, language)
    assert said_by(b, said) == {speaker}


def test_a_clause_before_a_colon_is_said_with_its_verb_misread() -> None:
    b = brief("Harbour\n\nThe engineer Lina Marsh says that the river district floods almost every spring:\nWe have "
              "asked for repairs for years.\n", "en")
    assert said_by(b, "the river district floods") == {"lina marsh"}
    assert said_by(b, "We have asked for repairs") == {"lina marsh"}


def test_a_noun_phrase_before_a_colon_still_announces_the_passage() -> None:
    b = brief("Harbour\n\nThe engineer Lina Marsh suggests a simple remedy:\nRaise the wall by one metre before the "
              "winter.\n", "en")
    assert not said_by(b, "a simple remedy")
    assert said_by(b, "Raise the wall by one metre") == {"lina marsh"}


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Beekeepers in the hills above Dorlen say that a new spray is killing their hives.\n",
     "a new spray is killing their hives", "beekeepers in the hills"),
    ("Hunters in the forests north of Dorlen say that the wolves have come back.\n", "the wolves have come back",
     "hunters in the forests"),
])
def test_a_group_hidden_by_an_excluded_ending_speaks(text: str, said: str, speaker: str) -> None:
    b = brief("Valley\n\n" + text, "en")
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize("end", ['"but never paid a cent of it."', '"but never paid a cent of it".'])
def test_a_quotation_after_an_inner_verb_of_saying_is_the_reporter_s(end: str) -> None:
    b = brief("Flood\n\nThe farmers' spokesman Paul Roche said the ministry had promised compensation in May "
              + end + "\n", "en")
    assert said_by(b, "never paid a cent") == {"paul roche"}
    assert "ministry" not in {a.name for a in b.actors}


@pytest.mark.parametrize("name", ["Finn Holliday", "Finn Arraday"])
def test_a_surname_typed_as_a_date_stays_in_the_name(name: str) -> None:
    b = brief("Play\n\nThe stage manager " + name + " wrote on her blog:\nThe theatre was locked on the morning of "
              "the premiere.\n", "en")
    assert said_by(b, "The theatre was locked") == {fold(name)}


@pytest.mark.parametrize("text", [
    "Shopkeeper Amina Rolt told a local news site that she had lost a week of sales.\n",
    "The tailor Amina Rolt told a news site that she had lost a week of online orders.\n",
])
def test_a_clause_hung_on_the_addressee_is_what_was_told(text: str) -> None:
    b = brief("Net\n\n" + text, "en")
    assert said_by(b, "she had lost a week") == {"amina rolt"}


def test_a_noun_s_own_clause_stays_the_noun_s() -> None:
    b = brief("Net\n\nThe ministry rejected the union's claim that the depot would close in June.\n", "en")
    assert not said_by(b, "the depot would close") - {"ministry"}
    assert any("claim that the depot" in q for q in quotes(b))


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "On the harbour forum, a user calling himself Quayrat replied that the council had lied.\n",
     "the council had lied", "quayrat"),
    ("en", "A commenter who goes by Rivet wrote that the council had lied.\n", "the council had lied", "rivet"),
    ("fr", "Sur le forum du quartier, une internaute qui signe Pétrelle a répondu que la mairie avait menti.\n",
     "la mairie avait menti", "petrelle"),
])
def test_a_self_given_name_names_the_speaker(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Port\n\n" + text, language)
    assert said_by(b, said) == {speaker}


def test_a_thing_known_by_a_name_is_no_person() -> None:
    b = brief("Port\n\nThe mayor Lina Marsh said the vote, in an event known as \"Harbour Day\", would be held in "
              "March.\n", "en")
    assert [a.name for a in b.actors] == ["Lina Marsh"]


@pytest.mark.parametrize("title", ["La rivière ne nous appartient plus", "Le port ne nous appartient plus"])
def test_a_negation_in_a_quoted_title_does_not_negate_the_verb(title: str) -> None:
    b = brief("Port\n\nDans un billet intitulé « " + title + " », le blogueur Samuel Odongui estime que la mairie a "
              "sacrifié les dockers.\n", "fr")
    assert said_by(b, "la mairie a sacrifié les dockers") == {"samuel odongui"}


def test_a_negation_of_the_verb_itself_still_reports_nothing() -> None:
    b = brief("Port\n\nLe blogueur Samuel Odongui n'a jamais affirmé que la mairie avait sacrifié les dockers.\n", "fr")
    assert not said_by(b, "la mairie avait sacrifié les dockers")


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "The student Lina Marsh shared a message from the dockers' union:\nRT @dockunion_vk: We will be at the "
     "gates at six. Bring your families.\n", "We will be at the gates at six", "@dockunion_vk"),
    ("fr", "Le militant Paul Roche a partagé le message du syndicat :\nRT @dockers_vk : Rendez-vous aux grilles à six "
     "heures. Venez en famille.\n", "Rendez-vous aux grilles", "@dockers_vk"),
])
def test_a_passage_opening_on_a_repost_is_the_relayed_account_s(language: str, text: str, said: str,
                                                                 speaker: str) -> None:
    b = brief("Port\n\nThe port closed.\n\n" + text, language)
    assert said_by(b, said) == {speaker}
    assert not any(q.startswith("RT ") for q in quotes(b))


@pytest.mark.parametrize(("text", "said", "handle"), [
    ("L'internaute @port_sorel a répondu que la mairie avait menti.\n", "la mairie avait menti", "@port_sorel"),
    ("L'utilisatrice @quai_nord a écrit que la police avait menti.\n", "la police avait menti", "@quai_nord"),
])
def test_a_description_holding_a_handle_is_the_account(text: str, said: str, handle: str) -> None:
    b = brief("Port\n\n" + text, "fr")
    assert said_by(b, said) == {handle}
    assert [a.name for a in b.actors] == [handle]


def test_a_title_coordinated_with_a_titled_name_is_the_same_person() -> None:
    b = brief("Storm\n\nFisherman and citizen journalist Kimi Talaveru (@kimi_ps) has been posting updates from the "
              "harbour:\nNo power since noon. We are waiting on the church roof.\n", "en")
    assert said_by(b, "We are waiting on the church roof") == {"kimi talaveru"}
    assert "Fisherman" not in {a.name for a in b.actors}


def test_a_station_named_with_its_band_is_no_person() -> None:
    b = brief("Storm\n\nA resident interviewed by Coral Reach FM said that rescue boats had still not arrived.\n", "en")
    assert all(a.kind != "person" for a in b.actors if "FM" in a.name)
    assert said_by(b, "rescue boats had still not arrived") == {"resident"}


@pytest.mark.parametrize("storm", ["Cyclone Hesper", "Typhoon Marnie"])
def test_a_storm_named_like_a_person_is_no_actor(storm: str) -> None:
    b = brief("Storm\n\n" + storm + " made landfall near the town on Tuesday. The agency said all shelters were "
              "full.\n", "en")
    assert [a.name for a in b.actors] == ["agency"]


@pytest.mark.parametrize(("language", "intro", "passage", "speaker"), [
    ("fr", "Une internaute est plus sévère :", "Le maire a toujours menti sur le port.", "internaute"),
    ("fr", "Un autre utilisateur n'est pas d'accord :", "Le maire a toujours défendu le port, laissez-le travailler.",
     "autre utilisateur"),
    ("en", "Another reader was more blunt:", "The mayor has lied about the harbour from the start.", "reader"),
])
def test_a_described_person_introduces_the_passage(language: str, intro: str, passage: str, speaker: str) -> None:
    b = brief("Port\n\nThe mayor was appointed on Monday.\n\n" + intro + "\n" + passage + "\n", language)
    assert said_by(b, passage.rstrip(".")[:30]) == {speaker}
