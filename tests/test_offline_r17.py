"""Offline rules of round 17 (sentences written for the test, checked by
tests/test_no_dev_sentences.py):

* a verb of expression makes its noun object a saying, whatever the noun (profile
  ``verbs.expressing``): "X expressed gratitude for Y", "X voiced anger at Y", "X a manifesté sa
  solidarité avec Y"; with no clause of its own the state of mind is said with its noun and
  complements ("their anger at the closure"), a bare one not at all ("expressed regret",
  tests/test_offline_indirect_speech.py); with a clause ("hope that …") the clause is what is
  said; a noun of saying issued ("a émis un communiqué affirmant …") is a cue of its own;
* a place before a body noun only locates it, as its "of" complement does ("the Tokyo city
  council", "the council of Tokyo"): the body speaks, named with its place; a role so placed is
  a person's ("the Osaka governor");
* a statement's source is read whatever names it holds ("a statement from the Tokyo city
  council", "un communiqué du conseil municipal de Lyon");
* the preposition the parser hung on a body's noun is no part of its name ("Selon le conseil
  municipal de Lyon, …");
* a legal text is no actor, however the recogniser labels its name (profile ``titles.documents``:
  "the Harbour Protection Act (HPA)" and its acronym, "la Convention européenne sur la pêche"): it
  neither speaks nor takes sides; a first name that is such a word still opens a person's
  ("Bill Ward");
* a level of government whose complement is a place is that place's government, which speaks,
  sues and is sued ("the state of Oregon", "la ville de Lyon"; ``demonyms.admin_levels``);
* a body a person owns speaks as itself, named with its owner ("Morrow's foundation", "la
  fondation de Hal Morrow"), not as that person; the person's office still speaks for them;
* one office under two titles: the one who heads a body ("the head of the fishermen's union" is
  "the union leader"; "le chef du syndicat" is "le dirigeant du syndicat"), a role's "of"
  complement naming the body a noun compound names ("head of the union", "union head");
* a thing criticised belongs to who did it, not to who only said what it is ("This is a tax on
  food") or spoke against it ("the tax will hit us", profile ``harm`` gains "hit");
* a sentence announcing that some do not share a view ("Not everyone is convinced.", "D'autres
  sont sceptiques."; profile ``oppose.dissent_*``) sets the claims around it against each other;
* a plain file's first line, set off by a blank line and ending on no sentence's punctuation, is
  its headline, which says no one's words ("Harbour: unions slam minister over closure");
* a quotation a verb of opposition governs opposes as the verb does, and an indefinite noun of an
  act so quoted is the critic's label for the act told before ("X denounced a 'power grab'", "X a
  dénoncé un « coup de force »"): against its author, the article's protagonist;
* a post introduced by a colon that opens by ascribing a thought to another ("The minister thinks
  we are fools.") is its writer's words, not the other's: a verb of thinking reports no words
  (profile ``verbs.cognition``); a dissent announced ("Many netizens were not impressed.") relates
  the claim right before it to the first one after it, each within two sentences;
* a frame's source named again in apposition, an honorific first ("Pour l'avocate du maire, Me
  Sophie Garnier, …"), is the source, not the content;
* a two-word cue in an incise speaks as one verb does there ("« … », a fait savoir l'Élysée": the
  subject inverted after it, the quotation before it);
* a verb of qualifying's predicate may be quoted apart ("a jugé la grève « irresponsable »",
  "called the strike \"irresponsible\""): the parse hangs it on the object, closing mark last;
* an impersonal subject speaks for the place or source its verb's complement names
  (``grammar.impersonal``: "…, indique-t-on à Matignon", "On assure à l'Élysée que …")."""

from __future__ import annotations

from tests.briefing_queries import brief, opposed, quotes_by, said_by, sides


def test_a_state_of_mind_voiced_is_said_with_its_noun() -> None:
    b = brief("Mine\n\nThe court ruled on Monday.\n\nThe governor of the province, Hal Morrow, expressed "
              "disappointment with the ruling. Miners voiced their anger at the closure of the pit.\n", "en")
    assert quotes_by(b, "Hal Morrow") == ["disappointment with the ruling"]
    assert said_by(b, "their anger at the closure") == {"miners"}


def test_whatever_the_noun() -> None:
    b = brief("Mine\n\nThe court ruled on Monday.\n\nPia Chalk expressed her gratitude to the rescue teams "
              "and said that the pit would reopen.\n", "en")
    assert quotes_by(b, "Pia Chalk") == ["her gratitude to the rescue teams", "the pit would reopen"]


def test_a_clause_of_the_noun_is_what_is_said() -> None:
    b = brief("Mine\n\nThe court ruled on Monday.\n\nPia Chalk expressed hope that the pit would reopen in "
              "June.\n", "en")
    assert quotes_by(b, "Pia Chalk") == ["the pit would reopen in June"]


def test_un_etat_d_esprit_manifeste_est_dit() -> None:
    b = brief("Mine\n\nLe tribunal a statué lundi.\n\nLa ministre Ana Ruiz a manifesté sa solidarité avec les "
              "familles des mineurs. Les syndicats ont exprimé leur colère face à la fermeture du puits.\n", "fr")
    assert quotes_by(b, "Ana Ruiz") == ["sa solidarité avec les familles des mineurs"]
    assert said_by(b, "leur colère face à la fermeture") == {"syndicats"}


def test_un_communique_emis_parle_de_lui_meme() -> None:
    b = brief("Stade\n\nLe match a été annulé.\n\nLe FC Dalen a émis un communiqué affirmant que le stade "
              "resterait fermé jusqu'en mai.\n", "fr")
    assert quotes_by(b, "FC Dalen") == ["le stade resterait fermé jusqu'en mai"]


_BRIDGE = "Bridge\n\nThe bridge closed on Monday.\n\n"
_PONT = "Pont\n\nLe pont a fermé lundi.\n\n"


def test_a_place_before_a_body_only_locates_it() -> None:
    b = brief(_BRIDGE + "The Tokyo city council said that the bridge would stay closed.\n", "en")
    assert said_by(b, "the bridge would stay closed") == {"tokyo city council"}
    assert next(a for a in b.actors if a.name == "Tokyo city council").kind == "organization"


def test_a_role_so_placed_is_a_persons() -> None:
    b = brief(_BRIDGE + "The Osaka governor said that the bridge would stay closed.\n", "en")
    assert said_by(b, "the bridge would stay closed") == {"osaka governor"}
    assert next(a for a in b.actors if a.name == "Osaka governor").kind == "person"


def test_a_statement_from_a_located_body() -> None:
    b = brief(_BRIDGE + "A statement from the Tokyo city council read: \"The bridge will stay closed until "
              "the repairs are done.\"\n", "en")
    assert said_by(b, "until the repairs are done") == {"tokyo city council"}


def test_un_communique_d_un_corps_situe() -> None:
    b = brief(_PONT + "Un communiqué du conseil municipal de Lyon affirme que le pont restera fermé.\n", "fr")
    assert said_by(b, "le pont restera fermé") == {"conseil municipal de lyon"}


def test_selon_ne_fait_pas_partie_du_nom() -> None:
    b = brief(_PONT + "Selon le conseil municipal de Lyon, le pont restera fermé.\n", "fr")
    assert said_by(b, "le pont restera fermé") == {"conseil municipal de lyon"}


def test_a_legal_text_is_no_actor() -> None:
    b = brief("Fishing\n\nThe season opens in May.\n\nCritics of the Harbour Protection Act (HPA) say the HPA hurts "
              "fishermen. The HPA was passed in May. Bill Ward said the HPA was fair.\n", "en")
    names = {a.name for a in b.actors}
    assert not any(n in {"Harbour Protection Act", "HPA"} for n in names), names
    assert "Bill Ward" in names
    assert all("hpa" not in one | two for one, two in sides(b))


def test_un_texte_juridique_ne_prend_pas_parti() -> None:
    b = brief("Pêche\n\nLa pêche reprend.\n\nLa Convention européenne sur la pêche a été signée en mai. Le ministre "
              "Paul Ward a affirmé que ce texte était injuste.\n", "fr")
    assert [a.name for a in b.actors] == ["Paul Ward"]
    assert not b.disagreements


def test_a_state_of_a_federation_is_sued_and_speaks() -> None:
    b = brief("Voting\n\nThe vote is in May.\n\nThe Dalen Voters League sued the state of Oregon over its 2019 voting "
              "law, saying it would keep rural residents from voting. The state of Oregon said the law was "
              "fair.\n", "en")
    assert said_by(b, "the law was fair") == {"state of oregon"}
    assert next(a for a in b.actors if a.name == "state of Oregon").kind == "organization"
    assert opposed(b, "dalen voters league", "state of oregon")


def test_une_ville_poursuivie_parle() -> None:
    b = brief("Vote\n\nLe vote a lieu en mai.\n\nL'association Dalen a porté plainte contre la ville de Lyon pour "
              "discrimination. La ville de Lyon a affirmé que la règle était juste.\n", "fr")
    assert said_by(b, "la règle était juste") == {"ville de lyon"}
    assert opposed(b, "dalen", "ville de lyon")


def test_a_persons_foundation_speaks_as_itself() -> None:
    b = brief("Health\n\nThe clinic opened in May.\n\nThe billionaire Hal Morrow said that he would visit the clinic. "
              "Morrow's foundation said that it would fund ten more clinics. Ana Ruiz's office said that she was "
              "ill.\n", "en")
    assert said_by(b, "it would fund ten more clinics") == {"morrow's foundation"}
    assert said_by(b, "he would visit the clinic") == {"hal morrow"}
    assert said_by(b, "she was ill") == {"ana ruiz"}


def test_la_fondation_d_une_personne_parle_en_son_nom() -> None:
    b = brief("Santé\n\nLa clinique a ouvert en mai.\n\nLe milliardaire Hal Morrow a affirmé qu'il visiterait la "
              "clinique. La fondation de Hal Morrow a affirmé qu'elle financerait dix cliniques.\n", "fr")
    assert said_by(b, "elle financerait dix cliniques") == {"fondation de hal morrow"}
    assert said_by(b, "il visiterait la clinique") == {"hal morrow"}


def test_the_union_leader_is_the_head_of_the_union() -> None:
    b = brief("Harbour\n\nThe harbour closed on Monday after a fire.\n\nThe head of the fishermen's union, Pia Chalk, "
              "criticised the plan. The union leader added that hundreds of boats were idle.\n", "en")
    assert said_by(b, "hundreds of boats were idle") == {"pia chalk"}


def test_le_dirigeant_du_syndicat_en_est_le_chef() -> None:
    b = brief("Port\n\nLe port a fermé lundi après un incendie.\n\nLe chef du syndicat des pêcheurs, Marc Lefèvre, a "
              "dénoncé ce calendrier. Le dirigeant du syndicat a ajouté que les bateaux resteraient au port.\n", "fr")
    assert said_by(b, "les bateaux resteraient au port") == {"marc lefevre"}


def test_the_head_of_another_body_is_another_person() -> None:
    b = brief("Harbour\n\nThe harbour closed on Monday after a fire.\n\nThe head of the fishermen's union, Pia Chalk, "
              "criticised the plan. The bank leader said that the loans would be frozen.\n", "en")
    assert said_by(b, "the loans would be frozen") != {"pia chalk"}


_TAX = ("Water tax\n\nThe council approved a new water tax on Tuesday.\n\nMayor Sophie Garnier, who proposed the tax, "
        "said it would pay for new pipes.\n\nFarmers say the tax will hit them hardest. \"This is a tax on food,\" "
        "said Tom Vale, a wheat grower.\n\nThe Dalen Farmers Association said it would challenge the tax in court.\n")


def test_who_only_qualifies_or_opposes_a_thing_does_not_own_it() -> None:
    b = brief(_TAX, "en")
    assert opposed(b, "dalen farmers association", "sophie garnier")
    assert not opposed(b, "dalen farmers association", "tom vale")
    assert not opposed(b, "dalen farmers association", "farmers")


def test_qui_qualifie_une_chose_n_en_est_pas_l_auteur() -> None:
    b = brief("Taxe\n\nLe conseil a voté mardi une nouvelle taxe sur l'eau.\n\nLe maire Sophie Garnier, qui a proposé "
              "la taxe, a affirmé qu'elle financerait de nouvelles canalisations.\n\nLes agriculteurs affirment que la "
              "taxe va les pénaliser. « C'est une taxe sur la nourriture », a déclaré Jean Dupont, céréalier.\n\n"
              "L'Association des agriculteurs de Dalen a annoncé qu'elle contesterait la taxe en justice.\n", "fr")
    assert opposed(b, "association des agriculteurs", "sophie garnier")
    assert not opposed(b, "association des agriculteurs", "jean dupont")


_ICE = ("Ice on Tavor\n\nScientists say they have found water ice on Tavor, a moon of Dalen.\n\n\"This was a real "
        "surprise for us,\" said Nadia Korr, who led the study.\n\n{} Marc Eland, a planetary scientist who was not "
        "involved in the study, said the signals could also come from dry rock.\n")


def test_an_announced_dissent_sets_two_views_apart() -> None:
    b = brief(_ICE.format("Not everyone is convinced."), "en")
    assert opposed(b, "marc eland", "nadia korr")


def test_a_sentence_of_no_dissent_sets_none() -> None:
    for between in ("Everyone is convinced.", "Not everyone came to the meeting."):
        b = brief(_ICE.format(between), "en")
        assert not opposed(b, "marc eland", "nadia korr"), between


def test_d_autres_sont_sceptiques() -> None:
    b = brief("Glace\n\nDes scientifiques affirment avoir trouvé de la glace sur Tavor.\n\n« C'est une vraie "
              "surprise », a déclaré Nadia Korr, qui a dirigé l'étude.\n\nD'autres chercheurs sont sceptiques. Marc "
              "Eland, astronome, estime que les signaux pourraient venir de roches sèches.\n", "fr")
    assert opposed(b, "marc eland", "nadia korr")


def test_a_plain_files_headline_says_no_ones_words() -> None:
    b = brief("Harbour: unions slam minister over closure\n\nThe minister closed the harbour on Monday.\n", "en")
    assert not b.claims and not b.actors
    b = brief("Législatives : la gauche dénonce un passage en force\n\nLe gouvernement a annoncé mercredi le recours "
              "à l'article 49.3.\n", "fr")
    assert not b.claims


def test_a_first_sentence_is_no_headline() -> None:
    b = brief("Jean Dupont a affirmé que le port était fermé.\n\nLe maire Paul Ward a affirmé que le pont restera "
              "fermé.\n", "fr")
    assert said_by(b, "le port était fermé") == {"jean dupont"}


def test_a_quoted_label_of_the_act_told() -> None:
    b = brief("Decree\n\nThe government of Valdoria announced on Monday a decree suspending the parliament.\n\n"
              "The opposition leader, Mira Kos, denounced a \"power grab\" and called for protests.\n", "en")
    # (round 39: a place whose government acts is the state, as a known country is: "Valdoria")
    assert opposed(b, "mira kos", "valdoria")


def test_un_coup_de_force_denonce() -> None:
    b = brief("Décret\n\nLe gouvernement a annoncé lundi un décret suspendant le Parlement.\n\nLa cheffe de "
              "l'opposition, Marie Lefèvre, a dénoncé un « coup de force » et appelé à manifester.\n", "fr")
    assert opposed(b, "marie lefevre", "gouvernement")


_BAN = ("Ban\n\nThe minister of communications, Ilya Brodsky, defended the ban on several social networks.\n\n"
        "\"Our children must be protected from harmful content,\" Brodsky told reporters on Tuesday.\n\n"
        "Many netizens were not impressed. Blogger Anna Vale (@annavale) wrote:\n\n"
        "The minister thinks we are fools. The ban protects nobody except the government.\n")


def test_a_thought_ascribed_in_a_post_is_the_writers() -> None:
    b = brief(_BAN, "en")
    assert said_by(b, "The ban protects nobody") == {"anna vale"}


def test_a_dissent_announced_before_an_introduced_post() -> None:
    assert opposed(brief(_BAN, "en"), "anna vale", "ilya brodsky")


def test_une_pensee_pretee_dans_un_billet_est_celle_de_l_auteur() -> None:
    b = brief("Interdiction\n\nLe ministre Jean Dupont a défendu l'interdiction de plusieurs réseaux sociaux.\n\n"
              "La blogueuse Marie Lefèvre a écrit :\n\nLe ministre pense que nous sommes des idiots. Cette "
              "interdiction ne protège personne.\n", "fr")
    assert said_by(b, "Cette interdiction ne protège personne") == {"marie lefevre"}


def test_le_nom_en_apposition_d_un_cadre_n_est_pas_le_propos() -> None:
    b = brief("Procès\n\nLe tribunal a rendu son jugement.\n\nPour l'avocate de l'ancien maire, Me Sophie Garnier, "
              "ce jugement est « injuste et disproportionné ».\n", "fr")
    assert quotes_by(b, "Sophie Garnier") == ["ce jugement est « injuste et disproportionné »"]


def test_the_name_in_apposition_to_a_frame_is_no_content() -> None:
    b = brief("Court\n\nThe court ruled on Monday.\n\nAccording to the lawyer of the former mayor, Dr Ana Ruiz, the "
              "ruling is unfair.\n", "en")
    assert quotes_by(b, "Ana Ruiz") == ["the ruling is unfair"]


_ELYSEE = ("Port\n\nLe port de Dalen est fermé depuis lundi. Le président Emmanuel Macron s'est rendu sur place "
           "mardi.\n\n« Le port restera fermé », {} l'Élysée dans un communiqué.\n")


def test_un_verbe_de_deux_mots_en_incise() -> None:
    for verb in ("a fait savoir", "a fait valoir"):
        b = brief(_ELYSEE.format(verb), "fr")
        assert said_by(b, "Le port restera fermé") == {"elysee"}, verb


def test_un_attribut_entre_guillemets() -> None:
    b = brief("Port\n\nLe syndicat a appelé à la grève.\n\nLe Premier ministre Jean Dupont a jugé la grève "
              "« irresponsable ».\n", "fr")
    assert said_by(b, "irresponsable") == {"jean dupont"}
    assert opposed(b, "jean dupont", "syndicat")


def test_a_predicate_quoted_apart() -> None:
    b = brief("Port\n\nThe union called a strike.\n\nPrime Minister Hal Morrow called the strike "
              "\"irresponsible\".\n", "en")
    assert said_by(b, "irresponsible") == {"hal morrow"}


def test_on_parle_pour_le_lieu_qu_on_nomme() -> None:
    b = brief("Port\n\nLe port de Dalen est fermé depuis lundi.\n\nLe port restera fermé jusqu'en juin, indique-t-on "
              "à Matignon. On assure à l'Élysée que le président suit le dossier.\n", "fr")
    assert said_by(b, "Le port restera fermé jusqu'en juin") == {"matignon"}
    assert said_by(b, "le président suit le dossier") == {"elysee"}
