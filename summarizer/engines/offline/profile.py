"""Language profiles: what the rules know about one language, read from ``data/lang/<xx>.toml``.

The rule core never names a word or a dependency label of its own; it asks the profile
(spaCy's ``Language.Defaults`` idea): is this token a reporting verb, which labels mark a
subject in this pipeline's scheme, which pronoun has which gender and number, which nouns
are titles or groups. A third language is one more TOML file.

Keys of a profile file:

* ``labels``: for each grammatical role the rules use (subject, passive_subject, agent,
  object, indirect, clause, open_clause, relative, adnominal, apposition, conj, name_part,
  compound, possessive, nominal_mod, oblique, case, mark, det, numeral, aux, adverbial_clause,
  parataxis, negation, passive_aux, predicative, attribute), the dependency labels of the pipeline's
  scheme that carry it;
* ``verbs``: reporting verbs as ``lemmas`` (pipelines with a lemmatizer), ``stems`` (word
  starts, for pipelines without one) and irregular ``forms``; ``quote_only``: verbs that
  report speech only beside a quotation or in an incise ("continued", "poursuit-il");
  ``comparative_only``: verbs that report speech only in a comparative clause ("as X put it");
  ``prep_content``: a verb and the preposition whose complement is what it says ("call
  for", "appeler à"); ``needs_clause``: verbs that
  report speech only with a clause or infinitive; ``light_verbs``: two-word cues;
  ``cognition``: verbs of thinking, which report a thought someone ascribes, no words of the one
  who thinks; ``plain_saying``: verbs that only say (say, tell, declare), whose report inside
  another's report is the words of its own speaker ("Reuters reported that a source said …");
  ``judging_aloud``: verbs that voice a judgement (criticise, condemn, praise), whose report inside
  another's report is likewise the stance of its own speaker ("X reported that Y criticised Z");
  ``expressing``: verbs of expression, whose noun object is a state of mind or a view voiced,
  a two-word cue whatever the noun ("expressed gratitude", "a manifesté sa solidarité");
  ``claim_act``: verbs that claim an act as the subject's own, said with their object however
  short ("revendiquer l'attentat", "claim the attack"); ``demand_object``: verbs of demand, whose object,
  what is demanded, is said with them however short ("réclamer sa démission", "demand his
  resignation"); ``said_object``: verbs whose plain object
  is said only when it is a noun of saying, a pronoun or an actor ("X dismissed the claims"), any
  other object giving the verb another sense ("dismiss a lawsuit", "concéder la victoire",
  "accuser une baisse"); ``installing``: verbs that, with one of their particles ("swear in") or with a
  named person or one of the ``appointment`` nouns for object ("the Senate confirmed Ana Ruiz", "a
  confirmé sa nomination"), put someone in office and report no words (the cue finder reads them);
  ``casualties``: nouns of lives lost, which make a ``claim_act`` verb one of killing ("the storm claimed
  300 lives"); ``showing``: verbs of showing, whose subject, a picture, announces no words ("The photograph
  shows …:"); ``anonymity``: the words of a source's request not to be named, a content that is no claim
  ("asked not to be named");
  ``addressee``: verbs whose direct object is the one told ("X told reporters");
  ``stative`` (lemmas or stems) and ``stative_forms`` (whole words): copulas and verbs of
  state or possession, whose subject does nothing ("X is …", "X a deux ports");
  ``setting`` (lemmas or stems) and ``setting_forms`` (whole words): verbs whose subject is
  the scene, the experiencer or the winner of an event, not its doer ("X saw floods", "X
  recorded 30 cases", "X hosts the games", "X won the match", "le pays a connu une crise");
  a country's bare name as their subject names a place, not a state that acts;
  ``state_acts``: verbs of what a state does as a state (decide, sign, send, sanction, ban,
  recognise, withdraw, fund, arrest …): a state named once or twice, silent, is an actor only
  as the doer of one of them, or of saying, accusing, a hostile or a joint act;
  ``joint``: the verbs and nouns of acts two parties do together, whose comitative
  complement (``grammar.comitative_preps``) is the other party ("X signed a treaty with Y");
  ``refusal``: verbs of refusing to speak, whose infinitive of saying reports nothing ("X
  declined to comment", "X a refusé de commenter"); ``omission``: verbs whose infinitive did not
  happen, so says nothing either, unless they are negated ("X failed to mention that …", "X forgot
  to say …", « X a omis de préciser … »; "X did not fail to mention …" says it); ``negation_keeps``:
  verbs whose negation still reports what is said ("X did not hide that …", "X n'exclut pas que
  …", "X did not hesitate to say …"): any other negated verb of saying reports nothing said;
* ``frames``: source phrases whose object speaks (``anywhere`` in the sentence, or
  ``initial`` only), the prepositions that contract with the article (``contractions``: a
  frame ending in "de" also ends in "du", "des"), the frames whose source is a possessive
  determiner (``possessive``: "à * yeux", "in * view"; the determiners' possessor number and
  gender in ``possessives``), participles that pass the word on
  (``citing``: "X, citing Y", Y speaks; ``cited_by``: "X, cited by Y", X speaks, Y relays), the
  marks of a post that passes on another account's words (``relay_marks``:
  "RT @name:", kept as written), nouns of statements, nouns of a judgement that a copular
  sentence gives back to its owner with the sentence before (``retrospective``: "… . That is the
  view of X.", "… . C'est la remarque de X.");
* ``pronouns``: each subject pronoun's gender and number; ``clitics``: inverted subject
  clitics, euphonic "-t", stressed pronouns, first/second person words (``deixis``), the
  object forms of the personal pronouns (``objects``: "lui", "him"), never a speaker, the
  clitics that may stand between a subject clitic and its verb (``preverbal``: "ne", "lui");
  ``latter`` and ``former``: the anaphors of the last one named ("the latter", « ce dernier », « le
  second ») and of the one named before it ("the former", « le premier »), with their determiners;
* ``titles``: honorifics by gender, role nouns, group nouns, organisation nouns,
  ``generic_orgs`` (nouns that take up any organisation: "the company"), ``same_people``
  (families of group nouns that name the same people: "scientists", "researchers", "the
  team") and the determiners by which such a noun takes up a group named before
  (``anaphoric``: "the", "these", "ces"), not after a word that tells the group apart
  (``contrastive``: "other", « autres »), nouns that name anyone as a person (``persons``: with a
  demonstrative, "this person", "cette personne", the one who just spoke),
  quantifiers, spokes-nouns, ``signs`` (what slogans are read on), agent-noun endings (``agent_suffixes`` less
  ``agent_exclude``), prepositions of place (``locative``), determiners, name particles, one office
  under two titles (``same_roles``: "premier ministre", "chef du gouvernement"), the office a body
  of one holder names (``offices``: "présidence" -> "président") and the words that make a title
  another or a past office (``other_office``: "former", "ancien");
* ``oppose``: verbs and words of opposition, contrast connectives, negation, replies, demands to
  stop (``demand`` + ``reverse``), nouns of opposition (``nouns``: "criticism by X"), words of a
  conflict between two parties (``conflict_nouns``: "a dispute between X and Y";
  ``conflict_verbs``: "X clashed with Y"), complaints and lawsuits (``complaints``: "X a porté
  plainte contre Y"), collective acts of refusal (``boycotts``: "X announced a boycott of Y's
  meetings"), verbs that voice one's own opposition (``voice``: "X a exprimé son
  opposition à Y"), replies (``respond``) and the replies that are retorts (``retort``), the verbs
  aimed at someone through a preposition (``aimed``: "X hit back at Y", "X s'en est pris à Y"),
  the verbs whose indirect complement is the one reproached beside their object (``addressed``:
  "reprocher à Y son silence"), the verbs that qualify their object by a complement (``qualify``:
  "X called Y's figures false"), the verbs by which the subject draws a noun of opposition upon
  itself (``draw``: "X drew criticism from Y"), the verbs of agreement whose negation is a
  disagreement (``agree``: "X does not accept Y's version"; ``agree_phrases``: "d'accord",
  "in agreement"), the contrast words that only turn to
  another speaker (``asides``: "de son côté", "meanwhile": no contrast), the adverbials that set one
  party's view against another's (``views``: "on the other hand", "en revanche"), support verbs
  (``support``), and the evaluative words of the other pole (``positive``: "legal" against
  "illegal", "realistic" against "unrealistic"), for the polarity of a claim, and the nouns that
  name people by their opposition (``critics``: "critics", "les détracteurs"), and the verbs of a
  hostile act whose object is the other side (``hostile``: "expel", "invade", "expulser"), and the
  demonstratives by which a judgement takes up the act just told (``demonstratives``: "this is
  dangerous", "c'est grave"), and the nouns that name an act, a decision or a proposal, by which a
  definite phrase takes up what someone did (``act_nouns``: "the decision", "cette mesure"), or the
  endings of the nouns made from verbs that name one (``act_suffixes``: "-tion", "-ment"), the nouns
  of undoing one demands of someone (``undo_nouns``: "the resignation of Y"), the verbs against
  their object only when it names words or an act (``words_object``: "X dismissed Y's concerns"),
  the words that call what was said untrue or true (``false_words``, ``true_words``: "that is
  false", "ce n'est pas vrai") and the adverbials of the contrary (``contrary_adverbials``: "on
  the contrary", "au contraire");
* ``grammar``: the closed-class words the rules read, by function: complementisers and
  subordinators of a reported clause, relative words, the conjunction of a comparative
  ("as X said"), prepositions of circumstance, of an agent, of a stance for or against, of
  the one addressed, of a possessor; the small words of names, quantifiers that pick one,
  "same", restrictive "only", the participle endings;
* ``titles.facilities`` and ``titles.buildings``: last words that make a name a place, a
  building or a body (never a person's), and the nouns of buildings and sites (first words that make a name a
  place before a small word: "Plaza del Sol"); ``titles.place_nouns``: nouns of settlements and lands whose
  "of" complement is their own name, a place's whatever its words ("the island of Diego Garcia");
  ``titles.companies``: legal forms and trade words that end a company's name ("Inc.", "SA",
  "Telecom", "Airlines"): such a name is a body's, never a person's; ``titles.documents`` and
  ``titles.events``: nouns of legal texts and of events that make a name a text's or an event's ("the
  Clean Water Act", "the Lina Marsh Affair"), no one's who speaks; ``titles.seats``: the
  participles that give a body its seat ("Oslo-based X", "X, basée à Lyon"): a person has none;
* ``topics.vague``: nouns that never name a topic;
* ``demonyms``: how nationality adjectives are made from a country's name (``endings``,
  ``inflections``), the forms no rule makes (``irregular``), and the nouns after which the
  phrase is the state itself (``state_nouns``: "the Syrian government", "les autorités
  turques") or a body of that state (``body_nouns``: "l'armée syrienne"); the table itself is
  built by ``names.demonyms``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any

from ...errors import ConfigurationError
from ...grounding import fold_name, normalize

LANGUAGES = ("fr", "en")
_NO_IDS: frozenset[int] = frozenset()
# the tags of plural nouns where a parser gives no morphological number (Penn Treebank)
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
NEGATION_DEPS = frozenset({"neg", "advmod"})  # the labels a negation word takes on what it negates


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Typography, case, accents, apostrophes and whitespace folded (the eval's actor rule).
    Cached: the rules fold the same token texts many times over."""
    return fold_name(normalize(text))


def _singular(word: str) -> str:
    """A folded noun without the plural ending ("-s", "-x") it may have."""
    return word[:-1] if word.endswith(("s", "x")) else word


def _plurals(nouns: Iterable[str], titles: dict[str, Any]) -> frozenset[str]:
    """The regular plurals of ``nouns`` by the profile's rule (``titles.plural``: suffixes,
    and endings replaced: French "al" -> "aux"), for the lists that name people or things one
    at a time ("chef" -> "chefs", "témoignage" -> "témoignages")."""
    rule = titles.get("plural", {})
    suffix = str(rule.get("suffix", ""))
    endings = [(str(a), str(b)) for a, b in rule.get("endings", [])]
    invariable = tuple(str(e) for e in rule.get("invariable", []))
    out: set[str] = set()
    for noun in nouns:
        if " " in noun or not suffix:
            continue
        if noun.endswith(invariable):
            out.add(noun)
            continue
        ending = next(((a, b) for a, b in endings if noun.endswith(a)), None)
        out.add(noun[: len(noun) - len(ending[0])] + ending[1] if ending else noun + suffix)
    return _words(out)


def _words(values: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(v) for v in values)


class Stems(tuple[str, ...]):
    """Word starts, longest first, with one compiled pattern that tells whether a word begins
    with any of them (the rules ask it of every verb)."""

    starts: Callable[[str], re.Match[str] | None]

    def __new__(cls, values: Iterable[str]) -> Stems:
        made = super().__new__(cls, values)
        made.starts = re.compile("|".join(map(re.escape, made))).match if made else (lambda word: None)
        return made


def _stems(values: Iterable[str]) -> Stems:
    return Stems(sorted({fold(v) for v in values}, key=len, reverse=True))


@dataclass(frozen=True)
class Pronoun:
    gender: str | None  # 'Masc', 'Fem', 'Neut' or None
    number: str | None  # 'Sing', 'Plur' or None


@dataclass(frozen=True)
class Grammar:
    """Closed-class words by function (``[grammar]`` of a profile), folded."""

    complementisers: frozenset[str] = frozenset()
    # connectives of reformulation that end on a verb of saying and say nothing (« c'est-à-dire »)
    reformulations: tuple[str, ...] = ()
    # an impersonal subject pronoun, and the prepositions of the place or source it speaks for
    # ("…, indique-t-on à Matignon", "a-t-on appris de source policière")
    impersonal: frozenset[str] = frozenset()
    impersonal_preps: frozenset[str] = frozenset()
    marks: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    relative_subjects: frozenset[str] = frozenset()
    # relative pronouns whose antecedent is a person or people ("who"): a name they take up is no place
    animate_relatives: frozenset[str] = frozenset()
    # the words that open the members of a correlative coordination ("ni A, ni B", "neither A, nor B")
    correlatives: frozenset[str] = frozenset()
    # words that open a relative with no antecedent ("what organizers estimated at …", "quiconque
    # le souhaitait"): the phrase they open is no subject of an incise
    free_relatives: frozenset[str] = frozenset()
    comparative: frozenset[str] = frozenset()
    circumstance_preps: frozenset[str] = frozenset()
    # the prepositions of the topic a verb of writing is about ("wrote about the posters"): no content
    topic_preps: frozenset[str] = frozenset()
    # the places one publishes on, whose owner speaks there ("according to the company's website")
    medium_nouns: frozenset[str] = frozenset()
    # prepositions of time or occasion, which never head a complement of a noun naming a person
    # ("le ministre lors d'une conférence", "the minister during a visit"): they end the phrase
    occasion_preps: frozenset[str] = frozenset()
    # nouns of a day or a moment that date the clause when bare after a noun ("le ministre lundi"): never
    # part of who is named (a recogniser without a date label cannot tell them)
    time_nouns: frozenset[str] = frozenset()
    # nouns of the side an impersonal subject speaks for ("Du côté de la mairie, on assure …")
    side_nouns: frozenset[str] = frozenset()
    # the marks that open an editor's paragraph ("UPDATE: …", "Mise à jour : …"): the writer's words,
    # never a quotation's paragraph
    editorial_marks: frozenset[str] = frozenset()
    # the closing formulas of a letter ("Yours sincerely", "Cordialement"): a quoted letter ends there, the
    # formula and the signature after it say nothing
    valedictions: frozenset[str] = frozenset()
    # the words that open a letter's salutation ("Dear President Roe:", « Chère Madame Roe, »): who is
    # named there is addressed, never who writes
    salutations: frozenset[str] = frozenset()
    # the words opening a narrative infinitive (« Et d'ajouter : … », « Et de conclure que … »): the infinitive of a
    # verb of saying after them has the subject of the sentence before, who goes on speaking
    narrative_openers: frozenset[str] = frozenset()
    # nouns that announce more of a text before a colon ("Some excerpts:", "More about it:", "Extraits :"):
    # with no one named, the passage is more of the writer last quoted
    excerpt_nouns: frozenset[str] = frozenset()
    # nouns of a part or a summary of a text ("part", "excerpt", "summary", « partie », « extrait »): a part of
    # a statement that speaks ("part of her statement reads …") is the statement speaking
    part_nouns: frozenset[str] = frozenset()
    # nouns of what someone knows from others ("his sources", « ses informations »): possessed, the possessor tells it
    information_nouns: frozenset[str] = frozenset()
    # what introduces examples of a plural ("others such as X", "critics like X", « d'autres comme X »): the
    # ones named as examples are the ones known to speak
    example_preps: frozenset[str] = frozenset()
    # nouns of who posts on a network, written before a user name ("LJ user drugoi", "Twitter user kotik_92"):
    # the word they qualify is that account's name, whatever its case
    account_nouns: frozenset[str] = frozenset()
    # participles that give a noun's referent its name ("a student named X", "un homme prénommé X"): the
    # name is that person's, or that body's ("a group called X")
    naming_participles: frozenset[str] = frozenset()
    # phrases by which someone gives themselves a name after the noun that describes them ("a user calling
    # himself X", "un internaute se faisant appeler X"): the name names that someone
    self_naming: frozenset[str] = frozenset()
    # the subordinators of a clause of purpose or result ("so that …", "afin que …", "de sorte que …"):
    # such a clause tells why or with what effect something was done, never what was said
    purpose_openers: frozenset[str] = frozenset()
    agent_preps: frozenset[str] = frozenset()
    name_small: frozenset[str] = frozenset()
    minor: frozenset[str] = frozenset()
    single: frozenset[str] = frozenset()
    free_choice: frozenset[str] = frozenset()
    for_preps: frozenset[str] = frozenset()
    stance_preps: frozenset[str] = frozenset()
    patient_preps: frozenset[str] = frozenset()
    objected_preps: frozenset[str] = frozenset()
    against_preps: frozenset[str] = frozenset()
    to_preps: frozenset[str] = frozenset()
    of_preps: frozenset[str] = frozenset()
    # prepositions contracted with the definite article ("du", "aux"): their noun is definite
    definite_preps: frozenset[str] = frozenset()
    infinitive_marks: frozenset[str] = frozenset()
    # nouns of asking, and the prepositions of what they ask for ("X's call for an inquiry", « l'appel de X à la
    # grève »): what is asked for is the noun's content
    request_nouns: frozenset[str] = frozenset()
    request_preps: frozenset[str] = frozenset()
    source_preps: frozenset[str] = frozenset()
    content_preps: frozenset[str] = frozenset()
    personal_relatives: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    # words opening an embedded wh-question or a free relative ("what happened", "why X won", « ce qui s'est
    # passé »): one or two words
    wh_openers: frozenset[str] = frozenset()
    # verbs of naming, in any form: with a reflexive object they give one's own name, no claim ("X, who calls
    # himself "the hamster"", « X, qui se fait appeler « le hamster » »)
    naming_verbs: frozenset[str] = frozenset()
    # the pronoun of anyone at all ("One would think that …"): no one who speaks, though it counts as a
    # quantifier picking one ("one of the nurses said")
    generic_pronouns: frozenset[str] = frozenset()
    # the demonstrative pronouns a relative clause defines ("those who knew her", « ceux qui l'ont connue »): with
    # that clause they name the people it describes, who may speak
    defined_pronouns: frozenset[str] = frozenset()
    # negative quantifiers, as a pronoun or a determiner ("none of the candidates", "no official", « aucun élu »,
    # « personne »): the phrase they head names no one, so no one who speaks
    negative_quantifiers: frozenset[str] = frozenset()
    # the abbreviations of "number" before a numeral ("Act No. 12", « la loi n° 12 »): a numbered text is no speaker
    number_abbreviations: frozenset[str] = frozenset()
    # nouns of things shown or written, not said ("tweeted a photo of …", « a publié une vidéo de … », "wrote a
    # column on …"): no content
    shown_things: frozenset[str] = frozenset()
    # words of the first or second person that are also common nouns ("mine"): first-person words only where the
    # tagger does not read them as nouns ("the mine would bring jobs")
    deixis_homographs: frozenset[str] = frozenset()
    # nouns of the one who wrote a text ("the writer", « l'auteur »): named by that relation to a text, no
    # description of the one who spoke last
    authors: frozenset[str] = frozenset()
    # nouns of named works and undertakings ("the campaign", « l'opération », "the film"): a capitalised quotation
    # right after one is its name, not words said (« la campagne « Tolérance zéro pour les abus » »)
    named_works: frozenset[str] = frozenset()
    # object pronouns announcing what a colon after the verb opens ("X said it plainly: A", « X l'a dit : A »)
    announcing_objects: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    concessive: frozenset[str] = frozenset()
    elided: frozenset[str] = frozenset()
    ungendered: frozenset[str] = frozenset()
    participant_preps: frozenset[str] = frozenset()
    comitative_preps: frozenset[str] = frozenset()
    origin_preps: frozenset[str] = frozenset()
    appeal_preps: frozenset[str] = frozenset()
    amount_preps: frozenset[str] = frozenset()
    opposed_preps: frozenset[str] = frozenset()
    party_preps: frozenset[str] = frozenset()
    between_preps: frozenset[str] = frozenset()
    criticised_preps: frozenset[str] = frozenset()
    criticised_weak: frozenset[str] = frozenset()
    same: frozenset[str] = frozenset()
    only: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    # endings that make a noun of an act from a verb's stem (the stem without a final "e"):
    # "rul-ing", "announc-ement", "propos-al"; empty where the pipeline gives no verb lemmas
    act_noun_endings: tuple[str, ...] = ()
    negators: frozenset[str] = frozenset()
    # prefixes that negate an adjective ("unsafe", "illegal", "illégal"): the word after them,
    # four letters at least, is what the prefix denies
    negative_prefixes: tuple[str, ...] = ()
    negation_clitics: frozenset[str] = frozenset()
    conditionals: frozenset[str] = frozenset()
    # modals of possibility, by their start ("may", "could", "pourra", "peut"): a saying they govern
    # in the present, the future or the conditional may happen, it is not reported as done
    possibility: tuple[str, ...] = ()
    # a pair taken up (``grammar.pair_determiners`` before a plural noun: "both governments", « les deux pays »):
    # the two actors last named together, states for ``pair_states`` ("governments", « pays »), any who take
    # sides for ``pair_nouns`` ("sides", « camps »)
    pair_determiners: frozenset[str] = frozenset()
    pair_states: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    # words that make a verb reciprocal between its coordinated subjects ("X and Y blamed each other", « X et Y
    # s'accusent mutuellement »)
    reciprocal_words: frozenset[str] = frozenset()
    # forms of the verb of the near future ("is going to", « va »): with an infinitive they govern, they tell
    # what will happen, as a future tense does
    near_future: frozenset[str] = frozenset()
    # verbs that with a reflexive clitic make a passive of the verb they govern ("se voir reprocher",
    # by their start), and those clitics: the subject undergoes the saying, it says nothing
    undergoing: tuple[str, ...] = ()
    reflexives: frozenset[str] = frozenset()
    # prepositions whose gerund takes the subject of the verb they qualify ("by saying …")
    control_preps: frozenset[str] = frozenset()

    @property
    def setting_preps(self) -> frozenset[str]:
        """Prepositions of circumstance other than the agent's: where, when, to whom."""
        return self.circumstance_preps - self.agent_preps

    @cached_property
    def example_firsts(self) -> frozenset[str]:
        """The first words of ``example_preps`` (a quick test before the phrases are read)."""
        return frozenset(e.split()[0] for e in self.example_preps)


@dataclass(frozen=True)
class LanguageProfile:
    """One language's knowledge, folded for matching. Immutable and shared."""

    language: str
    labels: dict[str, frozenset[str]]
    verb_lemmas: frozenset[str]
    verb_stems: tuple[str, ...]
    verb_forms: frozenset[str]
    needs_clause: tuple[str, ...]
    quote_only: tuple[str, ...]
    comparative_only: tuple[str, ...]
    inflections: tuple[tuple[str, str], ...]
    prep_content: tuple[tuple[str, str], ...]
    light_verbs: tuple[tuple[str, str], ...]
    claim_act: tuple[str, ...]
    praise_object: tuple[str, ...]
    demand_object: tuple[str, ...]
    said_object: tuple[str, ...]
    installing: tuple[str, ...]
    appointment: frozenset[str]
    casualties: frozenset[str]
    showing: tuple[str, ...]
    carrying: tuple[str, ...]
    anonymity: frozenset[str]
    addressee: tuple[str, ...]
    addressee_inverts: bool  # whether an ``addressee`` verb may have its subject after it in an incise
    refusal: tuple[str, ...]
    omission: tuple[str, ...]
    expressing: tuple[str, ...]
    cognition: tuple[str, ...]
    plain_saying: tuple[str, ...]
    enacting: tuple[str, ...]
    continuing: tuple[str, ...]
    judging_aloud: tuple[str, ...]
    relaying: tuple[str, ...]
    writing: tuple[str, ...]
    text_verbs: tuple[str, ...]
    estimating: tuple[str, ...]
    forceful: tuple[str, ...]
    negation_keeps: tuple[str, ...]
    frames_anywhere: tuple[tuple[str, ...], ...]
    frames_initial: tuple[tuple[str, ...], ...]
    frames_possessive: tuple[tuple[str, ...], ...]
    possessives: dict[str, Pronoun]
    citing: tuple[tuple[str, ...], ...]
    cited_by: tuple[tuple[str, ...], ...]  # passive participles naming the relay, not the source
    relay_marks: tuple[str, ...]  # a repost's marks before the relayed account ("RT @name:"), as written
    frame_starts: frozenset[str]  # first words of the frames (a quick test before the phrases)
    statement_nouns: frozenset[str]  # the filing nouns included
    filing_nouns: frozenset[str]  # what a party files in court: speaks for its filer, is ruled on, not said about
    research_nouns: frozenset[str]  # works of research: their authors speak, not the journal they appear in
    said_nouns: frozenset[str]
    # texts that speak as they are written when a noun says who writes them and no author is named
    # ("a whistle-blower complaint", "media reports", "des informations de presse")
    kind_texts: frozenset[str]
    retrospective: frozenset[str]  # nouns of a judgement a copular sentence gives back to its owner
    stance_nouns: frozenset[str]  # nouns of a view one holds: what one shares or does not share
    reporting_nouns: frozenset[str]
    issuing_verbs: tuple[str, ...]
    suing_verbs: tuple[str, ...]  # whose subject brings a case: files what a filing noun takes up
    pronouns: dict[str, Pronoun]
    clitics: frozenset[str]
    euphonic: frozenset[str]
    stressed: frozenset[str]
    object_pronouns: frozenset[str]
    # the object pronouns' gender and number ("le", "la", "l'", "les"; "him", "her", "them"), for the one an object
    # takes up where only a person can be meant
    object_agreement: dict[str, Pronoun]
    preverbal: frozenset[str]  # clitics that may stand between a subject clitic and its verb
    deixis: frozenset[str]
    first_singular: frozenset[str]
    first_person: frozenset[str]
    masculine: frozenset[str]
    feminine: frozenset[str]
    honorifics: frozenset[str]
    roles: frozenset[str]  # role nouns, the relations among them
    relations: frozenset[str]
    groups: frozenset[str]
    org_nouns: frozenset[str]
    org_plurals: frozenset[str]  # their regular plurals, bodies together ("newspapers", "journaux")
    group_plurals: frozenset[str]  # the regular plurals of the groups listed singular ("councils", « directions »)
    generic_orgs: frozenset[str]
    governing: frozenset[str]  # nouns of a body's governing people ("la direction", "the management")
    armed: frozenset[str]  # those who use force ("gunmen", "les soldats")
    force_targets: frozenset[str]  # places, vehicles, people at large force is used on ("a village", "people")
    same_people: dict[str, int]
    anaphoric: frozenset[str]
    contrastive: frozenset[str]
    quantifiers: frozenset[str]
    collectives: frozenset[str]  # nouns of a gathering of people ("a group of students", « un groupe d'élèves »)
    spokes: frozenset[str]
    members: frozenset[str]
    entourage: frozenset[str]
    signs: frozenset[str]
    determiners: frozenset[str]
    agent_suffixes: tuple[str, ...]
    agent_exclude: tuple[str, ...]
    person_suffixes: tuple[str, ...]
    locative: frozenset[str]
    addressee_preps: frozenset[str]
    definite: frozenset[str]
    indefinite: frozenset[str]
    particles: frozenset[str]
    oppose_verbs: tuple[str, ...]
    target_verbs: tuple[str, ...]
    oppose_words: frozenset[str]
    oppose_nouns: frozenset[str]
    conflict_nouns: frozenset[str]
    conflict_verbs: tuple[str, ...]
    complaints: frozenset[str]
    boycotts: frozenset[str]
    voice: tuple[str, ...]
    contrast: tuple[str, ...]
    asides: frozenset[str]
    negation: frozenset[str]
    respond: tuple[str, ...]
    retort: tuple[str, ...]
    demand: tuple[str, ...]
    reverse: tuple[str, ...]
    support: tuple[str, ...]
    gratitude: tuple[str, ...]
    positive: frozenset[str]
    vague: frozenset[str]
    # one office under two titles, the usual one first ("premier ministre", "chef du gouvernement"),
    # and the office a body of one holder is ("présidence" -> "président"), all folded
    same_roles: tuple[tuple[str, ...], ...] = ()
    offices: tuple[tuple[str, str], ...] = ()
    other_office: frozenset[str] = frozenset()
    demonym_endings: tuple[tuple[str, str], ...] = ()
    demonym_inflections: tuple[tuple[str, ...], ...] = ()
    demonym_irregular: tuple[tuple[str, str], ...] = ()
    state_nouns: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    admin_levels: frozenset[str] = frozenset()  # "state", "provincial": a level of government below the state
    institution_heads: frozenset[str] = frozenset()
    # head words closing a body's name left in another language, in that language's order ("Allen
    # Institute" in French text); the profile's own ``institution_heads`` stand where its order puts them
    institution_heads_last: frozenset[str] = frozenset()
    frames_purposive: frozenset[str] = frozenset()  # initial frames that may open a purpose (``frames.purposive``)
    frames_requests: frozenset[str] = frozenset()  # nouns of a request after an initial frame ("per request of")
    obliged: frozenset[str] = frozenset()
    obliged_heads: frozenset[str] = frozenset()  # of ``obliged``, those that oblige only as a head, never as an aux
    imperative_endings: tuple[str, ...] = ()
    critics: frozenset[str] = frozenset()
    hostile: tuple[str, ...] = ()
    demonstratives: frozenset[str] = frozenset()
    # "ce dernier", "the latter": the word, its gender and number, and the determiners it takes
    latter: dict[str, Pronoun] = field(default_factory=dict)
    latter_determiners: frozenset[str] = frozenset()
    # "the former", « le premier »: the one named before the last one named
    former: dict[str, Pronoun] = field(default_factory=dict)
    former_determiners: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()  # nouns naming anyone as a person ("this person")
    act_nouns: frozenset[str] = frozenset()
    act_suffixes: tuple[str, ...] = ()
    harm: tuple[str, ...] = ()
    interrogate: tuple[str, ...] = ()
    compete: tuple[str, ...] = ()
    warn: tuple[str, ...] = ()
    pleas: tuple[str, ...] = ()
    innocence: frozenset[str] = frozenset()
    guilt: frozenset[str] = frozenset()
    turns: tuple[str, ...] = ()
    views: tuple[str, ...] = ()
    # ``oppose.dissent_*``: who does not share a view, and the words of (dis)agreement that say so
    dissent_people: tuple[str, ...] = ()
    dissent_agreeing: tuple[str, ...] = ()
    dissent_disagreeing: tuple[str, ...] = ()
    dissent_lessening: tuple[str, ...] = ()  # a degree below, which lowers agreement as a negation does
    benefit: tuple[str, ...] = ()
    parse_blank: tuple[str, ...] = ()
    # prefixes a hyphen joins to the word after them into one word the tokenizer keeps whole ("co-chairman",
    # "vice-president"; ``parsing.joined``)
    parse_joined: tuple[str, ...] = ()
    # abbreviated honorifics whose stop may touch the name after it, as written ("Mr.Dorset"; ``parsing.glued_titles``)
    parse_glued_titles: tuple[str, ...] = ()
    # forms of verbs of saying the tagger misreads in a verb's place, each with a verb of the same
    # construction and length it reads as one, and its lemma (``parsing.proxies``)
    parse_proxies: dict[str, tuple[str, str]] = field(default_factory=dict)
    examples: tuple[str, ...] = ()
    aimed: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    addressed: tuple[str, ...] = ()
    qualify: tuple[str, ...] = ()
    draw: tuple[str, ...] = ()
    agree: tuple[str, ...] = ()
    idioms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    reciprocal: tuple[str, ...] = ()
    rebut: tuple[str, ...] = ()
    asked_about: frozenset[str] = frozenset()
    contrary: frozenset[str] = frozenset()
    undergone: frozenset[str] = frozenset()
    penalties: frozenset[str] = frozenset()
    actor_object: tuple[str, ...] = ()
    accountable: tuple[str, ...] = ()
    ruling_nouns: frozenset[str] = frozenset()
    ruling_verbs: tuple[str, ...] = ()
    appeals: tuple[str, ...] = ()
    appeal_nouns: frozenset[str] = frozenset()
    words_object: tuple[str, ...] = ()
    volition: tuple[str, ...] = ()
    contrastive_topics: tuple[str, ...] = ()
    oppose_adjectives: frozenset[str] = frozenset()
    adjective_preps: frozenset[str] = frozenset()
    agree_phrases: tuple[tuple[str, ...], ...] = ()
    contrary_adverbials: tuple[tuple[str, ...], ...] = ()
    false_words: frozenset[str] = frozenset()
    undo_nouns: frozenset[str] = frozenset()
    true_words: frozenset[str] = frozenset()
    grammar: Grammar = field(default_factory=lambda: Grammar())
    # the kinds of actor a plural pronoun may take up (``[agreement]``: "group"; in English a
    # body by sense, "the ministry … they"); any other only when its name is plural
    plural_kinds: frozenset[str] = frozenset()
    facilities: frozenset[str] = frozenset()
    seated_bodies: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    features: frozenset[str] = frozenset()  # nouns of natural features heading a place's name (``titles.features``)
    media_names: frozenset[str] = frozenset()
    buildings: frozenset[str] = frozenset()
    companies: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    seats: frozenset[str] = frozenset()
    stative: tuple[str, ...] = ()
    joint: tuple[str, ...] = ()
    stative_forms: frozenset[str] = frozenset()
    setting: tuple[str, ...] = ()
    state_acts: tuple[str, ...] = ()
    setting_forms: frozenset[str] = frozenset()

    # ------------------------------------------------------------ labels
    def has(self, tok: Any, role: str) -> bool:
        """Whether ``tok`` fills grammatical ``role`` (a key of ``labels``)."""
        return tok.dep in self._label_ids.get(role, _NO_IDS)

    def holds_article(self, tok: Any) -> bool:
        """Whether ``tok`` is a preposition contracted with the definite article (``grammar.definite_preps``: « du »
        is "de le", « aux » "à les"): the noun it marks is definite, as with an article of its own."""
        return self.has(tok, "case") and fold(tok.text) in self.grammar.definite_preps

    def is_possessor(self, tok: Any) -> bool:
        """Whether ``tok`` is a possessor: so labelled, or marked by the possessive's ending (the tagger's tag of
        English's "'s") whatever label the parser gave it ("the auditor-general's report", the title read as an
        adjective)."""
        return self.has(tok, "possessive") or any(self.has(c, "case") and c.tag_ == "POS" for c in tok.children)

    @cached_property
    def _label_ids(self) -> dict[str, frozenset[int]]:
        """``labels`` as spaCy's ids of their strings: a token's ``dep`` is read without making
        its label's string (the rules ask this of most tokens they look at)."""
        from spacy.strings import get_string_id  # deferred: spaCy is loaded by then

        return {role: frozenset(get_string_id(label) for label in labels) for role, labels in self.labels.items()}

    def children(self, tok: Any, *roles: str) -> list[Any]:
        return [c for c in tok.children if any(self.has(c, r) for r in roles)]

    def owners(self, noun: Any) -> list[Any]:
        """The possessors of ``noun``, then its "of" complements ("Y's bill", "the plan of Y",
        "le projet de Y"): whose the thing it names is."""
        return [*self.children(noun, "possessive"),
                *(o for prep, o in self.pp_objects(noun) if prep in self.grammar.of_preps)]

    def complemented(self, noun: Any, end: int | None = None) -> bool:
        """Whether ``noun`` has a complement of its own after it (before token ``end`` if given), either scheme
        ("the union of dockers", « l'association des maires »): a description of its own."""
        return any(c.i > noun.i and (end is None or c.i < end) and (self.has(c, "nominal_mod")
                                                                    or c.dep_ in {"nmod", "prep"})
                   for c in noun.children)

    def pp_objects(self, tok: Any) -> list[tuple[str, Any]]:
        """(preposition, noun) of the prepositional complements of ``tok``, either scheme:
        English hangs the noun under the preposition (prep → pobj), UD hangs the
        preposition under the noun (nmod/obl → case)."""
        out: list[tuple[str, Any]] = []
        for c in tok.children:
            if c.dep_ == "prep":
                out.extend((fold(c.text), g) for g in c.children if g.dep_ == "pobj")
            elif c.dep_ in ("agent",):
                out.extend(("by", g) for g in c.children if g.dep_ == "pobj")
            else:
                case = [g for g in c.children if self.has(g, "case") and g.i < c.i]
                if case and (self.has(c, "nominal_mod") or self.has(c, "oblique") or self.has(c, "agent")):
                    out.append((" ".join(fold(g.text) for g in case), c))
        return out

    def agent_of(self, verb: Any) -> Any:
        """The noun of a passive's agent ("par X", "by X"), if any."""
        for c in verb.children:
            if self.has(c, "agent"):
                return next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "agent" else c
        return None

    # ------------------------------------------------------------ words
    @staticmethod
    def _stem_match(word: str, stems: tuple[str, ...]) -> bool:
        if isinstance(stems, Stems):
            return stems.starts(word) is not None
        if isinstance(stems, tuple):
            return word.startswith(stems)  # (any of them: one call)
        return any(word.startswith(s) for s in stems)

    def lemma(self, tok: Any) -> str:
        """The token's lemma, or, when the lemmatizer missed a regular inflection of a listed
        verb ("hopes" read as "hop"), that verb (``verbs.inflections``: ending, replacement)."""
        lem = fold(tok.lemma_)
        if not self.verb_lemmas or lem in self.verb_lemmas or tok.pos_ not in {"VERB", "AUX"}:
            return lem
        w = fold(tok.text)
        inflected = self._inflected
        if inflected is not None:
            return inflected.get(w, lem)
        for ending, base in self.inflections:
            if w.endswith(ending) and len(w) > len(ending) + 1 and w[: -len(ending)] + base in self.verb_lemmas:
                return w[: -len(ending)] + base
        return lem

    @cached_property
    def _inflected(self) -> dict[str, str] | None:
        """The regular inflections of the listed verbs, each with its verb: what :meth:`lemma`
        finds by trying the endings in order (the first ending that gives a listed verb wins),
        computed once. None when an ending is empty (that rule reads every word)."""
        if any(not ending for ending, _ in self.inflections):
            return None
        out: dict[str, str] = {}
        for ending, base in self.inflections:
            for verb in sorted(self.verb_lemmas):
                stem = verb[: len(verb) - len(base)]
                if verb.endswith(base) and len(stem) > 1:
                    out.setdefault(stem + ending, verb)
        return out

    def sues(self, verb: Any) -> bool:
        """Whether ``verb``'s subject brings a case ("X sued Y", "X a assigné Y en justice")."""
        return verb.pos_ in {"VERB", "AUX"} and self._match(verb, self.suing_verbs)

    def issues(self, verb: Any) -> bool:
        """Whether ``verb`` issues what its object noun of saying says ("make claims")."""
        return self._match(verb, self.issuing_verbs)

    def matches(self, tok: Any, word: str) -> bool:
        """Whether ``tok`` is a form of the verb ``word`` (a lemma, else a word start, as in the profile's lists)."""
        return self._match(tok, (word,))

    def _match(self, tok: Any, words: tuple[str, ...]) -> bool:
        """A word list holds lemmas when the pipeline lemmatizes, else word starts."""
        w = fold(tok.text)
        if self.verb_lemmas:
            return w in words or self.lemma(tok) in words
        return self._stem_match(w, words)

    def is_reporting_verb(self, tok: Any) -> bool:
        w = fold(tok.text)
        return (w in self.verb_forms or self._stem_match(w, self.verb_stems)
                or (bool(self.verb_lemmas) and self.lemma(tok) in self.verb_lemmas) or self.is_quote_only(tok))

    def content_preposition(self, verb: Any, preposition: str) -> bool:
        """Whether ``verb`` says what the complement of ``preposition`` names ("call for X")."""
        w, lem = fold(verb.text), self.lemma(verb)
        return any(prep == preposition and (lem == v or (not self.verb_lemmas and w.startswith(v)))
                   for v, prep in self.prep_content)

    def is_comparative_only(self, tok: Any) -> bool:
        w, lem = fold(tok.text), self.lemma(tok)
        return lem in self.comparative_only or self._stem_match(w, self.comparative_only)

    def is_quote_only(self, tok: Any) -> bool:
        w, lem = fold(tok.text), self.lemma(tok)
        return lem in self.quote_only or self._stem_match(w, self.quote_only)

    def needs_clause_content(self, tok: Any) -> bool:
        w, lem = fold(tok.text), self.lemma(tok)
        return lem in self.needs_clause or self._stem_match(w, self.needs_clause)

    def tells(self, tok: Any) -> bool:
        """Whether ``tok``'s direct object is the one addressed ("X told reporters")."""
        return self._match(tok, self.addressee)

    def never_inverted(self, tok: Any) -> bool:
        """Whether ``tok``'s subject never follows it in an incise (English "told Reuters": who is told)."""
        return not self.addressee_inverts and self.tells(tok)

    def set_apart(self, noun: Any) -> bool:
        """Whether a word that sets a noun apart from one named before qualifies ``noun`` (``contrastive``: "the rival
        party", « le parti adverse »): it names another."""
        return any(fold(c.text) in self.contrastive for c in noun.children)

    def negated(self, verb: Any) -> bool:
        """Whether a negation word (``negation``) negates ``verb``: a child of it with a negation's label ("did not
        fail", « n'a pas omis »)."""
        return any(fold(c.text) in self.negation for c in verb.children if c.dep_ in NEGATION_DEPS)

    def omits(self, tok: Any) -> bool:
        """Whether ``tok`` tells that what its infinitive names did not happen ("failed to mention")."""
        return self._match(tok, self.omission)

    def refuses(self, tok: Any) -> bool:
        """Whether ``tok`` refuses what its infinitive names ("declined to comment")."""
        return self._match(tok, self.refusal)

    def expresses(self, tok: Any) -> bool:
        """Whether ``tok`` makes its object noun a saying ("expressed regret", "a exprimé son soutien")."""
        return tok.pos_ == "VERB" and self._match(tok, self.expressing)

    def ascribes(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of thinking ("thinks", "pense"): one who writes that another
        thinks something ascribes a thought, and says it."""
        return tok.pos_ == "VERB" and self._match(tok, self.cognition)

    def judges_aloud(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb that voices a judgement ("criticised", « a dénoncé »): words, no act besides."""
        return tok.pos_ == "VERB" and self._match(tok, self.judging_aloud)

    def only_says(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb that only says ("said", "a déclaré"), no act besides."""
        return self._match(tok, self.plain_saying)

    def enacts(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of saying whose saying is an act of its subject ("announced that the
        hospitals would close", « a annoncé la fermeture »): what it says is done by being said."""
        return tok.pos_ == "VERB" and self._match(tok, self.enacting)

    def continues(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb that goes on with words already begun ("added", "poursuit"): its
        subject has spoken just before."""
        return self._match(tok, self.continuing)

    def relays(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb that passes on another's words ("quoted", "a retweeté"), by its
        start too (a lemmatizer misses the verbs of networks: "retweeted")."""
        return tok.pos_ == "VERB" and (self._match(tok, self.relaying)
                                       or self._stem_match(fold(tok.text), self.relaying))

    def writes(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of writing, online or not ("wrote", "tweeted", « a écrit »)."""
        return tok.pos_ == "VERB" and self._match(tok, self.writing)

    def estimates(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of estimating ("estimated", "évalue"): with an amount, it says
        what the amount is."""
        return tok.pos_ == "VERB" and self._match(tok, self.estimating)

    def by_force(self, verb: Any) -> bool:
        """Whether a verb of force that also reports words (``verbs.forceful``: "attacked", "a attaqué")
        tells of force: its subject uses force (``titles.armed``: "gunmen attacked …"), or its object
        names a place, a vehicle or people at large (``titles.buildings``, ``titles.force_targets``:
        "attacked a village", "attacked people"); "X attacked the plan", "X attacked the subpoena",
        "X attacked the minister" are words."""
        if verb.pos_ != "VERB" or not self._match(verb, self.forceful):
            return False
        if any(self.has(c, "subject") and fold(c.text) in self.armed for c in verb.children):
            return True
        obj = next((c for c in verb.children if self.has(c, "object")), None)
        return obj is not None and obj.pos_ == "NOUN" and (fold(obj.text) in self.buildings
                                                           or fold(obj.text) in self.force_targets)

    def text_says(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb by which a text says what it holds ("reads", "stipule")."""
        return tok.pos_ == "VERB" and self._match(tok, self.text_verbs)

    def keeps_negation(self, tok: Any) -> bool:
        """Whether ``tok`` negated still reports a saying ("n'exclut pas que …", "did not hide")."""
        return self._match(tok, self.negation_keeps)

    def claims_act(self, tok: Any) -> bool:
        """Whether ``tok`` claims an act as its subject's own ("revendiquer l'attentat")."""
        return self._match(tok, self.claim_act)

    def praises_object(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of praise or thanks ("praise the rescuers", « féliciter les artistes »)."""
        return self._match(tok, self.praise_object)

    def demands_object(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of demand ("réclamer sa démission", "demand his resignation")."""
        return self._match(tok, self.demand_object)

    def shows(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of showing (``showing``: "shows", « montre »)."""
        return self._match(tok, self.showing)

    def carries(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of carrying or showing a sign (``carrying``: "held", « brandissaient »)."""
        return self._match(tok, self.carrying)

    def takes_lives(self, tok: Any) -> bool:
        """Whether ``tok``, a verb claiming an act (``claim_act``), has a noun of lives lost for object ("the storm
        claimed 300 lives": it killed, no one claimed anything)."""
        return self._match(tok, self.claim_act) and any(
            self.has(c, "object") and fold(c.text) in self.casualties for c in tok.children)

    def says_only_said_objects(self, tok: Any) -> bool:
        """Whether ``tok`` says its plain object only when it names something said or someone
        ("dismiss the claims", not "dismiss a lawsuit")."""
        return self._match(tok, self.said_object)

    def is_oppose_verb(self, tok: Any) -> bool:
        return self._match(tok, self.oppose_verbs)

    def is_target_verb(self, tok: Any) -> bool:
        return self._match(tok, self.target_verbs)

    def is_stative(self, tok: Any) -> bool:
        """Whether ``tok`` is a copula or a verb of state or possession ("be", "have", "lack",
        "être", "avoir"), or the predicate of a copula (UD hangs the subject on it)."""
        return fold(tok.text) in self.stative_forms or self._match(tok, self.stative) or any(
            c.dep_ == "cop" for c in tok.children)

    def is_setting(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb whose subject is where an event takes place, who undergoes or
        meets it, not who does it ("X saw floods", "X hosts the games", "X won the match",
        "le pays a connu une crise"): a place's name as its subject names the place, not its state."""
        return fold(tok.text) in self.setting_forms or self._match(tok, self.setting)

    def is_state_act(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of what a state does as a state (``verbs.state_acts``:
        decide, sign, send, deploy, sanction, ban, expel, recognise, withdraw, fund …)."""
        return self._match(tok, self.state_acts)

    def is_joint(self, tok: Any) -> bool:
        """Whether ``tok`` names an act two parties do together, whose "with" complement is the other
        party ("sign a treaty with", "negotiate with", "un accord avec")."""
        return self._match(tok, self.joint)

    def is_hostile(self, tok: Any) -> bool:
        return self._match(tok, self.hostile)

    def is_conflict_verb(self, tok: Any) -> bool:
        return self._match(tok, self.conflict_verbs)

    def is_support_verb(self, tok: Any) -> bool:
        return self._match(tok, self.support)

    def thanks(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of thanks or congratulation ("thanked", « a remercié »): a friendly reply."""
        return self._match(tok, self.gratitude)

    def warns(self, tok: Any) -> bool:
        """A verb of warning (``warn``: "warn", "caution", "mettre en garde": the verb, then words
        among its dependents)."""
        if not self._match(tok, self._warn_heads):
            return False
        entries = [rest for head, *rest in (entry.split() for entry in self.warn) if self._match(tok, (head,))]
        if not entries:
            return False
        words = {fold(c.text) for c in tok.children}
        return any(all(w in words for w in rest) for rest in entries)

    @cached_property
    def frames_by_start(self) -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
        """The source frames by their first word, each with whether it opens its sentence only
        (``frames_initial``): those that may open anywhere first, each list in its order."""
        out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        for frames, initial in ((self.frames_anywhere, False), (self.frames_initial, True)):
            for words in frames:
                out.setdefault(words[0], []).append((words, initial))
        return {first: tuple(found) for first, found in out.items()}

    @cached_property
    def frame_relatives(self) -> frozenset[str]:
        """Relative words after which a frame's first word opens no frame ("l'idée selon laquelle"):
        the relatives, less the marks and the personal ones ("X, selon qui …" is one)."""
        g = self.grammar
        return frozenset(g.relatives - g.marks - g.personal_relatives)

    @cached_property
    def _warn_heads(self) -> tuple[str, ...]:
        """The verbs of ``warn`` (its entries' first words), asked first: most verbs are none."""
        return tuple(dict.fromkeys(entry.split()[0] for entry in self.warn))

    def pleads(self, tok: Any) -> bool:
        """A verb of plea or of protesting one's innocence (``pleas``: "plead", "plaider", "clamer")."""
        return self._match(tok, self.pleas)

    def competes(self, tok: Any) -> bool:
        """A verb of contest or competition (``compete``: "play", "run", "affronter")."""
        return self._match(tok, self.compete)

    def interrogates(self, tok: Any) -> bool:
        """A verb of doubt that means an interrogation when its object is a person (``interrogate``)."""
        return self._match(tok, self.interrogate)

    def is_harm_verb(self, tok: Any) -> bool:
        """A verb of harm or loss done to its object ("ruin", "destroy", "menacer")."""
        return self._match(tok, self.harm)

    def is_benefit_verb(self, tok: Any) -> bool:
        """A verb of good done to its object ("protect", "improve", "sauver")."""
        return self._match(tok, self.benefit)

    def is_respond_word(self, tok: Any) -> bool:
        return self._match(tok, self.respond)

    def voices(self, tok: Any) -> bool:
        """Whether ``tok`` voices its subject's own opposition ("exprimer son opposition")."""
        return self._match(tok, self.voice)

    def is_retort(self, tok: Any) -> bool:
        return self._match(tok, self.retort)

    def takes_actor_object(self, tok: Any) -> bool:
        """Whether ``tok`` is against its object only when the object names an actor ("X sued Y", "X
        poursuit Y"), another sense with a thing ("X charged a fee", "X poursuit la réforme")."""
        return self._match(tok, self.actor_object)

    def holds_to_account(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb whose object (or, for a reproach, its addressee) is someone held to
        account ("X accused Y of …", "X blamed Y", "X reproche à Y …"): a person, a body or a state,
        never a thing."""
        return self._match(tok, self.accountable)

    def rules(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb that makes a ruling or a decision (``oppose.ruling_verbs``: "rule",
        "juger"), which a noun of ``oppose.ruling_nouns`` ("the decision", « ce jugement ») may take up."""
        return bool(self.ruling_verbs) and self._match(tok, self.ruling_verbs)

    def appeals_ruling(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of appealing a ruling (``oppose.appeals``: "appeal")."""
        return bool(self.appeals) and self._match(tok, self.appeals)

    def takes_words_object(self, tok: Any) -> bool:
        """Whether ``tok`` is against its object only when it names words or an act, not an actor ("X
        dismissed Y's concerns", "X a balayé les critiques de Y"; "X dismissed the clerk" is a firing)."""
        return self._match(tok, self.words_object)

    def wills(self, tok: Any) -> bool:
        """Whether ``tok`` states what its subject wants or means to do ("wants", "vows", "veut", "réclame")."""
        return self._match(tok, self.volition)

    def rebuts(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of rebuttal, whose object is what someone said ("deny", "démentir")."""
        return self._match(tok, self.rebut)

    def idiom_targets(self, verb: Any) -> list[Any]:
        """The objects of an idiom of attack whose object is the other side (``idioms``: "X took Y
        to court", "X a mis en cause Y", "X a pris pour cible Y"): the verb (a lemma, or a stem
        without lemmas) with each word of the idiom among its dependents or theirs."""
        w, lem = fold(verb.text), fold(verb.lemma_)
        heads = [words for head, words in self.idioms
                 if ((lem == head or w == head) if self.verb_lemmas else w.startswith(head))]
        if not heads:
            return []
        near = {fold(g.text) for c in verb.children for g in (c, *c.children)}
        if any(all(x in near for x in words) for words in heads):
            return [c for c in verb.children if self.has(c, "object")]
        return []

    def trades(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of exchange ("X and Y traded accusations")."""
        return self._match(tok, self.reciprocal)

    def agrees(self, tok: Any) -> bool:
        """Whether ``tok`` is a verb of agreement ("accept", "share", "partager")."""
        return self._match(tok, self.agree)

    def draws(self, tok: Any) -> bool:
        """Whether ``tok`` draws its object upon its subject ("X drew criticism from Y")."""
        return self._match(tok, self.draw)

    def qualifies(self, tok: Any) -> bool:
        """Whether ``tok`` qualifies its object by a complement ("X called the plan a disgrace")."""
        return self._match(tok, self.qualify)

    def is_addressed(self, tok: Any) -> bool:
        """Whether ``tok``'s indirect complement is the one reproached beside its object ("X reproche
        à Y son silence")."""
        return self._match(tok, self.addressed)

    def aimed_at(self, verb: Any) -> list[Any]:
        """The nouns a verb is aimed at through its preposition (``aimed``: "X hit back at Y",
        "X lashed out at Y", "X s'en est pris à Y"): the verb (a lemma, or a stem without
        lemmas), each particle or clitic among its children, the preposition's object."""
        out: list[Any] = []
        w, lem = fold(verb.text), fold(verb.lemma_)
        heads = [(particles, prep) for head, particles, prep in self.aimed
                 if ((lem == head or w == head) if self.verb_lemmas else w.startswith(head))]
        words = {fold(c.text) for c in verb.children} if heads else set()
        for particles, prep in heads:
            if not all(p in words for p in particles):
                continue
            cases = {prep} | (self.grammar.to_preps if prep in self.grammar.to_preps else set())  # "à" and "au"
            out.extend(n for p, n in self.pp_objects(verb) if p in cases)
        return out

    def demands(self, verb: Any) -> bool:
        """Whether ``verb`` is a verb of demand (``oppose.demand``: "urge", "appeler")."""
        return self._match(verb, self.demand)

    def is_demand_to_reverse(self, verb: Any, action: Any) -> bool:
        return self.demands(verb) and self.is_reverse(action)  # (a phrasal verb with its particle: "step down")

    def names_act(self, word: str) -> bool:
        """Whether a folded noun names an act, a decision or words: listed (``oppose.act_nouns``,
        ``said_nouns``) or made from a verb by a nominal ending (``oppose.act_suffixes``: "destruction",
        "appointment", "suppression"), in the singular or the plural; a noun naming someone
        (:meth:`names_someone`) is none, whatever its ending ("government", « parlement »)."""
        if word in self.act_nouns or word in self.said_nouns:
            return True
        stem = _singular(word)
        return len(stem) > 5 and stem.endswith(self.act_suffixes) and not self._names_someone(word, stem)

    def names_someone(self, word: str) -> bool:
        """Whether a folded common noun, singular or plural, names someone rather than something: a
        body, a state's or a level of government's ("parliament", "government", « département »), a
        role, a group (the groups as listed, plurals with them: « l'accusation » is the prosecution, not
        « les accusations »)."""
        return self._names_someone(word, _singular(word))

    def _names_someone(self, word: str, stem: str) -> bool:
        return self.is_group(word) or any(
            self.is_body_noun(w) or w in self.state_nouns or w in self.body_nouns or w in self.admin_levels
            or self.is_role(w) for w in {word, stem})

    def is_reverse(self, verb: Any) -> bool:
        """A verb of stopping, undoing, retracting or apologising (``oppose.reverse``); a phrasal verb there is written
        with its particle ("step down": the verb and a particle of its own)."""
        return self._match(verb, self.reverse) or any(
            self.has(c, "particle") and f"{self.lemma(verb)} {fold(c.text)}" in self.reverse for c in verb.children)

    def pronoun(self, tok: Any) -> Pronoun | None:
        """Gender and number of a third-person subject pronoun (clitics included)."""
        return self.pronoun_word(fold(tok.text))

    def latter_word(self, tok: Any) -> Pronoun | None:
        """Gender and number of an anaphor of the last one named ("ce dernier", "ces
        dernières", "the latter"), with its determiner; None for any other word."""
        return _anaphor(tok, self.latter, self.latter_determiners)

    def former_word(self, tok: Any) -> Pronoun | None:
        """Gender and number of an anaphor of the one named before the last ("the former", « le
        premier »), with its determiner; None for any other word."""
        return _anaphor(tok, self.former, self.former_determiners)

    def dates(self, tok: Any) -> bool:
        """Whether ``tok`` is a bare noun of a day or a moment ("lundi", "yesterday": ``grammar.time_nouns``,
        no preposition of its own), which dates its clause whatever the parser hung it on."""
        return fold(tok.text) in self.grammar.time_nouns and not any(self.has(c, "case") for c in tok.children)

    def occasion(self, tok: Any) -> bool:
        """Whether ``tok`` dates or sets the scene of its clause: a bare noun of a day (:meth:`dates`), or a phrase
        of time or occasion (``grammar.occasion_preps``: "during a visit", « lors d'une conférence de presse »),
        the verb's circumstance whatever noun the parser hung it on."""
        return self.dates(tok) or any(fold(g.text) in self.grammar.occasion_preps and g.pos_ in {"ADP", "ADV", "SCONJ"}
                                      for g in (tok, *(x for x in tok.children if self.has(x, "case"))))

    def personal(self, tok: Any, plural: bool = False) -> bool:
        """Whether ``tok`` is a pronoun of a person, masculine or feminine ("he", "her", "il", "elle"),
        or with ``plural`` a plural one too ("them", "eux"); never "it", which takes up a thing as often."""
        pron = self.pronoun(tok)
        return pron is not None and (pron.gender in {"Masc", "Fem"} or (plural and pron.number == "Plur"))

    def company_stem(self, words: list[str]) -> str | None:
        """The word a company's name opens on when only legal forms and trade words follow it
        (``titles.companies``: "velkor" of "Velkor Mining Ltd", "howe" of "Howe Industries"), the
        word that names the company alone; None for any other name (folded words)."""
        return words[0] if len(words) > 1 and all(w in self.companies for w in words[1:]) else None

    def pronoun_word(self, word: str) -> Pronoun | None:
        """:meth:`pronoun` of a folded word."""
        return self.pronouns.get(word.lstrip("-"))

    def gender_of_word(self, word: str) -> str | None:
        w = fold(word)
        return "Masc" if w in self.masculine else "Fem" if w in self.feminine else None

    def ends_on_office(self, words: list[str]) -> bool:
        """Whether a name's words end on two role nouns, an office's title ("Surgeon General", "Attorney
        General"): no surname ends it."""
        return len(words) >= 2 and self.is_role(words[-2]) and self.is_role(words[-1])

    def is_role(self, word: str) -> bool:
        """A role noun, also with a prefix of another or a past office joined by a hyphen
        ("ex-président", "vice-présidente", "ex-minister")."""
        return self.office(word) in self.roles

    def bare_title(self, tok: Any) -> bool:
        """Whether ``tok`` is a singular noun of a role, a trade or of who posts with no determiner or possessive
        ("Blogger and journalist X", "Engineer and blogger X"): a title that names no one alone, the first of two
        the parser may coordinate with the name they open."""
        if tok.pos_ not in {"NOUN", "PROPN"} or self.is_plural(tok) or any(
                self.has(c, "det") or self.has(c, "possessive") for c in tok.children):
            return False
        return self.is_role(tok.text) or fold(tok.text) in self.grammar.account_nouns or self.is_trade_noun(tok)

    def joined_common(self, word: str) -> bool:
        """Whether ``word`` is a common noun a joined prefix opens (``parsing.joined``), capitalised or not: the word
        after its hyphen in lower case ("Co-developer", "Ex-footballer"), no word of a name."""
        prefix, hyphen, rest = word.partition("-")
        return bool(hyphen) and fold(prefix) in self.parse_joined and rest[:1].islower()

    def office(self, word: str) -> str:
        """The folded role noun of ``word`` without a prefix of another or a past office joined by a
        hyphen ("ex-président": "président"); the folded word itself otherwise."""
        w = fold(word)
        prefix, _, rest = w.partition("-")
        return rest if rest and w not in self.roles and prefix in self.other_office and rest in self.roles else w

    @staticmethod
    def is_plural(tok: Any) -> bool:
        """Whether ``tok`` is plural, by its morphology or by its tag."""
        return "Plur" in tok.morph.get("Number") or tok.tag_ in _PLURAL_TAGS

    def names_document(self, words: list[str]) -> bool:
        """Whether a name's last word, or its first before a small word (``titles.documents``), makes
        it a legal text's, which neither speaks nor takes sides ("the Clean Water Act", "the Treaty
        of Lisbon", "l'accord de Paris"), unless it ends on a body's noun ("the Constitution Party")."""
        folded = [fold(w) for w in words if w[:1].isalpha()]
        if not folded or folded[-1] in self.org_nouns or folded[-1] in self.facilities:
            return False
        # a first word names the text only before a small word ("Treaty of", "Convention on"): "Bill
        # Ward" is a person
        opens = folded[0] in self.documents and (len(words) == 1 or not words[1][:1].isupper())
        return opens or folded[-1] in self.documents

    def entourage_possessive(self, tok: Any) -> Any:
        """The possessive determiner of a noun of entourage ("his staff", « son cabinet »: ``entourage``,
        ``possessives``), whose possessor those people speak for; None for any other word."""
        if fold(tok.text) not in self.entourage:
            return None
        return next((c for c in tok.children if c.i < tok.i and fold(c.text) in self.possessives), None)

    def self_given_name_at(self, doc: Any, i: int) -> int | None:
        """Where the name someone gives themselves starts after the token at ``i`` that describes them ("a user
        calling himself X", "another, signing as X,", « un internaute se faisant appeler X »): past a comma, the
        longest phrase of ``grammar.self_naming`` and any quotation marks; None when no such phrase follows. A
        conjunction and adverbs may come before the phrase ("X, or more popularly known as Y", "X, better known as
        Y", « X, mieux connu sous le nom de Y »), and adverbs inside it ("X, known locally as Y")."""
        k = i + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        found = 0
        for _ in range(4):
            # (the phrase's words past any adverb inside it, each with the index after it)
            toks = [t for t in doc[k : k + 8] if t.i == k or t.pos_ != "ADV"]
            words = [fold(t.text) for t in toks]
            found = max((toks[n - 1].i + 1 - k for n in range(1, len(words) + 1)
                         if " ".join(words[:n]) in self.grammar.self_naming), default=0)
            if found or k >= len(doc) or doc[k].pos_ not in {"ADV", "CCONJ"}:
                break
            k += 1
        if not found:
            return None
        k += found
        while k < len(doc) and doc[k].is_quote:
            k += 1
        return k

    def state_phrase(self, tok: Any) -> Any:
        """The head of the phrase a state's name completes as the owner of its government ("the government of X",
        « le gouvernement de X »: the state noun, whose phrase is X's), else ``tok`` itself."""
        if tok.dep_ == "pobj" and fold(tok.head.text) in self.grammar.of_preps \
                and fold(tok.head.head.text) in self.state_nouns:
            return tok.head.head
        if self.has(tok, "nominal_mod") and fold(tok.head.text) in self.state_nouns and any(
                self.has(c, "case") and fold(c.text) in self.grammar.of_preps for c in tok.children):
            return tok.head
        return tok

    def phrase_end(self, tok: Any) -> int:
        """The index of the last word of the phrase ``tok`` heads, before any conjunct the parser gave it (« cette
        offre « provocatrice » | et appelle à la grève », « du préfet de l'Orvène | , Bertrand Ollier »)."""
        end: int = max((t.i for c in tok.children if c.i > tok.i and not self.has(c, "conj") for t in c.subtree),
                       default=tok.i)
        return end

    def name_after_comma(self, doc: Any, tok: Any) -> Any:
        """The proper name set off by a comma right after the phrase ``tok`` heads, that the parser hung on ``tok``
        (its apposition) or on the word ``tok`` completes (a second complement or a conjunct: "accused the transport
        minister, Fred Aubrac, of …"); the phrase ends before a conjunct the parser gave it (« du préfet de
        l'Orvène, Bertrand Ollier, de … »). None when no such name follows."""
        after = self.phrase_end(tok) + 1
        if after + 1 >= len(doc) or doc[after].text != ",":
            return None
        name = doc[after + 1]
        return name if name.pos_ == "PROPN" and name.head.i in {tok.i, tok.head.i} else None

    def names_event(self, words: list[str]) -> bool:
        """Whether a name ends on a noun of events, or opens on one before more words (``titles.events``:
        "the Lina Marsh Affair", « l'Affaire Lina Marsh »): an event's name, no one's who speaks."""
        folded = [fold(w) for w in words if w[:1].isalpha()]
        return bool(folded) and (folded[-1] in self.events or (len(folded) > 1 and folded[0] in self.events))

    def is_group(self, word: str) -> bool:
        return fold(word) in self.groups

    def is_body_noun(self, word: str) -> bool:
        """Whether the folded ``word`` is the head noun of a body ("ministry", « université »: ``org_nouns``
        or ``institution_heads``)."""
        return word in self.org_nouns or word in self.institution_heads

    def is_trade_noun(self, tok: Any) -> bool:
        """A singular common noun of a person's trade or field by its ending ("cardiologist", « cardiologue »)."""
        w = fold(tok.text)
        return tok.pos_ == "NOUN" and len(w) > 6 and w.endswith(self.person_suffixes) and not self.is_plural(tok)

    def is_agent_plural(self, word: str) -> bool:
        """A plural agent noun by its ending ("protesters", "manifestants")."""
        w = fold(word)
        return len(w) > 4 and w.endswith(self.agent_suffixes) and not w.endswith(self.agent_exclude)


def _phrases(values: Iterable[str], contractions: Iterable[list[str]] = ()) -> tuple[tuple[str, ...], ...]:
    """Folded word tuples, longest first; a phrase ending in a preposition that contracts with
    the article (``contractions``: "de" → "du", "des") also in each contracted form."""
    out = {tuple(fold(v).replace("'", "' ").split()) for v in values}
    forms = {fold(c[0]): [fold(x) for x in c[1:]] for c in contractions if c}
    out |= {(*words[:-1], form) for words in out if words for form in forms.get(words[-1], ())}
    return tuple(sorted(out, key=len, reverse=True))


def _read(language: str) -> dict[str, Any]:
    try:
        raw = resources.files("summarizer.data").joinpath("lang", f"{language}.toml").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigurationError(f"no language profile for {language!r} (summarizer/data/lang/)") from None
    return tomllib.loads(raw)


def _anaphor(tok: Any, words: dict[str, Pronoun], determiners: frozenset[str]) -> Pronoun | None:
    """The gender and number of ``tok`` when it is one of ``words`` with one of ``determiners`` before it."""
    found = words.get(fold(tok.text))
    if found is None or not any(c.i < tok.i and fold(c.text) in determiners for c in tok.children):
        return None
    return found


def _grammar(table: dict[str, Any]) -> Grammar:
    unknown = set(table) - {f.name for f in fields(Grammar)}
    if unknown:
        raise ConfigurationError(f"unknown [grammar] keys in a language profile: {', '.join(sorted(unknown))}")
    # affixes: kept as tuples, the empty one included
    ordered = {"participle_endings", "act_noun_endings", "negative_prefixes", "possibility", "undergoing",
               "reformulations"}
    words: dict[str, Any] = {k: tuple(fold(w) for w in v) if k in ordered else _words(v) for k, v in table.items()}
    return Grammar(**words)


@cache
def profile(language: str) -> LanguageProfile:
    """The profile of ``language`` ('fr' or 'en'), read once."""
    data = _read(language)
    verbs, frames, clitics, titles, oppose = (data[k] for k in ("verbs", "frames", "clitics", "titles", "oppose"))
    demonyms = data.get("demonyms", {})
    return LanguageProfile(
        language=data["language"],
        parse_blank=tuple(data.get("parsing", {}).get("blank", [])),
        parse_joined=tuple(fold(w) for w in data.get("parsing", {}).get("joined", [])),
        parse_glued_titles=tuple(data.get("parsing", {}).get("glued_titles", [])),
        parse_proxies={str(form): (str(proxy), str(lemma))
                       for form, proxy, lemma in data.get("parsing", {}).get("proxies", [])},
        examples=tuple(fold(w) for w in titles.get("examples", [])),
        labels={role: frozenset(labels) for role, labels in data["labels"].items()},
        verb_lemmas=_words(verbs.get("lemmas", [])),
        verb_stems=_stems(verbs.get("stems", [])),
        verb_forms=_words(verbs.get("forms", [])),
        needs_clause=_stems(verbs.get("needs_clause", [])),
        quote_only=_stems(verbs.get("quote_only", [])),
        comparative_only=_stems(verbs.get("comparative_only", [])),
        inflections=tuple((fold(a), fold(b)) for a, b in verbs.get("inflections", [])),
        prep_content=tuple((fold(a), fold(b)) for a, b in verbs.get("prep_content", [])),
        light_verbs=tuple((fold(a), fold(b)) for a, b in verbs.get("light_verbs", [])),
        claim_act=_stems(verbs.get("claim_act", [])),
        praise_object=_stems(verbs.get("praise_object", [])),
        demand_object=_stems(verbs.get("demand_object", [])),
        said_object=_stems(verbs.get("said_object", [])),
        installing=tuple(fold(w) for w in verbs.get("installing", [])),
        appointment=_words(verbs.get("appointment", [])),
        casualties=_words(verbs.get("casualties", [])),
        showing=_stems(verbs.get("showing", [])),
        carrying=_stems(verbs.get("carrying", [])),
        anonymity=_words(verbs.get("anonymity", [])),
        addressee=_stems(verbs.get("addressee", [])),
        addressee_inverts=bool(verbs.get("addressee_inverts", True)),
        refusal=_stems(verbs.get("refusal", [])),
        omission=_stems(verbs.get("omission", [])),
        expressing=_stems(verbs.get("expressing", [])),
        cognition=_stems(verbs.get("cognition", [])),
        plain_saying=_stems(verbs.get("plain_saying", [])),
        enacting=_stems(verbs.get("enacting", [])),
        continuing=_stems(verbs.get("continuing", [])),
        judging_aloud=_stems(verbs.get("judging_aloud", [])),
        relaying=_stems(verbs.get("relaying", [])),
        writing=_stems(verbs.get("writing", [])),
        text_verbs=_stems(verbs.get("text_verbs", [])),
        estimating=_stems(verbs.get("estimating", [])),
        forceful=_stems(verbs.get("forceful", [])),
        negation_keeps=_stems(verbs.get("negation_keeps", [])),
        frames_anywhere=_phrases(frames.get("anywhere", []), frames.get("contractions", [])),
        frames_initial=_phrases(frames.get("initial", []), frames.get("contractions", [])),
        frames_possessive=_phrases(frames.get("possessive", [])),
        frames_purposive=_words(frames.get("purposive", [])),
        frames_requests=_words(frames.get("requests", [])),
        possessives={fold(k): Pronoun(v.get("gender"), v.get("number"))
                     for k, v in data.get("possessives", {}).items()},
        citing=_phrases(frames.get("citing", [])),
        cited_by=_phrases(frames.get("cited_by", [])),
        relay_marks=tuple(frames.get("relay_marks", [])),
        frame_starts=frozenset(w[0] for w in (*_phrases(frames.get("anywhere", [])),
                                              *_phrases(frames.get("initial", [])),
                                              *_phrases(frames.get("possessive", []))) if w),
        statement_nouns=_words(filed := [*frames.get("statement_nouns", []), *frames.get("filing_nouns", [])])
        | _plurals(filed, titles),
        filing_nouns=_words(frames.get("filing_nouns", [])) | _plurals(frames.get("filing_nouns", []), titles),
        research_nouns=_words(frames.get("research_nouns", [])) | _plurals(frames.get("research_nouns", []), titles),
        said_nouns=_words(frames.get("said_nouns", [])),
        kind_texts=_words(frames.get("kind_texts", [])),
        retrospective=_words(frames.get("retrospective", [])),
        stance_nouns=_words(frames.get("stance_nouns", [])) | _plurals(frames.get("stance_nouns", []), titles),
        reporting_nouns=_words(frames.get("reporting_nouns", [])) | _plurals(frames.get("reporting_nouns", []), titles),
        issuing_verbs=_stems(frames.get("issuing_verbs", [])),
        suing_verbs=_stems(frames.get("suing_verbs", [])),
        pronouns={fold(k): Pronoun(v.get("gender"), v.get("number")) for k, v in data["pronouns"].items()},
        latter={fold(k): Pronoun(v.get("gender"), v.get("number"))
                for k, v in data.get("latter", {}).get("words", {}).items()},
        latter_determiners=_words(data.get("latter", {}).get("determiners", [])),
        former={fold(k): Pronoun(v.get("gender"), v.get("number"))
                for k, v in data.get("former", {}).get("words", {}).items()},
        former_determiners=_words(data.get("former", {}).get("determiners", [])),
        clitics=_words(clitics.get("forms", [])),
        euphonic=_words(clitics.get("euphonic", [])),
        stressed=_words(clitics.get("stressed", [])),
        object_pronouns=_words(clitics.get("objects", [])),
        object_agreement={fold(k): Pronoun(v.get("gender"), v.get("number")) for k, v in clitics["agreement"].items()},
        preverbal=_words(clitics.get("preverbal", [])),
        deixis=_words(clitics.get("deixis", [])),
        first_singular=_words(clitics.get("first_singular", [])),
        first_person=_words(clitics.get("first_person", [])),
        masculine=_words(titles["masculine"]),
        feminine=_words(titles["feminine"]),
        honorifics=_words([*titles["masculine"], *titles["feminine"], *titles.get("neutral", [])]),
        roles=_words([*titles["roles"], *titles.get("relations", [])]),
        relations=_words(titles.get("relations", [])),
        groups=_words(titles["groups"]) | _plurals([*titles["roles"], *titles.get("relations", [])], titles),
        org_nouns=_words(titles["org_nouns"]),
        org_plurals=_plurals(titles["org_nouns"], titles) - _words(titles["org_nouns"]),
        group_plurals=_plurals(titles["groups"], titles) - _words(titles["groups"]),
        generic_orgs=_words(titles.get("generic_orgs", [])),
        governing=_words(titles.get("governing", [])),
        armed=_words(titles.get("armed", [])),
        force_targets=_words(titles.get("force_targets", [])),
        same_people={fold(w): n for n, family in enumerate(titles.get("same_people", [])) for w in family},
        anaphoric=_words(titles.get("anaphoric", [])),
        contrastive=_words(titles.get("contrastive", [])),
        persons=_words(titles.get("persons", [])),
        quantifiers=_words(titles["quantifiers"]),
        collectives=_words(titles.get("collectives", [])),
        spokes=_words(titles["spokes"]),
        members=_words(titles.get("members", [])),
        entourage=_words(titles.get("entourage", [])),
        signs=_words(titles.get("signs", [])),
        determiners=_words(titles["determiners"]),
        agent_suffixes=tuple(fold(x) for x in titles.get("agent_suffixes", [])),
        agent_exclude=tuple(fold(x) for x in titles.get("agent_exclude", [])),
        person_suffixes=tuple(fold(x) for x in titles.get("person_suffixes", [])),
        locative=_words(titles.get("locative", [])),
        addressee_preps=_words(titles.get("addressee_preps", [])),
        definite=_words(titles["definite"]),
        indefinite=_words(titles["indefinite"]),
        particles=_words(titles["particles"]),
        oppose_verbs=_stems(oppose["verbs"]),
        target_verbs=_stems(oppose["target_verbs"]),
        oppose_words=_words(oppose["words"]),
        oppose_nouns=_words(oppose.get("nouns", [])),
        conflict_nouns=_words(oppose.get("conflict_nouns", [])),
        conflict_verbs=_stems(oppose.get("conflict_verbs", [])),
        complaints=_words(oppose.get("complaints", [])),
        boycotts=_words(oppose.get("boycotts", [])),
        voice=_stems(oppose.get("voice", [])),
        contrast=tuple(fold(c) for c in oppose["contrast"]),
        asides=_words(oppose.get("asides", [])),
        negation=_words(oppose["negation"]),
        respond=_stems(oppose["respond"]),
        retort=_stems(oppose.get("retort", [])),
        demand=_stems(oppose["demand"]),
        reverse=_stems(oppose["reverse"]),
        obliged=_words(oppose.get("obliged", [])),
        obliged_heads=_words(oppose.get("obliged_heads", [])),
        imperative_endings=tuple(fold(e) for e in oppose.get("imperative_endings", [])),
        support=_stems(oppose["support"]),
        gratitude=_stems(oppose["gratitude"]),
        positive=_words(oppose.get("positive", [])),
        vague=_words(data["topics"]["vague"]),
        demonym_endings=tuple((a, b) for a, b in demonyms.get("endings", [])),
        demonym_inflections=tuple(tuple(x) for x in demonyms.get("inflections", [])),
        demonym_irregular=tuple((a, b) for a, b in demonyms.get("irregular", [])),
        state_nouns=_words(demonyms.get("state_nouns", [])),
        body_nouns=_words(demonyms.get("body_nouns", [])),
        admin_levels=_words(demonyms.get("admin_levels", [])),
        institution_heads=_words(titles.get("institution_heads", [])),
        institution_heads_last=_words(titles.get("institution_heads_last", [])),
        same_roles=tuple(tuple(fold(w) for w in family) for family in titles.get("same_roles", [])),
        offices=tuple((fold(a), fold(b)) for a, b in titles.get("offices", [])),
        other_office=_words(titles.get("other_office", [])),
        critics=_words(oppose.get("critics", [])),
        hostile=_stems(oppose.get("hostile", [])),
        demonstratives=_words(oppose.get("demonstratives", [])),
        act_nouns=_words(oppose.get("act_nouns", [])),
        act_suffixes=tuple(fold(e) for e in oppose.get("act_suffixes", [])),
        harm=_stems(oppose.get("harm", [])),
        interrogate=_stems(oppose.get("interrogate", [])),
        compete=_stems(oppose.get("compete", [])),
        pleas=_stems(oppose.get("pleas", [])),
        innocence=_words(oppose.get("innocence", [])),
        guilt=_words(oppose.get("guilt", [])),
        warn=tuple(fold(w) for w in oppose.get("warn", [])),
        turns=tuple(fold(c) for c in oppose.get("turns", [])),
        views=tuple(fold(c) for c in oppose.get("views", [])),
        dissent_people=tuple(fold(c) for c in oppose.get("dissent_people", [])),
        dissent_agreeing=tuple(fold(c) for c in oppose.get("dissent_agreeing", [])),
        dissent_disagreeing=tuple(fold(c) for c in oppose.get("dissent_disagreeing", [])),
        dissent_lessening=tuple(fold(c) for c in oppose.get("dissent_lessening", [])),
        benefit=_stems(oppose.get("benefit", [])),
        addressed=_stems(oppose.get("addressed", [])),
        qualify=_stems(oppose.get("qualify", [])),
        draw=_stems(oppose.get("draw", [])),
        agree=_stems(oppose.get("agree", [])),
        idioms=tuple((w[0], tuple(w[1:])) for w in (fold(v).split() for v in oppose.get("idioms", [])) if len(w) >= 2),
        reciprocal=_stems(oppose.get("reciprocal", [])),
        rebut=_stems(oppose.get("rebut", [])),
        asked_about=_words(oppose.get("asked_about", [])),
        contrary=_words(oppose.get("contrary", [])),
        undergone=_words(oppose.get("undergone", [])),
        penalties=_words(oppose.get("penalties", [])),
        actor_object=_stems(oppose.get("actor_object", [])),
        accountable=_stems(oppose.get("accountable", [])),
        ruling_nouns=_words(oppose.get("ruling_nouns", [])),
        ruling_verbs=_stems(oppose.get("ruling_verbs", [])),
        appeals=_stems(oppose.get("appeals", [])),
        appeal_nouns=_words(oppose.get("appeal_nouns", [])),
        words_object=_stems(oppose.get("words_object", [])),
        volition=_stems(oppose.get("volition", [])),
        contrastive_topics=tuple(fold(w) for w in oppose.get("contrastive_topics", [])),
        oppose_adjectives=_words(oppose.get("adjectives", [])),
        adjective_preps=_words(oppose.get("adjective_preps", [])),
        agree_phrases=tuple(tuple(fold(v).replace("'", "' ").split()) for v in oppose.get("agree_phrases", [])),
        contrary_adverbials=_phrases(oppose.get("contrary_adverbials", [])),
        false_words=_words(oppose.get("false_words", [])),
        undo_nouns=_words(oppose.get("undo_nouns", [])),
        true_words=_words(oppose.get("true_words", [])),
        grammar=_grammar(data.get("grammar", {})),
        plural_kinds=_words(data.get("agreement", {}).get("plural_kinds", [])),
        facilities=_words(titles.get("facilities", [])),
        seated_bodies=_words(titles.get("seated_bodies", [])),
        place_nouns=_words(titles.get("place_nouns", [])),
        features=_words(titles.get("features", [])),
        media_names=_words(titles.get("media_names", [])),
        buildings=_words(titles.get("buildings", [])),
        companies=_words(titles.get("companies", [])),
        documents=_words(titles.get("documents", [])),
        events=_words(titles.get("events", [])),
        seats=_words(titles.get("seats", [])),
        stative=_stems(verbs.get("stative", [])),
        joint=_stems(verbs.get("joint", [])),
        stative_forms=_words(verbs.get("stative_forms", [])),
        setting=_stems(verbs.get("setting", [])),
        state_acts=_stems(verbs.get("state_acts", [])),
        setting_forms=_words(verbs.get("setting_forms", [])),
        aimed=tuple((w[0], tuple(w[1:-1]), w[-1]) for w in (fold(v).split() for v in oppose.get("aimed", []))
                    if len(w) >= 2),
    )
