"""Offline rules of round 37 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* a complement clause is a quotation only when its first words stand inside the quotation marks: a clause whose
  subject and first words stand outside them, one word or phrase of it quoted in one quotation closed inside it
  (« Le tribunal a jugé que l'arrêté était « disproportionné » », "The court found that the plan was "unlawful""),
  is reported speech that quotes some of the original's words, and the clause is what was said (it had been no
  claim, or only the quoted words); a clause that strings several quotations together is still read quotation by
  quotation;
* a singular role noun with no determiner coordinated with the title of a name that is another subject of the verb
  ("Party leader and former minister Lina Marsh said …", "chairman and chief executive X") is a second title of the
  one person the name names: the parser's two subjects are one speaker (the party had spoken too);
* an object pronoun charged with an act by the verb's infinitive complement (« X l'a accusé de … », « X les accuse
  de … »; ``clitics.agreement`` gives each object pronoun's gender and number) takes up an actor told before: one
  accuses an agent, never a thing, so even a clitic that could take up a thing is the other side of the accusation
  (it had been no one); without the charge (« X l'a critiqué ») it takes up no one;
* people of a body named with the body's common noun before its name (« les salariés de l'entreprise Castelor »,
  « les syndicats de la compagnie ferroviaire Volantis », "the unions of the rail company Volantis") are a group of
  their own, as with the name alone (« les salariés de Castelor »): the name names the noun right before it, in
  apposition to it, not the group's head, whatever the parser made of it (a second subject, the head's
  apposition); the body had spoken in their place;
* a verb of saying the parser read as a participle on a description that it made the sentence's root, no finite
  verb in the sentence but in what the verb says ("A former engineer at the Talmer shipyard, Paul Roche, alleged in
  a court filing that …"), is the sentence's verb, and the name set off by commas right before it its subject
  (no one had spoken, and so no one had been denied: "The yard denied the allegations" now answers Paul Roche);
* vocabulary: more trades by which news names its sources ("accountant", "technician", "clerk", « gendarme »,
  « comptable », « gérant »…): a person so named with a name in apposition is that person, the plural a group
  (« Les gendarmes ont indiqué … » had been no one's words);
* a verb of denial with no complement that ends a sentence which is only its subject (« Le ministère dément. »)
  is read as a verb though the tagger took it for the noun's adjective (``parsing.proxies`` now holds « dément »,
  « démentent »): the bare denial answers the last other speaker, as "The ministry denied it." does;
* what an inquiry or a report concludes is words said (``said_nouns`` gain "findings", "conclusions", «
  conclusions », « constats »): who rejects "the findings", « ces conclusions » is against the one who reported
  them; and « critique » right after its subject and before its object, an adverb between, is the verb the tagger
  read as the adjective (« La Cour des comptes critique sévèrement la gestion … », a parse proxy);
* a state's body stands in its state's camp: a disagreement between it and one already opposed to that state joins
  the one found, side and evidence, instead of repeating it (the body's nationality adjective or its state's name,
  as for the rule that a state never opposes its own bodies);
* the one a spokesperson speaks for, a proper name as the noun's "of"/"for" complement (« un porte-parole de
  Lumiscan », « une porte-parole de la SNAV »), is a body or a person, never a thing: a name no other signal found
  is taken from the capitalised words (a body's unless a first name opens them, an acronym a body's), one the
  recogniser typed as a thing is retyped (no one had spoken);
* a wire dateline opening a paragraph (the place in capitals, maybe a date and the agency in brackets, then a dash:
  "PORT LENNOX — ", "BRENTON (Wirepress) - ") says where and by whom the report was filed: it is blanked before
  parsing, as markup is, so neither the place nor the agency speaks (both had spoken with the sentence's subject);
* a possessive determiner opens a title before a name as a definite article does (« un courriel de son avocate
  Lina Marsh », "its director X"): the title is the name's, one person (« son avocate » had been a second actor);
* a straight double mark after a sentence's final stop and a space, a capital right after it, opens a quoted
  sentence and closes none ('… in the spring. "We have found …"'): met while a quotation is open, it is the next
  quoted paragraph's opening mark where a copy lost the paragraph break, the quotation before it closing at its
  last word (the rule of quotations over several paragraphs: only the last one closes); a word quoted inside a
  quotation ('the "United States" is …') has a word before its mark and stays inside;
* the apposition after an inverted speaker's name says who the speaker is, not what they said, whatever the parser
  hung the comma between them on ('"…", a déclaré vendredi … Marc Lenoir, candidat RN aux élections municipales':
  the comma the name's child, the description had been a second claim);
* a person named inside someone's quoted words is who they speak of: such a name is never the holder a news lead
  names right after a definite title (« le candidat aux élections a défendu … « Jean Morel a été très critiqué …
  », a-t-il estimé »: the candidate, not Jean Morel, had been Jean Morel);
* a bare noun of a day the parser made a verb's object dates the act, and is no content of it (« Les infirmiers
  ont protesté vendredi à 12H00 … » had claimed "vendredi à 12H00");
* vocabulary: the French profile knows the last words of the foreign papers French news cites untranslated
  (« le Boston Times », « le New Brenton Post »; ``titles.media_names``): such a name is a body's, and « le
  quotidien » takes it up (it had been a person's name);
* the name right before a role noun, no comma between, that the parser made the noun's subject (« Anne Vasseur
  porte-parole du CNTV a affirmé … », the apposition's commas left out) is the holder who speaks (the body, or no
  one, had spoken); a possessor before a relation noun ("X's mother Y said") is none;
* the role noun of a party named with the person's name in apposition after a comma (« a accusé le maire sortant,
  Paul Roche, d'avoir … », even where the parser made the name a second object) is no party of its own: the
  person is (the title had been a second actor, and the disagreement set against it).
"""

from __future__ import annotations

import pytest

from summarizer.engines.offline.profile import fold
from summarizer.quotation import find_quotes
from tests.briefing_queries import brief, opposed, said_by


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("fr", "Le tribunal administratif de Valmont a jugé que l'arrêté interdisant les concerts était "
     "« disproportionné » et l'a suspendu.\n", "l'arrêté interdisant les concerts",
     "tribunal administratif de valmont"),
    ("fr", "Dans son rapport, la chambre régionale des comptes estime que la gestion du port a été "
     "« gravement défaillante ».\n", "la gestion du port", "chambre regionale des comptes"),
    ("en", "The appeals court found that the mayor's order \"was plainly unlawful\" and struck it down.\n",
     "the mayor's order", "appeals court"),
])
def test_a_clause_quoting_some_words_is_what_was_said(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Ruling\n\n" + text, language)
    assert said_by(b, said) == {speaker}


def test_a_clause_quoted_from_its_first_word_stays_a_quotation() -> None:
    b = brief("Ruling\n\nPaul Roche a affirmé que « nous ne partirons pas avant la fin ».\n", "fr")
    assert said_by(b, "nous ne partirons pas avant la fin") == {"paul roche"}
    assert not said_by(b, "affirmé")


@pytest.mark.parametrize(("text", "said"), [
    ("Labour leader and former minister Lina Marsh said the bridge would be rebuilt.\n",
     "the bridge would be rebuilt"),
    ("Valdor Party leader and Prime Minister Lina Marsh said the bridge would be rebuilt.\n",
     "the bridge would be rebuilt"),
])
def test_two_titles_before_one_name_are_one_speaker(text: str, said: str) -> None:
    b = brief("Bridge\n\n" + text, "en")
    assert said_by(b, said) == {"lina marsh"}


def test_two_people_coordinated_still_both_speak() -> None:
    b = brief("Bridge\n\nThe union leader and the minister Lina Marsh said the bridge would be rebuilt.\n", "en")
    assert said_by(b, "the bridge would be rebuilt") == {"union leader", "lina marsh"}


@pytest.mark.parametrize(("text", "one", "other"), [
    ("Le président Paul Roche a défendu son budget. L'élue d'opposition Lina Marsh l'a accusé de « sacrifier "
     "les écoles des villages ».\n", "lina marsh", "paul roche"),
    ("La ministre Lina Marsh a présenté son budget. Le député Paul Roche l'a accusée d'avoir oublié les "
     "villages.\n", "paul roche", "lina marsh"),
    ("Les syndicats ont défilé lundi dans Valmont. Le maire Paul Roche les accuse de bloquer la ville.\n",
     "paul roche", "syndicats"),
])
def test_an_object_clitic_charged_with_an_act_takes_up_an_actor(text: str, one: str, other: str) -> None:
    b = brief("Budget\n\n" + text, "fr")
    assert opposed(b, one, other)


def test_an_object_clitic_with_no_charge_takes_up_no_one() -> None:
    b = brief("Budget\n\nLe gouvernement a présenté le projet. La députée Lina Marsh l'a critiqué sans détour.\n",
              "fr")
    assert not b.disagreements


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("fr", "Les salariés de l'entreprise Castelor ont affirmé que la direction préparait des licenciements.\n",
     "la direction préparait des licenciements", "salaries"),
    ("fr", "Les syndicats de la compagnie ferroviaire Volantis accusent la direction de préparer des "
     "licenciements.\n", "préparer des licenciements", "syndicats de la compagnie ferroviaire"),
    ("en", "The unions of the rail company Volantis said the managers were planning layoffs.\n",
     "the managers were planning layoffs", "unions of the rail company"),
])
def test_people_of_a_body_named_with_its_noun_are_a_group(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Layoffs\n\n" + text, language)
    assert said_by(b, said) == {speaker}


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("A former engineer at the Talmer shipyard, Paul Roche, alleged in a court filing last week that the yard had "
     "ignored safety reports.\n", "the yard had ignored safety reports", "paul roche"),
    ("A former manager at Orvane Foods, Lena Brisk, alleged in a court filing last month that the firm had hidden "
     "its debts.\n", "the firm had hidden its debts", "lena brisk"),
])
def test_a_verb_read_as_a_participle_on_the_root_has_the_name_before_it(text: str, said: str, speaker: str) -> None:
    b = brief("Filing\n\n" + text, "en")
    assert said_by(b, said) == {speaker}


def test_the_allegations_denied_are_those_of_the_one_who_alleged() -> None:
    b = brief("Filing\n\nA former manager at Orvane Foods, Lena Brisk, alleged in a court filing last month that "
              "the firm had hidden its debts.\n\nOrvane Foods denied the allegations on Monday.\n", "en")
    assert opposed(b, "orvane foods", "lena brisk")


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("fr", "Les gendarmes ont indiqué que la camionnette roulait sans phares.\n", "la camionnette roulait sans phares",
     "gendarmes"),
    ("en", "An accountant at the Orvane Group, Lena Brisk, said that the firm had inflated its profits.\n",
     "the firm had inflated its profits", "lena brisk"),
])
def test_trades_name_sources(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Report\n\n" + text, language)
    assert said_by(b, said) == {speaker}


def test_a_bare_denial_answers_the_last_speaker() -> None:
    b = brief("Travaux\n\nLe député Paul Roche affirme que le ministère des Transports a gelé les travaux de la ligne."
              "\nLe ministère dément. « Les travaux continuent », a indiqué un porte-parole.\n", "fr")
    assert opposed(b, "paul roche", "ministere des transports")


def test_an_adjective_after_its_noun_in_a_longer_sentence_stays_one() -> None:
    b = brief("Travaux\n\nLe député Paul Roche affirme que le ministère a gelé les travaux. C'est un projet dément.\n",
              "fr")
    assert not b.disagreements


def test_who_rejects_the_findings_is_against_who_reported_them() -> None:
    b = brief("Vaccines\n\nThe watchdog Auditel said in a report on Monday that the health agency had paid too much "
              "for vaccines.\nThe agency's director, Paul Roche, rejected the findings on Tuesday.\n", "en")
    assert opposed(b, "paul roche", "auditel")


def test_a_court_of_audit_that_criticises_a_ministry_is_against_it() -> None:
    b = brief("Logements\n\nDans un rapport publié mardi, la Cour des comptes critique sévèrement la gestion du "
              "programme par le ministère du Logement.\nLe ministre, Paul Roche, a contesté ces conclusions.\n", "fr")
    assert opposed(b, "cour des comptes", "ministere du logement")
    assert opposed(b, "paul roche", "cour des comptes")


def test_a_state_and_its_ministry_make_one_camp() -> None:
    b = brief("Treaty\n\nSenator Lina Marsh accused Norway of breaking the fishing treaty.\nThe Norwegian Ministry of "
              "Foreign Affairs rejected the accusations on Tuesday.\n", "en")
    assert len(b.disagreements) == 1
    assert opposed(b, "lina marsh", "norway")
    assert opposed(b, "lina marsh", "norwegian ministry of foreign affairs")


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Un porte-parole de Lumivane a assuré que la tablette était sans danger.\n", "la tablette était sans danger",
     "lumivane"),
    ("Un porte-parole de la FNTR a déclaré que les chauffeurs cesseraient le travail.\n",
     "les chauffeurs cesseraient le travail", "fntr"),
])
def test_who_a_spokesperson_speaks_for_is_a_body(text: str, said: str, speaker: str) -> None:
    b = brief("Tablette\n\n" + text, "fr")
    assert said_by(b, said) == {speaker}
    assert [a.kind for a in b.actors if fold(a.name) == speaker] == ["organization"]


@pytest.mark.parametrize(("language", "text", "said", "speaker"), [
    ("en", "PORT LENNOX — The dockers' union said on Wednesday that its members would refuse to unload the ships.\n",
     "its members would refuse to unload the ships", "dockers' union"),
    ("en", "BRENTON (Wirepress) - The Bank of Valdor said on Monday that rates would rise in the spring.\n",
     "rates would rise in the spring", "bank of valdor"),
    ("fr", "VILLEBRUNE – Le syndicat des dockers a affirmé mercredi que ses membres refuseraient de décharger les "
     "navires.\n", "ses membres refuseraient de décharger les navires", "syndicat des dockers"),
])
def test_a_dateline_says_nothing(language: str, text: str, said: str, speaker: str) -> None:
    b = brief("Port\n\n" + text, language)
    assert said_by(b, said) == {speaker}


def test_a_title_with_a_possessive_before_a_name_is_the_names() -> None:
    b = brief("Contrat\n\nSelon un courriel de son avocate Lina Marsh, le contrat était nul.\n", "fr")
    assert said_by(b, "le contrat était nul") == {"lina marsh"}
    assert [a.name for a in b.actors] == ["Lina Marsh"]


def test_a_quoted_paragraph_whose_break_was_lost_is_a_quotation_of_its_own() -> None:
    b = brief('Mill\n\nThe mayor, Lina Marsh, told reporters: "The mill will reopen in the spring. "We have found a '
              'buyer and the workers will be paid in full." The union said it welcomed the news.\n', "en")
    assert said_by(b, "We have found a buyer and the workers will be paid in full") == {"lina marsh"}
    assert said_by(b, "The mill will reopen in the spring") == {"lina marsh"}


def test_a_word_quoted_inside_a_quotation_stays_inside_it() -> None:
    text = ('Port\n\nLina Marsh wrote: "The ministry says the "harbour fund" is empty. It is not." Paul Roche '
            'disagreed.\n')
    b = brief(text, "en")
    assert said_by(b, "is empty. It is not") == {"lina marsh"}


def test_find_quotes_reopens_after_a_stop() -> None:
    text = 'X said: "A mill. "Two mills." Y said "the big mill" was shut.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["A mill.", "Two mills.", "the big mill"]


def test_the_apposition_after_an_inverted_name_is_no_claim() -> None:
    b = brief('Titre\n\n"Sans aucun doute, nous pouvons parler à des électeurs venus de partout", a déclaré '
              'vendredi 3 juin sur Radio Valmont Marc Lenoir, candidat RN aux élections municipales. Selon un sondage, '
              'le parti progresse.\n', "fr")
    assert said_by(b, "nous pouvons parler") == {"marc lenoir"}
    assert not said_by(b, "candidat RN")


def test_a_name_inside_a_quotation_is_no_title_holder_named_next() -> None:
    b = brief('Titre\n\nPaul Roche a déclaré jeudi que le parti progressait.\n\nSur la radio, le candidat aux '
              'élections a également défendu la stratégie du parti. "Jean Morel a été très critiqué dans les médias '
              'sans la possibilité de se défendre", a-t-il estimé.\n', "fr")
    assert "jean morel" not in said_by(b, "a été très critiqué")
    morel = [a for a in b.actors if fold(a.name) == "jean morel"]
    assert morel and not any("candidat" in fold(x) for x in morel[0].aliases)


def test_a_day_is_no_content() -> None:
    b = brief("Titre\n\nLes infirmiers de la clinique de Valmont ont protesté vendredi à 12H00 sur le parvis de la "
              "clinique.\n", "fr")
    assert not b.claims


@pytest.mark.parametrize("paper", ["Boston Times", "New Brenton Post"])
def test_a_foreign_paper_cited_in_french_is_a_body(paper: str) -> None:
    b = brief(f"Titre\n\nSelon le {paper}, les renseignements ont aidé l'armée. Le quotidien a déclaré que "
              "beaucoup avaient été ciblés.\n", "fr")
    assert said_by(b, "beaucoup avaient été ciblés") == {fold(paper)}
    assert [a.kind for a in b.actors if fold(a.name) == fold(paper)] == ["organization"]


@pytest.mark.parametrize("name", ["Hélène Garnier", "Anne Vasseur"])
def test_a_name_before_its_title_without_commas_speaks(name: str) -> None:
    b = brief(f"Titre\n\n{name} porte-parole du CNTV a affirmé à la radio que le conseil publierait les chiffres "
              "lundi.\n", "fr")
    assert said_by(b, "le conseil publierait les chiffres") == {fold(name)}


def test_a_role_with_a_name_in_apposition_is_that_person() -> None:
    b = brief("Titre\n\nLors du débat de mardi, Lina Marsh a accusé le maire sortant, Paul Roche, d'avoir « creusé le "
              "déficit de la ville ».\nM. Roche a rejeté l'accusation.\n", "fr")
    assert opposed(b, "lina marsh", "paul roche")
    assert "maire sortant" not in {fold(a.name) for a in b.actors}
