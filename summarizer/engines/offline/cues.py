"""Stage 1 — cues: where the text reports speech, who fills the speaker's slot, what was said.

A cue is a reporting verb ("a déclaré", "said", "fait savoir") or a source frame ("selon
X", "according to X", "pour X, …", "aux yeux de X"). For each one this stage records the
tokens that can name the speaker, best first — the agent of a passive, the subject and its
conjuncts, an inverted clitic ("dénonce-t-il"), an inverted subject in an incise ("…, a
déclaré le ministre"), the object of a frame — and the reported content, when the syntax
gives one (a complement clause, an infinitive, an object, or the sentence before an
incise). Speakers are not resolved here: that needs the actors (stage 3) and, for
pronouns, the discourse (stage 4). Pure function of the parse and the profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ...quotation import Quote
from .document import MIN_QUOTE_WORDS, Document, wordy
from .profile import LanguageProfile, fold

_TRAIL = set(",.;:—–-")
_QUOTE_CHARS = set("'\"«»“”‘’")
_NOMINAL = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM"})  # the tags of a noun phrase's words
_DASHES = {"—", "–"}
_TIME_ENTS = frozenset({"DATE", "TIME"})  # the recogniser's labels of dates and times
_NOMINAL_RUN = {"NOUN", "PROPN", "DET", "ADJ", "NUM", "CCONJ", "PART"}  # a subject made of nouns and names alone
_NAMED_PARTIES = {"ORG", "PERSON", "PER"}  # names of bodies and persons, as the recognisers label them
_ENDS = {".", "!", "?", "…"}
# the marks that open a quotation (the straight quote opens as it closes)
OPENING_QUOTES = frozenset({"«", '"', "“"})
# the marks that end a phrase before a clause or a quotation starts
_PHRASE_STOPS = frozenset({",", ":", ";", *OPENING_QUOTES})
_INCISE_OPENERS = {",", "»", "”", '"', "'", "’", ":", "(", "—", "–"}
_QUOTE_CLOSERS = frozenset({"»", "”", '"'})  # the marks that close a quotation


@dataclass(frozen=True)
class Cue:
    """A place where speech is reported (offsets in the analysed text)."""

    i: int  # token index of the cue word
    cue: str  # as written ("a déclaré", "selon")
    kind: Literal["verb", "frame", "noun"]
    slots: tuple[int, ...]  # tokens that may name the speaker, best first
    content: tuple[int, int] | None  # reported content (char span), when the syntax gives one
    oppose: bool
    sentence: int


class CueFinder:
    """Finds the cues of one document (see the module docstring)."""

    def __init__(self, text: Document, profile: LanguageProfile) -> None:
        self.t = text
        self.doc = text.doc
        self.p = profile
        self._light_words = frozenset(word for _, word in profile.light_verbs)
        # this document's answers, by verb index: several rules ask them of one verb
        self._agents_after: dict[int, Any] = {}
        self._inverted: dict[int, Any] = {}
        self._estimates: dict[int, tuple[int, int] | None] = {}

    def run(self) -> tuple[Cue, ...]:
        out: list[Cue] = []
        t = self.t
        for i, word in enumerate(t.folded):
            if t.starts[i] < t.body or t.quoted_at(i):
                continue  # the headline, and words quoted, say no one's words
            if word not in self.p.frame_starts and word not in self._light_words \
                    and t.pos[i] not in {"VERB", "AUX", "NOUN"} and not self._incise_after_quote(i) \
                    and not (t.pos[i] == "ADJ" and self._pronominal_participle(self.doc[i])):
                continue  # no frame, no cue word (``is_cue``), no noun of saying opens here
            tok = self.doc[i]
            width = self.frame_width(tok)
            if width:
                # (a frame in the writer's own question, "What should be done, from the government's perspective,
                # …?", asks for a view; it reports none)
                cue = self._frame(tok, width) if not self.t.asks(self.t.sent(tok)) else None
                if cue is not None:
                    out.append(cue)
                continue
            owned = self._owned_frame(tok) if self.t.folded[tok.i] in self.p.frame_starts \
                and not self.t.asks(self.t.sent(tok)) else None
            if owned is not None:
                out.append(owned)
                continue
            if self.is_cue(tok):
                cue = self._verb(tok)
                if cue is not None:
                    out.append(cue)
            elif tok.pos_ == "NOUN" and (self.t.folded[tok.i] in self.p.reporting_nouns
                                         or self.t.folded[tok.i] in self.p.grammar.request_nouns):
                cue = self._nominal(tok)
                if cue is not None:
                    out.append(cue)
        return tuple(self._embedded(c, out) for c in out)

    def _embedded(self, cue: Cue, cues: list[Cue]) -> Cue:
        """A content stops where a relative clause reports someone else's speech ("X
        opened the road despite a protest by Y, who disputed …"): that is Y's claim; a verb's or
        a frame's, where a clause joined to it brings another speaker ("According to X, A, but Y
        says B")."""
        if cue.content is None or cue.kind not in {"verb", "frame"}:
            return cue
        start, end = cue.content
        starts = self.t.starts
        for other in cues if cue.kind == "verb" else ():  # a relative clause cuts a verb's content only
            if other is cue or not other.slots or other.content is None or not (start < starts[other.i] < end):
                continue
            tok = self.doc[other.i]
            if not self.p.has(tok, "relative"):
                continue
            if set(other.slots) & set(cue.slots):
                continue
            if not wordy(self.t.text[other.content[0] : other.content[1]]):
                # (a relative clause too short to say anything of its own tells which thing the words are about: "X
                # said the landlord paid for repairs that tenants had refused to allow" is the report's; not one
                # with words of its own: "…, which the ministry says has cost …", "…, which Y described as …")
                continue
            left = min(t.idx for t in tok.subtree)
            if left > start:
                cut = self.trim(start, left)
                if cut[1] - cut[0] > 8:
                    end = min(end, cut[1])
        for other in cues:
            if other is cue or other.kind != "verb" or other.content is None or not (start < starts[other.i] < end) \
                    or not (self._next_speaker(other, cue) or self._own_conjunct(other, cue)):
                continue
            stop = self._before_clause(self.doc[other.i], start)
            if stop is not None:
                end = min(end, stop)
        return cue if end == cue.content[1] else Cue(cue.i, cue.cue, cue.kind, cue.slots, (start, end), cue.oppose,
                                                     cue.sentence)

    def _complementised(self, verb: Any) -> bool:
        """Whether the clause ``verb`` heads is marked by a complementiser ("that", « que »)."""
        return any(self.p.has(c, "mark") and fold(c.text) in self.p.grammar.complementisers for c in verb.children)

    def _own_conjunct(self, other: Cue, cue: Cue) -> bool:
        """Whether the verb cue ``other``, inside ``cue``'s content, is a verb the same speaker says next, coordinated
        with the content's and with a content of its own after it (« X accuse Y d'avoir … et reproche à Z d'avoir
        … »): two claims, not one. An infinitive or a gerund coordinated with a verb of the content, not with
        ``cue``'s own verb, is more of that content (« X reproche à Y d'avoir ignoré A et de ne répondre qu'à B »,
        "X accused Y of hiding A and of misleading B"): one claim."""
        verb = self.doc[other.i]
        if verb.head.i != cue.i and ("Inf" in verb.morph.get("VerbForm") or verb.tag_ in {"VB", "VBG"}):
            return False
        return self.p.has(verb, "conj") and bool(other.slots) and set(other.slots) == set(cue.slots) \
            and other.content is not None and other.content[0] > self.t.starts[other.i]

    def _next_speaker(self, other: Cue, cue: Cue) -> bool:
        """Whether the verb cue ``other``, inside ``cue``'s content, opens a clause of its own
        with a speaker of its own ("X said A, while Y argued B", "X affirme A, mais Y assure B"):
        coordinated with or adjoined to a clause of the content, not its complement, with its own
        subject in a slot ``cue`` does not share."""
        verb = self.doc[other.i]
        if not (self.p.has(verb, "conj") or self.p.has(verb, "adverbial_clause") or self.p.has(verb, "parataxis")):
            return False
        if not other.slots or set(other.slots) & set(cue.slots):
            return False
        if self._complementised(verb):
            return False  # "… and that Y intends to appeal": a content coordinated with the first
        slot = self.doc[other.slots[0]]
        # a speaker named anew: a pronoun may take up someone of the content ("because they see …")
        return self.p.has(slot, "subject") and slot.head.i == verb.i and slot.i < verb.i \
            and slot.pos_ != "PRON" and self.p.pronoun(slot) is None

    def _before_clause(self, verb: Any, start: int) -> int | None:
        """The end of what comes before the clause of ``verb`` from ``start``, without the
        conjunction or punctuation that joins them; None when less than three words are left."""
        first = min(t.i for t in verb.subtree)
        last = first - 1
        while last >= 0 and self.doc[last].idx >= start and (
                self.doc[last].is_punct or self.doc[last].is_space or self.doc[last].pos_ in {"CCONJ", "SCONJ"}
                or fold(self.doc[last].text) in self.p.grammar.marks):
            last -= 1
        if last < 0 or self.doc[last].idx < start:
            return None
        words, k = 0, last
        while k >= 0 and self.doc[k].idx >= start and words < 3:
            words += self.doc[k].is_alpha
            k -= 1
        if words < 3:
            return None
        stop: int = self.doc[last].idx + len(self.doc[last])
        return stop

    # ------------------------------------------------------------ cue words
    def light_head(self, tok: Any) -> Any:
        """The light verb of a two-word cue ("fait savoir", "met en garde"), or None."""
        low = self.t.folded[tok.i]
        if tok.pos_ == "NOUN" and tok.head.i < tok.i and self._voices(tok.head, tok) and not self._said_noun(tok):
            # "expressed gratitude", "a manifesté sa solidarité": the state of mind voiced (a noun of
            # saying issued, "a émis un communiqué affirmant …", is a cue of its own)
            return tok.head
        if low not in self._light_words or tok.i == 0:
            return None
        # (or through the preposition the noun follows: "came out in support of")
        up = tok.head.head if tok.head.dep_ == "prep" else tok.head
        for head_stem, word in self.p.light_verbs:
            if low == word:
                for b in (tok.head, self.doc[tok.i - 1], self.doc[max(tok.i - 2, 0)], up):
                    if b.i < tok.i and fold(b.text).startswith(head_stem):
                        return b
        return None

    def _voices(self, verb: Any, noun: Any) -> bool:
        """Whether ``noun`` is the object of ``verb``, a verb of expression (``verbs.expressing``)."""
        return noun.head.i == verb.i and self.p.has(noun, "object") and self.p.expresses(verb)

    def is_cue(self, tok: Any) -> bool:
        if self.light_head(tok) is not None:
            return True
        if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and tok.dep_ in {"ROOT", "acl"}) \
                and not self._incise_after_quote(tok.i) \
                and not (tok.pos_ == "ADJ" and self._pronominal_participle(tok)):
            return False
        if tok.pos_ == "AUX" and self.p.has(tok, "aux"):
            return False
        if self._noun_read_as_participle(tok):
            return False
        if self._reformulation(tok):
            return False  # « …, c'est-à-dire l'endroit où … »: a connective, no verb of saying
        if self.p.is_comparative_only(tok):  # "as X put it, …": a saying only after "as", or an estimate
            return self._as_marked(tok) or self.estimate(tok) is not None
        if self.p.is_reporting_verb(tok) or self._text_reads(tok):
            # ("gunmen attacked a village": force, no words; "the Senate confirmed Ana Ruiz": an appointment)
            # (nor "the storm claimed 300 lives": a killing)
            return not self.p.by_force(tok) and not self._installs(tok) and not self.p.takes_lives(tok)
        return self.estimate(tok) is not None or self._clitic_incise(tok) or self._inverted_incise(tok)

    def _reformulation(self, tok: Any) -> bool:
        """Whether ``tok`` ends a connective of reformulation (``grammar.reformulations``: « c'est-à-dire », "that is to
        say")."""
        before = fold(self.t.text[max(0, tok.idx - 24) : tok.idx + len(tok.text)])
        return any(before.endswith(r) and (len(before) == len(r) or not before[-len(r) - 1].isalpha())
                   for r in self.p.grammar.reformulations)

    def _installs(self, tok: Any) -> bool:
        """Whether ``tok`` puts someone in office (``verbs.installing``): with its particle ("was sworn in"), or with
        a named person or a noun of appointment (``verbs.appointment``) for its plain object ("confirmed Ana Ruiz",
        "confirmed the nomination"), and no clause of its own."""
        for entry in self.p.installing:
            verb, _, particle = entry.partition(" ")
            if not self.p.matches(tok, verb):
                continue
            if particle:
                if any(fold(c.text) == particle and self.p.has(c, "particle") for c in tok.children):
                    return True
                continue
            objects = [c for c in tok.children if self.p.has(c, "object")]
            if objects and not any(self.p.has(c, "clause") for c in tok.children) and all(
                    fold(o.text) in self.p.appointment or (o.pos_ == "PROPN" and o.ent_type_ in {"PERSON", "PER"})
                    for o in objects):
                return True
        return False

    def _copular_infinitive(self, verb: Any) -> tuple[int, int] | None:
        """The infinitive of the copula right after a verb of saying (its negation and adverbs between) and
        its predicate, when no clause is the verb's: what the subject says of itself (« X affirme être
        innocent », « X a confirmé être en France »), whatever the parser hung the predicate on (the
        verb, as an adjective's open clause or a place's oblique)."""
        if not self.p.is_reporting_verb(verb) or any(self.p.has(c, "clause") for c in verb.children):
            return None
        k = verb.i + 1
        while k < len(self.doc) and self.doc[k].pos_ in {"ADV", "PART"}:
            k += 1
        if k >= len(self.doc) - 1:
            return None
        cop = self.doc[k]
        if fold(cop.text) not in self.p.grammar.copulas or self.t.quoted(cop):
            return None  # (the infinitive only, which is the lemma: "être", not "est")
        predicate = cop.head if cop.head.i != cop.i and cop.head.i > cop.i else next(
            (c for c in verb.rights if c.i > cop.i and not c.is_punct), None)
        if predicate is None or predicate.pos_ == "VERB" \
                or (predicate.head.i != verb.i and predicate.i != cop.head.i):
            return None
        last = max(t.i for t in predicate.subtree)
        start = verb.i + 1
        return self.doc[start].idx, self.doc[last].idx + len(self.doc[last])

    def _inverted_incise(self, verb: Any) -> bool:
        """Whether ``verb`` opens an incise right after a quotation and its comma with its subject, a name or a
        noun phrase, inverted after it (« … », sourit Paul Roche; « … », gronde le maire): in a statement a subject
        follows its verb so only in an incise of words said, whatever the verb."""
        if verb.pos_ != "VERB" or self.p.is_reporting_verb(verb) or not self._group_after_quote(verb):
            return False
        if any((self.p.has(c, "subject") or self.p.has(c, "passive_subject")) and c.i < verb.i
               and not self.t.quoted(c) for c in verb.children):
            return False  # (a subject before it: no inversion; the quotation's words the parser may take for one)
        subject = self.inverted_subject(verb)
        return subject is not None and subject.i > verb.i and subject.head.i == verb.i \
            and all(t.pos_ in {"ADV", "DET", "ADJ"} for t in self.doc[verb.i + 1 : subject.left_edge.i])

    def _clitic_incise(self, verb: Any) -> bool:
        """Whether ``verb`` opens an incise right after a quotation and its comma with its subject clitic inverted
        after it or its auxiliary (« … », sourit-il; « … », a-t-il tenté de calmer le jeu): a subject clitic follows its
        verb only in an incise of words said (or a question, which no quotation's comma opens), whatever the
        verb."""
        return verb.pos_ == "VERB" and self._inverted_clitic(verb) is not None and self._group_after_quote(verb)

    def _group_after_quote(self, verb: Any) -> bool:
        """Whether ``verb``'s group (its auxiliaries, clitics and adverbs) stands right after a quotation and its
        comma, where an incise's verb stands (:meth:`_incise_after_quote`)."""
        first = self._before_verb_group(verb) + 1
        return first <= verb.i and self._incise_after_quote(first)

    def _noun_read_as_participle(self, tok: Any) -> bool:
        """Whether a form in a participle ending that heads its sentence, with no auxiliary and a finite clause
        hung on it, is the noun heading the subject of that clause ("A popular Valdorian saying commemorates
        these events: …"): a sentence has a finite verb, and a participle alone is none."""
        if tok.dep_ != "ROOT" or not fold(tok.text).endswith(self.p.grammar.participle_endings) \
                or any(self.p.has(c, "aux") for c in tok.children):
            return False
        subject = next((c for c in tok.children if self.p.has(c, "subject") and c.i < tok.i), None)
        return subject is not None and any(self.p.has(g, "det") for g in subject.subtree) \
            and any(self.p.has(c, "clause") and c.i > tok.i and finite_verb(c) for c in tok.children)

    def estimate(self, verb: Any) -> tuple[int, int] | None:
        """What a verb of estimating says (``verbs.estimating``): its object with the amount its
        preposition introduces (``grammar.amount_preps``), the words after the verb to the end of
        the later of the two ("X estime à 75 000 le nombre d'emplois menacés", "X put the number of
        jobs at risk at 5,000"); None without both. Asked by :meth:`is_cue`, then for the content."""
        if verb.i not in self._estimates:
            self._estimates[verb.i] = self._estimate(verb)
        return self._estimates[verb.i]

    def _estimate(self, verb: Any) -> tuple[int, int] | None:
        if not self.p.estimates(verb):
            return None
        preps = self.p.grammar.amount_preps
        parts = [c for c in verb.rights if self.p.has(c, "object") or self.p.has(c, "oblique") or c.dep_ == "prep"]
        obj = next((c for c in parts if c.pos_ == "NOUN"), None)
        amounts = [c for c in parts for t in c.subtree if t.like_num and t.i > verb.i + 1
                   and any(fold(x.text) in preps for x in self.doc[max(verb.i + 1, t.i - 2) : t.i])]
        if obj is None or not amounts:
            return None
        last = max((obj, *amounts), key=lambda c: c.right_edge.i).right_edge
        while last.is_punct and last.i > verb.i + 1:
            last = self.doc[last.i - 1]
        return self.doc[verb.i + 1].idx, last.idx + len(last.text)

    def _text_reads(self, verb: Any) -> bool:
        """Whether ``verb`` is a verb by which a text says what it holds (``verbs.text_verbs``) with a
        text for its subject: a statement noun ("The statement reads: …", "…, reads the motion,
        …"), or the relative word of one ("a statement which read, in part, …")."""
        if not self.p.text_says(verb):
            return False
        for c in verb.children:
            if not (self.p.has(c, "subject") or self.p.has(c, "passive_subject")):
                continue
            noun = verb.head if fold(c.text) in self.p.grammar.relatives and self.p.has(verb, "relative") else c
            return fold(noun.text) in self.p.statement_nouns
        return False

    def _pronominal_participle(self, tok: Any) -> bool:
        """A participle the tagger took for an adjective, with the reflexive clitic and the auxiliary of a
        pronominal verb's compound tense (« s'est indignée », « s'est-elle étonnée »): the verb."""
        g = self.p.grammar
        return any(fold(c.text) in g.reflexives and c.i < tok.i for c in tok.children) \
            and any(self.p.has(c, "aux") for c in tok.children)

    def _incise_after_quote(self, k: int) -> bool:
        """A lower-case word right after a closing quotation mark (and its comma), or after the
        reflexive clitic there, stands where the incise verb stands ("« … », estime la maire", « … »,
        s'indigne le maire), whatever the tagger made of it."""
        words = self.t.words
        i = k - 1
        # (past the subject clitic inverted after the auxiliary and its euphonic "-t-": « … », a-t-il martelé)
        if i > 1 and self._is_clitic(self.doc[i]):
            i -= 1
            while i > 1 and (self.t.folded[i] in self.p.euphonic or words[i] == "-"):
                i -= 1
        if i > 0 and self.t.pos[i] == "AUX" and words[i][:1].islower() and words[k][:1].islower():
            i -= 1  # (or after its auxiliary: « … », a prétendu X — the participle read as an adjective)
        if i > 0 and self.t.folded[i] in self.p.grammar.reflexives:
            i -= 1
        if i >= 0 and words[i] == ",":
            i -= 1
        return (i > 0 and words[k][:1].islower() and words[i] in {"»", "”", '"'}
                and self.t.quote_at(self.doc[self._before_blank(i)].idx) is not None)

    def _before_blank(self, i: int) -> int:
        """The index of the word before the closing mark at ``i``, past the blank that French sets inside its
        closing mark (« … »), within the line: the quotation's last word."""
        last = i - 1
        while last > 0 and self.doc[last].is_space and "\n" not in self.doc[last].text:
            last -= 1
        return last

    def frame_width(self, tok: Any) -> int:
        """Number of tokens of a source frame starting at ``tok`` (0 when none)."""
        first = self.t.folded[tok.i]
        if first not in self.p.frame_starts:
            return 0
        doc = self.doc
        sent = self.t.sent(tok)
        if tok.i + 1 < sent.end and self.t.folded[tok.i + 1] in self.p.frame_relatives:
            return 0  # "l'idée selon laquelle …": a relative, not a source ("X, selon qui …" is one)
        for words, initial in self.p.frames_by_start.get(first, ()):
            toks = list(self.t.folded[tok.i : tok.i + len(words) + 2])
            joined = " ".join(toks).replace("' ", "'")
            phrase = " ".join(words).replace("' ", "'")
            # (a frame ending in an elided word is written glued to the next: "d'Hélène")
            if not (joined + " ").startswith(phrase + " ") and joined != phrase \
                    and not (phrase.endswith("'") and joined.startswith(phrase)):
                continue
            k = 0
            acc = ""
            while k < len(toks) and acc.replace("' ", "'") != phrase:
                acc = (acc + " " + toks[k]).strip()
                k += 1
            if acc.replace("' ", "'") != phrase:
                continue
            after = tok.i + k
            if initial and after < sent.end and self.t.folded[after] in self.p.grammar.personal_relatives \
                    and tok.i - 2 >= sent.start and doc[tok.i - 1].text == "," \
                    and doc[tok.i - 2].pos_ in {"PROPN", "NOUN"}:
                return k  # "…, X, pour qui A": the frame of a relative on a name, wherever it stands
            if initial:
                # only a connective may come first: "Mais pour X, …", "But for X, …"
                if any(t.text not in {"«", '"', "“", "—", "–", ","} and t.pos_ not in {"CCONJ", "ADV"}
                       and not t.is_space for t in doc[sent.start : tok.i]):
                    continue
                nxt = doc[tok.i + k] if tok.i + k < len(doc) else None
                if nxt is None or (nxt.pos_ not in {"DET", "PROPN", "NOUN"} and self.p.pronoun(nxt) is None):
                    continue  # "Pour X, …", "Pour lui, …"
                # "Pour X, …": a comma must close the phrase soon
                comma = next((t.i for t in doc[tok.i + k : min(sent.end, tok.i + k + 12)] if t.text == ","),
                             None)
                if comma is None:
                    continue
                if phrase in self.p.frames_purposive and self._purposive(doc[tok.i + k : comma]):
                    continue
                noun = next((t for t in doc[tok.i + k : comma] if t.pos_ in {"NOUN", "PROPN"}), None)
                if noun is not None and fold(noun.text) in self.p.frames_requests:
                    continue  # "Per request of X, the Queen suspended …": on X's demand, not X's words
            return k
        return 0

    def _purposive(self, phrase: Any) -> bool:
        """Whether the words after a frame that may also open a purpose (``frames.purposive``: "for",
        « pour ») make it one: an infinitive after its noun ("For a candidate to win, …") or the noun
        of a text ("For the study, the researchers chose …")."""
        if any(fold(t.text) in self.p.grammar.infinitive_marks and t.pos_ == "PART" and t.i + 1 < phrase.end
               and self.doc[t.i + 1].pos_ in {"VERB", "AUX"} for t in phrase):
            return True
        nouns = [t for t in phrase if t.pos_ in {"NOUN", "PROPN"}]
        return bool(nouns) and all(fold(t.text) in self.p.statement_nouns for t in nouns)

    # ------------------------------------------------------------ frames
    def _owned_frame(self, tok: Any) -> Cue | None:
        """A frame whose source is a possessive determiner ("in his view, …", "à ses yeux, …",
        "…, à leur avis."): the possessor speaks; the content is the rest of the sentence after
        the frame's comma when it opens the sentence, else the sentence before it."""
        doc = self.doc
        sent = self.t.sent(tok)
        for words in self.p.frames_possessive:
            k = len(words)
            if tok.i + k > sent.end or words[0] not in {"*", self.t.folded[tok.i]}:
                continue  # the frame's first word is the token's, or the possessor's slot
            toks = list(doc[tok.i : tok.i + k])
            star = words.index("*") if "*" in words else -1
            genitive = False
            if star > 0 and fold(toks[star].text) not in self.p.possessives:
                # a genitive in place of the determiner: "in the mayor's view", "in X's words"
                j = tok.i + star
                while j < min(sent.end, tok.i + star + 5) and doc[j].text not in {"'s", "’s", "'"} \
                        and doc[j].pos_ in {"PROPN", "NOUN", "DET", "ADJ"}:
                    j += 1
                if j > tok.i + star and j < sent.end and doc[j].text in {"'s", "’s", "'"} and doc[j - 1].pos_ in {
                        "PROPN", "NOUN"}:
                    toks = [*toks[:star], doc[j - 1], *doc[j + 1 : j + 1 + len(words) - star - 1]]
                    k = j + len(words) - star - tok.i
                    genitive = True
            if len(toks) != len(words) or not all(
                    (w == "*" and (fold(t.text) in self.p.possessives or genitive))
                    or w == fold(t.text) for w, t in zip(words, toks, strict=True)):
                continue
            owner = next(t for w, t in zip(words, toks, strict=True) if w == "*")
            after = tok.i + k
            if tok.i - sent.start <= 1:
                if after >= sent.end or doc[after].text != "," or after + 1 >= sent.end:
                    return None
                content = (doc[after + 1].idx, sent.end_char)
            else:
                last = tok.i - 1
                while last > sent.start and doc[last].is_punct:
                    last -= 1
                if last <= sent.start:
                    return None
                content = (doc[sent.start].idx, doc[last].idx + len(doc[last]))
            cut = self._cut(tok, *content)
            if cut is None:
                return None
            text = " ".join(t.text for t in toks)
            return Cue(tok.i, text, "frame", (owner.i,), self.trim(*cut), False, self.t.sent_no(tok))
        return None

    def _past_apposition(self, i: int, sent: Any) -> int:
        """The comma that ends a sentence-initial frame's source, past what describes the
        source between commas: relative clauses ("according to X, who leads Y, …", "selon X,
        qui dirige Y, …") and noun phrases in apposition, with their determiner or the bare role
        noun French puts there ("selon X, la présidente de Y, …", "pour X, géophysicien au
        CNRS, …"), a relative clause inside them ("according to X, a geologist who was not
        involved, …"), when a clause of three words or more follows; or the colon that ends the last of them and
        opens the words ("pour X, son secrétaire général : « … »"). ``i`` is the first comma."""
        doc = self.doc
        while i < sent.end and doc[i].text == ",":
            j = i + 1
            while j < sent.end and doc[j].text not in _PHRASE_STOPS:
                j += 1
            if j >= sent.end or doc[j].text not in {",", ":"} or sent.end - j < 4 or j - i > 20 \
                    or not self._describes(doc[i + 1 : j]):
                return i
            i = j
        return i

    def _describes(self, inner: Any) -> bool:
        """Whether the words between two commas after a source describe it: a relative clause, a past
        participle's phrase ("présidée par X", "founded in 1990"), or a noun phrase opened by a
        determiner, a role noun or a noun the parser hangs on the source as its apposition, with no
        verb before a relative of its own."""
        first = inner[0]
        relative = next((t.i for t in inner if fold(t.text) in self.p.grammar.relatives and t.pos_ == "PRON"),
                        inner.end)
        # (or a present participle's, the source's act: "…, writing in the newspaper Y, …", « …, s'exprimant sur Y, »)
        present = (first.tag_ == "VBG" or ("Part" in first.morph.get("VerbForm") and "Pres" in first.morph.get("Tense"))
                   ) and first.pos_ in {"VERB", "AUX"}
        if relative == first.i or self._bare_past_participle(first) or present:
            return len(inner) <= 12  # a relative clause, a participle's phrase: "…, présidée par X, …"
        own = self.doc[inner.start : relative]
        if not len(own) or any(t.pos_ in {"VERB", "AUX"} for t in own) or len(own) > 12:
            return False
        # (a possessive determiner the tagger reads as a pronoun opens it as a determiner does: "its president")
        determined = first.pos_ == "DET" or (first.pos_ == "PRON" and self.p.has(first, "possessive"))
        k = 1 if determined and len(own) > 1 else 0
        while k < len(own) - 1 and own[k].pos_ == "ADJ":
            k += 1  # "ancien ministre", "former minister"
        return (determined and any(t.pos_ == "NOUN" for t in own)) \
            or any(self.p.is_role(t.text) or (self.p.has(t, "apposition") and t.head.i < t.i)
                   for t in own[: k + 1])  # (the tagger may take the noun for an adjective: "géophysicien")

    def _frame(self, tok: Any, width: int) -> Cue | None:
        doc = self.doc
        sent = self.t.sent(tok)
        i = tok.i + width
        seg_start = i
        while i < sent.end and doc[i].text not in _PHRASE_STOPS:
            if doc[i].text == "(":  # "selon l'Organisation (OMS), …": the parenthesis belongs to the source
                close = next((j for j in range(i, sent.end) if doc[j].text == ")"), None)
                if close is None:
                    break
                i = close
            i += 1
        seg = doc[seg_start:i]
        after = i + 1
        # a participle of citing after the source's phrase: "according to Y, citing X, …" names the source, X;
        # "according to X, quoted by Y, …" the relay, Y, whose phrase is passed over
        for words, relay in (*((w, False) for w in self.p.citing), *((w, True) for w in self.p.cited_by)):
            j = after + len(words)
            if tuple(fold(t.text) for t in doc[after:j]) != words:
                continue
            k = j
            while k < sent.end and doc[k].text not in {",", ":", ";"}:
                k += 1
            if k > j:
                seg, i = (seg if relay else doc[j:k]), k
            break
        if not len(seg):
            return None
        if i < sent.end and doc[i].text == ",":
            # "according to the town's mayor, Jane Roe, …", "pour l'association, l'Arbre : « … »":
            # the name in apposition is the source
            j = i + 1
            while j < sent.end and j - i <= 5 and (doc[j].pos_ == "PROPN" or (j == i + 1 and (
                    doc[j].pos_ == "DET" or fold(doc[j].text) in self.p.honorifics))):
                j += 1  # (an honorific may open the name: "…, Me Jane Roe, …", "…, Dr Jane Roe, …")
            if j > i + 1 and j < sent.end and doc[j].text in {",", ":"} and doc[j - 1].pos_ == "PROPN":
                seg, i = doc[i + 1 : j], j
        if tok.i - sent.start <= 1:
            i = self._past_apposition(i, sent)
        heads = [t for t in seg if t.head.i < seg.start or t.head.i >= seg.end or t.head.i == t.i]
        if self.p.language == "en":  # the head of an English noun phrase is its last noun
            heads.reverse()
        slot = next((h for h in heads if h.pos_ in {"NOUN", "PROPN", "PRON"} and not self._title_before_name(h)), None)
        if slot is None:
            slot = next((t for t in seg if t.pos_ in {"PROPN", "NOUN"}), None)
        if slot is None:
            return None
        rel = doc[seg.start]
        if fold(rel.text) in self.p.grammar.relatives and tok.i - 2 >= sent.start \
                and doc[tok.i - 1].text == "," and doc[tok.i - 2].pos_ in {"PROPN", "NOUN"}:
            # "…, Jane Roe, selon qui A", "…, X, according to whom A": the antecedent is the
            # source, the relative clause what it says
            end = next((j for j in range(rel.i + 1, sent.end) if doc[j].text in {",", ";", ":"}), sent.end)
            while end > rel.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if end - rel.i - 1 < 3:
                return None
            text = " ".join(t.text for t in doc[tok.i : tok.i + width]).replace("' ", "'")
            return Cue(tok.i, text, "frame", (tok.i - 2,),
                       self.trim(doc[rel.i + 1].idx, doc[end - 1].idx + len(doc[end - 1])), False, self.t.sent_no(tok))
        if tok.i - sent.start <= 1:  # "Selon X, …": the rest of the sentence
            if i + 1 >= sent.end:
                return None
            content = (doc[i + 1].idx, sent.end_char)
        else:  # "…, selon X."
            last = tok.i - 1
            if last <= sent.start:
                return None
            content = (doc[sent.start].idx, doc[last].idx + len(doc[last]))
            if seg.end < sent.end - 2:  # "X est, selon Y, en fuite": both sides
                content = (doc[sent.start].idx, sent.end_char)
            clause = self._relative_host(tok)
            if clause is not None and sent.start < clause.left_edge.i < tok.i and seg.end >= sent.end - 2:
                # "A did B, which C welcomed, according to Y": Y vouches for the relative clause
                # the frame hangs in, not for the clause it qualifies
                content = (clause.left_edge.idx, content[1])
        text = " ".join(t.text for t in doc[tok.i : tok.i + width]).replace("' ", "'")
        cut = self._cut(tok, *content)
        if cut is None:
            return None
        return Cue(tok.i, text, "frame", (slot.i,), self.trim(*cut), False, self.t.sent_no(tok))

    def _title_before_name(self, tok: Any) -> bool:
        """An honorific right before a name ("Me Jane Roe", "Dr Jane Roe"): the name is the head."""
        return fold(tok.text) in self.p.honorifics and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].pos_ == "PROPN"

    def _relative_host(self, tok: Any) -> Any:
        """The relative clause whose verb a frame word hangs on (through the noun it marks, for
        a preposition: "selon un communiqué"), if it does."""
        head = tok.head
        if head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        return head if head.pos_ in {"VERB", "AUX"} and self.p.has(head, "relative") else None

    # ------------------------------------------------------------ verbs
    def _verb(self, verb: Any) -> Cue | None:
        light = self.light_head(verb)
        # "« … », a fait savoir X": a two-word cue in an incise speaks as one verb does there (its
        # subject inverted after it, whatever label the parser gave it; the words before, its content)
        incised = light is not None and self.incise(verb) is not None
        slots = self.slots(light) if light is not None and not incised else []
        if light is not None and not any(self.p.has(c, "subject") for c in light.children) \
                and any(self.p.has(c, "subject") for c in verb.children):
            slots = []  # "X fait remarquer", the subject hung on the second word: it speaks
        if not slots:
            slots = self.slots(verb)
        if not slots and verb.pos_ == "NOUN" and verb.head.i != verb.i:
            slots = self.slots(verb.head)
        fronted = self._fronted_participle(verb) if light is None else None
        if fronted is not None:
            # "Estimant que A, X a voté contre", "Arguing that A, X voted against": a participle
            # of saying opening the sentence speaks with the subject of the main clause after its
            # comma, and says what comes before that comma
            slots = fronted[0]
            content: tuple[int, int] | None = (self.doc[verb.i + 1].idx, fronted[1])
        elif light is not None and verb.pos_ == "ADJ":
            content = None  # an adjective of attitude: the stance with its complement (light_content)
        else:
            said = self._content(verb)
            stranded = self._stranded_infinitive(verb) if said is None else None
            content = self._finished_content(verb, stranded if said is None else said)
            if stranded is not None and content is not None:
                # the noun the verb was hung on is its subject: "Le recteur de l'université
                # de Nantes menace de …" (the recteur, not Nantes)
                top = verb.head
                while top.head.i < top.i and top.pos_ in {"NOUN", "PROPN"} and top.head.pos_ in {"NOUN", "PROPN"}:
                    top = top.head
                slots = list(dict.fromkeys([top, *slots]))
        if content is None and light is not None and not incised:
            content = self.light_content(light, verb)
        if content is not None:
            # "l'espoir que …", "X estime que « … »": what follows the complementiser
            content = self._without_complementiser(*content)
        if content is not None:
            content = self._without_source_frame(*content)
        if content is not None:
            content = self._without_label(*content)
        cue_tok = light if light is not None else verb
        if content is not None and self.anonymity(*content):
            content = None  # "X, who asked not to be identified, said …": the request is no claim
        if content is not None and self._speaker_apposition(content, slots):
            content = None  # "« … » déclare X, le porte-parole du parti": who X is, not what X says
        if content is not None and self._object_before_colon_quotation(verb, content):
            content = None  # "X opposed Y's plan: « … »": what X says is the quotation the colon opens
        agents = {a.i for a in (self.p.agent_of(verb), self.agent_after(verb)) if a is not None}
        close = self.incise_close(verb) if content is not None else None
        if content is not None and close is not None and verb.idx < content[0] < self.doc[close].idx < content[1] \
                and any(verb.i < t.i < close and not self._is_clitic(t) for t in slots):
            # (what was said goes on after the incise, not from inside it: "In the end, said Mayor X, the bridge
            # will …", the parser making the speaker the subject of the clause after it)
            after = close + 1
            for t in self.doc[verb.i + 1 : close]:  # (and past the speaker's apposition: "…, said X, the economist, …")
                appos = next((c for c in t.children if self.p.has(c, "apposition") and c.left_edge.i == after), None)
                if appos is not None and appos.right_edge.i + 1 < len(self.doc) \
                        and self.doc[appos.right_edge.i + 1].text == ",":
                    after = appos.right_edge.i + 2
            if self.doc[after].idx < content[1]:
                content = self.doc[after].idx, content[1]
        # (the speaker inverted inside an incise the content spans is the incise's, not the content's)
        if content is not None and any(i > verb.i and i not in agents and content[0] <= self.doc[i].idx < content[1]
                                       and not self._is_clitic(self.doc[i])
                                       and not (close is not None and i < close) for i in (t.i for t in slots)):
            content = None  # "…, confie à la radio X, trésorière du club": the speaker is no content
            # (an inverted clitic is the incise's own subject: "Malgré les pertes, souligne-t-il, le
            # port restera fermé" says what is on both sides of it)
        if content is not None and slots and self._within_phrase(content, slots[0], verb):
            content = None  # "« … , a déclaré la maire Lena Ostrova, … »": the parse made the speaker an object
        if content is not None and content[0] <= verb.idx < content[1] and self._incise_after_quote(verb.i) \
                and any(t.i > verb.i for t in slots):
            # an incise right after a quotation, its subject after it, reports the quotation (its claim, or none for
            # a question), not both sides of itself: what follows describes the speaker (« « … ? », demande-t-il,
            # conscient de … »; a participle after a quotation says its own words: '"…", calling for …')
            content = None
        return Cue(verb.i, self.cue_text(cue_tok, verb), "verb", tuple(t.i for t in slots),
                   self.trim(*content) if content else None, self.p.is_oppose_verb(verb), self.t.sent_no(verb))

    def _object_before_colon_quotation(self, verb: Any, content: tuple[int, int]) -> bool:
        """Whether ``content`` is only the verb's object (with the verb's group or not), with no verb of its own,
        that a colon and a quotation follow in the sentence ("X opposed Y's plan: '…'", « X a contesté ce choix :
        « … » »): the object names what the words are about; the quotation after the colon is what is said."""
        toks = self.t.span_tokens(*content)
        obj = next((c for c in verb.children if self.p.has(c, "object") and c.i > verb.i), None)
        if toks is None or not len(toks) or obj is None or not obj.left_edge.i <= toks[-1].i <= obj.right_edge.i:
            return False  # (the content, the verb's group included or not, ends inside the object, whatever the parser
            # hung on it after the colon)
        if any((t.pos_ in {"VERB", "AUX"} and t.i != verb.i and t.head.i != verb.i) or self.t.quoted(t) for t in toks):
            return False
        k = toks[-1].i + 1
        while k < len(self.doc) and self.doc[k].is_space:
            k += 1
        return k + 1 < len(self.doc) and self.doc[k].text == ":" and any(
            self.t.quoted(t) for t in self.doc[k + 1 : min(len(self.doc), k + 4)])

    def _within_phrase(self, content: tuple[int, int], slot: Any, verb: Any) -> bool:
        """Whether ``content`` lies inside the noun phrase of the speaker ``slot`` after ``verb``
        (its subtree up to the child of ``verb`` it hangs from): the words that name an inverted
        speaker say nothing."""
        top = slot
        while top.head.i != top.i and top.head.i != verb.i:
            top = top.head
        if top.head.i != verb.i or top.i < verb.i or top.pos_ not in {"NOUN", "PROPN"}:
            return False
        first, last = top.left_edge, top.right_edge
        return bool(first.idx <= content[0] and content[1] <= last.idx + len(last.text))

    def _fronted_participle(self, verb: Any) -> tuple[list[Any], int] | None:
        """A present participle of saying that opens its sentence (alone or after a preposition
        of ``control_preps`` and an adverb: "Tout en rappelant que …", "While insisting that …"),
        set off by a comma: the speakers of the main clause after that comma (who the
        participle's understood subject is) and the comma's offset; None for any other verb or
        when the main clause names no one. The parser often makes the main clause the
        participle's complement, or its subject an auxiliary: the comma and the first verb after
        it are read from the words."""
        if not self._present_participle(verb) or not self.is_cue(verb) or verb.pos_ not in {"VERB", "AUX"}:
            return None
        sent = self.t.sent(verb)
        before = self.doc[sent.start : verb.i]
        if len(before) > 2 or any(not (fold(t.text) in self.p.grammar.control_preps or t.pos_ in {"ADV", "SCONJ"})
                                  for t in before):
            return None
        if verb.i + 1 >= sent.end or self.t.quoted(verb):
            return None
        nxt = self.doc[verb.i + 1]
        if not (fold(nxt.text) in self.p.grammar.complementisers or self.t.quoted(nxt)
                or any(self.p.has(c, "object") and c.i > verb.i for c in verb.children)):
            return None  # "Speaking on TV, X said …", "S'exprimant lundi, X a dit …": where or
            # when X spoke, not what X said
        for tok in self.doc[verb.i + 3 : sent.end - 1]:
            if tok.text != "," or self.t.quoted(tok):
                continue
            main = next((t for t in self.doc[tok.i + 1 : min(tok.i + 8, sent.end)]
                         if t.pos_ in {"VERB", "AUX"} and not self.t.quoted(t)), None)
            if main is None or self.doc[tok.i + 1].pos_ not in {"DET", "PROPN", "NOUN", "PRON"}:
                continue
            if any(t.text in {",", ";", ":"} for t in self.doc[tok.i + 1 : main.i]):
                continue
            if main.pos_ == "AUX" and main.head.i > main.i and main.head.pos_ == "VERB":
                main = main.head
            speakers = [t for t in self.slots(main, 1) if tok.i < t.i < main.i]
            return (speakers, tok.idx) if speakers else None
        return None

    def _without_source_frame(self, start: int, end: int) -> tuple[int, int]:
        """Reported content stops before a source frame set off by a comma ("X criticised the
        fees, according to the Y", "X a critiqué les tarifs, selon Y"): the frame names who
        reports the saying, it is no part of what was said."""
        toks = self.t.span_tokens(start, end)
        if toks is None:
            return start, end
        for tok in toks:
            if tok.idx > start and tok.i > 0 and self.doc[tok.i - 1].text == "," and self.frame_width(tok):
                cut = self.trim(start, self.doc[tok.i - 1].idx)
                if cut[1] > start:
                    return start, cut[1]
        return start, end

    def _without_label(self, start: int, end: int) -> tuple[int, int]:
        """Content without a noun phrase of words that closes it after a comma and labels it ("… cost jobs, a claim
        environmental groups dispute", « …, une affirmation que contestent les écologistes »): the narrator's word
        on what was said, not part of it."""
        span = self.t.span_tokens(start, end)
        if span is None:
            return start, end
        for t in span:
            if t.text != "," or t.i + 2 >= span.end:
                continue
            det, noun = self.doc[t.i + 1], self.doc[t.i + 2]
            if self.p.has(det, "det") and fold(det.text) in self.p.indefinite and noun.pos_ == "NOUN" \
                    and fold(noun.text) in self.p.said_nouns and noun.right_edge.i >= span.end - 1 - (
                        1 if self.doc[span.end - 1].is_punct else 0) and t.i > span.start:
                return start, self.doc[t.i - 1].idx + len(self.doc[t.i - 1].text)
        return start, end

    def _without_complementiser(self, start: int, end: int) -> tuple[int, int]:
        first = self.t.token_from(start)
        tok = self.doc[first] if first < len(self.doc) else None
        if tok is not None and tok.idx == start and fold(tok.text) in self.p.grammar.complementisers \
                and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].idx < end:
            return self.doc[tok.i + 1].idx, end
        return start, end

    def _speaker_apposition(self, content: tuple[int, int], slots: list[Any]) -> bool:
        """The content is a noun phrase set off by a comma right after a speaker's name, or right
        before it: an apposition that says who the speaker is ("…, said X, the party's spokesman",
        "…, affirme un jeune manifestant, X")."""
        span = self.doc.char_span(content[0], content[1], alignment_mode="expand")
        toks = [t for t in span if not t.is_punct] if span is not None else []
        if not toks or any(t.pos_ in {"VERB", "AUX"} for t in toks):
            return False
        first, last = toks[0], toks[-1]
        after = last.i + 2 < len(self.doc) and self.doc[last.i + 1].text == "," \
            and any(s.i == last.i + 2 and s.pos_ == "PROPN" for s in slots)
        # (the name's last word, whatever punctuation the parser hung on it: the comma after it is often its child)
        return after or (first.i >= 2 and self.doc[first.i - 1].text == ","
                         and any(s.i < first.i and s.right_edge.i in {first.i - 2, first.i - 1} for s in slots))

    # ------------------------------------------------------------ nouns
    def _nominal(self, noun: Any) -> Cue | None:
        """A reporting noun with its author and its content: "X's claim that …", "his denial
        that …", "the allegation by X that …", "X's promise to …", "X's claims of fraud", "ses
        accusations de fraude", "l'annonce par X de …", "la promesse de X de …". The author is
        the possessor, or the complement of "by"/"par", or a name after "de"; the content is the
        complement clause, else the noun with its infinitive or its "of"/"de" complement."""
        author = None
        rest = []
        for c in noun.children:
            case = next((fold(g.text) for g in c.children if self.p.has(g, "case") or g.dep_ == "case"), "")
            if self.p.has(c, "possessive") or (c.dep_ == "det" and "Yes" in c.morph.get("Poss")):
                author = author or c
            elif c.dep_ == "prep" and fold(c.text) in self.p.grammar.agent_preps:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                author = author or pobj
            elif case in self.p.grammar.agent_preps and c.pos_ in {"PROPN", "NOUN", "PRON"}:
                author = author or c
            elif case in self.p.grammar.of_preps and c.i < noun.i + 4 and author is None and (
                    c.pos_ == "PROPN" or (c.pos_ == "NOUN" and (self.p.is_role(c.text) or any(
                        self.p.has(g, "name_part") and g.pos_ == "PROPN" for g in c.children)))):
                # "la promesse de X", "l'affirmation de la ministre", "… de l'ingénieure X"
                author = c
            elif c.i > noun.i:
                rest.append(c)
        slots = [author] if author is not None else []
        verb = noun.head
        if author is None and self.p.has(noun, "object") and verb.pos_ in {"VERB", "AUX"} \
                and self.p.issues(verb):
            # "X made claims of …", "X a porté des accusations de …": the issuer speaks
            slots = self.slots(verb)
        if not slots:
            return None
        content = self._nominal_content(noun, slots[0] if author is not None else noun, rest)
        if content is None:
            return None
        cut = self._cut(noun, *content)
        if cut is None:
            return None
        return Cue(noun.i, noun.text, "noun", tuple(t.i for t in slots), self.trim(*cut),
                   self.p.is_oppose_verb(noun), self.t.sent_no(noun))

    def _nominal_content(self, noun: Any, author: Any, rest: list[Any]) -> tuple[int, int] | None:
        doc = self.doc
        sent = self.t.sent(noun)
        # the author's own words ("X's", "par X", « du ministre Jan Roe »: a name in apposition to the title),
        # not what the parser hung on it after it
        parts = [c for c in author.children
                 if c.i > author.i and (self.p.has(c, "name_part") or self.p.has(c, "compound")
                                        or (self.p.has(c, "apposition") and c.pos_ == "PROPN" and c.i == author.i + 1))]
        start = author.left_edge.i if author.head.i == noun.i else min(author.left_edge.i, author.head.i)  # "by X"
        skip = set(range(start, max([author.i, *(c.right_edge.i for c in parts)]) + 1)) | {noun.i}
        rest = rest + [c for c in author.children if c.i > author.i and c not in parts]
        i = noun.i + 1
        while i < sent.end and (i in skip or doc[i].is_space):  # (blanked markup is no word: "claim [zh] that")
            i += 1
        if i >= sent.end:
            return None
        first = doc[i]
        word = fold(first.text)
        mark = word in self.p.grammar.complementisers and (self.p.has(first, "mark") or first.pos_ == "SCONJ")
        g = self.p.grammar
        if first.pos_ == "ADP" and i + 1 < sent.end and fold(doc[i + 1].text) in g.relatives - g.marks \
                and doc[i + 1].head.pos_ in {"VERB", "AUX", "ADJ"}:
            first, mark = doc[i + 1], True  # "son démenti selon lequel …": the clause as with "que"
        clause = first.head  # "X's claim that …", "son affirmation que …": the clause
        while mark and clause.pos_ not in {"VERB", "AUX", "ADJ"} and clause.head.i not in {clause.i, noun.i}:
            clause = clause.head  # a complementiser the parser hung lower ("that … rusted through")
        if mark and clause.i != noun.i and clause.pos_ in {"VERB", "AUX", "ADJ"}:
            toks = [t for t in clause.subtree if t.i > first.i]
            if len([t for t in toks if t.is_alpha]) < 3:
                return None
            return toks[0].idx, toks[-1].idx + len(toks[-1])
        if word in self.p.grammar.complementisers:
            return None  # a relative clause ("the claims that X made"), or a clause misparsed
        inf = None
        if word in self.p.grammar.infinitive_marks and i + 1 < sent.end and doc[i + 1].pos_ == "VERB":
            inf = doc[i + 1]  # "X's promise to hire …", "la promesse de X de recruter …"
        elif first.pos_ == "VERB" and first.head.i == noun.i and "Inf" in first.morph.get("VerbForm"):
            inf = first
        if inf is not None:
            last = inf.i
            for c in inf.rights:
                if c.dep_ in {"conj", "cc", "punct", "parataxis"} or self.p.has(c, "subject") \
                        or self.p.has(c, "aux") or self.p.has(c, "conj"):
                    break
                last = max(last, c.right_edge.i)
            if last - inf.i < 1:
                return None
            return noun.idx, doc[last].idx + len(doc[last])
        asking = fold(noun.text) in g.request_nouns
        if asking and word in g.request_preps:
            # "X's call for a public inquiry", « l'appel de X à une grève générale »: what is asked for
            asked = next((c for c in rest if c.left_edge.i == i), None)
            toks = [t for t in asked.subtree if t.i > i] if asked is not None else []
            if len([t for t in toks if t.is_alpha]) >= 2 and any(t.pos_ in {"NOUN", "PROPN", "VERB"} for t in toks):
                return toks[0].idx, toks[-1].idx + len(toks[-1])
        if asking and fold(noun.text) not in self.p.reporting_nouns:
            return None  # (a noun of asking reports what it asks for, nothing else: "the appeal of that decision")
        of = next((c for c in rest if c.left_edge.i == i and (
            (c.dep_ == "prep" and word in self.p.grammar.of_preps)
            or (c.pos_ == "NOUN" and word in self.p.grammar.of_preps))), None)
        if of is None or not any(t.pos_ in {"NOUN", "PROPN", "VERB"} for t in of.subtree):
            return None  # "suggestions of her own": no content
        last = of.right_edge.i
        for c in sorted(rest, key=lambda t: t.i):  # "accusations de fraude contre la direction"
            if c.i > of.i and c.left_edge.i == last + 1 and c.pos_ in {"NOUN", "PROPN", "ADP"} \
                    and not self.p.has(c, "relative"):
                last = c.right_edge.i
        if last - noun.i < 2:
            return None
        return noun.idx, doc[last].idx + len(doc[last])

    def anonymity(self, start: int, end: int) -> bool:
        """Whether a short content asks for anonymity ("not to be named", "l'anonymat"): a
        source's condition for speaking, not something it says."""
        words = [fold(w) for w in self.t.text[start:end].replace("'", "' ").replace("’", "' ").split()]
        return len(words) <= 6 and any(w.strip(".,;") in self.p.anonymity for w in words)

    def _across_quotation(self, verb: Any, tok: Any) -> bool:
        """Whether ``tok`` lies inside a quotation that ``verb`` stands outside of: a quotation's last word is
        no auxiliary, clitic or adverb of the incise's verb after it (« … qui était », a dit X)."""
        return self.t.quoted(tok) and not self.t.quoted(verb)

    def cue_text(self, verb: Any, last: Any = None) -> str:
        auxes = [c for c in verb.lefts if self.p.has(c, "aux") and not self._across_quotation(verb, c)]
        toks = sorted({t.i: t for t in [*auxes, verb, *([last] if last is not None else [])]}.values(),
                      key=lambda t: t.i)
        return " ".join(t.text for t in toks)

    def _object_clitic(self, tok: Any, verb: Any) -> bool:
        """An object pronoun just before the verb or its auxiliary (« …, lui a dit X »): the
        one addressed, whatever label the parser gave it."""
        if fold(tok.text) not in self.p.object_pronouns or tok.i > verb.i or tok.pos_ != "PRON":
            return False
        nxt = self.doc[tok.i + 1]
        return nxt.i == verb.i or (nxt.head.i == verb.i and self.p.has(nxt, "aux"))

    def _is_clitic(self, tok: Any) -> bool:
        return fold(tok.text) in self.p.clitics and (tok.text.startswith("-") or (tok.i > 0
                                                     and self.doc[tok.i - 1].text in {"-t-", "-t", "-"}))

    def slots(self, verb: Any, depth: int = 0) -> list[Any]:
        """Tokens that may name the speaker of ``verb``, best first."""
        found = [self._past_circumstance(self._past_aside(t)) for t in self._slots(verb, depth)]
        if not found:
            # an inverted clitic between the auxiliary and the participle, or right after the
            # verb ("a-t-elle tranché", "dit-il"), is the subject whatever relation the parser
            # gave it
            near = self.doc[max(verb.i - 3, 0) : min(verb.i + 2, len(self.doc))]
            found = [t for t in near if t.i != verb.i and self._is_clitic(t) and self.p.pronoun(t) is not None][:1]
        if all(fold(t.text) in self.p.grammar.impersonal for t in found):
            found = self._impersonal_source(verb) or found  # "…, indique-t-on à Matignon"
        # a common noun and the proper name right after it, both made subjects by the parser ("The
        # blog Maestra points out …"): the name is in apposition to the noun, one speaker
        named = {t.left_edge.i for t in found if t.pos_ == "PROPN"}
        found = [self._name_before_title(t) for t in found]
        return [t for t in found if not (t.pos_ == "NOUN" and (t.i + 1 in named or self._title_of_next(t, found)))
                and not any(other.i != t.i and self.names_inner_noun(t, other) for other in found)]

    def _antecedent_of_relative_before(self, verb: Any) -> list[Any]:
        """The noun a relative clause set off by commas describes, right before a verb that has no subject of its
        own (« Un commerçant, qui ne veut pas être nommé, estime que … », "A trader, who did not want to be named,
        argues that …"): the clause runs from its relative pronoun, a subject after a comma, to the comma
        before the verb, whatever the parser made of it (the relative's verb the root, the verb hung on it), and the
        noun before it — the head of its phrase, not a complement's noun (« un commerçant de la place ») — is the
        verb's subject."""
        k = verb.i - 1
        if k < 3 or self.doc[k].text != "," or any(self.p.has(c, "subject") for c in verb.children):
            return []
        start = self.t.sent(verb).start
        j = k - 1
        while j > start and self.doc[j].text != ",":
            j -= 1
        pronoun = self.doc[j + 1]
        if j <= start or not relative_pronoun(pronoun) or not self.p.has(pronoun, "subject"):
            return []
        noun = self.doc[j - 1]
        while noun.pos_ not in {"NOUN", "PROPN"} and noun.head.i < j and noun.head.i != noun.i:
            noun = noun.head  # (from an adjective that ends the phrase: « de la rue principale »)
        while noun.pos_ in {"NOUN", "PROPN"}:
            up = noun.head.head if noun.head.pos_ == "ADP" else noun.head
            if up.i >= noun.i or up.pos_ not in {"NOUN", "PROPN"} or not (
                    self.p.has(noun, "nominal_mod") or noun.head.pos_ == "ADP"):
                break
            noun = up
        return [noun] if noun.pos_ in {"NOUN", "PROPN"} and not self.t.quoted(noun) else []

    def _name_before_title(self, title: Any) -> Any:
        """The name right before a role noun, no comma between, that the parser made the noun's subject ("Jane Roe
        porte-parole du ministère a affirmé …", the apposition's commas left out, the title read as a predicate): the
        holder the title describes speaks; else the role noun itself (never a possessor: "X's mother Y said")."""
        if not self.p.is_role(title.text):
            return title
        return next((c for c in title.children if c.pos_ == "PROPN" and c.i < title.i and self.p.has(c, "subject")
                     and c.right_edge.i == title.i - 1 and c.left_edge.text[:1].isupper()), title)

    def names_inner_noun(self, name: Any, head: Any) -> bool:
        """Whether the proper name ``name`` stands right after a common noun (past its adjectives) inside the phrase
        ``head`` heads, other than ``head`` itself, no comma between ("The unions of the rail company Volantis
        said …", « les syndicats de la compagnie ferroviaire Volantis »): it names that noun, in apposition to it,
        whatever the parser made of it (a second subject, the head's apposition), and does not speak beside
        ``head``."""
        if name.pos_ != "PROPN" or name.left_edge.i == 0 or any(c.pos_ == "CCONJ" for c in name.children):
            return False  # (a conjunct is a co-subject: « Les associations d'usagers et la CGT appellent … »)
        noun = self.doc[name.left_edge.i - 1]
        while noun.pos_ == "ADJ" and noun.text[:1].islower() and noun.i > 0:
            noun = self.doc[noun.i - 1]  # (past the noun's adjectives: "de la compagnie ferroviaire Y")
        # (a noun with no determiner only classifies the head, « le fabricant de lave-linge Y »: Y names the head)
        return noun.pos_ == "NOUN" and noun.i != head.i and noun in head.subtree \
            and any(self.p.has(c, "det") or self.p.has(c, "possessive") for c in noun.children)

    def _title_of_next(self, noun: Any, found: list[Any]) -> bool:
        """Whether the singular role noun ``noun``, with no determiner, is coordinated with the title of a name that
        is another subject ("Party leader and Prime Minister Paul Roche said …", "chairman and chief executive X"):
        two titles before one name are the one person's, whom the name names."""
        if not self.p.is_role(noun.text) or self.p.is_plural(noun) or any(self.p.has(c, "det") for c in noun.children):
            return False
        after = noun.i + 1
        if after + 1 >= len(self.doc) or self.doc[after].pos_ != "CCONJ":
            return False
        # (the name the parser made the conjunct, or the conjunct title's apposition: "Fisherman and citizen
        # journalist Kimi Roe (@kroe) has been posting …")
        return any(t.i > after and t.left_edge.i == after + 1 and (
            (t.pos_ == "PROPN" and any(self.p.is_role(w.text) for w in self.doc[after + 1 : t.i]))
            or (t.pos_ == "NOUN" and self.p.is_role(t.text)
                and any(self.p.has(c, "apposition") and c.pos_ == "PROPN" and c.i > t.i for c in t.children)))
            for t in found)

    def _impersonal_source(self, verb: Any) -> list[Any]:
        """An impersonal subject ("on") speaks for the place or the source its verb's complement
        names (``grammar.impersonal_preps``): "…, indique-t-on à Matignon", "on assure à l'Élysée
        que …", "a-t-on appris de source policière"."""
        if self._impersonal(verb, max(verb.i - 3, 0)) is None:
            return []
        complements = self.p.pp_objects(verb)
        # or a side it is on, fronted ("Du côté de la mairie, on assure que …", ``grammar.side_nouns``)
        sides = [g for _, noun in complements if fold(noun.text) in self.p.grammar.side_nouns
                 for _, g in self.p.pp_objects(noun) if g.pos_ in {"PROPN", "NOUN"}]
        return sides[:1] or [noun for prep, noun in complements if noun.i > verb.i
                             and prep in self.p.grammar.impersonal_preps and noun.pos_ in {"PROPN", "NOUN"}][:1] \
            or self._impersonal_place(verb)

    def _impersonal_place(self, verb: Any) -> list[Any]:
        """The place an impersonal subject speaks from, by the words alone where the parser hung its complement
        elsewhere: right after the verb, its clitics and the second word of a light verb (« assure-t-on à
        Matignon », « fait-on savoir à l'Élysée »), or fronted before the pronoun and a comma (« À Matignon, on
        fait savoir que … »): a preposition of ``grammar.impersonal_preps``, an article, a noun."""
        doc, g = self.doc, self.p.grammar
        sent = self.t.sent(verb)

        def noun_after(k: int) -> Any:
            if k < sent.end and (doc[k].pos_ == "DET" or fold(doc[k].text) in g.elided):
                k += 1
            return doc[k] if k < sent.end and doc[k].pos_ in {"PROPN", "NOUN"} else None

        k = verb.i + 1
        while k < sent.end and (self._is_clitic(doc[k]) or doc[k].text in {"-t-", "-t", "-"}
                                or (doc[k].pos_ == "VERB" and self.light_head(doc[k]) is not None)):
            k += 1
        if k < sent.end and fold(doc[k].text) in g.impersonal_preps and (noun := noun_after(k + 1)) is not None:
            return [noun]
        pron = self._impersonal(verb, sent.start)
        first = next((t for t in sent if not t.is_punct), None)
        if pron is not None and first is not None and pron.i > first.i and fold(first.text) in g.impersonal_preps \
                and doc[pron.i - 1].text == "," and (noun := noun_after(first.i + 1)) is not None and noun.i < pron.i:
            return [noun]
        return []

    def _impersonal(self, verb: Any, start: int) -> Any:
        """The impersonal subject pronoun (``grammar.impersonal``) from token ``start`` to two after the verb."""
        return next((t for t in self.doc[start : min(verb.i + 3, len(self.doc))]
                     if t.pos_ == "PRON" and fold(t.text) in self.p.grammar.impersonal), None)

    def _preverbal_subject(self, verb: Any) -> list[Any]:
        """A subject clitic before the verb, with only the clitics that may stand between them
        and the verb's auxiliaries ("il ne lui reproche pas", "elle s'en est prise à"): the
        verb's subject whatever label the parser gave it (an impersonal passive, "il lui est
        reproché de", names no one)."""
        doc = self.doc
        start = self.t.sent(verb).start
        if any(self.p.has(c, "passive_aux") for c in verb.children):
            return []
        i = verb.i - 1
        while i > start and fold(doc[i].text) not in self.p.clitics and (
                fold(doc[i].text) in self.p.preverbal or (self.p.has(doc[i], "aux") and doc[i].head.i == verb.i)):
            i -= 1
        tok = doc[i]
        if i < start or i == verb.i or tok.text.startswith("-") or fold(tok.text) not in self.p.clitics \
                or self.p.pronoun(tok) is None or (i > 0 and doc[i - 1].pos_ == "ADP"):
            return []
        return [tok]

    def _past_aside(self, tok: Any) -> Any:
        """A discourse aside with a possessive ("de son côté", "pour sa part", "for its part")
        is never the speaker, though a parser misled by it may take it for the subject or the
        head of the verb: the subject before it is (the nearest one in its sentence)."""
        if not (any(self.p.has(c, "case") or c.dep_ == "prep" for c in tok.children) or tok.dep_ == "pobj") \
                or not any(fold(c.text) in self.p.possessives for c in tok.children):
            return tok
        sent = self.t.sent(tok)
        for t in reversed(self.doc[sent.start : tok.left_edge.i]):
            if self.p.has(t, "subject") and t.pos_ in {"NOUN", "PROPN", "PRON"}:
                return t
        return tok

    def _past_circumstance(self, tok: Any) -> Any:
        """A circumstance opening the sentence, its preposition (``grammar.circumstance_preps``) misread as an
        adjective of the noun after it ("Outside court, X's lawyer, Jane Roe, said …": "court" the subject, the
        lawyer its apposition), is never the speaker: the apposition after its comma is."""
        first = tok.left_edge
        if first.i != self.t.sent(tok).start or first.i == tok.i or first.pos_ == "ADP" \
                or fold(first.text) not in self.p.grammar.circumstance_preps \
                or tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].text != ",":
            return tok
        return next((c for c in tok.children if self.p.has(c, "apposition") and c.i > tok.i + 1), tok)

    def _asyndetic_name(self, tok: Any) -> bool:
        """A proper name the parser made a conjunct of the noun before it with no conjunction
        between them, only a comma: an apposition ("his deputy, Jane Roe, …")."""
        if not self.p.has(tok, "conj") or tok.pos_ != "PROPN" or tok.head.i > tok.i or self.doc[tok.i - 1].text != ",":
            return False
        return not any(c.dep_ == "cc" for c in tok.children) and not any(
            c.dep_ == "cc" for c in tok.head.children if c.i > tok.head.i)

    def _relative_subject(self, subject: Any, verb: Any) -> Any:
        """The subject of ``verb`` in place of ``subject`` when ``subject`` is the antecedent of the relative clause
        ``verb`` heads (see :meth:`_slots`): the first noun of the phrase right after a relative pronoun set off
        by a comma between them, with neither a comma nor another verb from there to ``verb`` (« X, dont le siège
        est à Lyon, a estimé … », « Les syndicats, dont la CGT, ont dénoncé … » close their aside before it);
        None otherwise."""
        for r in self.doc[subject.i + 1 : verb.i]:
            if not relative_pronoun(r) or r.left_edge.i - 1 <= subject.i or self.doc[r.left_edge.i - 1].text != "," \
                    or self.doc[r.i + 1].pos_ not in {"DET", "NOUN", "PROPN"}:
                continue
            if any(t.text == "," or (t.pos_ in {"VERB", "AUX"} and t.head.i != verb.i)
                   for t in self.doc[r.i + 1 : verb.i]):
                return None
            return next((t for t in self.doc[r.i + 1 : verb.i] if t.pos_ in {"NOUN", "PROPN"}), None)
        return None

    def _subject_is_said(self, verb: Any) -> bool:
        """Whether the subject the parser found before ``verb`` is cut from it by a comma of
        its own: the words before an inverted speaker, what was said, not who says it."""
        before = [c for c in verb.children if self.p.has(c, "subject") and c.i < verb.i]
        if not before:
            return False
        # (a comma of the subject's own apposition is no such comma, nor are the commas
        # around a subject in apposition: "the minister, Jane Roe, accused Valdoria" has
        # the minister as subject, Valdoria as object)
        subject = before[0]
        # (the comma the parser may hang on the subject is not one of its words)
        last = self._last_word(subject)
        apposed = subject.left_edge.i > 0 and last.i + 1 < len(self.doc) \
            and self.doc[subject.left_edge.i - 1].text == "," and self.doc[last.i + 1].text == ","
        # (nor the comma that closes the subject's own apposition or relative clause: "la
        # maire de V, Hélène Garnier, a invité les habitants à …" has the mayor as subject)
        # (a name the parser joined to the subject as a conjunct with no conjunction, "sa
        # rivale, Jane Roe, a rejeté …", is such an apposition too)
        # (past the closing mark of a quotation that ends the relative clause: "X, who believes that '…', …", and
        # the closing parenthesis of a party or an age after a name: « sa rivale, Ana Ruiz (PRV), a rejeté … »)
        after = last.i + 1
        while after < len(self.doc) - 1 and self.doc[after].text in {'"', "”", "»", ")"}:
            after += 1
        # (a relative clause the parser hung on a noun inside the subject is the subject's too: "One member of the
        # board, who spoke on condition of anonymity, said X should …"; so is a participle phrase on the subject's
        # noun, a relative clause without its pronoun: « Le groupe, chargé de bâtir le pont, a rejeté … »)
        closed = self.doc[after].text == "," and any(
            (self.p.has(g, "apposition") or self.p.has(g, "relative") or self._asyndetic_name(g)
             or (self.p.has(g, "adnominal") and g.head.i == subject.i and g.i > subject.i))
            and self._last_word(g).i == last.i and (g.head.i == subject.i or self.p.has(g, "relative"))
            for g in subject.subtree if g.i != subject.i)
        return not apposed and not closed and self._comma_between(last, verb)

    def _name_after_fronted(self, verb: Any) -> list[Any]:
        """The proper name in apposition to a noun of a prepositional phrase that opens the sentence of ``verb``, set
        off by the comma that closes the phrase and by one before ``verb`` (a relative clause maybe between): the
        subject the parser left ``verb`` without ("On her blog X, Tana Ruel, who covered the trial, comments:");
        none when the name is not followed by that comma or the phrase is no complement of ``verb``."""
        sent = self.t.sent(verb)
        opener = next((c for c in verb.children if c.i < verb.i and c.left_edge.i == sent.start
                       and self.doc[c.left_edge.i].pos_ == "ADP"), None)
        if opener is None or self.doc[verb.i - 1].text != ",":
            return []
        for name in self.doc[opener.i + 1 : verb.i]:
            if name.pos_ != "PROPN" or not self.p.has(name, "apposition") or opener not in name.ancestors \
                    or self.doc[name.left_edge.i - 1].text != ",":
                continue
            after = name.right_edge.i + 1
            if self.doc[after].text != ",":
                return []
            if after == verb.i - 1:
                return [name]
            rel = self.doc[after + 1]
            clause = rel.head if fold(rel.text) in self.p.grammar.relatives else None
            if clause is not None and self.p.has(clause, "relative") and clause.right_edge.i == verb.i - 2:
                return [name]
            return []
        return []

    def _list_after_fronted(self, tok: Any, verb: Any) -> Any:
        """The first name of a list that opens after the comma closing a prepositional phrase before ``verb``
        ("At Velmar Voices, Lena Marsh and Piotr Halas confessed …"), the parser having chained the names as
        conjuncts onto the phrase's noun: the subject ``verb`` lacks is that name with the conjuncts after it,
        ``tok`` the last of them; none when ``tok`` is no such conjunct."""
        fronted = [c for c in verb.children if c.i < tok.i and c.pos_ == "ADP"]
        name = tok
        while (self.p.has(name, "name_part") or self.p.has(name, "compound")) and name.head.i > name.i:
            name = name.head
        while self.p.has(name, "conj") and name.head.i < name.i:
            if name.pos_ == "PROPN" and self.doc[name.left_edge.i - 1].text == "," \
                    and any(name.head in f.subtree for f in fronted):
                return name
            name = name.head
        return None

    def _participle_subjects(self, verb: Any, comma: bool = False) -> list[Any]:
        """The subjects the parser gave a participle clause before ``verb`` (a name or a noun before the
        participle): the participle's subject is its main verb's. With ``comma``, also a clause whose verb
        a comma cuts from that subject, whatever its tag: a verb is never cut from its own subject by a
        lone comma, so it is a participle the tagger read as a past ("X, nicknamed the '…', answered"); then
        never a clause of quoted words nor one with an auxiliary (« « Mon client n'a rien reçu », a affirmé
        l'avocat »: the quotation is what is said). A participle after a finite auxiliary is no participle clause
        but a clause of its own, with its own subject ("While X has acknowledged …, he has been criticised …", « Alors
        que X a reconnu …, il a été critiqué … »)."""
        return [g for c in verb.children if c.i < verb.i and (
                    (self.p.has(c, "adverbial_clause")
                     and ("Part" in c.morph.get("VerbForm") or (comma and self.doc[c.i - 1].text == ","))
                     and not any(self.p.has(a, "aux") and finite_verb(a) for a in c.children)
                     and not (comma and (self.t.quoted(c) or any(self.p.has(a, "aux") for a in c.children))))
                    or self._participle_aside(c, verb))
                for g in c.children if self.p.has(g, "subject") and g.pos_ in {"PROPN", "NOUN"} and g.i < c.i]

    def _after_fronted_participle(self, verb: Any) -> Any:
        """The head of the noun phrase between the comma that closes a present participle clause opening the
        sentence and the verb, when the parser hung that phrase inside the clause (an apposition to the
        participle's object: "Calling it a sham, Jane Vell of the group Y told …", « Jugeant la mesure injuste,
        Anne Riou a écrit … »): the comma closes the clause, so that phrase is the verb's subject. None when
        the sentence opens otherwise, or the phrase hangs on the verb already."""
        doc = self.doc
        sent = self.t.sent(verb)
        opening = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        clause = next((c for c in verb.children if c.i < verb.i and self._present_participle(c)
                       and opening is not None and c.left_edge.i == opening.i), None)
        if clause is None:
            return None
        inside = {t.i for t in clause.subtree}
        comma = next((k for k in range(clause.i + 1, verb.i) if doc[k].text == ","), None)
        if comma is None or comma not in inside:
            return None
        phrase = range(comma + 1, verb.i)
        heads = [doc[k] for k in phrase if doc[k].head.i not in phrase and doc[k].head.i in inside
                 and doc[k].pos_ in {"NOUN", "PROPN"}]
        return heads[0] if len(heads) == 1 else None

    def _participle_aside(self, clause: Any, verb: Any) -> bool:
        """Whether a clause the parser made the complement of ``verb`` before it is a past participle set off
        by commas between its subject and ``verb`` ("The minister, asked about the plan, said …"): a lone
        comma never cuts a finite verb from its own subject, and the comma closing the clause right before
        ``verb`` leaves ``verb`` the subject."""
        doc = self.doc
        return self.p.has(clause, "clause") and "Past" in clause.morph.get("Tense") \
            and clause.i > 0 and doc[clause.i - 1].text == "," and clause.right_edge.i + 2 == verb.i \
            and doc[verb.i - 1].text == "," and not self.t.quoted(clause) \
            and not any(self.p.has(a, "aux") for a in clause.children)

    def _stranded_object(self, subject: Any) -> bool:
        """Whether the phrase the parser made a subject follows a preposition left with no object ("replied to
        the call to vote for the party saying that …": "the party" is what "for" governs, and the participle
        of saying is the replying one's): a preposition's object is no subject."""
        at = subject.left_edge.i - 1
        if at < 0:
            return False
        prep = self.doc[at]
        return prep.pos_ == "ADP" and prep.head.i != subject.i and next(iter(prep.children), None) is None

    def _slots(self, verb: Any, depth: int = 0) -> list[Any]:
        out: list[Any] = []
        if self._root_noun_clause(verb) is not None:
            return [verb.head]  # "The X commentary highlighted … that …": the noun the parser made the root
        inverted = self.inverted_subject(verb)
        if inverted is None and self.after_comma(verb):
            inverted = self._inverted_clitic(verb)
        # "…, a déclaré X." ends the sentence: X speaks, whatever the parser made subject
        # of the words before the comma (they are what was said); so does an incise set
        # between two commas inside the sentence ("Les travaux, a-t-il ajouté, …")
        # (so does the incise of a quotation whose verb the parser left with no subject before it but the
        # inverted one and a euphonic "-t-", the quotation's words hung on it as a clause of their own: "« … »,
        # a-t-il affirmé" with the clitic read as a passive subject, "« … », a affirmé l'avocat")
        if inverted is not None and (self.t.sent(verb).end - verb.i <= 12 or self.incise_close(verb) is not None) \
                and (self._subject_is_said(verb) or (self._after_quotation(verb) and not any(
                    self.p.has(c, "subject") and c.i < verb.i and c.i != inverted.i
                    and fold(c.text) not in self.p.euphonic for c in verb.children)
                    and not self._participle_subjects(verb, comma=True))):
            # (a name the parser made the subject of a participle clause before the verb is the verb's
            # subject, and the noun after it an object: "X, nicknamed the '…', answered questions")
            return [inverted]
        if self._as_saying(verb):
            # "X was quoted as saying", "X is reported as saying": the one quoted speaks, not who quotes ("by Y")
            quoted = [c for c in verb.children if self.p.has(c, "passive_subject") and c.i < verb.i]
            if quoted:
                return quoted[:1]
        agent = self.p.agent_of(verb)
        if agent is not None and not self.agentive(agent):
            agent = None
        by = agent if agent is not None else self.agent_after(verb)
        # with the agents coordinated with it ("The plan was criticised by X, Y and Z": a list is a chain of
        # conjuncts to the parser, each hung on the one before), as co-subjects are below
        chain = [by] if by is not None else []
        while chain:
            h = chain.pop(0)
            out.append(h)
            chain.extend(self._conjuncts(h))
        # (and a subject the parser hung on the verb's auxiliary before it, reading the auxiliary as a verb: « Il
        # a par ailleurs indiqué que … »)
        holders = [verb, *(a for a in verb.children if self.p.has(a, "aux") and a.i < verb.i)]
        subjects = [c for h in holders for c in h.children
                    if self.p.has(c, "subject") and fold(c.text) not in self.p.euphonic
                    and not (self.t.quoted(c) and not self.title(c)) and not self._stressed(c)
                    and (c.pos_ in {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET"} or self._mistagged_name(c))
                    and not any(self.p.has(g, "case") and g.pos_ == "ADP" and g.i < c.i and c.pos_ != "PROPN"
                                and not self._article_read_as_case(g, c)
                                for g in c.children)  # "de son côté" is no subject
                    and not self._object_clitic(c, verb) and not self._stranded_object(c)]
        # (a noun before a relative clause set off by a comma is that clause's antecedent, not its verb's subject,
        # when a noun phrase follows the relative pronoun — the pronoun is then the verb's complement, and that
        # phrase its subject: « le préfet, à qui le comité reproche … », « le directeur, dont le syndicat réclame
        # … » — whatever the parser made of either)
        subjects = [self._relative_subject(c, verb) or c for c in subjects]
        subjects = list(dict.fromkeys(self._apposed_name(self._dislocated(c), verb) for c in subjects))
        fronted = self._after_fronted_participle(verb)
        if fronted is not None:
            # (a subject inside the clause, the participle's object the parser made the verb's: "Calling it a sham,
            # X told …" with "sham" for subject and X its apposition; or none at all)
            subjects = [fronted if c.i < fronted.i else c for c in subjects] or [fronted]
        if not subjects:
            # quoted words the parser made the subject, with a name in apposition to them ('Calling it "just
            # another apology", Jane Roe, a charity worker, told …'): the name is the verb's subject
            subjects = [g for c in verb.children if self.p.has(c, "subject") and self.t.quoted(c)
                        for g in c.children if self.p.has(g, "apposition") and g.pos_ == "PROPN"
                        and not self.t.quoted(g)][:1]
        if not subjects and agent is None and not any(self.p.has(c, "passive_aux") for c in verb.children):
            # a subject the parser took for a passive one, with no passive auxiliary ("la classe
            # politique a réagi")
            subjects = [c for c in verb.children if self.p.has(c, "passive_subject") and c.pos_ in {"NOUN", "PROPN"}]
        finite = not fold(verb.text).endswith(self.p.grammar.participle_endings) and (
            "Part" not in verb.morph.get("VerbForm") or any(self.p.has(c, "aux") for c in verb.children))
        if not subjects and agent is None and finite:
            # "X, auteur du rapport ayant livré ces chiffres, précise que …": the parser gave the
            # subject to the participle of the apposition before the verb; a participle's subject is
            # its main verb's
            subjects = self._participle_subjects(verb)
        if not subjects and agent is None and self.p.has(verb, "adnominal") and self.doc[verb.i - 1].text == "," \
                and "Past" in verb.morph.get("Tense"):
            # "X, a satirist from the site Y, tweeted:": the parser read the verb as a participle on the
            # apposition and left the sentence with a name for root and no finite verb: a sentence has one,
            # so the verb is the sentence's, in the past, and the name before the apposition its subject
            sent = self.t.sent(verb)
            root = sent.root
            finites = [t for t in sent if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")]
            if root.pos_ == "PROPN" and root.i < verb.i and not finites \
                    and any(self.p.has(c, "apposition") and c.i < verb.i for c in root.children):
                subjects = [root]
            elif root.pos_ == "NOUN" and root.i < verb.i and verb.i >= 2 and verb.head.i in {root.i, verb.i - 2} \
                    and all(verb in t.ancestors for t in finites):
                # "A former manager at X, Jane Roe, alleged that …": a description for root (no finite verb but in
                # what the verb says), the name set off by commas right before the verb, wherever the parser hung
                # it, is the subject (the name's head: its last word, or its first where the parser hangs the
                # others on it)
                name = self.doc[verb.i - 2]
                while (self.p.has(name, "name_part") or self.p.has(name, "compound")) and name.head.i != name.i \
                        and name.head.i < verb.i - 1:
                    name = name.head
                if name.pos_ == "PROPN" and self.p.has(name, "apposition") and name.left_edge.i > 0 \
                        and self.doc[name.left_edge.i - 1].text == "," and root in name.ancestors:
                    subjects = [name]
        if not subjects and agent is None and finite and verb.head.i == verb.i:
            # "Sur son blog X, Inès Marrac, qui a suivi la séance, commente :": the name set off by commas after a
            # fronted phrase, which the parser hung on that phrase's noun, is the subject the verb lacks
            subjects = self._name_after_fronted(verb)
        if not subjects and agent is None and finite:
            subjects = self._subject_taken_by_quotation(verb) or self._bare_oblique_subject(verb)
        if not subjects and agent is None and finite:
            subjects = self._antecedent_of_relative_before(verb)
        if not subjects and agent is None and finite:
            left = self.left_neighbour(verb)
            name = left
            while name is not None and name.head.i != name.i and (
                    self.p.has(name, "name_part") or self.p.has(name, "compound") or self.p.has(name, "apposition")
                    or self.p.has(name, "conj")):
                name = name.head
            if depth == 0 and name is not None and name.head.i == verb.i and self.p.has(name, "passive_subject"):
                # a passive's subject is the one told or spoken of: "X was told that …" (but the
                # one quoted speaks through a participle of saying: "X a été cité comme disant …")
                left = None
            if left is not None:
                subjects = [self._list_after_fronted(left, verb) or left]
        for c in subjects:
            out.append(c)
            # co-subjects ("X et Y ont dit"), never a complement with its preposition the parser
            # took for one: "…, assure X, de la CFDT" names X's body, which does not speak
            # (the parser may hang the second subject on the first one's name in apposition: "the mayor
            # Ana Ruiz and the governor Paul Ward said …")
            # (a list of three or more is a chain to the parser, each conjunct hung on the one before:
            # "Norway, Sweden and Denmark said": every link is a co-subject)
            named = [c, *(a for a in c.children if self.p.has(a, "apposition") and a.i > c.i and a.pos_ == "PROPN")]
            # a name in apposition that opens a coordination is the first of a list, no second name of the
            # subject: "Marta Quell, Ivo Brandt and Sela Ormond said", "three mayors, A, B and C, said"
            out.extend(a for a in named[1:] if any(self.p.has(g, "conj") for g in a.children))
            while named:
                h = named.pop(0)
                links = self._conjuncts(h)
                links += self._conjoined_past_complement(h)
                out.extend(links)
                named.extend(links)
            if fold(c.text) in self.p.grammar.relatives and self.p.has(verb, "relative"):
                # "the mayor and the union, who disputed …": every antecedent speaks
                top = verb.head
                while self.p.has(top, "conj") and top.head.i != top.i:  # the relative on the last conjunct
                    top = top.head
                stack = ([top] if top.i != verb.head.i else []) + [
                    g for g in top.children if self.p.has(g, "conj") and g.i != verb.head.i]
                stack += [g for g in verb.head.children if self.p.has(g, "conj")]
                # (not a conjunct after the relative clause, which it does not take up: "neither A, which
                # demanded …, nor B")
                while stack:
                    g = stack.pop(0)
                    if g.i > verb.i:
                        continue
                    if g.pos_ in {"PROPN", "NOUN"}:
                        out.append(g)
                    stack.extend(x for x in g.children if self.p.has(x, "conj"))
        if not subjects:
            # "affirme-t-il", "a-t-elle ajouté": the clitic is the subject whatever its label
            out.extend(t for t in self.doc[verb.i + 1 : verb.i + 3] if self._is_clitic(t))
            if not out:
                out.extend(t for t in self.doc[max(verb.i - 2, 0) : verb.i]
                           if self._is_clitic(t) and (t.head.i == verb.i or t.head.head.i == verb.i))
            if not out:
                out.extend(self._preverbal_subject(verb))
        if out:
            return out
        inverted = self.inverted_subject(verb)
        if inverted is not None:
            return [inverted]
        reporter = self._participle_reporter(verb) if depth < 2 else None
        if reporter is not None:
            # "X said the plan would fail, adding that …", "X demandait une enquête, estimant
            # que …": the participle of saying shares the subject of the reporting verb, not
            # that of the clause or noun the parser hung it on
            return self.slots(reporter, depth + 1)
        prep = verb.head
        if depth < 2 and verb.dep_ == "pcomp" and fold(prep.text) in self.p.grammar.comparative \
                and prep.head.i != prep.i and prep.head.pos_ in {"VERB", "AUX"}:
            # "X was quoted as saying …", "Y quoted X as saying …": the participle speaks with
            # the one quoted, the object of the verb "as" hangs on, or its passive subject
            host = prep.head
            quoted = [c for c in host.children if (self.p.has(c, "object") or self.p.has(c, "passive_subject"))
                      and c.pos_ in {"PROPN", "NOUN", "PRON"}]
            return quoted or self.slots(host, depth + 1)
        reporter = self._conjoined_reporter(verb) if depth < 2 else None
        if reporter is not None:
            # "X said that A but denied that B": the second verb of saying is X's too
            return self.slots(reporter, depth + 1)
        controller = self._gerund_host(verb) if depth < 2 else None
        if controller is not None:
            # "X opened the session by saying …", "X was quick in blaming Y": a gerund of saying
            # under a preposition of manner or time says it with the subject of what the
            # preposition qualifies
            return self.slots(controller, depth + 1)
        if depth < 2 and (self.p.has(verb, "conj") or self.p.has(verb, "adverbial_clause")
                          or self.p.has(verb, "open_clause") or self.p.has(verb, "adnominal")):
            head = verb.head
            if head.pos_ in {"NOUN", "PROPN"} and self.p.has(verb, "adnominal"):
                if self._bare_past_participle(verb):
                    return []  # a past participle on a noun is passive: the noun is what is told or
                    # spoken of ("the think tank called …", "le texte dénoncé …"), never who speaks
                issuer = self.issuer(head)
                if issuer is not None:
                    found = self.slots(issuer, depth + 1)
                    if found:
                        return found
                heard = self._spoken_to(head)
                if heard is not None:
                    # "X speaking to the Y council called …": the verb hung on the one spoken to
                    # is the speaker's, who is the subject of the verb of speaking
                    return self.slots(heard, depth + 1)
                return [head]
            if self.p.has(verb, "adverbial_clause") and self._bare_past_participle(verb):
                return []  # "X went on trial, accused of …", "X est jugé, accusé de …": passive, X is
                # the one accused, and the accuser is not named
            if self.p.has(verb, "adverbial_clause") and self._present_participle(verb) and verb.i > 0 \
                    and self.doc[verb.i - 1].text == ",":
                noun = self._coordinated_noun_before(verb)
                if noun is not None:
                    return [noun]
                # a participle set off after the main clause qualifies all of it: its subject is the main verb's,
                # not the one an infinitive below it is said of ("X ordered the envoy to leave, accusing his staff
                # of spying": X accuses, not the envoy)
                while self.p.has(head, "open_clause") and head.head.i != head.i and head.head.pos_ in {"VERB", "AUX"}:
                    head = head.head
            if self.p.has(verb, "conj") and head.pos_ in {"VERB", "AUX"} and finite_verb(verb) \
                    and not finite_verb(head):
                # a finite verb is coordinated with a finite verb: hung by the parser on an infinitive or a
                # participle (« X accuse Y d'avoir menti et reproche à Z … »), it is the conjunct of the finite verb
                # above that one, whose subject it shares — not the noun the infinitive is said of
                head = next((t for t in head.ancestors if t.pos_ in {"VERB", "AUX"} and finite_verb(t)), head)
            if head.i != verb.i and head.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
                found = self.slots(head, depth + 1)
                if self.p.has(verb, "conj"):
                    # a conjunct takes the subject it agrees with in number only ("Unions reject the law that
                    # attempts … and also proposes …": "proposes" is the law's, whatever the parser hung it on)
                    found = [t for t in found if self._agrees(verb, t)]
                    # a clause has one subject, coordinated or not: two the parser gave the verb a conjunct hangs on
                    # come from two clauses it ran together, the nearest that verb's own, the first the conjunct's
                    # ("X, the successor should Y lose the vote, has said …": X said it, not Y)
                    own = [c for c in head.children if self.p.has(c, "subject") and c.i < head.i]
                    if len(own) > 1 and verb.i > head.i:
                        found = [t for t in found if t.i == own[0].i or own[0] in t.ancestors]
                return found
            up = head.head
            if (self.p.has(verb, "open_clause") or self.p.has(verb, "adverbial_clause")) and head.pos_ == "ADV" \
                    and up.i != head.i \
                    and up.pos_ in {"VERB", "AUX"}:
                # an infinitive hung on an adverb of degree ("X went as far as to say …", "X was
                # quick enough to say …"): the subject of the verb the adverb qualifies
                return self.slots(up, depth + 1)
        return []

    def _subject_taken_by_quotation(self, verb: Any) -> list[Any]:
        """The subject of a verb of saying that a colon or an opening quotation mark after it separates from
        what it introduces, when the parser made that subject the subject of the quotation's own verb and hung
        the verb of saying on it (« Une élue de la majorité, jointe par téléphone, l'a admis : « Nous
        avons … » », "A senior aide, speaking privately, put it bluntly: 'We have …'"): the words after a
        colon or inside quotation marks are a sentence of their own, so a noun before the verb of saying is its
        subject, not theirs."""
        noun = verb.head
        if noun.i >= verb.i or noun.pos_ not in {"NOUN", "PROPN"} or not self.p.has(noun, "subject"):
            return []
        host = noun.head
        if host.i <= verb.i:
            return []
        between = self.doc[verb.i + 1 : host.i]
        return [noun] if any(t.text == ":" or t.text in OPENING_QUOTES for t in between) else []

    def _bare_oblique_subject(self, verb: Any) -> list[Any]:
        """The noun phrase opening the sentence that the parser hung on a verb left without subject as an
        oblique with no preposition (« Une élue de la majorité, jointe par téléphone, l'a admis : … », the object
        clitic read as the subject): a noun phrase with its determiner and no preposition before the verb is no
        circumstance (a date apart, « Mardi, … »), so it is the subject the verb lacks."""
        sent = self.t.sent(verb)
        return [c for c in verb.children
                if c.i < verb.i and self.p.has(c, "oblique") and c.pos_ in {"NOUN", "PROPN"}
                and c.left_edge.i == sent.start and not self.p.dates(c) and not self.t.quoted(c)
                and any(self.p.has(g, "det") for g in c.children)
                and not any(self.p.has(g, "case") for g in c.children)][:1]

    def _coordinated_noun_before(self, verb: Any) -> Any:
        """The noun right before the comma that opens the participle clause of ``verb`` when the clause, set off by
        commas, stands inside a coordination of nouns, a conjunction and a noun right after its closing comma
        ("a meeting between Ana Roble, claiming to speak for the ministry, and Tomas Reid", « entre Ana Roble,
        affirmant représenter le ministère, et Tomas Reid »): a participle there qualifies the noun before it, the
        first of the coordination, not the main clause; None otherwise."""
        doc = self.doc
        end = self.t.sent(verb).end
        before = doc[verb.i - 2] if verb.i > 1 else None
        close = next((k for k in range(verb.i + 1, end) if doc[k].text in {",", ";", ":"}), end)
        if before is None or before.pos_ not in {"PROPN", "NOUN"} or close + 2 >= len(doc) \
                or doc[close].text != "," or doc[close + 1].pos_ != "CCONJ" \
                or doc[close + 2].pos_ not in {"PROPN", "NOUN", "DET"}:
            return None
        k = close + 2
        while k + 1 < end and doc[k].pos_ in {"DET", "ADJ", "NUM"}:
            k += 1
        if self.p.has(doc[k], "subject") or self.p.has(before, "subject"):
            return None  # a clause coordinated after the participle ("…, accusing him of spying, and the council
            # agreed"): the participle is the main clause's
        return before

    @staticmethod
    def _number(tok: Any) -> str | None:
        """A token's grammatical number: its morphology's, else its English tag's (a present in the third
        person singular or a singular noun, a plural noun); None when neither tells."""
        found = tok.morph.get("Number")
        if found:
            return str(found[0])
        return {"VBZ": "Sing", "NN": "Sing", "NNP": "Sing", "NNS": "Plur", "NNPS": "Plur"}.get(tok.tag_)

    def _agrees(self, verb: Any, subject: Any) -> bool:
        """Whether a finite ``verb`` may have ``subject``: their numbers do not clash (coordinated subjects
        make a plural)."""
        if not finite_verb(verb) or any(self.p.has(c, "conj") for c in subject.children):
            return True
        a, b = self._number(verb), self._number(subject)
        return a is None or b is None or a == b

    def _gerund_host(self, verb: Any) -> Any:
        """The verb whose subject a gerund complement of a preposition of ``control_preps``
        takes ("continued by noting …": continued; "was vocal in blaming …": was), or None."""
        prep = verb.head
        if verb.dep_ != "pcomp" or not fold(verb.text).endswith(self.p.grammar.participle_endings) \
                or fold(prep.text) not in self.p.grammar.control_preps or prep.head.i == prep.i:
            return None
        host = prep.head
        if host.pos_ == "ADJ" and host.head.i != host.i:
            host = host.head  # "was vocal in …": the adjective's verb
        return host if host.pos_ in {"VERB", "AUX"} else None

    def _bare_past_participle(self, verb: Any) -> bool:
        return (("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"))
                or verb.tag_ == "VBN") and not any(self.p.has(c, "aux") for c in verb.children)

    @staticmethod
    def _mistagged_name(tok: Any) -> bool:
        """A capitalised word inside its sentence that the tagger took for an interjection or a
        foreign word (an unknown surname: '"…," Pike told reporters'): a name all the same."""
        return tok.pos_ in {"INTJ", "X"} and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() \
            and not tok.is_sent_start

    def issuer(self, noun: Any) -> Any:
        """The verb whose subject issued the statement ``noun`` names, or the statement a
        place of publication belongs to ("X posted a message on Twitter blaming Y", "X issued
        a statement condemning Y", "X a publié un communiqué dénonçant Y"): a participle of
        saying on that statement speaks with the issuer's voice. None for any other noun, for a
        verb that acts against the statement ("a judge dismissed X's lawsuit seeking …", "le
        tribunal a rejeté la plainte dénonçant …"): its subject is the statement's target, not
        its author, and for one that only praises it ("X hailed the figures, which suggest …"),
        unless it also issues or passes it on."""
        if fold(noun.text) not in self.p.statement_nouns:
            # "a message on Twitter": the place of publication hangs off the statement
            up = noun.head if noun.dep_ == "pobj" else noun
            up = up.head if up.dep_ == "prep" or self.p.has(noun, "nominal_mod") else None
            if up is None or up.pos_ != "NOUN" or fold(up.text) not in self.p.statement_nouns:
                return None
            noun = up
        if self.p.has(noun, "object"):
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":  # "X said in a statement blaming Y"
            verb = noun.head.head
        elif self.p.has(noun, "oblique"):
            verb = noun.head
        else:
            return None
        praised = self.p.is_support_verb(verb) and not (self.p.issues(verb) or self.p.relays(verb))
        return verb if verb.pos_ in {"VERB", "AUX"} and verb.i != noun.i and not self.p.is_target_verb(verb) \
            and not praised else None

    def title(self, tok: Any) -> bool:
        """Whether ``tok`` is in a title in quotation marks (a name, not words said)."""
        q = self.t.quote_at(int(tok.idx))
        return q is not None and self.t.title_quote(q)

    def _dislocated(self, tok: Any) -> Any:
        """A stressed pronoun set off by commas before its verb takes up the phrase right before it, the
        subject it stresses (« Les compagnies, elles, réclament … », "The airlines themselves, …"): that
        phrase's noun; else ``tok``."""
        doc, i = self.doc, tok.i
        if fold(tok.text) not in self.p.stressed or i < 2 or i + 1 >= len(doc) or tok.i > tok.head.i \
                or doc[i - 1].text != "," or doc[i + 1].text != ",":
            return tok
        j = i - 2
        while j >= tok.sent.start and doc[j].pos_ not in {"NOUN", "PROPN", "VERB", "AUX", "PUNCT"}:
            j -= 1
        if j < tok.sent.start or doc[j].pos_ not in {"NOUN", "PROPN"}:
            return tok
        noun = doc[j]
        while noun.head.i < noun.i and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i >= tok.sent.start:
            noun = noun.head  # (the phrase's head: « le groupe de pilotes, eux, … »)
        return noun

    def _apposed_name(self, tok: Any, verb: Any) -> Any:
        """A verb has one subject: a name that follows its subject noun after a comma alone and
        hangs on the same verb, whatever the parser's label, is that noun's apposition ("…, a
        indiqué son président, Jean Roe", "…, said its chairman, John Roe"), and the fuller
        reference: it stands for the noun."""
        nxt = tok.right_edge.i + 1
        if tok.pos_ != "NOUN" or nxt + 1 >= len(self.doc) or self.doc[nxt].text != ",":
            return tok
        return next((o for o in verb.children if o.pos_ == "PROPN" and o.left_edge.i == nxt + 1), tok)

    def _inverted_clitic(self, verb: Any) -> Any:
        """The subject clitic inverted after the verb or its auxiliary ("dit-il", "a-t-elle
        ajouté")."""
        near = self.doc[max(verb.i - 3, 0) : min(verb.i + 3, len(self.doc))]
        return next((t for t in near if t.i != verb.i and self._is_clitic(t) and self.p.pronoun(t) is not None
                     and (t.i > verb.i or self.p.has(self.doc[t.i - 1], "aux") or self._is_clitic(self.doc[t.i - 1])
                          or fold(self.doc[t.i - 1].text) in self.p.euphonic or self.doc[t.i - 1].text == "-")), None)

    def incise_close(self, verb: Any) -> int | None:
        """The comma that closes an incise inside the sentence: the verb after a comma, then
        only its inverted subject (a clitic, or a name or a title with its complements) and
        adverbs, then a comma ("Les travaux, ajoute le maire, commenceront …", "Par ailleurs,
        a-t-elle dit, …"); the words after it go on with what was said."""
        sent = self.t.sent(verb)
        i = self._before_verb_group(verb)
        if i <= sent.start or self.doc[i].text != "," or self.doc[i - 1].text in _QUOTE_CHARS:
            return None  # (after a quotation, "« … », a dit X, …" is the quotation's incise)
        for j in range(verb.i + 1, min(sent.end, verb.i + 10)):
            tok = self.doc[j]
            if tok.text == ",":
                return j if j > verb.i + 1 or self._inverted_clitic(verb) is not None else None
            if (tok.is_punct and tok.text not in {"-", "'", "’"}) or tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
                return None
        return None

    def subject_incise_close(self, verb: Any) -> int | None:
        """The comma that closes an incise whose subject comes before its verb, set between two
        commas inside the sentence ("Many of the farmers, the complaint pointed out, cannot pay
        …", "The new dam, the governor said on Monday, will cost …"): a comma, the verb's subject
        phrase, the verb with its particles, adverbs and circumstances, a comma. (French puts an
        object clitic before such a verb, "le maire l'a dit", which this does not read.)"""
        sent = self.t.sent(verb)
        subject = next((c for c in verb.children if self.p.has(c, "subject") and c.i < verb.i), None)
        if subject is None or any(self.p.has(c, "object") and c.i < verb.i for c in verb.children):
            return None  # (a free relative is no incise: "…, what organizers estimated at …, marched")
        first = subject.left_edge.i
        if fold(self.doc[first].text) in self.p.grammar.free_relatives:
            return None
        if first - 1 <= sent.start or self.doc[first - 1].text != "," or self.doc[first - 2].text in _QUOTE_CHARS:
            return None
        between = self.doc[subject.right_edge.i + 1 : verb.i]
        if any(t.pos_ in {"VERB", "AUX"} and not self.p.has(t, "aux") for t in between):
            return None
        preps = [c for c in verb.rights if c.pos_ == "ADP"]
        for j in range(verb.i + 1, min(sent.end, verb.i + 7)):
            tok = self.doc[j]
            if tok.text == ",":
                return j
            # (its particles, adverbs and circumstances: "…, the governor said on Monday, …")
            if tok.is_punct or not (tok.pos_ in {"ADP", "ADV", "PART"}
                                    or any(p.left_edge.i <= j <= p.right_edge.i for p in preps)):
                return None
        return None

    def _last_word(self, tok: Any) -> Any:
        """The last word of ``tok``'s phrase: its right edge, before any punctuation the parser
        hung on it (the comma after a subject often is)."""
        last = tok.right_edge
        while last.i > tok.i and last.is_punct:
            last = self.doc[last.i - 1]
        return last

    def _comma_between(self, a: Any, b: Any) -> bool:
        return any(t.text == "," for t in self.doc[min(a.i, b.i) + 1 : max(a.i, b.i)])

    def agent_after(self, verb: Any) -> Any:
        """"présentée comme une erreur par les syndicats": an agent the parser did not attach.
        Only a past participle has one (a present participle is active: "assurant que …"), and
        only in its own clause, never in a clause it introduces ("… que A a été vérifié par B")."""
        if verb.i not in self._agents_after:
            self._agents_after[verb.i] = self._agent_after(verb)
        return self._agents_after[verb.i]

    def _agent_after(self, verb: Any) -> Any:
        if "Part" not in verb.morph.get("VerbForm") or self._present_participle(verb) \
                or any(self.p.has(c, "subject") for c in verb.children):
            return None
        if any(self.p.has(c, "aux") for c in verb.children) and not any(
                self.p.has(c, "passive_aux") for c in verb.children):
            return None  # an active past ("X a critiqué …", "X has criticised …") has no agent
        doc = self.doc
        sent = self.t.sent(verb)
        for i in range(verb.i + 1, min(sent.end, verb.i + 12) - 1):
            if (doc[i].is_punct and not doc[i].is_quote) or fold(doc[i].text) in self.p.contrast \
                    or self.p.has(doc[i], "mark"):
                return None  # (quotation marks around a word end no clause)
            if doc[i].pos_ in {"VERB", "AUX"} and not self._copular_complement(verb, doc[i]):
                return None  # "par X" after another verb is that verb's agent ("la règle imposée par X")
            if fold(doc[i].text) in self.p.grammar.agent_preps and doc[i + 1].pos_ in {"PROPN", "NOUN", "DET"}:
                j = i + 1
                while j < sent.end - 1 and doc[j].pos_ == "DET":
                    j += 1
                return doc[j] if self.agentive(doc[j]) else None
        return None

    def _copular_complement(self, verb: Any, tok: Any) -> bool:
        """The copula of the infinitive complement of a passive ("X was declared to be a pandemic by
        Y"): the agent after it is the passive's, which the parser hung on the predicate."""
        return tok.head.i == verb.i and self.p.has(tok, "open_clause") and self.p.lemma(tok) in self.p.grammar.copulas

    def _stressed(self, tok: Any) -> bool:
        """A stressed pronoun set off by commas after the verb ("X souligne, elle, …")."""
        doc = self.doc
        return (fold(tok.text) in self.p.stressed and tok.i > tok.head.i and 0 < tok.i < len(doc) - 1
                and doc[tok.i - 1].text == "," and doc[tok.i + 1].text == ",")

    def _spoken_to(self, tok: Any) -> Any:
        """The verb of saying ``tok`` is the audience or occasion of ("speaking to X", "parlant
        à X", "s'exprimant devant X"), or None."""
        head = name_head(tok, self.p)
        if head.dep_ == "pobj" and fold(head.head.text) in self.p.addressee_preps:
            verb = head.head.head
        elif any(self.p.has(c, "case") and fold(c.text) in self.p.addressee_preps for c in head.children):
            verb = head.head
        else:
            return None
        return verb if verb.i != head.i and verb.pos_ == "VERB" and self.is_cue(verb) else None

    def left_neighbour(self, verb: Any) -> Any:
        """The name right before a verb the parser left without subject, parentheses skipped:
        "Jane Roe (@jroe) [es] considers …"."""
        doc = self.doc
        start = self.t.sent(verb).start
        if start > 0 and verb.i - start <= 2 and doc[start - 1].text in {"»", "”", '"'}:
            start = self.t.sent(doc[start - 1]).start  # the parser cut the sentence at a closing mark
        i = verb.i - 1
        while i >= start:
            tok = doc[i]
            if tok.text in {")", "]"}:
                opener = "(" if tok.text == ")" else "["
                while i >= start and doc[i].text != opener:
                    i -= 1
                i -= 1
                continue
            if self.p.has(tok, "aux") or tok.pos_ in {"AUX", "ADV", "PART"} or (
                    tok.head.i == verb.i and fold(tok.text) in self.p.grammar.reflexives):
                i -= 1  # (and the reflexive of a pronominal verb: « X, son président, s'est dit … »)
                continue
            if tok.text == "," and i > start and doc[i - 1].pos_ == "PROPN":
                # the comma closing a name in apposition ("le ministre, Jean Roux, a jugé …"): the
                # name, if a comma opens it too
                j = i - 1
                while j > start and (doc[j - 1].pos_ == "PROPN" or (  # (a particle inside: "Yves Le Goff")
                        fold(doc[j - 1].text) in self.p.particles and j - 1 > start and doc[j - 2].pos_ == "PROPN")):
                    j -= 1
                if j > start and doc[j - 1].text == ",":
                    return doc[i - 1]
                return self._name_before_relative(i, start)
            if tok.text == "," and i > start and doc[i - 1].pos_ != "PROPN":
                # a description between commas after the name ("Aung Ko Ko, agriculteur, explique …", "X, 34, a
                # vendor, said …"): the name before it, when no verb stands in it; or a relative clause the parser
                # made the verb's complement ("Ana Ruiz, whose party holds the casting vote, said …")
                return self._name_before_asides(i, start) or self._name_before_relative(i, start)
            if tok.text in {"»", "”", '"'} and i > 0 and self.title(doc[i - 1]):
                q = self.t.quote_at(int(doc[i - 1].idx))  # a title in quotation marks ("« Rue Libre » affirme")
                return self.t.span_tokens(q.start, q.end).root if q is not None else None
            if i - 2 >= start and tok.is_alpha and doc[i - 1].text in {"-", "‑"} and not doc[i - 1].whitespace_ \
                    and not doc[i - 2].whitespace_ and doc[i - 2].pos_ == "PROPN" and doc[i - 2].is_alpha \
                    and doc[i - 2].text[:1].isupper():
                return doc[i - 2]  # a hyphenated given name's second half, whatever its tag ("Lee Hyang-ah commented")
            return tok if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper()) else None
        return None

    def _name_before_asides(self, comma: int, start: int) -> Any:
        """The proper name before one or two asides set off by commas that end at ``comma`` (a noun phrase or a
        number each, of at most eight words and no verb: "Aung Ko Ko, agriculteur,", "Tam Vo, 34, a vendor,"), when
        the name opens the sentence; None otherwise."""
        doc = self.doc
        end = comma
        for _ in range(2):
            k = end - 1
            while k > start and doc[k].text != "," and end - k <= 9:
                k -= 1
            aside = doc[k + 1 : end]
            if doc[k].text != "," or not len(aside) or any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in aside) \
                    or not any(t.pos_ in {"NOUN", "NUM"} for t in aside):
                return None
            name = doc[k - 1]
            if name.pos_ == "PROPN":
                return name if self._name_start(k - 1, start) == start else None
            end = k
        return None

    def _name_before_relative(self, comma: int, start: int) -> Any:
        """The proper name that opens the sentence and is set off by the comma before a relative word, the relative
        clause ending at ``comma`` ("Ana Ruiz, whose party holds the casting vote, said …", « Ana Ruiz, dont le parti
        détient la voix décisive, a déclaré … »): whatever the parser made of the clause, it describes the name, which
        is the subject the verb after it lacks; None otherwise."""
        doc = self.doc
        for k in range(comma - 2, start + 1, -1):
            if doc[k].text in _QUOTE_CHARS:
                return None
            if doc[k].text == "," and fold(doc[k + 1].text) in self.p.grammar.relatives and doc[k - 1].pos_ == "PROPN":
                first = self._name_start(k - 1, start)
                lead = first  # (a title before the name, with its determiner and adjectives: « La sénatrice X »)
                while lead > start and (self.p.is_role(doc[lead - 1].text) or doc[lead - 1].pos_ in {"DET", "ADJ"}):
                    lead -= 1
                titled = lead == first or any(self.p.is_role(t.text) for t in doc[lead:first])
                return doc[k - 1] if lead == start and titled else None
        return None

    def _name_start(self, last: int, start: int) -> int:
        """Where the chain of proper nouns ending on token ``last`` starts, no earlier than ``start`` (a word of the
        recogniser's name counts whatever its tag)."""
        first = last
        while first > start and (self.doc[first - 1].pos_ == "PROPN" or self.doc[first].ent_iob_ == "I"):
            first -= 1
        return first

    def agentive(self, tok: Any) -> bool:
        """Whether a "par X" / "by X" noun can name someone (not "par la suite", "by far")."""
        return bool(tok.pos_ == "PROPN" or tok.text[:1].isupper() or self.p.is_role(tok.text)
                    or self.p.is_group(tok.text) or fold(tok.text) in self.p.org_nouns)

    def _before_verb_group(self, verb: Any, light: Any = None) -> int:
        """The index of the word before ``verb``'s auxiliaries, clitics and adverbs (and ``light``, the
        light verb of a two-word cue), in its sentence: what an incise opens on ("« … », a-t-il affirmé",
        "…, a fait savoir X"); the word before the sentence when nothing else comes before them in it."""
        doc = self.doc
        i: int = verb.i - 1
        start = self.t.sent(verb).start

        def back(i: int) -> int:
            while i >= start and (self.p.has(doc[i], "aux") or doc[i].pos_ in {"AUX", "PRON", "ADV", "PART"}
                                  or (light is not None and i == light.i)) and not self._across_quotation(verb, doc[i]):
                i -= 1
            return i

        i = back(i)
        # (and a verb that takes it as its infinitive, with its mark: « …, tient à préciser X », « …, se
        # contente-t-on d'indiquer »; the participle the tagger may read as an adjective)
        if "Inf" in verb.morph.get("VerbForm") and i > start and fold(doc[i].text) in self.p.grammar.infinitive_marks:
            j = back(i - 1)
            if j >= start and doc[j].pos_ in {"VERB", "ADJ"} and not self.p.is_reporting_verb(doc[j]):
                return back(j - 1)
        return i

    def _after_quotation(self, verb: Any) -> bool:
        """The verb opens the incise of a quotation: its closing mark, a comma, then auxiliaries or clitics
        ("« … », a-t-il affirmé", '"…," said X')."""
        i = self._before_verb_group(verb)
        return i > self.t.sent(verb).start and self.doc[i].text == "," and self.doc[i - 1].text in _QUOTE_CHARS

    def after_comma(self, verb: Any) -> bool:
        """The verb opens an incise: a comma or closing quote, then auxiliaries or clitics (and the
        light verb of a two-word cue: "…, a fait savoir X")."""
        i = self._before_verb_group(verb, self.light_head(verb))
        return i >= self.t.sent(verb).start and self.doc[i].text in _INCISE_OPENERS \
            and not self._closes_subject_apposition(verb, i)

    def _closes_subject_apposition(self, verb: Any, comma: int) -> bool:
        """Whether the comma at ``comma`` closes an apposition or a relative clause on the verb's own subject
        before it ("Lina Marsh, a lawyer, criticised the leaders, …"): the verb goes on with its subject, no
        incise, and the noun after it is its object, not an inverted subject."""
        return any(self.p.has(s, "subject") and s.i < comma and any(
            (self.p.has(c, "apposition") or self.p.has(c, "relative")) and c.i > s.i and c.right_edge.i == comma - 1
            for c in s.children) for s in verb.children)

    def quote_incise_subject(self, verb: Any, noun: Any) -> bool:
        """Whether ``noun``, with its determiner, is the first word after the verb of an incise that
        follows a quotation's closing mark ('"…," said a protester …', "« … », a lancé un
        passant"): there the quotation is what is said and the noun phrase who says it, whatever
        the noun (the parser may take it for the verb's object)."""
        doc = self.doc
        i = verb.i - 1
        while i >= 0 and (self.p.has(doc[i], "aux") or doc[i].pos_ in {"AUX", "PRON", "PART"}):
            i -= 1
        if i == verb.i - 1 and not finite_verb(verb):
            return False  # ('"…" regarding the dispute': a participle, no incise)
        closing = comma = False
        while i >= 0 and doc[i].is_punct and doc[i].text in {",", "»", "”", '"'}:
            closing = closing or (doc[i].text != "," and i > 0
                                  and self.t.quote_at(doc[self._before_blank(i)].idx) is not None)
            comma = comma or doc[i].text == ","
            i -= 1
        first = next((t for t in doc[verb.i + 1 : noun.i + 1] if not t.is_space), None)
        # (not a noun whose "of" complement names its owner: '"…," reads the judgment of Judge X' — X speaks)
        owned = noun.i + 1 < len(doc) and fold(doc[noun.i + 1].text) in self.p.grammar.of_preps and any(
            obj.pos_ == "PROPN" for _, obj in self.p.pp_objects(noun))
        # (nor when the parser gave a participle clause before the verb the name that is the verb's subject:
        # "X, nicknamed the '…', answered some questions" — the noun is the object)
        return closing and comma and not owned and first is not None and self.p.has(first, "det") \
            and first.head.i == noun.i and all(t.head.i == noun.i for t in doc[first.i : noun.i]) \
            and not self._participle_subjects(verb, comma=True)

    def inverted_subject(self, verb: Any) -> Any:
        """The subject after the verb of an incise: "…, a déclaré mercredi le ministre"."""
        if verb.i not in self._inverted:
            found = self._inverted_subject(verb)
            if found is not None and fold(found.text) in self.p.honorifics and found.i + 1 < len(self.doc) \
                    and self.doc[found.i + 1].pos_ == "PROPN":
                found = self.doc[found.i + 1]  # (an honorific before a name is the name's: "…, a déclaré Me X")
            self._inverted[verb.i] = found
        return self._inverted[verb.i]

    def _inverted_subject(self, verb: Any) -> Any:
        if self._inverted_clitic(verb) is not None:
            return None  # an inverted clitic is the subject; a name after it is a complement (« a-t-elle dit sur X »)
        # ("« … », a lancé un passant": the noun after an incise right after a quotation, whatever the verb's form)
        # (a text's noun is read as before, its author speaks: '"…," reads the judgment of X')
        after_quote = next((c for c in verb.rights if c.pos_ == "NOUN" and fold(c.text) not in self.p.statement_nouns
                            and self.quote_incise_subject(verb, c)), None)
        if after_quote is not None:
            return after_quote
        # (a statement's noun there speaks for its author, named in its "of" or "from" complement: « « … », indique un
        # communiqué de la direction », '"…," said a statement from the ministry')
        statement = next((c for c in verb.rights if c.pos_ == "NOUN" and fold(c.text) in self.p.statement_nouns), None)
        if statement is not None and self._after_quotation(verb) and self.after_comma(verb):
            author = next((obj for prep, obj in self.p.pp_objects(statement)
                           if prep in self.p.grammar.of_preps | self.p.grammar.source_preps
                           and obj.pos_ in {"NOUN", "PROPN"}), None)
            if author is not None:
                return author
        # (or a quantifier of a partitive, « « … », a expliqué l'un des porte-parole du parti »: one of them speaks)
        partitive = next((c for c in verb.rights if c.pos_ == "PRON" and fold(c.text) in self.p.quantifiers
                          and any(self.p.has(g, "nominal_mod") for g in c.children)), None)
        if partitive is not None and self._after_quotation(verb):
            return partitive
        as_mark = self._as_marked(verb)
        if fold(verb.text).endswith(self.p.grammar.participle_endings) \
                or not (self.after_comma(verb) or as_mark or self._opens_before_colon(verb)):
            return None
        if self.p.never_inverted(verb):
            return None  # ('"…", Jane Roe told Reuters': what follows "told" is who is told)
        if as_mark and self._as_fragment(verb):
            return verb.head  # "comme le rappelle X, …" parsed with X heading the comparative
        for c in verb.rights:
            for g in c.children:  # "confie à la radio Jean Dupont": the person in apposition
                if self.p.has(g, "apposition") and g.pos_ == "PROPN":
                    return g
            # (or a body's noun with its determiner, which the parser may take for the object: "…, indique
            # l'université", "…, a précisé l'agence"; or a building's that houses one: « …, a indiqué le musée »)
            word = fold(c.text)
            # (or an anaphor of one named before, whatever its tag: "…, a rétorqué ce dernier", « le second »)
            if self.p.latter_word(c) is not None or self.p.former_word(c) is not None:
                return c
            housing = self.p.is_body_noun(word) or word in self.p.buildings
            if c.pos_ in {"PROPN"} or (c.pos_ == "NOUN" and (self.p.is_role(c.text) or self.p.is_group(c.text)
                                                              or word in self.p.masculine | self.p.feminine
                                                              or c.text[:1].isupper()
                                                              or (housing and self._determined(c, verb.i)))):
                addressed = {n.i for prep, n in self.p.pp_objects(verb) if prep in self.p.grammar.setting_preps}
                if c.i not in addressed:
                    return c
        return self._late_subject(verb)

    def _opens_before_colon(self, verb: Any) -> bool:
        """Whether a verb of saying in a finite past tense opens its sentence, with no subject before it, and the
        sentence ends on a colon ("Said one engineer:", "Wrote the paper:", "Reported the website known as X:"):
        the quotative inversion, its subject after it, announcing the words that follow."""
        sent = self.t.sent(verb)
        first = next((t for t in sent if not t.is_space), None)
        last = next((t for t in reversed(sent) if not t.is_space), None)
        return first is not None and first.i == verb.i and last is not None and last.text == ":" \
            and "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm") \
            and self.p.is_reporting_verb(verb) and not any(self.p.has(c, "subject") for c in verb.children)

    def _late_subject(self, verb: Any) -> Any:
        """The inverted subject of an incise that ends its sentence, past the circumstances the verb
        has before it ("« … », a lancé jeudi matin sur France Inter le président du groupe, X"), which
        the parser may hang anywhere: the first role noun with its determiner, or name of a person,
        that no preposition introduces (not "devant les députés": who is spoken to)."""
        doc = self.doc
        sent = self.t.sent(verb)
        # (or that ends on a colon announcing the words, « comme le précise l'ambassadeur, X : « … » »: what
        # follows the colon is what is said, whatever sentence the parser made of it)
        end = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ":"), sent.end)
        while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end - verb.i > 24:
            return None  # an incise ends its sentence: a clause goes on
        governed = False  # inside a phrase a preposition opened
        for i in range(verb.i + 1, end):
            tok = doc[i]
            if governed and tok.text[:1].isupper():
                # a name ends the phrase ("sur France Inter | le président"), whatever the tagger made
                # of its words
                governed = not (i + 1 < end and doc[i + 1].pos_ == "DET")
                continue
            if i == verb.i + 1 and tok.pos_ == "VERB" and "Inf" in tok.morph.get("VerbForm") and tok.text.islower() \
                    and not any(self.p.has(c, "aux") or self.p.has(c, "mark") for c in tok.children):
                continue  # a bare infinitive right after the verb is a noun the tagger misread ('said study author X')
            if tok.is_punct or tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ", "PRON"}:
                return None
            if tok.pos_ == "ADP":
                governed = True
                continue
            if tok.pos_ == "DET":
                governed = governed and doc[i - 1].pos_ == "ADP"  # "sur la radio": still the preposition's
                continue
            if governed:
                continue
            if tok.pos_ == "PROPN" and tok.ent_type_ in {"PER", "PERSON"}:
                return tok
            if tok.pos_ in {"NOUN", "ADJ"} and self.p.is_role(tok.text) and self._determined(tok, verb.i):
                # (a role noun the tagger took for an adjective: "affirme un jeune manifestant"); the
                # name in apposition after it, if any, names the one who speaks ("…, Karim Belal.")
                name = doc[i + 2] if i + 2 < end and doc[i + 1].text == "," else None
                return name if name is not None and name.pos_ == "PROPN" and name.ent_type_ in {"PER", "PERSON"} \
                    else tok
        return None

    def _determined(self, noun: Any, start: int) -> bool:
        """Whether a determiner opens ``noun``'s phrase, adjectives between ("un jeune manifestant",
        "the young protester"), after token ``start``."""
        k = noun.i - 1
        while k > start and self.doc[k].pos_ == "ADJ":
            k -= 1
        return bool(k > start and self.doc[k].pos_ == "DET")

    def sign_carrier(self, q: Any) -> Any:
        """The token naming who carries the signs a slogan is read on: after the run of
        quotations the slogan ends, a sign noun ("placards", "pancartes") and its carrier —
        the agent of its participle ("carried by workers"), the subject of its relative ("que
        portaient les manifestants"), its complement ("des manifestants"), its possessor, or
        the subject of the verb it is the object of ("protesters held signs reading …")."""
        doc = self.doc
        last = self.t.span_tokens(q.end - 1, q.end)
        if last is None or not len(last):
            return None
        k = last[-1].i + 1
        limit = min(len(doc), self.t.sent(last[-1]).end + 1)
        while k < limit and (self.t.quoted(doc[k]) or doc[k].is_punct or doc[k].pos_ in {"CCONJ", "SPACE"}):
            k += 1  # the other slogans of the run
        for j in range(k, min(limit, k + 12)):
            sign = doc[j]
            if fold(sign.text) not in self.p.signs:
                continue
            return self.carrier_of(sign)
        # (or before it, the noun a participle of reading hangs on: "drivers from X carried placards reading "…"")
        inside = self.t.span_tokens(q.start, q.end)
        up = inside.root if inside is not None and len(inside) else None
        for _ in range(3):
            if up is None or up.head.i == up.i or up.head.i >= inside.start:
                return None
            up = up.head
            if fold(up.text) in self.p.signs:
                return self.carrier_of(up)
        return None

    def carrier_of(self, sign: Any) -> Any:
        """The token naming who carries ``sign``, a noun of ``signs``: the agent of its participle ("carried by
        workers"), the subject of its relative ("que portaient les manifestants"), its complement ("des
        manifestants"), its possessor, or the subject of a verb of carrying it is the object of ("protesters held
        signs", ``verbs.carrying``; not "police seized signs")."""
        for c in sign.children:
            if self.p.has(c, "adnominal") or self.p.has(c, "relative"):
                agent = self.p.agent_of(c)
                if agent is not None:
                    return agent
                subject = next((g for g in c.children if self.p.has(g, "subject") and g.pos_ != "PRON"), None)
                if subject is not None:
                    return subject
        for _, noun in self.p.pp_objects(sign):
            if noun.pos_ in {"NOUN", "PROPN"}:
                return noun
        for c in sign.children:
            if self.p.has(c, "possessive"):
                return c
        if self.p.has(sign, "object") and self.p.carries(sign.head):
            return next((g for g in sign.head.children if self.p.has(g, "subject")), None)
        return None

    # ------------------------------------------------------------ content
    def _finished_content(self, verb: Any, content: tuple[int, int] | None) -> tuple[int, int] | None:
        """What verb ``verb`` says (``_content``, else ``_stranded_infinitive``), ended where its
        relative clause ends, without a participle clause after it, and cut (``_cut``)."""
        if content is None:
            return None
        if content[0] > verb.idx and self._clitic_incise(verb):
            return None  # « … », demande-t-il, soucieux de …: the incise's verb says the quotation, nothing after it
        content = self._correlative_end(verb, *self._relative_end(verb, *content))
        if content[0] > verb.idx:
            content = self._without_participle(verb, content)
        content = self._quoted_object(*content)
        content = self._without_addressee(verb, *content)
        if self._only_verb_group(verb, content):
            return None  # "…, a move that is being criticized by residents": no words said, only the verb
        if self._work_title(content):
            return None  # 'wrote in her essay "The Long Night"': the work's name, not what it says
        if content[0] > verb.idx:
            content = self._without_closing_report(verb, *content)
        return self._cut(verb, *content)

    def _without_closing_report(self, verb: Any, start: int, end: int) -> tuple[int, int]:
        """Reported content stops before a report that closes its sentence after a comma, a verb of saying and its
        subject of a few words and nothing else ("X said the plan would fail, Tarn Daily reported.", « …, rapporte
        le Tarn Daily. »): who passed the saying on, no part of it."""
        toks = self.t.span_tokens(start, end)
        if not toks:
            return start, end
        sent_end = self.t.sent(verb).end
        for tok in toks:
            if tok.text != "," or tok.i <= verb.i:
                continue
            rest = [t for t in self.doc[tok.i + 1 : sent_end] if not (t.is_punct or t.is_space)]
            main = [t for t in rest if t.pos_ in {"VERB", "AUX"} and not self.p.has(t, "aux")]
            if not 2 <= len(rest) <= 6 or len(main) != 1 or not self.p.is_reporting_verb(main[0]) \
                    or self.t.quoted(tok) or any(fold(t.text) in self.p.grammar.relatives for t in rest):
                continue
            k = rest.index(main[0])
            before, after = rest[:k], rest[k + 1 :]
            # the subject, then the verb and a circumstance ("Tarn Daily reported on Monday"), or the verb first and
            # its subject after it (« rapporte le Tarn Daily »)
            plain = bool(before) and all(t.pos_ in _NOMINAL for t in before) \
                and all(t.pos_ in _NOMINAL | {"ADP", "ADV"} for t in after)
            inverted = bool(after) and all(self.p.has(t, "aux") for t in before) \
                and all(t.pos_ in _NOMINAL for t in after)
            if plain or inverted:
                cut = self.trim(start, tok.idx)
                if cut[1] > start:
                    return start, cut[1]
        return start, end

    def _work_title(self, content: tuple[int, int]) -> bool:
        """Whether ``content`` lies inside a quotation that names a work or an event (``names_work``)."""
        start = content[0]
        while start < content[1] and (self.t.text[start] in OPENING_QUOTES or self.t.text[start].isspace()):
            start += 1
        q = self.t.quote_at(start)
        return q is not None and content[1] <= q.end + 1 and self.names_work(q)

    def names_work(self, q: Quote) -> bool:
        """Whether quotation ``q`` is the name of a work or an event: right after a noun of one
        (``grammar.named_works``: 'her essay "The Long Night"', « le colloque « Vivre de son art » »), it opens on a
        capital and holds at most eight words and no finite verb (not a sentence said there: 'said at the conference
        "We will grow."')."""
        toks = self.t.span_tokens(q.start, q.end)
        if not toks:
            return False
        k = toks[0].i - 1
        while k >= 0 and self.doc[k].is_punct and self.doc[k].text[:1] in OPENING_QUOTES:
            k -= 1
        return k >= 0 and self.doc[k].pos_ == "NOUN" and self.t.folded[k] in self.p.grammar.named_works \
            and self.t.text[q.start : q.end].lstrip()[:1].isupper() and q.words(self.t.text) <= 8 \
            and not any("Fin" in t.morph.get("VerbForm") for t in toks)

    def _only_verb_group(self, verb: Any, content: tuple[int, int]) -> bool:
        """Whether the words of ``content`` are only the verb, its auxiliaries and a pronoun subject before it (a
        relative "that is being criticized"): nothing said."""
        toks = self.t.span_tokens(*content)
        own = {verb.i} | {c.i for c in verb.children if self.p.has(c, "aux") or (
            c.i < verb.i and c.pos_ in {"PRON", "DET"}
            and (self.p.has(c, "subject") or self.p.has(c, "passive_subject")))}
        return toks is not None and len(toks) > 0 and all(t.i in own or t.is_punct for t in toks)

    def _without_addressee(self, verb: Any, start: int, end: int) -> tuple[int, int]:
        """What a verb of telling says, when the parser ran the name of who is told into the subject of the
        clause told ("X told The Velmar Courier radio broadcasts were used …": a proper name's run
        before the common noun heading the subject): from the word after that run."""
        if not self.p.tells(verb):
            return start, end
        toks = self.t.span_tokens(start, end)
        if toks is None or not len(toks) or toks[0].i > verb.i + 2:
            return start, end
        k = 1 if fold(toks[0].text) in self.p.determiners else 0
        run = k
        while run < len(toks) and toks[run].pos_ == "PROPN":
            run += 1
        if run - k < 1 or run >= len(toks):
            return start, end
        head = toks[run - 1].head  # the name's head: the common noun its run modifies, the clause's subject
        # (which the parser may have made the verb's object, the clause's verb then hanging on the verb)
        if head.pos_ != "NOUN" or head.i < toks[run].i or head.i >= toks[-1].i \
                or not (self.p.has(head, "subject") or (self.p.has(head, "object") and head.head.i == verb.i)) \
                or any(toks[j].dep_ not in {"compound", "nmod", "amod"} for j in range(k, run)):
            return start, end
        return toks[run].idx, end

    def _quoted_object(self, start: int, end: int) -> tuple[int, int]:
        """What was said opening on a quotation that closes before a circumstance the parser hung on it
        ('X condemned "an unfair reform" at a press conference'): the quotation, as French has it («
        X a dénoncé « une réforme injuste » lors d'une conférence de presse »)."""
        q = self.t.quote_at(start + 1)  # (opening at ``start``, or right after its mark there)
        if q is None or not 0 <= q.start - start <= 1 or q.end >= end or q.words(self.t.text) < MIN_QUOTE_WORDS:
            return start, end  # (a word quoted is part of its phrase: « a fustigé « l'amateurisme » du gouvernement »)
        i = self.t.token_from(q.end)
        comma = False
        while i < len(self.doc) and (self.doc[i].is_punct or self.doc[i].is_space):
            comma = comma or self.doc[i].text == ","
            i += 1  # past the closing mark
        # (or before a clause a comma sets off after the closing mark: 'said, "We will appeal the ruling", as she
        # left the court')
        if i >= len(self.doc) or self.doc[i].idx >= end or not (
                self.doc[i].pos_ == "ADP" or (comma and self.doc[i].pos_ in {"SCONJ", "ADV", "VERB"})):
            return start, end
        return q.start, q.end

    def _correlative_end(self, verb: Any, start: int, end: int) -> tuple[int, int]:
        """A cue inside a member of a correlative coordination opened before it (``grammar.correlatives``:
        "ni les syndicats, qui réclamaient A, ni le patronat", "neither the unions, which demanded A, nor
        the employers") says no more than its member: its content stops at the comma that opens the next
        member, which the parser may hang inside it."""
        sent = self.t.sent(verb)
        words = self.p.grammar.correlatives
        if not any(self.t.folded[t.i] in words for t in self.doc[sent.start : verb.i]):
            return start, end
        for tok in self.doc[verb.i + 1 : sent.end - 1]:
            if tok.idx >= end:
                break
            if tok.idx > start and tok.text == "," and self.t.folded[tok.i + 1] in words:
                return start, tok.idx
        return start, end

    def _relative_end(self, verb: Any, start: int, end: int) -> tuple[int, int]:
        """A cue in a relative clause set off by commas ("X, qui a affirmé que A, a quitté …",
        "X, who said A, left …") says no more than its clause: its content stops at a comma
        followed by a finite verb, where the main clause resumes (the parser often runs the
        two together)."""
        subject = next((c for c in verb.children
                        if self.p.has(c, "subject") and fold(c.text) in self.p.grammar.relatives), None)
        if subject is None or subject.i == 0 or self.doc[subject.i - 1].text != ",":
            return start, end
        for tok in self.doc[verb.i + 1 : self.t.sent(verb).end - 1]:
            if tok.idx >= end:
                break
            if tok.idx > start and tok.text == "," and finite_verb(self.doc[tok.i + 1]):
                return start, tok.idx
        return start, end

    def _cut(self, verb: Any, start: int, end: int) -> tuple[int, int] | None:
        """Reported content stops at a semicolon, and at a colon that opens a quotation
        ("X a précisé que A : « B »": B is a claim of its own)."""
        text = self.t.text
        at = verb.idx
        for i in range(start, end):
            ch = text[i]
            if ch == ";" or (ch == ":" and text[i + 1 : i + 4].lstrip()[:1] in _QUOTE_CHARS):
                if i >= at:
                    return (start, i) if i - start > 2 else None
                start = i + 1
        return start, end

    def _clause(self, verb: Any) -> Any:
        """The verb's complement clause: after the verb rather than before it, never one that
        opens with a relative word (a relative clause the parser hung on the verb)."""
        found = [c for c in verb.children if self.p.has(c, "clause")
                 and fold(next(iter(c.subtree)).text) not in self.p.grammar.relatives - self.p.grammar.marks
                 and (c.i > verb.i or (self._finite_clause(c) and self._set_off(c, verb)))
                 and not self._fronted_circumstance(verb, c) and not self._purpose(c)]
        found.sort(key=lambda c: (c.i < verb.i, abs(c.i - verb.i)))
        if not found:
            # an adverb after the verb that the parser made its object, with the que/that clause
            # hung on it as a relative ("précise tout de même que …"): the clause is the verb's
            found = [r for c in verb.children if c.i > verb.i and c.pos_ == "ADV" and self.p.has(c, "object")
                     for r in c.children if self.p.has(r, "relative") and any(
                         self.p.has(m, "mark") and m.pos_ == "SCONJ" and fold(m.text) in self.p.grammar.complementisers
                         for m in r.children)]
        # a name the parser made the head of the clause, with the clause hung on it ("told the site Y that …": Y
        # read as a clause or an open clause): Y is who is told, the clause hung on it what is said
        heads = [c for c in verb.children if c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}
                 and (self.p.has(c, "clause") or self.p.has(c, "open_clause"))]
        if heads and (not found or found[0].i == heads[0].i):
            inner = next((c for c in heads[0].children if c.i > heads[0].i and self.p.has(c, "clause")
                          and self._complementised(c)), None)
            if inner is not None:
                return inner
        return found[0] if found else None

    def _purpose(self, clause: Any) -> bool:
        """Whether ``clause`` is one of purpose or result ("so he could fund …", "de sorte que les travaux
        puissent …", ``grammar.purpose_openers``): its subordinators, with up to three words before them,
        end on an opener of the profile — why or with what effect something was done, not what was said."""
        first = clause.left_edge.i
        marks = first
        while marks <= clause.i and (self.p.has(self.doc[marks], "mark") or self.doc[marks].dep_ == "fixed"):
            marks += 1
        if marks == first:
            return False
        words = [self.t.folded[i] for i in range(max(0, first - 3), marks)]
        return any(" ".join(words[k:]) in self.p.grammar.purpose_openers for k in range(len(words)))

    def _set_off(self, clause: Any, verb: Any) -> bool:
        """Whether a clause before its verb is set off as words said are, by a comma, a dash or a
        closing quotation mark before the speaker ("The plan will fail, X warned"): with none, it
        is a premodifier the parser misread ("Santa Vera based blogger X wrote")."""
        return any(t.is_punct for t in self.doc[clause.right_edge.i : verb.i])

    def _noun_before_clause(self, verb: Any, clause: Any) -> Any:
        """The verb's object, a noun of something said ("l'affirmation", "the idea"), that ends
        right before the complementiser opening ``clause``: a noun that takes a content clause
        has it as its own complement, whatever the parse."""
        first = self.doc[clause.left_edge.i]
        if not (self.p.has(first, "mark") and first.head.i == clause.i) or first.i == 0:
            return None
        obj = next((c for c in verb.children if self.p.has(c, "object") and c.i < first.i), None)
        if obj is None or obj.right_edge.i != first.i - 1 or not self._said_noun(obj):
            return None
        return obj

    def _finite_clause(self, clause: Any) -> bool:
        """A clause fronted before its reporting verb is what was said only when it has a
        subject of its own ("The plan will fail, X warned"); a phrase without one there is a
        circumstance ("In a letter sent on Monday, X criticised …"), whatever the tagger
        made of its verb."""
        return any(self.p.has(c, r) for c in clause.children for r in ("subject", "passive_subject"))

    def _fronted_circumstance(self, verb: Any, clause: Any) -> bool:
        """A clause before the verb that opens with a preposition or a subordinator ("In a
        statement put out a day later, X denounced …", "When X visited Y, he saw …", "Lorsque
        X est arrivé, il a vu …") is a circumstance the parser hung on the verb: a fronted
        content clause ("Prices will rise, X said") opens with no such word."""
        if clause.i > verb.i:
            return False
        first = clause.left_edge
        if first.head.i != clause.i or fold(first.text) in self.p.grammar.marks:
            return False
        if self.p.has(first, "mark") or (first.dep_ == "advmod" and first.tag_ == "WRB"):
            return True  # a subordinator other than a complementiser, a relative adverb ("when")
        if first.pos_ in {"ADP", "SCONJ"}:  # a participle phrase in a prepositional phrase: no subject of its own
            return not any(self.p.has(c, "subject") for c in clause.children)
        return False

    def names_itself(self, verb: Any) -> bool:
        """Whether a verb of naming has a reflexive object (``grammar.naming_verbs``: "X, who calls himself
        "the hamster"", « X, qui se fait appeler … »): one gives one's own name, and says nothing."""
        if fold(verb.lemma_) not in self.p.grammar.naming_verbs and fold(verb.text) not in self.p.grammar.naming_verbs:
            return False
        pronouns = [c for c in verb.children if c.pos_ == "PRON"]
        if verb.head.i != verb.i and verb.head.i > verb.i - 3:
            pronouns += [c for c in verb.head.children if c.pos_ == "PRON" and c.i < verb.i]  # « se fait appeler »
        return any(fold(c.text) in self.p.stressed or fold(c.text) in self.p.grammar.reflexives for c in pronouns
                   if c.i > verb.i or fold(c.text) in self.p.grammar.reflexives)

    def _qualified(self, verb: Any) -> tuple[int, int] | None:
        """What a verb of qualifying says: its object with the predicative complement after the
        verb ("X called the walkout “unjustified”", "X a jugé ce mouvement « injustifié »"): the
        words after the verb, to the complement's end."""
        if not self.p.qualifies(verb) or self.p.has(verb, "adnominal"):
            return None  # (a participle on a noun names it: "a campaign called Safe Streets")
        # (a bare noun of a day or a moment dates the act, predicates nothing: "a jugé lundi que …")
        pred = next((c for c in verb.children if self.p.has(c, "predicative") and c.i > verb.i
                     and c.pos_ in {"ADJ", "NOUN", "PROPN"} and not self.p.dates(c)), None)
        obj = next((c for c in verb.children if c.i > verb.i and self.p.has(c, "object")), None)
        # (the words between the verb and its object all quoted, one to three: whatever the parser hung them on)
        between = [t for t in self.doc[verb.i + 1 : obj.left_edge.i] if not (t.is_punct or t.is_space)] \
            if obj is not None else []
        fronted = 0 < len(between) <= 3 and all(self.t.quoted(t) and t.pos_ in {"ADJ", "VERB", "NOUN", "ADV"}
                                                for t in between) and self.doc[verb.i + 1].text in OPENING_QUOTES
        if fronted and obj is not None:
            # a quoted predicate before a long object (« X a jugé « déplacée » la convocation de Y »): the predicate
            # and the object it qualifies, to the object's end
            return self.doc[verb.i + 1].idx, obj.right_edge.idx + len(obj.right_edge.text)
        if pred is None:
            # or an adjective the parser hung on the verb itself as a noun's modifier, after the object (an
            # adjective modifies no verb: "X juge la revendication « irréaliste »")
            # (the object read as a noun's complement with no preposition is the object still: "X juge [la
            # réforme] « inacceptable »")
            obj = next((c for c in verb.children if c.i > verb.i and (self.p.has(c, "object") or (
                c.pos_ == "NOUN" and not any(self.p.has(g, "case") for g in c.children)))), None)
            pred = next((c for c in verb.children if obj is not None and c.i > obj.right_edge.i
                         and c.pos_ == "ADJ" and self.p.has(c, "adj_mod")), None)
        if pred is None:
            # or a word quoted right after the object, whatever its tag ('called the attack "cowardly"', read as
            # an adverb of the verb): what the object is called
            obj = next((c for c in verb.children if c.i > verb.i and self.p.has(c, "object")), None)
            after = obj.right_edge.i + 1 if obj is not None else None
            while after is not None and after < len(self.doc) and self.doc[after].is_punct \
                    and self.doc[after].text[:1] in OPENING_QUOTES:
                after += 1
            if obj is not None and after is not None and after < len(self.doc) and after > obj.right_edge.i + 1 \
                    and self.t.quoted(self.doc[after]) and self.doc[after].head.i == verb.i \
                    and self.doc[after].pos_ in {"ADJ", "ADV", "NOUN"}:
                pred = self.doc[after]
        if pred is None:
            # the parser may take the predicate for an adjective of the object, last in its phrase ("X
            # juge [la grève irresponsable]"): a verb of qualifying needs a predicate, and that is it
            # (a word with a determiner is a noun, whatever its tag: « a jugé cette offre provocatrice », "offre"
            # read as the verb « offrir »)
            obj = next((c for c in verb.children if c.i > verb.i and (c.pos_ == "NOUN" or (
                c.pos_ == "VERB" and any(self.p.has(g, "det") and g.i < c.i for g in c.children)))
                        and (self.p.has(c, "object") or c.dep_ == "dep")), None)
            if obj is None:
                return None
            last = self.doc[self.p.phrase_end(obj)]  # (not a conjunct the parser gave it: "… et appelle à la grève")
            while last.is_punct and last.i > obj.i:
                last = self.doc[last.i - 1]  # (its closing quotation mark: "ces propos « indignes »")
            # (hung on the object or on a noun of its complement, the nearest: "a jugé le décret de la ministre
            # illégal"; not past a comma or inside a clause of the object's: "…, a estimé le ministre, ajoutant
            # que … russe")
            if last.pos_ != "ADJ" or last.head.i not in self._phrase(obj) or last.i < obj.i \
                    or any(t.text == "," for t in self.doc[obj.i : last.i]) \
                    or not (self.p.has(last, "adj_mod") or self.p.has(last, "apposition")):
                return None  # (an adjective quoted apart may be read in apposition: "la grève « irresponsable »")
            pred = last
        last = pred.right_edge  # (trim() takes in the closing mark of a quotation the span opens)
        return self.doc[verb.i + 1].idx, last.idx + len(last.text)

    @staticmethod
    def _phrase(head: Any) -> set[int]:
        """The tokens of ``head``'s noun phrase, no clause hanging on it (an adjective, a relative clause)."""
        out, stack = {head.i}, [head]
        while stack:
            for c in stack.pop().children:
                if c.dep_ not in {"acl", "acl:relcl", "relcl", "ccomp", "advcl", "parataxis", "xcomp", "csubj"}:
                    out.add(c.i)
                    stack.append(c)
        return out

    def _passive_without_agent(self, verb: Any) -> bool:
        passive = any(self.p.has(c, "passive_aux") for c in verb.children)
        return passive and self.p.agent_of(verb) is None and self.agent_after(verb) is None

    def _as_saying(self, verb: Any) -> bool:
        """The verb hosts "as saying …" ("X was quoted as saying …"): the participle reports."""
        return any(fold(c.text) in self.p.grammar.comparative
                   and any(g.dep_ == "pcomp" and self.is_cue(g) for g in c.children) for c in verb.rights)

    def _refused(self, verb: Any) -> bool:
        """A refusal to speak says nothing: "X declined to comment" (the refusing verb, and the
        infinitive of saying under it)."""
        if self.p.has(verb, "open_clause") and (self.p.refuses(verb.head) or self._omitted(verb.head)):
            return True
        return (self.p.refuses(verb) or self._omitted(verb)) \
            and any(self.p.has(c, "open_clause") and self.is_cue(c) for c in verb.children)

    def _omitted(self, verb: Any) -> bool:
        """Whether ``verb`` tells that its infinitive did not happen ("X failed to mention …", « X a omis de
        préciser … »), not negated itself ("X did not fail to mention …" says it)."""
        return self.p.omits(verb) and not self.p.negated(verb)

    def _announced(self, verb: Any) -> tuple[int, int] | None:
        """What a colon that closes the verb's phrase announces: A, up to the sentence's end, after an object
        pronoun of the verb (« X l'a affirmé lundi : A », "X said it plainly: A"), or, when A is a clause with
        a subject of its own, after the verb with no object but the one told or a noun of saying (« X a
        prévenu les habitants : l'eau reste polluée », "X reassured workers: the plant will stay open"),
        whatever the parser hung A on (a quotation there is the quotation's own claim)."""
        objects = [c for c in verb.children if self.p.has(c, "object")]
        pronoun = any(self.t.folded[c.i] in self.p.grammar.announcing_objects for c in objects)
        if not pronoun and not all(self._said_or_someone(c) for c in objects if c.i > verb.i):
            return None
        sent = self.t.sent(verb)
        colon = next((t.i for t in self.doc[verb.i + 1 : min(sent.end, verb.i + 6)] if t.text == ":"), None)
        if colon is None or any(t.pos_ in {"VERB", "AUX"} or (t.is_punct and not pronoun)
                                for t in self.doc[verb.i + 1 : colon]):
            return None
        first = next((t for t in self.doc[colon + 1 : sent.end] if not (t.is_space or t.is_punct)), None)
        if first is None or self.t.quoted(first):
            return None
        if not pronoun and not any(
                t.pos_ in {"VERB", "AUX"} and any(self.p.has(c, "subject") or self.p.has(c, "passive_subject")
                                                  for c in t.children)
                for t in self.doc[first.i : sent.end] if not self.t.quoted(t)):
            return None
        return self.trim(first.idx, sent.end_char)

    def _content(self, verb: Any) -> tuple[int, int] | None:
        if self._as_saying(verb) or self._refused(verb) or self.names_itself(verb):
            return None
        rooted = self._root_noun_clause(verb)
        if rooted is not None:
            return self.subtree_span(rooted)
        if not self.p.is_reporting_verb(verb) and (self._clitic_incise(verb) or self._inverted_incise(verb)):
            return None  # (what an incise's verb of no saying does is no content: « … », tente-t-il de calmer le jeu)
        # (a verb of quotations only, "… read the placards", but a text reads what it holds: "The report reads that …")
        if self.p.is_quote_only(verb) and not self._text_reads(verb):
            return self.incise(verb)
        comparative = self.as_clause(verb)
        if comparative is not None:
            return comparative
        qualified = self._qualified(verb)
        if qualified is not None:
            return qualified
        estimated = self.estimate(verb)
        if estimated is not None:
            return estimated
        announced = self._announced(verb)
        if announced is not None:
            return announced
        copular = self._copular_infinitive(verb)
        if copular is not None:
            return copular
        clause = self._clause(verb)
        if clause is not None and clause.i < verb.i \
                and any(t.text == ":" for t in self.doc[clause.right_edge.i : verb.i]):
            # "People reacted with anger: one user replied …": a colon announces what follows it (the colon the
            # parser hung on the clause as its last word included: "The news came on Monday: X agreed to …")
            clause = None
        if clause is None and self.p.has(verb, "open_clause"):
            clause = next((c for c in verb.head.children if self.p.has(c, "clause") and c.i > verb.i), None)
        if clause is None:
            clause = self.misparsed_clause(verb)
        if clause is not None and clause.left_edge.i > 0 and self.doc[clause.left_edge.i - 1].text in _DASHES:
            return None  # "X commented — which Y called a surprise —": an aside, not what X says
        first = self.doc[min(t.i for t in clause.subtree)] if clause is not None else None
        if first is not None and fold(first.text) in self.p.grammar.question_marks:
            return None  # "X did not say whether …", "X a demandé si …": a question asserts nothing
        if clause is not None and not self._quoted_clause(clause):
            span = self.subtree_span(clause)
            # a second clause the parser hung on the verb right where the first ends, with no word of its own to
            # open it, is the rest of the first ("told X that corals grown this way | reach full size …": a
            # reduced relative read as the clause's verb)
            rest = next((c for c in verb.children if c.i > clause.i and self.p.has(c, "clause")
                         and c.left_edge.i == clause.right_edge.i + 1
                         and not any(self.p.has(g, "mark") for g in c.children)), None)
            if rest is not None:
                span = (span[0], self.subtree_span(rest)[1])
            owner = self._noun_before_clause(verb, clause)
            if owner is not None:
                # "X a contesté l'affirmation que …": the clause completes the noun of saying right
                # before it (the parser hung it on the verb); X says, or disputes, the noun and its
                # clause together, as "X disputed the claim that …"
                return owner.left_edge.idx, span[1]
            subject = self._stranded_subject(verb, clause)
            if subject is None:
                subject = self._subject_before_incise(verb, clause)
            if subject is not None:
                span = (subject.left_edge.idx, span[1])
            return self._without_conjoined_saying(verb, clause, self._without_contrasted(clause, span))
        xcomp = next((c for c in verb.rights if (self.p.has(c, "open_clause") and c.pos_ in {"VERB", "AUX"}) or (
            # (or a participle right after the verb but for an opening mark, which the parser read as a clause of
            # circumstance for its quotation marks: « X s'est dit « soulagé » par … »)
            self.p.has(c, "adverbial_clause") and "Part" in c.morph.get("VerbForm")
            and all(t.text in OPENING_QUOTES for t in self.doc[verb.i + 1 : c.i]) and c.i > verb.i + 1)), None)
        if xcomp is not None and self._passive_without_agent(verb):
            # "X is expected/said/projected to …", "X a été invité à …": others speak of X,
            # unnamed; X says nothing
            return None
        late = self.agent_after(verb) if xcomp is not None and self._copular_complement(verb, xcomp) else None
        if late is not None and xcomp is not None and late.i > xcomp.i:
            # "X was declared to be a pandemic by Y": Y says that X is a pandemic (the passive
            # subject, the verb and its predicate, up to the agent's preposition)
            subject = next((c for c in verb.children if self.p.has(c, "passive_subject") and c.i < verb.i), None)
            by = max(t.i for t in self.doc[xcomp.i : late.i] if fold(t.text) in self.p.grammar.agent_preps)
            first = subject.left_edge if subject is not None else xcomp
            return self.trim(first.idx, self.doc[by].idx)
        if xcomp is not None and not any(self.p.has(c, "object") for c in verb.children):
            span = self.subtree_span(xcomp)
            said = self.prep_content(verb) if self._present_participle(xcomp) else None
            # "X warned of the glaciers disappearing": the participle is said of the object of
            # the content preposition, with it
            return said if said is not None and said[0] < span[0] and said[1] >= span[1] else span
        if xcomp is not None:
            # a verb of asking with the one asked and what they are asked to do ("X asked the
            # court to block …", "X invited the parties to talk"): the request, both together
            asked = next((c for c in verb.children if self.p.has(c, "object") and verb.i < c.i < xcomp.i), None)
            if asked is not None and any(self.p.has(g, "aux") or self.p.has(g, "mark") for g in xcomp.children
                                         if g.i < xcomp.i):
                first = min(t.i for t in asked.subtree)
                last = max(t.i for t in xcomp.subtree)
                return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])
        # (an agent on a finite active verb with a subject and an object is a complement the parser mislabelled:
        # « X explique ce recul par les négociations »)
        agent = self.p.agent_of(verb)
        misread = agent is not None and "Fin" in verb.morph.get("VerbForm") and any(
            self.p.has(c, "subject") for c in verb.children) and any(self.p.has(c, "object") for c in verb.children)
        if (agent is not None and not misread) or self.agent_after(verb) is not None:
            subject = next((c for c in verb.children if self.p.has(c, "passive_subject")), None)
            if subject is not None and subject.i < verb.i and self._says_short_object(verb):
                # "The plan was condemned by X": what X opposes, with the act; the passive keeps
                # the active's reading of its object ("The bombing was claimed by X", "Sa
                # démission a été réclamée par Y": what X claims as its own, what Y demands)
                return subject.left_edge.idx, verb.idx + len(verb.text)
            return self._passive_content(verb)
        incise = self.incise(verb)
        if incise is not None or self.p.is_quote_only(verb):
            return incise
        said = self.prep_content(verb)
        if said is not None:
            return said
        said = self._object_infinitive(verb)
        if said is not None:
            return said
        # (a verb of praise with its subject says its plain object too, a noun or a name: "X praised the rescuers",
        # « X a félicité les artistes »; not a formula of address, "Thank you for coming")
        praised = self.p.praises_object(verb) and any(self.p.has(c, "subject") for c in verb.children) \
            and any(self.p.has(c, "object") and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)
        stranded = self._clause_hung_elsewhere(verb)
        if stranded is not None:
            return stranded
        if self.p.needs_clause_content(verb) and not self._text_finds(verb) and not praised:
            return self._misread_clause(verb)
        return self._object_content(verb)

    def _clause_hung_elsewhere(self, verb: Any) -> tuple[int, int] | None:
        """A complement clause without a complementiser whose finite verb the parser hung outside the verb of
        saying's phrase ("… filed a motion claiming the plan is illegal", "is" joined to "filed"): the object right
        before that verb, which has no subject of its own, is its subject; what was said runs from the object to the
        end of that verb's phrase. An object before a clause with a subject of its own is the one told."""
        if self.p.tells(verb):
            return None
        doc = self.doc
        for obj in verb.children:
            if not self.p.has(obj, "object") or obj.i < verb.i or obj.pos_ not in {"NOUN", "PROPN"}:
                continue
            k = obj.right_edge.i + 1
            if k >= len(doc) or doc[k].pos_ not in {"VERB", "AUX"} or not finite_verb(doc[k]):
                return None
            clause = doc[k].head if self.p.has(doc[k], "aux") else doc[k]
            if verb.left_edge.i <= clause.i <= verb.right_edge.i or any(
                    self.p.has(c, r) for c in clause.children for r in ("subject", "passive_subject")):
                return None
            own = [t for t in clause.subtree if not any(
                self.p.has(c, "conj") and c.left_edge.i <= t.i <= c.right_edge.i for c in clause.children)]
            last = max(own, key=lambda t: t.i)
            while last.i > clause.i and (last.is_punct or last.is_space or last.pos_ == "CCONJ"):
                last = doc[last.i - 1]
            return self.trim(obj.left_edge.idx, last.idx + len(last))
        return None

    def _quoted_clause(self, clause: Any) -> bool:
        """Whether a complement clause is a quotation: its head and its first word (after its conjunction and
        any opening mark) stand inside quotation marks. A clause whose subject and first words stand outside
        them, only a word or a phrase of it quoted ("X ruled that the decree was « excessive »"), is reported
        speech that quotes some words of the original: the clause is what was said."""
        if not self.t.quoted(clause):
            return False
        first = next((t for t in clause.subtree if not (t.is_punct or self.p.has(t, "mark"))), clause)
        if self.t.quoted(first):
            # (but a quoted word the clause goes on after, the reporter's own words completing it, is a word of
            # the original quoted inside reported speech: « X s'est dit « soulagé » par la décision »)
            q = self.t.quote_at(int(first.idx))
            return q is None or q.words(self.t.text) > 1 or not any(
                t.idx >= q.end and not t.is_punct for t in clause.subtree)
        # (one quotation, closed inside the clause: a clause that strings several quotations together, "X said
        # Y "did A" which "led to B"", is read quotation by quotation)
        start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        inside = [q for q in self.t.quotes if start <= q.start < end]
        return len(inside) != 1 or inside[0].end > end + 1

    def _text_finds(self, verb: Any) -> bool:
        """Whether ``verb``'s subject is a text or an inquiry (a statement noun: "An investigation by X
        found no evidence of fraud", "Le rapport recommande la fermeture du site"): what a text finds,
        cites or recommends is what it says, object and all — not a person's act."""
        subject = next((c for c in verb.children if self.p.has(c, "subject") and c.i < verb.i), None)
        return subject is not None and subject.pos_ == "NOUN" and fold(subject.text) in self.p.statement_nouns and any(
            self.p.has(c, "object") and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)

    def _misread_clause(self, verb: Any) -> tuple[int, int] | None:
        """A complement clause without a complementiser that the parser read as the verb's object
        and a participle on it ("X felt the question needed an answer": the question needed,
        not X felt the question): a past form right after the object's noun, with no auxiliary and
        no agent, that has a complement of its own (a past participle on a noun has none, or only
        its agent: "the measures taken by Y")."""
        if self.p.tells(verb):
            return None  # "X told the crowd gathered outside to …": the one told
        for obj in verb.children:
            if not self.p.has(obj, "object") or obj.i < verb.i or obj.pos_ not in {"NOUN", "PROPN"}:
                continue
            rel = next((c for c in obj.children if self.p.has(c, "adnominal") and c.i == obj.i + 1), None)
            if rel is None or rel.tag_ not in {"VBD", "VBN"} or self.p.agent_of(rel) is not None:
                return None
            if any(self.p.has(c, "aux") or self.p.has(c, "agent") for c in rel.children):
                return None
            if not any(self.p.has(c, "object") or self.p.has(c, "open_clause") or self.p.has(c, "clause")
                       for c in rel.children):
                return None
            last = self.doc[rel.right_edge.i]
            return self.trim(obj.left_edge.idx, last.idx + len(last))
        return None

    def _stranded_subject(self, verb: Any, clause: Any) -> Any:
        """The subject of a complement clause without a complementiser that the parser took for
        the reporting verb's object ("X warned the limits could ruin …": the limits could ruin,
        not X warned the limits): a finite clause with no subject of its own right after the
        object. An object with a clause that has its own subject is the one told ("X told
        reporters the plan had failed")."""
        if clause.i < verb.i or any(self.p.has(c, r) for c in clause.children for r in ("subject", "passive_subject")):
            return None
        if not (finite_verb(clause) or any(self.p.has(c, "aux") and finite_verb(c) for c in clause.children)):
            return None
        return next((c for c in verb.children if self.p.has(c, "object") and verb.i < c.i < clause.i
                     and c.right_edge.i + 1 == clause.left_edge.i), None)

    def _subject_before_incise(self, verb: Any, clause: Any) -> Any:
        """The subject of a complement clause that an incise cuts off from it, which the parser
        hung on the verb of the incise as a second subject ("The new dam, the governor said, will
        cost …": the dam will cost): a clause after the verb with no subject of its own, and a
        subject of the verb before a comma that precedes the verb's own subject."""
        if clause.i < verb.i or any(self.p.has(c, r) for c in clause.children for r in ("subject", "passive_subject")):
            return None
        subjects = [c for c in verb.children if self.p.has(c, "subject") and c.i < verb.i]
        if len(subjects) < 2:
            return None
        first, own = subjects[0], subjects[-1]
        comma = own.left_edge.i - 1
        return first if self.doc[comma].text == "," and first.right_edge.i < comma else None

    def _without_contrasted(self, clause: Any, span: tuple[int, int]) -> tuple[int, int]:
        """Reported content stops before a clause of another speaker set against it by a
        contrast ("X a affirmé que A, alors qu'Y a estimé que B", "X said A, whereas Y argued
        B"): an adverbial clause with a subject of its own whose verb reports speech."""
        for c in clause.subtree:
            if c.i <= clause.i or not self.p.has(c, "adverbial_clause") or not self.is_cue(c) \
                    or not any(self.p.has(g, "subject") for g in c.children):
                continue
            marks = [g for g in c.children if g.i < c.i and (self.p.has(g, "mark") or g.dep_ == "advmod")]
            words = " ".join(fold(t.text) for t in self.doc[c.left_edge.i : c.i])
            words = words.replace("qu'", "que").replace("qu’", "que")
            if not marks or not any(words.startswith(x) for x in self.p.contrast if x not in self.p.asides):
                continue
            end = c.left_edge.idx
            if end > span[0]:
                return span[0], end
        return span

    def _conjuncts(self, h: Any) -> list[Any]:
        """The names and nouns coordinated with ``h`` as its conjuncts, never a complement with its preposition
        the parser took for one ("…, assure X, de la CFDT"), though an article read as a preposition opens one,
        nor one phrase set off by commas with no conjunction: an apposition the parser took for a conjunct (« Le
        secrétaire général du X, principal parti d'opposition, Y, a reproché … ») — a list of three or more may
        do without one (« France, Allemagne, Espagne »)."""
        conjuncts = [g for g in h.children if self.p.has(g, "conj")]
        listed = len(conjuncts) > 1 or any(self.p.has(c, "conj") for g in conjuncts for c in g.children)
        return [g for g in conjuncts if g.pos_ in {"PROPN", "NOUN"}
                and not any(self.p.has(x, "case") and x.pos_ == "ADP" and x.i < g.i
                            and not self._article_read_as_case(x, g) for x in g.children)
                and (listed or any(c.dep_ == "cc" for c in (*h.children, *g.subtree)))]

    def _article_read_as_case(self, mark: Any, noun: Any) -> bool:
        """Whether ``mark``, which the parser read as the preposition of ``noun``, is the article that opens its
        phrase: a form that is both an article and a preposition contracted with one (« des », « du »: "de" +
        "les"), first of the phrase, no other determiner after it, and not after a word it would complete (it
        opens the sentence or its clause, or follows a conjunction or a comma: « Des groupes et des élus ont
        critiqué … », « Alors que …, des élus ont critiqué … »): the noun is a subject or a co-subject."""
        word = fold(mark.text)
        # (the conjunction before a conjunct is in its subtree)
        first = min(t.i for t in noun.subtree if t.dep_ != "cc" and not t.is_punct)
        if word not in self.p.determiners or word not in self.p.grammar.definite_preps or mark.i != first \
                or any(self.p.has(c, "det") for c in noun.children):
            return False
        before = self.doc[mark.i - 1] if mark.i > 0 else None
        return before is None or (before.is_sent_start and before.is_punct) or before.dep_ == "cc" \
            or before.text == "," or mark.is_sent_start

    def _conjoined_past_complement(self, noun: Any) -> list[Any]:
        """Co-subjects the parser hung on a bare common noun completing the subject ("Les associations
        d'usagers et la CGT appellent …", "Groups of commuters and the rail union said …": "la CGT" with
        "usagers"): a conjunct with a determiner of its own, or a name, cannot share a bare complement's
        missing article, so it is coordinated with the subject. A bare conjunct ("parents and teachers"),
        or one of a name ("the mayor of Velmar and Ostby"), stays in the complement."""
        out = []
        for c in noun.children:
            if c.i < noun.i:
                continue
            bare = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" else (
                c if self.p.has(c, "nominal_mod") else None)
            if bare is None or bare.pos_ != "NOUN" or any(self.p.has(g, "det") or self.p.has(g, "possessive")
                                                          for g in bare.children):
                continue
            out += [g for g in bare.children if self.p.has(g, "conj") and g.i > bare.i and (
                g.pos_ == "PROPN" or any(self.p.has(x, "det") for x in g.children))]
        return out

    def _conjoined_reporter(self, verb: Any) -> Any:
        """The verb of saying that ``verb`` is coordinated with, when the parser hung it on the
        reported clause instead ("X said that A but denied that B": "denied" on A's verb): a
        verb of saying with no subject of its own and a clause of its own, conjunct of the clause
        of a verb of saying. None otherwise."""
        head = verb.head
        if not self.p.has(verb, "conj") or head.i == verb.i or not self.p.has(head, "clause") \
                or head.head.i == head.i or not self.is_cue(verb) or not self.is_cue(head.head) \
                or any(self.p.has(c, r) for c in verb.children for r in ("subject", "passive_subject")):
            return None
        # (or an infinitive of its own, when the verb has the reporting verb's form, its tense and its
        # auxiliaries: "X said A and vowed to fight it", « X a dit que A et a promis de B »; not a verb of the
        # clause, "X said Y would A and would seek to B")
        # (so does a verb of qualifying with its object: "X said A, and called the demand unprecedented")
        # (or any verb with the reporting verb's form and not the form of the active clause verb it is hung on, whose
        # auxiliary or tense it could not share: "X said her group would fight the plan and called for an inquiry",
        # "X said her opponents had lost touch, and called for …"; not after a passive, whose subject may act in turn:
        # "X said the firm was fined and appealed")
        form = self._verb_form(verb)
        passive = any(self.p.has(c, "passive_aux") for c in head.children)
        own = self._clause(verb) is not None or (
            any(self.p.has(c, "open_clause") or (self.p.qualifies(verb) and self.p.has(c, "object"))
                for c in verb.children if c.i > verb.i)
            and form == self._verb_form(head.head)) or (
            form == self._verb_form(head.head) and form != self._verb_form(head) and not passive)
        return head.head if own else None

    def _verb_form(self, verb: Any) -> tuple[str, str, tuple[str, ...]]:
        """A verb's tag, its verb form and its auxiliaries' words (:meth:`_conjoined_reporter`)."""
        return verb.tag_, ",".join(verb.morph.get("VerbForm")), tuple(
            fold(c.text) for c in verb.children if self.p.has(c, "aux") and c.i < verb.i)

    def _without_conjoined_saying(self, verb: Any, clause: Any, span: tuple[int, int]) -> tuple[int, int]:
        """Reported content stops before a verb of saying coordinated with the reporting verb
        that the parser hung on the clause ("X said that A but denied that B": A alone)."""
        for c in clause.children:
            reporter = self._conjoined_reporter(c) if c.i > clause.i else None
            if reporter is not None and reporter.i == verb.i:
                cc = [g for g in clause.children if g.dep_ == "cc" and clause.i < g.i < c.i]
                start = cc[-1] if cc else c.left_edge
                cut = self.trim(span[0], start.idx)
                if cut[1] > span[0]:
                    return span[0], min(span[1], cut[1])
        return span

    def _without_participle(self, verb: Any, span: tuple[int, int]) -> tuple[int, int]:
        """Reported content stops before a present participle of saying set off by a comma
        ("X said A, adding that B", "X a affirmé que A, ajoutant que B", "X demandait A,
        estimant que B", "…, tout en précisant que B"): the participle reports a second
        statement of the same speaker, a claim of its own."""
        sent = self.t.sent(verb)
        for c in self.doc[verb.i + 2 : sent.end]:
            if c.idx >= span[1]:
                break
            if c.idx <= span[0] or not self._present_participle(c) or not self.is_cue(c) \
                    or any(self.p.has(g, "subject") for g in c.children):
                continue
            i = c.i - 1
            while i > verb.i and c.i - i <= 2 and not self.doc[i].is_punct:
                i -= 1
            if self.doc[i].text in _QUOTE_CLOSERS and i - 1 > verb.i and self.doc[i - 1].text == ",":
                # (the comma inside the closing mark of a quotation: 'X said A "…," adding, "…"' — the quotation
                # keeps its mark)
                return span[0], self.doc[i].idx + len(self.doc[i].text)
            if self.doc[i].text == "," and self.doc[i].idx > span[0]:
                return span[0], self.doc[i].idx
        return span

    def _participle_reporter(self, verb: Any) -> Any:
        """The reporting verb a present participle of saying set off by a comma goes with: the
        first verb of saying above it, through the clauses and nouns the parser hung it on (None
        when there is none, or the participle is no such one)."""
        if not self._present_participle(verb) or not self.is_cue(verb) or verb.i < 2:
            return None
        i = verb.i - 1
        while i > 0 and verb.i - i <= 2 and not self.doc[i].is_punct:
            i -= 1
        if self.doc[i].text != ",":
            return None
        tok = verb.head
        for _ in range(4):
            if tok.pos_ in {"VERB", "AUX"} and self.is_cue(tok):
                return tok
            if tok.i == verb.head.i and tok.pos_ in {"VERB", "AUX"} and any(
                    self.p.has(c, "subject") and c.pos_ == "NOUN" and self._people(c) for c in tok.children):
                return None  # "X indicated that thousands marched, protesting …": the marchers protest, not X
            if tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    def _people(self, noun: Any) -> bool:
        """Whether a common noun names people: a group ("protesters", "residents"), agents ("voters"), or
        anyone ("people", « les gens »)."""
        return self.p.is_group(noun.text) or self.p.is_agent_plural(noun.text) or fold(noun.text) in self.p.persons

    @staticmethod
    def _present_participle(tok: Any) -> bool:
        return tok.tag_ == "VBG" or ("Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense"))

    def prep_content(self, verb: Any) -> tuple[int, int] | None:
        """"X called for calm", "X a appelé les alliés à s'impliquer": the verb with the
        complement of its content preposition (and what comes between)."""
        found = None
        for prep, noun in self.p.pp_objects(verb):
            if noun.i > verb.i and self.p.content_preposition(verb, prep):
                found = noun
                break
        if found is None:  # "X charged Y with taking bribes": a gerund the preposition governs, or an adjective
            # ("X described the talks as constructive", whatever label the parser gave it)
            found = next((g for c in verb.rights if c.dep_ == "prep" and self.p.content_preposition(verb, fold(c.text))
                          for g in c.children if g.dep_ == "pcomp" or (g.pos_ == "ADJ" and g.i > c.i)), None)
        if found is None:
            for c in verb.rights:  # "appeler X à faire": the infinitive marked by the preposition
                marks = self._opening_marks(c)
                if (self.p.has(c, "open_clause") or self._subject_infinitive(c)) \
                        and any(self.p.content_preposition(verb, fold(g.text)) for g in marks):
                    found = c  # (or "X called for Y to resign": an infinitive with its own subject)
                    break
        if found is None:
            return None
        first = min([verb.i, *(c.i for c in verb.lefts if self.p.has(c, "aux"))])
        last = max(t.i for t in found.subtree)
        gerund = self._predicated_gerund(verb, found, last)
        if gerund is not None:  # "X spoke of Y taking over …": what Y is said to do, with Y
            last = max(t.i for t in gerund.subtree)
        for c in found.children:  # a clause with a subject of its own after a comma is someone else's
            if c.i > found.i and self.p.has(c, "adnominal") and any(self.p.has(g, "subject") for g in c.children) \
                    and self.doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 2 >= found.i:
                last = min(last, c.left_edge.i - 2)
        for c in verb.rights:  # what qualifies the call too ("au calme après les violences"), up to a comma
            if c.i <= last:
                continue
            if any(t.text in {",", ";", ":"} for t in self.doc[last + 1 : c.left_edge.i + 1]):
                break
            if c.dep_ not in {"conj", "cc", "parataxis", "punct", "advcl"} and not self.p.has(c, "conj"):
                last = max(last, max(t.i for t in c.subtree))
            elif self._demanded_act(c, found, last):
                # (up to a clause coordinated with it, no part of the call: "… to reduce corruption but blocked …")
                last = max(last, *(t.i for g in c.children if not (self.p.has(g, "conj") or g.dep_ == "cc")
                                   for t in g.subtree), c.i)
        return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])

    def _demanded_act(self, clause: Any, noun: Any, last: int) -> bool:
        """Whether ``clause`` is an infinitive with no subject of its own right after the noun a content preposition
        governs, that the parser hung on the verb ("called for the government of Velmar | to reduce corruption"):
        what that noun is called on to do, part of the call."""
        return self.p.has(clause, "adverbial_clause") and clause.left_edge.i == last + 1 \
            and noun.pos_ in {"NOUN", "PROPN"} and self._marked_infinitive(clause, subject=False)

    def _subject_infinitive(self, clause: Any) -> bool:
        """An infinitive clause with a subject of its own, marked by its infinitive particle ("for
        the minister to resign", "for the line to be built"): the parser makes it an adverbial
        clause of the verb, its preposition a subordinator."""
        return self.p.has(clause, "adverbial_clause") and self._marked_infinitive(clause, subject=True)

    def _marked_infinitive(self, clause: Any, subject: bool) -> bool:
        """Whether ``clause`` is an infinitive its particle marks ("to resign", ``grammar.infinitive_marks``), with a
        subject of its own before it when ``subject``, with none otherwise."""
        lefts = list(clause.lefts)
        return any(self.p.has(c, "subject") or self.p.has(c, "passive_subject") for c in lefts) == subject \
            and any(self.p.has(c, "aux") and fold(c.text) in self.p.grammar.infinitive_marks for c in lefts)

    def _predicated_gerund(self, verb: Any, noun: Any, last: int) -> Any:
        """A present participle with no subject of its own right after the object of a content
        preposition, that the parser hung on the verb ("warned of prices rising", "spoke of Y
        taking over the patrols"): the object is its subject, the two together what is said."""
        if noun.pos_ not in {"NOUN", "PROPN", "PRON"} or noun.head.i == verb.i:
            return None
        nxt = last + 1
        if nxt >= len(self.doc):
            return None
        tok = self.doc[nxt]
        if tok.head.i != verb.i or not self._present_participle(tok) \
                or not (self.p.has(tok, "adverbial_clause") or self.p.has(tok, "open_clause")) \
                or any(self.p.has(c, "subject") or self.p.has(c, "passive_subject") for c in tok.children):
            return None
        return tok

    def _stranded_infinitive(self, verb: Any) -> tuple[int, int] | None:
        """A finite verb of saying the parser hung on the subject's noun as a modifier, and its
        infinitive complement with it ("Le recteur menace de fermer …", "Le syndicat promet de
        …": "menace" read as the noun's adjective, "de fermer" as the noun's complement): the
        infinitive marked right after the verb, to its end."""
        if not (self.p.has(verb, "adnominal") or self.p.has(verb, "adj_mod")) or verb.head.i > verb.i \
                or verb.head.pos_ not in {"NOUN", "PROPN"} or verb.i + 2 >= len(self.doc):
            return None
        mark, inf = self.doc[verb.i + 1], self.doc[verb.i + 2]
        if fold(mark.text) not in self.p.grammar.infinitive_marks or inf.pos_ != "VERB" \
                or "Inf" not in inf.morph.get("VerbForm") or inf.head.i >= verb.i:
            return None
        last = max(t.i for t in inf.subtree)
        return mark.idx, self.doc[last].idx + len(self.doc[last])

    def _opening_marks(self, tok: Any) -> list[Any]:
        """The marks or prepositions the parser hung on ``tok`` before it: what opens an infinitive (« à », « de »,
        "to") or a prepositional phrase."""
        return [g for g in tok.children if (self.p.has(g, "mark") or self.p.has(g, "case")) and g.i < tok.i]

    def _object_infinitive(self, verb: Any) -> tuple[int, int] | None:
        """"X a accusé Y d'avoir …", "X accused Y of doing …" when the parser hangs the
        infinitive on the object: the object with its infinitive, marked by the verb's content
        preposition (or "of"/"de" after a verb of accusation)."""
        for obj in verb.rights:
            if not self.p.has(obj, "object"):
                continue
            for c in obj.rights:
                marks = self._opening_marks(c)
                if c.pos_ in {"VERB", "AUX"} and self.p.has(c, "adnominal") and any(
                        self.p.content_preposition(verb, fold(g.text))
                        or (self.p.is_target_verb(verb) and fold(g.text) in self.p.grammar.of_preps) for g in marks):
                    last = max(t.i for t in c.subtree)
                    return obj.left_edge.idx, self.doc[last].idx + len(self.doc[last])
        # an adverbial of contrast or turn between the verb and its infinitive, which the parser hung on the
        # adverbial's noun (« X promet au contraire d'abandonner le projet », « Y propose de son côté de … »):
        # the infinitive alone is what is said
        for obl in verb.rights:
            words = " ".join(self.t.folded[obl.left_edge.i : obl.i + 1])
            if obl.pos_ != "NOUN" or words not in (*self.p.views, *self.p.turns):
                continue
            for c in obl.rights:
                marks = self._opening_marks(c)
                if c.pos_ in {"VERB", "AUX"} and any(fold(g.text) in self.p.grammar.infinitive_marks
                                                     or self.p.content_preposition(verb, fold(g.text)) for g in marks):
                    last = max(t.i for t in c.subtree)
                    return c.left_edge.idx, self.doc[last].idx + len(self.doc[last])
        return None

    def as_clause(self, verb: Any) -> tuple[int, int] | None:
        """"Y, as X reported" / "comme l'a rappelé X, Y": the clause the comparative hangs on."""
        if not self._as_marked(verb):
            return None
        host = verb.head
        if self.p.has(host, "aux") and host.head.i != host.i:
            host = host.head  # (hung on an auxiliary: its verb's clause, "As X noted, the bridge is closed")
        while self.p.has(host, "open_clause") and host.head.i != host.i and host.head.pos_ in {"VERB", "AUX"}:
            host = host.head  # (or on an infinitive: the clause of the verb governing it, « Y ne va pas partir »)
        mark = next((c for c in verb.children if self.p.has(c, "mark") and fold(c.text) in self.p.grammar.comparative),
                    None)
        if mark is not None and host.pos_ not in {"VERB", "AUX"} and any(
                fold(t.text) in self.p.grammar.comparative for t in self.doc[host.left_edge.i : mark.i]):
            return None  # a comparison of amounts ("as much money as X had requested"): what X asked, not said
        if self._as_fragment(verb):
            # "comme le rappelle X, Y" parsed as a fragment of its own, X its head: the host
            # clause is the rest of the sentence, on the other side of the fragment
            sent = self.t.sent(verb)
            frag = list(host.subtree)
            lo, hi = min(t.i for t in frag), max(t.i for t in frag)
            after = lo <= sent.start + 1
            rest = [t for t in sent if (t.i > hi if after else t.i < lo) and not t.is_space]
            if after and not rest and sent.end < len(self.doc) and self.doc[sent.end - 1].text not in _ENDS:
                # the parser ended the sentence after the fragment: the host is the next one
                rest = [t for t in self.t.sent(self.doc[sent.end]) if not t.is_space]
            while rest and rest[0].is_punct:
                rest.pop(0)
            while rest and rest[-1].is_punct and rest[-1].text not in _QUOTE_CHARS:
                rest.pop()
            if len([t for t in rest if t.is_alpha]) < 3:
                return None
            return rest[0].idx, rest[-1].idx + len(rest[-1])
        # ("X said — as Y reported — …": X's words; not a passive with no agent, where no one speaks: "As Y noted,
        # the pipe had been reported as damaged")
        if host.i == verb.i or (self.is_cue(host) and not self._passive_without_agent(host)):
            return None
        # (a verb has one object: after an object clitic before it, the noun after it is its inverted subject,
        # whatever the parser made of it, « comme l'a rappelé Marie Dulac »)
        clitic = any(self.p.has(c, "object") and c.pos_ == "PRON" and c.i < verb.i for c in verb.children)
        if any(self.p.has(c, r) and c.pos_ != "PRON" and not (clitic and r == "object" and c.i > verb.i)
               for c in verb.children for r in ("clause", "object", "open_clause")):
            return None  # "as the company claims (that) …": a content of its own ("comme l'a dit X": no)
        own = {t.i for t in verb.subtree}
        toks = [t for t in host.subtree if t.i not in own and not t.is_space]
        side = [t for t in toks if (t.i < verb.i) == (host.i < verb.i)]
        side = [t for t in side if not t.is_punct or side.index(t) not in (0, len(side) - 1)]
        if len([t for t in side if t.is_alpha]) < 3:
            return None
        return side[0].idx, side[-1].idx + len(side[-1])

    def _as_marked(self, verb: Any) -> bool:
        """The verb opens a comparative ("as X said", "comme le dit X"): its "as" marks it, or
        marks the name after it that the parser made its head."""
        head = verb.head
        tops = [verb, head] if head.i > verb.i and head.pos_ in {"PROPN", "NOUN"} else [verb]
        return any(self.p.has(c, "mark") and fold(c.text) in self.p.grammar.comparative and c.i < verb.i
                   for t in tops for c in t.children)

    def _as_fragment(self, verb: Any) -> bool:
        """A comparative reporting verb whose head is the name after it ("comme le rappelle
        X"): the parser took the inverted subject for the head of a fragment."""
        head = verb.head
        return (head.i > verb.i and head.pos_ in {"PROPN", "NOUN"} and head.right_edge.i - head.i <= 4
                and not any(self.p.has(c, "subject") for c in verb.children)
                and self._as_marked(verb))

    def _passive_content(self, verb: Any) -> tuple[int, int] | None:
        """"présentée par X comme …": the participle phrase, up to a contrast."""
        toks = [t for t in verb.subtree if t.i >= verb.i and not self._under(t, verb, {"conj", "cc"})]
        if not toks:
            return None
        cut = next((t.i for t in self.doc[verb.i + 1 : toks[-1].i + 1] if fold(t.text) in self.p.contrast), None)
        if cut is not None:
            toks = [t for t in toks if t.i < cut]
        agents = [a for a in (self.p.agent_of(verb), self.agent_after(verb)) if a is not None]
        inside = {x.i for a in agents for x in a.subtree}
        said = [t for t in toks if t.i != verb.i and not t.is_punct and t.i not in inside
                and fold(t.text) not in self.p.grammar.agent_preps]
        if said and not any(fold(t.text) in self.p.grammar.comparative for t in said) \
                and all(self._circumstance(t, verb) for t in said if not t.is_space):
            # "The rise was announced by X at a news conference", "La hausse a été annoncée par
            # X lors d'une conférence": a circumstance is not what X says (the passive subject is
            # the topic spoken of, a noun phrase, no statement)
            return None
        bare = not any(self.p.has(c, "aux") for c in verb.children)
        if (bare or self.p.needs_clause_content(verb)) \
                and not any(fold(t.text) in self.p.grammar.comparative for t in said):
            return None  # a participle qualifying a noun, or "shared by X", says something only "as" something
        if len(said) >= 2 and toks:
            return toks[0].idx, toks[-1].idx + len(toks[-1])
        return None

    def _circumstance(self, tok: Any, verb: Any) -> bool:
        """Whether ``tok`` sits in an adverb or a phrase of circumstance of ``verb`` (a
        preposition of place, time or setting: "at a news conference", "lors d'une réunion",
        "on Monday"), or in an apposition or a relative clause of its agent."""
        agents = [a for a in (self.p.agent_of(verb), self.agent_after(verb)) if a is not None]
        while tok.head.i != tok.i and tok.head.i != verb.i:
            if any(tok.head.i == a.i for a in agents) and (
                    self.p.has(tok, "apposition") or self.p.has(tok, "relative")):
                return True
            tok = tok.head
        if tok.head.i != verb.i:
            return False
        if tok.dep_ in {"advmod", "npadvmod", "obl:mod", "obl:tmod", "nmod:tmod"} or tok.pos_ == "ADV":
            return True
        preps = self.p.grammar.setting_preps
        return (tok.dep_ == "prep" and fold(tok.text) in preps) or any(
            self.p.has(g, "case") and fold(g.text) in preps for g in tok.children)

    def _object_content(self, verb: Any) -> tuple[int, int] | None:
        """An object complement: "X a dénoncé …", "X denied …", "X called for …"."""
        rights: list[Any] = []
        for c in verb.rights:
            if c.dep_ in {"punct", "advmod", "cc", "conj", "parataxis", "advcl", "dative", "mark"} or c.is_space:
                continue  # (nor the blank of a link's language tag: "X wrote [pl] on her blog, '…'")
            if self.p.has(c, "subject") or self.p.has(c, "aux") or fold(c.text) in self.p.stressed:
                continue
            if self.p.has(c, "relative"):
                continue  # a relative clause the parser hung on the verb describes a noun ("…, déplore X, qui …")
            if c.dep_ == "prep" and fold(c.text) in self.p.grammar.circumstance_preps:
                if rights and self._late_adjunct(rights, c):
                    rights.append(c)
                continue
            if self.p.writes(verb) and (fold(c.text) in self.p.grammar.topic_preps or any(
                    self.p.has(g, "case") and fold(g.text) in self.p.grammar.topic_preps for g in c.children)):
                continue  # what one writes about is the topic, not what one says ("X wrote about the posters")
            if any(self.p.has(g, "case") and fold(g.text) in self.p.grammar.circumstance_preps for g in c.children) \
                    and not self._reproached(verb, c):
                continue
            if self.p.has(c, "oblique") and c.i == verb.i + 1 and len(list(c.subtree)) <= 3:
                continue
            if self.p.dates(c) and not any(t.pos_ in {"VERB", "AUX"} or self.p.has(t, "mark") for t in c.subtree):
                # a bare noun of a day the parser made the object dates the act ("a protesté vendredi"); a noun
                # with no preposition it hung on the day is the verb's object (« a requis mercredi trois ans de
                # prison »)
                # (a second noun of a moment goes with the day: « lundi soir »)
                hung = [g for g in c.rights if self._bare_noun(g)]
                rights.extend(x for g in hung for x in ([g] if not self.p.dates(g) else
                                                        [h for h in g.rights if self._bare_noun(h)]))
                continue
            if self._named_medium(c):
                continue  # "writing for the Dalen Herald", "a écrit pour Le Courrier": where, not what
            if c.left_edge.i > verb.i + 1 and self.doc[c.left_edge.i - 1].text == "," and self.frame_width(c.left_edge):
                continue  # "X has admitted it, according to prosecutors": who reports the saying, not what is said
            if self.p.has(c, "clause") and self._purpose(c):
                continue  # "declared it on Friday so he could …": why it was done, not what was said
            if c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text in _DASHES:
                break  # an aside between dashes is a clause apart, not what the verb says
            rights.append(c)
        if self.p.praises_object(verb) and any(self.p.has(c, "object") for c in rights):
            # what a verb of praise says is whom or what it praises; its reason may hold another's words ("thanked
            # Y for saying that …": Y's)
            rights = [c for c in rights if self.p.has(c, "object")]
        if self.p.tells(verb):
            # the plain object of a verb of telling is who is told, an audience or an occasion
            # ("X told a news conference", "X a informé le conseil"), not what is said, unless it
            # names something said ("X told the story")
            rights = [c for c in rights if not (self.p.has(c, "object") and not self._said_noun(c))]
        if not rights:
            return None
        if self.p.is_oppose_verb(verb) and any(self.p.has(c, "object") and self._taken_up_statement(c) for c in rights):
            return None  # "X rejected the accusation", « X a rejeté ce reproche »: an answer to another's words
        if self.p.says_only_said_objects(verb):
            obj = next((c for c in rights if self.p.has(c, "object")), None)
            if obj is not None and not self._said_or_someone(obj):
                return None  # "X admitted defeat", "X a concédé la victoire": another sense than saying
        first = min(t.i for t in rights[0].subtree)
        last = max(t.i for c in rights for t in c.subtree)
        while first < last and self.p.dates(self.doc[first]) and self.doc[first].head.i > first:
            first += 1  # (a noun of a moment hung on the object dates the act: « a annoncé lundi soir une … »)
        if last - first < 2:
            # a short object is said with its verb: "X denied the report", "X a nié toute
            # responsabilité", "X a revendiqué l'attentat", "X a réclamé sa démission"
            if not self._says_short_object(verb) or last < first:
                return None
            first = min([verb.i, *(c.i for c in verb.lefts if self.p.has(c, "aux"))])
        return self.doc[first].idx, self.doc[last].idx + len(self.doc[last])

    def _late_adjunct(self, rights: list[Any], adjunct: Any) -> bool:
        """Whether a circumstance the parser hung on the verb of saying follows, with no mark between, a content that
        ends on a non-finite verb's phrase (its gerund or infinitive, or the noun a participle modifies): "accused Y
        of voting | without reading the bill", "blamed Y for rushing the scheme through | under emergency powers". A
        modifier goes with the nearest head it can modify (late closure): the act said, part of what is said."""
        last = max(t.i for c in rights for t in c.subtree)
        if adjunct.left_edge.i != last + 1:
            return False
        for t in (t for c in rights for t in c.subtree):
            if t.pos_ != "VERB" or finite_verb(t) or not (
                    self._present_participle(t) or "Inf" in t.morph.get("VerbForm") or t.tag_ == "VB"):
                continue
            phrase = t.head if self.p.has(t, "adj_mod") else t
            if max(x.i for x in phrase.subtree) == last:
                return True
        return False

    def _taken_up_statement(self, noun: Any) -> bool:
        """Whether ``noun`` only takes up something said before, by someone else: a noun of words or of opposition
        (not of an act or a text: "the decision", "the report" are things done or written) with a definite,
        demonstrative or possessive determiner (or a possessor) and nothing after it ("the accusation", "that
        explanation", "the minister's figures", « ce reproche »). Opposing it says nothing of one's own (the
        opposition is a disagreement); "denied any wrongdoing", "rejected the idea of a loan", "the conclusions of
        the summit" do."""
        word = fold(noun.text)
        if noun.pos_ == "PRON" and word in self.p.demonstratives and not any(c.i > noun.i for c in noun.children):
            # a demonstrative alone takes up what was just said: "X denied that, saying …", « X dément cela »
            return True
        # (or a noun of opposition, what another's criticism is called when answered: "rejected the criticism",
        # « a rejeté ces critiques » — a plural one whatever else it may name, « les critiques » being criticisms
        # to whoever rejects them; not a singular that names someone, "criticised the opposition")
        opposition = word in self.p.oppose_nouns and not (self.p.names_someone(word) and not self.p.is_plural(noun))
        if noun.pos_ == "PROPN" or not (word in self.p.said_nouns or word in self.p.reporting_nouns or opposition):
            return False
        # (a day or an occasion the parser hung on the noun dates the act: « a rejeté ce reproche jeudi », « lors
        # d'une conférence de presse »)
        return not any(c.i > noun.i and not c.is_punct and not self.p.occasion(c) for c in noun.children) and any(
            (self.p.has(c, "det") and fold(c.text) in self.p.definite | self.p.demonstratives)
            or fold(c.text) in self.p.possessives or self.p.has(c, "possessive") for c in noun.children if c.i < noun.i)

    def _bare_noun(self, tok: Any) -> bool:
        """A noun, a name or a number with no preposition of its own."""
        return tok.pos_ in {"NOUN", "PROPN", "NUM"} and not any(self.p.has(x, "case") for x in tok.children)

    def _named_medium(self, c: Any) -> bool:
        """A complement in "for" or "to" whose noun is a name of a body or a person ("for the Dalen
        Herald", "to Reuters", "pour Le Courrier"): the medium or the one addressed, never what a
        verb says (a verb that says what such a complement names reads it as its content first)."""
        preps = self.p.grammar.for_preps | self.p.grammar.to_preps
        if c.dep_ == "prep":
            noun = next((g for g in c.children if g.dep_ == "pobj"), None) if fold(c.text) in preps else None
        else:
            noun = c if self.p.has(c, "oblique") and any(
                self.p.has(g, "case") and fold(g.text) in preps for g in c.children) else None
        return noun is not None and noun.pos_ == "PROPN" and noun.ent_type_ in _NAMED_PARTIES

    def _says_short_object(self, verb: Any) -> bool:
        """A verb whose object is said with it however short: opposing ("X denied the report"),
        claiming an act as one's own ("X claimed the attack"), demanding ("X demanded his
        resignation")."""
        return bool(self.p.is_oppose_verb(verb) or self.p.claims_act(verb) or self.p.demands_object(verb)
                    or self.p.praises_object(verb)
                    or (self.p.enacts(verb) and self._own_object(verb)))

    def _own_object(self, verb: Any) -> bool:
        """Whether the object of ``verb`` has a possessive of its own ("announced her resignation", « a annoncé
        sa candidature »): what one announces of oneself is said, an act of another kind is done."""
        return any(self.p.has(c, "object") and any(
            fold(d.text) in self.p.possessives and (self.p.has(d, "det") or self.p.has(d, "possessive"))
            for d in c.children) for c in verb.children)

    def _said_noun(self, noun: Any) -> bool:
        """A noun of something said ("the claims", "a statement"), not a court filing: rejecting
        a statement is saying something of it, dismissing a lawsuit is ruling on it. A name is
        none, whatever its last word ("told The Jakarta Post")."""
        if noun.pos_ == "PROPN":
            return False
        w = fold(noun.text)
        return w in self.p.said_nouns or w in self.p.reporting_nouns or (
            w in self.p.statement_nouns and w not in self.p.filing_nouns)

    def _reproached(self, verb: Any, complement: Any) -> bool:
        """The complement in "à" of a verb of reproach ("X reproche au maire d'avoir menti", "X
        reproche à Y son silence") is the one reproached, with what follows it: no circumstance."""
        return self.p.is_addressed(verb) and any(
            self.p.has(g, "case") and g.i < complement.i and fold(g.text) in self.p.addressee_preps
            for g in complement.children) and complement.right_edge.i - complement.i >= 2

    def _said_or_someone(self, noun: Any) -> bool:
        """A noun of saying ("the claims"), a pronoun, or an actor (a name, a role, a group, a
        body): what a verb of saying can take as its plain object and still say something."""
        w = fold(noun.text)
        if noun.pos_ in {"PRON", "PROPN"} or noun.ent_type_ in {"PERSON", "PER", "ORG", "NORP", "GPE"}:
            return True
        p = self.p
        return self._said_noun(noun) or p.is_role(w) or p.is_group(w) or w in p.org_nouns

    def light_content(self, light: Any, cue: Any) -> tuple[int, int] | None:
        """The rest of a light verb's clause after its cue word, up to a coordinated clause (from the
        word itself when it is an adjective of attitude: "is critical of the plan"); a
        state of mind voiced with no clause of its own is said with its noun and complements
        ("expressed their regret over the change", "a exprimé sa solidarité avec les victimes"),
        a bare one not at all ("expressed regret")."""
        stop = {"conj", "parataxis"}
        if cue.pos_ == "ADJ":
            # an attitude toward something: the adjective with its complement ("critical of the plan",
            # "hostile à la fermeture"); a bare one ("X has been critical") says toward what only in
            # another clause, if at all
            targets = [c for c in cue.children if c.i > cue.i and not c.is_punct and c.dep_ not in stop]
            # (or the phrase right after it that the parser hung on the copula: "restent sceptiques quant à …")
            targets = targets or [c for c in light.children if c.left_edge.i == cue.right_edge.i + 1]
            if not targets or all(self._circumstantial(c) for c in targets):
                return None  # (nor one with a circumstance only: "supportive in their comments")
            end = max(t.i for c in targets for t in c.subtree if not self._under(t, c, stop))
            return cue.idx, self.doc[end].idx + len(self.doc[end])
        # (a relative clause on the noun only says which: "expressed the misgivings that many must have felt" says
        # no misgiving; its relative word is a pronoun, where a completive clause's is a conjunction)
        qualifying = {t.i for c in cue.children if c.i > cue.i and self.p.has(c, "relative")
                      and c.left_edge.pos_ == "PRON" for t in c.subtree}
        toks = [t for t in light.subtree if t.i > cue.i and not self._under(t, light, stop) and t.i not in qualifying]
        if light.head.i != light.i and light.dep_ not in {"conj", "ROOT"}:
            toks += [t for t in light.head.subtree if t.i > cue.i and not self._under(t, light.head, stop)]
        voiced = self._voices(light, cue) and not any(t.pos_ in {"VERB", "AUX"} for t in cue.subtree)
        # (a stance noun after its preposition is said with its complement: "came out in [support of the plan]")
        through = cue.head.i != light.i and cue.head.head.i == light.i and cue.head.dep_ == "prep"
        if voiced or through:  # the noun said with its determiners: "their regret over …"
            toks += [t for t in cue.subtree if t.i <= cue.i]
        ids = sorted({t.i for t in toks})
        if not ids or (voiced and ids[-1] <= cue.i):
            return None
        end = ids[0]
        while end + 1 in ids or (end + 1 < len(self.doc) and self.doc[end + 1].is_punct and end + 2 in ids):
            end += 1
        while (self.doc[end].is_punct or self.doc[end].is_space or self.doc[end].pos_ == "CCONJ") and end > ids[0]:
            end -= 1  # the comma and the "and" before a coordinated clause, the line's end
        first = self.doc[ids[0]]
        colon = next((i for i in range(first.i, end) if self.doc[i].text == ":"), None)
        if colon is not None and not any(t.pos_ in {"VERB", "AUX"} for t in self.doc[first.i : colon]):
            # "gave her testimony to the inquiry on Monday: '…'": who heard it and when are circumstances,
            # what was said follows the colon
            first = next((t for t in self.doc[colon + 1 : end + 1] if not (t.is_punct or t.is_space)), first)
        if first.pos_ == "ADP" or fold(first.text) in self.p.grammar.of_preps:
            ids = [i for i in ids if i > first.i]
            if not ids:
                return None
            first = self.doc[ids[0]]
        if end - first.i < 2:
            return None
        return first.idx, self.doc[end].idx + len(self.doc[end])

    def misparsed_clause(self, verb: Any) -> Any:
        """"She told reporters she would …": a "relative" clause on the addressee, with its
        own subject and no relative word, is the reported content."""
        for obj in verb.children:
            if not (self.p.has(obj, "object") or self.p.has(obj, "indirect")) or obj.i < verb.i:
                continue
            for rel in obj.children:
                if not self.p.has(rel, "relative") or rel.i <= obj.i:
                    continue
                first = next(iter(rel.subtree))
                if first.i != obj.i + 1 or first.tag_ in {"WDT", "WP", "WP$"} \
                        or fold(first.text) in self.p.grammar.relatives:
                    continue
                if any(relative_pronoun(t) for t in self.doc[first.i : rel.i]):
                    continue  # (a relative pronoun after its preposition: « …, un point sur lequel X n'a pas … »)
                if any(self.p.has(c, "subject") and c.i < rel.i for c in rel.children):
                    return rel
            # "X told viewers of a televised debate that …", "X told a local news site that she had lost …": the
            # clause hung as a relative on the addressee or a noun of its phrase; a complement when "that" fills no
            # slot of its verb and the verb has a subject of its own
            for noun in obj.subtree:
                # (on the object itself only where the object is the one told: "rejected Y's assertion that …" is
                # a noun's own clause)
                rel = self._complement_as_relative(noun) if noun.pos_ in {"NOUN", "PROPN"} and (
                    noun.i > obj.i or (noun.i == obj.i and self.p.tells(verb))) else None
                if rel is not None:
                    return rel
        # "X affirme au contraire que …", "X a déclaré à la presse que …": a completive clause (its
        # conjunction, a subject of its own) hung on an adverbial or oblique complement of the verb
        for obl in self._adjuncts(verb):
            for rel in obl.children:
                # (or hung with no label: "X estime, dans une interview au Courrier, que …")
                if rel.i <= obl.i or not (self.p.has(rel, "adnominal") or self.p.has(rel, "relative")
                                          or rel.dep_ == "dep"):
                    continue
                first = next(iter(rel.subtree))
                if first.dep_ == "mark" and fold(first.text) in self.p.grammar.complementisers \
                        and any(self.p.has(c, "subject") or self.p.has(c, "passive_subject") for c in rel.children):
                    return rel
            # "X said in a statement that …": the clause hung as a relative on the noun of the
            # adverbial, its "that" read as a relative pronoun; a complement, not a relative,
            # when it has a subject of its own and "that" fills no slot of its verb
            for noun in self._medium_nouns(obl):
                rel = self._complement_as_relative(noun)
                if rel is not None:
                    return rel
        # "She said as a teenager she was forced …": a clause right after the verb with a subject of its
        # own and no subordinating conjunction, which the parser hung as an adverbial clause (reading the
        # preposition opening it as the clause's), is the complement, its "that" left out
        for c in verb.children:
            if c.i <= verb.i or not self.p.has(c, "adverbial_clause"):
                continue
            first = next(iter(c.subtree))
            # (no conjunction opens it nor the verb: "Si X affirmait que A, B" supposes)
            if first.i == verb.i + 1 and first.pos_ != "SCONJ" and first.dep_ != "mark" \
                    and not any(g.dep_ == "mark" or self.p.has(g, "mark") for g in (*c.children, *verb.children)) \
                    and any((self.p.has(g, "subject") or self.p.has(g, "passive_subject")) and g.i < c.i
                            for g in c.children):
                return c
        return None

    def _root_noun_clause(self, verb: Any) -> Any:
        """The complement clause of a verb of saying the parser read as a participle on the noun before it, that
        noun made the root of a sentence with no verb of its own ("The X commentary highlighted in its headline that
        …", the clause hung on the noun as a relative): the verb is the sentence's, the noun its subject. None for
        a participle with its agent ("the report published by Y"), or one not right after its noun."""
        noun = verb.head
        if not self.p.has(verb, "adnominal") or noun.i + 1 != verb.i or noun.pos_ != "NOUN" or noun.dep_ != "ROOT" \
                or not self.p.is_reporting_verb(verb) or self.p.agent_of(verb) is not None:
            return None
        clause = self._complement_as_relative(noun)
        return clause if clause is not None and clause.i > verb.i else None

    def _complement_as_relative(self, noun: Any) -> Any:
        """A clause the parser hung on ``noun`` as a relative though it is a complement: its
        "that" fills no slot of its verb, which has a subject of its own ("… in a statement that
        the talks had failed"), or as a clause of its own ("acl": the same, labelled otherwise)."""
        for rel in noun.children:
            if rel.i <= noun.i or not (self.p.has(rel, "relative") or self.p.has(rel, "adnominal")):
                continue
            first = self.doc[min(t.i for t in rel.subtree)]  # (a non-projective parse puts it anywhere)
            if fold(first.text) not in self.p.grammar.complementisers or self._fills_slot(first, rel) \
                    or rel.pos_ not in {"VERB", "AUX"}:
                continue
            if any((self.p.has(c, "subject") or self.p.has(c, "passive_subject")) and c.i != first.i
                   for c in rel.children):
                return rel
        return None

    def _adjuncts(self, verb: Any) -> list[Any]:
        """The oblique and indirect complements after ``verb``, with those of a complex
        preposition the parser reads as an adverb ("lors de la conférence", "près de …")."""
        found: list[Any] = []
        for c in verb.rights:
            if self.p.has(c, "oblique") or self.p.has(c, "indirect"):
                found.append(c)
            elif c.pos_ == "ADV":
                found.extend(g for g in c.rights if self.p.has(g, "oblique") or self.p.has(g, "indirect"))
        return found

    def _medium_nouns(self, obl: Any) -> list[Any]:
        """The noun of an adjunct of saying (the preposition's object, or the oblique noun itself),
        and the nouns of its own complements ("in a letter to the council", "dans un entretien au
        journal"): the medium and its addressee take no content clause. A noun of saying under
        the medium does ("in reply to claims that …"): it is left out."""
        heads = [n for n in (obl, *obl.children) if n.i >= obl.i and n.pos_ in {"NOUN", "PROPN"}]
        nested: list[Any] = []
        for noun in heads:
            for m in noun.rights:
                if not self.p.has(m, "nominal_mod"):
                    continue
                nested.extend(n for n in ((m, *m.children) if m.pos_ == "ADP" else (m,))
                              if n.pos_ in {"NOUN", "PROPN"} and n.i > noun.i and not self._said_noun(n))
        return heads + nested

    def _fills_slot(self, first: Any, rel: Any) -> bool:
        """"that"/"que" fills a slot of the clause's verb: a relative pronoun, unless the parser
        also gave that slot to another word ("que l'audit contenait de graves erreurs": the
        object is taken, so "que" is the conjunction) or read it as a conjunction, and the clause
        has no stranded preposition."""
        if any(self.p.has(t, "oblique") and t.pos_ == "ADP" and not list(t.children) for t in rel.subtree):
            return True  # a preposition stranded without its object: the gap of a relative ("that X took part in")
        if first.head.i == rel.i and self.p.has(first, "mark") and (
                self.p.is_oppose_verb(rel) or self.p.is_target_verb(rel) or self.p.is_reporting_verb(rel)) \
                and not any(self.p.has(c, r) for c in rel.children for r in ("object", "clause", "open_clause")):
            # (but a verb of saying or opposing left with no object of its own takes "que" for it, whatever the tag:
            # « une accusation que le gouvernement a démentie »)
            return True
        if first.head.i != rel.i or self.p.has(first, "mark"):
            return False
        return not any(c.i != first.i and c.dep_ == first.dep_ for c in rel.children)

    def _circumstantial(self, tok: Any) -> bool:
        """Whether ``tok`` is a phrase of circumstance (time, place, means: its preposition is one of
        ``grammar.circumstance_preps``), not one of the preposition of the one addressed ("hostile to")."""
        preps = [tok] if tok.pos_ == "ADP" else [c for c in tok.children if self.p.has(c, "case")]
        return any(fold(p.text) in self.p.grammar.circumstance_preps - self.p.grammar.to_preps for p in preps)

    def _under(self, tok: Any, top: Any, deps: set[str]) -> bool:
        while tok is not top and tok.head.i != tok.i:
            if tok.dep_ in deps:
                return True
            tok = tok.head
        return False

    def incise(self, verb: Any) -> tuple[int, int] | None:
        """Content before "…, a déclaré X" / "…, he said": from the sentence start to the comma; never a span
        that opens on the verb's own group (a sentence the parser cut inside a quotation: « … ? », demande-t-il,
        …), though one may run across the incise ("Still, X said, many …")."""
        span = self._incise(verb)
        group = self.doc[self._before_verb_group(verb) + 1]
        opens_on_verb = span is not None and span[0] <= verb.idx \
            and not any(ch.isalnum() for ch in self.t.text[span[0] : group.idx])
        return None if opens_on_verb else span

    def _nominal_run(self, verb: Any, start: int, longest: int = 12) -> int:
        """The first token of the run of nominal words (nouns, names, determiners, adjectives, possessives, numbers,
        conjunctions) that ends right before ``verb`` and opens right after a comma, at most ``longest`` words; the
        verb's index when there is none."""
        doc = self.doc
        i = verb.i - 1
        while i >= start and verb.i - i <= longest and (doc[i].pos_ in _NOMINAL_RUN
                                                         or fold(doc[i].text) in self.p.possessives):
            i -= 1
        first: int = verb.i
        if i >= start and doc[i].text == "," and i + 1 < verb.i and doc[i + 1].pos_ != "CCONJ":
            first = i + 1
        return first

    def _incise(self, verb: Any) -> tuple[int, int] | None:
        doc = self.doc
        sent = self.t.sent(verb)
        if fold(verb.text).endswith(self.p.grammar.participle_endings) or self.p.has(verb, "relative"):
            return None
        if "Part" in verb.morph.get("VerbForm") and not any(self.p.has(c, "aux") for c in verb.children):
            return None  # a bare participle qualifies a noun ("the boats seen near the cape")
        light = self.light_head(verb)
        # (the verb's subject may be a long run of nouns and names, even two joined: "…, opposition leader X and
        # his running mate Y said" — a conjunction inside it, never right after the comma)
        nominal = self._nominal_run(verb, sent.start)
        group = self._before_verb_group(verb, light)  # (its group holds the verb it is the infinitive of)
        i = verb.i - 1
        while i >= sent.start and doc[i].text not in {",", ";", ":"} and (verb.i - i <= 6 or i >= nominal):
            if i > group:
                i -= 1
                continue
            if (doc[i].pos_ in {"VERB", "SCONJ", "CCONJ"} and not (light is not None and i == light.i)
                    and not (doc[i].pos_ == "CCONJ" and i > nominal)) \
                    or doc[i].text in {"«", "»", '"', "“", "”"}:
                return None  # (the light verb of a two-word cue is the cue's: "…, a fait savoir X")
            i -= 1
        first = sent
        if i == sent.start and i > 0 and doc[i].text == "," and doc[i - 1].text not in _SENTENCE_END \
                and "\n" not in self.t.text[doc[i - 1].idx : doc[i].idx]:
            # the parser cut the sentence at the comma of the incise ("La rivière sera
            # empoisonnée | , a-t-il prévenu."): the words before it are the sentence before
            first = self.t.sent(doc[i - 1])
        elif i <= sent.start or doc[i].text != ",":
            return None
        wh = self.p.grammar.wh_openers | self.p.grammar.free_relatives
        if any(i < c.i < verb.i and fold(c.text) in wh for c in verb.children):
            return None  # "…, in revenge for what they described as …": the verb heads a free relative, no incise
        slots = self.slots(verb)
        subjects = [t for t in slots if t.i < verb.i]
        inverted = self.inverted_subject(verb)
        if inverted is None:  # "…, dit-il": the clitic after the verb is the inverted subject
            inverted = next((t for t in slots if t.i > verb.i and self._is_clitic(t)), None)
        if inverted is None:  # "…, indique-t-on à Matignon": an impersonal one, its source after it
            inverted = self._impersonal(verb, group + 1)  # (« se contente-t-on d'indiquer »: in the verb's group)
        # (a noun before the comma is the verb's subject, unless the verb opens an incise with its own
        # subject inverted after the comma and the incise closes on a comma: « Le décret, ajoute le maire,
        # est illégal » — a verb has one subject, and the noun is the subject of what was said, which
        # the parser hung on the incise's verb)
        after_comma = inverted if inverted is not None else self._inverted_clitic(verb)  # ("a-t-il dit")
        own = after_comma is not None and after_comma.i > i and self.incise_close(verb) is not None
        if subjects and any(t.i < i for t in subjects) and not own:
            return None
        if own:
            subjects = [t for t in subjects if t.i > i]
        if not subjects and inverted is None:
            return None
        content_roles = ("clause", "open_clause", "object", "indirect")
        # the object of a verb of telling is who is told, not what ("…, X told reporters")
        told = self.p.tells(verb)
        # (past an incise's closing comma the words go on with the clause it cuts, whatever the
        # parser hung on the verb: "Ce tarif est, disent-ils, le prix de …")
        inner = self.incise_close(verb)
        if inner is None:
            inner = self.subject_incise_close(verb)
        # (nor is the phrase the inverted subject is part of: "…, a déclaré le maire Jean Dupont, …",
        # the title the parser made the object)
        if any(any(self.p.has(c, r) for r in content_roles)
               and (inverted is None or not c.left_edge.i <= inverted.i <= c.right_edge.i)
               and all(c.i != t.i for t in slots)  # (who speaks is no content: "…, indique-t-on à Matignon")
               and not (told and self.p.has(c, "object") and c.pos_ in {"NOUN", "PROPN", "PRON"})
               and not (inner is not None and c.i > inner)
               for c in verb.rights):
            return None
        if any(c.dep_ == "prep" and fold(c.text) in self.p.grammar.content_preps for c in verb.rights):
            return None
        if verb.i + 1 < sent.end and fold(doc[verb.i + 1].text) in self.p.grammar.complementisers:
            return None  # "Quant à X, elle estime que « … »": a complementiser opens what the verb says, after it
        start = first.start
        while start < i and (doc[start].is_space or doc[start].is_punct):
            start += 1
        # an incise inside the sentence ("The plan, he said, would cost …"): the words on both
        # sides are what was said
        close = next((j for j in range(verb.i + 1, sent.end) if doc[j].text in {",", ";", ":", "."}), None)
        if close is not None and doc[close].text == ":":
            return None  # "Responding to the news, X tweeted: …": the verb announces what follows its colon
        inside = close is not None and close == inner and self._goes_on(verb, close, sent.end)
        if self._role_before_subject(doc[start:i]) and not (inside and close is not None and not any(
                self.p.has(t, "subject") and t.head.i > close for t in doc[close + 1 : sent.end])):
            # "The paper's editor, Lena Roe did apologize, as did …": the subject's role before its name, no words
            # (unlike "The new mayor, Roe said, would cut taxes", which goes on past the incise with no subject)
            return None
        tops = {t.i for t in doc[start:i] if not (start <= t.head.i < i) and not t.is_punct}
        fronted = bool(tops) and all(doc[t].head.i == verb.i and (self._fronted_circumstance(verb, doc[t])
                                                                  or doc[t].left_edge.pos_ == "ADP"
                                                                  or self._time_phrase(doc[t])) for t in tops)
        if close is not None and doc[close].text == "," and (close > max(t.i for t in verb.subtree) - 1 or inside):
            after = [t for t in doc[close + 1 : sent.end] if t.is_alpha]
            # (the rest of a clause an inverted incise cuts may be short: « Le décret, ajoute le maire, est
            # illégal »)
            if len(after) >= 3 or (inside and not fronted and after and own):
                end = sent.end - 1
                while end > close and (doc[end].is_space or doc[end].is_punct):
                    end -= 1
                if inside and fronted:
                    # "Par ailleurs, poursuit X, …", "Moreover, she added, …": a connective or a
                    # circumstance opens the sentence; what was said is after the incise
                    return doc[close + 1].idx, doc[end].idx + len(doc[end])
                return doc[start].idx, doc[end].idx + len(doc[end])
        if fronted_predicate(doc, start, sent.end, self.p) == i:
            return None  # "Surpris par Y, il a déclaré : …": a detached phrase, no content
        if fronted:
            # "When X visited Y, he saw …": the fronted clause is a circumstance; so is a
            # prepositional phrase ("On her blog, she wrote: …", "Sur son blog, elle écrit : …")
            return None
        return doc[start].idx, doc[i - 1].idx + len(doc[i - 1])

    def _role_before_subject(self, words: Any) -> bool:
        """Whether ``words``, before the comma of a would-be incise, are a noun phrase with no verb headed by a role
        noun ("The paper's editor-in-chief, Lena Roe did apologize"): the role of the subject named after the comma,
        set before it, not what was said."""
        heads = [t for t in words if not (words.start <= t.head.i < words.end) and not t.is_punct]
        return len(heads) == 1 and heads[0].pos_ in {"NOUN", "PROPN"} and self.p.is_role(heads[0].text) \
            and not any(t.pos_ in {"VERB", "AUX"} or self.t.quoted(t) for t in words)

    @staticmethod
    def _time_phrase(head: Any) -> bool:
        """Whether a noun phrase with no verb in it is one the recogniser reads as a date or a time ("The next
        day, …", "Last week, …"): a circumstance set before the clause, no words anyone said."""
        return head.pos_ in {"NOUN", "PROPN"} and head.ent_type_ in _TIME_ENTS \
            and not any(t.pos_ in {"VERB", "AUX"} for t in head.subtree)

    def _goes_on(self, verb: Any, close: int, end: int) -> bool:
        """The words after an incise's closing comma go on with the sentence it interrupts: a
        clause with its own verb, or the rest of a clause the incise cut after its verb ("Le
        projet est, disent-ils, une erreur"); not a relative or a coordinated clause ("…, a dit
        X, qui …")."""
        words = [t for t in self.doc[close + 1 : end] if not (t.is_punct or t.is_space)]
        if not words or fold(words[0].text) in self.p.grammar.relatives or words[0].pos_ == "CCONJ":
            return False
        if any(t.pos_ in {"VERB", "AUX"} for t in words):
            return True
        i = verb.i - 1
        while i > 0 and self.doc[i].text != ",":
            i -= 1
        return i > 0 and self.doc[i - 1].pos_ in {"VERB", "AUX"}

    def incised_relative(self, verb: Any) -> tuple[int, int] | None:
        """The rest of a relative clause an incise interrupts right after its relative word
        ("… the old wrecks which, the survey found, divers avoid"): what
        the incise reports of it, besides the clause before."""
        doc = self.doc
        sent = self.t.sent(verb)
        i = verb.i - 1
        while i > sent.start and doc[i].text != "," and verb.i - i <= 5:
            if doc[i].pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or self.t.quoted(doc[i]):
                return None
            i -= 1
        if i <= sent.start or doc[i].text != "," or fold(doc[i - 1].text) not in self.p.grammar.relatives:
            return None
        close = next((j for j in range(verb.i + 1, min(sent.end, verb.i + 4)) if doc[j].text == ","), None)
        if close is None or any(t.is_alpha and not self._is_clitic(t) for t in doc[verb.i + 1 : close]):
            return None
        words = [t for t in doc[close + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if sum(t.is_alpha for t in words) < 3:
            return None
        return self.trim(words[0].idx, words[-1].idx + len(words[-1]))

    def subtree_span(self, head: Any) -> tuple[int, int]:
        """The clause of ``head``, without its own complementiser and the punctuation before it; the
        conjunction of a clause inside it stays ("X announced that if Y won, Z would …": "if Y won, …";
        « X a annoncé que si Y gagnait, … »)."""
        toks = list(head.subtree)
        marked = False  # (one clause has one complementiser: a second is an inner clause's, "que si …")
        while len(toks) > 1 and ((fold(toks[0].text) in self.p.grammar.marks and not marked)
                                 or (toks[0].is_punct and toks[0].text not in _QUOTE_CHARS)):
            marked = marked or fold(toks[0].text) in self.p.grammar.marks
            toks = toks[1:]
        return toks[0].idx, toks[-1].idx + len(toks[-1])

    def trim(self, start: int, end: int) -> tuple[int, int]:
        return trim(self.t.parsed, start, end)


_SENTENCE_END = {".", "!", "?", "»", "”", '"', "“", "«", ":", ";"}
_QUOTE_MARKS = frozenset({"»", "”", '"', "“", "«"})


def fronted_predicate(doc: Any, start: int, end: int, p: LanguageProfile) -> int | None:
    """The comma that closes a detached participle or adjective phrase opening the sentence
    ``doc[start:end]`` ("Surpris par la décision de Y, il a déclaré …", "Angered by Y's plan, she
    said …"), when a subject follows it: the phrase has no subject of its own, its understood
    subject is the main clause's, so it is no content of that clause's verb and the names in it
    (its agent, its complements) are not that subject."""
    i = start
    while i < end and (doc[i].is_space or doc[i].is_punct):
        i += 1
    if i >= end:
        return None
    first = doc[i]
    participle = first.pos_ in {"VERB", "AUX"} and (
        "Part" in first.morph.get("VerbForm") or fold(first.text).endswith(p.grammar.participle_endings))
    if not (participle or first.pos_ == "ADJ") or any(p.has(c, "subject") for c in first.children):
        return None
    if fold(first.text) in p.quantifiers:
        return None  # "Many of the farmers, X said, …": a quantifier heads a noun phrase, no predicate
    comma = None
    k = i + 1
    while k < end:
        if doc[k].text in OPENING_QUOTES:
            # a short quotation inside the phrase, a title ('Commenting on an article entitled "…", X writes'):
            # the phrase goes on after it
            close = next((j for j in range(k + 1, min(end, k + 12)) if doc[j].text in _QUOTE_MARKS), None)
            if close is not None and close + 1 < end and doc[close + 1].text == ",":
                k = close + 1
                continue
        if doc[k].text in {",", ";", ":", "."} or doc[k].text in _SENTENCE_END:
            comma = k
            break
        k += 1
    if comma is None or doc[comma].text != "," or comma + 1 >= end:
        return None
    after = doc[comma + 1]
    return comma if after.pos_ in {"PRON", "PROPN", "NOUN", "DET"} else None


def relative_pronoun(tok: Any) -> bool:
    """A relative pronoun, by its morphology (both models: ``PronType=Rel``): « qui », « dont », « lequel », "whom"."""
    return "Rel" in tok.morph.get("PronType")


def finite_verb(tok: Any) -> bool:
    """A finite verb or auxiliary: its morphology says so, or its English tag (a past, a present or
    a modal, which the English model leaves without a verb form)."""
    return tok.pos_ in {"VERB", "AUX"} and (
        "Fin" in tok.morph.get("VerbForm") or tok.tag_ in {"VBD", "VBZ", "VBP", "MD"})


def name_head(tok: Any, p: LanguageProfile) -> Any:
    """The head of the name or compound ``tok`` is a word of: up the parse through the parts of
    a name and the words of a compound ("Jane" -> "Roe" in "Jane Roe", "city" -> "council")."""
    while (p.has(tok, "compound") or p.has(tok, "name_part")) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Spaces and punctuation off both ends; a quotation mark only kept with its partner.
    ``text`` is the one the parser read, so that what was blanked for it is trimmed too."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in _TRAIL):
        start += 1
    opening, closing = "«“\"", "»”\""
    first = next((i for i in range(start, end) if text[i] in _QUOTE_CHARS and _has_mark(text, i, i + 1)), None)
    if first is not None and text[first] in "»”":
        # a quotation closed inside the span opened just before it: take its opening mark in
        j = start - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] in opening:
            start = j
    last = next((i for i in range(end - 1, start - 1, -1) if text[i] in _QUOTE_CHARS and _has_mark(text, i, i + 1)),
                None)
    straight_open = text.count('"', start, end) % 2 == 1 and text[start:end].lstrip()[:1] != '"'
    if last is not None and (text[last] in "«“" or (text[last] == '"' and straight_open)) and last < end - 1:
        # a quotation opened inside the span closes just after it: take its closing mark in (and the stop
        # set inside the marks before it: … was "a disaster.")
        j = end
        while j < len(text) and text[j].isspace():
            j += 1
        if j + 1 < len(text) and text[j] in ".!?,;…" and text[j + 1] in closing:
            j += 1
        if j < len(text) and text[j] in closing:
            end = j + 1
    if end - start > 2 and text[start] in opening and text[end - 1] in closing \
            and not _has_mark(text, start + 1, end - 1):
        start, end = start + 1, end - 1  # a quotation whole: its words, without the marks
    if end > start and text[end - 1] in _QUOTE_CHARS and not _has_mark(text, start, end - 1):
        end -= 1
    if end > start and text[start] in _QUOTE_CHARS and not _has_mark(text, start + 1, end):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAIL):
        end -= 1
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1  # a bracket opened inside the span closes right after it: "… the agency (DGAC)"
    return start, end


def _has_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a quotation mark; an apostrophe between two letters
    ("n'a", "l’État", "union's") is none."""
    return any(c in _QUOTE_CHARS and not (c in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalpha()
                                           and text[i + 1].isalpha())
               for i, c in enumerate(text[start:end], start))
