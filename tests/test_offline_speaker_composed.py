"""Who speaks: speaker attribution on composed news items (invented names, places and
topics), in French and English. Every sentence here is composed for the test
(tests/test_no_dev_sentences.py)."""

from __future__ import annotations

import pytest
from briefing_queries import said_by

from summarizer.engines.offline import OfflineEngine
from tests.briefing_queries import quotes, run


# "According to X, Y agreed to …": a person who reports what another did or said asserts it;
# X speaks, not Y (a news source passing on Y's words, "selon l'agence, Y a déclaré …", is
# another matter). What describes the source between commas (a relative clause, a noun
# phrase in apposition) is not part of what X says.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker", "not_in"),
    [
        (
            "en",
            "2026-11-16 School reform\n\nEducation minister Helen Varga announced a new curriculum on Friday. "
            "According to Samuel Idris, who leads the teachers' federation, the minister had promised them a "
            "full consultation before any change.\n",
            "full consultation",
            "samuel idris",
            "who leads",
        ),
        (
            "en",
            "2026-11-28 Ceasefire\n\nThe foreign minister of Arvania, Lukas Berg, spoke on Monday. According to "
            "Berg, the rebels had agreed to withdraw from the northern towns.\n",
            "withdraw from the northern towns",
            "lukas berg",
            "According",
        ),
        (
            "fr",
            "2026-11-16 Réforme scolaire\n\nLa ministre de l'Éducation, Hélène Vargas, a annoncé vendredi un "
            "nouveau programme. Selon Samuel Idriss, qui dirige la fédération des enseignants, la ministre leur "
            "avait promis une vraie consultation.\n",
            "vraie consultation",
            "samuel idriss",
            "qui dirige",
        ),
        (
            "fr",
            "2026-11-28 Cessez-le-feu\n\nLe ministre des Affaires étrangères d'Arvanie, Lukas Berg, s'est exprimé "
            "lundi. Selon Lukas Berg, le porte-parole du gouvernement, les rebelles avaient accepté de quitter "
            "les villes du nord.\n",
            "quitter les villes du nord",
            "lukas berg",
            "porte-parole du gouvernement",
        ),
    ],
)
def test_a_person_who_reports_speaks(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str, not_in: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}, [(c.speaker, c.text) for c in b.claims]
    assert not any(not_in in q for q in quotes(b) if words in q), quotes(b)


# "The rise was announced by X at a news conference": the circumstance after the agent is
# not what X says (the passive subject, before the verb, is what X announced).
@pytest.mark.parametrize(
    ("language", "text", "circumstance"),
    [
        (
            "en",
            "2026-11-17 Water prices\n\nThe increase was announced by the council president, George Fenwick, at a "
            "press conference in the town hall.\n",
            "press conference",
        ),
        (
            "en",
            "2026-11-17 Water prices\n\nThe new tariff for the northern valleys was unveiled by Mayor Ines Corby "
            "on Tuesday evening.\n",
            "Tuesday evening",
        ),
        (
            "fr",
            "2026-11-17 Prix de l'eau\n\nLa hausse a été annoncée par le président du conseil, Georges Fenouil, "
            "lors d'une conférence de presse donnée à la mairie.\n",
            "conférence de presse",
        ),
        (
            "fr",
            "2026-11-17 Prix de l'eau\n\nLe nouveau tarif des vallées du nord a été dévoilé mardi soir par la "
            "maire, Inès Corbin, devant le conseil municipal.\n",
            "conseil municipal",
        ),
    ],
)
def test_a_circumstance_of_a_passive_is_not_said(
    engine: OfflineEngine, language: str, text: str, circumstance: str
) -> None:
    b = run(engine, text, language)
    assert not any(circumstance in q for q in quotes(b)), quotes(b)


# A pronoun after a quotation takes up the person just named, in apposition to the subject of
# the sentence before ("Its secretary, Jane Roe, spoke of …"), over the body named earlier;
# "elle" after a body in its own sentence ("la direction, elle, …") says nothing of the gender
# of a person named before.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "2026-11-26 Usine\n\nLe syndicat CGX a dénoncé la fermeture de l'usine de Morlac. Son secrétaire, "
            "Yves Perrin, a parlé d'un « gâchis ». « Nous allons nous battre jusqu'au bout », a-t-il prévenu. "
            "La direction, elle, maintient sa décision. « Le site n'est plus rentable depuis cinq ans », "
            "a-t-elle expliqué.\n",
            "battre jusqu'au bout",
            "yves perrin",
        ),
        (
            "en",
            "2026-11-26 Plant\n\nThe Metalworkers Federation condemned the closure of the Morlac plant. Its "
            'secretary, Yves Perrin, spoke of a waste. "We will fight to the very end," he warned. The '
            "management, for its part, maintains its decision.\n",
            "fight to the very end",
            "yves perrin",
        ),
    ],
)
def test_a_pronoun_takes_up_the_name_apposed_to_the_subject(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}, [(c.speaker, c.text) for c in b.claims]


# "Sa rivale, Jane Roe, a rejeté l'accusation": a name between commas after the subject noun
# is its apposition (whatever conjunct the parser made of it), the subject speaks; the
# object after the verb is no inverted subject.
@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "2026-11-25 Débat électoral\n\nLe candidat Olivier Pierron a accusé sa rivale de mentir sur le "
            "budget. Sa rivale, Priscille Kaplan, a rejeté l'accusation. Elle a affirmé que les chiffres "
            "venaient du Trésor.\n",
            "priscille kaplan",
        ),
        (
            "en",
            "2026-11-25 Election debate\n\nCandidate Oliver Pierce accused his rival of lying about the budget. "
            "His rival, Priscilla Kaplan, rejected the accusation. She said the figures came from the treasury.\n",
            "priscilla kaplan",
        ),
    ],
)
def test_a_name_apposed_to_the_subject_speaks(engine: OfflineEngine, language: str, text: str, speaker: str) -> None:
    b = run(engine, text, language)
    assert said_by(b, "chiffres venaient" if language == "fr" else "figures came") == {speaker}
    assert not any("Kaplan" in q for q in quotes(b)), quotes(b)


# A role noun qualified by its complement names one office: "le ministre du Commerce" is not
# the person named later as "le ministre de l'Intérieur"; "the trade minister" is not "the
# interior minister".
@pytest.mark.parametrize(
    ("language", "text", "words", "holder"),
    [
        (
            "fr",
            "2026-11-29 Énergie\n\nLe ministre du Commerce a déclaré dimanche que « le gaz restera une énergie "
            "d'avenir ». Les écologistes ont protesté. Le ministre de l'Intérieur, Paul Garnier, a appelé au "
            "calme lundi.\n",
            "énergie d'avenir",
            "paul garnier",
        ),
        (
            "en",
            '2026-11-29 Energy\n\nThe trade minister said on Sunday that gas "will remain a fuel of the future". '
            "Environmental groups protested. The interior minister, Paul Garner, called for calm on Monday.\n",
            "fuel of the future",
            "paul garner",
        ),
    ],
)
def test_a_qualified_role_is_not_the_holder_of_another_office(
    engine: OfflineEngine, language: str, text: str, words: str, holder: str
) -> None:
    b = run(engine, text, language)
    assert holder not in said_by(b, words), [(c.speaker, c.text) for c in b.claims]


# A name opening a clause whose verb has no subject is that subject, whatever relation the
# parser gave it (a vocative, a dislocated phrase): it weighs as a subject for the pronouns
# after it.
@pytest.mark.parametrize("dep", ["vocative", "dislocated"])
def test_a_name_opening_a_subjectless_clause_is_its_subject(dep: str) -> None:
    from types import SimpleNamespace

    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from summarizer.engines.offline.claims import ClaimFinder
    from summarizer.engines.offline.profile import profile

    words = ["Yann", "Goff", ",", "député", ",", "est", "intervenu", "."]
    heads = [6, 0, 3, 0, 6, 6, 6, 6]
    deps = [dep, "flat:name", "punct", "appos", "punct", "aux:tense", "ROOT", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    finder = SimpleNamespace(p=profile("fr"))
    assert ClaimFinder._subject(finder, doc[0])  # type: ignore[arg-type]
    with_subject = Doc(
        Vocab(), words=["Yann", "il", "est", "intervenu"], heads=[3, 3, 3, 3], deps=[dep, "nsubj", "aux:tense", "ROOT"]
    )
    assert not ClaimFinder._subject(finder, with_subject[0])  # type: ignore[arg-type]


# A reporting incise inside one pair of quotation marks ("« C'est une honte, dit-il, après
# trente ans … »") splits the quotation: two claims of the incise's speaker, the incise in
# neither. English closes the marks around the incise: two quotations already.
@pytest.mark.parametrize(
    ("language", "text", "first", "second", "speaker"),
    [
        (
            "fr",
            "2026-11-19 Fermeture d'usine\n\nLes ouvriers de l'usine de Tarnac ont appris jeudi la fermeture du "
            "site. « Nous l'avons appris à la radio », raconte l'un d'eux, Jonas Linard. « C'est une honte, dit-il, "
            "après trente ans de travail loyal pour la même entreprise. »\n",
            "C'est une honte",
            "après trente ans de travail loyal",
            "jonas linard",
        ),
        (
            "fr",
            "2026-11-19 Fermeture d'usine\n\nLa directrice du site, Irène Kessel, a confirmé la fermeture jeudi. "
            "« Nous avons tout essayé pour sauver l'usine, a-t-elle assuré. Le marché s'est effondré en deux "
            "ans. »\n",
            "tout essayé pour sauver",
            "marché s'est effondré",
            "irene kessel",
        ),
        (
            "en",
            "2026-11-19 Factory closure\n\nWorkers at the Tarnbury plant learned on Thursday that the factory will "
            'close. "It is a disgrace," said one of them, Jonas Lind, "after thirty years of loyal work for the '
            'same company."\n',
            "It is a disgrace",
            "after thirty years of loyal work",
            "jonas lind",
        ),
    ],
)
def test_an_incise_inside_the_marks_splits_the_quotation(
    engine: OfflineEngine, language: str, text: str, first: str, second: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, first) == {speaker}, [(c.speaker, c.text) for c in b.claims]
    assert said_by(b, second) == {speaker}, [(c.speaker, c.text) for c in b.claims]
    assert not any(first in q and second in q for q in quotes(b)), quotes(b)


# A quotation with no cue opening the sentence right after someone's speech act in the same
# paragraph ("Y disagreed. « … »") is Y's words, not the last quoted speaker's.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-12-03 Library\n\nThe city council voted to close two libraries. Mayor Linda Frost defended the "
            'vote. "We protected the main library and the school libraries," Frost said.\n\nCouncillor James '
            'Webb disagreed. "They could have cut the budget of the mayor\'s office instead."\n',
            "cut the budget",
            "james webb",
        ),
        (
            "fr",
            "2026-12-03 Bibliothèques\n\nLe conseil municipal a voté la fermeture de deux bibliothèques. La maire, "
            "Linda Fraysse, a défendu le vote. « Nous avons protégé la grande bibliothèque », a-t-elle dit.\n\n"
            "Le conseiller Jacques Weber conteste. « On pouvait réduire plutôt le budget du cabinet de la "
            "maire. »\n",
            "réduire plutôt le budget",
            "jacques weber",
        ),
    ],
)
def test_a_quotation_after_a_speech_act_is_its_speakers(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}, [(c.speaker, c.text) for c in b.claims]


# A relative clause on the speaker named after the quotation ("…, déplore X, qui cultive …")
# describes the speaker; it is not what the verb reports, whatever the parser hung it on.
@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        (
            "fr",
            "2026-12-01 Barrage\n\nLes agriculteurs de la vallée sont furieux. « Nous allons perdre nos meilleurs "
            "champs », déplore Ana Pires, qui cultive du maïs près de la rivière.\n",
            "cultive du maïs",
        ),
        (
            "en",
            '2026-12-01 Dam project\n\nFarmers in the valley are furious. "We will lose our best fields," '
            "complained Ana Pires, who grows maize near the river.\n",
            "grows maize",
        ),
    ],
)
def test_a_relative_clause_on_the_speaker_is_not_said(
    engine: OfflineEngine, language: str, text: str, description: str
) -> None:
    b = run(engine, text, language)
    assert not any(description in q for q in quotes(b)), quotes(b)
    assert said_by(b, "best fields" if language == "en" else "meilleurs champs") == {"ana pires"}


# A quotation with no cue opening the sentence right after one whose subject is a named person
# ("X était furieux. « … »") is that person's words.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "2026-12-06 Mairie\n\nMichel Rouvier était furieux mardi soir. « On se moque des habitants de ce "
            "quartier depuis dix ans. » Son adversaire, Claire Bonnet, a répondu le lendemain.\n",
            "moque des habitants",
            "michel rouvier",
        ),
        (
            "en",
            '2026-12-06 Town hall\n\nMichael Rover was furious on Tuesday evening. "They have been mocking the '
            'people of this district for ten years." His opponent, Claire Bonner, replied the next day.\n',
            "mocking the people",
            "michael rover",
        ),
    ],
)
def test_a_quotation_after_its_subjects_sentence_is_theirs(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}, [(c.speaker, c.text) for c in b.claims]


# Words in the first person singular are one person's: the pronoun of their cue takes up a
# person, never a body named since ("« Je ne signerai jamais … », a-t-il lancé"); a body's
# common noun keeps its grammatical gender ("la direction" is no "il").
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "2026-12-07 Négociations\n\nLe délégué Paul Armand a quitté la table des négociations jeudi. Le "
            "syndicat Force Unie rejette l'accord proposé par la direction. « Je ne signerai jamais un texte "
            "pareil », a-t-il lancé.\n",
            "Je ne signerai jamais",
            "paul armand",
        ),
        (
            "fr",
            "2026-12-09 Hôpital\n\nLa docteure Camille Renaud dirige les urgences depuis 2019. L'agence régionale "
            "de santé a annoncé la fermeture du service la nuit. « Je refuse de voir mes patients attendre dix "
            "heures », a-t-elle dénoncé.\n",
            "Je refuse de voir",
            "camille renaud",
        ),
    ],
)
def test_first_person_singular_words_are_a_persons(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}, [(c.speaker, c.text) for c in b.claims]


# A given name says the person's sex more surely than one pronoun read as taking them up: "she"
# after "Jack Moore asked …" is not Jack Moore but the woman named before.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            "2026-12-08 Council\n\nMinister Anne Vidal met the mayor of Brest, Jack Moore. Moore asked for help "
            'for the port. "We expect action, not promises," she replied.\n',
            "expect action",
            "anne vidal",
        ),
        (
            "fr",
            "2026-12-08 Conseil\n\nLa ministre Anne Vidal a reçu le maire de Brest, Jacques Moreau. Moreau a "
            "demandé une aide pour le port. « Nous attendons des actes, pas des promesses », a-t-elle répondu.\n",
            "attendons des actes",
            "anne vidal",
        ),
    ],
)
def test_a_given_name_outweighs_a_pronoun_guess(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}, [(c.speaker, c.text) for c in b.claims]


# Reported words before an incise with an inverted clitic ("La rivière sera empoisonnée,
# a-t-il prévenu.") are the incise speaker's, though the parser cut the sentence at the comma.
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "fr",
            "2026-12-14 Mine\n\nLe militant écologiste Samuel Rocher est moins convaincu. La rivière sera "
            "empoisonnée, a-t-il affirmé vendredi.\n",
            "rivière sera empoisonnée",
            "samuel rocher",
        ),
        (
            "en",
            "2026-12-14 Mine\n\nEnvironmental campaigner Sam Rook is less convinced. The river will be poisoned, "
            "he warned on Friday.\n",
            "river will be poisoned",
            "sam rook",
        ),
    ],
)
def test_words_before_an_incise_cut_off_by_the_parser(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}, [(c.speaker, c.text) for c in b.claims]


# A phrase of time or occasion after the speaker's noun ("a déclaré la ministre lors d'une
# conférence de presse") is the verb's circumstance: the speaker is "la ministre", not a person
# named with the occasion.
@pytest.mark.parametrize(
    ("language", "text", "occasion"),
    [
        (
            "fr",
            "2026-12-15 Budget\n\nLe gouvernement a présenté son budget. « Nous n'avons pas d'autre choix », a "
            "déclaré la ministre lors d'une conférence de presse.\n",
            "conférence",
        ),
        (
            "fr",
            "2026-12-15 Budget\n\nLa ministre a défendu les coupes mardi. « Nous n'avons pas d'autre choix », a "
            "déclaré la ministre devant les députés.\n",
            "députés",
        ),
        (
            "en",
            '2026-12-15 Budget\n\nThe government presented its budget. "We have no other choice," said the '
            "minister during a press conference.\n",
            "conference",
        ),
    ],
)
def test_an_occasion_is_not_part_of_the_speakers_name(
    engine: OfflineEngine, language: str, text: str, occasion: str
) -> None:
    b = run(engine, text, language)
    assert b.claims, b
    assert not any(occasion in n for a in b.actors for n in (a.name, *a.aliases)), [a.name for a in b.actors]


# A new subject named after a quotation ends the quoted speaker's turn, in the passive voice
# too ("Builder Tom Ash was stunned. \"…\""); an inverted clitic is the subject of its incise
# whatever relation the parser gave it ("« Le projet, a-t-elle tranché, est enterré … »").
@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (
            "en",
            '2026-12-17 Plan\n\nMayor Rosa Klein met the builders on Monday. "The plan," she said, "is dead and '
            'buried for this year." Builder Tom Ash was stunned. "We spent two years on it."\n',
            "two years on it",
            "tom ash",
        ),
        (
            "fr",
            "2026-12-17 Projet\n\nLa maire Rosa Klein a reçu les promoteurs lundi. « Le projet, a-t-elle tranché, "
            "est enterré pour cette année. » Le promoteur Tom Ash est abasourdi. « Nous y avons consacré deux "
            "ans. »\n",
            "consacré deux ans",
            "tom ash",
        ),
        (
            "fr",
            "2026-12-17 Projet\n\nLa maire Rosa Klein a reçu les promoteurs lundi. « Le projet, a-t-elle tranché, "
            "est enterré pour cette année. »\n",
            "enterré pour cette année",
            "rosa klein",
        ),
    ],
)
def test_a_passive_subject_takes_the_floor_and_a_clitic_speaks(
    engine: OfflineEngine, language: str, text: str, words: str, speaker: str
) -> None:
    b = run(engine, text, language)
    assert said_by(b, words) == {speaker}, [(c.speaker, c.text) for c in b.claims]
