"""Offline rules of round 24 (sentences written for the test, checked by
tests/test_no_dev_sentences.py).

* the head noun of a body's name with an "of" complement is the word before the complement ("the
  Regional Assembly of Norland": the Assembly; "le Haut Conseil des transports de Norlande": le
  Conseil), as it is the last word of a name with none ("the Norland Maritime Commission": the
  Commission): capitalised alone, it names that body;
* a name the recogniser took for a place, two capitalised words or more opening on a first name and
  unknown to the gazetteer, is a person's when it is the subject of a verb of saying ("Marta Kovac, who
  heads the dockworkers' union, said …"): a place speaks only as the state it is the seat of ("Sierra
  Leone said …" stays a country);
* a bare definite description that repeats the description of a body or an office holder who speaks
  ("the government said …" … "X said the government had lied") refers to it in someone's words as a
  name would: a negative judgement of it, or a negation of what it did, sets the speaker against it; a
  statement about it that judges nothing does not;
* a sentence that says others are cautious about a view ("Other researchers were more cautious.",
  "D'autres chercheurs se montrent plus prudents.": ``oppose.dissent_disagreeing``) announces a second
  view, as "Others are skeptical." does: the claims before and after it stand against each other;
* a definite title alone ("the minister") takes up the holder of a title of that office named before
  it, never one named after it, whichever stage asks (the disagreements stage asks with the whole
  article read: "X said the minister should resign" is against the transport minister named before, not
  against the prime minister named in the next sentence);
* a verb of accusing that introduces words said, the speaker after the quotation ("'…,' accuses Y", « … »,
  accuse Y), is no bare refusal answering the last other speaker, nor is its speaker, whom the parser may
  take for its object, the one accused: whom it accuses is in the words; a denial still answers ("Y denied
  that, saying …");
* a partial quotation that ends the sentence with its stop inside the marks ('X said the plan was "a
  disaster for the region."', American style) is held by what the verb reports, as one with its stop
  outside: the claim is the reported clause, its closing stop and mark kept, no lone quotation cut from
  it and no opening mark left unclosed;
* a laboratory or an observatory is a body of research, a head noun of bodies' names
  (``titles.institution_heads``: laboratory, observatory; laboratoire, observatoire): "the Jet Flow
  Laboratory said …" is an organisation, not a person whose first name is Jet;
* a company's name without its legal form and trade words ("Howe" for "Howe Industries"), alone where
  the recogniser left it out ("Officials at Howe have said …"), names that company;
* a generic noun of a body's class with the words of its trade before the body's name ("the Valdorian
  space agency Valsa") is one of its names ("space agency"), so that "the agency" takes that body up
  rather than a thing the recogniser took for a body and named last ("its Heavy Lift System (HLS)");
* "developers", "builders", "founders", "traders", "shoppers" are people (``groups``), whom the agent
  endings hide ("-pers", "-ders" end "papers", "orders"): "Developers of the engine say …" speak;
* a share of a survey's answers ("64 percent of respondents", "a majority of teachers in Ostrava", "half of
  the nurses from Tarsk", « 64 % des personnes interrogées »: ``quantifiers``) speaks as the people its
  complement names, never as the place or body that qualifies them; a participle says which people, as an
  adjective does ("les personnes interrogées", "people surveyed");
* the object of "interroger" is the one questioned, no words said (``verbs.addressee``: "La police a
  interrogé deux suspects" reports no claim), as "informer", "avertir" already were;
* words that call accounts or figures falsified judge them (``oppose.words``: insincere, rigged, doctored,
  fraud; insincère, maquillé, truqué, fraude): "D'après l'opposition, ce budget est « insincère »" is a
  reaction against the council that adopted it;
* a word of judgement that only a question holds judges no one ("to determine whether the actions
  qualified as fraud", "de savoir si le budget est insincère"): what is asked about is not said;
* a "that" clause the parser hung on the noun of the medium as a clause of its own ("acl", not "relcl":
  "X said in a statement that the agency had ignored the data") is what the verb says, as one hung there
  as a relative already was;
* a denial of anything of a kind ("denied any intervention", "a démenti toute intervention") answers the
  last other speaker only when those words spoke of the one who denies ("X said Berg had taken bribes.
  Berg denied any wrongdoing."), not any words said before; a pronoun ("denied it") still takes up what
  the last other speaker said;
* a radio station is a body (``titles.institution_heads``: radio): "Velmar Radio", "Radio Velmar" are no
  person."""

from __future__ import annotations

from summarizer.schema import Briefing
from tests.briefing_queries import brief, holders, quotes, said_by


def test_the_head_before_an_of_complement_names_the_body_en() -> None:
    b = brief("Ferry fees\n\nOn Monday, the Regional Assembly of Norland voted to raise ferry fees by ten percent. "
              "The Assembly said the money would pay for two new boats.\n", "en")
    assert said_by(b, "the money would pay for two new boats") == {"regional assembly of norland"}
    assert holders(b, "Assembly") == ["Regional Assembly of Norland"]


def test_the_head_before_an_of_complement_names_the_body_fr() -> None:
    b = brief("Les tarifs des ferries augmentent\n\nLundi, le Haut Conseil des transports de Norlande a voté "
              "une hausse de dix pour cent des tarifs. Le Conseil a affirmé que l'argent financerait deux "
              "nouveaux bateaux.\n", "fr")
    assert said_by(b, "l'argent financerait deux nouveaux bateaux") == {"haut conseil des transports de norlande"}
    assert holders(b, "Conseil") == ["Haut Conseil des transports de Norlande"]


def test_a_speaking_name_read_as_a_place_is_a_person() -> None:
    b = brief("Port strike\n\nThe strike at the port of Velmar entered its second week on Monday. Marta Kovac, who "
              "heads the dockworkers' union, said the workers would not return until wages rose.\n\n"
              "The mayor accused the union of holding the city hostage. Kovac rejected the charge, saying the "
              "port authority had refused every offer.\n", "en")
    assert [a.kind for a in b.actors if a.name == "Marta Kovac"] == ["person"]
    assert said_by(b, "the workers would not return") == {"marta kovac"}
    assert said_by(b, "the port authority had refused every offer") == {"marta kovac"}


def test_a_country_opening_on_a_first_name_still_speaks_as_a_state() -> None:
    # the guard: the gazetteer's country stays a country
    b = brief("Clinics\n\nSierra Leone said on Monday that the clinics in the east would reopen.\n", "en")
    assert [a.kind for a in b.actors if a.name == "Sierra Leone"] == ["country"]


def _opposed(b: Briefing) -> set[frozenset[str]]:
    names = {a.id: a.name.lower() for a in b.actors}
    return {frozenset(names[x] for s in d.sides for x in s.actors) for d in b.disagreements}


def test_a_description_of_a_speaking_body_is_judged_as_a_name_en() -> None:
    b = brief("Pension reform\n\nThe government said on Tuesday that the pension reform was necessary.\n\n"
              "Opposition lawmaker Mark Leger said the government had lied to voters.\n", "en")
    assert said_by(b, "the government had lied to voters") == {"mark leger"}
    assert frozenset({"mark leger", "government"}) in _opposed(b)


def test_a_description_of_a_speaking_body_is_judged_as_a_name_fr() -> None:
    b = brief("Retraites\n\nLe gouvernement a affirmé mardi que la réforme des retraites était nécessaire.\n\n"
              "Le député Marc Léger a affirmé que le gouvernement n'avait jamais écouté les syndicats.\n", "fr")
    assert frozenset({"marc léger", "gouvernement"}) in _opposed(b)


def test_a_statement_about_a_speaking_body_that_judges_nothing_opposes_no_one() -> None:
    # the guard: naming the body is no stance against it
    b = brief("Pension reform\n\nThe government said on Tuesday that the pension reform was necessary.\n\n"
              "Opposition lawmaker Mark Leger said the government would meet the unions on Friday.\n", "en")
    assert not b.disagreements


def test_others_being_cautious_announce_a_second_view_en() -> None:
    b = brief("Ice under a lunar crater\n\nThe research team was led by Anna Weller, a planetary scientist at the "
              "University of Tromsfeld.\n\nWeller told reporters the ice could one day supply drinking water for "
              "astronauts.\n\nOther researchers were more cautious. Tomas Ruiz, who studies lunar geology at the "
              "Orlane Space Institute, said the radar signals could have other explanations.\n", "en")
    assert frozenset({"anna weller", "tomas ruiz"}) in _opposed(b)


def test_others_being_cautious_announce_a_second_view_fr() -> None:
    b = brief("De la glace sous un cratère lunaire\n\nL'équipe était dirigée par Anna Weller, planétologue à "
              "l'université de Tromsfeld.\n\nSelon Anna Weller, cette glace pourrait un jour fournir de l'eau "
              "potable aux astronautes.\n\nD'autres chercheurs se montrent plus prudents. Tomas Ruiz, géologue à "
              "l'Institut spatial d'Orlane, estime que les signaux radar pourraient avoir d'autres "
              "explications.\n", "fr")
    assert frozenset({"anna weller", "tomas ruiz"}) in _opposed(b)


def test_a_title_alone_takes_up_a_holder_named_before_it() -> None:
    b = brief("Bribery claims\n\nThe opposition Reform Party accused Transport Minister Jonas Berg of taking bribes "
              "from a construction firm. Berg denied the allegations.\n\nReform Party leader Ida Sand responded by "
              "saying the minister should resign. Prime Minister Karl Lind, for his part, said he still trusted "
              "Berg.\n\nLind's spokesman, Olof Haag, told the Daily Courier an inquiry would be opened.\n", "en")
    assert frozenset({"ida sand", "jonas berg"}) in _opposed(b)
    assert not any("karl lind" in pair and "ida sand" in pair for pair in _opposed(b))


def test_an_accusation_after_its_quotation_opposes_no_one_before_it_en() -> None:
    b = brief("Plant closure\n\nThe Ferlac group announced on Thursday that it would close its Valmont plant.\n\n"
              "Unions immediately condemned \"a scandal\". \"The managers have lied to the workers for months,\" "
              "accuses Sophie Marin, a union delegate.\n", "en")
    assert said_by(b, "The managers have lied to the workers") == {"sophie marin"}
    assert not any("sophie marin" in pair and "unions" in pair for pair in _opposed(b))


def test_an_accusation_after_its_quotation_opposes_no_one_before_it_fr() -> None:
    b = brief("Fermeture de l'usine de Valmont\n\nLa direction du groupe Ferlac a annoncé jeudi la fermeture de son "
              "usine de Valmont.\n\nLes syndicats ont aussitôt dénoncé « un scandale ». « La direction a menti aux "
              "salariés pendant des mois », accuse Sophie Marin, déléguée syndicale.\n", "fr")
    assert said_by(b, "La direction a menti aux salariés") == {"sophie marin"}
    assert not any("sophie marin" in pair and "syndicats" in pair for pair in _opposed(b))


def test_a_denial_still_answers_the_last_other_speaker() -> None:
    # the guard: "denied that" is a refusal of what was just said
    b = brief("Budget\n\nThe mayor said the budget was balanced. Councillor Ana Ruiz denied that, saying the "
              "deficit had doubled.\n", "en")
    assert frozenset({"mayor", "ana ruiz"}) in _opposed(b)


def test_a_partial_quotation_with_its_stop_inside_stays_in_the_reported_clause() -> None:
    b = brief("Harbour\n\nThe study was led by Ana Ruiz of the Velmar Institute.\n\nRuiz said the new harbour plan "
              "was \"a total disaster for the region.\"\n", "en")
    [quote] = quotes(b)
    assert quote == 'the new harbour plan was "a total disaster for the region."'


def test_a_partial_quotation_with_its_stop_outside_stays_in_the_reported_clause() -> None:
    # the guard: the British style already gave the clause
    b = brief("Harbour\n\nThe study was led by Ana Ruiz of the Velmar Institute.\n\nRuiz said the new harbour plan "
              "was \"a total disaster for the region\".\n", "en")
    assert quotes(b) == ['the new harbour plan was "a total disaster for the region"']


def _kinds(b: Briefing) -> dict[str, str]:
    return {a.name: a.kind for a in b.actors}


def test_a_laboratory_is_a_body_en() -> None:
    b = brief("Engine test\n\nResearchers at the Jet Flow Laboratory in Velmar tested a new rocket engine on Monday. "
              "The Jet Flow Laboratory said the engine had passed every test.\n", "en")
    assert _kinds(b).get("Jet Flow Laboratory") == "organization"
    assert said_by(b, "the engine had passed every test") == {"jet flow laboratory"}


def test_an_observatory_is_a_body_fr() -> None:
    b = brief("Essai\n\nDes chercheurs de l'Observatoire Jean Valmer ont testé lundi un nouveau télescope. "
              "L'Observatoire Jean Valmer a affirmé que le télescope avait réussi tous les essais.\n", "fr")
    assert _kinds(b).get("Observatoire Jean Valmer") == "organization"


def test_a_company_named_without_its_trade_word_speaks() -> None:
    b = brief("Rocket engine\n\nThe engine is being developed by Arizona-based company Howe Industries with help "
              "from the Valdorian Space Office.\n\nThe Valdorian Space Office has said the engine could fly next "
              "year. Officials at Howe have said the new engine is simpler and cheaper to run.\n", "en")
    assert said_by(b, "the new engine is simpler and cheaper to run") == {"howe industries"}


def test_a_generic_class_noun_with_its_trade_is_a_name_of_the_body() -> None:
    b = brief("Rocket engine\n\nA private firm is working with the Valdorian space agency Valsa on a new rocket.\n\n"
              "Valsa has described its Heavy Lift System (HLS) as the most powerful rocket ever built. The agency "
              "has said the HLS rocket will fly next year.\n", "en")
    assert said_by(b, "the HLS rocket will fly next year") == {"valsa"}
    assert "Heavy Lift System" not in {a.name for a in b.actors}


def test_developers_are_people_who_speak() -> None:
    b = brief("Rocket engine\n\nA private firm is building a new rocket engine in Velmar.\n\nDevelopers of the "
              "engine say it could cut the trip to Mars to two months.\n", "en")
    assert said_by(b, "it could cut the trip to Mars to two months") == {"developers of the engine"}


def test_a_share_of_respondents_speaks_as_the_respondents_en() -> None:
    b = brief("Survey\n\nThe Velmar Institute asked people in ten countries about their work.\n\nIn Norland, 64 "
              "percent of respondents said that they worked more than 40 hours a week. A majority of teachers in "
              "Ostrava said their pay was too low. Half of the nurses from Tarsk said they planned to leave their "
              "jobs.\n", "en")
    assert said_by(b, "they worked more than 40 hours a week") == {"respondents"}
    assert said_by(b, "their pay was too low") == {"teachers"}
    assert said_by(b, "they planned to leave their jobs") == {"nurses"}


def test_a_share_of_respondents_speaks_as_the_respondents_fr() -> None:
    b = brief("Sondage\n\nL'institut Velmar a publié jeudi une étude sur le travail dans dix pays.\n\nEn Norlande, "
              "64 % des personnes interrogées ont affirmé qu'elles travaillaient plus de 40 heures par semaine.\n",
              "fr")
    assert said_by(b, "elles travaillaient plus de 40 heures par semaine") == {"personnes interrogees"}


def test_the_one_questioned_is_no_claim_fr() -> None:
    b = brief("Enquête\n\nLa police de Velmar a interrogé deux suspects lundi après le vol du musée.\n", "fr")
    assert not b.claims


def test_a_budget_called_insincere_is_judged_fr() -> None:
    b = brief("Budget\n\nLe conseil municipal de Velmar a adopté lundi un budget en hausse de 12 %.\n\nD'après "
              "l'opposition, ce budget est « insincère ».\n", "fr")
    assert frozenset({"opposition", "conseil municipal de velmar"}) in _opposed(b)


def test_a_budget_called_rigged_is_judged_en() -> None:
    b = brief("Budget\n\nThe Velmar city council adopted a budget on Monday.\n\nOpposition leader Clara Mony said "
              "councillor Paul Orsini had presented a rigged budget.\n", "en")
    assert frozenset({"clara mony", "paul orsini"}) in _opposed(b)


def test_a_judgement_only_asked_about_judges_no_one() -> None:
    b = brief("Ruling\n\nThe Velmar Supreme Court agreed on Monday to hear the appeal of the former mayor Paul "
              "Orsini.\n\nThe court said it would determine whether Orsini's actions qualified as fraud.\n", "en")
    assert not any("paul orsini" in pair for pair in _opposed(b))


def test_a_content_clause_hung_on_the_medium_is_what_is_said() -> None:
    b = brief("Mine\n\nA report found that the copper mine had polluted two rivers.\n\nThe ministry said in a "
              "statement that the agency had ignored the data.\n", "en")
    assert said_by(b, "the agency had ignored the data") == {"ministry"}


def test_a_denial_of_anything_answers_only_words_about_the_denier_en() -> None:
    b = brief("Port\n\nThe dockers of the port of Velmar have been on strike since Monday.\n\nThe port director, "
              "Marc Astier, called their demands unrealistic. Contacted by reporters, the transport ministry denied "
              "any intervention.\n", "en")
    assert not any("marc astier" in pair and "transport ministry" in pair for pair in _opposed(b))


def test_a_denial_of_anything_answers_only_words_about_the_denier_fr() -> None:
    b = brief("Port de Velmar\n\nLes dockers du port de Velmar sont en grève depuis lundi.\n\nLe directeur du port, "
              "Marc Astier, a jugé ces revendications « irréalistes ». Contacté par l'AFP, le ministère des "
              "Transports a démenti toute intervention.\n", "fr")
    assert not any("marc astier" in pair for pair in _opposed(b))


def test_a_denial_of_an_accusation_still_answers_it() -> None:
    # the guard: the accuser spoke of the one who denies
    b = brief("Bribery\n\nOpposition leader Clara Mony said the transport minister, Jonas Berg, had taken bribes "
              "from a builder. Berg denied any wrongdoing.\n", "en")
    assert frozenset({"clara mony", "jonas berg"}) in _opposed(b)


def test_a_radio_station_is_a_body() -> None:
    b = brief("Port\n\nInterviewed by Velmar Radio, the port director said the demands were unrealistic.\n", "en")
    assert _kinds(b).get("Velmar Radio") == "organization"
