"""Stage 6 — disagreements, only where the article states them, as any reader would.

* an explicit act of conflict between two actors: the subject of a verb of accusation,
  criticism, rejection or denial whose object is another actor, that actor's statement
  or what that actor did ("X accuse Y de …", "X rejected Y's claims", "X a contesté la
  décision de Y", "Y was criticised by X"), a lawsuit or a complaint against someone ("X a
  porté plainte contre Y"), a noun of opposition with its author and target ("criticism of
  Y by X", "Y went ahead despite criticism by X"), a conflict between two parties ("the
  dispute between X and Y", "X s'oppose à Y"), a demand to stop or undo addressed to
  someone ("X urged Y to halt …"), two clauses set against each other ("X backs the plan,
  whereas Y rejects it");
* a hostile act on an actor: the subject of a verb of hostile action whose object is an
  actor ("X expelled Y's reporters", "X a expulsé les diplomates de Y");
* a reception with a feeling of opposition: the subject of a verb whose manner complement
  is a noun of opposition ("X greeted the plan with scepticism", "X a accueilli l'annonce
  avec colère") against the one the object names, owns or did, as for a reaction below;
* an act directed against an actor who acts or speaks in the article: the subject of a
  verb whose complement "against"/"contre" names that actor ("X voted against Y", "X backed
  Z against Y"), or the author of a noun so complemented ("X a fait campagne contre Y");
  the subject must name an actor, not a thing ("the deal goes against Y"); it joins those
  whose act already opposes the same actor;
* a reply: "X a rétorqué à Y", "in response to Y's remarks, X said …" — an answer that is
  no agreement (a retort, or words against something);
* a claim against someone it names: a negative judgement of the actor or of what the
  actor says or does ("Y's plan is a disaster"), a negation of what the actor did ("Y
  never kept the promise"), the object of an opposition verb ("X denied Y's account") — an
  actor who speaks or acts in the article, or a person named by a full name even only there
  ("X said Jane Roe had lied");
* opposite stances on one topic: one actor's claim against a thing (its verb of opposition's
  object, "against" it, a negative judgement of which it is the subject) that another actor's
  claim is for (a verb of support's object, "for" it, a positive judgement), each stance
  carried by the grammar of the claim's own words, not by words anywhere in it;
* two claims of different speakers in consecutive sentences joined by a contrast ("X
  says A, but Y says B"; "Y, on the other hand, …"), when one of them takes a stance or the
  contrast is one of views ("on the other hand", "en revanche", "Y, lui, …"): a contrast of two
  statements of fact is none;
* opposite stances on one thing the article names: a verb of opposition (or "against")
  and a verb of support (or "for") with the same common noun ("X criticised the tax" …
  "Y defended the tax"; "X called for the ban" … "Y warned against the ban"), or an
  opposition to what the article makes someone's ("his decision", "le projet de Y", or
  the noun of an act named before by its verb: "Y ruled …" … "the ruling");
* one asserts P, the other not-P: the same predicate of the same subject, one negated,
  or a correction ("a theft, not an assault") against a claim asserting the word denied;
* a reply naming no one ("in response, X said …", "X a rétorqué que …") or a bare refusal
  ("The council refused.") answers the last other speaker when it opposes them;
* reactions to a reported act: news reports an act, then who condemns it. A speaker whose
  words a verb (or light verb's noun) of opposition cues, whose object is an actor, what an
  actor owns, or a definite phrase taking up an act reported before ("the decision",
  "cette mesure": a noun of an act, a decision, a proposal or a statement), is against
  that actor, the act's author, or else the article's protagonist; an indefinite object
  ("any violence") or a thing ("the weather") names no one's act. An act of opposition
  outside any claim ("X deplored the move") reads its definite object alike. All critics
  of one actor stand on one side, with those an act of criticism already set against it;
  people named by their opposition ("critics say …", "les détracteurs affirment …")
  speak against the protagonist; a negative judgement of a demonstrative ("this is
  dangerous", "cette erreur") takes up the act just told, against the actor the claim
  names as the subject of a verb.

The other side of an act of opposition is given by grammatical roles, whatever the verb of
the class (the profile lists the whole class in each language): the object, the object's
possessor or "of/de" complement, the agent of a participle naming the act ("the strike called
by Y"), the one a reproach is addressed to ("reprocher à Y"), the object of the preposition of
a verb aimed at someone ("hit back at Y", "s'en prendre à Y"), the object of an idiom of attack
("took Y to court", "mettre en cause Y"), the owner of the object a verb qualifies by a
negative judgement ("called Y's figures false"), the subject or author of what draws a noun of
opposition ("the tax drew criticism from X"), the speaker of the words a definite phrase takes
up ("this claim", "ces propos"). A negated agreement is a disagreement ("X does not accept Y's
version", "X n'est pas d'accord avec Y"), and so is a refusal to agree or to support ("X refused
to back Y's plan", "X a refusé de soutenir le budget de Y"); a conflict noun as a predicate ("X is at odds with
Y") or exchanged by coordinated subjects ("X and Y traded accusations") names both parties;
people named by their opposition to someone ("Y's critics", "les détracteurs de Y") stand
against that one.

Allies — actors who made the same statement together, the coordinated subjects of one act,
actors set against one common opponent (never opposed by a shared topic alone) — are never
opposed, nor is a state
to its own bodies and leaders (by title, or by the nationality adjective of their name),
nor a person to the organisation it holds a role in ("X, the chairman of Z"), nor two
holders of roles in one organisation;
only persons, organisations, states and groups take sides (never a place or a thing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .actors import ActorTable
from .claims import ClaimFinder, ClaimRecord
from .document import Document
from .names import demonyms
from .positions import Topics
from .profile import NEGATION_DEPS, LanguageProfile, fold

_CLAUSE = frozenset({"acl", "acl:relcl", "relcl", "ccomp", "advcl", "xcomp", "csubj", "parataxis", "conj"})
_SIDES = frozenset({"person", "organization", "country", "group"})  # who can take a side


@dataclass(frozen=True)
class DisagreementRecord:
    topic: str
    sides: tuple[tuple[int, ...], tuple[int, ...]]
    stances: tuple[str, str]
    spans: tuple[tuple[int, int], ...]
    claims: tuple[int, ...]
    rule: str = ""  # which rule found it (for logs and tuning)


class DisagreementFinder:
    def __init__(self, text: Document, profile: LanguageProfile, actors: ActorTable, claims: tuple[ClaimRecord, ...],
                 topics: Topics, speakers: ClaimFinder) -> None:
        self.t = text
        self.doc = text.doc
        self.p = profile
        self.actors = actors
        self.claims = claims
        self.topics = topics
        self.speakers = speakers
        self.found: list[DisagreementRecord] = []
        self.seen: set[frozenset[int]] = set()
        self.polarities = tuple(self.polarity(k) for k in range(len(claims)))
        self._bodies: dict[int, set[int]] | None = None
        self._stance_cache: dict[int, dict[str, int]] = {}
        self._taken_up: set[int] = set()  # objects of acts of opposition read as the protagonist's act
        self._key_cache: dict[int, str | None] = {}
        self._core_cache: dict[int, set[str]] = {}

    def _judging_word(self, tok: Any) -> bool:
        """Whether ``tok`` is a word of ``oppose.words``, alone or as the end of a word the tokenizer split at its
        hyphens ("the cuts were short-sighted")."""
        return self.t.listed(tok.i, self.p.oppose_words)

    def _text(self, c: ClaimRecord) -> str:
        return self.t.text[c.start : c.end]

    def _words(self, c: ClaimRecord) -> set[str]:
        span = self.t.span_tokens(c.start, c.end)
        if span is None:
            return set()
        # (with the words the tokenizer split at their hyphens, whole: "short-sighted")
        return set(self.t.folded[span.start : span.end]) | {self.t.word_at(i) for i in range(span.start, span.end)}

    @cached_property
    def _descriptions(self) -> dict[str, int]:
        """The nouns of the definite descriptions by which the article names bodies and office holders
        who speak ("le gouvernement a affirmé …", "the ministry said …"), each with its actor: folded
        noun -> actor, for a noun only one such actor bears."""
        out: dict[str, int] = {}
        shared: set[str] = set()
        for a in sorted({c.speaker for c in self.claims if c.speaker is not None}):
            info = self.actors.actors[a]
            words = fold(info.name).split()
            if info.named or info.kind not in {"person", "organization"} or len(words) != 1 or info.plural:
                continue
            if words[0] in out:
                shared.add(words[0])
            out[words[0]] = a
        return {w: a for w, a in out.items() if w not in shared}

    def _refers(self, tok: Any) -> int | None:
        """The actor ``tok`` names: the one its mention belongs to, or the body or office holder who
        speaks that a bare definite description repeats in someone's words ("… que le gouvernement
        était irresponsable" after "le gouvernement a affirmé …"): the description refers as a name
        does; one with a complement or an adjective of its own may be another ("le gouvernement
        italien")."""
        a = self.actors.at(tok.i)
        if a is not None or tok.pos_ != "NOUN" or fold(tok.text) not in self._descriptions:
            return a
        det = [c for c in tok.children if self.p.has(c, "det")]
        if len(det) != 1 or fold(det[0].text) not in self.p.definite \
                or any(c.i != det[0].i and not c.is_punct for c in tok.children):
            return None
        return self._descriptions[fold(tok.text)]

    def _speaker_slots(self, verb: Any) -> frozenset[int]:
        """The tokens a cue at ``verb`` reads as its speaker: the subject inverted after a quotation
        ("'…,' accuses Y", « … », accuse Y), which the parser may take for the verb's object."""
        return frozenset(i for c in self.speakers.cues if c.i == verb.i for i in c.slots)

    @cached_property
    def _cue_words(self) -> frozenset[int]:
        """The tokens of the cue words of the claims (a verb that introduces words said)."""
        return frozenset(i for k in range(len(self.claims)) if (i := self.claims_cue(k)) is not None)

    def _accuses_in_words(self, verb: Any) -> bool:
        """Whether ``verb`` is a verb of accusing or criticising (no denial) that introduces words said
        ("'…,' accuses Y", « … », accuse Y, "Y charged that …"): whom it accuses is in those words."""
        return self.p.is_target_verb(verb) and not self.p.rebuts(verb) and verb.i in self._cue_words

    def _against(self, k: int, other: int) -> bool:
        """Whether claim ``k`` is against ``other``, whom it names: ``other`` (or what
        ``other`` says or does) is the object of the claim's opposition verb ("X denied Y's
        account"), the subject of a negated verb ("Y never kept the promise"), or what a
        negative judgement is about ("Y's plan is a disaster", "les mensonges de Y")."""
        if self._negated_about(k, other):
            return True
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        if span is None:
            return False
        heads: list[Any] = []
        for tok in span:
            if self._refers(tok) != other:
                continue
            head = self.actors.mention_head(tok) if self.actors.at(tok.i) is not None else tok
            if head not in heads:
                heads.append(head)
        cue = self.claims_cue(k)
        verb = self.doc[cue] if cue is not None else None
        # (a court's sentence is no criticism: "the court condemned Y to death"; nor is a verb against words
        # only with a person for its object: "X dismissed the clerk Y" fires Y)
        if c.oppose and verb is not None and not self._sentenced(verb) and any(
                self._governs(verb, h) and not self._suffers(h, verb) and not self._interrogated(verb, h)
                and not self._party_to_conflict(h, verb)
                and not (self.p.takes_words_object(verb) and h.head.i == verb.i) for h in heads):
            return True
        # (a preposition of opposition says its subject is against its object, not that it is bad: "Y won
        # against Z")
        return any(self._judged(w, h) for w in span if self._judging_word(w) and w.pos_ != "ADP"
                   for h in heads)

    def _interrogated(self, verb: Any, tok: Any) -> bool:
        """Whether the actor at ``tok`` is the person a verb of doubt questions ("police questioned
        the mayor"): its object, not its object's complement ("questioned the mayor's figures")."""
        return self.p.interrogates(verb) and self.p.has(tok, "object") and tok.head.i == verb.i \
            and (self.actors.at(tok.i) is not None or self.p.is_role(tok.text) or self.p.is_group(tok.text))

    def _foretold(self, verb: Any) -> bool:
        """Whether ``verb`` tells what will or would happen (future, conditional, a modal)."""
        forms = [verb, *(c for c in verb.children if self.p.has(c, "aux"))]
        if fold(verb.text) in self.p.grammar.near_future and any(
                self.p.has(c, "open_clause") and "Inf" in c.morph.get("VerbForm") for c in verb.children):
            return True  # the near future: "Y is not going to leave", « Y ne va pas quitter la province »
        return any("Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood") or t.tag_ == "MD" for t in forms)

    def _only(self, neg: Any) -> bool:
        """ "not only", "non seulement", and with a determiner between, "not the only …", "n'est pas le
        seul …" (X is one of several): no negation."""
        k = neg.i + 1
        while k < len(self.doc) and k <= neg.i + 2 and self.doc[k].pos_ == "DET":
            k += 1
        return k < len(self.doc) and fold(self.doc[k].text) in self.p.grammar.only

    def _negates(self, x: Any) -> bool:
        """Whether the dependent ``x`` is a negation word negating its head ("not", "pas"), not
        the first half of "not only"."""
        return x.dep_ in NEGATION_DEPS and fold(x.text) in self.p.negation and not self._only(x)

    def _governs(self, verb: Any, tok: Any) -> bool:
        """Whether ``tok`` is in the object of ``verb`` (not in a clause below it)."""
        for _ in range(5):
            if tok.head.i == tok.i or tok.dep_ in _CLAUSE or self.p.has(tok, "subject"):
                return False
            tok = tok.head
            if tok.i == verb.i:
                return True
        return False

    def _judged(self, word: Any, tok: Any) -> bool:
        """Whether a negative judgement ``word`` is about the actor at ``tok``: the actor is (in)
        the subject of the predicate the word belongs to ("Y is wrong", "Y's figures are
        false"), or the word is a noun (or qualifies one) that the actor complements ("the
        lies of Y", "Y's dangerous plan")."""
        subjects = [] if self._fought(word) else self._judged_subjects(word)
        if any(tok.i in {t.i for t in s.subtree} and word.i not in {t.i for t in s.subtree} for s in subjects):
            return True
        noun = word.head if word.pos_ == "ADJ" and self.p.has(word, "adj_mod") else word
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return False
        up = tok
        for _ in range(3):  # "Y's lies", "les mensonges de Y", "the lies of Y"
            if up.head.i == up.i or up.dep_ in _CLAUSE:
                return False
            up = up.head
            if up.i == noun.i:
                return True
        return False

    def _fought(self, word: Any) -> bool:
        """Whether a judgement ``word`` is in what a verb of opposition above it acts against, on the way up to
        the predicate with a subject ("Y fights arrogance with humility", "Y denounced corruption", « Y combat
        l'ignorance »): the subject is against the bad thing, not judged by it."""
        return any(p.pos_ == "VERB" and (self.p.is_oppose_verb(p) or self.p.is_target_verb(p))
                   for p in self._predicate_path(word)[1:])

    def _predicate_path(self, word: Any) -> list[Any]:
        """The words from a judgement ``word`` up to the predicate it belongs to: at most three steps up, to the first
        word with a subject, never out of a clause but an open one or a conjunct."""
        path = [word]
        for _ in range(3):
            pred = path[-1]
            if any(self.p.has(c, "subject") for c in pred.children) or pred.head.i == pred.i:
                break
            if pred.dep_ in _CLAUSE and pred.dep_ not in {"xcomp", "conj"}:
                break
            path.append(pred.head)
        return path

    def _judged_subjects(self, word: Any) -> list[Any]:
        """The subjects of the predicate a judgement ``word`` belongs to ("Y is wrong", "Y had misled
        parliament", "Y's leaders are corrupt": Y, Y, leaders)."""
        pred = self._predicate_path(word)[-1]
        return [c for c in pred.children if self.p.has(c, "subject")]

    def _judged_doers(self, span: Any) -> frozenset[int]:
        """The tokens of ``span`` a negative judgement of its own words is said of as the subject of its
        predicate, or as the possessor of that subject ("Iran had betrayed the revolution", "Iran's leaders
        are corrupt"): an actor whose mention heads one of them is the one judged, whoever it is; a name inside
        the subject otherwise is where, not who ("the situation in Syria is dangerous")."""
        out: set[int] = set()
        for w in span:
            if not self._judging_word(w) or w.pos_ == "ADP":
                continue
            # (the predicate itself, a verb or a word its copula joins to the subject: "Y lied", "Y is corrupt"; not
            # an object, "Z do not share the follies of Y", whose follies are Y's: ``_judged_owners``)
            if not any(self.p.has(c, "subject") for c in w.children) and not self.p.has(w, "attribute"):
                continue
            for subject in self._judged_subjects(w):
                if w.i in {t.i for t in subject.subtree}:
                    continue
                out.add(subject.i)
                out.update(c.i for c in subject.children if self.p.has(c, "possessive"))
        return frozenset(out)

    def _judges(self, word: Any, noun: Any) -> bool:
        """Whether a judgement ``word`` is said of the thing ``noun`` itself: the word qualifies it
        ("a dangerous tunnel") or is the predicate whose subject the noun heads ("the tunnel is a
        disaster", "le tunnel est inutile et dangereux") — not a noun inside the subject ("traffic
        around the tunnel is a disaster" judges the traffic)."""
        pred = word.head if self.p.has(word, "adj_mod") else word
        while self.p.has(pred, "conj") and pred.head.i != pred.i:  # "inutile et dangereux"
            pred = pred.head
        if pred.i == noun.i:
            return True
        holders = [pred, pred.head] if pred.dep_ in {"attr", "acomp", "oprd", "xcomp"} else [pred]
        subjects = [c for h in holders for c in h.children if self.p.has(c, "subject")]
        return any(noun.i == s.i or noun in s.conjuncts for s in subjects)

    def _negated(self, c: ClaimRecord) -> bool:
        return bool(self._words(c) & self.p.negation)

    def _gap(self, a: ClaimRecord, b: ClaimRecord) -> str:
        """The folded text between two claims."""
        return fold(self.t.text[min(a.end, b.end) : max(a.start, b.start)])

    @staticmethod
    def _padded_words(text: str) -> str:
        """``text`` as its words joined by single spaces, with a space at each end: a phrase
        ``w`` stands in it as words when ``f" {w} "`` does."""
        return " " + " ".join(re.sub(r"[^\w'’-]+", " ", text).split()) + " "

    @staticmethod
    def _holds(padded: str, phrases: Iterable[str]) -> bool:
        """Whether one of ``phrases`` stands as words in ``padded`` (``_padded_words``)."""
        return any(f" {w} " in padded for w in phrases)

    def _contrastive_topic(self, gap: str) -> bool:
        """Whether a stressed pronoun set off by commas after the second speaker's name marks a
        contrastive topic in ``gap`` ("Y, lui, affirme …", "Y, elles, …"; profile
        ``oppose.contrastive_topics``)."""
        topics = self.p.contrastive_topics
        return bool(topics and re.search(r",\s*(?:" + "|".join(map(re.escape, topics)) + r")\s*,", gap))

    def _contrast_between(self, a: ClaimRecord, b: ClaimRecord) -> bool:
        first, last = (a, b) if a.start <= b.start else (b, a)
        if first.sentence == last.sentence:
            gap = self._gap(a, b)
        else:
            # a connective in the rest of the first claim's sentence contrasts that sentence's own
            # parts ("X called for A but at the same time did B. Y found …"), not the two speakers
            opening = self.t.sents[last.sentence].start_char
            gap = fold(self.t.text[max(opening, first.end) : last.start])
            # a conjunction inside the second sentence joins that sentence's own clauses ("X said A. The assembly
            # passed the bill, but the senate rejected it": the senate answers the assembly, not X); only one
            # opening it ("But Y said …", « Mais Y estime … ») or an adverb ("Y, however, said …") turns to X
            toks = self.t.span_tokens(max(opening, first.end), last.start)
            sent = self.t.sents[last.sentence]
            words = [t for t in sent if t.is_alpha]
            inner = {t.i for t in toks or () if t.pos_ in {"CCONJ", "SCONJ"} and t not in words[:2]}
            if inner:
                gap = fold(" ".join(t.text for t in toks or () if t.i not in inner))
        if self._contrastive_topic(gap):
            return True
        # an elided "que" ("alors qu'elle", "tandis qu'il") is the connective's "que"
        between = self._padded_words(re.sub(r"\bqu['’]", "que ", gap))
        return self._holds(between, (c for c in self.p.contrast if c not in self.p.asides))

    def _views_between(self, i: int, j: int) -> bool:
        """Whether a contrast between claims ``i`` and ``j`` sets two views against each other: one
        of them takes a stance (for or against something, by its words, its cue or a negation), or
        the connective is one that only ever opposes views ("on the other hand", "en revanche"; profile
        ``oppose.views``), or a stressed pronoun marks the second speaker as a contrastive topic
        ("Y, lui, affirme …"). A contrast of two statements of fact ("X said the bus exploded at noon,
        but Y reported the fire began at dawn") is no disagreement."""
        if self.polarities[i] or self.polarities[j] or any(self._stance_on(i).values()) \
                or any(self._stance_on(j).values()):
            return True
        gap = self._gap(self.claims[i], self.claims[j])
        between = self._padded_words(gap)
        # (a contrastive topic sets its party apart from the one before, on one matter only: "Y, lui, affirme que
        # le projet …", not "Les riverains, eux, s'inquiètent du bruit" after a call for a vote)
        return self._holds(between, self.p.views) or (self._contrastive_topic(gap) and self._same_thing(i, j))

    def _apart(self, i: int, j: int) -> bool:
        """Whether two claims each take a stance on things of their own and on none in common ("X praised the crews,
        but Y criticised the timetable"): two stances set side by side, no disagreement."""
        mine, theirs = self._stance_on(i), self._stance_on(j)
        return bool(mine) and bool(theirs) and not any(self._alike(x, y) for x in mine for y in theirs)

    def _turn_between(self, a: ClaimRecord, b: ClaimRecord) -> bool:
        """Whether an adverbial turning to another party's view ("for its part", "de son côté";
        profile ``oppose.turns``) stands between two claims."""
        between = self._padded_words(self._gap(a, b))
        return self._holds(between, self.p.turns)

    def _dissent_object(self, n: int) -> int | None:
        """The actor sentence ``n``, a dissent announced, names as the one not agreed with: the
        complement of its word of agreement ("Not everyone agrees with the government", "Tout le monde
        n'est pas d'accord avec la ministre")."""
        for tok in self.t.sents[n]:
            word = fold(tok.text)  # (the last word of an elided phrase: "accord" of "d'accord")
            if word not in self.p.dissent_agreeing and not any(w.endswith("'" + word) for w in self.p.dissent_agreeing):
                continue
            holder = tok.head if tok.dep_ == "fixed" else tok  # ("d'accord" parsed as one word, on "d'")
            for prep, noun in self.p.pp_objects(holder):
                if prep in self.p.grammar.comitative_preps:
                    found = self._actor_in(noun)
                    if found is not None:
                        return found
        return None

    def _dissent_between(self, a: ClaimRecord, b: ClaimRecord) -> int | None:
        """Whether a sentence between two claims announces that some do not share a view (profile
        ``oppose.dissent_*``): a vague or universal subject ("not everyone", "others", "d'autres") with a
        negated or lessened word of agreement ("is convinced", "n'est pas d'accord", "less sympathetic",
        « moins indulgents ») or a word of disagreement
        ("are skeptical", "sont sceptiques"), within two sentences of each: the two claims are two
        views ("Not everyone is convinced.", "Tout le monde ne partage pas cet avis."). The sentence's
        index, else None."""
        p = self.p
        first, last = min(a.sentence, b.sentence), max(a.sentence, b.sentence)
        for n in range(first + 1, last):
            if self.t.distance(first, n) > 2 or self.t.distance(n, last) > 2:
                continue  # (it stands right after the one view, right before the other)
            sent = self.t.sents[n]
            if self.t.quoted(sent.root):
                continue
            words = self._padded_words(fold(sent.text))
            if not self._holds(words, p.dissent_people):
                continue
            if self._holds(words, p.dissent_disagreeing) or (
                    (self._holds(words, p.negation) or self._holds(words, p.dissent_lessening))
                    and self._holds(words, p.dissent_agreeing)):
                return n
        return None

    def _core_things(self, k: int) -> set[str]:
        """The things claim ``k`` makes the subject or object of its clauses (``_thing_key``). Cached."""
        if k in self._core_cache:
            return self._core_cache[k]
        span = self.t.span_tokens(self.claims[k].start, self.claims[k].end)
        out = set()
        for t in span if span is not None else []:
            if self.p.has(t, "subject") or self.p.has(t, "passive_subject") or self.p.has(t, "object"):
                key = self._thing_key(t)
                if key is not None:
                    out.add(key)
        self._core_cache[k] = out
        return out

    def _same_thing(self, i: int, j: int) -> bool:
        """Whether two claims speak of one thing: a subject or object of each, the same noun (or
        a word of its family), or a pronoun or definite noun of an act taking it up."""
        mine = self._core_things(i)
        return any(self._alike(x, y) for x in mine for y in self._core_things(j))

    def allies(self, k: int) -> tuple[int, ...]:
        a = self.claims[k]
        out = [a.speaker, *a.allies]
        for c in self.claims:
            if c.start < a.end and a.start < c.end and c.speaker not in out:
                out.append(c.speaker)
        return tuple(dict.fromkeys(out))

    def _add(self, side_a: tuple[int, ...], side_b: tuple[int, ...], topic: str, stances: tuple[str, str],
             spans: tuple[tuple[int, int], ...], claims: tuple[int, ...], rule: str = "") -> None:
        side_a = tuple(a for a in side_a if self.actors.actors[a].kind in _SIDES)
        side_b = tuple(b for b in side_b if self.actors.actors[b].kind in _SIDES)
        if not side_a or not side_b or set(side_a) & set(side_b) or self._compatriots(side_a, side_b) \
                or self._colleagues(side_a, side_b):
            return
        key = frozenset({side_a[0], side_b[0]})
        if key in self.seen:
            return
        self.seen.add(key)
        # a state's body stands in its state's camp ("the Turkish foreign ministry" with Turkey): against one already
        # opposed to that camp, it joins the disagreement found, side and evidence, as a second one of its own would
        # only repeat it
        camps = (self._camp(side_a[0]), self._camp(side_b[0]))
        for n, d in enumerate(self.found):
            known = (self._camp(d.sides[0][0]), self._camp(d.sides[1][0]))
            if known == camps or known == camps[::-1]:
                mine = (side_a, side_b) if known == camps else (side_b, side_a)
                joined = tuple(tuple(dict.fromkeys((*old, *new))) for old, new in zip(d.sides, mine, strict=True))
                self.found[n] = DisagreementRecord(d.topic, (joined[0], joined[1]), d.stances,
                                                   tuple(dict.fromkeys((*d.spans, *spans))),
                                                   tuple(dict.fromkeys((*d.claims, *claims))), d.rule)
                return
        self.found.append(DisagreementRecord(topic, (side_a, side_b), stances, spans, claims, rule))

    def _camp(self, a: int) -> int | str:
        """The camp an actor takes sides in: a body's state when it has one (``_state``: "the Turkish foreign
        ministry", « le ministère turc », a country itself), else the actor; a person is always their own."""
        x = self.actors.actors[a]
        if x.kind not in {"organization", "country"}:
            return a
        return self._state(a) or a

    def _compatriots(self, side_a: tuple[int, ...], side_b: tuple[int, ...]) -> bool:
        """Whether a state stands against one of its own: its leader by title, its bodies ("Kenyan
        President Otieno" and Kenya, the Kremlin and Russia)."""
        for a in side_a:
            for b in side_b:
                x, y = self.actors.actors[a], self.actors.actors[b]
                state = self._state(a)
                if state and state == self._state(b) and "country" in {x.kind, y.kind}:
                    return True
        return False

    def _colleagues(self, side_a: tuple[int, ...], side_b: tuple[int, ...]) -> bool:
        """Whether a person stands against the body it holds a role in, or two persons against
        each other who hold roles in one body ("X, the chairman of Z" and Z)."""
        if self._bodies is None:
            self._bodies = self._roles_held()
        for a in side_a:
            for b in side_b:
                mine, theirs = self._bodies.get(a, set()), self._bodies.get(b, set())
                if b in mine or a in theirs or mine & theirs:
                    return True
        return False

    def _roles_held(self) -> dict[int, set[int]]:
        """The organisations whose role a person is named with (states: ``_compatriots``): a role noun in
        apposition ("X, the chairman of Z", "le président de Z, X") or before the name ("Z's
        chairman X"), or the body itself before the name ("Z chief X")."""
        out: dict[int, set[int]] = {}
        for i, a in self.actors.token_actor.items():
            if self.actors.actors[a].kind != "person":
                continue
            tok = self.doc[i]
            roles = [c for c in tok.children if (self.p.has(c, "apposition") or c.dep_ == "compound")
                     and self.p.is_role(c.text)]
            if self.p.has(tok, "apposition") and self.p.is_role(tok.head.text):
                roles.append(tok.head)
            bodies = [self._actor_in(r, exclude=a) for r in roles]
            bodies += [self.actors.at(c.i) for c in tok.children
                       if c.dep_ == "compound" or self.p.has(c, "possessive")]
            for b in bodies:
                if b is not None and b != a and self.actors.actors[b].kind == "organization":
                    out.setdefault(a, set()).add(b)
        return out

    def _state(self, a: int) -> str | None:
        """The state an actor is or belongs to: its own, or the one a nationality adjective
        of its name says ("the Turkish foreign ministry", "le ministère turc"), or the state its
        name ends with as a complement ("the Federal Water Office of Norway", "l'agence spatiale
        de l'Italie")."""
        x = self.actors.actors[a]
        if x.country:
            return x.country
        table = demonyms(self.p.language)
        found = next((table[w] for w in (fold(t) for t in x.name.split()) if w in table), None)
        return found if found is not None or x.kind == "country" else self._state_named_in(x.name)

    def _state_named_in(self, name: str) -> str | None:
        """The state whose name (a country of the table) ends ``name`` after a preposition of
        possession and its determiners ("… Office of Norway", "… de l'Italie", "… du Niger")."""
        words = fold(name).replace("'", "' ").split()
        of = self.p.grammar.of_preps
        for c in self.actors.actors:
            if c.kind != "country" or not c.country:
                continue
            for n in c.names():
                tail = fold(n).split()
                k = len(words) - len(tail)
                if k < 2 or words[k:] != tail:
                    continue
                for w in reversed(words[1:k]):
                    if w in of or w.rstrip("'") + "'" in of:
                        return c.country
                    if w not in self.p.determiners:
                        break
        return None

    def run(self) -> tuple[DisagreementRecord, ...]:
        for speaker, other, span, verb in (*self._acts(), *self._directed_against(), *self._received_with(),
                                           *self._named_critics(), *self._contrary_turns(), *self._called_false(),
                                           *self._answered_remarks()):
            toks = self.t.span_tokens(*span)
            if toks is not None and len(toks) and self.t.asks(self.t.sent(toks[0])):
                continue  # the writer's question asserts no act ("What are your views on the conflict between A and
                # B?"): it asks about one
            # (a refusal or a denial answering the last other speaker comes with that speaker first, "<" marking
            # it: the words of the span are the second one's, who answers the first)
            answering = verb.startswith("<")
            critic = other if answering else speaker
            cited = tuple(k for k, c in enumerate(self.claims) if c.start <= span[1] and span[0] <= c.end
                           and c.speaker == critic)
            stance = " ".join(self.t.text[span[0] : span[1]].split())
            verb = verb.lstrip("<")
            # an act against the protagonist's act taken up by a definite phrase ("*" marks it) is a reaction
            rule = "reaction" if verb.startswith("*") else "act:" + verb
            verb = verb.lstrip("*")
            topic = self.topics.topic_of[cited[0]] if cited and self.topics.topic_of[cited[0]] else verb
            stances = (f"answered by {self.actors.actors[other].name}", stance) if answering \
                else (stance, f"criticised by {self.actors.actors[speaker].name}")
            self._add((speaker,), (other,), topic, stances, (span,), cited, rule)
        self._opposite_stances()
        self._contradictions()
        claims = self.claims
        polarity = self.polarities
        for i, a in enumerate(claims):
            for j in range(i + 1, len(claims)):
                b = claims[j]
                if b.speaker == a.speaker or b.speaker in self.allies(i):
                    continue
                # "X says A, but Y says B", "X says A. Y, on the other hand, says B": the next
                # other speaker, in the same or the next sentence, after a contrast
                if self.t.distance(a.sentence, b.sentence) <= 1 and (
                        (self._contrast_between(a, b) and self._views_between(i, j) and not self._apart(i, j))
                        or (self._turn_between(a, b) and self._same_thing(i, j))):
                    self._pair(i, j, "contrast")
                elif (dissent := self._dissent_between(a, b)) is not None:
                    # "A, said X. Not everyone is convinced. Y said B": the sentence between announces two views;
                    # one that names who is not agreed with ("Not everyone agrees with the government") sets
                    # the next view against that one
                    opponent = self._dissent_object(dissent)
                    if opponent is not None and b.start > a.start and opponent not in self.allies(j):
                        s = self.t.sents[dissent]
                        self._add(self.allies(j), (opponent,), self.topics.topic_of[j] or "dissent",
                                  (_short(self._text(b)), self.actors.actors[opponent].name),
                                  ((s.start_char, s.end_char), (b.start, b.end)), (j,), "dissent")
                    else:
                        self._pair(i, j, "contrast")
                break
            judged = polarity[i] < 0 or a.oppose
            # the things the claim is against by the grammar of its own words (``_stance_on``)
            against = {key for key, sign in self._stance_on(i).items() if sign < 0}
            if not judged and not against:
                continue
            side = self.allies(i)
            for other in self._named_in(i) if judged else ():
                # a claim against someone it names: the object of its opposition verb, the
                # subject of a negated verb, or the actor a negative judgement is about
                if other not in side and self._against(i, other):
                    span = (a.start, a.end)
                    self._add(side, (other,), self.topics.topic_of[i], (_short(self._text(a)), ""), (span,),
                              (i,), "named")
            # a claim against a thing whose author its own words name ("the closure ordered by Y will hurt
            # children", "la fermeture décidée par Y va pénaliser des enfants"), or that it takes up by a
            # demonstrative ("this plan is unfair", « ce projet est injuste »): against that author or owner
            for other, rule in self._behind_things(i, against):
                if other not in side:
                    self._add(side, (other,), self.topics.topic_of[i], (_short(self._text(a)), ""),
                              ((a.start, a.end),), (i,), rule)
            # opposite stances on one topic: one claim is against a thing (by the grammar of its
            # own words) that another speaker's claim is for
            if against:
                shared = [j for j, b in enumerate(claims) if b.speaker not in side and not self._overlaps(i, j)
                          and any(sign > 0 and self._alike(key, mine) for key, sign in self._stance_on(j).items()
                                  for mine in against)]
                if shared:
                    self._pair(i, min(shared, key=lambda j: abs(claims[j].start - a.start)), "topic")
                else:
                    # or that another actor is told to stand for by a verb of support ("X and Y defended the
                    # curfew" … Z said "the curfew criminalises young people")
                    self._against_told_stance(i, against)
        self._reactions()
        return tuple(_merged(_without_allies(self.found), self.p.grammar.against_preps))

    @cached_property
    def protagonist(self) -> int | None:
        """The actor the article is about, worked out once per document: the first one the
        headline (else the lead, its first two sentences with a verb) names as the subject of a
        verb other than one of
        opposition, else the actor named most who acts (not only where
        something happens) and criticises no one."""
        first = self.t.sents[0].start if self.t.sents else 0
        lead = [s for s in self.t.sents if s.start_char >= self.t.body and any(t.pos_ == "VERB" for t in s)][:2]
        end = lead[-1].end if lead else first
        for tok in self.doc[first:end]:
            a = self.actors.at(tok.i)
            if a is None or self.actors.actors[a].kind not in _SIDES:
                continue
            head = self.p.state_phrase(self.actors.mention_head(tok))  # "the government of X": X's phrase
            # the doer: a subject, or a passive's agent ("X was dismissed by Y": Y, by its preposition)
            if not (self.p.has(head, "subject") or self.p.has(head, "agent") or head.dep_ == "agent"
                    or (head.dep_ == "pobj" and head.head.dep_ == "agent")):
                continue
            verb = head.head
            if verb.pos_ == "ADP":
                verb = verb.head
            if self.p.is_stative(verb) or self._against_thing(verb):
                # the subject of a state does nothing ("X is angry", « X est inquiet »); one who acts against
                # something reacts to it (« X manifeste contre la taxe », "X marched against the tax")
                continue
            # the subject of a verb of opposition reacts ("X condemns …"): a critic, not the one acted on —
            # unless what it rejects is a text put to it ("the Senate rejected a bill", « le Sénat a rejeté le
            # projet de loi »): that rejection is the act reported
            if not (self.p.is_oppose_verb(verb) or self.p.is_target_verb(verb)) or self._rejects_text(verb):
                return a
        critics = {c.speaker for c in self.claims if c.oppose}
        ranked = [k for k, x in enumerate(self.actors.actors)
                  if x.kind in _SIDES and x.named and x.acts and not x.located and k not in critics]
        return max(ranked, key=lambda k: (self.actors.actors[k].mentions, -self.actors.actors[k].first), default=None)

    def _reactions(self) -> None:
        """News reports an act and the reactions to it: a speaker whose words are cued by a
        verb of opposition ("X condemned the decision", "Y a dénoncé une mesure injuste")
        whose object names no actor is against whoever did what is criticised: its owner
        ("his decision", "la réforme de Z"), or the one who did it before by the same word,
        else the article's protagonist. All critics of one actor make one side."""
        lead = self.protagonist
        used = {k for d in self.found for k in d.claims}
        spans = [s for d in self.found for s in d.spans]
        taken = {a for d in self.found for side in d.sides for a in side}  # already opposed to someone
        critics: dict[int, list[int]] = {}
        for k, c in enumerate(self.claims):
            if k in used or any(a in taken for a in self.allies(k)) \
                    or any(_overlap((c.start, c.end), s) for s in spans):
                continue  # (nor words said together with one already opposed to someone: "dénoncée par X et Y")
            if not c.oppose:
                # people named by their opposition ("critics say …", "selon les détracteurs …")
                # speak against the one the article is about
                if self._critic_group(c.speaker):
                    # against whose critics they are ("Y's critics", "les détracteurs de Y"), else whom
                    # their words name ("critics say it is a ploy by Y"), else the protagonist
                    named = self._named_in(k)
                    whom = self._criticised_by_name(k)
                    if whom is None:
                        whom = named[0] if named else self._possessor_in(k)
                    if whom is None:
                        whom = lead
                    if whom is not None and whom != c.speaker and whom not in self.allies(k):
                        critics.setdefault(whom, []).append(k)
                else:
                    whom = self._judged_act(k)
                    if whom is None:
                        whom = self._judged_said(k)
                    if whom is None:
                        whom = self._decried(k)
                    if whom is not None and whom not in self.allies(k):
                        critics.setdefault(whom, []).append(k)
                continue
            cue = self.claims_cue(k)
            verb = self.doc[cue] if cue is not None else None
            if verb is None or self._negated_verb(verb) or self.t.quoted(verb) or self._sentenced(verb):
                continue
            target: int | None = None
            objects = [o for o in verb.children if self.p.has(o, "object") or self.p.has(o, "passive_subject")]
            if verb.pos_ == "NOUN" and verb.head.i != verb.i:  # the noun of a light verb ("exprimer son opposition")
                objects, verb = [verb], verb.head
            if self.p.has(verb, "adnominal") and verb.head.i != verb.i:
                objects.insert(0, verb.head)  # "the offensive, condemned by X", "la loi, dénoncée par X"
            if not objects:
                continue
            obj = objects[0]
            if self._interrogated(verb, obj):
                continue  # "police questioned the mayor": an interrogation
            if self.p.takes_words_object(verb) and self._names_actor(obj):
                continue  # "X dismissed the clerk Y": a firing, no criticism
            if fold(obj.text) in self.p.oppose_nouns:  # "X voiced its opposition to the plan", "à la position de Y"
                obj = next((n for holder in (obj, verb) for prep, n in self.p.pp_objects(holder)
                            if prep in self.p.grammar.opposed_preps), obj)
            target = self._actor_in(obj, exclude=c.speaker)
            if target is None and obj.pos_ == "NOUN":
                target = self._possessor(obj)
                if target is None:  # "the figures published by Y", "la réforme présentée par Y"
                    target = self._author(obj, exclude=c.speaker)
                if target is None:
                    target = self._owner(obj, c.speaker)
                if target is None:
                    target = self._taken_up_owner(obj, c.speaker)
                # an act already reported is taken up by a definite phrase ("the decision",
                # "cette mesure"); an indefinite one ("any act that …") names no one's act, nor one
                # told by whom it struck ("the attack on the mosque": its author is unknown) — but the critic's own
                # label for an act, quoted, may name whom it harms ("X denounced 'an attack on the poor'", « X a
                # dénoncé « une attaque contre les précaires » »)
                if target is None and ((self._taken_act(obj) and not self._struck(obj)) or self._labelled_act(obj)):
                    target = lead
            if target is None and obj is not objects[0] and self._labelled_act(objects[0]):
                target = lead  # (the label itself, when its complement of opposition named no one)
            if target is None or target == c.speaker or target in self.allies(k) or target in self._victims(obj):
                continue
            if any(self.actors.at(x.i) == target and self._party_to_conflict(x, verb) for x in obj.subtree):
                continue  # "X denied any rift with Y": the other party to a conflict denied
            critics.setdefault(target, []).append(k)
        for target, ks in critics.items():
            side = tuple(dict.fromkeys(a for k in ks for a in self.allies(k) if a != target))
            k = ks[0]
            # critics of one actor make one side: with those an act of criticism set against it
            joined = next((n for n, d in enumerate(self.found) if d.rule.startswith("act:")
                           and target in d.sides[1] and not self._compatriots(side, d.sides[1])), None)
            if joined is not None:
                d = self.found[joined]
                self.found[joined] = DisagreementRecord(
                    d.topic, (tuple(dict.fromkeys((*d.sides[0], *side))), d.sides[1]), d.stances,
                    (*d.spans, *((self.claims[x].start, self.claims[x].end) for x in ks)), (*d.claims, *ks), d.rule)
                continue
            # (the topic of the first of the critics' claims that has one, else the first's cue: « regrette »)
            cue = self.claims_cue(k)
            topic = next((t for x in ks if (t := self.topics.topic_of[x])), self.doc[cue].text if cue is not None
                         else "")
            self._add(side, (target,), topic,
                      (_short(self._text(self.claims[k])), f"criticised by {self.actors.actors[side[0]].name}"),
                      tuple((self.claims[x].start, self.claims[x].end) for x in ks), tuple(ks), "reaction")

    def _judged_act(self, k: int) -> int | None:
        """Who did what claim ``k`` judges by a demonstrative: a negative judgement of "this"
        ("X is doing …: this is dangerous", "until X apologises for this mistake", "c'est
        inacceptable", "cette erreur") takes up the act just told, and the actor the claim
        names as the subject of a verb did it; words that name no one, cued as a reaction (« …, a
        réagi X »), react to the protagonist's act. Nothing when the claim negates anything."""
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        if span is None or self._words(c) & self.p.negation:
            return None
        judged = False
        for w in span:
            if not self._judging_word(w) or w.pos_ not in {"NOUN", "ADJ"}:
                continue
            pred = w.head if w.pos_ == "ADJ" and self.p.has(w, "adj_mod") else w
            near = [*pred.children, *(x for x in (pred.head.children if pred.head.i != pred.i else ())
                                      if self.p.has(x, "subject"))]
            if any(fold(x.text) in self.p.demonstratives for x in near):
                judged = True
                break
        if not judged:
            return None
        named = self._named_in(k)
        for tok in span:
            a = self.actors.at(tok.i)
            if a is None or a == c.speaker or a not in named:
                continue
            head = tok
            while head.head.i != head.i and (self.actors.at(head.head.i) == a or head.dep_ == "compound"):
                head = head.head  # "the X newspaper apologised": through the noun X qualifies
            if self.p.has(head, "subject"):
                return a
        # words that name no one, cued as a reaction ("« C'est un déni de démocratie », a réagi X", "'This is
        # a disgrace,' X responded"): the act they react to is the one the article reports, its protagonist's
        cue = self.claims_cue(k)
        # (a reaction to a thing it names, "a réagi à …", "responded to …", reacts to that; a medium or an occasion,
        # "a réagi sur Twitter", names none)
        if not named and cue is not None and self.p.is_respond_word(self.doc[cue]) \
                and not any(prep in self.p.grammar.to_preps for prep, _ in self.p.pp_objects(self.doc[cue])) \
                and self.protagonist != c.speaker:
            return self.protagonist
        return None

    def _decried(self, k: int) -> int | None:
        """Whom words quoted with an incise verb of opposition that is against nothing of its own are against
        (« « … », a fustigé X », '"…," X fumed'): whom they name, else the act the article reports, its
        protagonist's. None for any other claim, or a verb negated or with an object or a complement."""
        c = self.claims[k]
        cue = self.claims_cue(k)
        verb = self.doc[cue] if cue is not None and c.kind == "direct" else None
        # (a participle the parser took for an adjective is the verb still, « s'est indignée X », and the inverted
        # subject it took for an object is the speaker: ``_speaker_slots``)
        speaking = self._speaker_slots(verb) if verb is not None else frozenset()
        if verb is None or verb.pos_ not in {"VERB", "ADJ"} or not self.p.is_oppose_verb(verb) \
                or self._negated_verb(verb) or self.p.pp_objects(verb) or c.end > verb.idx \
                or any(self.p.has(x, "object") and x.i not in speaking for x in verb.children):
            return None
        named = [a for a in self._named_in(k) if a != c.speaker]
        whom = named[0] if named else self.protagonist
        return whom if whom is not None and whom != c.speaker else None

    def _judged_said(self, k: int) -> int | None:
        """Whose words or act claim ``k`` judges: a negative judgement of a definite phrase that
        takes up what was said or done ("the figures are misleading", "these claims are false",
        "ces chiffres sont faux", "cette décision est une erreur") is against its owner — the
        one the phrase names, or who said or did it last. Nothing when the claim negates anything
        ("the figures are not false")."""
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        if span is None or self._words(c) & self.p.negation:
            return None
        inside = {t.i for t in span}
        for w in span:
            harm = w.pos_ == "VERB" and self.p.is_harm_verb(w) and not self._negated_verb(w)
            if (not self._judging_word(w) and not harm) or w.pos_ not in {"NOUN", "ADJ", "VERB"}:
                continue
            if harm:
                # "these rules will ruin us", "ces règles vont ruiner …" (the subject of the verb it completes)
                holders = [w, w.head] if self.p.has(w, "open_clause") and w.head.i != w.i else [w]
                nouns = [x for h in holders for x in h.children if self.p.has(x, "subject")]
            elif w.pos_ == "ADJ" and self.p.has(w, "adj_mod"):
                nouns = [w.head]  # "these false figures"
            else:
                pred = w.head if w.dep_ in {"acomp", "attr"} else w  # "the figures are false"
                nouns = [x for x in (*pred.children, *w.children) if self.p.has(x, "subject")]
            for noun in nouns:
                word = fold(noun.text)
                if noun.i not in inside or noun.pos_ != "NOUN" or not (
                        word in self.p.said_nouns or word in self.p.act_nouns) or not self._definite(noun):
                    continue
                whom = self._actor_in(noun, exclude=c.speaker)
                if whom is None:
                    whom = self._possessor(noun)
                if whom is None:
                    whom = self._author(noun, exclude=c.speaker)
                if whom is None:
                    whom = self._owner(noun, c.speaker)
                if whom is None and self._taken_act(noun) and not harm:
                    whom = self.protagonist  # "this decision": the act just reported, as for a reaction
                if whom is not None and whom != c.speaker:
                    return whom
        return None

    def _criticised_by_name(self, k: int) -> int | None:
        """Whom people named by their opposition are against, by the name itself: its possessor
        or its complement ("Y's critics", "opponents of Y", "les détracteurs de Y")."""
        c = self.claims[k]
        for tok in self.t.sents[c.sentence]:
            if self.actors.at(tok.i) != c.speaker or fold(tok.text) not in self.p.critics:
                continue
            for child in tok.children:
                if self.p.has(child, "possessive"):
                    a = self._actor_in(child, exclude=c.speaker)
                    if a is not None:
                        return a
            for prep, obj in self.p.pp_objects(tok):
                if prep in self.p.grammar.of_preps:
                    a = self._actor_in(obj, exclude=c.speaker)
                    if a is not None:
                        return a
        return None

    def _named_critics(self) -> list[tuple[int, int, tuple[int, int], str]]:
        """An actor named as a critic of another, by apposition or as a predicate: "X, a vocal
        critic of Y", "X is an opponent of Y", "X, farouche opposant au président Y" — the noun of
        a person by opposition (``oppose.critics``) whose "of/to" ("de/à") complement names Y, or a
        thing Y did or put forward ("X is a critic of the plan")."""
        out: list[tuple[int, int, tuple[int, int], str]] = []
        preps = self.p.grammar.of_preps | self.p.grammar.opposed_preps
        for i, word in enumerate(self.t.folded):
            if word not in self.p.critics or self.t.pos[i] not in {"NOUN", "VERB", "ADJ"}:
                continue
            tok = self.doc[i]
            if self.t.headline(tok) or self.t.quoted(tok) or self.actors.at(i) is not None:
                continue
            named = tok
            while named.dep_ in {"acl", "amod"} and self.actors.at(named.head.i) is None and named.head.i != named.i \
                    and named.head.dep_ in {"acl", "amod"}:
                named = named.head  # "X, farouche opposant à Y", the participle read under its adjective
            if self.p.has(tok, "apposition") or (named.dep_ in {"acl", "amod"}
                                                 and self.actors.at(named.head.i) is not None):
                # "X, a critic of Y"; "X, opposant à Y" (a participle read as the name's clause)
                holder = self._actor_in(named.head)
            elif any(self.p.has(c, "subject") for c in tok.children):  # "X est un opposant de Y" (UD)
                holder = self._actor_in(next(c for c in tok.children if self.p.has(c, "subject")))
            elif tok.dep_ in {"attr", "oprd"}:  # "X is a critic of Y"
                holder = self._subject(tok.head)
            else:
                continue
            if holder is None:
                continue
            for prep, obj in self.p.pp_objects(tok):
                if prep not in preps:
                    continue
                # the one named, a body or a role taken up ("un opposant au ministre"), or the author or owner of
                # the thing named ("a critic of the plan": of whoever put the plan forward)
                other = self._actor_named(obj, exclude=holder)
                if other is None and obj.pos_ == "NOUN":
                    other = self._author(obj, exclude=holder)
                    if other is None:
                        other = self._owner(obj, holder)
                if other is not None and other != holder:
                    end = obj.right_edge
                    out.append((holder, other, (tok.left_edge.idx, end.idx + len(end.text)), tok.text))
                    break
        return out

    def _possessor_in(self, k: int) -> int | None:
        """The actor a possessive pronoun of claim ``k`` takes up, outside any quotation ("critics say his
        policies …", "selon ses détracteurs, sa réforme …"): the first one that names someone other than
        the speaker."""
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        for tok in span if span is not None else []:
            if fold(tok.text) not in self.p.possessives or self.t.quoted(tok) or tok.head.pos_ != "NOUN":
                continue
            a = self.speakers.speaker(tok)
            if a is not None and a != c.speaker and self.actors.actors[a].kind in _SIDES:
                return a
        return None

    def _critic_group(self, a: int) -> bool:
        """Whether actor ``a`` is named by its opposition ("critics", "les opposants")."""
        return any(fold(w) in self.p.critics for w in self.actors.actors[a].name.split())

    def _struck(self, noun: Any) -> bool:
        """Whether a noun of an act names what it struck ("the attack on the mosque", "l'attaque
        contre le convoi"): a complement of its patient preposition."""
        return any(prep in self.p.grammar.patient_preps for prep, _ in self.p.pp_objects(noun))

    def _taken_act(self, noun: Any) -> bool:
        """Whether a noun phrase takes up an act already reported: a definite phrase ("the
        decision", "cette mesure") whose noun names an act, a decision or a proposal (profile
        ``oppose.act_nouns``), not a thing ("the road"). A definite article takes up only what
        was told before (a demonstrative always points back): the noun, or a word of its family
        ("decided" for "the decision", "réformer" for "la réforme"), earlier in the text,
        headline included."""
        if fold(noun.text) not in self.p.act_nouns or not self._definite(noun):
            return False
        if any(fold(c.text) in self.p.demonstratives for c in noun.children):
            return True
        return self._told_before(noun)

    def _labelled_act(self, noun: Any) -> bool:
        """Whether an indefinite noun of an act, quoted, names an act told before by the critic's own
        label for it ("X a dénoncé un « passage en force »", "X denounced a 'power grab'"): a
        quotation marks the words as a characterization of what happened, not a new act."""
        return not self._definite(noun) and self.t.quoted(noun) and self._told_before(noun)

    def _told_before(self, noun: Any) -> bool:
        """Whether the text told of an act before ``noun``: a word of its family (sharing its
        stem: all but the last three letters, at least four) as a noun or a verb, or an actor
        doing something or done something to — the subject of a verb that neither reports speech
        nor states what is ("the mayor banned cars … the decision", "X was fired … the decision")."""
        word = fold(noun.text)
        stem = word[: max(4, len(word) - 3)]
        for t in self.doc[: noun.i]:
            if t.pos_ in {"NOUN", "VERB", "PROPN"} and fold(t.text).startswith(stem):
                return True
            if t.pos_ == "VERB" and not self.p.is_stative(t) and not self.t.quoted(t) \
                    and any((self.p.has(c, "subject") or self.p.has(c, "passive_subject"))
                            and self._doer(c) is not None for c in t.children) \
                    and (not self.p.is_reporting_verb(t) or self.p.enacts(t) or self._rejects_text(t) or (
                        not self.p.is_oppose_verb(t) and any(self.p.has(c, "object") and c.pos_ == "NOUN"
                                                             for c in t.children))):
                # (a verb of saying tells of an act when what it says is a noun: "the government
                # announced an increase … the measure", "X a annoncé une hausse … la mesure"; not
                # one that opposes it: "X condemned the reform" tells of no reform — but rejecting a text
                # put to a vote is one: "the Senate rejected the bill … the vote"; and announcing is
                # an act whatever is announced: "the governor announced that the hospitals would close")
                return True
        return False

    def _doer(self, subject: Any) -> int | None:
        """The actor a subject names: its own, or the state whose government it names ("the government of X",
        « le gouvernement de X »)."""
        a = self.actors.at(subject.i)
        if a is None and fold(subject.text) in self.p.state_nouns:
            a = next((x for c in subject.subtree if c.i != subject.i and self.p.state_phrase(c).i == subject.i
                      and (x := self.actors.at(c.i)) is not None), None)
        return a

    def _rejects_text(self, verb: Any) -> bool:
        """Whether an opposition verb's object is a text put to its subject ("the Senate rejected a bill",
        « le Sénat a rejeté le projet de loi », ``titles.documents``): the rejection is an act of its own, the
        one news reports, not a reaction to someone's words."""
        # (the text's noun may complete the object's: « le projet de loi », "the draft law")
        of = self.p.grammar.of_preps
        return self.p.is_oppose_verb(verb) and any(
            self.p.has(c, "object") and (fold(c.text) in self.p.documents or any(
                fold(n.text) in self.p.documents for prep, n in self.p.pp_objects(c) if prep in of))
            for c in verb.children)

    def _definite(self, noun: Any) -> bool:
        """Whether a noun phrase is definite: a definite or demonstrative article, a possessive."""
        return any((self.p.has(c, "det") and (fold(c.text) in self.p.anaphoric or "Yes" in c.morph.get("Poss")))
                   or self.p.has(c, "possessive") for c in noun.children)

    def polarity(self, k: int) -> int:
        """-1 when claim ``k`` is against what it names, 1 when for it, 0 when it only states:
        judgement words of either pole (``oppose.words``, ``oppose.positive``), the cue's
        verb (opposition or support), and negation, which turns the judgement round (a
        negated statement is against)."""
        c = self.claims[k]
        words = self._words(c) - self._asked_words(c)
        score = len(words & self.p.positive) - len(words & self.p.oppose_words)
        if words & self.p.negation and not (score < 0 and self._refuses_judged(c)):
            score = -score if score else -1
        cue = self.doc[self.claims_cue(k)] if self.claims_cue(k) is not None else None
        if c.oppose:
            score -= 2
        elif cue is not None and self.p.is_support_verb(cue):
            score += 1
        return (score > 0) - (score < 0)

    def _asked_words(self, c: ClaimRecord) -> set[str]:
        """The words of claim ``c`` that only a question holds ("to determine whether the actions
        qualified as fraud", "de savoir si le budget est insincère"): what is asked about is judged by
        no one, unless the claim says it besides."""
        span = self.t.span_tokens(c.start, c.end)
        asked: set[int] = set()
        for tok in span if span is not None else []:
            if any(self.p.has(m, "mark") and fold(m.text) in self.p.grammar.question_marks for m in tok.children):
                asked.update(t.i for t in tok.subtree)
        if not asked:
            return set()
        told = {self.t.folded[t.i] for t in span if t.i not in asked}
        return {self.t.folded[i] for i in asked} - told

    def _refuses_judged(self, c: ClaimRecord) -> bool:
        """Whether the negation of claim ``c`` negates a verb of agreement whose object holds a
        negative judgement ("we do not share Y's folly", "nous n'acceptons pas les mensonges de
        Y"): refusing what is judged bad stays against it, the negation turns nothing round."""
        span = self.t.span_tokens(c.start, c.end)
        for verb in span if span is not None else []:
            if verb.pos_ != "VERB" or not self.p.agrees(verb) or not any(self._negates(x) for x in verb.children):
                continue
            if any(self.p.has(o, "object") and any(self._judging_word(w) for w in o.subtree)
                   for o in verb.children):
                return True
        return False

    def _named_in(self, k: int) -> list[int]:
        """Actors other than the speaker named in claim ``k`` (persons, bodies, states)."""
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        speakers = {x.speaker for x in self.claims}
        owners = self._judged_owners(span) | self._judged_doers(span) if span is not None else frozenset()
        out: list[int] = []
        for tok in span if span is not None else []:
            a = self._refers(tok)
            if a is None or a == c.speaker or a in out:
                continue
            info = self.actors.actors[a]
            # an actor of the article: one who speaks, or acts and recurs, or a person named by a full
            # name, even once in someone's words ("X said Jane Roe had lied"); never a body or a state only
            # named in someone's words (the place or the setting of what is said), unless what is judged is theirs
            # or they are who the judgement is said of (``_judged_owners``, ``_judged_doers``)
            # (or a body or an office holder the article names by a definite description, "the ministry",
            # "le gouvernement", when it speaks: the description refers as a name does, see ``_refers``)
            if (info.named or a in self._descriptions.values()) \
                    and info.kind in {"person", "organization", "country", "group"} and (
                    a in speakers or (info.acts and info.mentions >= 2 and not info.quoted)
                    or (info.kind == "person" and len(info.name.split()) >= 2 and not info.thing)
                    or self.actors.mention_head(tok).i in owners):
                out.append(a)
        return out

    def _judged_owners(self, span: Any) -> frozenset[int]:
        """The tokens of ``span`` that own one of its nouns of negative judgement, as its possessor
        or its "of"/"de" complement ("les bêtises de Y", "the folly of Y", "Y's lies"): an actor whose
        mention heads one of them is judged for what it did or said, whoever it is — not a place or
        a setting of what is said ("a crime at the court")."""
        owners: set[int] = set()
        for w in span:
            if w.pos_ != "NOUN" or not self._judging_word(w):
                continue
            owners.update(x.i for x in self.p.owners(w))
        return frozenset(owners)

    def _negated_about(self, k: int, other: int) -> bool:
        """Whether claim ``k`` negates what it says of ``other``: a negation on the verb that
        governs the mention of ``other`` (or on the verb coordinated with it)."""
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        for tok in span if span is not None else []:
            if self._refers(tok) != other:
                continue
            verb, below = tok, tok
            without = False
            for _ in range(6):  # the verb governing the mention, through its noun phrase
                if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                    break
                # "sans X", "without X": a negation of its own ("not … without X" is for X)
                without = without or any(self.p.has(c, "case") or c.dep_ == "prep" for c in verb.children
                                         if fold(c.text) in self.p.negation)
                below, verb = verb, verb.head
            if verb.pos_ not in {"VERB", "AUX"} or without or (below.dep_ == "pobj"
                                                                and fold(below.head.text) in self.p.negation):
                continue
            # the actor itself does not ("Y n'a jamais tenu ses promesses"), not something of
            # theirs ("l'avenir de Y ne se jouera pas sans …" is no stance against Y)
            if not self.p.has(below, "subject") or self._refers(below) != other:
                continue
            if self._foretold(verb):
                continue  # "Y will not give in", "Y ne cédera pas": a forecast, no reproach
            negations = [t for t in verb.children if fold(t.text) in self.p.negation]
            restricted = any(self._only(t) for t in negations) or any(  # "ne … plus que" restricts
                fold(t.text) in self.p.grammar.only for t in self.doc[verb.i + 1 : verb.i + 3])
            # (a verb of saying negated tells what Y left unsaid, no reproach: "Y did not say how many", "Y n'a
            # pas précisé …")
            if negations and not restricted and not self.p.is_reporting_verb(verb):
                return True
            # "X promised new housing but never built any": the negated verb shares X as subject
            if self.p.has(below, "subject") and any(
                    fold(t.text) in self.p.negation for g in verb.children if self.p.has(g, "conj")
                    and not any(self.p.has(x, "subject") for x in g.children) and not self.p.is_reporting_verb(g)
                    for t in g.children):
                return True
        return False

    def claims_cue(self, k: int) -> int | None:
        """The token of claim ``k``'s cue word, when it has one in its sentence."""
        c = self.claims[k]
        if not c.cue:
            return None
        sent = self.t.sents[c.sentence]
        last = c.cue.split()[-1]
        words = self.t.words
        return next((i for i in range(sent.start, sent.end) if words[i] == last), None)

    def _overlaps(self, i: int, j: int) -> bool:
        a, b = self.claims[i], self.claims[j]
        return b.start < a.end and a.start < b.end

    def _stance_on(self, k: int) -> dict[str, int]:
        """The things claim ``k`` takes a stance on by the grammar of its own words, each with its
        sign (-1 against, 1 for): a common noun naming a thing (never an actor) that is the object
        of the claim's verb of opposition or support, or of such a verb inside the claim ("X
        rejected the reform", "we defend the reform"), the object of "against"/"for" ("contre",
        "pour"), or what a judgement word is about ("the reform is a disaster", "la réforme est
        juste"); a negation on the verb or the predicate turns the sign round. Cached."""
        cache = self._stance_cache
        if k in cache:
            return cache[k]
        out: dict[str, int] = {}
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        cue = self.claims_cue(k)
        verbs = [t for t in span if t.pos_ == "VERB"] if span is not None else []
        if cue is not None:
            verbs.append(self.doc[cue])

        def verb_sign(verb: Any) -> int:
            sign = -1 if (verb.i == cue and c.oppose) or self.p.is_oppose_verb(verb) or self.p.is_target_verb(verb) \
                else 1 if self.p.is_support_verb(verb) else 0
            return -sign if sign and self._negated_verb(verb) else sign

        # each verb's sign, and the words of judgement, once for all the claim's nouns
        signed = [(verb, sign) for verb in verbs if (sign := verb_sign(verb))]
        judgements = []
        for w in span if span is not None else []:
            pole = -1 if self._judging_word(w) else 1 if self.t.listed(w.i, self.p.positive) else 0
            if pole and w.pos_ in {"ADJ", "NOUN"}:
                judgements.append((w, pole))
        for noun in span if span is not None else []:
            key = self._thing_key(noun)
            if key is None:
                continue
            sign = 0
            if not self.p.has(noun, "subject"):
                # the first verb of opposition or support whose object the noun is in
                sign = next((s for verb, s in signed if self._governs(verb, noun)), 0)
            if not sign:
                # "against the tax", "contre la réforme"; "for" only where the verb says so ("vote for",
                # "call for", "plaider pour"), not "apologise for", "blame Y for"
                prep = noun.head if noun.dep_ == "pobj" else next(
                    (g for g in noun.children if self.p.has(g, "case")), None)
                word = fold(prep.text) if prep is not None else ""
                holder = prep.head if noun.dep_ == "pobj" and prep is not None else noun.head
                if word in self.p.grammar.against_preps:
                    sign = -1
                elif word in self.p.grammar.for_preps and holder.pos_ == "VERB" and (
                        self.p.content_preposition(holder, word) or self.p.is_support_verb(holder)):
                    sign = 1
            if not sign:
                for w, pole in judgements:
                    if w.i != noun.i and self._judges(w, noun):
                        negated = any(self._negates(x) for t in (w, w.head) for x in t.children)
                        sign = -pole if negated else pole
                        break
            if not sign and self.p.has(noun, "subject"):
                # the thing that harms or that helps ("the plan would ruin farms", "la réforme va
                # détruire des emplois", "the law will protect rivers"), the verb or its infinitive
                for verb in (noun.head, *(x for x in noun.head.children if self.p.has(x, "open_clause"))):
                    pole = -1 if self.p.is_harm_verb(verb) else 1 if self.p.is_benefit_verb(verb) else 0
                    if verb.pos_ == "VERB" and pole:
                        sign = -pole if self._negated_verb(verb) or self._negated_verb(noun.head) else pole
                        break
            if sign:
                out.setdefault(key, sign)
        cache[k] = out
        return out

    def _pair(self, i: int, j: int, rule: str = "") -> None:
        a, b = self.claims[i], self.claims[j]
        if b.start < a.end and a.start < b.end:
            return
        topic = self.topics.topic_of[i] or self.topics.topic_of[j]
        self._add(self.allies(i), self.allies(j), topic, (_short(self._text(a)), _short(self._text(b))),
                  ((a.start, a.end), (b.start, b.end)), (i, j), rule)

    # ------------------------------------------------------------ stances on one thing
    def _stances(self) -> list[tuple[int, int, str, Any, Any]]:
        """What actors say or do for or against a thing the article names: the subject of a
        verb of opposition (against) or support (for) whose object is a common noun, never
        an actor ("X criticised the decision", "Y defended his decision", "Z a soutenu le
        projet"); a negated verb takes no stance. Each is (actor, sign, key, verb, object):
        the key is the noun folded (two keys are one thing when they are forms of one word, ``_alike``)."""
        out: list[tuple[int, int, str, Any, Any]] = []
        for i, pos in enumerate(self.t.pos):
            if pos != "VERB":
                continue
            verb = self.doc[i]
            if self.t.headline(verb) or self.t.quoted(verb) or self._negated_verb(verb):
                continue
            # "X called for the ban", "X warned against the ban", "Y a milité contre le projet"
            marked = any(g.dep_ in {"prep", "case"} and fold(g.text) in self.p.grammar.stance_preps
                         for c in verb.children for g in (c, *c.children))
            for prep, noun in self.p.pp_objects(verb) if marked else []:
                if not self.p.content_preposition(verb, prep):
                    continue
                # a verb of opposition is against what it governs, whatever its preposition ("s'opposer
                # au projet"); "for" is for ("argue for"), "against" against
                opposing = (self.p.is_oppose_verb(verb) or self.p.is_target_verb(verb)) \
                    and prep not in self.p.grammar.for_preps
                sign = -1 if prep in self.p.grammar.against_preps or opposing \
                    else 1 if prep in self.p.grammar.stance_preps else 0
                key = self._thing(noun) if sign else None
                actor = self._subject(verb) if key is not None else None
                if key is not None and actor is not None and self.actors.actors[actor].kind in _SIDES:
                    out.append((actor, sign, key, verb, noun))
            if self.p.is_target_verb(verb) or self.p.is_oppose_verb(verb):
                sign = -1
            elif self.p.is_support_verb(verb) and fold(verb.text) not in self.p.grammar.for_preps:
                sign = 1
            else:
                continue
            passive = self.p.agent_of(verb) is not None
            for obj in verb.children:
                if not (self.p.has(obj, "object") or (passive and self.p.has(obj, "passive_subject"))):
                    continue
                key = self._thing_key(obj)
                if key is None:
                    continue
                actor = self._subject(verb)
                if actor is not None and self.actors.actors[actor].kind in _SIDES:
                    out.append((actor, sign, key, verb, obj))
        return out

    def _thing_key(self, tok: Any) -> str | None:
        """The key of the thing a word of a claim names (``_thing``), read through reference: a
        third-person pronoun that names no actor ("it", "il", "elle") takes up its antecedent
        (``_antecedent``); a definite noun of an act that names it for the first time ("the
        measure", "le texte") takes up the last act named before it ("the new water plan … the
        measure")."""
        if tok.i in self._key_cache:
            return self._key_cache[tok.i]
        key = self._thing_key_of(tok)
        self._key_cache[tok.i] = key
        return key

    def _thing_key_of(self, tok: Any) -> str | None:
        if tok.pos_ == "PRON":
            ante = self._antecedent(tok)
            return self._thing_key(ante) if ante is not None else None
        key = self._thing(tok)
        if key is None:
            return None
        before = self._act_taken_up(tok)
        return self._thing(before) if before is not None else key

    def _act_taken_up(self, tok: Any) -> Any:
        """The act a definite noun of an act takes up when it names it for the first time ("the new water plan
        … the measure", "le projet de Z … le texte"): the last noun of an act, a subject or an object, in its
        sentence or the two before; none for a noun with a possessive ("his decision": whose, not which) or one
        told before by its own word or a word of its family ("decided … the decision")."""
        key = self._thing(tok)
        if key is None or key not in self.p.act_nouns or not self._definite(tok) or self._said_noun(tok):
            return None
        if any("Yes" in c.morph.get("Poss") or self.p.has(c, "possessive") for c in tok.children):
            return None
        stem = key[: max(4, len(key) - 3)]
        if any(t.pos_ in {"NOUN", "VERB"} and fold(t.text).startswith(stem) for t in self.doc[: tok.i]):
            return None
        first = self.t.sent_no(tok)
        found = next((t for t in reversed(self.doc[self.t.sents[max(0, first - 2)].start : tok.i])
                      if t.pos_ == "NOUN" and fold(t.text) in self.p.act_nouns and not self.t.headline(t)
                      and self._thing(t) is not None and not self._said_noun(t) and not self._no_referent(t)
                      and (self.p.has(t, "subject") or self.p.has(t, "passive_subject") or self.p.has(t, "object"))),
                     None)
        # an act inside the phrase of another is part of it: the outer one is taken up ("Y's decision to
        # postpone the election … the move": the decision)
        outer = found
        while outer is not None and outer.head.i != outer.i:
            outer = outer.head
            if outer.pos_ == "NOUN" and fold(outer.text) in self.p.act_nouns:
                found = outer
        return found

    def _taken_up_owner(self, noun: Any, exclude: int) -> int | None:
        """Whose is the act a definite phrase takes up (``_act_taken_up``): its owner or its author ("Y's plan
        came under fire … X criticised the measure", "X condemned Y's decision … Z called the move a power grab",
        « le projet de Y … X a dénoncé le texte »), never ``exclude``."""
        ante = self._act_taken_up(noun)
        if ante is None:
            return None
        owner = self._possessor(ante)
        if owner is None:
            owner = self._author(ante, exclude=exclude)
        return owner if owner != exclude else None

    def _no_referent(self, noun: Any) -> bool:
        """Whether a noun phrase introduces nothing a later phrase could take up: a negative or free-choice
        determiner ("no choice", "any plan", « aucun projet », « tout plan »)."""
        return self._any(noun) or any(self.p.has(c, "det") and fold(c.text) in self.p.negation for c in noun.children)

    def _said_noun(self, tok: Any) -> bool:
        """A noun of an act of speech ("remarks", "figures", "propos"): not what a plan is."""
        return fold(tok.text) in self.p.said_nouns or fold(tok.text) in self.p.statement_nouns

    def _antecedent(self, pron: Any, passive: bool = False) -> Any:
        """What a third-person singular pronoun subject or object that names no actor takes up
        (with ``passive``, a passive's subject too): the nearest thing (``_thing``) before it in its
        sentence that is the subject or object of a verb, else the subject (then the object) of a
        clause of the sentence before — the most salient entity of the last utterance — agreeing
        with it in gender where the language marks it ("il" a masculine noun, "elle" a feminine one)."""
        if self.actors.at(pron.i) is not None or not (self.p.has(pron, "subject") or self.p.has(pron, "object")
                                                     or (passive and self.p.has(pron, "passive_subject"))):
            return None
        info = self.p.pronoun(pron)
        if info is None or info.number != "Sing" or info.gender not in {"Neut", "Masc", "Fem"}:
            return None

        def fits(t: Any) -> bool:
            if t.pos_ != "NOUN" or self._thing(t) is None or "Plur" in t.morph.get("Number"):
                return False
            if not (self.p.has(t, "subject") or self.p.has(t, "passive_subject") or self.p.has(t, "object")):
                return False
            gender = t.morph.get("Gender")
            return info.gender == "Neut" or not gender or info.gender in gender

        no = self.t.sent_no(pron)
        here = [t for t in self.doc[self.t.sents[no].start : pron.i] if fits(t)]
        if here:
            return here[-1]
        if no == 0 or self.t.headline(self.t.sents[no - 1][0]):
            return None
        there = [t for t in self.t.sents[no - 1] if fits(t)]
        subjects = [t for t in there if not self.p.has(t, "object")]
        return (subjects or there or [None])[0]

    def _thing(self, tok: Any) -> str | None:
        """The key of a common noun that names a thing, not an actor nor words said ("the
        claims") nor an opposition ("the criticism"), whose sides are the speakers': the noun
        folded (two keys name one thing when ``_alike``)."""
        word = fold(tok.text)
        if tok.pos_ != "NOUN" or self.actors.at(tok.i) is not None or len(word) < 3:
            return None
        if word in self.p.said_nouns or word in self.p.oppose_nouns or word in self.p.complaints:
            return None
        if self.p.is_role(word) or self.p.is_group(word):
            return None
        return word

    def _behind_things(self, k: int, against: set[str]) -> list[tuple[int, str]]:
        """Who is behind the things claim ``k`` is against by the grammar of its own words (``against``: the
        keys ``_stance_on`` signs -1), each with its rule: "authored", the author its words name, the agent of
        a participle or the subject of a relative clause qualifying the thing (``_author``: "the closure
        ordered by Y", "le plan que Y a présenté"); "taken up", the owner (``_owner``) of a thing named with a
        demonstrative determiner, which takes up a thing told before, as the subject of what judges it ("this
        plan is unfair", « ce projet est injuste », « cette réforme va détruire des emplois »; not a thing some
        other subject acts on: "warm water is eroding these ice shelves"). The authors come first."""
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end) if against else None
        authors: list[int] = []
        owners: list[int] = []
        for noun in span if span is not None else []:
            if self._thing_key(noun) not in against:
                continue
            # (not a thing its possessor owns: "Y's decision, which Z called a stunt" is Y's, not Z's)
            if self._possessor(noun) is None:
                # (or of its "of" complement, where the parser hangs the participle: "the closure of the schools
                # [ordered by Y]", as French hangs it on "de": "la fermeture des écoles [décidée par Y]")
                heads = [noun, *(o for prep, o in self.p.pp_objects(noun) if prep in self.p.grammar.of_preps)]
                a = next((x for h in heads if (x := self._author(h, exclude=c.speaker)) is not None), None)
                if a is not None and a not in authors:
                    authors.append(a)
            if self.p.has(noun, "subject") and any(
                    self.p.has(d, "det") and fold(d.text) in self.p.demonstratives for d in noun.children):
                o = self._owner(noun, c.speaker)
                if o is not None and o not in owners:
                    owners.append(o)
        return [(a, "authored") for a in authors] + [(o, "taken up") for o in owners]

    def _author(self, noun: Any, exclude: int | None = None) -> int | None:
        """Who did what a noun names by a clause qualifying it: the agent of a participle ("the
        strike called by Y", "la grève lancée par Y", also on the noun's own complement: "les
        tarifs de stationnement introduits par Y", or set off by a comma after it: "la fermeture,
        annoncée par Y"), or the subject of a relative clause whose object the noun is ("the plan
        that Y presented", "le plan que Y a présenté")."""
        nouns = [noun, *(c for c in noun.children if c.pos_ == "NOUN" and self.p.has(c, "nominal_mod"))]
        clauses = [c for n in nouns for c in n.children]
        if self.p.has(noun, "object") and noun.head.i != noun.i:
            # a participle set off after the object, read as the verb's adverbial clause
            clauses += [c for c in noun.head.children if c.i > noun.i and self.p.has(c, "adverbial_clause")
                        and "Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense")]
        for c in clauses:
            # (not the agent of an opposition: "a plan criticised by Y" is Y's criticism, not Y's plan)
            if c.pos_ != "VERB" or self.p.is_oppose_verb(c) or self.p.is_target_verb(c) or self._negated_verb(c):
                continue
            if self.p.has(c, "adnominal") or c.dep_ == "acl" or self.p.has(c, "adverbial_clause") \
                    or self.p.has(c, "relative"):
                agent = self.p.agent_of(c)
                a = self._actor_in(agent, exclude=exclude) if agent is not None else None
                if a is not None:
                    return a
            if self.p.has(c, "relative") and c.head.i == noun.i:
                # the relative clause's subject, a name (not the relative pronoun: "the plan which hurt Y")
                subj = next((s for s in c.children if self.p.has(s, "subject")), None)
                if subj is not None and fold(subj.text) not in self.p.grammar.relatives:
                    a = self._actor_in(subj, exclude=exclude)
                    if a is not None:
                        return a
        return None

    def _against_thing(self, verb: Any, tok: Any = None) -> bool:
        """Whether ``verb`` acts against something by its complement ("marched against the tax", « manifeste
        contre la taxe »), any verb: against ``tok``, when given, at any depth of that complement."""
        return any(prep in self.p.grammar.against_preps and (tok is None or tok in obj.subtree)
                   for prep, obj in self.p.pp_objects(verb))

    def _possessor(self, noun: Any) -> int | None:
        """Whose a thing is by its phrase: a possessive ("his decision", "Y's plan", "son
        projet") or an agent ("the decision by Y", "le projet de Y")."""
        for c in noun.children:
            if "Yes" in c.morph.get("Poss") and c.pos_ in {"DET", "PRON"}:
                # "his plan", "sa réforme": the speaker whose words hold it, or the subject
                # of the verb it is the object of
                said = next((x.speaker for x in self.claims if x.start <= noun.idx < x.end), None)
                if said is not None:
                    return said
                subject = self._subject(noun.head) if noun.head.pos_ == "VERB" else None
                owner = self.p.possessives.get(fold(c.text))
                if subject is not None and owner is not None and owner.gender in {"Masc", "Fem"} \
                        and self.actors.actors[subject].gender not in {None, owner.gender}:
                    # ("X does not share his optimism", X a woman: "his" is someone else's, taken up as a pronoun)
                    return self.speakers.speaker(c)
                return subject
            if self.p.has(c, "possessive"):
                return self.speakers.speaker(c)
        for prep, obj in self.p.pp_objects(noun):
            if prep in self.p.grammar.agent_preps | self.p.grammar.of_preps:
                a = self._actor_in(obj)
                if a is not None:
                    return a
        return None

    def _opposite_stances(self) -> None:
        """Two actors on opposite sides of one thing: one against what the other is for
        ("X criticised the reform" … "Y defended the reform"), or against what the article
        makes the other's ("X opposed the plan" … "Y's plan", "le plan de Y")."""
        stances = self._stances()
        if not any(sign < 0 for _, sign, _, _, _ in stances):
            return
        things: dict[str, list[Any]] = {}
        wanted = {key[:3] for _, sign, key, _, _ in stances if sign < 0}
        for i, word in enumerate(self.t.folded):
            if word[:3] not in wanted or self.t.pos[i] != "NOUN":
                continue
            tok = self.doc[i]
            if not self.t.headline(tok):
                key = self._thing(tok)
                if key is not None:
                    things.setdefault(key, []).append(tok)
        for actor, sign, key, verb, obj in stances:
            if sign > 0:
                continue
            span = (min(verb.idx, obj.left_edge.idx), obj.right_edge.idx + len(obj.right_edge.text))
            for other, sign2, key2, verb2, obj2 in stances:
                if sign2 > 0 and self._alike(key2, key) and other != actor:
                    span2 = (min(verb2.idx, obj2.left_edge.idx), obj2.right_edge.idx + len(obj2.right_edge.text))
                    self._add((actor,), (other,), obj.text, (self.t.text[span[0]:span[1]],
                                                             self.t.text[span2[0]:span2[1]]),
                              (span, span2), (), "stance")
            for tok in (t for k, ts in things.items() if self._alike(k, key) for t in ts):
                if tok.i == obj.i:
                    continue
                # (one named in the phrase of a thing undergone undergoes it, no author of it: "the arrest of Y" …
                # "X condemned the arrest")
                owner = None if fold(tok.text) in self.p.undergone else self._possessor(tok)
                if owner is not None and self._named_apart(tok, obj, owner):
                    continue  # "the Velmar plant of Japan" is not "the nuclear plant" X opposes
                if owner is not None and owner != actor and self.actors.actors[owner].kind in _SIDES:
                    self._add((actor,), (owner,), obj.text, (self.t.text[span[0]:span[1]], ""), (span,), (),
                              "owner")
                    break

    def _against_told_stance(self, i: int, against: set[str]) -> None:
        """Claim ``i``, against things by the grammar of its words, set against the nearest actor the narration
        tells stands for one of them (``_stances``: "X defended the curfew", « Y a soutenu le projet »), with
        those told so with it ("X and Y jointly defended …"), none of them on the claim's side."""
        a = self.claims[i]
        side = self.allies(i)
        told = [(actor, verb, obj) for actor, sign, key, verb, obj in self._stances()
                if sign > 0 and actor not in side and any(self._alike(key, mine) for mine in against)
                and not a.start <= verb.idx < a.end]
        if not told:
            return
        actor, verb, obj = min(told, key=lambda x: abs(x[1].idx - a.start))
        others = tuple(x for x in dict.fromkeys((actor, *self._co_subjects(verb, actor))) if x not in side)
        span = (min(verb.idx, obj.left_edge.idx), obj.right_edge.idx + len(obj.right_edge.text))
        self._add(side, others, obj.text, (_short(self._text(a)), self.t.text[span[0]:span[1]]),
                  ((a.start, a.end), span), (i,), "stance")

    def _named_apart(self, tok: Any, obj: Any, owner: int) -> bool:
        """Whether the thing ``tok`` names is told apart from the thing ``obj`` by a name among its modifiers
        that ``obj``'s lack (not its owner's: "the ill-fated Velmar nuclear plant of Japan" is another plant
        than "the nuclear plant" opposed): another thing of the same kind."""
        def names(noun: Any) -> set[str]:
            return {fold(c.text) for c in noun.children if c.i < noun.i and c.pos_ == "PROPN"
                    and self.actors.at(c.i) != owner}
        return bool(names(tok) - names(obj))

    def _proposition(self, k: int) -> tuple[str, str, bool] | None:
        """What claim ``k`` asserts at its head, as (subject, predicate, negated): the head
        of the claim's words with a subject of its own, the predicate being the adjective or
        noun after a copula ("the bridge is not safe": bridge, safe, negated; "le pont
        n'est pas sûr" alike), else the verb."""
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        if span is None:
            return None
        inside = {t.i for t in span}
        heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]
        root = next((t for t in heads if t.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}
                     and any(self.p.has(x, "subject") for x in t.children)), None)
        if root is None:
            # "X called the tax illegal", "X a jugé la taxe illégale": the object and what the verb
            # outside the claim predicates of it
            obj = next((t for t in heads if self.p.has(t, "object")), None)
            if obj is not None:
                pred = next((t for t in heads if t.pos_ in {"ADJ", "NOUN"} and t.head.i == obj.head.i and t.i > obj.i
                             and (t.dep_ in {"oprd", "ccomp", "xcomp", "acomp"} or self.p.has(t, "predicative"))),
                            None)
            else:
                # (the parser may hang the object on its predicate: "called [the tax] illegal")
                pred = next((t for t in heads if t.pos_ == "ADJ" and t.dep_ in {"oprd", "xcomp", "ccomp"}), None)
                obj = next((x for x in pred.children if x.i < pred.i and x.pos_ in {"NOUN", "PROPN"}
                            and x.dep_ in {"compound", "nsubj", "dobj"}), None) if pred is not None else None
            if obj is None or pred is None or obj.pos_ == "PRON":
                return None
            who = self.actors.at(obj.i)
            return (f"@{who}" if who is not None else self._key(obj)), self._key(pred), False
        pred = root
        if root.pos_ == "AUX" or fold(root.lemma_) in self.p.grammar.copulas:
            pred = next((x for x in root.children if x.dep_ in {"acomp", "attr", "oprd"}), root)
        subject = next(x for x in root.children if self.p.has(x, "subject"))
        who = self.actors.at(subject.i)
        skey = f"@{who}" if who is not None else self._key(subject)
        negated = any(self._negates(x) for t in {root, pred} for x in t.children)
        if self.p.pronoun(subject) is not None or subject.pos_ == "PRON":
            skey = ""  # "they", "il": no subject to compare, the predicate still counts
        return skey, self._key(pred), negated

    @staticmethod
    def _key(tok: Any) -> str:
        return fold(tok.text)

    @staticmethod
    def _alike(a: str, b: str) -> bool:
        """Two forms of one word: a common beginning of five letters, or of all the shorter
        word but its last letter ("rape"/"raped", "sûr"/"sûre", "assault"/"assaulted",
        "tax"/"taxes") followed by at most three letters (an ending, not a compound: "fire" is
        not "firefighters"). The stage's one notion of the same word: things stood for or against,
        the noun that takes up an act, the predicates of two claims."""
        if not a or not b:
            return False
        common = 0
        for x, y in zip(a, b, strict=False):
            if x != y:
                break
            common += 1
        if common >= 5:
            return True
        # a short word and its inflection, not a compound it begins ("fire" / "firefighters"); an ending that
        # changes the last letter lengthens the word ("deny" / "denies"): "fair" and "fail" are two words
        short = min(len(a), len(b))
        return common >= 3 and (common >= short or (common == short - 1 and len(a) != len(b))) \
            and max(len(a), len(b)) - common <= 3

    def _denies(self, a: str, b: str) -> bool:
        """Whether predicate ``a`` is ``b`` with a prefix that negates it ("unsafe" / "safe",
        "illégale" / "légale"; ``grammar.negative_prefixes``)."""
        return any(a.startswith(pre) and len(a) - len(pre) >= 4 and self._alike(a[len(pre):], b)
                   for pre in self.p.grammar.negative_prefixes)

    def _contradictions(self) -> None:
        """One asserts P, the other not-P: two speakers' claims whose heads say the same
        predicate of the same subject, one negated ("the bridge is safe" / "the bridge is
        not safe", "le pont est sûr" / "le pont n'est pas sûr")."""
        props = [self._proposition(k) for k in range(len(self.claims))]
        denied = [self._denied(k) for k in range(len(self.claims))]
        for i, a in enumerate(props):
            if a is None and not denied[i]:
                continue
            side = self.allies(i)
            for j in range(len(props)):
                b = props[j]
                if b is None or j == i or self.claims[j].speaker in side:
                    continue
                same = a is not None and bool(a[0]) and (a[0] == b[0] or self._alike(a[0], b[0]))
                if (j > i and same and a is not None and (
                        (self._alike(a[1], b[1]) and a[2] != b[2])
                        or (a[2] == b[2] and (self._denies(a[1], b[1]) or self._denies(b[1], a[1]))))) \
                        or (not b[2] and any(self._alike(b[1], w) for w in denied[i])):
                    self._pair(i, j, "contradiction")
        # the same befalls the same thing in one, not in the other ("troops defeated the militia" / "the
        # militia is not defeated"), done by the same doer if both name one ("we wash our hands" / "most
        # people do not wash their hands" are two facts, no contradiction)
        themes = [self._themes(k) for k in range(len(self.claims))]
        for i in range(len(themes)):
            side = self.allies(i)
            for j in range(i + 1, len(themes)):
                if self.claims[j].speaker in side or self._overlaps(i, j):
                    continue
                if any(x[0] == y[0] and self._alike(x[1], y[1]) and x[2] != y[2]
                       and (not x[3] or not y[3] or x[3] == y[3]) for x in themes[i] for y in themes[j]):
                    self._pair(i, j, "contradiction")

    def _themes(self, k: int) -> set[tuple[str, str, bool, str]]:
        """What claim ``k`` says befalls something, in any of its clauses, as (theme, predicate,
        negated, who does it — ``_agent_key``, "" for a passive): the object of an active verb
        ("troops defeated the militia": militia, defeated) or
        the subject of a passive or of a copula with a participle ("the militia is not defeated",
        "la milice n'est pas vaincue"); the theme an actor, or a content noun (never a pronoun)."""
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        out: set[tuple[str, str, bool, str]] = set()
        for verb in span if span is not None else []:
            if verb.pos_ != "VERB" and not (verb.pos_ == "ADJ" and "Part" in verb.morph.get("VerbForm")):
                continue
            passive = any(self.p.has(x, "passive_subject") for x in verb.children) or (
                any(x.dep_ == "cop" or self.p.has(x, "passive_aux") for x in verb.children)
                and "Part" in verb.morph.get("VerbForm"))
            themes = [x for x in verb.children if (self.p.has(x, "passive_subject") or self.p.has(x, "subject"))] \
                if passive else [x for x in verb.children if self.p.has(x, "object")]
            negated = any(self._negates(x) for x in verb.children)
            agent = "" if passive else self._agent_key(verb, c.speaker)
            for theme in themes:
                who = self.actors.at(theme.i)
                if who is not None:
                    key = f"@{who}"
                elif (theme.pos_ == "NOUN" and self._thing(theme) is not None) or theme.pos_ == "PROPN":
                    key = fold(theme.text)
                else:
                    continue
                out.add((key, fold(verb.lemma_ if self.p.verb_lemmas else verb.text), negated, agent))
        return out

    def _agent_key(self, verb: Any, speaker: int) -> str:
        """Who does what an active verb says, to compare two claims' acts: the actor its subject
        names, the speaker for a first-person pronoun, else the subject's word; "" when unknown
        (no subject, or a pronoun of the third person, which may take up anyone)."""
        subject = next((x for x in verb.children if self.p.has(x, "subject")), None)
        if subject is None:
            return ""
        who = self.actors.at(subject.i)
        if who is not None:
            return f"@{who}"
        if fold(subject.text) in self.p.first_person:
            return f"@{speaker}"
        return "" if subject.pos_ == "PRON" and self.p.pronoun(subject) is not None else self._key(subject)

    def _denied(self, k: int) -> set[str]:
        """Words claim ``k`` denies by a negation of their own, not of a verb: the noun or
        adjective of a correction ("theft, not rape", "un vol, pas un viol")."""
        c = self.claims[k]
        span = self.t.span_tokens(c.start, c.end)
        out: set[str] = set()
        for x in span if span is not None else []:
            if not self._negates(x) or x.head.pos_ not in {"NOUN", "ADJ"}:
                continue
            if any(self.p.has(g, "subject") or g.dep_ == "cop" for g in x.head.children):
                continue  # "le pont n'est pas sûr": a negated predicate, no correction
            # the word after the negation (parsers hang it on either noun of "A, not B")
            after = next((t for t in span if t.i > x.i and t.pos_ in {"NOUN", "ADJ"}), x.head)
            out.add(self._key(after))
        return out

    # ------------------------------------------------------------ acts of opposition
    def _actor_in(self, head: Any, exclude: int | None = None) -> int | None:
        """The first actor a phrase names who can take a side (never a place or a thing, nor a
        name that only says where: "the attack in Valdoria")."""
        stack = [head]
        while stack:
            tok = stack.pop(0)
            a = self.actors.at(tok.i)
            if a is not None and a != exclude and self.actors.actors[a].kind in _SIDES:
                return a
            stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE and not self._locative(c)
                         and not (tok.pos_ == "NOUN" and self._patient(c)))
        return self._apposed_person(head, exclude)

    def _apposed_person(self, head: Any, exclude: int | None = None) -> int | None:
        """The person a role's noun names by the name set off by a comma right after its phrase, whatever the
        parser made of the name (the noun's apposition, or a conjunct of the verb the noun completes: "accused the
        transport minister, Fred Aubanel, of …", « accuse le ministre des Transports, Frédéric Aubanel, de … »)."""
        if head.pos_ != "NOUN" or not self.p.is_role(head.text):
            return None
        name = self.p.name_after_comma(self.doc, head)
        a = self.actors.at(name.i) if name is not None else None
        return a if a is not None and a != exclude and self.actors.actors[a].kind == "person" else None

    def _actor_named(self, head: Any, exclude: int | None = None) -> int | None:
        """The actor a phrase names (``_actor_in``), where a noun of words or of opposition ("these
        criticisms", "ces critiques", "the allegations") is what was said, never those who said it:
        only its complements name someone ("the criticism of Y")."""
        word = fold(head.text)
        pron = self.p.pronoun(head) if self.actors.at(head.i) is None else None
        if pron is not None and (pron.gender in {"Masc", "Fem"} or pron.number == "Plur"):
            # a personal pronoun takes up an actor told before ("X accused him of lying", "X lui reproche …")
            return self._object_antecedent(head, pron.gender, pron.number, exclude)
        charged = self.p.object_agreement.get(word) if head.pos_ == "PRON" and self.actors.at(head.i) is None else None
        if charged is not None and self.p.has(head, "object") and any(
                self.p.has(c, "open_clause") and c.i > head.head.i for c in head.head.children):
            # an object pronoun charged with doing something ("X l'a accusé de …", "X les accuse d'avoir …"): one
            # accuses or suspects an agent of an act, never a thing, so even a clitic that could take up a thing
            # takes up an actor told before
            return self._object_antecedent(head, charged.gender, charged.number, exclude)
        if head.pos_ == "NOUN" and (word in self.p.said_nouns or word in self.p.oppose_nouns):
            itself = self.actors.at(head.i)
            if itself is not None and self.p.has(head, "object") and self.actors.mention_head(head).i == head.i \
                    and self.actors.actors[itself].kind in _SIDES and not self.actors.actors[itself].named \
                    and not self.p.is_plural(head) and word not in self.p.said_nouns:
                # a party a singular noun of opposition names, as the act's object ("X criticised the
                # opposition"); a plural is what was said ("X rejected these criticisms")
                return itself
            # (a complement that takes up a body named before names it too: "the ministry's account")
            found = (self._actor_in(c, exclude=exclude) if self.actors.at(c.i) is not None or c.pos_ != "NOUN"
                     else self._actor_named(c, exclude=exclude) for c in head.children if c.dep_ not in _CLAUSE)
            return next((a for a in found if a is not None and a != itself), None)
        named = self._actor_in(head, exclude=exclude)
        if named is None and self.actors.at(head.i) is None:
            # a definite noun of a body or a role takes up the one last named ("X accused the network of …")
            up = self.speakers.taken_up(head)
            if up is not None and up != exclude and self.actors.actors[up].kind in _SIDES:
                return up
        return named

    def _object_antecedent(self, pron: Any, gender: str | None, number: str | None, exclude: int | None) -> int | None:
        """The actor an object pronoun takes up: the last one named before it, in its sentence or the two
        before, who can take a side and agrees with it (a person for "him"/"her", a group or plural for
        "them"), never the subject of its own clause ("X criticised him": not X). An indirect clitic
        ("lui", "leur") tells no gender."""
        if self.p.has(pron, "indirect"):
            gender = None

        def agrees(a: int) -> bool:
            x = self.actors.actors[a]
            if x.kind not in _SIDES:
                return False
            if number == "Plur" and not (x.plural or x.kind == "group"):
                return False
            if number != "Plur" and (x.plural or (x.kind != "person" and (gender is not None
                                                                           or self.p.language == "en"))):
                return False
            return gender is None or x.gender is None or x.gender == gender

        shared = self._host_object(pron)
        if shared is not None and shared != exclude and agrees(shared):
            return shared
        n = self.t.sent_no(pron)
        start = self.t.sents[max(0, n - 2)].start
        found: list[tuple[int, bool]] = []  # (actor, named as a subject), the nearest first
        for tok in reversed(self.doc[start : pron.i]):
            a = self.actors.at(tok.i)
            if a is None or a == exclude or self.t.quoted(tok) or self.t.headline(tok) or not agrees(a):
                continue
            head = self.actors.mention_head(tok)
            found.append((a, self.p.has(head, "subject") or self.p.has(head, "passive_subject")))
        # the nearest one named as a subject (a pronoun mostly takes up the topic), else the nearest; a
        # singular pronoun takes up a person before a body ("le procès de X, directeur de la société Z … lui")
        persons = [(a, subject) for a, subject in found if self.actors.actors[a].kind == "person"]
        for pool in ((persons, found) if number != "Plur" else (found,)):
            pick = next((a for a, subject in pool if subject), pool[0][0] if pool else None)
            if pick is not None:
                return pick
        return None

    def _host_object(self, pron: Any) -> int | None:
        """The actor a verb of opposition names as its object when the pronoun is the object of a
        clause of the same subject hung on that verb: the one the act is aimed at ("X condemned Y,
        accusing him of …", "X a critiqué Y, l'accusant de …", "X sued Y and accused her of …")."""
        verb = pron.head
        if verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.head.i == verb.i \
                or any(self.p.has(c, "subject") for c in verb.children):
            return None
        host = verb.head
        if not (self.p.is_target_verb(host) or self.p.is_oppose_verb(host)):
            return None
        objects = [c for c in host.children if self.p.has(c, "object") and c.i < pron.i]
        return next((a for a in (self.actors.at(c.i) for c in objects) if a is not None), None)

    def _victims(self, noun: Any) -> set[int]:
        """The actors a noun of an act names as those it is done to ("the attack on Y", "les violences
        contre Y")."""
        out: set[int] = set()
        for c in noun.children:
            if self._patient(c):
                for t in c.subtree:
                    a = self.actors.at(t.i)
                    if a is not None:
                        out.add(a)
        return out

    def _suffers(self, tok: Any, verb: Any) -> bool:
        """Whether ``tok`` is, below ``verb``, in the complement naming whom an act is done to ("X
        condemned the violence against Y": Y)."""
        for _ in range(6):
            if tok.i == verb.i or tok.head.i == tok.i:
                return False
            if tok.head.pos_ == "NOUN" and self._patient(tok):
                return True
            if tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" and self._patient(tok.head):
                return True
            tok = tok.head
        return False

    def _party_to_conflict(self, tok: Any, verb: Any) -> bool:
        """Whether ``tok`` is, below ``verb``, in the complement of a noun of conflict ("X denied any rift
        with Y", « X a démenti toute divergence avec Y », "X rejected reports of a dispute with Y"): Y is the
        other party to a conflict the verb is against, and the one denying it is against no one there."""
        for _ in range(6):
            if tok.i == verb.i or tok.head.i == tok.i:
                return False
            tok = tok.head
            if tok.i != verb.i and tok.pos_ == "NOUN" and self.t.word_at(tok.i) in self.p.conflict_nouns:
                return True
        return False

    def _patient(self, tok: Any) -> bool:
        """Whether ``tok`` heads the complement that names whom an act is done to ("the attack on Y",
        "violence against Y", "les violences contre Y", "la répression envers Y"): the victim of the
        act, not its doer nor its owner."""
        if tok.head.i != tok.i and tok.head.pos_ == "NOUN" and fold(tok.head.text) in self.p.undergone:
            # what happens to someone: its "of" complement or possessor undergoes it ("the murder of Y", "Y's
            # arrest", "la mort de Y")
            if self.p.has(tok, "possessive"):
                return True
            of = self.p.grammar.of_preps
            if (tok.dep_ == "prep" and fold(tok.text) in of) or (tok.dep_ != "prep" and any(
                    self.p.has(c, "case") and fold(c.text) in of for c in tok.children)):
                return True
        if tok.dep_ == "prep":
            return fold(tok.text) in self.p.grammar.patient_preps
        return any(self.p.has(c, "case") and fold(c.text) in self.p.grammar.patient_preps for c in tok.children)

    def _locative(self, tok: Any) -> bool:
        """Whether ``tok`` heads a phrase of place ("in X", "à X")."""
        if tok.dep_ == "prep":
            return fold(tok.text) in self.p.locative - self.p.grammar.participant_preps
        return any(self.p.has(c, "case") and fold(c.text) in self.p.locative - self.p.grammar.participant_preps
                   for c in tok.children)

    def _subject(self, verb: Any) -> int | None:
        found = self._parsed_subject(verb)
        if found is None:
            # the inverted subject of an incise after a quotation, which the parser may take for an object
            # (« « … », a aussitôt rétorqué X »): the speaker the claims found for the quotation it cues
            found = self._incise_speakers.get(verb.i)
        if found is None and self.p.has(verb, "relative"):
            # a relative clause whose object is the relative word, its subject after the verb, which the parser
            # took for a second object (« une position que ne partage pas X »): the noun after the verb speaks
            objects = [c for c in verb.children if self.p.has(c, "object")]
            before = [o for o in objects if o.i < verb.i and fold(o.text) in self.p.grammar.relatives]
            after = [o for o in objects if o.i > verb.i and o.pos_ in {"NOUN", "PROPN"}]
            if before and len(after) == 1:
                found = self.actors.at(after[0].i)
        return found

    @cached_property
    def _incise_speakers(self) -> dict[int, int]:
        """The cue verbs after the quotations they introduce, each with the speaker the claims found."""
        out: dict[int, int] = {}
        for k, c in enumerate(self.claims):
            cue = self.claims_cue(k) if c.kind == "direct" else None
            if cue is not None and c.speaker is not None and c.end <= self.doc[cue].idx:
                out.setdefault(cue, c.speaker)
        return out

    def _parsed_subject(self, verb: Any) -> int | None:
        tok = verb
        shared = False  # reached from a conjunct, which shares its head's grammatical subject
        for _ in range(3):
            # a passive subject without a passive auxiliary is the parser's slip for the subject; a conjunct
            # shares the grammatical subject, never the agent ("X was disappointed by the ruling and will
            # appeal": X appeals)
            active = shared or not any(self.p.has(c, "passive_aux") for c in tok.children)
            for child in tok.children:
                if self.p.has(child, "subject") or (self.p.has(child, "agent") and not shared) \
                        or (active and self.p.has(child, "passive_subject")
                            and (tok.pos_ == "VERB" or any(c.dep_ == "cop" for c in tok.children))):
                    if self.p.pronoun(child) is not None:
                        a = self.speakers.speaker(child)
                    elif fold(child.text) in self.p.grammar.relative_subjects and self.p.has(tok, "relative"):
                        a = self._actor_in(tok.head)
                    else:
                        target = self.p.agent_of(tok) if self.p.has(child, "agent") else child
                        a = self.speakers.speaker(target) if target is not None else None
                    if a is not None:
                        return a
            if tok.i == verb.i and self.p.has(tok, "adnominal") and tok.head.i != tok.i and (
                    tok.tag_ == "VBG" or ("Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense"))):
                # a present participle hung on a name: its subject ("la sénatrice X, accusant Y de …")
                a = self.actors.at(tok.head.i)
                if a is not None:
                    return a
            if tok.head is tok or not (self.p.has(tok, "conj") or self.p.has(tok, "adverbial_clause")
                                       or self.p.has(tok, "open_clause") or tok.pos_ == "NOUN"):
                return None
            shared = self.p.has(tok, "conj")
            tok = tok.head
            if tok.pos_ == "ADP" and tok.head.i != tok.i:  # "in response to Y, X said": through the preposition
                tok = tok.head
        return None

    def _contrasted(self, verb: Any, concessive: bool = False) -> bool:
        """Whether a clause is set against the one it hangs on by a connective of contrast ("whereas",
        "tandis que"); with ``concessive``, also by one that may only concede ("but", "while", "mais")."""
        marks = [c for c in verb.children if (self.p.has(c, "mark") or c.dep_ == "cc") and c.i < verb.i]
        if not marks and self.p.has(verb, "conj"):  # the conjunction hung on the first conjunct ("A, but B")
            marks = [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
        if not marks:
            return False
        words = " ".join(fold(t.text) for t in self.doc[marks[0].i : min(marks[0].i + 2, verb.i)])
        words = re.sub(r"\bqu['’]", "que", words)  # "alors qu'elle": the connective's elided "que"
        return any((words + " ").startswith(c + " ") or words == c for c in self.p.contrast
                   if concessive or c not in self.p.grammar.concessive)

    def _says(self, verb: Any) -> bool:
        """Whether a verb cues a claim: its subject states something (a stance in words), not a fact told
        ("tandis que X visitait la ville")."""
        n = self.t.sent_no(verb)
        return any(self.claims_cue(k) == verb.i for k, c in enumerate(self.claims) if c.sentence == n)

    def _clause_verb(self, tok: Any) -> bool:
        """A verb, or a finite verb the tagger took for a noun though it has a subject and no copula
        ("mais Y la rejette")."""
        return tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and any(self.p.has(c, "subject") for c in tok.children)
                                      and not any(c.dep_ == "cop" for c in tok.children))

    def _opposite_clauses(self, tok: Any) -> bool:
        """Whether two clauses joined by a connective that may only concede ("but", "while", "mais")
        set two stances against each other: a verb of support or agreement against a verb of opposition
        ("X supports the plan, while Y opposes it"), or a verb of opposition taking up by a pronoun, or
        as a participle sharing its subject, what the other clause's actor did or said ("X presented the
        plan as …, but Y denounced it", "le plan, présenté par X …, mais dénoncé par Y")."""
        head = tok.head
        if self._negated_verb(tok) or self._negated_verb(head):
            return False
        against = [v for v in (tok, head) if self.p.is_oppose_verb(v) or self.p.is_target_verb(v)]
        if len(against) != 1:
            return False
        other = head if against[0] is tok else tok
        if self.p.is_support_verb(other) or self.p.agrees(other):
            # on one thing: a pronoun takes it up, or one noun names it ("X praised the crews, but Y criticised
            # the timetable": two things)
            mine = [c for c in against[0].children if self.p.has(c, "object")]
            theirs = [c for c in other.children if self.p.has(c, "object")]
            return not mine or not theirs or any(
                m.pos_ == "PRON" or self._alike(self._key(m), self._key(t)) for m in mine for t in theirs)
        if against[0] is not tok:
            return False
        objects = [c for c in tok.children if self.p.has(c, "object")]
        if objects:  # "… but Y denounced it": a pronoun for what the other clause names
            return all(o.pos_ == "PRON" and self.actors.at(o.i) is None for o in objects) and any(
                self.p.has(c, "object") or self.p.has(c, "passive_subject") for c in head.children)
        # "présentée par X …, mais dénoncée par Y": two participles of one passive subject, each with its agent
        return self.p.agent_of(tok) is not None and self.p.agent_of(head) is not None and not any(
            self.p.has(c, "subject") or self.p.has(c, "passive_subject") for c in tok.children)

    def _negated_verb(self, verb: Any) -> bool:
        return self.p.negated(verb)

    def _acts(self) -> list[tuple[int, int, tuple[int, int], str]]:
        out: list[tuple[int, int, tuple[int, int], str]] = []
        opens = self._agree_starts.union(self._phrases)
        for i, pos in enumerate(self.t.pos):
            if pos not in {"VERB", "ADJ", "NOUN", "PROPN"} and self.t.folded[i] not in opens:
                continue  # on another part of speech, only a phrase of agreement or of conflict opens
            tok = self.doc[i]
            if self.t.headline(tok):
                continue
            if not tok.whitespace_ and i + 1 < len(self.doc) and self.doc[i + 1].text == "-":
                continue  # the first part of a compound ("counter-demonstrators", "contre-manifestants")
            verbal = self._verbal(tok)
            targets: list[Any] = []
            hostile = False
            conflict_with_thing = False  # "X disagrees with the decision": a conflict verb against a thing
            if tok.pos_ == "NOUN" and fold(tok.text) in self.p.contrary and self.p.has(tok, "object") \
                    and tok.head.pos_ == "VERB" and not self.t.quoted(tok) \
                    and any(fold(d.text) in self.p.definite for d in tok.children):
                # "Y said the opposite", "Y affirme le contraire": against what the last other speaker said
                refused = self._refused(tok.head)
                if refused is not None:
                    out.append(refused)
                continue
            if verbal and self._pleads_innocence(tok):
                # "X pleaded not guilty", "X a plaidé non coupable", "X clame son innocence": against
                # the one who just accused X or spoke of it, as a bare denial
                refused = self._refused(tok, negated=True)
                if refused is not None:
                    out.append(refused)
                continue
            if self._clause_verb(tok) and (self.p.has(tok, "adverbial_clause") or self.p.has(tok, "conj")) \
                    and self._contrasted(tok, concessive=True):
                host = tok.head
                if self.p.has(host, "clause") and host.head.i != host.i and self._says(host.head):
                    host = host.head  # "X says the plan is useful, whereas Y rejects it": X's saying
                own, main = self._subject(tok), self._subject(host)
                # two stances set against each other ("X backs the plan, whereas Y rejects it"), not two
                # facts ("X will hold the House, while Y keeps the Senate", "Y criticised the police, whereas X
                # visited the port"): a verb of stance on one side, a stance, a will or words said on the other;
                # after a connective that may only concede ("but", "while", "mais"), opposite stances
                if own is not None and main is not None and own != main and (
                        self._opposite_clauses(tok) if not self._contrasted(tok)
                        else any(self._stance_verb(v) for v in (tok, host))
                        and all(self._stance_verb(v) or self._says(v) or self.p.wills(v) for v in (tok, host))):
                    s = self.t.sent(host)
                    out.append((main, own, (s.start_char, s.end_char), host.text))
                    continue
                if self._contrasted(tok):
                    continue
            if pos == "VERB" and (self.p.is_target_verb(tok) or self.p.is_oppose_verb(tok)) \
                    and not any(c.dep_ in _CLAUSE or self.p.has(c, "object") or self.p.has(c, "passive_subject")
                                or self.p.pp_objects(c) or c.dep_ in {"prep", "obl", "obl:arg"}
                                or self._opposed_complement(c) for c in tok.children) \
                    and not self.p.has(tok, "adnominal"):
                pair = self._parties(tok) if self.p.is_conflict_verb(tok) and not self.t.quoted(tok) else None
                if pair is not None:  # "X et Y se sont opposés sur …": the two conjuncts
                    s = self.t.sent(tok)
                    out.append((pair[0], pair[1], (s.start_char, s.end_char), tok.text))
                    continue
                # (not a verb of accusing that introduces words said: « … », accuse Y — the one accused is in
                # those words, not the last other speaker; a retort still answers that one)
                refused = self._refused(tok) if not self._accuses_in_words(tok) else None
                if refused is not None:
                    out.append(refused)
                continue
            if pos == "VERB" and (self.p.is_target_verb(tok) or self.p.is_oppose_verb(tok)) and self._reciprocal(tok):
                # "X and Y blamed each other for …", « X et Y s'accusent mutuellement de … »: the two conjuncts
                pair = self._coordinated_subjects(tok)
                if pair is not None:
                    s = self.t.sent(tok)
                    out.append((pair[0], pair[1], (s.start_char, s.end_char), tok.text))
                    continue
            if verbal and self.p.is_target_verb(tok):
                if self._sentenced(tok):
                    continue  # "condamné à deux ans de prison": a court's sentence, not a criticism
                passive = self.p.agent_of(tok) is not None and self._stray_agent(tok) is None
                # (never the speaker a cue at the verb reads after a quotation, which the parser may take for
                # its object: "'…,' accuses Y")
                speaking = self._speaker_slots(tok)
                targets = [c for c in tok.children if (self.p.has(c, "object")
                           or (passive and self.p.has(c, "passive_subject"))) and c.i not in speaking]
                if self._relative_view(tok, targets):
                    # "an argument that Y rejects", « un argument que récuse Y », "a claim the union denies": the
                    # relative clause's object is the view it qualifies
                    targets = [tok.head]
                if passive and self.p.has(tok, "adnominal") and tok.head.i != tok.i:
                    # "the figures, disputed by X", « les chiffres contestés par X », "an argument dismissed by X"
                    # (before the filter of the verbs against words: what is qualified is what is dismissed)
                    targets.append(tok.head)
                if self.p.takes_words_object(tok):  # "X dismissed Y's concerns", not "X dismissed the clerk"
                    # (nor a court's ruling on a suit: "the judge dismissed Y's lawsuit")
                    targets = [t for t in targets if self.actors.at(t.i) is None
                               and fold(t.text) not in self.p.complaints]
                    if not targets:
                        continue
                if self.p.takes_actor_object(tok):  # "X poursuit Y", not "X poursuit la réforme" (continues it)
                    targets = [t for t in targets if self._names_actor(t)]
                    if not targets:
                        continue
                # the one a reproach is addressed to: "X s'attaque à Y", "X reproche à Y son silence" (beside
                # an object only for the verbs whose object is what is reproached: "condamner X au Kenya" no)
                if not targets or self.p.is_addressed(tok):
                    targets += [n for prep, n in self.p.pp_objects(tok) if prep in self.p.grammar.to_preps
                                and self.p.has(n, "indirect")]
                    # or a clitic pronoun before the verb ("le parquet lui reproche …")
                    targets += [c for c in tok.children if self.p.has(c, "indirect") and c.i < tok.i
                                and self.p.pronoun(c) is not None]
                if targets and self.p.rebuts(tok) and not passive and all(
                        (t.pos_ == "PRON" or self._any(t)) and self.actors.at(t.i) is None
                        and not self._thing_before(t) for t in targets):
                    # "X said …; Y denied it", "Y l'a démenti": a pronoun takes up what the last other speaker said;
                    # so does a denial of anything of a kind ("Y denies any wrongdoing", "Y dément toute implication")
                    # when those words spoke of Y (an accusation denied, not any words said before)
                    refused = self._refused(tok, of_denier=not all(t.pos_ == "PRON" for t in targets))
                    if refused is not None:
                        out.append(refused)
                    continue
                if not targets:
                    targets = self._prep_targets(tok)  # "X protested over Y's plan"
                if not targets and self.p.is_retort(tok):
                    answered = self._answered(tok)  # "X countered that …": a retort naming no one
                    if answered is not None:
                        out.append(answered)
                    continue
                if not targets and any(c.dep_ in _CLAUSE for c in tok.children) and not self._shares_object(tok):
                    # "X denied hiding anything", "X a nié avoir menti": a denial of a clause answers
                    # what was just said of X, like a bare refusal (an accusation's clause names whom it accuses)
                    refused = self._refused(tok) if not self._accuses_in_words(tok) else None
                    if refused is not None:
                        out.append(refused)
                    continue
            elif verbal and self.p.is_oppose_verb(tok) and self._prep_targets(tok):
                # a verb of opposition whose complement is prepositional: "X objected to Y's plan", "X s'est
                # opposé à la réforme de Y", "X s'indigne de la décision de Y"
                targets = self._prep_targets(tok)
            elif verbal and self.p.is_hostile(tok):
                # a hostile act on an actor ("X expelled Y's reporters", "X a expulsé l'ambassadeur de Y")
                hostile = True
                passive = self.p.agent_of(tok) is not None
                targets = [c for c in tok.children if self.p.has(c, "object")
                           or (passive and self.p.has(c, "passive_subject"))]
            elif pos == "VERB" and self.p.demands(tok) \
                    and any(self.p.is_demand_to_reverse(tok, c) for c in self._demanded(tok)):
                targets = [c for c in tok.children if self.p.has(c, "object") or self.p.has(c, "indirect")]
                # the one called upon: "X called on Y to halt …", "X appealed to Y to withdraw …"
                targets += [n for prep, n in self.p.pp_objects(tok) if prep in self.p.grammar.appeal_preps]
            elif pos == "VERB" and self.p.demands(tok) and (undone := self._undoing_demanded(tok)):
                # a demand whose object is a noun of undoing: against the one it names ("X demanded the
                # resignation of Y", "X called for Y's apology", "X a réclamé la démission de Y")
                targets = undone
            elif verbal and self.p.is_reverse(tok) and self._obliged(tok):
                # a demand in the speaker's own words: "Y must withdraw the bill", "Y should apologise", "Y doit
                # retirer sa réforme", "stop the destruction!" — against the one obliged, else whose act it undoes
                found = self._demanded_of(tok)
                if found is not None:
                    out.append(found)
                continue
            elif (pos == "VERB" and self.p.appeals_ruling(tok)) \
                    or (pos == "NOUN" and fold(tok.text) in self.p.appeal_nouns and tok.head.pos_ == "VERB"):
                # an appeal of a ruling ("X will appeal the ruling", "X appealed against the verdict", "X lodged an
                # appeal against it", « X fera appel de la décision »): against whoever made it; a call ("appealed
                # for calm", "appealed to Y", « faire appel à Y ») names no ruling
                targets = self._appealed(tok)
                if not targets and self._bare_appeal(tok):
                    # "X said it would appeal", « X a annoncé qu'il ferait appel »: the last ruling reported
                    found = self._appealed_ruler(tok)
                    if found is not None:
                        out.append(found)
                    continue
            elif pos == "VERB" and self.p.qualifies(tok) and self._judging(tok):
                # "X called Y's figures false", "X a qualifié ces propos de mensongers": against the object
                targets = self._qualified(tok)
            elif self._disagrees(tok):
                # "X does not accept Y's version", "X n'est pas d'accord avec Y", "X ne partage pas l'avis de Y"
                found = self._not_agreed(tok)
                if found is not None:
                    out.append(found)
                continue
            elif fold(tok.text) in self.p.oppose_adjectives and (not self.t.quoted(tok) or self._own_word(tok)) and (
                    tok.pos_ == "ADJ" or (tok.pos_ == "NOUN" and any(self.p.has(c, "case") for c in tok.children))
                    or (tok.pos_ == "VERB" and not any(self.p.has(c, "object") for c in tok.children))):
                # "X is angry with Y", "X est furieux contre la décision de Y", "X est en colère contre Y" (a noun
                # with its preposition; "la colère de Y" is a noun of opposition), a participle with no object
                found = self._displeased(tok)
                if found is not None:
                    out.append(found)
                continue
            elif pos == "VERB" and self.p.warns(tok) and any(
                    fold(g.text) in self.p.grammar.against_preps for c in tok.children for g in (c, *c.children)
                    if g.dep_ in {"prep", "case", "mark"}) and not self.t.quoted(tok):
                # "X warned Y against raising taxes", "X a mis en garde Y contre toute hausse": against the one
                # warned, named by its own head (not the public advised: "warned residents of Z against …")
                targets = [c for c in tok.children if self.p.has(c, "object") and (a := self.actors.at(c.i)) is not None
                           and self.actors.actors[a].kind in {"person", "organization", "country"}]
            elif pos == "VERB" and self.p.idiom_targets(tok):
                targets = self.p.idiom_targets(tok)  # "X took Y to court", "X a mis en cause Y"
            elif pos == "VERB" and self.p.aimed_at(tok):
                targets = self.p.aimed_at(tok)  # "X hit back at Y", "X s'en est pris à Y"
            elif pos in ("VERB", "NOUN") and (self.p.is_respond_word(tok) or self.p.is_retort(tok)):
                targets = [n for prep, n in self.p.pp_objects(tok) if prep in self.p.grammar.to_preps]
                if targets and not self._adverse_reply(tok) and not self._answers_speaker(tok, targets):
                    continue
                # (the one answered may be named by a role or a body taken up: "X a répliqué à la maire que …")
                if not any(self._actor_named(t) is not None for t in targets):
                    answered = self._answered(tok)
                    if answered is not None:
                        out.append(answered)
                        continue
            elif (self.t.word_at(i) in self.p.conflict_nouns and pos in {"NOUN", "PROPN"}) \
                    or (pos == "VERB" and self.p.is_conflict_verb(tok)) or self._conflict_phrase(tok):
                pair = self._parties(tok) if not self.t.quoted(tok) else None  # words said may only suppose one
                if pair is not None:
                    s = self.t.sent(tok)
                    out.append((pair[0], pair[1], (s.start_char, s.end_char), tok.text))
                elif pos == "VERB" and self.p.is_oppose_verb(tok) and not self.p.pp_objects(tok) \
                        and not any(self.p.has(c, "object") for c in tok.children):
                    refused = self._refused(tok)  # "X disagreed, saying …": answers the last other speaker
                    if refused is not None:
                        out.append(refused)
                if pair is not None or pos != "VERB" or not (targets := self._thing_partners(tok)):
                    continue
                conflict_with_thing = True
            elif pos == "NOUN" and fold(tok.text) in self.p.boycotts:
                # "X announced a boycott of Y's meetings", "X a appelé au boycott des produits de Y"
                found = self._boycotted(tok)
                if found is not None:
                    out.append(found)
                continue
            elif pos == "NOUN" and (fold(tok.text) in self.p.oppose_nouns
                                         or fold(tok.text) in self.p.complaints):
                critic = self._critic(tok)
                traded = self._traded(tok) if critic is None else None
                if traded is not None:  # "X and Y traded accusations", "X et Y ont échangé des critiques"
                    s = self.t.sent(tok)
                    out.append((traded[0], traded[1], (s.start_char, s.end_char), tok.text))
                    continue
                if critic is not None:
                    target = self._criticised(tok, critic)
                    if target is not None:
                        s = self.t.sent(tok)
                        out.append((critic, target, (tok.idx, s.end_char), tok.text))
                continue
            if not targets or self._negated_verb(tok):
                continue
            speaker = self._subject(tok)
            if speaker is None:
                speaker = self._first_person(tok)  # "« We condemn Y's ruling », said X": X
            if speaker is None or self._reported_act(tok, speaker):
                continue
            for t in targets:
                if self._thing_before(t):
                    continue  # "…, but it was dismissed by the senate": the bill, no one's words nor person
                other = self._actor_named(t, exclude=speaker)
                if other is not None and self.p.takes_words_object(tok) and not self._owned_by(t, other):
                    other = None  # "X blocked access to Y": no act nor words of Y's ("X blocked Y's bill")
                if other is None:
                    other = self._author(t, exclude=speaker)  # "the strike called by Y", "la grève lancée par Y"
                if other is None and t.pos_ == "NOUN" and (stray := self._stray_agent(tok)) is not None:
                    other = self._actor_in(stray, exclude=speaker)  # "X a critiqué la gestion de Z par Y"
                if other is None and not hostile:
                    other = self._owner(t, speaker)
                    if other is None and t.pos_ == "NOUN":
                        other = self._taken_up_owner(t, speaker)
                    # a definite phrase takes up an act already reported: the protagonist's, as for a reaction
                    # (a criticism voiced in a claim is left to the reactions, which gather its critics)
                    # (so does the object a verb of qualifying judges: "X called the vote a betrayal")
                    if other is None and t.pos_ == "NOUN" and self._taken_act(t) and (
                            self.p.is_target_verb(tok) or (self.p.qualifies(tok) and self._judging(tok))
                            or conflict_with_thing) \
                            and not any(c.oppose and self.claims_cue(k) == tok.i for k, c in enumerate(self.claims)
                                        if c.sentence == self.t.sent_no(tok)):
                        lead = self.protagonist
                        other = lead if lead != speaker else None
                        if other is not None:
                            self._taken_up.add(t.i)
                if other is None and self.p.rebuts(tok) and not self._negated_verb(tok):
                    # "Y denied wrongdoing", "Y conteste les faits": a denial whose object names no one's words
                    # answers the one who just said something of Y
                    found = self._said_of(tok, speaker)
                    if found is not None:
                        out.append(found)
                        break
                if other is None or other in self._victims(t):
                    continue  # "X condemned the attack on Y": Y suffers what X is against
                if any(self.actors.at(x.i) == other and self._party_to_conflict(x, tok) for x in t.subtree):
                    continue  # "X denied any rift with Y": no conflict with Y, X says
                lo = min(tok.idx, t.left_edge.idx)
                last = t.right_edge
                hi = max(tok.idx + len(tok.text), last.idx + len(last.text))
                for who in (speaker, *self._co_subjects(tok, speaker)):  # "X and Y condemned Z": both
                    if who != other:
                        out.append((who, other, (lo, hi), "*" + tok.text if t.i in self._taken_up else tok.text))
                break
        return out

    def _answered_remarks(self) -> list[tuple[int, int, tuple[int, int], str]]:
        """A reply opened by a participle of questioning on words named after it ("Asked about those remarks, Y
        said …", « Interrogé sur ces propos, Y a répondu … »; ``oppose.asked_about``) that denies or judges them
        (a negation, or words against something): against whoever said them, the last other speaker."""
        out: list[tuple[int, int, tuple[int, int], str]] = []
        for k, c in enumerate(self.claims):
            sent = self.t.sents[c.sentence]
            opener = next((t for t in sent[:4] if fold(t.text) in self.p.asked_about
                           and t.pos_ in {"VERB", "ADJ"} and not self.t.quoted(t)), None)
            if opener is None or not (self._words(c) & self.p.negation or self.polarities[k] < 0):
                continue
            remarks = [n for prep, n in self.p.pp_objects(opener) if prep in self.p.grammar.content_preps
                       and n.pos_ == "NOUN" and fold(n.text) in self.p.said_nouns and self._definite(n)]
            owner = self._owner(remarks[0], c.speaker) if remarks else None
            if owner is not None and owner != c.speaker:
                out.append((owner, c.speaker, (c.start, c.end), "<" + opener.text))
        return out

    def _called_false(self) -> list[tuple[int, int, tuple[int, int], str]]:
        """A claim that calls what was just said untrue by a demonstrative ("that is false", "this is
        not true", "that is not the case", "c'est faux", "ce n'est pas vrai"): its speaker against the last
        other speaker, in its sentence or the two before, who is no ally."""
        out: list[tuple[int, int, tuple[int, int], str]] = []
        for k, c in enumerate(self.claims):
            span = self.t.span_tokens(c.start, c.end)
            for w in span if span is not None else []:
                word = fold(w.text)
                if w.pos_ not in {"ADJ", "NOUN", "ADV"} or word not in self.p.false_words | self.p.true_words:
                    continue
                if any(self.p.has(x, "adj_mod") for x in w.children):
                    continue  # "this is not an isolated case": a kind of thing, not a truth
                holders = [w, w.head] if w.dep_ in {"acomp", "attr"} and w.head.i != w.i else [w]
                subjects = [x for h in holders for x in h.children if self.p.has(x, "subject")]
                if not any(fold(x.text) in self.p.demonstratives and x.pos_ in {"PRON", "DET"} for x in subjects):
                    continue
                negated = any(fold(x.text) in self.p.negation for h in holders for x in h.children)
                if negated == (word in self.p.false_words):
                    continue  # "that is true", "that is not false": no denial
                other = next((x for x in reversed(self.claims[:k]) if x.speaker != c.speaker
                              and self.t.distance(x.sentence, c.sentence) <= 2), None)
                if other is not None and other.speaker not in self.allies(k):
                    out.append((c.speaker, other.speaker, (c.start, c.end), w.text))
                break
        return out

    def _contrary_turns(self) -> list[tuple[int, int, tuple[int, int], str]]:
        """A clause set against what another just said by an adverbial of the contrary ("Y, on the
        contrary, defended the plan", "Y a au contraire défendu le texte", "à l'inverse, Y estime …"):
        its subject against the last other speaker, in its sentence or the one before (outside any
        quotation: in a speaker's own words it turns against no one named)."""
        out: list[tuple[int, int, tuple[int, int], str]] = []
        for phrase in self.p.contrary_adverbials:
            n = len(phrase)
            for i in range(len(self.t.folded) - n + 1):
                if self.t.folded[i : i + n] != phrase:
                    continue
                span = self.doc[i : i + n]
                top = next((t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i), None)
                if top is None:
                    continue
                # the verb it hangs on; the phrase itself when the parser made it the root ("Y a au contraire
                # défendu …" read with "contraire" for the predicate): the subject hangs on it then
                verb = top.head if top.head.i != top.i else top
                if (verb.i != top.i and verb.pos_ not in {"VERB", "AUX", "ADJ"}) or self.t.quoted(verb) \
                        or self.t.headline(verb):
                    continue
                found = self._refused(verb, negated=True)
                if found is not None:
                    out.append(found)
        return out

    def _own_word(self, tok: Any) -> bool:
        """Whether ``tok`` stands alone in quotation marks, in a sentence the quotation does not hold
        ("Y said he was "shocked" by the veto"): the reporter marks the one word as the speaker's own."""
        q = self.t.quote_at(int(tok.idx))
        return q is not None and len(self.t.text[q.start : q.end].split()) == 1 \
            and not self.t.quoted(self.t.sent(tok).root)

    def _appealed(self, tok: Any) -> list[Any]:
        """The ruling an appeal is against (:meth:`_acts`): the verb's object or its complement after "against",
        or the complement of the appeal's noun or of the verb it is the object of ("lodged an appeal against
        the verdict", « faire appel de la décision »), named by a noun of a ruling (``oppose.ruling_nouns``)."""
        preps = self.p.grammar.against_preps | self.p.grammar.of_preps
        found = list(self.p.pp_objects(tok))
        if tok.pos_ == "VERB":
            found += [("", c) for c in tok.children if self.p.has(c, "object")]
        elif self.p.has(tok, "object"):
            found += self.p.pp_objects(tok.head)
        return [n for prep, n in found if (not prep or prep in preps) and fold(n.text) in self.p.ruling_nouns]

    def _shares_object(self, verb: Any) -> bool:
        """Whether ``verb`` shares the object of a verb coordinated with it ("police attacked and beat protesters",
        « la police a chargé et frappé les manifestants »): the conjunct is no clause it denies, and the verb no
        bare one, which would answer the last speaker."""
        return any(self.p.has(c, "conj") and c.i > verb.i and any(self.p.has(g, "object") for g in c.children)
                   for c in verb.children)

    def _acts_told_before(self, n: int, end: int) -> Iterator[Any]:
        """The verbs the narrator asserts (not quoted, not negated) before token ``end``, from sentence ``n``
        and the six before it, the latest first: where a noun of an act or an appeal finds the act it takes up."""
        for tok in reversed(self.doc[self.t.sents[max(0, n - 6)].start : end]):
            if tok.pos_ == "VERB" and not self.t.quoted(tok) and not self._negated_verb(tok):
                yield tok

    def _bare_appeal(self, tok: Any) -> bool:
        """Whether an appeal names nothing it is against or for: a verb with no object and no complement, or a
        noun with none, nor its verb ("X will appeal", « X fera appel »; not "X appealed for calm")."""
        verb = tok if tok.pos_ == "VERB" else tok.head
        return not self.p.pp_objects(tok) and not self.p.pp_objects(verb) and not any(
            self.p.has(c, "object") or c.dep_ in _CLAUSE for c in verb.children if c.i != tok.i)

    def _appealed_ruler(self, tok: Any) -> tuple[int, int, tuple[int, int], str] | None:
        """An appeal that names nothing is against the last ruling reported before it, within six sentences:
        the appellant (the subject) against the subject of a verb that makes a ruling (``oppose.ruling_verbs``:
        "the court ruled …", « le tribunal a jugé … »)."""
        verb = tok if tok.pos_ == "VERB" else tok.head
        who = self._subject(verb)
        if who is None:
            return None
        for t in self._acts_told_before(self.t.sent_no(tok), verb.i):
            if not self.p.rules(t):
                continue
            ruler = self._subject(t)
            if ruler is not None and ruler != who:
                s = self.t.sent(tok)
                return who, ruler, (s.start_char, s.end_char), tok.text
        return None

    def _displeased(self, word: Any) -> tuple[int, int, tuple[int, int], str] | None:
        """Whom an adjective of displeasure or opposition is against: the one its complement names, owns or
        did ("X was angry with Y's handling", "X est furieux contre la décision prise par Y"); the one it
        is said of is its subject (or the copula's)."""
        holder = word.head if word.dep_ in {"acomp", "oprd", "xcomp", "attr"} and word.head.i != word.i else word
        if self._negated_verb(word) or self._negated_verb(holder):
            return None
        who = self._subject(word)
        if who is None and holder is not word:
            who = self._subject(holder)
        if who is None and word.pos_ == "VERB":
            # a participle of a feeling with its auxiliary, parsed as a passive ("Y was disappointed with the
            # ruling", "it was angered by …"): its passive subject is the one who feels it
            felt = next((c for c in word.children if self.p.has(c, "passive_subject")), None)
            who = self.speakers.speaker(felt) if felt is not None else None
        if who is None:
            return None
        for prep, n in self.p.pp_objects(word):
            if prep not in self.p.adjective_preps or n.pos_ not in {"NOUN", "PROPN"}:
                continue
            other = self._actor_in(n, exclude=who)
            if other is None and n.pos_ == "NOUN":
                other = self._author(n, exclude=who)
                if other is None:
                    other = self._possessor(n)
                if other is None:
                    other = self._owner(n, who)
            if other is None or other == who or other in self._victims(n):
                continue
            s = self.t.sent(word)
            return who, other, (s.start_char, s.end_char), word.text
        return None

    def _owned_by(self, noun: Any, actor: int) -> bool:
        """Whether ``actor`` is named as the possessor or the "of" complement of ``noun`` ("Y's bill",
        "the concerns of Y", "le projet de Y")."""
        return any(self._actor_in(o) == actor for o in self.p.owners(noun))

    def _stray_agent(self, verb: Any) -> Any:
        """The agent complement ("by Y", "par Y") of an active verb with a subject and an object and
        no passive auxiliary: the parser's slip for the agent of the noun of an act its object is
        ("X a critiqué la gestion des crues par Y", "X criticised the handling of Z by Y": Y manages, X
        criticises)."""
        agent = self.p.agent_of(verb)
        if agent is None:  # English hangs it as any preposition: "criticised the handling of Z by Y"
            agent = next((n for prep, n in self.p.pp_objects(verb) if prep in self.p.grammar.agent_preps), None)
        if agent is None or any(self.p.has(c, "passive_aux") or self.p.has(c, "passive_subject")
                                for c in verb.children):
            return None
        subject = any(self.p.has(c, "subject") for c in verb.children)
        return agent if subject and any(self.p.has(c, "object") for c in verb.children) else None

    def _sentenced(self, verb: Any) -> bool:
        """Whether a verb of condemnation is a sentence: its "to/à" complement names a penalty ("condemned Y
        to death", "condamné Y à deux ans de prison", "condamné à payer une amende")."""
        to = self.p.grammar.to_preps
        if any(fold(t.text) in self.p.penalties for prep, n in self.p.pp_objects(verb) if prep in to
               for t in n.subtree):
            return True
        if any(fold(c.text) in self.p.penalties for c in verb.children
               if self.p.has(c, "open_clause") or self.p.has(c, "adverbial_clause")):
            return True
        # (the penalty the parser hung on the object: « a condamné l'ancien maire, X, à six ans de prison »)
        for obj in verb.children:
            if not self.p.has(obj, "object"):
                continue
            for t in obj.subtree:
                if any(self.p.has(c, "case") and fold(c.text) in to for c in t.children) \
                        and any(fold(x.text) in self.p.penalties for x in t.subtree):
                    return True
        return False

    def _names_actor(self, tok: Any) -> bool:
        """Whether a noun phrase's head names an actor itself (with its title or name parts), not a thing."""
        return self.actors.at(tok.i) is not None or any(
            self.actors.at(c.i) is not None for c in tok.children
            if self.p.has(c, "apposition") or self.p.has(c, "name_part") or self.p.has(c, "compound"))

    def _obliged(self, verb: Any) -> bool:
        """Whether a verb is demanded: under a word of obligation ("must", "should", "has to", "doit",
        "il faut"), or in the imperative ("stop the …", "arrêtez …")."""
        if any(self.p.has(c, "aux") and fold(c.text) in self.p.obliged - self.p.obliged_heads for c in verb.children):
            return True  # (a modal auxiliary: "must resign"; "had resigned" is a tense, no obligation)
        if verb.head.i != verb.i and fold(verb.head.text) in self.p.obliged and (
                self.p.has(verb, "open_clause") or self.p.has(verb, "clause")):
            return True
        if "Imp" in verb.morph.get("Mood"):
            return True
        # a bare verb heading its clause, with no subject, auxiliary or conjunction: English's base form
        # ("stop the …"), or an ending of the imperative the tagger read as something else ("arrêtez")
        bare = verb.dep_ in {"ROOT", "ccomp", "parataxis", "conj"} and not any(
            self.p.has(c, "subject") or self.p.has(c, "aux") or self.p.has(c, "mark") or c.dep_ in {"aux", "mark"}
            for c in verb.children)
        word = fold(verb.text)
        return bare and (verb.tag_ == "VB" or any(word.endswith(e) for e in self.p.imperative_endings))

    def _people(self, noun: Any) -> bool:
        """Whether a common noun names people, not an act ("the harassers", "les casseurs", "the
        police"): a group or role noun, or an agent noun by its ending."""
        word = fold(noun.text)
        if self.p.is_group(word) or self.p.is_role(word) or word in self.p.org_nouns:
            return True
        return any(word.endswith(e) for e in self.p.agent_suffixes) and not any(
            word.endswith(e) for e in self.p.agent_exclude)

    def _demanded_of(self, verb: Any) -> tuple[int, int, tuple[int, int], str] | None:
        """Who a demand to stop or undo in a speaker's own words is against: the one obliged (the
        verb's subject), else the one who did what its object names (its owner)."""
        said = next((c for c in self.claims if c.start <= verb.idx < c.end), None)
        if said is None or self._negated_verb(verb):
            return None
        speaker = said.speaker
        other = None
        subject = next((c for c in (*verb.children, *verb.head.children) if self.p.has(c, "subject")), None)
        if subject is not None and fold(subject.text) not in self.p.first_person | self.p.deixis:
            other = self._subject(verb)
        if other is None:
            obj = next((c for c in verb.children if self.p.has(c, "object")), None)
            if obj is not None:
                other = self._actor_in(obj, exclude=speaker)
                if other is None and obj.pos_ == "NOUN" and not self._people(obj):
                    other = self._possessor(obj)
                    if other is None:
                        other = self._owner(obj, speaker)
        if other is None or other == speaker or other in said.allies:
            return None
        s = self.t.sent(verb)
        return speaker, other, (max(said.start, s.start_char), min(said.end, s.end_char)), verb.text

    def _thing_partners(self, verb: Any) -> list[Any]:
        """The nouns of things a conflict verb is with ("X disagrees with the decision", « X se querelle avec la
        direction sur … » names a body, no thing): what it is against, as an object is for a verb of opposition; none
        naming an actor or someone."""
        return [n for prep, n in self.p.pp_objects(verb) if prep in self.p.grammar.comitative_preps
                and n.pos_ == "NOUN" and self.actors.at(n.i) is None and not self.p.names_someone(fold(n.text))]

    def _prep_targets(self, verb: Any) -> list[Any]:
        """The nouns of the prepositional complement that says what a verb of opposition without an
        object is against ("object to", "protest at/over", "s'opposer à", "s'indigner de")."""
        if any(self.p.has(c, "object") for c in verb.children):
            return []
        objected = self.p.grammar.objected_preps
        # (or a personal pronoun that takes up a party: "X disagreed with her", "Y s'est opposé à lui")
        out = [n for prep, n in self.p.pp_objects(verb) if prep in objected
               and (n.pos_ in {"NOUN", "PROPN"} or self.p.personal(n, plural=True))]
        # the preposition fused with the article, parsed as a determiner ("se méfier des promesses de Y")
        out += [c for c in verb.children if self.p.has(c, "oblique") and c.pos_ in {"NOUN", "PROPN"}
                and c not in out and any(self.p.has(d, "det") and fold(d.text) in objected for d in c.children)]
        return out

    def _first_person(self, verb: Any) -> int | None:
        """The speaker whose words hold a verb whose subject is the first person ("I", "we", "nous")."""
        if not any(self.p.has(c, "subject") and fold(c.text) in self.p.first_person for c in verb.children):
            return None
        return next((c.speaker for c in self.claims if c.start <= verb.idx < c.end), None)

    def _reported_act(self, verb: Any, subject: int) -> bool:
        """Whether an act is told in someone else's quoted words: a speaker quoting what a third
        party did ("« Y a bloqué les efforts de Z », a dit X") reports it; the quote is the
        speaker's stance, not the act's subject's."""
        if not self.t.quoted(verb):
            return False
        said = [c.speaker for c in self.claims if c.start <= verb.idx < c.end]
        return bool(said) and subject not in said

    def _stance_verb(self, verb: Any) -> bool:
        """Whether a verb takes a stance: one of opposition, criticism, support or agreement, a
        reply, or a negated verb ("X refuses", "Y does not accept")."""
        return (self.p.is_oppose_verb(verb) or self.p.is_target_verb(verb) or self.p.is_support_verb(verb)
                or self.p.agrees(verb) or self.p.is_respond_word(verb) or self.p.is_retort(verb)
                or self._negated_verb(verb))

    def _disagrees(self, tok: Any) -> bool:
        """A negated verb or phrase of agreement (profile ``agree``: "X did not accept …", "X ne
        partage pas …", "X n'est pas d'accord"), or a verb of agreement or support in the open
        clause of a verb of refusal ("X refused to back …"), outside words quoted."""
        folded = self.t.folded
        if tok.pos_ != "VERB" and folded[tok.i] not in self._agree_starts:
            return False  # neither a verb nor the first word of a phrase of agreement
        if self.t.headline(tok) or self.t.quoted(tok):
            return False
        phrase = next((words for words in self.p.agree_phrases if tuple(folded[tok.i : tok.i + len(words)]) == words),
                      None)
        # a refusal to agree or to support: "X refused to back Y's plan", "X a refusé d'approuver le plan de Y"
        refused = tok.pos_ == "VERB" and self.p.has(tok, "open_clause") and tok.head.i != tok.i \
            and self.p.refuses(tok.head) and not self._negated_verb(tok.head)
        if phrase is not None:
            heads = list(self.doc[tok.i : tok.i + len(phrase)])  # "être d'accord": the negation hangs on any word
        elif tok.pos_ == "VERB" and self.p.agrees(tok):
            heads = [tok]
        else:
            return refused and self.p.is_support_verb(tok)
        return refused or any(self._negates(c) for h in heads for c in h.children)

    def _relative_view(self, verb: Any, objects: list[Any]) -> bool:
        """Whether ``verb`` heads a relative clause on a noun of words or of a view whose object is the
        relative word or is left out ("an argument that Y rejects", "a claim the union denies", « une thèse
        que conteste Y »): what the verb is against is that noun."""
        head = verb.head
        # (the parser may read the clause as adnominal, with its subject: "an argument that X rejected")
        clause = self.p.has(verb, "relative") or (self.p.has(verb, "adnominal")
                                                  and any(self.p.has(c, "subject") for c in verb.children))
        return clause and head.i != verb.i and head.i < verb.i and head.pos_ == "NOUN" \
            and fold(head.text) in self.p.said_nouns | self.p.stance_nouns \
            and all(o.i < verb.i and fold(o.text) in self.p.grammar.relatives for o in objects)

    def _not_agreed(self, tok: Any) -> tuple[int, int, tuple[int, int], str] | None:
        """Whom a negated agreement is against: the one its object or its "with/avec/à" complement
        names or owns, else the last other speaker (as a bare refusal answers)."""
        speaker = self._subject(tok)
        if speaker is None:
            return None
        others = self._co_subjects(tok, speaker) or (self._co_subjects(tok.head, speaker)
                                                     if self.p.has(tok, "open_clause") else [])
        if others and not any(self.p.has(c, "object") for c in tok.children):
            # "X and Y could not agree on the budget", "X et Y ne sont pas d'accord": the two conjuncts, when
            # they do not agree with each other (not "X and Y do not accept Z's plan": together against Z)
            s = self.t.sent(tok)
            return speaker, others[0], (s.start_char, s.end_char), tok.text
        # (not the inverted subject the parser took for an object: « que ne partage pas X »)
        targets = [c for c in tok.children if self.p.has(c, "object") and self.actors.at(c.i) != speaker]
        if self.p.has(tok, "relative") and tok.head.i != tok.i and tok.head.pos_ == "NOUN" \
                and all(c.pos_ == "PRON" for c in targets):
            # « une position que ne partage pas X », "a view X does not share": the relative clause's object is
            # the noun it qualifies
            targets = [tok.head]
        partners = self.p.grammar.comitative_preps | self.p.grammar.to_preps
        targets += [n for prep, n in self.p.pp_objects(tok) if prep in partners]
        for t in targets:
            other = self._actor_in(t, exclude=speaker)
            if other is None and t.pos_ == "NOUN":
                other = self._possessor(t)
                if other is None:
                    other = self._owner(t, speaker)
            if other is not None and other != speaker:
                s = self.t.sent(tok)
                return speaker, other, (s.start_char, s.end_char), tok.text
        if targets and all(t.pos_ == "NOUN" and fold(t.text) in self.p.said_nouns | self.p.stance_nouns
                           and not any(fold(c.text) in self.p.possessives for c in t.children) for t in targets):
            # a view no one is named as holding ("X does not share this view", « une position que ne partage
            # pas X »; not "her optimism", her own): the one just put forward, by the last other speaker, as for a
            # bare refusal
            return self._refused(tok, negated=True)
        # bare ("X n'est pas d'accord", "X did not agree"), not on a matter among themselves ("the
        # members do not agree on …") nor a passive ("were not accepted by X")
        if targets or any(self.p.has(c, "passive_subject") or c.dep_ in {"prep", "obl", "obl:arg", "obl:mod"}
                          for c in tok.children):
            return None
        return self._refused(tok, negated=True)

    def _demanded(self, verb: Any) -> list[Any]:
        """The clauses a verb of demand asks for: its clause complements, or an infinitive the
        parser hung on its object ("X a appelé Y [à renoncer]", "X urged Y [to scrap] …"). A verb of telling asks
        for an infinitive only: its finite clause reports ("X told Parliament that her government will repeal …")."""
        tells = self.p.tells(verb)
        out = [c for c in verb.children if self.p.has(c, "open_clause") or (self.p.has(c, "clause") and not tells)]

        def marked(c: Any) -> bool:  # a verb its mark or auxiliary opens: an infinitive's "to", « à »
            return c.pos_ == "VERB" and any(self.p.has(g, "mark") or g.dep_ == "aux" for g in c.children if g.i < c.i)

        for obj in verb.children:
            if self.p.has(obj, "object") or self.p.has(obj, "indirect"):
                out += [c for c in obj.children if c.i > obj.i and marked(c)
                        and (self.p.has(c, "adnominal") or self.p.has(c, "relative"))]
        # (or a marked infinitive the parser hung on a clause set off by commas between the object and it: "X urged
        # Y, if she cannot govern, to step down" — the commas close the aside, so the infinitive is the demand's)
        for aside in verb.children:
            if aside.i > verb.i and self.p.has(aside, "adverbial_clause") \
                    and self.doc[aside.left_edge.i - 1].text == ",":
                out += [c for c in aside.children
                        if c.i > aside.i and marked(c) and self.doc[c.left_edge.i - 1].text == ","]
        # (a clause whose subject is the speakers themselves asks nothing of anyone: '"We will not stop," X told Y')
        return [c for c in out if not any(self.p.has(g, "subject") and fold(g.text) in self.p.first_person
                                          for g in c.children)]

    def _qualified(self, verb: Any) -> list[Any]:
        """The objects of a verb that qualifies them: its own, or, when the attribute comes before a
        long object, as French allows ("a qualifié de « honteuse » la décision de Y"), the object the
        parser hangs on that attribute."""
        out = [c for c in verb.children if self.p.has(c, "object")]
        for x in verb.children:
            if self.p.has(x, "open_clause") and self._judging_word(x):
                out += [c for c in x.children if self.p.has(c, "object") and c.i > x.i]
        return out

    def _judging(self, verb: Any) -> bool:
        """Whether a verb that qualifies its object does so by a negative judgement: a word of
        ``oppose.words`` in its complement beside the object ("called the plan a disgrace",
        "described the claims as lies", "a jugé ces chiffres infondés", "l'a traité de menteur")."""
        objects = self._qualified(verb)
        if not objects or self._negated_verb(verb):
            return False
        inside = {t.i for o in objects for t in o.subtree}
        words = [t for t in verb.subtree if t.i > verb.i and t.i not in inside]
        # the complement the parser hung on the object ("ces chiffres [de mensongers]", "the plan [a disgrace]")
        of_like = self.p.grammar.of_preps | self.p.grammar.comparative
        words += [t for o in objects for t in o.children if t.i > o.i and t.dep_ not in {"det", "case", "punct"}
                  and (t.dep_ != "nmod" or any(fold(g.text) in of_like for g in t.children))]
        # or on a name or a noun that closes the object, the nearest to the parser ("a jugé le budget de Y
        # [irréaliste]", "a jugé le décret de la ministre [illégal]")
        words += [t for o in objects for t in o.subtree if t.i > o.i and t.head.pos_ in {"PROPN", "NOUN"}
                  and t.head.i != o.i and t.i == o.right_edge.i and t.pos_ in {"ADJ", "NOUN"}
                  and (t.pos_ == "ADJ" or any(fold(g.text) in of_like for g in t.children))]
        return any(self._judging_word(t) for t in words)

    def _co_subjects(self, verb: Any, first: int) -> list[int]:
        """The actors coordinated with a verb's subject ("X and Y condemned Z", "X et Y ont
        dénoncé Z"), who act with it."""
        out: list[int] = []
        subject = next((c for c in verb.children if self.p.has(c, "subject")), None)
        for c in subject.conjuncts if subject is not None else ():
            a = self.actors.at(c.i)
            if a is not None and a != first and a not in out and self.actors.actors[a].kind in _SIDES:
                out.append(a)
        return out

    def _received_with(self) -> list[tuple[int, int, tuple[int, int], str]]:
        """A reception with a feeling of opposition: the subject of a verb whose manner
        complement is a noun of opposition ("X greeted the plan with scepticism", "X a accueilli
        l'annonce avec colère") is against whoever the object names or owns, or did what it
        takes up: the one who did it before by the same word, else, for a definite phrase,
        the article's protagonist."""
        out: list[tuple[int, int, tuple[int, int], str]] = []
        for i, word in enumerate(self.t.folded):
            if word not in self.p.grammar.comitative_preps:
                continue
            tok = self.doc[i]
            if self.t.headline(tok) or self.t.quoted(tok):
                continue
            feeling = next((c for c in tok.children if c.dep_ == "pobj"), None) if tok.dep_ == "prep" else tok.head
            if feeling is None:
                continue
            if fold(feeling.text) not in self.p.oppose_nouns:  # "avec beaucoup de scepticisme"
                feeling = next((c for c in feeling.children if fold(c.text) in self.p.oppose_nouns), None)
                if feeling is None:
                    continue
            verb = tok.head
            for _ in range(3):
                if verb.pos_ == "VERB" or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.pos_ != "VERB" or self._negated_verb(verb):
                continue
            critic = self._subject(verb)
            obj = next((c for c in verb.children if self.p.has(c, "object")), None)
            if critic is None or obj is None:
                continue
            other = self._actor_in(obj, exclude=critic)
            if other is None and obj.pos_ == "NOUN":
                other = self._possessor(obj)
                if other is None:
                    other = self._owner(obj, critic)
                if other is None and self._taken_act(obj):
                    other = self.protagonist
            if other is None or other == critic:
                continue
            s = self.t.sent(tok)
            out.append((critic, other, (s.start_char, s.end_char), feeling.text))
        return out

    def _directed_against(self) -> list[tuple[int, int, tuple[int, int], str]]:
        """An act directed against an actor: the subject of a verb whose complement
        "against"/"contre" names an actor ("X voted against Y", "X backs Z against Y", "X a
        manifesté contre Y"), or the author of a noun so complemented ("X launched an
        offensive against Y", "la campagne de X contre Y"); words in quotation marks and
        negated verbs excepted."""
        out: list[tuple[int, int, tuple[int, int], str]] = []
        for i, word in enumerate(self.t.folded):
            if word not in self.p.grammar.against_preps:
                continue
            tok = self.doc[i]
            if self.t.headline(tok) or self.t.quoted(tok):
                continue
            if tok.dep_ == "prep":
                obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
                head = tok.head
            elif self.p.has(tok, "case") and tok.head.i != tok.i:
                obj, head = tok.head, tok.head.head
            else:
                continue
            if obj is not None and head.i == obj.i and any(c.dep_ == "cop" for c in obj.children):
                head = next((c for c in obj.children if c.dep_ == "cop"), head)  # "X est contre le projet"
                if not any(self.p.has(c, "subject") for c in head.children):
                    subj = next((c for c in obj.children if self.p.has(c, "subject")), None)
                    who = self._subject(obj) if subj is not None and (
                        self.actors.at(subj.i) is not None or self.p.pronoun(subj) is not None) else None
                    other = self._actor_in(obj, exclude=who)
                    if who is not None and other is not None and not self._negated_verb(obj) and (
                            self.actors.actors[other].acts or any(c.speaker == other for c in self.claims)):
                        s = self.t.sent(tok)
                        out.append((who, other, (s.start_char, s.end_char), tok.text))
                    continue
            if obj is None or head.i == obj.i:
                continue
            if head.pos_ == "NOUN":
                who = self._possessor(head)
                if who is None:
                    who = next((a for c in head.children if self.p.has(c, "adj_mod")
                                for a in [self.actors.at(c.i)] if a is not None), None)
                if who is None and head.head.pos_ == "VERB" and self.p.has(head, "object") \
                        and not self._negated_verb(head.head):
                    # "X launched an offensive against Y"; not "X condemned the violence against Y", where Y
                    # suffers the act X is against
                    if self.p.is_oppose_verb(head.head) or self.p.is_target_verb(head.head):
                        continue
                    who = self._subject(head.head)
            elif head.pos_ == "AUX" and fold(head.lemma_) in self.p.grammar.copulas and not self._negated_verb(head):
                # "X is against the plan", "X est contre le projet": the copula's subject, an actor
                subj = next((c for c in head.children if self.p.has(c, "subject")), None)
                who = self._subject(head) if subj is not None and (
                    self.actors.at(subj.i) is not None or self.p.pronoun(subj) is not None) else None
            elif head.pos_ == "VERB" and not self._negated_verb(head) and not self.p.competes(head):
                # the subject names an actor ("X voted against"), not a thing ("the deal goes against"); a
                # game is no disagreement ("X played against Y", "X a joué contre Y")
                subj, up = None, head
                for _ in range(3):  # "X started backing Z against Y": the subject of the verb it completes
                    subj = next((c for c in up.children if self.p.has(c, "subject")), None)
                    if subj is not None or up.head.i == up.i or not (
                            self.p.has(up, "open_clause") or self.p.has(up, "conj")):
                        break
                    up = up.head
                who = self._subject(head) if subj is not None and (
                    self.actors.at(subj.i) is not None or self.p.pronoun(subj) is not None) else None
            else:
                continue
            other = self._actor_in(obj, exclude=who)
            if other is None and who is not None and obj.pos_ == "NOUN":
                other = self._author(obj, exclude=who)  # "X protested against the closure ordered by Y"
            # one who acts or speaks in the article, not a name of a thing ("against a no-deal X")
            # (or the one whose act it is: "X voted against Y's budget", "contre le projet de Y")
            if who is None or other is None or not (self.actors.actors[other].acts
                                                    or any(c.speaker == other for c in self.claims)
                                                    or (obj.pos_ == "NOUN" and other in {self._possessor(obj),
                                                                                         self._author(obj)})):
                continue
            s = self.t.sent(tok)
            out.append((who, other, (s.start_char, s.end_char), tok.text))
        return out

    def _answered(self, word: Any) -> tuple[int, int, tuple[int, int], str] | None:
        """A reply that names no one it answers ("X retorted that …", "en réponse, X a
        affirmé …", "X a répliqué : …") answers the last other speaker, in its sentence or
        the two before, when it opposes what that speaker said: a retort, or words of the
        replier against something on a topic the other's words share."""
        speaker = self._subject(word)
        if speaker is None or not self._adverse_reply(word):
            return None
        n = self.t.sent_no(word)
        mine = [k for k, c in enumerate(self.claims) if c.sentence == n and c.speaker == speaker]
        # a reply to criticism ("X responded to the criticism", « X a répondu aux critiques ») answers the last
        # other speaker, the critic, whatever the topic
        attacked = self._replies_to_attack(word)
        for k in self._others_before(word.idx, speaker, n, 2):
            c = self.claims[k]
            if c.speaker in {a for m in mine for a in self.allies(m)}:
                return None
            if not (attacked or self.p.is_retort(word)) and not any(
                    self.topics.keywords(m) & self.topics.keywords(k) for m in mine):
                return None
            s = self.t.sent(word)
            return speaker, c.speaker, (s.start_char, s.end_char), word.text
        return None

    def _refused(self, verb: Any, negated: bool = False,
                 of_denier: bool = False) -> tuple[int, int, tuple[int, int], str] | None:
        """An opposition verb with nothing after it ("He refused.", "Le conseil a refusé.")
        answers what was just asked or said to its subject: the speaker whose words hold it
        ("we asked him to stop; he refused", said by X), else the last other speaker in its
        sentence or the one before — with ``of_denier``, only when those words name the subject
        (what a denial of anything of a kind answers: "Y denied any wrongdoing")."""
        if self._negated_verb(verb) and not negated:
            return None
        if self.t.quoted(verb):
            return None  # ("we asked him to stop. He refused," said X: a refusal told in someone's words is theirs)
        who = self._subject(verb)
        if who is None:
            return None
        k = next(self._others_before(verb.idx + 1, who, self.t.sent_no(verb), 1), None)
        if k is None:
            return None
        if of_denier or self._voice_of(who, self.claims[k].speaker):
            # only when those words spoke of the one answering (a group's too: "Prosecutors said X took bribes")
            span = self.t.span_tokens(self.claims[k].start, self.claims[k].end)
            if span is None or not any(self._refers(t) == who for t in span):
                return None
        s = self.t.sent(verb)
        return self.claims[k].speaker, who, (s.start_char, s.end_char), "<" + verb.text  # ("<": who answers second)

    def _voice_of(self, who: int, group: int) -> bool:
        """Whether ``who`` is a private person (no role, no title) quoted after what a group of people no name
        gives said ("Residents fear the noise. '…,' regrets Paul, 67."): one voice of that group, answering no one,
        unless those words spoke of that person (``_refused``)."""
        x, g = self.actors.actors[who], self.actors.actors[group]
        return x.kind == "person" and not x.role and g.kind == "group" and not g.named

    def _others_before(self, before: int, who: int, n: int, within: int) -> Iterator[int]:
        """The claims of speakers other than ``who`` that start before character ``before``, in
        sentence ``n`` or the ``within`` sentences before it, the latest first; a claim of several
        sentences that ends before ``before`` is as near as its last ("X posted: 'A. B?' Y disagreed")."""
        for k in range(len(self.claims) - 1, -1, -1):
            c = self.claims[k]
            if c.start < before and c.speaker != who and self.t.distance(self._last_sentence(k, before), n) <= within:
                yield k

    def _last_sentence(self, k: int, before: int) -> int:
        """The sentence claim ``k`` ends in when it ends before character ``before``, else the one it starts in."""
        c = self.claims[k]
        return self.t.sent_of[max(0, self.t.token_from(c.end) - 1)] if c.end <= before else c.sentence

    def _undoing_demanded(self, verb: Any) -> list[Any]:
        """Who would undo what a verb of demand asks for by a noun of undoing (``oppose.undo_nouns``: "resignation",
        "repeal", "démission", "retrait"), its object or prepositional complement: the noun's possessor or "of"
        complement ("demanded the resignation of Y", "called for Y's apology", "a réclamé la démission de Y"), else
        the one the verb asks it of ("demanded an apology from Y")."""
        # (its object, or a noun after it the parser gave another label: "a exigé [des excuses]")
        complements = self.p.pp_objects(verb)
        # (a noun is named once, though both readings find it: an object with a preposition)
        nouns = dict.fromkeys([c for c in verb.children
                               if self.p.has(c, "object") or (c.pos_ == "NOUN" and c.i > verb.i)]
                              + [n for _, n in complements])
        out: list[Any] = []
        for n in nouns:
            if n.pos_ != "NOUN" or fold(n.text) not in self.p.undo_nouns:
                continue
            # the one who would undo: its possessor or its "of" complement, else the one it is asked of, the
            # verb's complement of source ("demanded an apology from Y", "a exigé des excuses du ministre")
            out += self.p.owners(n) or [g for prep, g in (*complements, *self.p.pp_objects(n)) if g.i != n.i
                                        and g.pos_ in {"NOUN", "PROPN"} and prep in self.p.grammar.source_preps]
        return out

    def _said_of(self, verb: Any, who: int) -> tuple[int, int, tuple[int, int], str] | None:
        """The last other speaker, in the sentence of ``verb`` or the two before, whose words name
        ``who`` ("prosecutors say Y took bribes. Y denied wrongdoing"): the one ``who`` answers."""
        for k in self._others_before(verb.idx, who, self.t.sent_no(verb), 2):
            c = self.claims[k]
            span = self.t.span_tokens(c.start, c.end)
            if span is not None and any(self.actors.at(t.i) == who for t in span) \
                    and who not in self.allies(k):
                s = self.t.sent(verb)
                return c.speaker, who, (s.start_char, s.end_char), "<" + verb.text  # ("<": who answers second)
        return None

    def _pleads_innocence(self, verb: Any) -> bool:
        """A verb of plea whose complement, within its clause, is a word of innocence or a
        negated word of guilt ("pleaded not guilty", "clame son innocence", "maintains he is
        innocent", "a plaidé la relaxe", "pleaded for an acquittal"); never inside a quotation."""
        if not self.p.pleads(verb) or self.t.quoted(verb):
            return False
        # the verb's own complement, or the predicate of its clause about a pronoun ("he is innocent")
        heads = [verb, *(c for c in verb.children if self.p.has(c, "clause") and any(
            self.p.has(g, "subject") and self.p.pronoun(g) is not None for g in c.children))]
        for head in heads:
            for t in head.children:
                word = fold(t.text)
                if word in self.p.innocence and not any(  # not "the innocence of her son"
                        self.p.has(g, "nominal_mod") or g.dep_ == "prep" for g in t.children):
                    return True
                if word in self.p.guilt and (self._negated_verb(t) or any(
                        fold(x.text) in self.p.negation for x in self.doc[max(t.i - 2, 0) : t.i])):
                    return True
        # or through a preposition: "pleaded for an acquittal", « a plaidé pour l'acquittement »
        return any(fold(n.text) in self.p.innocence for _, n in self.p.pp_objects(verb))

    def _thing_before(self, pron: Any) -> bool:
        """Whether pronoun ``pron`` takes up a thing its own sentence named before it (``_antecedent``, a
        passive's subject too): "X approved a bill, but it was dismissed by the senate", "X a déposé un
        projet, mais il a été rejeté par le Sénat" — the bill, not what someone said nor a person. An
        English pronoun of a person ("him", "she") takes up no thing."""
        if pron.pos_ != "PRON" or (self.p.language == "en" and self.p.personal(pron)):
            return False
        ante = self._antecedent(pron, passive=True)
        return ante is not None and self.t.sent_no(ante) == self.t.sent_no(pron)

    def _any(self, noun: Any) -> bool:
        """Whether a noun phrase is one of free choice ("any wrongdoing", "toute implication")."""
        return noun.pos_ == "NOUN" and any(self.p.has(c, "det") and fold(c.text) in self.p.grammar.free_choice
                                           for c in noun.children)

    def _verbal(self, tok: Any) -> bool:
        """A verb, or a participle the tagger took for an adjective though it has an object
        or a tense auxiliary ("X a nuancé les chiffres" read with an adjective)."""
        return tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and any(
            self.p.has(c, "object") or c.dep_ in {"aux", "aux:tense"} for c in tok.children))

    def _replies_to_attack(self, word: Any) -> bool:
        """Whether a reply's complement is an accusation or a criticism ("responding to allegations that
        …", "en réponse aux accusations de Y", « a répondu aux critiques »)."""
        return any(fold(n.text) in self.p.oppose_nouns for prep, n in self.p.pp_objects(word)
                   if prep in self.p.grammar.to_preps)

    def _answers_speaker(self, word: Any, targets: list[Any]) -> bool:
        """Whether a reply answers someone whose words the article reported before it, and the replier's own
        words in its sentence take nobody's side ("Y said A. Responding to Y, X said B", « En réponse à la
        députée, X a assuré que … »): news tells a reply to a speaker as a rebuttal unless it agrees."""
        speaker = self._subject(word)
        if speaker is None:
            return False
        answered = {a for t in targets if (a := self._actor_named(t, exclude=speaker)) is not None}
        if not any(c.speaker in answered and c.start < word.idx for c in self.claims):
            return False
        n = self.t.sent_no(word)
        mine = [k for k, c in enumerate(self.claims) if c.sentence == n and c.speaker == speaker]
        return bool(mine) and not any(self.polarities[k] > 0 for k in mine) and not any(
            v.pos_ == "VERB" and (self.p.is_support_verb(v) or self.p.agrees(v) or self.p.thanks(v))
            and self._subject(v) == speaker for v in self.t.sent(word))

    def _adverse_reply(self, word: Any) -> bool:
        """Whether a reply is no agreement: a retort ("rétorquer", "hit back"), a reply to an
        accusation or a criticism, or the replier's words in its sentence are against something."""
        if self.p.is_retort(word):
            return True
        # a reply to an accusation or a criticism answers an attack ("responding to allegations that …",
        # "en réponse aux accusations de Y")
        if self._replies_to_attack(word):
            return True
        n = self.t.sent_no(word)
        speaker = self._subject(word)
        said = [k for k, c in enumerate(self.claims) if c.sentence == n and (speaker is None or c.speaker == speaker)]
        if any(self.polarities[k] < 0 or self.claims[k].oppose for k in said):
            return True
        # "X reacted to Y's remarks, calling them false": a negative judgement in the reply's own words
        if word.pos_ == "VERB" and any(self._judging_word(t) for t in word.subtree if t.i > word.i):
            return True
        # "responding to Y, X attacked …": an opposition verb of the replier in the sentence
        # (or a verb qualifying its object by a negative judgement: "responding to Y, X called the figures false")
        return speaker is not None and any(
            v.pos_ == "VERB" and v.i != word.i and not self._negated_verb(v)
            and (self.p.is_oppose_verb(v) or (self.p.qualifies(v) and self._judging(v)))
            and self._subject(v) == speaker for v in self.t.sent(word))

    def _conflict_phrase(self, tok: Any) -> list[Any]:
        """The tokens of a conflict noun of several words that begins at ``tok`` ("bras de fer",
        "passe d'armes", "war of words")."""
        for phrase in self._phrases.get(self.t.folded[tok.i], ()):  # only those that begin with this word
            if self.t.folded[tok.i : tok.i + len(phrase)] == phrase:
                return list(self.doc[tok.i : tok.i + len(phrase)])
        return []

    @cached_property
    def _agree_starts(self) -> frozenset[str]:
        """The first words of the phrases of agreement."""
        return frozenset(words[0] for words in self.p.agree_phrases if words)

    @cached_property
    def _phrases(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The conflict nouns of several words, by their first word."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for n in self.p.conflict_nouns:
            if " " in n:
                words = tuple(n.replace("'", "' ").split())
                out.setdefault(words[0], []).append(words)
        return {k: tuple(v) for k, v in out.items()}

    def _parties(self, tok: Any) -> tuple[int, int] | None:
        """The two parties of a conflict word: "a dispute between X and Y", "le différend
        entre X et Y", "X's row with Y", "X clashed with Y", "X et Y s'opposent", "X s'oppose
        à Y", "le bras de fer entre X et Y" (the complements of any word of the phrase)."""
        first: int | None = None
        second: int | None = None
        words = self._conflict_phrase(tok) or [tok]
        for prep, obj in (x for w in words for x in self.p.pp_objects(w)):
            if prep in self.p.grammar.between_preps:
                first = self._actor_in(obj)
                conj = next((c for c in obj.children if self.p.has(c, "conj")), None)
                second = self._actor_in(conj, exclude=first) if conj is not None else None
            elif prep in self.p.grammar.party_preps and first is None:
                # (or whose words it is: "X disagreed with Y's account", « X s'oppose à la version de Y »)
                second = self._actor_named(obj)
        if tok.pos_ == "VERB":
            own = self._subject(tok)
            if own is not None:
                if second is None:  # "X and Y clashed"
                    subject = next((c for c in tok.children if self.p.has(c, "subject")), None)
                    conj = next((c for c in subject.children if self.p.has(c, "conj")), None) if subject else None
                    second = self._actor_in(conj, exclude=own) if conj is not None else None
                first = own
        else:
            for c in tok.children:  # "X's dispute with Y", "his row with Y", "sa querelle avec Y"
                if (self.p.has(c, "possessive") or "Yes" in c.morph.get("Poss")) and first is None:
                    first = self._actor_in(c)
                    if first is None and (self.p.pronoun(c) is not None or fold(c.text) in self.p.possessives):
                        first = self.speakers.speaker(c)
            # the noun as a predicate: "X is at odds with Y", "X est en conflit avec Y"
            verb = tok if any(c.dep_ == "cop" for c in tok.children) else (
                tok.head.head if tok.dep_ == "pobj" and tok.head.head.pos_ in {"VERB", "AUX"} else
                tok.head if any(self.p.has(c, "case") for c in tok.children) and tok.head.pos_ in {"VERB", "AUX"}
                else None)
            if first is None and verb is not None:
                first = self._subject(verb)
                if second is None:
                    second = next((a for prep, obj in self.p.pp_objects(verb) if prep in self.p.grammar.comitative_preps
                                   for a in [self._actor_in(obj, exclude=first)] if a is not None), None)
                if second is None and first is not None:  # "X and Y are locked in a dispute", "X et Y sont en conflit"
                    subject = next((c for c in verb.children if self.p.has(c, "subject")), None)
                    conj = next((c for c in subject.children if self.p.has(c, "conj")), None) if subject else None
                    second = self._actor_in(conj, exclude=first) if conj is not None else None
        if second is None and first is not None:
            # "X disagreed with her", "X s'est disputé avec lui": a personal pronoun takes up a party told before
            second = next((self._actor_named(obj, exclude=first) for w in words for prep, obj in self.p.pp_objects(w)
                           if prep in self.p.grammar.party_preps and self.p.personal(obj, plural=True)), None)
        if first is None or second is None or first == second:
            return None
        return first, second

    def _critic(self, noun: Any) -> int | None:
        """Who a noun of opposition is by: its agent ("criticism by X", "les critiques
        formulées par X") or its possessor ("X's criticism")."""
        for prep, obj in self.p.pp_objects(noun):
            if prep in self.p.grammar.agent_preps | self.p.grammar.source_preps:
                a = self.speakers.speaker(obj)
                if a is not None:
                    return a
        if self._drawn(noun):
            # "X drew criticism from Y", "X a suscité la colère des syndicats", "X faced protests among Y"
            for holder in (noun, noun.head):
                for prep, obj in self.p.pp_objects(holder):
                    if prep in self.p.grammar.origin_preps:
                        a = self._actor_in(obj)
                        if a is not None:
                            return a
        for c in noun.children:
            if self.p.has(c, "possessive") and self.p.pronoun(c) is None:
                a = self.speakers.speaker(c)
                if a is not None:
                    return a
            if self.p.has(c, "adnominal"):  # "les critiques formulées par X"
                agent = self.p.agent_of(c)
                if agent is not None:
                    return self.speakers.speaker(agent)
        pps = self.p.pp_objects(noun)
        if any(prep in self.p.grammar.opposed_preps - self.p.grammar.of_preps - self.p.grammar.for_preps
               for prep, _ in pps):
            # with its target beside it ("l'opposition de X à la réforme", "the opposition of X to Y"), the noun's
            # "of/de" complement is its author
            for prep, obj in pps:
                if prep in self.p.grammar.of_preps:
                    a = self._actor_in(obj)
                    if a is not None:
                        return a
        if fold(noun.text) in self.p.complaints and self.p.has(noun, "object"):
            return self._subject(noun.head)  # "X a porté plainte", "X filed a lawsuit"
        verb = noun.head
        if verb.pos_ == "NOUN" and verb.head.i != verb.i:  # "faire part de son indignation"
            verb = verb.head
        if verb.pos_ == "VERB" and self.p.voices(verb):  # "X a exprimé son opposition", "X voiced its criticism"
            return self._subject(verb)
        return None

    def _criticised(self, noun: Any, critic: int) -> int | None:
        """Who a noun of opposition is against: its object ("criticism of Y", "contre Y"),
        else the subject of the clause it qualifies ("Y went ahead despite criticism by X")."""
        complaint = fold(noun.text) in self.p.complaints
        voiced = noun.head.pos_ == "VERB" and self.p.voices(noun.head)
        holders = [noun, noun.head] if (complaint or voiced) and noun.head.i != noun.i else [noun]
        # with a possessive for its author ("son rejet de la réforme", "their rejection of the plan"), the "of/de"
        # complement is what the noun is against
        owned = any("Yes" in c.morph.get("Poss") for c in noun.children)
        for holder in holders:  # "plainte contre Y", "son opposition au projet" may hang on the verb
            for prep, obj in self.p.pp_objects(holder):
                if (prep in self.p.grammar.criticised_preps or (owned and holder is noun
                                                                and prep in self.p.grammar.of_preps)) and (
                        prep not in self.p.grammar.criticised_weak or not complaint):
                    a = self._actor_in(obj, exclude=critic)
                    if a is None and obj.pos_ == "NOUN":  # "regret over the change ordered by Y"
                        a = self._author(obj, exclude=critic)
                    if a is not None:
                        return a
        if complaint or voiced:
            return None
        tok = noun
        for _ in range(4):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if tok.pos_ in {"VERB", "AUX"}:
                a = self._subject(tok)
                if a is None and self._drawn(noun) and tok.i == noun.head.i:
                    # "the tax drew criticism from Y": whose act the subject names
                    subject = next((c for c in tok.children if self.p.has(c, "subject")), None)
                    if subject is not None and subject.pos_ == "NOUN":
                        a = self._possessor(subject)
                        if a is None:
                            a = self._owner(subject, critic)
                        if a is None and self._taken_act(subject):
                            a = self.protagonist
                return a if a is not None and a != critic else None
        return None

    def _boycotted(self, noun: Any) -> tuple[int, int, tuple[int, int], str] | None:
        """Who stands against whom in a collective refusal ("a boycott"): its author — its agent or
        possessor, else the subject of the verb it is the object or the complement of ("X announced a
        boycott", "X called for a boycott", "X a appelé au boycott") — against the actor its "of"/"de" or
        "against" complement names, or the owner or author of what that complement names ("a boycott of
        Y's meetings", "le boycott des réunions de Y")."""
        author = self._critic(noun)
        if author is None:
            verb = noun.head
            if verb.pos_ == "ADP" and verb.head.i != verb.i:  # "called for a boycott" (the preposition heads)
                verb = verb.head
            if verb.i == noun.i or verb.pos_ != "VERB" or self._negated_verb(verb) or self.t.quoted(noun):
                return None
            author = self._subject(verb)
        if author is None:
            return None
        for prep, obj in self.p.pp_objects(noun):
            if prep not in self.p.grammar.of_preps | self.p.grammar.against_preps:
                continue
            other = self._actor_in(obj, exclude=author)
            if other is None and obj.pos_ == "NOUN":
                other = self._possessor(obj)
                if other is None:
                    other = self._author(obj, exclude=author)
            if other is not None and other != author:
                s = self.t.sent(noun)
                return author, other, (s.start_char, s.end_char), noun.text
        return None

    def _reciprocal(self, verb: Any) -> bool:
        """Whether words right after ``verb`` make it reciprocal (``grammar.reciprocal_words``: "each other",
        « mutuellement »), within its sentence."""
        sent = self.t.sent(verb)
        words = " ".join(self.t.folded[i] for i in range(verb.i + 1, min(sent.end, verb.i + 6))
                         if not self.doc[i].is_space).replace("' ", "'")
        return any(f" {w} " in f" {words} " for w in self.p.grammar.reciprocal_words)

    def _traded(self, noun: Any) -> tuple[int, int] | None:
        """The two parties of an exchange of words of opposition: the coordinated subjects of a
        verb of exchange whose object is the noun ("X and Y traded accusations")."""
        verb = noun.head
        if verb.i == noun.i or not self.p.has(noun, "object") or not self.p.trades(verb):
            return None
        return self._coordinated_subjects(verb)

    def _coordinated_subjects(self, verb: Any) -> tuple[int, int] | None:
        """The actor of ``verb``'s subject and the first actor coordinated with it ("X and Y traded accusations", "X
        and Y blamed each other"), if both are there."""
        first = self._subject(verb)
        others = self._co_subjects(verb, first) if first is not None else []
        return (first, others[0]) if first is not None and others else None

    def _drawn(self, noun: Any) -> bool:
        """Whether a noun of opposition is the object of a verb by which its subject draws it
        upon itself (profile ``draw``: "drew criticism", "faced protests", "a suscité la colère")."""
        return noun.head.i != noun.i and noun.head.pos_ == "VERB" and self.p.has(noun, "object") \
            and self.p.draws(noun.head)

    def _cued_against(self, k: int) -> bool:
        """Whether claim ``k`` is cued by a verb of opposition ("X a dénoncé « … »")."""
        cue = self.claims_cue(k)
        return cue is not None and (self.p.is_oppose_verb(self.doc[cue]) or self.p.is_target_verb(self.doc[cue]))

    def _opposed_complement(self, c: Any) -> bool:
        """An oblique complement with a preposition of what one opposes ("s'oppose depuis
        longtemps au stade", "objected to the plan"), whatever label the parser chose: a verb
        with one is no bare refusal."""
        return self.p.has(c, "oblique") and c.pos_ in {"NOUN", "PROPN", "PRON"} and any(
            self.p.has(g, "case") and fold(g.text) in self.p.grammar.opposed_preps for g in c.children)

    def _told_doer(self, tok: Any, word: str, critic: int) -> int | None:
        """The subject of the verb of the first mention of the thing ``word`` names before ``tok``, told by the
        narrator outside any claim, by an actor other than ``critic`` and not against it ("The Senate passed a
        bill"): the one who did it."""
        for t in self.doc[: tok.i]:
            if t.pos_ != "NOUN" or not self._alike(fold(t.text), word) or self.actors.at(t.i) is not None \
                    or self.t.headline(t) or any(c.start <= t.idx < c.end for c in self.claims):
                continue
            head = t.head  # (the thing must be the verb's own object)
            if head.pos_ != "VERB" or self.p.is_oppose_verb(head) or self.p.is_target_verb(head) \
                    or not self.p.has(t, "object"):
                return None
            a = self._subject(head)
            return a if a is not None and a != critic else None
        return None

    def _members_mark(self, noun: Any, critic: int) -> int | None:
        """The body or group a noun's modifier before it names, in the singular of a group's name or as the body's
        own name ("a Republican bill" of the Republicans, "the Senate plan"): whose the thing is; never the critic."""
        for c in noun.children:
            if c.i > noun.i or not (self.p.has(c, "adj_mod") or c.dep_ == "compound") or not c.text[:1].isupper():
                continue
            word = fold(c.text)
            for a, x in enumerate(self.actors.actors):
                if a != critic and x.kind in {"group", "organization"} and x.named \
                        and any(fold(name) in {word, word + "s"} for name in x.names()):
                    return a
        return None

    def _owner(self, target: Any, critic: int) -> int | None:
        """Whose is a thing criticised that names no one ("the new tax was condemned"):
        the actor who did or said it last, in the sentences before, by the same noun."""
        word = fold(target.text)
        if target.pos_ != "NOUN" or len(word) < 3:
            return None
        if self.p.names_someone(word) and word not in self.p.said_nouns and word not in self.p.oppose_nouns:
            return None  # a noun naming someone (a body, a role, a group) is no thing done: it has no owner
        n = self.t.sent_no(target)
        members = self._members_mark(target, critic)
        if members is not None:
            return members  # "X called the Republican bill a stunt"
        # (a noun of a view with no determiner nor possessor names a kind, no one's view: "Y fights fear with
        # courage", « Y combat la peur » has its article)
        bare = not any(self.p.has(c, "det") or self.p.has(c, "possessive") for c in target.children)
        viewed = word in self.p.said_nouns or (word in self.p.stance_nouns and not bare)
        if viewed or word in self.p.oppose_nouns:
            # "X rejected the claims", "Y dismissed the criticism", « X nuance cet optimisme »: the last other
            # speaker (against something, for a criticism) in the sentences before
            for k in self._others_before(target.idx, critic, n, 2):
                c = self.claims[k]
                if not viewed and self.polarities[k] >= 0 and not c.oppose:
                    continue
                return c.speaker
        for tok in reversed(self.doc[self.t.sents[max(0, n - 6)].start : target.i]):
            if tok.pos_ != "NOUN" or not self._alike(fold(tok.text), word) or self.actors.at(tok.i) is not None:
                continue  # (an actor's name is no thing done: "the police" is not "the policy")
            # whoever was against it before is no owner of it, but on the critic's side
            held = [k for k, c in enumerate(self.claims) if c.start <= tok.idx < c.end and c.speaker != critic]
            key = self._thing_key(tok)
            if any(self.claims[k].oppose or self.polarities[k] < 0 or self._cued_against(k)
                   or (key is not None and self._stance_on(k).get(key, 0) < 0) for k in held):
                continue
            if held and (tok.dep_ == "attr" or any(c.dep_ == "cop" for c in tok.children)):
                continue  # one who says what the thing is ("This is a tax on food") only qualifies it
            if held and self._definite(tok):
                # one who speaks of a thing the narrator told before with its doer ("The Senate passed a bill …
                # X said Y would sign the bill") takes it up: its doer owns it
                doer = self._told_doer(tok, word, critic)
                if doer is not None:
                    return doer
            if held and (self.p.names_act(word) or (self.p.has(tok, "object") and tok.head.pos_ == "VERB")):
                # one who speaks of an act or of words makes them theirs ("X said the plan will …"), and one
                # whose words have the thing for their object ("X announced a new toll"); one who only speaks
                # of a thing does not own it ("the bridge's cost has doubled, according to X": not X's bridge)
                return self.claims[held[0]].speaker
            if held:
                continue
            author = self._author(tok, exclude=critic)  # told before with its author ("the rules, introduced by Y")
            if author is None:
                author = self._members_mark(tok, critic)  # or with its makers' mark ("a Republican bill")
            if author is not None:
                return author
            head = tok
            while head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
                head = head.head
            if head.pos_ == "VERB" and (self.p.is_oppose_verb(head) or self.p.is_target_verb(head)
                                        or self._against_thing(head, tok)) \
                    and not any(self.p.has(c, "subject") and tok in c.subtree for c in head.children):
                continue  # what another critic was against (at any depth of its complement), not its author
            if fold(head.lemma_) in self.p.grammar.copulas:
                continue  # a state's subject feels or is something about it, it did not make it ("X is angry about")
            a = self._subject(head) if head.pos_ in {"VERB", "AUX"} else None
            if a is not None and word in self.p.undergone and any(self.actors.at(t.i) == a for t in tok.subtree):
                continue  # who undergoes it ("The arrest of Y angered many" … "X condemned the arrest"): no author
            if a is not None and a != critic:
                return a
        # the noun of an act named before by its verb ("a judge ruled that …" … "X criticised the
        # ruling", "the council proposed …" … "the proposal"): that verb's subject
        for tok in self._acts_told_before(n, target.i):
            # (or a noun of a ruling taking up any verb that makes one: "the court ruled …" … "the decision")
            if not self._alike(word, fold(tok.lemma_ if self.p.verb_lemmas else tok.text)) \
                    and not (word in self.p.ruling_nouns and self.p.rules(tok)):
                continue
            if any(self.p.has(c, "subject") and c.pos_ == "PRON" for c in tok.children):
                continue  # "they concluded …": who "they" are is too far a guess to own the act
            a = self._subject(tok)
            if a is not None and a != critic:
                return a
        return None


def _without_allies(found: list[DisagreementRecord]) -> list[DisagreementRecord]:
    """Two actors the article sets against one common opponent stand on one side: a shared
    topic alone never opposes them ("X and Y both criticised Z", then X and Y each speak of
    the same thing)."""
    against: dict[int, set[int]] = {}
    for d in found:
        if d.rule == "topic":
            continue
        for one, two in (d.sides, d.sides[::-1]):
            for a in one:
                against.setdefault(a, set()).update(two)
    out = []
    for d in found:
        if d.rule == "topic" and any(against.get(a, set()) & against.get(b, set())
                                     for a in d.sides[0] for b in d.sides[1]):
            continue
        out.append(d)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) - max(a[0], b[0]) > 0


def _merged(found: list[DisagreementRecord], against: frozenset[str]) -> list[DisagreementRecord]:
    """One disagreement per opposition: two findings that set an actor against another
    already opposed to it (either way round), or that rest on the same words, are one
    disagreement whose sides gather both findings' actors."""
    out: list[DisagreementRecord] = []
    for d in found:
        for n, o in enumerate(out):
            same = bool(set(d.sides[0]) & set(o.sides[0]) and set(d.sides[1]) & set(o.sides[1]))
            crossed = (set(d.sides[0]) & set(o.sides[1]) and set(d.sides[1]) & set(o.sides[0]))
            spans = any(_overlap(x, y) for x in d.spans for y in o.spans)
            # one set against an actor joins those whose act already opposes that actor
            directed = d.rule.startswith("act:") and d.rule[4:] in against  # an act directed against an actor
            same = same or ((directed or d.rule == "reaction") and o.rule.startswith("act:")
                            and d.sides[1] == o.sides[1])
            if not (same or crossed or spans):
                continue
            a, b = (d.sides[1], d.sides[0]) if crossed else d.sides
            side_a = tuple(dict.fromkeys((*o.sides[0], *(x for x in a if x not in o.sides[1]))))
            side_b = tuple(dict.fromkeys((*o.sides[1], *(x for x in b if x not in o.sides[0]))))
            out[n] = DisagreementRecord(o.topic or d.topic, (side_a, side_b), o.stances,
                                        tuple(dict.fromkeys((*o.spans, *d.spans))),
                                        tuple(dict.fromkeys((*o.claims, *d.claims))), o.rule)
            break
        else:
            out.append(d)
    return out


def _short(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
