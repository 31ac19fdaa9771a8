"""Stage 4 — claims: who said what, from the cues, the quotations and the actors.

* a cue with content gives an indirect claim of the actor in its speaker slot;
* a quotation (three words or more) is the claim of the cue next to it: after it in an
  incise ("« … », dénonce-t-il", '"…," she said', '"…," said X'), else before it in its
  sentence ("X a déclaré : « … »"), else a frame ("selon X, « … »");
* a quotation with no cue continues the last quoted speaker of its paragraph, until
  another speaker is named; it never leaks into the next paragraph, except when that
  paragraph opens on a quotation (a quotation running over paragraphs);
* a paragraph ending with a colon introduces what follows as its speaker's words: the
  next paragraph, and the ones after it while they speak in the first or second person or
  translate a paragraph in another language; "Name: text" paragraphs are Name's;
* a pronoun in a speaker slot (clitics included) is the most salient compatible actor of
  the discourse so far: agreeing in gender and number, recent, subject or speaker of the
  previous sentences; a bare role ("le ministre") is the person holding that role.

The discourse state lives in this stage and is rebuilt for each article; the actors it
reads are never changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal

from ...quotation import Quote
from .actors import ActorInfo, ActorTable, thing_noun
from .cues import OPENING_QUOTES, Cue, CueFinder, fronted_predicate, trim
from .document import LANGUAGE_TAG, MIN_QUOTE_WORDS, Document, unspaced_letters, wordy
from .mentions import class_noun_before, inner_hyphen, names_no_one, negated_quantifier, phrase_tokens, shown_gender
from .names import demonyms
from .profile import LanguageProfile, Pronoun, fold

_STOPS = frozenset({".", "!", "?"})  # the marks that end a sentence
_CLOSING = frozenset({"»", "”", '"', "’", "'"})  # the marks that may close a quotation
_DASHES = frozenset({"—", "–"})  # an em dash, an en dash
_SINGLE_OPENERS = frozenset({"'", "‘"})  # the single marks that may open a quotation (and an elision's apostrophe)
_PAIRED = {"—": {"—"}, "–": {"–"}, ")": {"("}}  # closing mark -> its opening marks
_PRONOUN_WINDOW = 3  # sentences a pronoun looks back
_ELISION = re.compile(r"(?<=\w)['’](?=\w)")  # an elided word and the next: two words
# a paragraph that is only the mark of words left out of a quoted passage ("[…]", "(...)", "…")
_ITEM = re.compile(r"(\d{1,2})[.)] ")  # the number opening an item of a numbered list ("2. …", "3) …")
_LEFT_OUT = re.compile(r"\s*[\[(]?\s*(?:…|\.\.\.)\s*[\])]?\s*")


@dataclass(frozen=True)
class ClaimRecord:
    speaker: int  # actor index in the ActorTable
    start: int  # char offsets in the analysed text
    end: int
    kind: Literal["direct", "indirect"]
    cue: str
    sentence: int
    oppose: bool = False
    allies: tuple[int, ...] = ()  # co-speakers of the same statement
    at: int = -1  # char offset of an indirect claim's verb when it only says ("said"; -1: none)


@dataclass
class _Seen:
    actor: int
    sentence: int
    para: int
    weight: float  # 3 speaker, 2 subject, 1.5 subject of a reported clause, 1 mention
    at: int  # token index
    voice: str | None = None  # a body that spoke through one person ("its spokeswoman"): that person's gender, or "?"


@dataclass
class _State:
    seen: list[_Seen] = field(default_factory=list)
    last_quote: tuple[int, int] | None = None  # (actor, paragraph) of the last direct quote
    named_since: bool = False  # another actor was named as a subject since that quote
    issued: list[tuple[int, int]] = field(default_factory=list)  # (actor, sentence): "X released a statement"
    filed: list[tuple[int, int]] = field(default_factory=list)  # (actor, sentence): "X sued Y", "X filed a complaint"
    ruled: list[tuple[int, int]] = field(default_factory=list)  # (body, sentence): "the court ruled", "issued a ruling"
    last_said: tuple[int, int] | None = None  # (actor, paragraph) of the last speech act, quoted or not
    said_since: bool = False  # another actor was named as a subject since that speech act
    said_sentence: int = -1  # the sentence of that speech act
    # quotations left open at their paragraph's end, with no speaker yet: (quote, sentence, paragraph)
    open_quotes: list[tuple[Quote, int, int]] = field(default_factory=list)


class ClaimFinder:
    def __init__(self, text: Document, profile: LanguageProfile, cues: tuple[Cue, ...], actors: ActorTable) -> None:
        self.t = text
        self.doc = text.doc
        self.p = profile
        self.cues = cues
        self.actors = actors
        self.finder = CueFinder(text, profile)
        self.by_token = {c.i: c for c in cues}
        self.contents: dict[int, list[tuple[int, int]]] = {}  # sentence -> its cues' reported contents
        for c in cues:
            if c.content is not None:
                self.contents.setdefault(c.sentence, []).append(c.content)
        self.demonyms = demonyms(profile.language)
        self._genders: dict[int, set[str]] | None = None  # actor -> genders its names' articles show
        self.out: list[ClaimRecord] = []
        self.state = _State()
        # bodies a speaker was named through by a title ("le porte-parole de X" for Jane Roe): parties to the news
        self.spoken_for: set[int] = set()

    # ------------------------------------------------------------ driver
    def run(self) -> tuple[ClaimRecord, ...]:
        blocks = self._blocks()
        cues_in: dict[int, list[Cue]] = {}
        for c in self.cues:
            cues_in.setdefault(c.sentence, []).append(c)
        done_quotes: set[int] = set()
        intro_speakers: dict[int, int | None] = {}
        # a quoted paragraph is read where its first sentence is, though the parser ran that
        # sentence on from the paragraph before (no full stop at a line's end)
        block_at: dict[int, list[int]] = {}
        for k in sorted(blocks):
            block_at.setdefault(self.t.paragraphs[k].first_sent, []).append(k)
        for n, sent in enumerate(self.t.sents):
            para = self.t.para_of_sent[n]
            for k in block_at.get(n, []):
                self._block(k, n, blocks, cues_in, intro_speakers)
            if para in blocks:
                continue
            events: list[tuple[int, int, Any]] = []
            for c in cues_in.get(n, []):
                events.append((self.doc[c.i].idx, 0, c))
            end = len(self.t.text[: sent.end_char].rstrip())
            for k, q in enumerate(self.t.quotes):
                if q.start < self.t.body:
                    continue
                if k not in done_quotes and sent.start_char <= q.start < end + 2 \
                        and "\n" not in self.t.text[end : q.start]:
                    done_quotes.add(k)
                    events.append((q.start, 1, q))
            used_cues: set[int] = set()
            for _, what, item in sorted(events, key=lambda e: (e[0], e[1])):
                if what == 1:
                    cue = self._quote(item, n, para)
                    if cue is not None:
                        used_cues.add(cue)
            # "Selon l'AFP, X a déclaré que …": the source frame passes on X's words, X speaks
            # — only the verb the frame qualifies, not one in a clause inside ("According to X,
            # people stay away because they see …": X's words)
            # — unless the frame names a person: "according to X, Y agreed to …" reports what X
            # asserts about Y, X speaks (a witness's account, not a source passing words on)
            frames = [self.doc[c.i] for c in cues_in.get(n, []) if c.kind == "frame"
                      and not any(self.actors.actors[a].kind == "person" for a in self._speakers(c))]
            voiced = bool(frames) and any(c.kind == "verb" and c.content is not None and self._frames_verb(frames, c)
                         and self._speakers(c) for c in cues_in.get(n, []))
            # "According to X, a spokeswoman for Y expressed regret": a frame over a two-word cue of
            # saying (a light verb and its noun) with no content of its own passes on that act, its
            # speaker's words (a bare verb, "X called", "X considered", may be no saying at all)
            acting = None if voiced or not frames else next(
                (c for c in cues_in.get(n, []) if c.kind == "verb" and c.content is None and c.slots
                 and self.doc[c.i].pos_ not in {"VERB", "AUX"}
                 and self._own_subject(c) and self._frames_verb(frames, c) and self._speakers(c)), None)
            for c in cues_in.get(n, []):
                if c.content is not None and not (c.kind == "frame" and voiced) and not (
                        c.i in used_cues and self._overlaps_quote(c.content)):
                    self._indirect(c, n, acting if c.kind == "frame" else None)
            self._retrospective(sent, n, para)
            self._note_sentence(sent, n)
            # (a source frame with words of its own is a speech act too: "for X, the tax is a mistake")
            acts = [a for c in cues_in.get(n, []) if c.kind == "verb" or (c.kind == "frame" and c.content is not None)
                    for a in self._speakers(c)[:1]]
            if acts:  # the last speech act of the sentence, with or without content
                self.state.last_said = (acts[-1], para)
                self.state.said_sentence = n
                self.state.said_since = False
                if self.state.last_quote is not None and acts[-1] != self.state.last_quote[0]:
                    # another speaker has taken the floor: a later quotation with no cue is no
                    # longer the last quoted speaker's
                    self.state.named_since = True
        return self._dedupe()

    def _block(self, k: int, n: int, blocks: dict[int, tuple[int | None, str, int]],
               cues_in: dict[int, list[Cue]], intro_speakers: dict[int, int | None]) -> None:
        """The claim of the quoted paragraph ``k``, whose first sentence is ``n``."""
        found, kind, intro = blocks[k]
        # the introducing sentence is read now, with the discourse so far
        speaker = found if intro < 0 else intro_speakers.setdefault(
            intro, self._intro_speaker(self.t.sents[intro], upto=self.t.sents[intro].end))
        if kind == "block":
            # a passage quoted that opens by reporting someone else's words ("X
            # writes: | A statement by Y says that …") gives Y's words, not X's
            inner = self._inner_speaker(k, cues_in, speaker)
            if inner is None and self.t.foreign(k) and blocks.get(k + 1, (0, "", -2))[2] == intro:
                inner = self._inner_speaker(k + 1, cues_in, speaker)  # its translation's
            speaker = inner if inner is not None else speaker
        p = self.t.paragraphs[k]
        start, end = self._label_body(k) if kind == "label" else (p.start, p.end)
        if kind in {"label", "block"}:  # "@a: RT @b: …", "X shared a post: | RT @b: …" pass on @b's words
            start, speaker = self._relayed(start, end, speaker)
        start, end = trim(self.t.parsed, start, end)
        if speaker is not None:
            # a later sentence of the passage that reports someone else's words ("… . According
            # to the mayor, half the wells are dry. …") gives them to that one; the writer keeps
            # the rest of the passage, on either side of it
            for m in range(p.first_sent + 1, p.last_sent + 1) if kind == "block" else ():
                framed = self._framing(m, cues_in, speaker)
                said = framed[1].content if framed is not None else None
                if framed is None or said is None or (
                        framed[1].kind == "verb" and (not self.p.only_says(self.doc[framed[1].i])
                                                      or self._unasserted(self.doc[framed[1].i]))):
                    continue  # (only a source frame or a verb that only says: "the ministry never asked us …"; and
                    # says: "Did they think Y would say, '…'?" asks, and reports no one's words)
                at = self.t.sents[m].start_char
                if at > start:
                    self._add(speaker, start, at, "direct", "", n)
                self._add(framed[0], said[0], said[1], "indirect", framed[1].cue, m)
                start = max(start, self.t.sents[m].end_char)  # (the writer goes on after that sentence)
            self._add(speaker, start, end, "direct", ":" if kind == "label" else "", n)
            self.state.last_quote = (speaker, k)
            # the one whose words fill the paragraph has spoken last: a pronoun after
            # the block takes them up as after a long quotation
            self._see(speaker, self.doc[self.t.sents[p.last_sent].start], 3)

    def _retrospective(self, sent: Any, n: int, para: int) -> None:
        """"… . C'est la remarque de X.", "… . Le constat est de X.", "… . That is the view of X.": a
        short copular sentence whose subject is a demonstrative or a noun of judgement
        (``frames.retrospective``), with that noun owned by an actor ("de X", "of X"), gives that
        actor the sentence before it in the paragraph, unless someone already said it."""
        if n == 0 or self.t.para_of_sent[n - 1] != para:
            return
        toks = [t for t in sent if not (t.is_space or t.is_punct)]
        if not toks or len(toks) > 14:
            return
        noun = next((t for t in toks if fold(t.text) in self.p.retrospective and t.pos_ == "NOUN"), None)
        copula = next((t for t in toks if t.dep_ == "cop" or fold(t.lemma_) in self.p.grammar.copulas
                       or (not t.lemma_ and fold(t.text) in self.p.stative_forms)), None)
        if noun is None or copula is None:
            return
        first = toks[0]
        # the subject: a demonstrative before the copula, or the noun of judgement itself
        if not ((fold(first.text) in self.p.demonstratives and first.i < copula.i) or noun.i < copula.i):
            return
        owner = self._judgement_owner(toks, max(noun.i, copula.i), copula.i)
        if owner is None:
            return
        before = self.t.sents[n - 1]
        start, end = trim(self.t.parsed, before.start_char, before.end_char)
        if any(c.start < end and start < c.end for c in self.out):
            return  # already someone's words
        self._add(owner, start, end, "indirect", noun.text, n)

    def _judgement_owner(self, toks: list[Any], after: int, copula: int) -> int | None:
        """The actor first named after token ``after`` in ``toks``, when a preposition of
        possession introduces it ("de X", "of X"), back over its title and determiner: the
        owner of a noun of judgement in a copular sentence. None if the first actor named there
        is not so introduced."""
        for t in toks:
            if t.i <= after:
                continue
            who = self.actors.at(t.i)
            if who is None:
                continue
            j = t.i - 1
            # (back over the rest of the name, its title and its determiner: "de l'ingénieur X")
            while j > copula and (self.actors.at(j) == who or self.doc[j].pos_ in {"DET", "NOUN", "ADJ", "PROPN"}):
                j -= 1
            if fold(self.doc[j].text) in self.p.grammar.of_preps and self.actors.actors[who].kind != "other":
                return who
            return None
        return None

    def _inner_speaker(self, para: int, cues_in: dict[int, list[Cue]], outer: int | None) -> int | None:
        """The speaker, other than ``outer``, of the cue that frames the first sentence of the
        quoted paragraph ``para`` (:meth:`_framing`)."""
        framed = self._framing(self.t.paragraphs[para].first_sent, cues_in, outer)
        return None if framed is None else framed[0]

    def _framing(self, n: int, cues_in: dict[int, list[Cue]], outer: int | None) -> tuple[int, Cue] | None:
        """The speaker, other than ``outer``, of the cue that frames sentence ``n`` of a quoted
        passage (its main verb, or a source frame opening it), with that cue; the speaker named by
        a noun phrase (a pronoun there is the quoted writer's own voice or takes up someone of the
        quoted text); a verb of thinking (``verbs.cognition``) reports no words."""
        sent = self.t.sents[n]
        root = sent.root.i
        for c in cues_in.get(n, []):
            # (a two-word cue, "expresses regret", on the main verb too)
            framing = c.i == root or (self.doc[c.i].head.i == root and root in self.by_token) \
                if c.kind == "verb" else c.kind == "frame" and c.i <= sent.start + 1
            if not framing or c.content is None or not c.slots or any(
                    self.p.pronoun(self.doc[i]) is not None or fold(self.doc[i].text) in self.p.clitics
                    for i in c.slots):
                continue
            if c.kind == "verb" and self.p.ascribes(self.doc[c.i]):
                continue  # "The minister thinks we are fools": a thought the writer ascribes, the writer's words
            if c.kind == "verb" and not self._reports_words(c):
                continue  # "The council declared May 3 a day of mourning": an act the writer tells, no words
            for a in self._speakers(c)[:1]:
                if a != outer and self.actors.actors[a].kind != "other":
                    return a, c
        return None

    def _reports_words(self, cue: Cue) -> bool:
        """Whether a verb cue reports words: its content is a clause ("says that …", "a affirmé que …") or
        a quotation, or a light verb names the words ("expressed regret over …"); not a noun phrase of what
        was done or named ("declared May 3 a day of mourning")."""
        verb = self.doc[cue.i]
        if verb.pos_ == "NOUN" or cue.cue.split()[-1] != verb.text:
            return True  # a light verb's noun: "expressed regret", "a fait part de son inquiétude"
        if any(self.p.has(c, "clause") or self.p.has(c, "parataxis") for c in verb.children):
            return True
        start = cue.content[0] if cue.content is not None else -1
        return start > 0 and any(q in self.t.text[max(0, start - 2) : start + 1] for q in OPENING_QUOTES)

    def _frames_verb(self, frames: list[Any], cue: Cue) -> bool:
        """Whether a source frame of the sentence qualifies the clause of the verb ``cue``: the
        verb is the sentence's main verb, or a frame hangs on it (the verb of a light-verb cue,
        "expressed disappointment", whose token is the noun)."""
        verb = self.doc[cue.i]
        if verb.pos_ not in {"VERB", "AUX"} and verb.head.pos_ in {"VERB", "AUX"} and self.p.has(verb, "object"):
            verb = verb.head
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return True
        return any(f.head.i == verb.i or any(a.i == verb.i for a in f.ancestors) for f in frames)

    def _own_subject(self, cue: Cue) -> bool:
        """Whether the verb cue's first slot is its verb's own subject (not one the parser lent it
        from a clause nearby)."""
        slot, verb = self.doc[cue.slots[0]], self.doc[cue.i]
        if verb.pos_ not in {"VERB", "AUX"}:  # a two-word cue's noun ("expressed regret"): its verb
            verb = verb.head
        return self.p.has(slot, "subject") and slot.head.i == verb.i

    def _mixed(self, q: Any, content: tuple[int, int]) -> bool:
        """A quotation inside reported speech ("X said he had « … » by …"): the content holds
        it (:meth:`_holds`: also one that ends the sentence with its stop inside the marks, "… was "a
        disaster."", past the content, which stops before the stop) and three words or more besides."""
        if not self._holds(content, q):
            return False
        outside = list(self.t.text[content[0] : content[1]])
        for other in self.t.quotes:
            for i in range(max(other.start, content[0]), min(other.end, content[1])):
                outside[i - content[0]] = " "
        return sum(any(ch.isalnum() for ch in w) for w in "".join(outside).split()) >= 3

    def _holds(self, content: tuple[int, int], q: Any) -> bool:
        """Whether a cue's content holds quotation ``q``: it starts inside, and no word of it
        goes past the content's end (the content was cut before its closing "[.]" or "!")."""
        return content[0] <= q.start < content[1] and not any(
            ch.isalnum() for ch in self.t.text[content[1] : max(q.end, content[1])])

    def _overlaps_quote(self, span: tuple[int, int]) -> bool:
        """Whether a cue's content holds a quotation's words (then the quotation is the claim;
        a content of its own, "X told reporters A: « B »", is a claim besides the quotation)."""
        return any(q.start < span[1] and span[0] < q.end for q in self.t.quotes)

    # ------------------------------------------------------------ bookkeeping
    def _add(self, speaker: int | None, start: int, end: int, kind: Literal["direct", "indirect"], cue: str,
             n: int, *, oppose: bool = False, allies: tuple[int, ...] = (), at: int = -1) -> bool:
        start, end = trim(self.t.parsed, start, end)
        # (an elided article is a word: "l'entraîneur partait" is a clause of three words)
        words = _ELISION.sub("' ", self.t.text[start:end]).split()
        # (an act said with its finite verb, however short, is a claim of two words: "claimed
        # responsibility"; not with a participle, which may qualify a noun: "protesting legislators")
        with_verb = bool(words) and kind == "indirect" and bool(cue) and fold(words[0]) == fold(cue.split()[-1]) \
            and not fold(words[0]).endswith(self.p.grammar.participle_endings)
        need = 2 if kind == "direct" or with_verb else 3
        if speaker is None or end - start < 8 or (
                len(words) < need and unspaced_letters(self.t.text[start:end]) < 3 * need):
            return False
        if _question(self.t.text[start:end]) and not self._asserts_before_question(start, end):
            return False  # a question asks; it claims nothing
        q = self.t.quote_at(start)
        first = self.t.span_tokens(q.start, q.start + 1) if q is not None and end <= q.end + 1 else None
        if first is not None and len(first) and self._title(first[0]):
            return False  # the name of a thing in quotation marks ("ruled on the case "X vs. Y"")
        self.out.append(ClaimRecord(speaker, start, end, kind, cue, n, oppose, allies, at))
        return True

    def _see(self, actor: int, tok: Any, weight: float, voice: str | None = None) -> None:
        n = self.t.sent_no(tok)
        self.state.seen.append(_Seen(actor, n, self.t.para_of_sent[n], weight, tok.i, voice))

    def _voice(self, cue: Cue | None, actor: int) -> str | None:
        """When ``cue``'s speaker ``actor`` is a body that spoke through one person named by a
        singular spokes-noun ("said a ministry spokesman", "a déclaré la porte-parole du
        parti"), that person's gender ("?" when the noun has none): "he"/"il" then takes
        the body up."""
        if cue is None or self.actors.actors[actor].kind == "person":
            return None
        for i in cue.slots:
            tok = self.doc[i]
            if fold(tok.text) in self.p.spokes and "Plur" not in tok.morph.get("Number") and tok.tag_ != "NNS" \
                    and self.speaker(tok) == actor:
                gender = self.p.gender_of_word(tok.text)
                if gender is None and self.p.language == "fr":
                    gender = shown_gender(next((c for c in tok.children if self.p.has(c, "det")), None))
                return gender or "?"
        return None

    def _note_sentence(self, sent: Any, n: int) -> None:
        """Remember who was named, who was subject, in this sentence (for pronouns), and who
        issued a statement (for "the statement said"), who brought a case (for "the complaint
        says")."""
        for i in range(sent.start, sent.end):
            tok = self.doc[i]
            if self.p.sues(tok):
                self.state.filed.extend((author, n) for author in self._subject_speakers(tok))
            if tok.pos_ in {"VERB", "AUX"} and self.p.rules(tok):
                self.state.ruled.extend((a, n) for a in self._subject_speakers(tok)
                                        if self.actors.actors[a].kind == "organization")
            if self.t.folded[i] not in self.p.statement_nouns:
                continue
            # "X released a statement", "X said in a statement", "dans un communiqué, X a …" (never who
            # dismisses or contests it); "X and Y filed a complaint": both
            verb = self.finder.issuer(tok)
            for author in self._subject_speakers(verb) if verb is not None else []:
                self.state.issued.append((author, n))
                if self.t.folded[i] in self.p.filing_nouns:
                    self.state.filed.append((author, n))
                if self.t.folded[i] in self.p.ruling_nouns and self.actors.actors[author].kind == "organization":
                    self.state.ruled.append((author, n))
        # what a verb of saying reports is less salient than who reports it: a subject inside
        # a reported clause ("the Kremlin said that X and Y talked") weighs as a mere mention
        contents = self.contents.get(n, [])
        if self._unknown_party_subject(sent) and self.state.last_quote is not None:
            self.state.named_since = True
        for i in range(sent.start, sent.end):
            a = self.actors.at(i)
            if a is None:
                continue
            tok = self.doc[i]
            if self.t.quoted(tok) and not self.finder.title(tok):
                continue
            if tok.i > sent.start and self.actors.at(tok.i - 1) == a:
                continue
            head = self.actors.mention_head(tok)
            reported = any(start <= tok.idx < end for start, end in contents)
            # (the subject of a reported clause still outweighs a name in a noun's modifier there, the doer of a
            # participle: "… that X accepted the blame for the dam built by Y")
            clausal = self._subject(head) and not (head.head.i != head.i and self.p.has(head.head, "adnominal"))
            subject = clausal and not reported
            self._see(a, tok, 2 if subject else 1.5 if clausal else 1)
            if subject and self.state.last_quote is not None and a != self.state.last_quote[0]:
                self.state.named_since = True
            if subject and self.state.last_said is not None and a != self.state.last_said[0]:
                self.state.said_since = True

    def _unknown_party_subject(self, sent: Any) -> bool:
        """Whether the main clause of ``sent``, quoting no one, has for subject a party no actor stands for:
        a common noun of a body, a role or a group with its determiner ("The union was furious.", « Le
        syndicat est furieux. »). The sentence turns to that party: the last quoted speaker's turn is over."""
        root = sent.root
        if any(self.t.quoted(t) for t in sent if t.is_alpha):
            return False
        return any(self.p.has(c, "subject") and c.i < root.i and c.pos_ == "NOUN" and self.actors.at(c.i) is None
                   and any(self.p.has(d, "det") for d in c.children)
                   and (self.p.is_body_noun(fold(c.text)) or self.p.is_role(c.text) or self.p.is_group(fold(c.text)))
                   for c in root.children)

    def _unknown_subject(self, cue: Cue) -> bool:
        """Whether the verb of ``cue``, reporting no other verb's words, has for subject a common noun with its
        determiner that no actor stands for and no list knows (no role, body, group, trade or agent noun: "the
        tribunal", "the electoral body", « l'instance »): someone this reading cannot name, who is no one it
        knows."""
        slots = [self.doc[i] for i in cue.slots]
        if any(a.i in self.by_token for a in self.doc[cue.i].ancestors):
            return False  # (a verb inside the words another verb reports: "X told Y the data suggested: «…»")
        return bool(slots) and all(
            t.pos_ == "NOUN" and self.p.has(t, "subject") and t.i < cue.i and self.actors.at(t.i) is None
            and any(self.p.has(d, "det") for d in t.children) and self.p.pronoun(t) is None
            and not (self.p.is_role(t.text) or self.p.is_group(t.text) or self.p.is_body_noun(fold(t.text))
                     or self.p.is_trade_noun(t) or self.p.is_agent_plural(t.text) or fold(t.text) in self.p.spokes
                     or fold(t.text) in self.p.persons)
            for t in slots)

    def _subject(self, head: Any) -> bool:
        """Whether a mention's head is its clause's subject (or a passive's agent), or a name in
        apposition to it ("Her deputy, Jane Roe, said …", "Son adjoint, Jane Roe, a dit …")."""
        if self.p.has(head, "subject") or self.p.has(head, "agent") or self.p.has(head, "passive_subject"):
            return True  # (a passive's subject is its clause's topic too: "X was stunned", "X est abasourdi")
        verb = head.head
        if head.dep_ in {"vocative", "dislocated"} and verb.i != head.i and head.i < verb.i and not any(
                self.p.has(c, "subject") for c in verb.children):
            return True  # a name opening a clause with no subject is its subject, whatever the parse made of it
        return self.p.has(head, "apposition") and head.head.i != head.i and (
            self.p.has(head.head, "subject") or self.p.has(head.head, "agent")
            or self.p.has(head.head, "passive_subject"))

    # ------------------------------------------------------------ speakers
    def speaker(self, tok: Any, person_only: bool = False) -> int | None:
        """The actor a slot token names, resolving pronouns and bare roles in the discourse;
        ``person_only``: a pronoun takes up a person only (the speaker of words in the first
        person singular)."""
        if self.p.pronoun(tok) is not None or fold(tok.text) in self.p.clitics:
            return self._pronoun(tok, person_only=person_only)
        latter = self.p.latter_word(tok)
        if latter is not None:
            return self._latter(tok, latter, person_only)
        former = self.p.former_word(tok)
        if former is not None:
            return self._latter(tok, former, person_only, skip=1)
        member = self._person_before_body(tok)
        if member is not None:
            return member
        poss = self.p.entourage_possessive(tok)
        if poss is not None:
            # "His staff clarified …", « son cabinet a précisé … »: those who work for the one the possessive takes up
            return self._pronoun(poss, self.p.possessives[fold(poss.text)], person_only=True)
        owner = self.p.possessives.get(fold(tok.text)) if self.p.has(tok, "det") or self.p.has(tok, "possessive") \
            else None
        if owner is not None:  # "in his view", "à ses yeux": the possessor, as a pronoun
            return self._pronoun(tok, owner, person_only)
        if fold(tok.text) in self.p.grammar.information_nouns:
            # "according to his sources", « selon ses propres sources »: what the possessor learnt, the possessor tells
            det = next((c for c in tok.children if (self.p.has(c, "det") or self.p.has(c, "possessive"))
                        and fold(c.text) in self.p.possessives), None)
            if det is not None:
                return self._pronoun(det, self.p.possessives[fold(det.text)], person_only)
        if fold(tok.text) in self.p.grammar.medium_nouns:
            published = self._medium_owner(tok, person_only)
            if published is not None:
                return published
        fronted = self._after_fronted_phrase(tok)
        if fronted is not None:
            return self.speaker(fronted, person_only)
        example = self._named_example(tok, person_only)
        if example is not None:
            return example
        if fold(tok.text) in self.p.grammar.relative_subjects and self.p.has(tok.head, "relative"):
            antecedent = tok.head.head
            anchor = self._apposition_anchor(antecedent, tok)
            found = self.speaker(anchor if anchor is not None else antecedent, person_only)
            if found is None and self.p.has(antecedent, "apposition") and antecedent.head.i != antecedent.i:
                # "X, a trade economist, who said …": the apposition's anchor is who speaks
                found = self.speaker(antecedent.head, person_only)
            comma = antecedent.left_edge.i - 1
            if found is None and self.p.is_role(antecedent.text) and comma > 0 and self.doc[comma].text == ",":
                # the same, the role noun's link to the name left to the comma by the parser
                person = self.actors.at(comma - 1)
                if person is not None and self.actors.actors[person].kind == "person":
                    found = person
            return found
        word = fold(tok.text)
        if word in self.p.grammar.part_nouns:
            # "part of her statement reads …", « une partie de son jugement indique … »: the statement speaks
            whole = next((o for prep, o in self.p.pp_objects(tok) if prep in self.p.grammar.of_preps
                          and o.pos_ == "NOUN" and fold(o.text) in self.p.statement_nouns), None)
            if whole is not None:
                return self.speaker(whole, person_only)
        if word in self.p.persons and any(self.p.has(c, "det") and fold(c.text) in self.p.demonstratives
                                          for c in tok.children):
            # "this person also said …", "cette personne a ajouté …": the one who just spoke
            said = self.state.last_said
            if said is not None and 0 <= self.t.distance(self.state.said_sentence, self.t.sent_no(tok)) <= 2:
                return said[0]
        # a name first: in apposition ("une juriste de l'association, Jane Roe, estime", "one of
        # the unions, the Dock League, said"), or the person a role was introduced with ("la
        # directrice de X, Jane Roe")
        apposed = self._apposed(tok)
        if apposed is not None:
            return apposed
        own = self.actors.at(tok.i)
        if own is None and tok.pos_ == "PROPN" and not self.t.quoted(tok):
            # a name no mention covers here (the recogniser missed it; it acts nowhere else) that is
            # an actor's name elsewhere: that actor ("Facebook released a statement which read …")
            known = self.actors.by_name(self.doc[tok.left_edge.i : tok.i + 1].text)
            if known is not None and self.actors.actors[known].named:
                return known
        if own is not None and self.actors.actors[own].named and self.actors.actors[own].kind == "person":
            return own
        if word in self.p.spokes or word in self.p.quantifiers or self.p.is_role(word):
            named = self._apposed_person(tok)  # "un des chercheurs de l'ONG, Jane Roe, précise"
            if named is None:
                named = self._person_before(tok)
            if named is None:
                named = self._described_before(tok)
            if named is None:
                named = self._title_of_speaker(tok)
            if named is not None:
                return named
        if word in self.p.spokes or word in self.p.quantifiers:  # "le porte-parole de la mairie"
            for prep, noun in self.p.pp_objects(tok):
                if prep in self.p.addressee_preps:
                    continue  # "a répondu la porte-parole à une question de X": X only asked
                a = self._in_phrase(noun)
                if a is not None and a != own and not (own is not None and self.actors.actors[a].kind == "other"):
                    return a  # (not the nominal "one of these groups" itself, nor a place that only locates it)
                body = fold(noun.text)
                if word in self.p.spokes and body in self.p.org_nouns | self.p.groups and not noun.text[:1].isupper():
                    # "le porte-parole de l'ordre": the order named before
                    a = self._salient(noun, {"organization", "country"}, noun=body)
                    if a is not None:
                        return a
            if word in self.p.quantifiers and not any(not c.is_punct for c in tok.children):
                # a bare quantifier ("…, and some questioned …", "d'autres ont dénoncé …") is part
                # of the group last named: the noun it quantifies is left out, not another speaker
                group = self._partitive(tok)
                if group is not None:
                    return group
            if word in self.p.spokes:  # "the palace spokesman", "the ministry's spokesman"
                for c in tok.children:
                    if any(self.p.has(g, "case") and fold(g.text) in self.p.addressee_preps for g in c.children):
                        continue
                    if self.p.has(c, "compound") or self.p.has(c, "possessive") or c.dep_ in {"amod", "nmod"}:
                        a = self._in_phrase(c)
                        # (not the spokes' own phrase, "company officials", taken as a group)
                        if a is not None and a != own and self.actors.actors[a].kind in {
                                "organization", "country", "group"}:
                            return a
                        body = fold(c.text)
                        if body in self.p.org_nouns | self.p.groups and (not c.text[:1].isupper() or c.is_sent_start):
                            # "a company spokesman", "a ministry spokeswoman": the body of that class
                            # named before, as "the spokesman for the company"
                            a = self._salient(c, {"organization", "country"}, noun=body)
                            if a is not None:
                                return a
        if word in self.p.statement_nouns:
            author = self._author(tok)
            if author is not None:
                return author
        direct = self.actors.at(tok.i)
        if direct is not None and self.actors.actors[direct].kind == "other" and tok.head.i != tok.i \
                and tok.head.pos_ in {"NOUN", "PROPN"} and (self.p.has(tok, "compound") or self.p.has(tok, "possessive")
                                                            or tok.dep_ in {"nmod", "amod", "poss"}):
            # "Port Aldo's harbour master": the place qualifies the speaker, the head speaks
            up = self.speaker(tok.head, person_only)
            if up is not None:
                return up
        apposed = self._apposed(tok)  # "le syndicat des pilotes, Air Union,": the name in apposition
        if apposed is not None:
            return apposed
        direct = self.actors.at(tok.i)
        if direct is not None and self.actors.actors[direct].named:
            later = self._described_body(tok, word)
            return later if later is not None else direct
        if self.p.is_role(word) and (tok.pos_ == "NOUN" or tok.ent_type_ not in {"PER", "PERSON"}):
            holder = self._role_holder(tok)  # an actor index: 0 is an actor, not a miss
            if holder is None:
                holder = self._described(tok)
            if holder is not None:
                return holder
        elif tok.pos_ == "NOUN" and tok.head.i != tok.i and self.finder.quote_incise_subject(tok.head, tok) \
                and word not in self.p.persons and not self.p.is_group(word):
            # a definite noun of no list that says a quotation after it (« « … », a déclaré la lauréate », '"…,"
            # said the winner') describes a person as a role noun does: the one the text just named, as
            # :meth:`_described` finds them (an indefinite one is someone new: « a lancé un passant »)
            holder = self._described(tok)
            if holder is not None:
                return holder
        if word in self.p.spokes:
            # "her lawyer said …", "his spokesman said …": a possessive of a person takes up the one
            # spoken for, a person (never the body last named, which "its spokesman" would take up)
            poss = next((c for c in tok.children if c.i < tok.i and fold(c.text) in self.p.possessives
                         and (self.p.has(c, "possessive") or self.p.has(c, "det"))), None)
            if poss is not None and (owner := self.p.possessives[fold(poss.text)]).gender in {"Masc", "Fem"}:
                return self._pronoun(poss, owner, True)
        inner = [self.actors.at(t.i) for t in phrase_tokens(tok)]
        if (word in self.p.org_nouns or word in self.p.spokes) and (not tok.text[:1].isupper() or tok.is_sent_start) \
                and not any(a is not None and self.actors.actors[a].named for a in inner) \
                and not self.p.set_apart(tok) \
                and not (word in self.p.org_nouns and word not in self.p.spokes and direct is not None
                         and self.p.complemented(tok)) \
                and not (direct is not None
                         and (any(t.i > tok.i and self.p.is_group(t.text) for t in phrase_tokens(tok))
                              or self._taken_up_person(tok, direct))):
            # "the company said", "company officials said": the organisation last named — not another one ("the
            # rival party", « le parti adverse »), not when a body's noun has a complement of its own, a description
            # of another body ("the main group of oil companies", « le groupe de lobbying de l'industrie »), nor
            # when the noun's complement names a group of its own ("the leaders of the unions"), nor
            # when it takes up a person introduced by that noun ("a government spokesperson said …"
            # … "the spokesperson said"): that person
            org = self._salient(tok, {"organization"}, noun=word)
            if org is not None:
                return org
        if direct is not None:
            return direct
        found = self._in_phrase(tok)
        if found is not None and found != direct and self._thing_in_report(tok):
            return None
        if found is not None and self._owner_of_body(tok, found):
            # "the government of Prime Minister X said", "le parti de X a estimé": the body speaks,
            # not the person its complement names — another actor of the phrase, else no one known
            return next((a for t in phrase_tokens(tok) if (a := self.actors.at(t.i)) is not None
                         and self.actors.actors[a].kind in {"organization", "country", "group"}), None)
        return found

    def _thing_in_report(self, tok: Any) -> bool:
        """Whether ``tok`` is a common noun of a thing, no one's words and no one who speaks, that is the
        subject of the clause another verb of saying reports ("The office said Jane Roe's plans implied
        '…'"): the one its phrase names (the plans' owner) says nothing there; the reporting verb's
        subject speaks the whole clause."""
        word = fold(tok.text)
        verb = tok.head
        return thing_noun(tok, self.p) and word not in self.p.said_nouns and word not in self.p.entourage \
            and self.p.has(tok, "subject") and self.p.has(verb, "clause") \
            and verb.head.i != verb.i and self.p.is_reporting_verb(verb.head) \
            and any(self.p.has(c, "subject") and self.actors.at(c.i) is not None for c in verb.head.children)

    def _person_before_body(self, tok: Any) -> int | None:
        """The person named right before a body's name the parser made the head ("Lina Marsh of Valdor
        University said …": "University" the subject, the name its modifier with "of" on it): the person speaks,
        the body only says where she works."""
        body = self.actors.at(tok.i)
        if body is None or self.actors.actors[body].kind not in {"organization", "other", "country"}:
            return None
        for c in tok.children:
            if c.i >= tok.i or not any(g.dep_ == "prep" and fold(g.text) in self.p.grammar.of_preps and g.i > c.i
                                       for g in c.children):
                continue
            who = self.actors.at(c.i)
            if who is not None and who != body and self.actors.actors[who].kind == "person":
                return who
        return None

    def _named_example(self, tok: Any, person_only: bool) -> int | None:
        """The one a plural names as its example ("Others such as X said …", "Critics like X argue …",
        « Des habitants comme X estiment … »): the one known to speak, named."""
        after = next((w for w in self.t.folded[tok.i + 1 : tok.i + 3] if w != ","), "")
        if after not in self.p.grammar.example_firsts \
                or not (self.p.is_plural(tok) or fold(tok.text) in self.p.quantifiers):
            return None  # (the words that introduce an example come right after the noun, or its comma)
        for obj in tok.rights:
            if obj.pos_ == "ADP" or self.p.has(obj, "case"):
                obj = next((g for g in obj.children if g.pos_ in {"NOUN", "PROPN"}), obj)  # "like X": its object
            if obj.pos_ not in {"NOUN", "PROPN"}:
                continue
            lead = []
            inside = {x.i for x in obj.subtree}
            for t in self.doc[tok.i + 1 : obj.i + 1]:
                if t.i in inside and not (self.p.has(t, "case") or self.p.has(t, "det")):
                    break
                if not (t.is_punct or self.p.has(t, "det")):
                    lead.append(self.t.folded[t.i])
            if " ".join(lead) not in self.p.grammar.example_preps:
                continue
            found = self.speaker(obj, person_only)
            if found is not None and self.actors.actors[found].named:
                return found
        return None

    def _after_fronted_phrase(self, tok: Any) -> Any:
        """A subject after its own preposition is a phrase set before the clause, which the parser
        made the subject ("Sur Twitter, Paul Roe (UMP) a dénoncé …", "On Facebook, the mayor wrote
        …"): who speaks is the phrase after its comma, which the parser hung on it — its head."""
        if not self.p.has(tok, "subject") or not any(self.p.has(c, "case") and c.i < tok.i for c in tok.children):
            return None
        comma = next((c.i for c in tok.children if c.text == "," and c.i > tok.i), None)
        if comma is None or comma + 1 > tok.right_edge.i:
            return None
        head = self.doc[comma + 1]
        while head.head.i != tok.i and head.head.i != head.i and head.head.i > comma:
            head = head.head
        return head if head.head.i == tok.i and head.pos_ in {"NOUN", "PROPN"} else None

    def _owner_of_body(self, head: Any, actor: int) -> bool:
        """Whether ``head`` is a common noun of a body ("government", "ministry", "parti") and the
        person ``actor`` is named only in its genitive complement ("of X", "de X", "X's")."""
        word = fold(head.text)
        if head.pos_ != "NOUN" or self.actors.actors[actor].kind != "person" or word in self.p.entourage \
                or word in self.p.spokes or self.p.is_role(word) \
                or word not in self.p.org_nouns | self.p.institution_heads | self.p.state_nouns:
            return False
        owners = self.p.owners(head)
        # a person surely: named in full or with a title ("the party of Jane Roe", "of Prime
        # Minister Roe"); a lone name may be a place the recogniser took for one ("of Valdoria")
        return any(len([t for t in o.subtree if self.actors.at(t.i) == actor and t.pos_ == "PROPN"]) >= 2
                   or (any(self.actors.at(t.i) == actor for t in o.subtree)
                       and any(self.p.is_role(t.text) for t in o.subtree)) for o in owners)

    def _described_body(self, tok: Any, word: str, window: int = 6) -> int | None:
        """A definite description of a body by a common noun of its class ("the company", "la
        société") takes up a body named by its name lately, not one the actor table filed every
        such description under but last named long before. Among the bodies named in the
        sentence or the ``window`` before (unless the table's own is one): the last whose name
        holds the noun ("the court" after "the Supreme Court of X … the Parliament of X"), else,
        for a noun of trade (``generic_orgs``), the last one; else None."""
        if tok.pos_ != "NOUN" or word not in self.p.org_nouns or (tok.text[:1].isupper() and not tok.is_sent_start):
            return None
        if not any(self.p.has(c, "det") and fold(c.text) in self.p.definite for c in tok.children):
            return None
        own = self.actors.at(tok.i)
        if any(t.pos_ == "PROPN" and self.actors.at(t.i) == own for t in tok.subtree):
            return None  # a noun its name follows: "le quotidien X", "the carrier X"
        n = self.t.sent_no(tok)
        # the names before it in its own sentence first (its discourse is noted once it is read)
        ats = [(a, i) for i in range(tok.i - 1, self.t.sents[n].start - 1, -1) if (a := self.actors.at(i)) is not None]
        ats += [(s.actor, s.at) for s in reversed(self.state.seen) if n - s.sentence <= window and s.at < tok.i]
        named: list[int] = []
        for a, at in ats:
            if self._by_name(a, at) and self.actors.actors[a].kind == "organization" and a not in named:
                named.append(a)
        if not named or own in named:
            return None
        def capitalised(names: tuple[str, ...]) -> set[str]:
            return {fold(w) for x in names for w in x.split() if w[:1].isupper()}

        for a in named:  # the noun among the capitalised words of its names (not "the company" filed under it)
            if word in capitalised(self.actors.actors[a].names()):
                return a
        # (further back, a body whose proper name holds the noun still comes before a nearer one named otherwise: "the
        # agency" takes up the Environment Agency of ten sentences before, not the firm named since)
        for s in reversed(self.state.seen):
            body = self.actors.actors[s.actor]
            if s.at < tok.i and body.kind == "organization" and body.named and word in capitalised((body.name,)):
                return s.actor
        return named[0] if word in self.p.generic_orgs else None

    def _by_name(self, a: int, at: int) -> bool:
        """Whether actor ``a`` is mentioned at token ``at`` by a proper name ("Quillon Freight",
        "la société Quillon Fret"), not only by a description filed under it ("the company")."""
        if self.actors.at(at) != a:
            return False
        head = self.actors.mention_head(self.doc[at])
        return any(t.pos_ == "PROPN" and self.actors.at(t.i) == a for t in head.subtree)

    def _apposition_anchor(self, antecedent: Any, relative: Any) -> Any:
        """"X, le successeur de Y, qui a répondu …", "X, the successor of Y, who retorted …": a
        relative clause set off by a comma after an apposition set off by commas takes up what the
        apposition describes, the name X right before it, not a name inside the apposition's
        complement (the apposition's head is X under another description)."""
        if relative.i == 0 or self.doc[relative.i - 1].text != ",":
            return None
        node = antecedent
        for _ in range(4):
            if self.p.has(node, "apposition") and node.head.i != node.i and node.head.i < node.i:
                own = self.actors.at(node.i)
                comma = node.left_edge.i - 1
                if comma < 1 or self.doc[comma].text != ",":
                    return None
                # the noun phrase right before the opening comma (the parser may hang the
                # apposition on a word before it: "un clash avec X, le successeur de Y, qui …")
                before = self.doc[comma - 1]
                anchor = self.actors.at(before.i)
                if anchor is not None and self.actors.actors[anchor].named and (own is None or own == anchor):
                    return before
                return None
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _partitive(self, tok: Any) -> int | None:
        """The group most recently named before ``tok``, in its sentence or the one before."""
        n = self.t.sent_no(tok)
        sent = self.t.sents[n]
        own = self.actors.at(tok.i)
        here = [self.actors.at(t.i) for t in self.doc[sent.start : tok.i] if not self.t.quoted(t)]
        before = [s.actor for s in self.state.seen if s.at < sent.start and self.t.distance(s.sentence, n) <= 1]
        for a in reversed([*before, *here]):
            if a is not None and a != own and self.actors.actors[a].kind == "group":
                return a
        return None

    def _person_before(self, tok: Any) -> int | None:
        """A role phrase right after a named person and a comma is that person's apposition,
        whatever the parser made of it ("Jane Roe, le candidat du parti X, avait dit …"): the
        person speaks, not the body named inside the role."""
        comma = tok.left_edge.i - 1
        if comma < 1 or self.doc[comma].text != "," or self.p.has(tok, "conj") \
                or self.p.is_plural(tok):
            return None  # a member of an enumeration, a plural: no apposition to one person
        a = self.actors.at(comma - 1)
        if a is None or not self.actors.actors[a].named or self.actors.actors[a].kind != "person":
            return None
        return a

    def _taken_up_person(self, tok: Any, a: int) -> bool:
        """Whether actor ``a``, which the phrase of ``tok`` names, is a person introduced in an earlier
        sentence ("a government spokesperson said …" … "the spokesperson added"): the phrase takes up
        that person."""
        return self.actors.actors[a].kind == "person" and self.actors.named_before(a, tok.sent.start)

    def _described_before(self, tok: Any) -> int | None:
        """A role description repeated word for word is the person it was first given to in
        apposition ("the former spokesman of the mission, Jane Roe, …" / "Jane Roe, former
        spokesman of the mission, …" then "the former spokesman of the mission says …"): a
        repeated definite description refers to what it referred to before."""
        doc = self.doc
        toks = list(doc[tok.left_edge.i : tok.right_edge.i + 1])
        while toks and (self.p.has(toks[0], "det") or toks[0].is_punct):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        inside = [self.actors.at(t.i) for t in toks]
        if len(toks) < 3 or any(a is not None and self.actors.actors[a].kind == "person" for a in inside):
            return None
        words = [fold(t.text) for t in toks]
        n = len(words)
        for start in range(0, toks[0].i - n + 1):
            if fold(doc[start].text) != words[0] or [fold(t.text) for t in doc[start : start + n]] != words:
                continue
            before = start - 1
            while before >= 0 and self.p.has(doc[before], "det"):
                before -= 1
            # ", Jane Roe" after it, "Jane Roe," before it
            for comma, k in ((start + n, start + n + 1), (before, before - 1)):
                if not (0 <= k < len(doc) and 0 <= comma < len(doc) and doc[comma].text == ","):
                    continue
                a = self.actors.at(k)
                if a is not None and self.actors.actors[a].kind == "person" and self.actors.actors[a].named:
                    return a
        return None

    def _title_of_speaker(self, tok: Any) -> int | None:
        """A definite singular title whose complement names a body ("le chef du Conseil", "the
        spokesman of the league"), next to a named person who speaks with no title of their own
        — in another cue of the same sentence, or of the sentence just before or after in the
        same paragraph: news names its speaker once by name and once by title, the title is that
        person (an elegant variation), not the body. Not a relative, not another or a past office
        ("the former spokesman"), not when two such persons speak."""
        word = fold(tok.text)
        if word in self.p.relations or word in self.p.quantifiers or self.p.is_plural(tok) or not any(
                    self.p.has(c, "det") and fold(c.text) in self.p.definite for c in tok.children) \
                or any(fold(c.text) in self.p.other_office for c in tok.children):
            return None
        own = self.actors.at(tok.i)  # (the office's own description, when the text names no holder, is no body)
        inner = {a for t in phrase_tokens(tok) if t.i != tok.i and (a := self.actors.at(t.i)) is not None and a != own}
        if not inner or any(self.actors.actors[a].kind not in {"organization", "group"} for a in inner):
            return None
        found = self._untitled_speakers_near(tok)
        if len(found) != 1:
            return None
        self.spoken_for |= inner
        return found.pop()

    def _untitled_speakers_near(self, tok: Any) -> set[int]:
        """The named persons with no title of their own (a form of address is none: "Mr", « M. ») who speak in a
        cue other than ``tok``'s, in ``tok``'s sentence or the one just before or after it in the same paragraph."""
        n = self.t.sent_no(tok)
        para = self.t.para_of_sent[n]
        near = {k for k in (n - 1, n, n + 1) if 0 <= k < len(self.t.sents) and self.t.para_of_sent[k] == para}
        found: set[int] = set()
        for cue in self.cues:
            if cue.sentence not in near or tok.i in cue.slots:
                continue
            for i in cue.slots:
                a = self.actors.at(i)
                if a is None:
                    continue
                info = self.actors.actors[a]
                if info.kind == "person" and info.named and not self.t.quoted(self.doc[i]) and (
                        info.role is None or fold(info.role) in self.p.honorifics):
                    found.add(a)  # (a mere form of address, « M. X » somewhere, is no title of their own)
        return found

    def _apposed(self, tok: Any) -> int | None:
        """The named actor in apposition to ``tok`` — never one person to a plural noun: the parser
        hung there a complement's apposition ("des partisans du guide, l'ayatollah X,"); nor, to a named
        person, another person named by a name that opens a coordination (a list: "A, B and C said"), by a
        description that names them inside it ("X, spokeswoman for Y's department,"), or inside a
        quotation the name stands outside of ('X wrote, "Y, great drummer, …"')."""
        own = self.actors.at(tok.i)
        named_person = own is not None and self.actors.actors[own].named and self.actors.actors[own].kind == "person"
        for c in tok.children:
            a = self.actors.at(c.i) if self.p.has(c, "apposition") else None
            if a is None or not self.actors.actors[a].named:
                continue
            if named_person and a != own and self.actors.actors[a].kind != "person":
                continue  # "X, a satirist, the website Y, …": a body beside a named person is where they work
            if self.p.is_role(tok.text) and self.actors.actors[a].kind != "person" and self._in_brackets(c):
                continue  # « le maire (LR) de Vernay, X, »: a body in brackets after a role is the holder's party
            if c.i > tok.i and self.finder.names_inner_noun(c, tok):
                continue  # "the unions of the rail company Y": no comma, the name names the noun right before it
            if self._runs_into_verb(tok, c):
                continue  # "According to NPR, former Vice President X has amassed …": the clause's subject
            if self.actors.actors[a].kind == "person" and (
                    (self.p.is_plural(tok) and tok.pos_ == "NOUN")
                    or (named_person and a != own and (
                        any(self.p.has(g, "conj") for g in c.children)  # a list: "A, B and C said"
                        or c.pos_ == "NOUN"  # a description naming someone in it: "X, aide to Y's minister,"
                        or (self.t.quoted(c) and not self.t.quoted(tok))))):  # 'X wrote, "Y, great drummer …"'
                continue
            return a
        return None

    def _runs_into_verb(self, tok: Any, apposed: Any) -> bool:
        """Whether the phrase the parser hung on ``tok`` (no subject: a source's complement, "According to NPR,") as
        its apposition runs straight into a verb with no comma closing it ("…, former Vice President X has amassed
        …"): the subject of that verb, no apposition."""
        if self.p.has(tok, "subject"):
            return False
        end = apposed.right_edge.i + 1
        while end < len(self.doc) and self.doc[end].pos_ == "PROPN":
            end += 1  # (the name the role opens, which the parser left out of the apposition: "… of Velmar Ana Roble")
        if end < len(self.doc) and self.doc[end].pos_ in {"VERB", "AUX"}:
            return True
        return end - 1 > apposed.right_edge.i and self.p.has(self.doc[end - 1], "subject")

    def _in_brackets(self, tok: Any) -> bool:
        """Whether the phrase of ``tok`` stands alone between brackets ("(LR)", "(D-NY)")."""
        first, last = tok.left_edge.i, tok.right_edge.i
        return bool(first > 0 and last + 1 < len(self.doc) and self.doc[first - 1].text == "("
                    and self.doc[last + 1].text == ")")

    def _apposed_person(self, tok: Any) -> int | None:
        """A named person between commas right after the phrase of ``tok``, before its verb
        ("l'un des chercheurs de l'ONG, Jane Roe, précise …"): the apposition names who speaks,
        whatever label the parser gave it."""
        doc = self.doc
        if self.p.is_plural(tok) and fold(tok.text) not in self.p.quantifiers:
            return None  # one person is no apposition of a plural noun ("des partisans du guide, l'ayatollah X,")
        verb = tok.head.i if tok.head.i > tok.i else min(len(doc), self.t.sent(tok).end)
        for k in range(tok.i + 1, min(verb, tok.i + 12)):
            if doc[k].text != "," or k + 1 >= len(doc):
                continue
            a = self.actors.at(k + 1)
            if a is None and self._description_between_commas(k, verb):
                continue  # "the defence minister, a former general, Paul Roche, said": a second apposition first
            if a is None or not self.actors.actors[a].named or self.actors.actors[a].kind != "person":
                return None
            j = k + 1
            while j < len(doc) and self.actors.at(j) == a:
                j += 1
            # (or at the sentence's end, a speaker inverted last: "« … », a lancé le président du groupe, X.")
            last = verb == self.t.sent(tok).end and all(t.is_punct or t.is_space for t in doc[j:verb])
            return a if j < len(doc) and (doc[j].text in {",", "—", "–"} or j == verb or last) else None
        return None

    def _description_between_commas(self, comma: int, verb: int) -> bool:
        """Whether the words after ``comma`` up to the next comma, before ``verb``, are a description with no verb
        and no one named (a second apposition: ", a former general," « , ministre des Transports, »)."""
        doc = self.doc
        nxt = next((k for k in range(comma + 1, min(verb, comma + 10)) if doc[k].text == ","), None)
        if nxt is None:
            return False
        words = doc[comma + 1 : nxt]
        return any(t.pos_ == "NOUN" for t in words) and not any(
            t.pos_ in {"VERB", "AUX", "CCONJ"} or self.actors.at(t.i) is not None for t in words)

    def _author(self, noun: Any) -> int | None:
        """Who a statement is by: its complement ("le communiqué du ministère", "the US
        statement", "Erdogan's statement"), the agent of its participle ("a statement released
        by X"), else, for a bare definite one, who last issued a statement ("X released a
        statement. … The statement said"), or who spoke in that sentence or the one before, no one
        else a subject since ("X announced …. The statement said")."""
        n = self.t.sent_no(noun)
        found: int | None = None
        for c in noun.children:
            if self.p.has(c, "adnominal") or self.p.has(c, "relative"):
                agent = self.p.agent_of(c)
                if agent is None:
                    agent = self.finder.agent_after(c)  # one the parser did not attach: « publiés dimanche par X »
                if agent is not None:
                    found = self.speaker(agent)
                    if found is not None:
                        break
                # "an article published in the X Daily": the title it appeared in publishes it (a body, or a
                # name the NER took for a person); a journal only publishes a work of research, its authors speak
                found = None if fold(noun.text) in self.p.research_nouns else next(
                    (a for prep, obj in self.p.pp_objects(c) if prep in self.p.locative
                     and (a := self.actors.at(obj.i)) is not None
                     and self.actors.actors[a].kind in {"organization", "person"}), None)
                if found is not None:
                    break
        if found is None:
            found = self._in_phrase(noun)
        if found is None:  # "the council's statement", "its report", « son jugement »: the possessor, as a speaker slot
            found = next((a for c in noun.children if c.i < noun.i and (self.p.is_possessor(c) or (
                self.p.has(c, "det") and fold(c.text) in self.p.possessives))
                and (a := self._possessor(c)) is not None), None)
        if found is None:  # "a company statement", "the ministry report": the body the noun takes up
            found = next((a for c in noun.children if self.p.has(c, "compound") and c.i < noun.i and c.pos_ == "NOUN"
                          and not c.text[:1].isupper() and (a := self._possessor(c)) is not None), None)
        if found is None:  # "the Valdorian statement", "le communiqué valdorien": the state
            for c in noun.children:
                code = self.demonyms.get(fold(c.text)) if c.dep_ == "amod" and c.i != noun.i else None
                if code is not None:
                    found = next((k for k, a in enumerate(self.actors.actors)
                                  if a.kind == "country" and a.country == code), None)
                    if found is not None:
                        break
        framed = found is None and any(c.kind == "frame" and noun.i in c.slots for c in self.cues)
        if found is None and not framed:
            # "X released a statement which said …": who issued it, as for a participle — not the
            # subject of the clause a frame's statement qualifies ("Selon ce rapport, X a …")
            verb = self.finder.issuer(noun)
            found = self._subject_speaker(verb) if verb is not None else None  # (the noun is its object)
        if found is not None:
            self.state.issued.append((found, n))
            return found
        # (a demonstrative takes up as the article does: "this report", "ce communiqué"; so does an article
        # contracted with the noun's preposition: « un extrait du communiqué »)
        determiner = next((c for c in noun.children if self.p.has(c, "det")), None)
        if determiner is None:
            determiner = next((c for c in noun.children if c.i < noun.i and self.p.holds_article(c)), None)
            if determiner is None:
                return None
        elif fold(determiner.text) not in self.p.definite | self.p.demonstratives:
            return None
        named = self._named_act(noun, n)
        if named is not None:
            return named
        if fold(noun.text) in self.p.filing_nouns:
            # a case runs through the article: "the complaint" is whoever last brought one, however far back
            return next((actor for actor, sentence in reversed(self.state.filed) if sentence <= n), None)
        for actor, sentence in reversed(self.state.issued):
            if sentence <= n and self.t.distance(sentence, n) <= 6:
                return actor
        if fold(noun.text) in self.p.ruling_nouns and (self.p.has(noun, "subject") or framed):
            # so does a case's ruling that speaks ("according to the ruling", « l'arrêt précise »): the body's that
            # last ruled or issued one, however far back (a court, a board), as "the complaint" is the last filer's
            # (not a ruling someone is pleased or angry with: « déçu par cette décision » is against its maker)
            ruler = next((actor for actor, sentence in reversed(self.state.ruled) if sentence <= n), None)
            if ruler is not None:
                return ruler
        # "X announced on Monday that …. 'Our ferries will stop …,' the statement said", « X a annoncé … « … »,
        # précise le communiqué »: the statement is the speech act just told, when no one else has been a
        # subject since; a statement that speaks, one, as the subject of its verb or through a part of it that
        # is ("an excerpt of the statement reads:"; not "X multiplies the statements to plead …")
        said = self.state.last_said
        if said is not None and not self.state.said_since and 0 <= self.t.distance(self.state.said_sentence, n) <= 1 \
                and (self.p.has(noun, "subject") or self._part_speaking(noun)) and not self.p.is_plural(noun):
            return said[0]
        return None

    def _part_speaking(self, noun: Any) -> bool:
        """Whether ``noun`` completes a noun of a part of a text that is a subject ("an excerpt of the
        statement reads", « une partie du jugement indique »: ``grammar.part_nouns``)."""
        up = noun.head.head if noun.dep_ == "pobj" else noun.head
        return up.i != noun.i and fold(up.text) in self.p.grammar.part_nouns and self.p.has(up, "subject") \
            and any(o.i == noun.i for prep, o in self.p.pp_objects(up) if prep in self.p.grammar.of_preps)

    def _subject_speakers(self, verb: Any) -> list[int]:
        """The actors ``verb``'s subject names: each of a coordination ("X and Y filed …"), else
        the one it names as a speaker slot."""
        subject = next((c for c in verb.children if self.p.has(c, "subject")), None)
        if subject is None:
            return []
        conjuncts = [subject]
        for g in subject.subtree:  # (the subject's own conjuncts, or its name's in apposition, not
            # those inside its complements: "L'association X et le syndicat Y ont déposé …")
            if (self.p.has(g, "conj") or self.p.has(g, "apposition")) and any(g.head.i == c.i for c in conjuncts):
                conjuncts.append(g)
        found = self._distinct_actors(conjuncts)
        if len(found) >= 2:
            return found
        one = self.speaker(subject)
        return [] if one is None else [one]

    def co_authors(self, author: int, n: int) -> list[int]:
        """Who issued or brought, with ``author``, the statement or case it last issued by
        sentence ``n`` ("X and Y filed a lawsuit. The complaint says …": Y with X)."""
        for record in (self.state.filed, self.state.issued):
            sentence = next((s for a, s in reversed(record) if a == author and s <= n), None)
            if sentence is not None:
                return [a for a, s in record if s == sentence and a != author]
        return []

    def _subject_speaker(self, verb: Any) -> int | None:
        """The actor the subject of ``verb`` names, read as a speaker slot, if any."""
        subject = next((c for c in verb.children if self.p.has(c, "subject")), None)
        return self.speaker(subject) if subject is not None else None

    def _medium_owner(self, tok: Any, person_only: bool) -> int | None:
        """The owner of a place one publishes on (``grammar.medium_nouns``) or of a text, named by its possessor or its
        "of" complement ("according to the company's website", "its homepage says", « selon le site de l'entreprise »,
        "From their blog post:"): the owner speaks there, the site is no actor."""
        for c in tok.children:
            if c.i > tok.i:
                continue
            word = fold(c.text)
            if word in self.p.possessives and (self.p.has(c, "det") or self.p.has(c, "possessive")):
                return self._pronoun(c, self.p.possessives[word], person_only)
            if self.p.has(c, "possessive"):
                return self._possessor(c)
        return next((found for prep, n in self.p.pp_objects(tok) if prep in self.p.grammar.of_preps
                     and (found := self._possessor(n)) is not None), None)

    def _possessor(self, tok: Any) -> int | None:
        """Who a possessor names as a speaker slot would: a name, a pronoun, or a body's common
        noun ("the council's statement") taking up the body it names that was seen last."""
        found = self.speaker(tok)
        word = fold(tok.text)
        if found is None and tok.pos_ == "NOUN" and (word in self.p.org_nouns or word in self.p.groups):
            found = self._salient(tok, {"organization", "country", "group"}, noun=word)
        return found

    def _named_act(self, noun: Any, n: int) -> int | None:
        """The speaker of the last act of saying a definite statement noun names by its own
        verb ("a judge ruled that … The ruling …", "X announced … The announcement …"): the
        noun is that verb's stem with an ending of nouns of acts (``grammar.act_noun_endings``;
        English lemmas: a pipeline without them names no act so)."""
        word = fold(noun.text)
        endings = self.p.grammar.act_noun_endings
        for c in reversed(self.cues):
            if c.kind != "verb" or c.sentence >= n or self.t.distance(c.sentence, n) > 3:
                continue
            stem = fold(self.doc[c.i].lemma_)
            stem = stem[:-1] if stem.endswith("e") else stem
            if len(stem) >= 3 and word.startswith(stem) and word[len(stem):] in endings:
                found = self._speakers(c)
                if found:
                    return found[0]
        return None

    def _in_phrase(self, head: Any) -> int | None:
        """The actor a noun phrase names: a person, else a body or state, else anything named
        — never a place it only locates ("an assembly of ministers in Cairo"), nor a name inside
        an adjective that qualifies the head ("the X-based movement": the movement speaks)."""
        qualified = {t.i for c in head.children if c.dep_ == "amod" and c.i < head.i and c.pos_ in {"ADJ", "VERB"}
                     and self.actors.at(c.i) is None for t in c.subtree}
        # nor whom the phrase's head speaks to ("la porte-parole à une question de X")
        qualified |= {t.i for c in head.children if c.i > head.i and (
            (c.dep_ == "prep" and fold(c.text) in self.p.addressee_preps)
            or any(self.p.has(g, "case") and fold(g.text) in self.p.addressee_preps for g in c.children))
            for t in c.subtree}
        own = self.actors.at(head.i)
        if own is not None and self.actors.actors[own].kind == "group" and head.pos_ == "NOUN" \
                and (self.p.is_group(head.text) or self.p.is_agent_plural(head.text)):
            return own  # "hundreds of supporters of X": the people the phrase heads, not X in their complement
        found = [self.actors.at(t.i) for t in phrase_tokens(head) if not self._located(t) and t.i not in qualified]
        named = [a for a in found if a is not None]
        for a in named:
            if self.actors.actors[a].kind == "person":
                return a
        for a in named:
            if self.actors.actors[a].kind != "other":
                return a
        return named[0] if named else None

    def _located(self, tok: Any) -> bool:
        """Whether ``tok`` names a place after a preposition of place (a place, not a state)."""
        a = self.actors.at(tok.i)
        if a is None or self.actors.actors[a].kind != "other":
            return False
        head = tok
        while self.actors.at(head.head.i) == a and head.head.i != head.i:
            head = head.head
        preps = [c for c in head.children if self.p.has(c, "case")] + ([head.head] if head.dep_ == "pobj" else [])
        return any(fold(c.text) in self.p.locative for c in preps)

    def taken_up(self, tok: Any) -> int | None:
        """The actor a definite common noun of a body or of a role takes up wherever it stands ("X
        accused the network of …" after "the ABS-CBN network", "le ministre" alone): the organisation
        of that class last named (:meth:`_salient`), the role's last holder; None for any other word."""
        word = fold(tok.text)
        if tok.pos_ != "NOUN" or (tok.text[:1].isupper() and not tok.is_sent_start):
            return None
        if self.p.is_body_noun(word):
            return self._salient(tok, {"organization"}, noun=word)
        return self._role_holder(tok) if self.p.is_role(word) else None

    def _salient(self, tok: Any, kinds: set[str], noun: str = "", window: int = 6) -> int | None:
        """The named actor of one of ``kinds`` most recently seen before ``tok``: a definite
        description's referent ("the company" after "Norvane Systems"). An antecedent named or
        introduced with the description's noun comes first ("the network" after "the Rivo
        network"); a generic noun (``profile.generic_orgs``) or a spokes-noun then takes the
        most recent one, unless the description qualifies it by words its names lack ("the
        environmental organisation" is no body named otherwise)."""
        if fold(tok.text) not in self.p.spokes and any(
                self.p.has(c, "det") and fold(c.text) in self.p.indefinite for c in tok.children if c.i < tok.i):
            # "a court said …": an indefinite description introduces a referent, takes up none ("a
            # spokesman" is someone new too, but speaks for the body named before, as "the spokesman")
            return None
        n = self.t.sent_no(tok)
        candidates: list[int] = []
        # (the most salient in each sentence: who spoke or was subject there, before those merely named)
        rank: dict[int, tuple[int, float]] = {}
        own = self.actors.at(tok.i)
        for s in reversed(self.state.seen):
            if n - s.sentence > window:
                break
            a = self.actors.actors[s.actor]
            # an antecedent named by a description with the same noun counts too ("l'agence des
            # forêts … l'agence"), though it has no proper name
            # (the description's own actor too, when it was seen in a sentence before: "The state energy agency
            # said … According to the agency, …")
            introduced = bool(noun) and (s.actor != own or s.sentence < n) \
                and any(noun in fold(x).split() for x in a.names())
            if s.at < tok.i and (a.named or introduced) and a.kind in kinds and s.actor not in candidates:
                candidates.append(s.actor)
                rank[s.actor] = (s.sentence, s.weight)
            elif s.actor in rank and s.sentence == rank[s.actor][0]:
                rank[s.actor] = (s.sentence, max(s.weight, rank[s.actor][1]))
        if not noun:
            return candidates[0] if candidates else None
        for c_i in candidates:
            if c_i != own and any(noun in fold(x).split() for x in self.actors.actors[c_i].names()):
                return c_i
        introduced_by = self._introduced_by(noun, tok.i)
        for c_i in candidates:
            if c_i in introduced_by:  # « le quotidien Le Matin … le quotidien »: the body the noun introduced
                return c_i
        if own in candidates:
            return own  # (the description's own body, described so before: "The state energy agency … the agency")
        if noun not in self.p.generic_orgs and (noun not in self.p.spokes or self.p.is_body_noun(noun)):
            return None  # a body's own noun ("le ministère") takes up a body so named only, not any other
        qualifiers = {fold(c.text) for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and c.is_alpha
                      and c.pos_ in {"ADJ", "NOUN", "PROPN"} and fold(c.text) not in self.demonyms}
        # a generic noun ("the organisation") takes up the body the last sentence that named one made its subject
        # or speaker before one it only named (« L'association X a appelé la Commission à … Selon l'organisation »)
        for c_i in sorted(candidates, key=lambda c: (-rank[c][0], -rank[c][1])):
            words = {w for x in self.actors.actors[c_i].names() for w in fold(x).split()}
            if qualifiers <= words:
                return c_i
        return None

    def _introduced_by(self, noun: str, before: int) -> set[int]:
        """The named actors whose name follows the common noun ``noun`` (past its adjectives) before token
        ``before`` ("le quotidien suisse Le Matin", "the broadcaster Radio Orvo")."""
        out: set[int] = set()
        doc = self.doc
        for t in doc[1:before]:
            a = self.actors.at(t.i)
            if a is not None and self.actors.actors[a].named and fold(doc[class_noun_before(doc, t.i)].text) == noun:
                out.add(a)
        return out

    def _described(self, tok: Any) -> int | None:
        """A definite role noun no title announced ("the same researcher", "l'universitaire"):
        the person who last spoke, in this sentence or the three before, agreeing in gender, or the one
        person named in this sentence or the one before, subject there — or, with "même"/"same", the
        person last named in the six before."""
        if fold(tok.text) in self.p.relations or fold(tok.text) in self.p.grammar.authors:
            return None  # "the father", "la voisine", "the writer" (of a text): someone else than the last speaker
        det = next((c for c in tok.children if self.p.has(c, "det")), None)
        if det is None or fold(det.text) not in self.p.definite or "Plur" in tok.morph.get("Number") \
                or tok.tag_ == "NNS":
            return None
        same = any(fold(c.text) in self.p.grammar.same for c in tok.children)
        # (a past office says who the one just speaking was: « l'ancien ministre », "the former minister")
        # (nor a modifier set off by a comma after the noun, which describes without restricting: « la lauréate,
        # entourée de ses soutiens, »)
        others = [c for c in tok.children
                  if c.i != det.i and not c.is_punct and fold(c.text) not in self.p.grammar.same
                  and not (c.i < tok.i and fold(c.text) in self.p.other_office and c.pos_ == "ADJ")
                  and not (c.i > tok.i and c.pos_ != "PRON" and self.doc[c.left_edge.i - 1].text == ",")]
        # "le député de la Marne", "la sénatrice de Gironde": a seat's place only says where the office
        # is, an epithet for the person just named (in this sentence or the one before, speaker or not)
        complements = [c for c in others if not self.p.has(c, "case")]  # (not a frame's "pour", "d'après")
        # (English hangs the place on its preposition: "the senator from Ohio")
        complements = [o for c in complements for o in ([g for g in c.children if g.dep_ == "pobj"]
                                                         if c.dep_ == "prep" else [c])]
        seat = bool(complements) and all(self._place_complement(tok, c) for c in complements)
        # "the retired teacher", « le jeune éleveur »: adjectives before the noun describe the one person just
        # named as subject, never the last speaker further back (another of the kind may be meant there)
        described = [c for c in others if not self.p.has(c, "case")]  # (not a frame's "selon")
        epithet = not same and bool(described) and all(c.pos_ == "ADJ" and c.i < tok.i for c in described)
        if others and not same and not seat and not epithet:
            return None
        if not same and self._introduced_before(tok):
            return None  # "A guest blogger at X reminisces … The blogger blames …": the one just introduced
        gender = self.p.gender_of_word(tok.text)
        if gender is None and self.p.language == "fr":
            gender = shown_gender(det, tok) if fold(det.text) != "l'" else None
        n = self.t.sent_no(tok)
        # (or the one person named in this sentence or the one before, its subject there: the writer's
        # variation on a name just written, « Paul Verne ne décolère pas. « … », tonne l'élu »)
        near = {s.actor for s in self.state.seen if s.at < tok.i and self.t.distance(s.sentence, n) <= 1
                and self.actors.actors[s.actor].kind == "person" and self.actors.actors[s.actor].named}
        for s in reversed(self.state.seen):
            if s.at >= tok.i:
                continue
            if self.t.distance(s.sentence, n) > (6 if same else 3):
                break
            a = self.actors.actors[s.actor]
            if a.kind != "person" or not a.named or (gender and a.gender and a.gender != gender):
                continue
            if ((s.weight >= 3 or same or (seat and self.t.distance(s.sentence, n) <= 1)) and not epithet) \
                    or (s.weight >= 2 and near == {s.actor} and self.t.distance(s.sentence, n) <= 1):
                return s.actor
        return None

    def _introduced_before(self, tok: Any) -> bool:
        """Whether an indefinite phrase with the same head noun as the definite ``tok`` introduced someone in this
        sentence or the one before ("A guest blogger at X reminisces … The blogger blames …", « Une habitante
        … L'habitante … »): the description takes that one up, not the last speaker."""
        n = self.t.sent_no(tok)
        word = fold(tok.text)
        return any(t.pos_ == "NOUN" and fold(t.text) == word and any(
            self.p.has(c, "det") and fold(c.text) in self.p.indefinite for c in t.children)
            for t in self.doc[self.t.sents[max(0, n - 1)].start : tok.i])

    def _place_complement(self, role: Any, tok: Any) -> bool:
        """Whether ``tok``, a dependent of the role noun ``role``, is a place that says where the office
        is: a proper noun after a preposition, no person or body of its own, at most a place ("de la Marne",
        "from Ohio")."""
        own = self.actors.at(tok.i)
        return tok.pos_ == "PROPN" and tok.i > role.i and tok.ent_type_ not in {"PER", "PERSON", "ORG"} \
            and any(self.p.has(c, "case") or c.dep_ == "prep" for c in (*tok.children, tok.head)) \
            and (own is None or own == self.actors.at(role.i) or self.actors.actors[own].kind == "other")

    def _role_holder(self, tok: Any) -> int | None:
        """"le ministre" alone: the person with that role most recently in the discourse — not "a
        minister", "un ministre", "another minister": an indefinite phrase introduces someone new."""
        holders = set(self.actors.role_heads.get(fold(tok.text), ()))
        if not holders or any(fold(c.text) in self.p.indefinite for c in tok.children if c.i < tok.i):
            return None
        # (its determiner's gender, where the language marks it, is its holder's: « la ministre » takes up no man)
        gender = next((g for c in tok.children if c.i < tok.i and self.p.has(c, "det") for g in c.morph.get("Gender")),
                      None)
        if gender is not None:
            holders = {a for a in holders if _agrees(self.actors.actors[a], gender, None, self.p.language)}
            if not holders:
                return None
        # "le ministre allemand": a holder whose titles carry the same qualifier
        modifiers = [c for c in tok.children if c.dep_ in {"amod", "nmod", "compound"}]
        qualifiers = {fold(c.text) for c in modifiers if c.is_alpha}
        if qualifiers:
            # (or the body the qualifier names, under any of its names: « la présidente de l'UFL » is the one whose
            # title names the Union … of which UFL is the acronym)
            bodies = [self.actors.actors[b] for c in modifiers
                      if (b := self.actors.at(c.i)) is not None and self.actors.actors[b].kind == "organization"]
            fitting = {a for a in holders
                       if any(qualifiers & set(fold(n).split()) for n in self.actors.actors[a].names())
                       or any(re.search(rf"(?<!\w){re.escape(fold(body))}(?!\w)", fold(n)) for b in bodies
                              for body in b.names() for n in self.actors.actors[a].names())}
            # none fits: a holder whose title has qualifiers of its own holds another office ("le
            # ministre de l'Intérieur" is not "le ministre du Commerce"); one with the bare title may; a nationality
            # adjective no title spells qualifies no office, only whose it is ("the Argentine bishop" takes up the
            # bishop of a diocese named before)
            head = fold(tok.text)
            if fitting or not qualifiers <= self.demonyms.keys():
                holders = fitting or {a for a in holders if not any(
                    head in words and len([w for w in words if w not in self.p.definite]) > 1
                    for words in (fold(n).split() for n in self.actors.actors[a].names()))}
            if not holders:
                return None
        # a holder named earlier in the same sentence, in a clause that does not govern the word's
        # ("Finance minister X sent a letter, but the minister said …"); one whose verb the word
        # depends on binds it and cannot be it ("X met the minister", "X said the minister …")
        near = self._same_sentence_holder(tok, holders)
        if near is not None:
            return near
        # (the discourse before the word: a later stage asks with the whole article read, and a holder
        # named only after it is no antecedent)
        for s in reversed(self.state.seen):
            if s.actor in holders and s.at < tok.i:
                return s.actor
        # failing that, the one holder of the title: of a qualified title wherever the text names them (one office,
        # "the Greek foreign minister" in a lead that names him later); of a bare role only when named before the
        # word (« la députée » takes up a member named before, not one a later paragraph names)
        if len(holders) != 1:
            return None
        if qualifiers or any(self.actors.named_before(a, tok.i) for a in holders):
            return min(holders)
        return None

    def _same_sentence_holder(self, tok: Any, holders: set[int]) -> int | None:
        """The last of ``holders`` named before ``tok`` in its sentence, outside quotations, whose verb does
        not govern ``tok`` except through a coordination: the clauses of "A, but B" are each their own."""
        start = self.t.sents[self.t.sent_no(tok)].start
        for t in reversed(self.doc[start : tok.i]):
            who = self.actors.at(t.i)
            if who not in holders or self.t.quoted(t):
                continue
            verb = self.actors.mention_head(t).head
            up = tok
            while up.head.i != up.i and up.i != verb.i and not (self.p.has(up, "conj") and up.pos_ in {"VERB", "AUX"}):
                up = up.head
            return None if up.i == verb.i else who
        return None

    def _pronoun(self, tok: Any, pron: Pronoun | None = None, person_only: bool = False) -> int | None:
        pron = pron or self.p.pronoun(tok)
        if pron is None:
            return None
        n = self.t.sent_no(tok)
        best: tuple[float, int] | None = None
        # the sentence's own actors before the pronoun come first: its discourse is noted only
        # once it is read ("the groups disagree: they say …", "les associations … : elles estiment")
        sent = self.t.sents[n]
        here: list[_Seen] = []
        # the subject right after a detached phrase is that phrase's understood subject, never
        # one of the names in it ("Surpris par la politique de Y, il déclare …": il is not Y)
        detached = fronted_predicate(self.doc, sent.start, sent.end, self.p)
        skip = detached if detached is not None and tok.i == detached + 1 else sent.start
        for t in self.doc[skip : tok.i]:
            who = self.actors.at(t.i)
            if who is not None and not self.t.quoted(t) and (t.i == sent.start or self.actors.at(t.i - 1) != who):
                head = self.actors.mention_head(t)
                weight = 2 if self._subject(head) else 1
                here.append(_Seen(who, n, self.t.para_of_sent[n], weight, t.i))
        if here and self._incise_subject(tok):
            # the subject of an incise set inside the sentence it reports ("Quill, she added, was …", « Quill,
            # a-t-elle ajouté, joue … »): the words around the incise are what is said, and a pronoun never takes up
            # a name inside what its own verb reports (the name is someone spoken of, the pronoun who speaks)
            here = []
        topic = self._unnamed_topic(tok, pron) if not here else None
        if topic is not None:  # the subject before, no actor: what it describes, if anyone
            found = self.speaker(topic)
            if found is None or any(self.actors.at(t.i) == found for t in topic.subtree) or (
                    person_only and self.actors.actors[found].kind != "person"):
                return None  # (not a name inside it: "angry at X")
            return found
        for k, s in enumerate(reversed([*self.state.seen, *here])):
            far = self.t.distance(s.sentence, n)
            if far > _PRONOUN_WINDOW:
                break
            if s.at >= tok.i:
                continue
            a = self.actors.actors[s.actor]
            if person_only and a.kind != "person":
                continue
            if a.kind != "person" and not self._gender_fits(s.at, pron.gender, s.actor):
                continue  # "la direction" is no "il": a body's noun has its grammatical gender
            spoken = s.voice is not None and pron.number != "Plur" and (
                s.voice == "?" or pron.gender not in {"Masc", "Fem"} or pron.gender == s.voice)
            if not spoken and not _agrees(a, pron.gender, pron.number, self.p.language):
                continue
            if pron.number == "Plur" and not self._plural(a, s.at):
                continue  # "they"/"ils" takes up a plural: a group, or a body named in the plural
            score = s.weight * 2 - far * 2.5 - k * 0.05
            if s.para != self.t.para_of_sent[n]:  # a paragraph is a unit of discourse
                score -= 1.5
            if (a.gender is not None and a.gender == pron.gender) or (spoken and s.voice == pron.gender):
                score += 1.5
            if pron.number == "Sing" and (a.kind == "person" or spoken):
                score += 1  # (a body that spoke through one person is taken up as that person would be)
            if pron.number == "Plur" and (a.plural or self.p.is_plural(self.actors.mention_head(self.doc[s.at]))):
                score += 1  # (people named in the plural before a body that "they" takes up only by sense)
            if best is None or score > best[0]:
                best = (score, s.actor)
        return best[1] if best else None

    def _incise_subject(self, tok: Any) -> bool:
        """Whether ``tok`` is the subject of a verb of saying set as an incise inside its sentence: between
        two commas, its subject before it ("…, she added, …") or inverted after it (« …, a-t-elle ajouté, … »)."""
        verb = tok.head
        while verb.pos_ == "PRON" and verb.head.i != verb.i:  # (a clitic hung on the euphonic "-t-")
            verb = verb.head
        if verb.i == tok.i or not self.p.is_reporting_verb(verb):
            return False
        # (inverted after the verb or after its auxiliary: « a-t-elle ajouté »)
        inverted = tok.i > verb.i or any(self.p.has(a, "aux") and a.i < tok.i for a in verb.children)
        if not inverted:
            return self.p.has(tok, "subject") and self.finder.subject_incise_close(verb) is not None
        return self.finder.incise_close(verb) is not None

    def _asserts_before_question(self, start: int, end: int) -> bool:
        """Whether words ending on a question mark open on a statement that a comma and a conjunction join the
        question to ("We have said for years that …, so why should they be exempt?", « Nous l'avons dit, alors
        pourquoi … ? »): the statement before is asserted. A question opens on its question word or on an
        inverted auxiliary ("Why …", "Should …"), and one that does asserts nothing."""
        toks = [t for t in (self.t.span_tokens(start, end) or ()) if not (t.is_punct and t.text != ",")]
        if len(toks) < 4 or fold(toks[0].text) in self.p.grammar.wh_openers or toks[0].pos_ == "AUX":
            return False
        cut = next((k for k in range(1, len(toks) - 1) if toks[k].text == "," and any(
            t.pos_ == "CCONJ" or fold(t.text) in self.p.grammar.wh_openers for t in toks[k + 1 : k + 3])), None)
        if cut is None:
            return False
        first = toks[:cut]
        # (a clause: a verb with its subject, or a personal pronoun opening it, whatever the parser made of the rest)
        return (any(t.pos_ in {"VERB", "AUX"} for t in first) and any(self.p.has(t, "subject") for t in first)) \
            or self.p.pronoun(first[0]) is not None or fold(first[0].text) in self.p.first_person

    def _unnamed_topic(self, tok: Any, pron: Pronoun) -> Any:
        """The subject the subject pronoun ``tok``, the first actor-like word of its sentence,
        takes up when the subject of the sentence just before in its paragraph is no actor but a
        noun of people or of a body agreeing with it ("Le nouveau conseil s'est fixé … la dette que doit
        rembourser la Norvège. Il a affirmé …", "Hundreds of farmers angry at the mills, notably
        X, marched. They demand …"). A subject is the topic a pronoun continues; a name inside
        it or in a clause below it is not."""
        n = self.t.sent_no(tok)
        if not self.p.has(tok, "subject") or not self._follows_in_paragraph(n):
            return None
        root = self.t.sents[n - 1].root
        subject = next((c for c in root.children if self.p.has(c, "subject") or self.p.has(c, "passive_subject")), None)
        if subject is not None and fold(subject.text) in self.p.quantifiers:
            # "hundreds of dockers", "la plupart des élus": the people quantified
            subject = next((noun for _, noun in self.p.pp_objects(subject)), None)
        if subject is None or subject.pos_ != "NOUN" or self.actors.at(subject.i) is not None:
            return None
        word = fold(subject.text)
        if word in self.p.spokes or self.p.is_role(word) or not (
                self.p.is_group(word) or word in self.p.org_nouns or self.p.is_agent_plural(word)):
            return None
        if (pron.number == "Plur") != self.p.is_plural(subject):
            return None
        if self.p.language == "en" and pron.gender in {"Masc", "Fem"}:
            return None  # "he", "she" take up a person, never a body's noun ("the maker" a person named before)
        return None if self._gender_clash(pron, subject) else subject

    def _follows_in_paragraph(self, n: int) -> bool:
        """Whether sentence ``n`` follows another one in its paragraph (the one a pronoun
        opening it may take a noun up from)."""
        return n > 0 and self.t.para_of_sent[n - 1] == self.t.para_of_sent[n]

    @staticmethod
    def _gender_clash(pron: Pronoun, noun: Any) -> bool:
        """Whether the gendered pronoun ``pron`` cannot take ``noun`` up: the noun shows one
        other gender (a noun of no or of either gender agrees with both)."""
        found = noun.morph.get("Gender")
        return pron.gender in {"Masc", "Fem"} and len(found) == 1 and found[0] != pron.gender

    def _latter(self, tok: Any, pron: Pronoun, person_only: bool, skip: int = 0) -> int | None:
        """The actor "ce dernier", "ces derniers", "the latter" takes up: the last one named
        before it, within the pronoun window, that agrees with it (not the most salient). Only
        namings count: where an actor was seen speaking (a quotation's close, its cue) it was not
        named, and a place named as one is no one taken up. With ``skip``, so many others named
        after it are passed over ("the former", « le premier »: the one named before the last)."""
        passed: set[int] = set()
        n = self.t.sent_no(tok)
        start = min(c.i for c in tok.subtree)
        named = [(s.at, s.actor) for s in self.state.seen
                 if self.t.distance(s.sentence, n) <= _PRONOUN_WINDOW and self.actors.at(s.at) == s.actor]
        # (every naming in the sentences of the window, an object's too: "X accused Y of lying. « … », replied the
        # latter")
        first = self.t.sents[max(0, n - _PRONOUN_WINDOW)].start
        named += [(t.i, who) for t in self.doc[first:start]
                  if (who := self.actors.at(t.i)) is not None and not self.t.quoted(t)]
        for at, who in sorted(named, reverse=True):
            if at >= start:
                continue
            a = self.actors.actors[who]
            if (person_only and a.kind != "person") or a.kind == "other" or a.thing or a.in_title:
                continue  # (a place, "à Brest", "the mayor of Tallow", is no one taken up)
            if a.located and a.kind != "person":
                continue  # (a person after "à" is who is written to, never a place: "écrit à X")
            if a.kind != "person" and not self._gender_fits(at, pron.gender, who):
                continue
            if not _agrees(a, pron.gender, pron.number, self.p.language):
                continue
            if pron.number == "Plur" and not self._plural(a, at):
                continue
            if who in passed:
                continue
            if len(passed) < skip:
                passed.add(who)
                continue
            return who
        return None

    def _gender_fits(self, at: int, gender: str | None, actor: int) -> bool:
        """Whether body ``actor``, seen at token ``at``, can be taken up by a pronoun of
        ``gender``: in a language whose nouns have gender, the head noun of a common-noun
        mention ("la direction", "le syndicat") must have the pronoun's, and a proper name the
        gender its definite article shows ("la Norvège", "le Pérou") wherever it has one (the
        actor seen where it spoke, not where it was named); a noun of unknown gender can be either."""
        if gender not in {"Masc", "Fem"} or self.p.language == "en":
            return True
        if self.actors.at(at) != actor:
            return all(g == gender for g in self._name_genders().get(actor, set()))
        head = self.actors.mention_head(self.doc[at])
        if head.pos_ == "PROPN":
            found = self._article_gender(head)
            return found is None or found == gender
        if head.pos_ != "NOUN":
            return True
        found = head.morph.get("Gender")
        return not (len(found) == 1 and found[0] != gender)

    def _article_gender(self, head: Any) -> str | None:
        """The gender the definite article of a proper name shows ("la Norvège"), if any."""
        det = next((c for c in head.children if self.p.has(c, "det") and c.i < head.i
                    and fold(c.text) in self.p.definite), None)
        return shown_gender(det)

    def _name_genders(self) -> dict[int, set[str]]:
        """Each actor's genders its proper names show by their article, over the document."""
        if self._genders is None:
            self._genders = {}
            for tok in self.doc:
                a = self.actors.at(tok.i)
                if a is not None and tok.pos_ == "PROPN" and self.actors.mention_head(tok).i == tok.i:
                    g = self._article_gender(tok)
                    if g is not None:
                        self._genders.setdefault(a, set()).add(g)
        return self._genders

    def _plural(self, a: ActorInfo, at: int) -> bool:
        """Whether an actor can be the antecedent of a plural pronoun: a plural, a kind the
        profile lets a plural pronoun take up (a group of people; in English a body, by sense),
        or a body whose name is plural ("the United States", "les Verts": the head of its
        mention at ``at`` is plural)."""
        if a.plural or a.kind in self.p.plural_kinds:
            return True
        head = self.actors.mention_head(self.doc[at])
        return self.p.is_plural(head)

    def _coordinated(self, tok: Any) -> list[int]:
        """The actors a plural subject pronoun takes up together: the coordinated subject of the
        sentence just before, in the same paragraph ("X and Y met. They said …", "X et Y se sont
        rencontrés. Ils ont indiqué …"), when each conjunct names a different actor."""
        pron = self.p.pronoun(tok)
        n = self.t.sent_no(tok)
        if pron is None or pron.number != "Plur" or not self._follows_in_paragraph(n):
            return []
        prev = self.t.sents[n - 1]
        root = prev.root
        for c in root.children:
            if not (self.p.has(c, "subject") or self.p.has(c, "passive_subject")):
                continue
            # (a name after a comma that opens a coordination is an item of a list, however the parser hangs it:
            # "X, Y and Z met" has Y in apposition to X, « X, Y et Z se sont rencontrés » Y as X's complement)
            found = self._distinct_actors([c, *(g for g in c.subtree if (self.p.has(g, "conj") and g.head.i != root.i)
                                                or self._listed_name(g, c))])
            if len(found) >= 2:
                return found
            if any(self.actors.at(t.i) is not None for t in c.subtree):
                return []  # an actor as the subject: the pronoun's own antecedent, weighed as such
        # no actor as the subject ("Today is the tenth day of the strike of X and Y. They …"): the
        # named people coordinated elsewhere in the sentence are taken up together
        return self._coordinated_people(prev)

    def _listed_name(self, tok: Any, first: Any) -> bool:
        """Whether ``tok`` is a name after a comma, past ``first``, that opens a coordination: an item of a list."""
        return tok.pos_ == "PROPN" and tok.i > first.i and self.doc[tok.left_edge.i - 1].text == "," \
            and any(self.p.has(x, "conj") for x in tok.children)

    def _coordinated_people(self, sent: Any) -> list[int]:
        """The named persons of the first coordination of ``sent`` that joins two or more."""
        for tok in sent:
            if tok.is_punct or self.p.has(tok, "conj") or not any(
                    self.p.has(g, "conj") for g in tok.children):
                continue
            heads = [tok, *(g for g in tok.subtree if self.p.has(g, "conj") and self.actors.at(g.i) is not None
                            and self.actors.mention_head(g).i == g.i)]
            found = self._distinct_actors(heads, named_persons=True)
            if len(found) >= 2:
                return found
        return []

    def _distinct_actors(self, heads: list[Any], named_persons: bool = False) -> list[int]:
        """The actors the tokens ``heads`` name, each once, in order; with ``named_persons``,
        the named persons only."""
        found: list[int] = []
        for h in heads:
            a = self.actors.at(h.i)
            if a is not None and a not in found and (not named_persons or (
                    self.actors.actors[a].kind == "person" and self.actors.actors[a].named)):
                found.append(a)
        return found

    def _speakers(self, cue: Cue, said: tuple[int, int] | None = None, person_only: bool = False) -> list[int]:
        """The actors the cue's slots name, best first; none named inside ``said``, the span of
        the words they would speak (the parser may take a quotation's subject for the verb's)."""
        out: list[int] = []
        verb = self.doc[cue.i]
        if cue.kind == "verb" and fold(cue.cue).endswith(self.p.grammar.participle_endings) \
                and verb.head.pos_ != "ADP" and not any(self.p.has(c, "case") or self.p.has(c, "mark")
                                                         for c in verb.children) \
                and all(self.t.quoted(self.doc[i]) for i in cue.slots) and self._says_a_clause(cue):
            # a participle that goes on with what a verb before it said ("X, who declared, '…,' adding,
            # '…'"; « X a déclaré : « … », ajoutant … ») has that verb's subject, wherever the parser hung it
            # (none, or a subject inside the quotation; not after a preposition: "Y thanked X for saying …")
            before = next((c for c in reversed(self.cues) if c.i < cue.i and c.kind == "verb" and c.slots
                           and c.sentence == cue.sentence), None)
            return self._speakers(before, said, person_only) if before is not None else out
        if cue.kind == "verb" and not cue.slots and self._narrative_infinitive(verb):
            found = self._narrator(verb)
            return [found] if found is not None else out
        for i in cue.slots:
            tok = self.doc[i]
            if said is not None and said[0] <= tok.idx < said[1]:
                continue
            past = self._past_link(tok)
            if past is not None:
                return [past]
            if fold(tok.text) in self.p.signs:
                # (a sign says nothing, who carries it does: "activists held up banners accusing Y of …")
                tok = self.finder.carrier_of(tok) or tok
            together = self._coordinated(tok) or self._pair_taken_up(tok)
            if together:
                out.extend(a for a in together if a not in out)
                if cue.kind == "frame":
                    break
                continue
            a = self.speaker(tok, person_only)
            if cue.kind == "verb" and self.p.continues(self.doc[cue.i]):
                a = self._continued(tok, a)
            if a is not None and self.actors.actors[a].kind == "other" and (
                    self.actors.at(i) != a or cue.kind == "frame" or not self.p.has(tok, "subject")):
                a = None  # a place speaks only as the very subject of the verb ("Ottawa said"), never
                # through a phrase that merely names it ("officials in X", "X's mayor")
            if a is not None and a not in out:
                out.append(a)
                if fold(tok.text) in self.p.spokes:
                    out.extend(b for b in self._spoken_for_together(tok, a) if b not in out)
                if fold(tok.text) in self.p.statement_nouns:  # a text speaks for all who issued it
                    out.extend(b for b in self.co_authors(a, self.t.sent_no(tok)) if b not in out)
            if cue.kind == "frame":
                break
        return out

    def _pair_taken_up(self, tok: Any) -> list[int]:
        """A pair taken up ("both governments", « les deux pays », « les deux camps »: ``grammar.pair_determiners``
        before a noun of ``grammar.pair_states`` or ``grammar.pair_nouns``): the two actors last named together, a
        name coordinated with another before ``tok`` in the article ("Armenia and Azerbaijan exchanged fire …" … "both
        governments said …"), states for a noun of states, any who take sides otherwise; none if there is none."""
        g = self.p.grammar
        word = fold(tok.text)
        if not (word in g.pair_states or word in g.pair_nouns) \
                or not any(c.i < tok.i and fold(c.text) in g.pair_determiners for c in tok.children):
            return []
        kinds = {"country"} if word in g.pair_states else {"person", "organization", "country", "group"}
        for i in range(tok.i - 1, -1, -1):
            second = self.doc[i]
            if not self.p.has(second, "conj"):
                continue
            a, b = self.actors.at(second.head.i), self.actors.at(i)
            if a is not None and b is not None and a != b \
                    and {self.actors.actors[a].kind, self.actors.actors[b].kind} <= kinds:
                return [a, b]
        return []

    def _narrative_infinitive(self, verb: Any) -> bool:
        """Whether ``verb`` is an infinitive that its sentence opens on after the words of a narrative
        infinitive (``grammar.narrative_openers``: « Et d'ajouter : … », « Et de conclure que … »)."""
        sent = self.t.sent(verb)
        words = [self.t.folded[i] for i in range(sent.start, verb.i) if not self.doc[i].is_space]
        return "Inf" in verb.morph.get("VerbForm") and " ".join(words) in self.p.grammar.narrative_openers

    def _narrator(self, verb: Any) -> int | None:
        """Who speaks in a narrative infinitive: the subject of the main clause of the sentence before, in the
        same paragraph (« La présidente a visité l'usine. Et d'ajouter : … »), a pronoun resolved as a speaker
        is."""
        n = self.t.sent_no(verb)
        if n == 0 or self.t.para_of_sent[n - 1] != self.t.para_of_sent[n]:
            return None
        root = self.t.sents[n - 1].root
        subject = next((c for c in root.children if self._subject(c) and c.i < root.i), None)
        return self.speaker(subject) if subject is not None else None

    def _says_a_clause(self, cue: Cue) -> bool:
        """Whether what a cue says holds a verb or a quotation, a statement ("adding that the plan …",
        "adding, '…'") rather than a noun phrase ("recalling their first meeting")."""
        if cue.content is None:
            return True
        toks = self.t.span_tokens(*cue.content)
        return toks is not None and any(t.pos_ in {"VERB", "AUX"} or self.t.quoted(t) for t in toks)

    def _continued(self, tok: Any, found: int | None) -> int | None:
        """The speaker of a verb that goes on with words begun ("…, added the former minister",
        "poursuit l'ex-présidente") when the slot is a definite singular description of a person (a
        role or a noun of people) that names no one by name: the verb presupposes its subject has
        just spoken, so the description takes up the named person who spoke last, in this sentence or
        the two before, agreeing in gender — an elegant variation, not a newcomer; not a person the
        text titled otherwise ("Mayor X said …" / "…, added the engineer"). ``found``: the reading so far."""
        if found is not None and self.actors.actors[found].named:
            return found
        word = fold(tok.text)
        if tok.pos_ != "NOUN" or self.p.is_plural(tok) or not (self.p.is_role(word) or word in self.p.persons) \
                or not any(self.p.has(c, "det") and fold(c.text) in self.p.definite for c in tok.children):
            return found
        # the gender the phrase shows: its noun, article and adjectives agreeing ("l'ex-ministre
        # sénégalaise"); none when they disagree (a noun of both genders the tagger gave one)
        genders = {g for t in (tok, *(c for c in tok.children if self.p.has(c, "det") or c.dep_ == "amod"))
                   for g in t.morph.get("Gender")}
        gender = genders.pop() if len(genders) == 1 else None
        n = self.t.sent_no(tok)
        last = next((s for s in reversed(self.state.seen) if s.weight == 3 and s.at < tok.i and s.actor != found),
                    None)
        if last is None or self.t.distance(last.sentence, n) > 2:
            return found
        taken = self.actors.actors[last.actor]
        if taken.kind != "person" or not taken.named or not _agrees(taken, gender, "Sing", self.p.language):
            return found
        titles = {self.p.office(w) for name in taken.names() for w in fold(name).split() if self.p.is_role(w)}
        return found if titles and self.p.office(word) not in titles else last.actor

    def _past_link(self, tok: Any) -> int | None:
        """A subject the parser ran over a link's language tag ("In her post Days of rain [es] the
        blogger Ana Ruiz wrote …"): the words before the tag are the link's text (a title), and
        the subject is the actor named right after it."""
        if "[" not in self.t.text:  # no link's language tag in the article
            return None
        last = tok.right_edge
        tag = LANGUAGE_TAG.search(self.t.text, tok.idx, last.idx + len(last))
        if tag is None:
            return None
        for t in self.doc[self.t.token_from(tag.end()) : last.i + 1]:
            if t.is_space:
                continue
            a = self.actors.at(t.i)
            if a is not None and self.actors.actors[a].named and not self.t.quoted(t):
                return a
            if not (t.is_alpha and t.text.islower() and t.pos_ in {"DET", "NOUN"}):
                return None  # (only an article or a title's noun before the name: "the blogger")
        return None

    def _spoken_for_together(self, tok: Any, a: int) -> list[int]:
        """The bodies coordinated with ``a`` in the complement of the spokes-noun ``tok``
        ("lawyers for X and Y said …", "les avocats de X et d'Y ont annoncé …"): each of them is
        spoken for, and speaks — a conjunct the NER left out here taken by the name it is known by."""
        ats = [t for t in phrase_tokens(tok) if t.i != tok.i and self.actors.at(t.i) == a]
        if not ats or self.actors.actors[a].kind == "person":
            return []
        found: list[int] = []
        for c in (c for t in ats for c in t.conjuncts):
            b = self.actors.at(c.i)
            if b is None and c.pos_ == "PROPN":  # a name the NER missed here, known elsewhere
                b = self.actors.by_name(self.doc[c.left_edge.i : c.i + 1].text)
            if b is not None and b != a and b not in found and self.actors.actors[b].kind != "other" \
                    and not self.t.quoted(c):
                found.append(b)
        return found

    # ------------------------------------------------------------ indirect
    def _indirect(self, cue: Cue, n: int, acting: Cue | None = None) -> None:
        """The claim of ``cue``'s content, by its speakers — or by those of ``acting``, the verb
        of saying the frame ``cue`` qualifies, inside the content."""
        assert cue.content is not None
        if cue.kind == "verb" and self._unasserted(self.doc[cue.i]):
            return
        inside = acting is not None and cue.content[0] <= self.doc[acting.i].idx < cue.content[1]
        speakers = self._speakers(acting) if acting is not None and inside else self._speakers(cue)
        if not speakers:
            return
        start, end = cue.content
        if self._announces_passage(start, end) or self._shown_only(start, end):
            return
        # "… the wrecks which, X said, fishermen fear": the clause before the relative word and the
        # relative clause the incise interrupts are two things said
        rest = self.finder.incised_relative(self.doc[cue.i]) if cue.kind == "verb" else None
        if rest is not None and start < rest[0] <= end:
            toks = self.t.span_tokens(start, rest[0])
            relative = [t for t in toks if fold(t.text) in self.p.grammar.relatives and t.i + 1 < len(self.doc)
                        and self.doc[t.i + 1].text == ","] if toks is not None else []
            if relative and relative[-1].i > toks[0].i:
                before = self.doc[relative[-1].i - 1]
                end = before.idx + len(before)  # up to the word before the relative word
        # a verb that only says, one that judges aloud ("criticised", « a dénoncé ») or one of expression
        # ("expressed disappointment", "a exprimé son soutien") voices its speaker's own words, judgement or
        # state of mind: reported by another ("Radio X
        # reported that a spokesman for Y expressed disappointment"), they are Y's (:func:`_relays`)
        # (the cue of an expression is the noun voiced, its verb the light head)
        verb = self.doc[cue.i]
        voiced = self.finder.light_head(verb) if cue.kind == "verb" else None
        at = -1 if cue.kind != "verb" else verb.idx if self.p.only_says(verb) or self.p.judges_aloud(verb) \
            else voiced.idx if voiced is not None and self.p.expresses(voiced) else -1
        for a in speakers:
            if self._add(a, start, end, "indirect", cue.cue, n, oppose=cue.oppose, allies=tuple(speakers), at=at):
                self._see(a, self.doc[cue.i], 3, self._voice(cue, a))
            if rest is not None and rest[0] >= end:
                self._add(a, rest[0], rest[1], "indirect", cue.cue, n, oppose=cue.oppose, allies=tuple(speakers),
                          at=at)

    def _announces_passage(self, start: int, end: int) -> bool:
        """Whether content ``[start, end)`` runs to a colon and only says what the passage the colon opens is
        about: it opens on the word of an embedded question or of a free relative (``grammar.wh_openers``: "X
        described what happened:", "X explained why Y deserved the prize:", « X raconte ce qui s'est passé : »),
        or it is a noun phrase with no verb that the colon ends its sentence after ("X suggested a possible
        solution:", "X adds another perspective on the bank's blog:", « X propose une solution : »). The
        passage, not the announcement, is what was said."""
        rest = self.t.text[end : end + 40]
        at = end + len(rest) - len(rest.lstrip(" "))
        colon = self.t.span_tokens(at, at + 1) if self.t.text[at : at + 1] == ":" else None
        if colon is None or not len(colon):
            return False
        toks = [t for t in self.t.span_tokens(start, end) or () if not (t.is_space or t.is_punct)]
        words = [fold(t.text) for t in toks[:2]]
        openers = self.p.grammar.wh_openers
        if words and (words[0] in openers or " ".join(words) in openers):
            return True
        sent = self.t.sent(colon[0])
        closing = all(t.is_space or t.is_punct for t in self.doc[colon[0].i + 1 : sent.end])
        # (a content a subordinator opens is a clause, whatever the tagger made of its verb: "X points out that
        # the old capital floods every spring:", "floods" read as a noun)
        before = toks[0].i - 1 if toks else -1
        while before >= 0 and self.doc[before].is_space:
            before -= 1
        subordinate = before >= 0 and fold(self.doc[before].text) in self.p.grammar.marks
        return bool(toks) and closing and not subordinate and not any(t.pos_ in {"VERB", "AUX"} for t in toks)

    def _shown_only(self, start: int, end: int) -> bool:
        """Whether content ``[start, end)`` is a noun phrase headed by a thing shown, not said
        (``grammar.shown_things``: "X tweeted a very graphic photo of …", « X a publié une vidéo de … »): it says
        nothing."""
        span = self.t.span_tokens(start, end)
        if span is None or not len(span):
            return False
        root = span.root
        return root.pos_ == "NOUN" and fold(root.text) in self.p.grammar.shown_things

    def _unasserted(self, verb: Any) -> bool:
        """A verb of saying that reports nothing said: negated ("X did not say that …", "X n'a
        jamais affirmé que …"; its negation may sit on the verb it completes: "X could not
        confirm that …"), in a clause of condition ("if X claimed that …", "si X affirmait
        que …"), or asked about ("Did X say that …?", "X a-t-il dit que … ?"). A verb whose
        negation still reports ("X did not hide that …", "X n'exclut pas que …") is said. So is one in a
        question reported ("… refused to say whether X considered Y an enemy", "… si X estimait que …")."""
        g = self.p.grammar
        subject = next((c for c in verb.children if self.p.has(c, "subject")), None)
        if subject is not None and any(t.i < subject.i and negated_quantifier(t, self.p) for t in subject.subtree):
            return True  # "Not all experts agree that …": some do not; no one asserts it
        if subject is not None and names_no_one(subject, self.p):
            return True  # "No group claimed the attack", « aucun groupe n'a revendiqué … »: no one did
        tok = verb
        outside = not self.t.quoted(verb)
        while True:
            # (a negation in quoted words the parser hung on the verb is the quotation's, not the verb's: « Dans un
            # billet intitulé « La rivière ne nous appartient plus », X estime que … »)
            kids = {fold(c.text) for c in tok.children if not (outside and self.t.quoted(c))}
            if kids & g.negators and (kids & g.negation_clitics or not g.negation_clitics) \
                    and not self.p.keeps_negation(tok):
                return True
            if self._possible_or_undergone(tok):
                return True
            # (a participle the conditional opens is supposed too, whatever the parser hung it on: "the letter, if
            # written by X, …")
            if (self.p.has(tok, "adverbial_clause") or self.p.has(tok, "adnominal")) and any(
                    self.p.has(c, "mark") and fold(c.text) in g.conditionals for c in tok.children):
                return True
            if self.p.has(tok, "clause") and any(
                    self.p.has(c, "mark") and fold(c.text) in g.question_marks for c in tok.children):
                return True  # asked about: "… refused to say whether X considered Y an enemy"
            if not self.p.has(tok, "open_clause") or tok.head.i == tok.i or tok.head.i > verb.i:
                break
            tok = tok.head
        return self.t.asks(self.t.sent(verb))

    def _title(self, first: Any) -> bool:
        """Whether the quotation whose first word is ``first`` is the name of a thing or a body set after the
        common noun of its kind, with its article or its possessor ("the case "X vs. Y"", "le film « … »", "the
        movement "The Civic Front""), or after the name it completes or glosses in parentheses, or its article: a
        title,
        no one's words — not after a text's or a sign's noun ("the message "…"", "the slogan "…""); nor one's own
        name after a verb of naming with a reflexive object ("who calls himself "the battle hamster"")."""
        k = first.i - 1
        # (back over the opening mark, single ones too: "an article entitled 'Farmers Angry Over …'")
        while k >= 0 and self.doc[k].is_punct and self.doc[k].text[:1] in OPENING_QUOTES | _SINGLE_OPENERS:
            k -= 1
        if k < 0 or k == first.i - 1:
            return False
        noun = self.doc[k]
        if self.finder.names_itself(noun.head if noun.pos_ == "PRON" else noun):
            return True
        if noun.text == "(" and k > 0 and self.doc[k - 1].pos_ == "PROPN" and (
                first.text[:1].isupper() or self._fills_parentheses(first)):
            # a name's gloss in parentheses: 'Movimiento Sin Miedo ("Movement without Fear")', and in lower case
            # when the quotation is all the parentheses hold: 'Velmar First ("the party of the people")'
            return True
        if not first.text[:1].isupper():
            return False  # a name opens on a capital ("the case "X vs. Y""; not "the deal "unfair and unworkable"")
        if self._named_before_body_noun(first):
            return True
        # (or after a participle of naming that qualifies a noun before it: "an article entitled "…"", « un
        # billet intitulé « … » », ``grammar.naming_participles``)
        named = fold(noun.text) in self.p.grammar.naming_participles and noun.head.i < noun.i \
            and noun.head.pos_ in {"NOUN", "PROPN"}
        # (or after the common noun of a body, its name in marks: "the movement "The Civic Front"", "the blog "Notes
        # From 2310"", or after a name it completes: "the University of Velmar "Camilo Ruiz"" — capitalised)
        body = noun.pos_ == "NOUN" and noun.text[:1].islower() and self.p.is_body_noun(fold(noun.text))
        # (or a name in marks that is itself the noun of its phrase, right after the article: 'the "Latin Boom"')
        after_name = (noun.pos_ == "PROPN" and noun.text[:1].isupper() and not noun.is_sent_start) \
            or (fold(noun.text) in self.p.definite and noun.pos_ == "DET")
        if not named and not after_name and not (
                (thing_noun(noun, self.p) or body) and fold(noun.text) not in self.p.signs
                and any(self.p.has(c, "det") or self.p.has(c, "possessive") for c in noun.children)):
            return False
        if not named and self.p.has(noun, "object") and self.p.is_reporting_verb(noun.head):
            return False  # "calling the agreements "legitimate …"": what the agreements are called, said
        # the name hangs on the noun and says nothing: no verb in it ("the case "X vs. Y""; not "called the
        # stabbing "an act of barbarity"", "the hobby "stemmed from …"", "les rafales « pourront atteindre … »")
        q = self.t.quote_at(first.idx)
        inside = self.t.span_tokens(q.start, q.end) if q is not None else None
        if inside is None or not len(inside) or any(t.pos_ in {"VERB", "AUX"} for t in inside):
            return False
        proper = (body or (after_name and sum(t.is_alpha for t in inside) <= 4)) \
            and all(t.text[:1].isupper() or not t.is_alpha or t.is_stop for t in inside)
        if after_name and not proper:
            return False
        return named or proper or bool(inside.root.head.i == noun.i)

    def _after_quotation(self, first: Any) -> int | None:
        """The index of the token right after the closing mark of the quotation that ``first`` opens (``len(doc)`` at
        the text's end), or None when no quotation holds ``first``."""
        q = self.t.quote_at(first.idx)
        if q is None:
            return None
        after: int = first.i
        while after < len(self.doc) and self.doc[after].idx <= q.end:  # (q.end: the closing mark)
            after += 1
        return after

    def _fills_parentheses(self, first: Any) -> bool:
        """Whether the quotation that ``first`` opens, after an opening parenthesis, closes right before the closing
        one: all the parentheses hold."""
        after = self._after_quotation(first)
        return after is not None and after < len(self.doc) and str(self.doc[after].text) == ")"

    def _named_before_body_noun(self, first: Any) -> bool:
        """Whether the quotation that ``first`` opens is words in title case right before a body's capitalised noun
        ('the "Politics Can Be Different" Party', 'the "Our Town" Foundation'): the body's name, whatever verb it
        holds; no one's words."""
        q = self.t.quote_at(first.idx)
        inside = self.t.span_tokens(q.start, q.end) if q is not None else None
        if q is None or inside is None or not len(inside) or len(inside) > 6 or any(
                t.is_alpha and not t.text[:1].isupper() for t in inside):
            return False
        after = self._after_quotation(first)
        return after is not None and after < len(self.doc) and self.doc[after].text[:1].isupper() \
            and self.p.is_body_noun(fold(self.doc[after].text))

    def _possible_or_undergone(self, tok: Any) -> bool:
        """Whether the verb ``tok`` is only possible (a modal of possibility, ``grammar.possibility``,
        as its auxiliary or governing it, not in a past: "Owners may argue that …", "X pourra
        contester …", unlike "X a pu affirmer …"), or undergone by its subject (a reflexive passive,
        ``grammar.undergoing``: "X s'est vu reprocher …", "X se verra demander …")."""
        g = self.p.grammar

        def starts(t: Any, stems: tuple[str, ...]) -> bool:
            return bool(stems) and fold(t.text).startswith(stems)

        up = tok.head if self.p.has(tok, "open_clause") and tok.head.i != tok.i else None
        if any(self.p.has(c, "aux") and starts(c, g.possibility) for c in tok.children) \
                or (up is not None and starts(up, g.possibility) and "Past" not in up.morph.get("Tense")
                    and not any(self.p.has(c, "aux") for c in up.children)):
            return True
        holders = [tok, *([up] if up is not None else [])]
        return any(fold(c.text) in g.reflexives for h in holders for c in h.children) and (
            (up is not None and starts(up, g.undergoing)) or any(starts(c, g.undergoing) for c in tok.children))

    # ------------------------------------------------------------ quotations
    def _quote(self, q: Quote, n: int, para: int) -> int | None:
        """Attribute one quotation; returns the index of the cue it used, if any."""
        if q.words(self.t.text) < MIN_QUOTE_WORDS and not self._incised_exclamation(q):
            self._predicate_quote(q, n)
            return None
        para = self.t.para_at(q.start)  # a quotation opening a paragraph may end a parsed sentence
        inside = self.t.span_tokens(q.start, q.end)
        if inside is not None and len(inside) and all(self.actors.at(t.i) is not None for t in inside if t.is_alpha) \
                and self._names_its_actor(inside):
            return None  # a name in quotation marks ("the blog “Open Street”")
        doc = self.doc
        first = self.t.span_tokens(q.start, q.start + 1)
        last = self.t.span_tokens(q.end - 1, q.end)
        if first is None or last is None or not len(first) or not len(last):
            return None
        if self._title(first[0]) or self.finder.names_work(q):
            return None
        s_close = self.t.sent(last[-1])
        cue: Cue | None = None
        incise: Cue | None = None  # a verb of saying right after the quotation
        # after: an incise right after the closing mark (the parser may have cut the sentence
        # before it: ", a-t-elle dit." then opens a sentence of its own)
        limit = s_close.end
        # a quotation broken off on an ellipsis ('"… and its moons..." Roe said') is unfinished:
        # its sentence goes on with the incise, as after a comma
        broken = self.t.text[q.start : q.end].rstrip().endswith("...")
        if limit < len(doc) and (doc[limit].text in {",", "»", "”", '"'} or doc[limit].text[:1].islower() or broken):
            limit = self.t.sent(doc[limit]).end
        k = last[-1].i + 1
        gap = 0
        nxt = next((t for t in doc[k : min(len(doc), k + 3)] if not (t.is_punct or t.is_space)), None)
        stop = next((t for t in doc[k : min(len(doc), k + 3)] if not (t.is_space or t.text in _CLOSING)), None)
        if (self.t.text[q.start : q.end].rstrip().endswith(".") or (stop is not None and stop.text in _STOPS)) \
                and not broken and nxt is not None and nxt.text[:1].isupper():
            # « … tout. » La voisine a dit …: a quotation closed on a full stop and followed by a
            # capital has ended its sentence; an incise would follow a comma ("« … », dit-il"); so has one
            # with its stop right after the closing mark ('described it as "a gift". Leaving later, he said …')
            k = len(doc)
            # — unless that sentence is only who said it (see _incise_sentence)
            cue = incise = self._incise_sentence(first[0], last[-1])
        elif self.t.text[q.start : q.end].rstrip().endswith(("!", "?")) and not broken and nxt is not None \
                and nxt.text[:1].isupper() and s_close.end <= nxt.i:
            # ('"… before the storms!" X wrote …': so is one its exclamation or question mark closed, where the parser
            # ended the sentence with it)
            cue = incise = self._incise_sentence(first[0], last[-1])
            k = len(doc) if cue is not None else k
        while k < min(len(doc), limit + 1) and gap <= 7:
            tok = doc[k]
            if self.t.quoted(tok) or (tok.text in {".", "!", "?"} and gap > 1) or tok.text == ";":
                break  # (a semicolon closes the clause: a verb after it opens another, no incise)
            if tok.pos_ in {"CCONJ", "SCONJ"} or tok.dep_ == "mark":
                # "« … » et a menacé …": a coordinated verb, no incise, the verb before speaks; "« … », tandis
                # que Y a jugé …", "'…,' while Y said …": a verb a conjunction subordinates is in a clause
                # of its own, no incise
                break
            if k in self.by_token and self.by_token[k].kind == "verb":
                if any(c.dep_ in {"mark", "advmod"} and fold(c.text) in self.p.grammar.comparative
                       and not self.t.quoted(c) for c in doc[k].children):
                    # '"…", as cited by a weekly': who passed the words on, not who said them (not a word of the
                    # quotation the parser hung on the verb: « … comme s'il n'y avait rien », a dit X)
                    break
                if self._says_after(self.by_token[k], q):
                    break  # « … », X assure que …: a subject before a verb with words of its own after it, no incise
                cue = self.by_token[k]
                incise = cue
                break
            gap += 0 if tok.is_punct else 1
            k += 1
        if cue is None and k < len(doc):
            # '"…," Valdoria director of the Water League Ana Ruiz said': a long subject before the verb
            # of the incise, opening right after the quotation (and its comma)
            opening = next((t for t in doc[last[-1].i + 1 : min(len(doc), limit + 1)]
                            if not (t.is_punct or t.is_space)), None)
            if opening is not None and not self.t.quoted(opening) and all(  # (only a comma between: no ";")
                    t.text in {",", "»", "”", '"'} or t.is_space for t in doc[last[-1].i + 1 : opening.i]):
                # (not a verb with words of its own after it: "« … », X assure que …" says something else)
                cue = next((c for j in range(opening.i + 1, min(len(doc), limit + 1))
                            if (c := self.by_token.get(j)) is not None and c.kind == "verb"
                            and not self._says_after(c, q)
                            and any(self.p.has(g, "subject") and (
                                        last[-1].i < g.left_edge.i <= opening.i
                                        # (or a subject the parser cut from the title before it, no verb between:
                                        # "Velmar director of the Water League Jin-ho Park said")
                                        or (opening.i < g.i < j and all(
                                            t.pos_ in {"PROPN", "NOUN", "ADJ", "ADP", "DET", "NUM"}
                                            or inner_hyphen(t) or t.lower_ in {"'s", "’s"}
                                            for t in doc[opening.i : j])))
                                    for g in doc[j].children)), None)
            incise = cue
        if cue is None:  # before: "X a déclaré : « … »"
            s_open = self.t.sent(first[0])
            k = first[0].i - 1
            while k >= s_open.start:
                if self.t.quoted(doc[k]):
                    break
                opening = _PAIRED.get(doc[k].text)
                if opening is not None:
                    # a parenthesis or an aside between dashes is a clause apart: its verb
                    # reports its own words, not the quotation after it ("X commented — which
                    # Y called a surprise — « … »": X's words)
                    start = next((j for j in range(k - 1, s_open.start - 1, -1) if doc[j].text in opening), None)
                    if start is not None:
                        k = start - 1
                        continue
                if k in self.by_token and not (self.by_token[k].kind == "verb" and self._unasserted(doc[k])):
                    cue = self.by_token[k]  # (a verb supposed, denied or asked about reports no quotation)
                    break
                k -= 1
            if cue is not None and cue.content is None:
                # 'X said the government had promised aid "and not paid a coin since."': a verb inside what
                # another verb reports, with no words of its own, is told with the quotation — the quotation is
                # the reporting verb's, in the clause it reports
                outer = next((c for c in self.cues if c is not cue and c.kind == "verb" and c.content is not None
                              and c.slots and self._holds(c.content, q)
                              and c.content[0] <= doc[cue.i].idx < c.content[1]), None)
                cue = outer if outer is not None else cue
            colon = self._colon_before(first[0]) if cue is not None and self.p.relays(doc[cue.i]) else None
            relayed = self._relayed_author(self.t.sent(doc[colon]), colon) if colon is not None else None
            if relayed is not None:
                # "X shared a message by Y: « … »", "X a cité la ministre : « … »": the words a verb passes
                # on are their author's, as in a passage after a colon-ended paragraph
                self._see(relayed, first[0], 3)
                self._quoted_by(relayed, q, n, para)
                return None
        if cue is None or not self._speakers(cue, (q.start, q.end)):
            # "Le club a retenu « … » et « … », a précisé X", "Pour X, le club a retenu « … »": a
            # quotation inside what a verb or a frame of its sentence reports is its speaker's
            # (also when the verb next to it names no one: "Pour X, A « … » ; il faut rappeler …")
            cue = next((c for c in self.cues if c.sentence == n and c.content is not None
                        and c.slots and self._holds(c.content, q)), None) or (
                self._opening_frame(n, first[0].i) if cue is not None else None) or cue
        if cue is not None and cue.slots and all(fold(doc[i].text) in self.p.signs for i in cue.slots):
            # '"…," read the banners carried by the protesters': a sign says nothing, who carries it does
            carrier = self._sign_carrier(q)
            if carrier is not None:
                self._add(carrier, q.start, q.end, "direct", cue.cue, n)
                return None
        # words in the first person singular ("je", "I") are one person's: a pronoun of the
        # cue takes up a person, never a body ("« Je ne signerai pas », a-t-il lancé")
        first_person = inside is not None and any(self.t.folded[t.i] in self.p.first_singular for t in inside)
        speakers = self._speakers(cue, (q.start, q.end), first_person) if cue is not None else []
        if speakers and cue is not None and cue.content is not None and self._mixed(q, cue.content):
            return None  # the indirect claim around it is the claim
        if speakers:
            # (words an opposing verb governs oppose as it does: "X a dénoncé un « passage en force »")
            oppose = cue is not None and cue.oppose and self._governed(cue, q)
            for a in speakers:
                self._add(a, q.start, q.end, "direct", cue.cue if cue else "", n, oppose=oppose, allies=tuple(speakers))
                self._see(a, doc[cue.i] if cue else first[0], 3, self._voice(cue, a))
            self._close_open_quotes(speakers, para, cue.cue if cue else "")
            self.state.last_quote = (speakers[0], para)
            self.state.named_since = False
            return cue.i if cue is not None else None
        between = self.t.text[q.end : doc[incise.i].idx] if incise is not None else ""
        if incise is not None and "\n" not in between and (
                self.t.text[q.start : q.end].rstrip().endswith(",") or between.lstrip(" »”\"").startswith(",")) \
                and not any(self.p.pronoun(doc[i]) is not None or fold(doc[i].text) in self.p.clitics
                            for i in incise.slots):
            # '"…," said a protester using a pseudonym': the incise names who speaks, someone this
            # reading does not know — not the last quoted speaker, nor anyone of the discourse
            self.state.named_since = True
            return None
        if cue is not None and cue is not incise and cue.kind == "verb" and cue.i < first[0].i \
                and self.t.sent(doc[cue.i]).start == self.t.sent(first[0]).start and self._unknown_subject(cue):
            # 'The tribunal said: "…"': as in an incise, the verb before the quotation names who speaks by a
            # noun this reading does not know — not the last quoted speaker
            self.state.named_since = True
            return None
        # slogans: "« … », « … », pouvait-on lire sur les pancartes des manifestants"
        carrier = self._sign_carrier(q)
        if carrier is not None:
            self._add(carrier, q.start, q.end, "direct", "", n)
            return None
        # a colon-ended sentence just before introduces it
        prev = self._introducer(first[0])
        if prev is not None:
            self._quoted_by(prev, q, n, para)
            return None
        # continuation of the last quoted speaker of this paragraph
        last_q = self.state.last_quote
        opens_para = self.t.paragraphs[para].start >= q.start - 2
        introduced = self._introduced_after(last[-1]) if opens_para else None
        if introduced is not None:
            self._quoted_by(introduced, q, n, para)
            return None
        newcomer = self._new_subject(first[0], last_q[0] if last_q is not None else None)
        if newcomer is not None:
            self.state.named_since = True
        if last_q is not None and not self.state.named_since and (last_q[1] == para or
                                                                  (opens_para and last_q[1] == para - 1)):
            self._quoted_by(last_q[0], q, n, para)
            return None
        if newcomer is not None and self.actors.actors[newcomer].named \
                and self.actors.actors[newcomer].kind in {"person", "organization"}:
            # "X a pris la parole contre ce « … »": quotation marks in a clause
            # whose subject is a named person or body mark that speaker's words (a state, a
            # group described by a noun do not speak in quotation marks of their own)
            self._quoted_by(newcomer, q, n, para)
            return None
        # a quotation with no cue opening the sentence right after one whose subject is a named
        # person or body, or a group, in the same paragraph, is that subject's words ("X était furieux.
        # « … »", "X, who chairs Y, was angry. \"…\"", "Many residents were angry. \"…\""): the subject of
        # the sentence before is the topic the quotation comments on; so is a named person's across a
        # paragraph, for a quotation that is its whole paragraph
        whole = opens_para and q.end >= self.t.paragraphs[para].end - 3
        topic = self._previous_subject(first[0], n, para, whole)
        if topic is not None:
            self._quoted_by(topic, q, n, para)
            return None
        # a paragraph that is one quotation, with no cue, after a paragraph whose last speech
        # act is someone's ("X warned that …" / "X criticised the plan.") is X's words
        said = self.state.last_said
        # — and so is a quotation with no cue opening the sentence right after X's speech act in
        # the same paragraph ("Y disagreed. « … »", "Y conteste. « … »")
        right_after = said is not None and said[1] == para and self.state.said_sentence == n - 1 \
            and first[0].i <= self.t.sents[n].start + 1
        if (whole or right_after) and said is not None and not self.state.said_since \
                and said[1] in {para, para - 1} and (right_after or said[1] == para - 1):
            self._quoted_by(said[0], q, n, para)
            return None
        identified = self._identified_after(last[-1])
        if identified is not None:
            self._quoted_by(identified, q, n, para)
            return None
        if q.continued:  # its cue may close the quotation paragraphs later
            self.state.open_quotes.append((q, n, para))
        return None

    def _incise_sentence(self, first: Any, last: Any) -> Cue | None:
        """The verb of saying of the sentence right after a quotation that is a whole sentence of its own (from
        ``first`` to ``last``, nothing before it in its sentence) and that its own stop closed, when that
        sentence only says who spoke: the verb is the sentence's main one, asserted, no verb of reply or denial,
        its subject stands before it and opens the sentence, and it reports no words of its own, quoted or not,
        nor announces any with a colon ('"… before the storms!" Port director X wrote on the port's website.'): the
        quotation's incise, whatever stop the quotation ends on — not a sentence after words quoted inside the
        writer's own ('… called it "a scandal". The ministry did not respond.'). (The French parser tends to hang
        the name after a closing « » on the mark itself, leaving such a verb with no subject: no incise then.)"""
        if any(not (t.is_punct or t.is_space) for t in self.doc[self.t.sent(first).start : first.i]):
            return None
        sent = self._sentence_after(last)
        if sent is None or any(self.t.quoted(t) for t in sent if t.is_alpha) or sent[-1].text == ":":
            return None
        root = sent.root
        cue = self.by_token.get(root.i)
        if cue is None or cue.kind != "verb" or cue.content is not None or self._unasserted(root) \
                or self.p.negated(root) or self.p.is_respond_word(root) or self.p.rebuts(root):
            return None  # (a verb of reply or denial in a sentence of its own answers the words before it)
        subject = next((c for c in root.children if self._subject(c) and c.i < root.i), None)
        opening = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if subject is None or opening is None or subject.left_edge.i != opening.i:
            return None
        return cue

    def _says_after(self, cue: Cue, q: Quote) -> bool:
        """Whether ``cue``, a verb after quotation ``q`` with its subject before it, reports words of its own after
        it that no quotation opens (« … », X assure que …): a clause of its own, no incise of ``q`` — unlike
        '"…," X said, "…"', where the second quotation goes on with the first."""
        if cue.content is None or cue.content[0] < q.end \
                or not any(q.end <= self.doc[i].idx and i < cue.i for i in cue.slots):
            return False
        toks = self.t.span_tokens(*cue.content)
        return toks is not None and len(toks) > 0 and not self.t.quoted(toks[0]) and any(
            t.pos_ in {"VERB", "AUX"} and any(self.p.has(c, "subject") for c in t.children) for t in toks)

    def _sentence_after(self, last: Any) -> Any:
        """The sentence right after the one that ends at ``last`` (past its closing marks), in the same paragraph;
        None at a paragraph's end."""
        doc = self.doc
        end = self.t.sent(last).end
        while end < len(doc) and (doc[end].is_punct or doc[end].is_space):
            end += 1
        if end >= len(doc) or "\n" in self.t.text[last.idx : doc[end].idx]:
            return None
        return self.t.sent(doc[end])

    def _identified_after(self, last: Any) -> int | None:
        """Who a sentence right after a quotation that ends its own says the words were: a demonstrative
        subject and a copula, then a verb of saying with its speaker (« « … » C'est ce qu'a affirmé X », '"…"
        That is what X told …') or a noun its participle's agent says ("C'est le constat dressé par X", "That
        was the warning given by X")."""
        doc = self.doc
        sent = self._sentence_after(last)
        if sent is None:
            return None
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if len(words) < 4 or self.t.folded[words[0].i] not in self.p.demonstratives \
                or not (words[1].pos_ == "AUX" or self.p.has(words[1], "aux")):
            return None
        for k in range(sent.start, sent.end):
            c = self.by_token.get(k)
            if c is not None and c.kind == "verb" and not self.t.quoted(doc[k]):
                speakers = self._speakers(c)
                if len(speakers) == 1:
                    return speakers[0]
        agent = next((a for t in sent if self.p.has(t, "adnominal") and (a := self.p.agent_of(t)) is not None), None)
        if agent is None:
            # the noun of words with its owner ('"…" Those were the words of X', « « … » Ce sont les mots de X »)
            nouns = self.p.said_nouns | self.p.retrospective
            agent = next((o for t in sent if t.pos_ == "NOUN" and fold(t.text) in nouns
                          for prep, o in self.p.pp_objects(t) if prep in self.p.grammar.of_preps), None)
        return self.speaker(agent) if agent is not None else None

    def _introduced_after(self, last: Any) -> int | None:
        """The named person a paragraph opening on a quotation with no cue introduces in the sentence right after
        it, as the subject of its main clause, who has said nothing before ('"Every day we lose money." Shop owner X,
        whose shop faces the hospital, is worried.', « « … » Paul Roy, commerçant, est inquiet. »): a feature's way
        to give a new voice its words before its name."""
        sent = self._sentence_after(last)
        if sent is None:
            return None
        if any(self.t.quoted(t) for t in sent if t.is_alpha) or any(
                c.sentence == self.t.sent_no(sent[0]) and c.content is not None for c in self.cues):
            return None  # (a sentence with words of its own, quoted or reported, is dealt with as such)
        root = sent.root
        subject = next((c for c in root.children if (self._subject(c) or self.p.has(c, "passive_subject"))
                        and c.i < root.i), None)
        a = self.actors.at(subject.i) if subject is not None else None
        if a is None or not self.actors.actors[a].named or self.actors.actors[a].kind != "person" \
                or any(c.speaker == a for c in self.out):
            return None
        return a

    def _incised_exclamation(self, q: Quote) -> bool:
        """Whether a quotation too short to be more than a word quoted is a whole utterance: it opens its
        sentence and an incise of saying that ends the sentence follows it (« « Quel gâchis », a-t-elle ajouté »,
        '"Never," she said'), so it is no word quoted inside the writer's sentence."""
        inside = self.t.span_tokens(q.start, q.end)
        if inside is None or not len(inside):
            return False
        sent = self.t.sent(inside[0])
        if any(not t.is_punct for t in self.doc[sent.start : inside[0].i]):
            return False
        j = inside[-1].i + 1
        while j < sent.end and self.doc[j].is_punct:
            j += 1  # the closing mark, a comma, an exclamation mark
        cue = next((c for k in range(j, j + 4) if (c := self.by_token.get(k)) is not None and c.kind == "verb"), None)
        # (the incise ends the sentence: not '"Fate itself," he argued, brought …', words of a sentence that goes on)
        return cue is not None and all(
            t.pos_ in {"AUX", "PRON"} or fold(t.text) in self.p.euphonic or t.is_punct for t in self.doc[j : cue.i]) \
            and not any(t.pos_ in {"VERB", "AUX"} for t in self.doc[cue.i + 1 : sent.end])

    def _quoted_by(self, speaker: int, q: Quote, n: int, para: int) -> None:
        """A quotation with no cue given to ``speaker`` by the discourse, with the paragraphs it
        closes: the last quoted speaker, no one named since."""
        self._add(speaker, q.start, q.end, "direct", "", n)
        self._close_open_quotes([speaker], para, "")
        self.state.last_quote = (speaker, para)
        self.state.named_since = False

    def _governed(self, cue: Cue, q: Any) -> bool:
        """Whether quotation ``q`` lies in the object of the cue's verb ("X a dénoncé un « passage
        en force »", "X slammed the 'reckless' plan")."""
        span = self.t.span_tokens(q.start, q.end)
        if span is None or not len(span):
            return False
        verb = self.doc[cue.i]
        return any(self.p.has(t, "object") and t.head.i == verb.i for t in (span.root, *span.root.ancestors))

    def _close_open_quotes(self, speakers: list[int], para: int, cue: str) -> None:
        """A quotation that goes on over paragraphs is one quotation: the paragraphs left open
        before the one that closes it, each reopened by the next, are its speakers' words."""
        chain: list[tuple[Quote, int, int]] = []
        expected = para - 1
        for item in reversed(self.state.open_quotes):
            if item[2] != expected:
                break
            chain.append(item)
            expected -= 1
        self.state.open_quotes.clear()
        for q, n, _ in reversed(chain):
            for a in speakers:
                self._add(a, q.start, q.end, "direct", cue, n, allies=tuple(speakers))

    def _opening_frame(self, n: int, before: int) -> Cue | None:
        """The source frame opening sentence ``n`` before token ``before`` ("Pour X, …", "For
        X, …"): it qualifies the whole clause it opens, a quotation in it included."""
        start = self.t.sents[n].start
        return next((c for c in self.cues if c.sentence == n and c.kind == "frame" and c.slots
                     and c.i <= start + 1 and c.i < before), None)

    def _previous_subject(self, tok: Any, n: int, para: int, whole: bool = False) -> int | None:
        """The named person or body, or the group, subject of the main clause of the sentence before
        ``tok``'s, when ``tok`` opens its sentence (after its quotation mark) in the same paragraph — or,
        for a quotation that is its whole paragraph (``whole``), a named person's in the paragraph just
        before ("Roe remembers one method her students liked. ¶ '…'" goes on with Roe)."""
        before = self.t.para_of_sent[n - 1] if n > 0 else None
        if n == 0 or tok.i > self.t.sents[n].start + 1 or not (before == para or (whole and before == para - 1)):
            return None
        prev = self.t.sents[n - 1]
        if any(self.t.quoted(t) for t in prev if t.is_alpha):
            return None  # a sentence with quoted words has its own speaker, dealt with before
        root = prev.root
        for c in root.children:
            if not ((self._subject(c) or self.p.has(c, "passive_subject")) and c.i < root.i):
                continue
            a = self.actors.at(c.i)
            if a is None:
                a = next((self.actors.at(g.i) for g in c.children if self.p.has(g, "apposition")
                          and self.actors.at(g.i) is not None), None)
            if a is None and (c.pos_ == "PRON" or (c.pos_ == "NOUN" and self.p.is_role(c.text))):
                # a pronoun or a description as subject carries on the topic it takes up ("X runs a farm.
                # He has lost money. ¶ '…'", "X was less lucky. The retired teacher lost his car. ¶ '…'")
                a = self.speaker(c, person_only=True)
            info = self.actors.actors[a] if a is not None else None
            if info is not None and before != para and not (info.named and info.kind == "person"):
                return None
            if info is not None and info.named and info.kind in {"person", "organization"}:
                return a
            if info is not None and info.kind == "group":
                return a
        return None

    @staticmethod
    def _names_its_actor(inside: Any) -> bool:
        """Whether the words of a quotation that all belong to actors are a proper name ("the
        blog “Open Street”"), not a role noun's phrase: "« Le ministre ment »" says something."""
        return any(t.pos_ == "PROPN" for t in inside)

    def _new_subject(self, tok: Any, speaker: int | None) -> int | None:
        """The actor other than ``speaker`` that the sentence of ``tok`` names before it as the
        subject (or agent) of a clause holding ``tok`` ("Y, président du groupe, est intervenu,
        trouvant « … »"): the quotation is in Y's sentence, the last quoted speaker's turn is
        over (the sentence's discourse is noted only once it is read)."""
        sent = self.t.sent(tok)
        opening = next((t.i for t in self.doc[sent.start : tok.i] if not (t.is_punct or t.is_space)), None)
        for t in self.doc[sent.start : tok.i]:
            a = self.actors.at(t.i)
            if a is None or a == speaker or self.t.quoted(t) or self.actors.actors[a].kind == "other":
                continue
            head = self.actors.mention_head(t)
            # the subject, or a name opening the sentence (the subject's place in both
            # languages, whatever label the parser gave it)
            if not (self.p.has(head, "subject") or self.p.has(head, "agent") or t.i == opening):
                continue
            verb = head.head if head.head.i != head.i else head
            if not any(x.i == tok.i for x in verb.subtree):
                continue
            who = self.speaker(head)  # "her spokesman" speaks for her
            if who is not None and who != speaker and self.actors.actors[who].kind != "other":
                return who
        return None

    def _sign_carrier(self, q: Any) -> int | None:
        """The actor carrying the signs a slogan is read on (see ``CueFinder.sign_carrier``)."""
        tok = self.finder.sign_carrier(q)
        return self.speaker(tok) if tok is not None else None

    def _predicate_quote(self, q: Any, n: int) -> None:
        """A short quotation the speaker's verb governs: "X called the plan « a trap »",
        "X se dit « très inquiet »" — the speaker's own words, however few."""
        span = self.t.span_tokens(q.start, q.end)
        if span is None or not len(span) or q.words(self.t.text) < 2:
            return
        tok = span.root
        for _ in range(3):
            if tok.head.i == tok.i:
                return
            tok = tok.head
            cue = self.by_token.get(tok.i)
            if cue is not None and cue.kind == "verb" and tok.i < span.start:
                for a in self._speakers(cue)[:1]:
                    self._add(a, q.start, q.end, "direct", cue.cue, n, oppose=cue.oppose)
                return

    def _colon_before(self, tok: Any) -> int | None:
        """The colon right before ``tok`` (but for spaces and opening marks), if any."""
        doc = self.doc
        k = tok.i - 1
        while k >= 0 and (doc[k].is_space or doc[k].text in OPENING_QUOTES):
            k -= 1
        return k if k >= 0 and doc[k].text == ":" else None

    def _introducer(self, tok: Any) -> int | None:
        """The speaker of the sentence before ``tok`` when it ends with a colon (same paragraph)."""
        k = self._colon_before(tok)
        return self._intro_speaker(self.t.sent(self.doc[k]), upto=k) if k is not None else None

    def _intro_speaker(self, sent: Any, upto: int) -> int | None:
        if self._introduces_a_thing_shown(sent, upto):
            return None  # "The following photograph by X shows a game:": a picture follows, no words of X's
        example = self._example_before_colon(sent, upto)  # "some disagreed, like Jane Roe:"
        if example is not None:
            return example
        relayed = self._relayed_author(sent, upto)  # "X quoted the governor:", "X shared Y's statement:"
        if relayed is not None:
            return relayed
        cues = [c for c in self.cues if sent.start <= c.i < upto]
        # a cue inside what another cue of the sentence reports is told with it ("X says that readers
        # should expect more:"): the outer cue's speaker introduces the passage, when it has one
        inner = [c for c in cues if any(o is not c and o.content is not None
                                        and o.content[0] <= self.doc[c.i].idx < o.content[1]
                                        and self._reported_by(self.doc[c.i], self.doc[o.i]) for o in cues)]
        # so is a relative clause that says its own words before the colon ("X mentioned the agreement,
        # which stipulates that …:"): its words are given, the passage is the main clause's speaker's (not
        # "X opposed Y, who answered:", whose words are the passage)
        # (and so is a relative clause with a subject of its own, its relative word an object: "X expressed the
        # concerns that many parents share:" — the parents speak no passage)
        inner += [c for c in cues if c not in inner and self.p.has(self.doc[c.i], "relative")
                  and any(o.i < c.i for o in cues) and (
                      (c.content is not None and c.content[1] <= self.doc[upto].idx) or (c.content is None and any(
                          self.p.has(g, "subject") and fold(g.text) not in self.p.grammar.relatives and g.pos_ != "PRON"
                          for g in self.doc[c.i].children)))]
        for c in [*reversed([c for c in cues if c not in inner]), *reversed(inner)]:
            sp = self._speakers(c)
            if sp:
                return sp[0]
        handled = self._handle_before_colon(sent, upto)  # "…, as did Jane Roe (@janeroe):"
        if handled is not None:
            return handled
        source = self._source_before_colon(sent, upto)  # "From their blog post:"
        if source is not None:
            return source
        document = self._document_taken_up(sent)  # "X posted a statement by Y. It reads:"
        if document is not None:
            return document
        # "Jane Roe : « … »": a name alone before the colon
        words = [t for t in self.doc[sent.start : upto] if not t.is_space and not t.is_punct]
        only = self._one_name(words)
        if only is not None and self.actors.actors[only].kind != "other":
            return only
        # the subject of the clause before the colon, when the parser made the quotation's verb the root and
        # hung that clause under it ('X remains cautious: "Nothing is decided."'); else the subject of the
        # sentence's main verb
        heads = [t for t in self.doc[sent.start : upto] if t.pos_ in {"VERB", "AUX"} and t.head.i >= upto]
        for head in [*heads, sent.root]:
            for c in head.children:
                if self.p.has(c, "subject") and (c.i < upto or head.i == sent.root.i):
                    a = self.speaker(c)
                    if a is None:
                        a = self._titled_conjunct(c)
                    if a is not None:
                        return a
        # the subject of a clause all before the colon, whatever word the parser hung it on (« Son
        # collègue X est d'accord : « … » », the copula's predicate taken for a preposition)
        for c in self.doc[sent.start : upto]:
            if self.p.has(c, "subject") and c.head.i < upto and (a := self.speaker(c)) is not None:
                return a
        return self._more_of_the_same(sent, words)

    def _introduces_a_thing_shown(self, sent: Any, upto: int) -> bool:
        """Whether the clause before a colon at ``upto`` is a verb of showing (``verbs.showing``) with a thing shown
        for subject (``grammar.shown_things``: "The following photograph by X shows a game:", « La photo suivante
        de X montre … : ») and no cue hung on it: it announces that thing, not words."""
        root = sent.root
        if root.i >= upto or not self.p.shows(root) or any(
                c.i < upto and self.doc[c.i].head.i == root.i for c in self.cues if c.kind == "verb" and c.i != root.i):
            return False
        return any(self.p.has(c, "subject") and c.pos_ == "NOUN" and fold(c.text) in self.p.grammar.shown_things
                   for c in root.children)

    def _titled_conjunct(self, tok: Any) -> int | None:
        """The person a bare title noun is coordinated with when the parser made the first of two titles the
        subject ("Engineer and blogger Ana Velo took a different line:"): a singular noun of a role or a trade with
        no determiner names no one alone, the named person after it is who it describes."""
        if self.actors.at(tok.i) is not None or not self.p.bare_title(tok):
            return None
        found = self._distinct_actors([g for g in tok.subtree if self.p.has(g, "conj")], named_persons=True)
        return found[0] if len(found) == 1 else None

    def _one_name(self, words: list[Any]) -> int | None:
        """The actor ``words`` all name, when they are one actor's name and nothing else."""
        named = {self.actors.at(t.i) for t in words}
        return named.pop() if len(named) == 1 and None not in named else None

    def _reported_by(self, verb: Any, outer: Any) -> bool:
        """Whether ``verb`` stands in what ``outer`` reports: below it in the tree, through no relative or
        adnominal clause (not "X opposed Y, who had answered:", where Y's verb only qualifies Y)."""
        tok = verb
        while tok.i != outer.i:
            if self.p.has(tok, "relative") or self.p.has(tok, "adnominal") or tok.head.i == tok.i:
                return False
            tok = tok.head
        return True

    def _more_of_the_same(self, sent: Any, words: list[Any]) -> int | None:
        """A colon-ended sentence that names no one and announces more of a text ("Some excerpts:",
        "More about their plans:", "Extraits :", ``grammar.excerpt_nouns``) introduces more words of the
        writer last quoted in a passage, in this paragraph or the three before: no new source, the same."""
        if not self._announces_more(sent, words):
            return None
        last = self.state.last_quote
        para = self.t.para_of_sent[self.t.sent_no(sent[0])]
        return last[0] if last is not None and 0 <= para - last[1] <= 3 else None

    def _announces_more(self, sent: Any, words: list[Any] | None = None) -> bool:
        """Whether ``sent`` names no one and announces more of a text (``grammar.excerpt_nouns``)."""
        words = [t for t in sent if not t.is_space and not t.is_punct] if words is None else words
        return any(self.t.folded[t.i] in self.p.grammar.excerpt_nouns for t in words) \
            and not any(self.actors.at(t.i) is not None for t in words)

    def _relayed_author(self, sent: Any, upto: int) -> int | None:
        """The one whose words a verb that passes words on (``verbs.relaying``) takes as its
        object, in a sentence that introduces a passage: a speaker named as the object ("X quoted
        the governor:", "X a retweeté la ministre :"), or the author of a text named as the object
        ("X shared the ministry's statement:", "X a partagé le communiqué du syndicat :") — the
        passage is theirs, not the relay's. A thing shared ("a photo") names no author: the relay
        writes."""
        for verb in self.doc[sent.start : upto]:
            if not self.p.relays(verb):
                continue
            for obj in verb.children:
                if not self.p.has(obj, "object") or obj.i < verb.i:
                    continue
                if fold(obj.text) in self.p.statement_nouns and obj.pos_ == "NOUN":
                    # its author by a complement of source ("a statement from the governor", "un message
                    # de la ministre", "by Y"), a role taken up as a speaker slot is; else as for any statement
                    g = self.p.grammar
                    preps = g.source_preps | g.agent_preps | g.of_preps
                    author = next((a for prep, n in self.p.pp_objects(obj) if prep in preps
                                   and (a := self.speaker(n)) is not None), None)
                    if author is None:
                        author = self._author(obj)
                    if author is not None and any(self.p.has(c, "subject") and self.actors.at(c.i) == author
                                                  for c in verb.children):
                        continue  # "X released a statement:": X's own text, X speaks (the cue's reading)
                else:  # the one named as the object, in apposition to it ("the opposition leader, X") or
                    # right after it, a title's name ("la gouverneure X")
                    # (not a name inside the object's phrase: "cites a video of X" shows X, the relay writes)
                    named = (obj, *(c for c in obj.children if self.p.has(c, "apposition")
                                    or (c.i == obj.i + 1 and c.pos_ == "PROPN")))
                    author = next((a for t in named if (a := self.actors.at(t.i)) is not None
                                   and self.actors.actors[a].named), None)
                if author is not None and self.actors.actors[author].kind != "other":
                    return author
        return None

    def _document_taken_up(self, sent: Any) -> int | None:
        """"X posted a statement by Y on the events. It concludes:" — a singular pronoun subject
        taking up a statement noun (``statement_nouns``) of the sentence before, in the same
        paragraph and agreeing with it, gives the statement's author: the block after the colon
        is the document's words."""
        n = self.t.sent_no(sent.root)
        subject = next((c for c in sent.root.children if self.p.has(c, "subject")), None)
        pron = self.p.pronoun(subject) if subject is not None else None
        if pron is None or pron.number == "Plur" or not self._follows_in_paragraph(n):
            return None
        for tok in self.t.sents[n - 1]:
            if tok.pos_ != "NOUN" or fold(tok.text) not in self.p.statement_nouns or self.p.is_plural(tok) \
                    or self._gender_clash(pron, tok):
                continue
            author = self._in_phrase(tok)
            if author is not None and self.actors.actors[author].kind != "other":
                return author
        return None

    def _handle_before_colon(self, sent: Any, upto: int) -> int | None:
        """"… in line with the view of Jane Roe (@janeroe):" — a named person given with their
        account's handle in parentheses, last before the colon, is who the block after it
        quotes (a post shown under its author's name and handle)."""
        found = self._last_named_before_colon(sent, upto)
        if found is None or not found[2] or self.actors.actors[found[0]].kind != "person":
            return None
        return found[0]

    def _example_before_colon(self, sent: Any, upto: int) -> int | None:
        """"Some users disagreed, like Jane Roe (@janeroe):" — a named person or body given
        as an example of those who spoke ("like", "such as", "comme", "notamment" …), last in
        the sentence but for a parenthesis, is who the block after the colon quotes."""
        found = self._last_named_before_colon(sent, upto)
        if found is None or self.actors.actors[found[0]].kind == "other":
            return None
        who, k = found[0], found[1]
        while k > sent.start and self.actors.at(k - 1) == who:
            k -= 1
        before = " ".join(fold(t.text) for t in self.doc[max(sent.start, k - 2) : k])
        return who if any(before == w or before.endswith(" " + w) for w in self.p.examples) else None

    def _last_named_before_colon(self, sent: Any, upto: int) -> tuple[int, int, bool] | None:
        """The named actor whose mention ends sentence ``sent`` (its tokens before ``upto``) before
        its colon, but for the parentheses at its end (a handle, a language tag: set aside): that
        actor, the index of the mention's last token, and whether one of those parentheses holds an
        account's handle ("@"); None when no named actor ends it."""
        text = self.t.parsed
        stop = self.doc[upto - 1].idx + len(self.doc[upto - 1]) if upto > sent.start else sent.start_char
        head = text[sent.start_char : stop].rstrip().rstrip(":").rstrip()
        handle = False
        while (found := _PARENTHESIS_AT_END.search(head)) is not None:
            handle = handle or "@" in found.group()
            head = head[: found.start()]
        if not head:
            return None
        last = self.t.span_tokens(sent.start_char + len(head) - 1, sent.start_char + len(head))
        who = self.actors.at(last[-1].i) if last is not None and len(last) else None
        if who is None or not self.actors.actors[who].named:
            return None
        return who, last[-1].i, handle

    # ------------------------------------------------------------ blocks
    def _blocks(self) -> dict[int, tuple[int | None, str, int]]:
        """Paragraphs that are someone's words: after a colon-ended paragraph whose last
        sentence has a speaker (resolved when the reading reaches it: the sentence number is
        kept), or "Name: …" (the speaker is known)."""
        out: dict[int, tuple[int | None, str, int]] = {}
        paras = self.t.paragraphs
        k = 0
        while k < len(paras):
            if paras[k].end <= self.t.body:
                k += 1
                continue
            label = self._label_speaker(k)
            if label is not None:
                out[k] = (label, "label", -1)
                # "@name: <text in another language>" then its translation: the same words
                nxt = k + 1
                if self.t.foreign(k) and self._translation_at(nxt):
                    out[nxt] = (label, "translation", -1)
                    k += 1
                k += 1
                continue
            body = self.t.para_text(k).rstrip()
            intro = self._narration_before_foreign(k) if not body.endswith(":") else None
            if intro is not None:
                out[k + 1] = (None, "block", intro)
                after = k + 2
                if self._translation_at(after) and not self._sourced(after):
                    out[after] = (None, "block", intro)  # its translation
                    after += 1
                k = after
                continue
            if body.endswith(":") and k + 1 < len(paras) and not self._salutation(body):
                sent = self.t.sents[paras[k].last_sent]
                if self._may_introduce(sent):
                    j = k + 1
                    previous_foreign = False
                    # words quoted in another language over several paragraphs, then translated:
                    # the translation runs over as many paragraphs as the original (a paragraph
                    # naming a source of its own is the writer's again)
                    original = rendered = 0
                    elided = False
                    while j < len(paras) and self._label_speaker(j) is None:
                        text = self.t.para_text(j).rstrip()
                        if j == k + 1 and self._salutation(text) and j + 1 < len(paras):
                            # "Dear President Roe:": the letter opens on who it is addressed to, and goes on
                            elided = True
                            j += 1
                            continue
                        if _LEFT_OUT.fullmatch(text) and j + 1 < len(paras):
                            # "[…]" alone: words left out of the passage, which goes on after the mark
                            elided = True
                            j += 1
                            continue
                        foreign = self.t.foreign(j)
                        if j > k + 1 and self._opens_on_a_speaker(j):
                            break  # "Dave Roe then suggests …": the writer tells another's words again
                        if j > k + 1 and not (previous_foreign or elided or self._deictic(j) or self._bracketed(j)
                                              or self._next_item(j) or (
                                ((not foreign and rendered < original) or self._opens_quoted(j))
                                and not self._sourced(j))):
                            break
                        if fold(text.strip(" ,.!")) in self.p.grammar.valedictions:
                            break  # "Yours sincerely": the letter is over, its signature says nothing
                        if _credit_line(text):
                            break  # "– Jane Roe, the agency": the quotation's credit, no words of its own
                        if fold(text.split(":", 1)[0].strip(" *[]()")) in self.p.grammar.editorial_marks:
                            break  # "UPDATE: …": the writer takes the word again
                        if text.startswith(_FOOTNOTE_MARKS):
                            break  # "* Fifty cents are …": the writer's footnote, after the passage
                        if text.endswith(":") and self._may_introduce(self.t.sents[paras[j].last_sent]):
                            break  # an introduction of its own, its speaker named: the block before it is empty
                        out[j] = (None, "block", paras[k].last_sent)
                        if foreign and not rendered:
                            original += 1
                        elif not foreign:
                            rendered += 1
                        previous_foreign = foreign
                        elided = False
                        if text.endswith(":") and not (foreign and j + 1 < len(paras) and self.t.foreign(j + 1)):
                            break  # (a colon inside a passage quoted in another language, more of it after, is its own)
                        j += 1
                    k = j
                    continue
            if k + 1 < len(paras) and self._report_wanting_words(k) and self._bare_passage(k + 1):
                # "Blogger X wrote on his blog." then a paragraph: the verb of writing that ends the paragraph
                # with no words of its own has the next paragraph for them, as after a colon
                out[k + 1] = (None, "block", paras[k].last_sent)
                k += 2
                continue
            k += 1
        # a paragraph followed by the signature of an embedded post, a credit line that names someone with a
        # handle ("— Jane Roe (@jroe) March 3, 2021"), is that one's words, when nothing introduced it
        for j in range(1, len(paras)):
            credit = self.t.para_text(j).rstrip()
            if j - 1 in out or j in out or paras[j - 1].start < self.t.body or not _credit_line(credit) \
                    or not _HANDLE_CREDIT.search(credit) or _credit_line(self.t.para_text(j - 1)):
                continue
            credited = self._credited(j)
            if credited is not None:
                out[j - 1] = (credited, "block", -1)
        return out

    def _next_item(self, j: int) -> bool:
        """Whether paragraph ``j`` opens on the number after the one the paragraph before it opens on ("1. …", then
        "2. …"): the next item of a numbered list the passage quotes, as much its words as the first."""
        this, before = _ITEM.match(self.t.para_text(j)), _ITEM.match(self.t.para_text(j - 1))
        return this is not None and before is not None and int(this.group(1)) == int(before.group(1)) + 1

    def _para_tokens(self, k: int) -> Any:
        """The tokens of paragraph ``k``, from its first sentence to its last."""
        p = self.t.paragraphs[k]
        return self.doc[self.t.sents[p.first_sent].start : self.t.sents[p.last_sent].end]

    def _report_wanting_words(self, k: int) -> bool:
        """Whether paragraph ``k`` ends on a sentence whose verb of writing (``verbs.writing``) has a
        speaker and no words of its own, nor any quotation in the sentence ("Blogger X wrote on his blog.",
        « La blogueuse X a écrit sur Facebook. »): the words it reports follow."""
        p = self.t.paragraphs[k]
        if p.start < self.t.body or self.t.para_text(k).rstrip().endswith((":", "?", "!")):
            return False
        sent = self.t.sents[p.last_sent]
        if any(self.t.quoted_at(t.i) for t in sent):
            return False
        cues = [c for c in self.cues if sent.start <= c.i < sent.end]
        return not any(c.content is not None for c in cues) and any(
            c.kind == "verb" and c.slots and not c.oppose and self.p.writes(self.doc[c.i])
            and not self._unasserted(self.doc[c.i]) and self._reports_an_act_of_writing(self.doc[c.i]) for c in cues)

    def _reports_an_act_of_writing(self, verb: Any) -> bool:
        """Whether a verb of writing tells an act whose words may follow: not one in a relative clause, which
        describes its subject's habits ("X, who also blogs at …"), nor one with an object that is no text ("has been
        posting live feeds"): "X wrote on his blog.", "X posted a message on Facebook." """
        if any(self.p.has(t, "relative") or self.p.has(t, "adnominal") for t in (verb, *verb.ancestors)):
            return False
        return all(fold(c.text) in self.p.statement_nouns for c in verb.children if self.p.has(c, "object"))

    def _bare_passage(self, k: int) -> bool:
        """Whether paragraph ``k`` may be words reported before it with no colon: no "Name:" line, no introduction
        ending on a colon, no credit line, no speaker named at its opening, no quotation of its own."""
        text = self.t.para_text(k).rstrip()
        return self._label_speaker(k) is None and not text.endswith(":") and not _credit_line(text) \
            and not self._opens_on_a_speaker(k) and not any(self.t.quoted_at(t.i) for t in self._para_tokens(k))

    def _credited(self, k: int) -> int | None:
        """The named person or body a credit line ``k`` gives, its first actor; None when it names none."""
        for tok in self._para_tokens(k):
            a = self.actors.at(tok.i)
            if a is not None and self.actors.actors[a].named \
                    and self.actors.actors[a].kind in {"person", "organization"}:
                return a
        return None

    def _salutation(self, text: str) -> bool:
        """Whether a paragraph is a letter's salutation: a few words opening on a word of salutation and
        ending on a colon or a comma (``grammar.salutations``: "Dear President Roe:", « Chère Madame Roe, »)."""
        words = text.split()
        return 1 < len(words) <= 6 and text.endswith((":", ",")) \
            and fold(words[0]) in self.p.grammar.salutations and words[1][:1].isupper()

    def _translation_at(self, k: int) -> bool:
        """Whether paragraph ``k`` may be the translation of the words in another language just before it: in
        the article's language, no "@name:" line of its own, no introduction ending on a colon."""
        return k < len(self.t.paragraphs) and not self.t.foreign(k) and self._label_speaker(k) is None \
            and not self.t.para_text(k).rstrip().endswith(":")

    def _narration_before_foreign(self, k: int) -> int | None:
        """Words in another language after a paragraph ``k`` of the writer's that ends with no colon are quoted
        all the same (a writer never narrates in another language): the sentence of ``k`` that first names
        someone who may speak (:meth:`_may_introduce`) introduces them, or None. Not a credit line, nor a
        paragraph too short to tell its language."""
        paras = self.t.paragraphs
        if k + 1 >= len(paras) or paras[k].start < self.t.body or self.t.foreign(k) \
                or not self.t.foreign(k + 1, words=12) or self._label_speaker(k + 1) is not None \
                or _credit_line(self.t.para_text(k + 1).rstrip()):
            return None
        return next((m for m in range(paras[k].first_sent, paras[k].last_sent + 1)
                     if self._may_introduce(self.t.sents[m])), None)

    def _bracketed(self, k: int) -> bool:
        """Whether paragraph ``k`` is all in brackets, "(…)" or "[…]": the writer's rendering of the passage just
        quoted (a translation, a gloss), set apart so — part of the passage, not the writer's narration."""
        text = self.t.para_text(k).strip().rstrip(".")
        return len(text) > 2 and text[0] in "([" and text[-1] == {"(": ")", "[": "]"}[text[0]] \
            and text.count(text[0]) == 1

    def _opens_quoted(self, k: int) -> bool:
        """Whether paragraph ``k`` opens on a quotation, as the block before it did (the words
        quoted in marks, then in translation in marks again; a paragraph starts at its first
        visible character)."""
        p, before = self.t.paragraphs[k], self.t.paragraphs[k - 1]
        return all(self.t.text[q.start : q.end][:1] in OPENING_QUOTES
                   for q in (p, before))  # (q: a paragraph)

    def _opens_on_a_speaker(self, k: int) -> bool:
        """Whether paragraph ``k`` opens on a speaker named by a proper name, the slot of a cue of its
        first sentence ("Dave Roe then suggests …", "Selon Jane Roe, …"): the writer telling someone's
        words, not more of a passage quoted before, in the first person or not."""
        p = self.t.paragraphs[k]
        first = self.t.sents[p.first_sent]
        start = next((t.i for t in first if not (t.is_space or t.is_punct)), first.start)
        for c in self.cues:
            if c.sentence != p.first_sent:
                continue
            for i in c.slots:
                tok = self.doc[i]
                a = self.actors.at(tok.i)
                if a is not None and self.actors.actors[a].named and not self.t.quoted(tok) and (
                        tok.left_edge.i <= start + 2 or self._subject_after_short_phrase(c, tok, start)):
                    return True
        return False

    def _subject_after_short_phrase(self, cue: Cue, tok: Any, start: int) -> bool:
        """Whether the speaker slot ``tok`` is the subject of the cue's verb with only a short phrase set before it by
        a comma ("In fact, X had written: …", « En réalité, X avait écrit : … »): the sentence still opens on its
        speaker."""
        lead = [t for t in self.doc[start : tok.left_edge.i] if not t.is_space]
        return cue.kind == "verb" and self.p.has(tok, "subject") and 1 < len(lead) <= 5 and lead[-1].text == "," \
            and not any(t.text == "," for t in lead[:-1]) and not any(t.pos_ in {"VERB", "AUX"} for t in lead)

    def _sourced(self, k: int) -> bool:
        """Whether paragraph ``k`` has a cue of its own whose speaker slot names an actor."""
        p = self.t.paragraphs[k]
        return any(p.first_sent <= c.sentence <= p.last_sent and any(
            self.actors.at(t.i) is not None for i in c.slots for t in phrase_tokens(self.doc[i])) for c in self.cues)

    def _source_phrase(self, sent: Any, upto: int) -> Any:
        """The noun of a text or of a place of publishing that a sentence made only of a prepositional phrase names
        with its possessor before its colon ("From their blog post:", "From the project's website:", « Sur son
        site : »): the passage is the possessor's words. None for any other sentence."""
        words = [t for t in self.doc[sent.start : upto] if not (t.is_space or t.is_punct)]
        if not 3 <= len(words) <= 6 or words[0].pos_ != "ADP" or any(t.pos_ in {"VERB", "AUX"} for t in words):
            return None
        noun = words[-1]
        word = fold(noun.text)
        if noun.pos_ != "NOUN" or (word not in self.p.statement_nouns and word not in self.p.grammar.medium_nouns):
            return None
        return noun if any(self._names_possessor(c) for c in noun.children) else None

    def _names_possessor(self, tok: Any) -> bool:
        """Whether ``tok`` names the possessor of the noun it depends on: a possessive ("their", "the project's")
        or an "of"/"de" complement ("de la société")."""
        return self.p.has(tok, "possessive") or (self.p.has(tok, "det") and fold(tok.text) in self.p.possessives) \
            or any(self.p.has(g, "case") and fold(g.text) in self.p.grammar.of_preps for g in tok.children)

    def _source_before_colon(self, sent: Any, upto: int) -> int | None:
        """Who speaks in the passage a source phrase introduces (``_source_phrase``): its possessor, found as the owner
        of a place one publishes on is (``_medium_owner``)."""
        noun = self._source_phrase(sent, upto)
        return self._medium_owner(noun, False) if noun is not None else None

    def _may_introduce(self, sent: Any) -> bool:
        """Whether a sentence names someone who may speak: a cue with a speaker slot, or a
        subject that is an actor; or announces more of a text quoted before ("Some excerpts:")."""
        if any(sent.start <= c.i < sent.end and c.slots for c in self.cues):
            return True
        if self._example_before_colon(sent, sent.end) is not None \
                or self._handle_before_colon(sent, sent.end) is not None or self._document_taken_up(sent) is not None \
                or self._source_phrase(sent, sent.end) is not None:
            return True
        if self._one_name([t for t in sent if not (t.is_punct or t.is_space)]) is not None:
            return True  # "Evgeny:" alone, a dialogue's line: the name is who speaks
        # (or a pronoun of a person: "…, he makes a stinging attack on the minister:" — resolved as any speaker)
        return any(self.p.has(c, "subject") and (any(self.actors.at(t.i) is not None for t in c.subtree)
                                                 or self.p.personal(c))
                   for c in sent.root.children) or self._announces_more(sent)

    def _bare_label(self, k: int) -> re.Match[str] | None:
        """Paragraph ``k`` opening on one name without "@" and a colon of either width ("林乔：…")."""
        p = self.t.paragraphs[k]
        bare = _BARE_LABEL.match(self.t.text, p.start, p.end)
        return bare if bare is not None and not bare.group(1).startswith("@") else None

    def _label_speaker(self, k: int) -> int | None:
        p = self.t.paragraphs[k]
        bare = self._bare_label(k)
        if bare is not None:
            # "林乔：…" before "@林乔: …": an account's name without its "@", as a network that writes
            # no space before the full-width colon shows it, opens its words in their language
            who = self.actors.by_name("@" + bare.group(1))
            if who is not None and self.actors.actors[who].kind == "person" and wordy(bare.group(2)):
                return who
        # (the paragraph's first words, whatever sentences the splitter cut them into: "@jroe" alone, then ":")
        first = self.t.sents[p.first_sent]
        toks = [t for t in self.doc[first.start : min(first.start + 12, len(self.doc))]
                if not t.is_space and t.idx < p.end][:6]
        for j, t in enumerate(toks):
            if t.text.lstrip(")") in {":", "："} and j > 0:
                # (the name's initials in parentheses may stand before the colon: "Jana Roe (JR): …")
                a = self.actors.at(toks[0].i)
                if a is not None and all(self.actors.at(x.i) == a or x.text in {"(", ")"} for x in toks[:j]):
                    rest = self.t.text[t.idx + len(t.text) : p.end]
                    return a if wordy(rest) else None
                return None
        opening = self._handle_opening(k)
        return opening[0] if opening is not None else None

    def _handle_opening(self, k: int) -> tuple[int, int] | None:
        """Paragraph ``k`` opening on an account's handle and its words with no colon between ("@jroe the bridge
        is closed again"), as posts are copied one per paragraph: the handle's post, its words after the handle —
        when the paragraph stands among posts (the one before ends on a colon, or the one before or after opens on a
        handle and words too), the handle is a person's account, and no verb of saying follows the handle ("@jroe
        says …" is the writer's narration): the account and where its words start."""
        found = self._handle_words(k)
        if found is None:
            return None
        handle, start = found
        who = self.actors.by_name(handle)
        if who is None or self.actors.actors[who].kind != "person":
            return None
        before = self.t.para_text(k - 1).rstrip() if k > 0 else ""
        if not (before.endswith((":", "：")) or self._handle_words(k - 1) is not None
                or self._handle_words(k + 1) is not None):
            return None
        first = self.t.span_tokens(start, start + 1)
        if first is None or not len(first) or (first[0].pos_ == "VERB" and self.p.is_reporting_verb(first[0])):
            return None
        return who, start

    def _handle_words(self, k: int) -> tuple[str, int] | None:
        """The handle that paragraph ``k`` opens on and where the words after it start, when words follow it with
        no colon."""
        if not 0 <= k < len(self.t.paragraphs) or self.t.paragraphs[k].end <= self.t.body:
            return None
        p = self.t.paragraphs[k]
        found = _HANDLE_OPENING.match(self.t.text, p.start, p.end)
        return (found.group(1), found.end()) if found is not None and wordy(self.t.text[found.end() : p.end]) else None

    def _relayed(self, start: int, end: int, speaker: int | None) -> tuple[int, int | None]:
        """A post that relays another's ("RT @name: …", the convention of a repost) gives the
        relayed account's words, when that account is an actor."""
        found = _repost_opening(self.p.relay_marks).match(self.t.text, start, end)
        who = self.actors.by_name(found.group(1)) if found else None
        return (found.end(), who) if found and who is not None else (start, speaker)

    def _label_body(self, k: int) -> tuple[int, int]:
        p = self.t.paragraphs[k]
        bare = self._bare_label(k)
        if bare is not None:
            return bare.start(2), p.end
        opening = self._handle_opening(k)
        if opening is not None:
            return opening[1], p.end
        colon = min(x for x in (self.t.text.find(c, p.start, p.end) for c in ":：") if x >= 0)
        return colon + 1, p.end

    def _deictic(self, k: int) -> bool:
        p = self.t.paragraphs[k]
        words = {fold(w).strip(".,;:!?\"'«»“”") for w in self.t.text[p.start : p.end].split()}
        # (and the elided clitic that opens a word: « j'ai », « m'a » hold « j' », « m' »)
        words |= {w[: w.index("'") + 1] for w in words if 0 < w.find("'") < len(w) - 1}
        hits = words & self.p.deixis
        if not hits:
            return False
        # (not a word that is also a common noun, read only as one: "the mine would bring jobs")
        homographs = hits & self.p.grammar.deixis_homographs
        if not homographs:
            return True
        tokens = list(self._para_tokens(k))
        nouns = {fold(t.text) for t in tokens if t.pos_ in {"NOUN", "PROPN"}} \
            - {fold(t.text) for t in tokens if t.pos_ not in {"NOUN", "PROPN"}}
        return bool(hits - (homographs & nouns))

    # ------------------------------------------------------------ cleanup
    def _pull_quote(self, c: ClaimRecord) -> bool:
        """Whether claim ``c`` is a quotation given no cue that is its paragraph's whole text, with no full stop
        after it: a heading that pulls out words quoted later in the article (« Nous allons gagner ce combat » over
        the section where someone says « … nous allons gagner ce combat »)."""
        if c.kind != "direct" or c.cue:
            return False
        p = self.t.paragraphs[self.t.para_at(c.start)]
        text = self.t.text[p.start : p.end].strip()
        return len(text) > 2 and text[0] in OPENING_QUOTES and text[-1] not in ".!?…" and c.end <= p.end

    def _pulled(self, claims: list[ClaimRecord]) -> list[ClaimRecord]:
        """Claims with a pull quote (``_pull_quote``) given to the speaker of the later claim that repeats its
        words, not to whoever spoke before the heading."""
        out = []
        for c in claims:
            later = None
            if self._pull_quote(c):  # (the words folded only for a pull quote, not for every claim)
                words = fold(self.t.text[c.start : c.end]).strip(" .,!?…")
                later = next((o for o in claims if o.start > c.end and len(words) >= 8
                              and words in fold(self.t.text[o.start : o.end])), None)
            out.append(replace(c, speaker=later.speaker) if later is not None else c)
        return out

    def _dedupe(self) -> tuple[ClaimRecord, ...]:
        out: list[ClaimRecord] = []
        pulled = self._pulled(self.out)
        kept = [o for o in pulled if not any(_relays(o, c) for c in pulled)]

        def rank(c: ClaimRecord) -> tuple[int, int]:
            short = c.kind == "direct" and len(self.t.text[c.start : c.end].split()) < 5
            return (2 if short else 0 if c.kind == "direct" else 1), -(c.end - c.start)

        for c in sorted(kept, key=rank):
            clash = False
            for o in out:
                overlap = min(c.end, o.end) - max(c.start, o.start)
                if overlap > 0 and overlap >= 0.5 * min(c.end - c.start, o.end - o.start) and (
                        o.speaker == c.speaker or c.kind != o.kind or not c.allies or o.speaker not in c.allies):
                    clash = True
                    break
            if not clash:
                out.append(c)
        return tuple(sorted(out, key=lambda c: (c.start, c.speaker)))


_TAGS = re.compile(r"^[#@][\w-]+")
_PARENTHESIS_AT_END = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
# marks that open a footnote of the writer's ("* …", "† …"): no passage quoted before goes on there
_FOOTNOTE_MARKS = ("*", "†", "‡")
# a paragraph opening on one name and a colon, ASCII or full width ("林乔：…", "lin_qiao: …")
_BARE_LABEL = re.compile(r"\s*([^\s:：]{1,40})\s*[:：]\s*(\S.*)", re.S)
# a paragraph opening on an account's handle followed by its words, no colon between ("@jroe the bridge is …"; not
# "@jroe : …", the French spacing of a label's colon)
_HANDLE_OPENING = re.compile(r"\s*(@\w{1,30})[ \t]+(?=[^\s:：])")


def _relays(outer: ClaimRecord, inner: ClaimRecord) -> bool:
    """Whether ``outer`` only passes on ``inner``, a report whose verb of saying and content lie in
    ``outer``'s content: in "Reuters reported that a ministry spokesman said the talks had failed",
    the spokesman's words are the claim, not Reuters' account that he said them (a relay that
    disputes the report, "X denied that Y said …", is a claim of its own)."""
    return (outer.kind == inner.kind == "indirect" and outer.speaker != inner.speaker and not outer.oppose
            and outer.start <= inner.at < inner.start and inner.end <= outer.end)


@cache
def _repost_opening(marks: tuple[str, ...]) -> re.Pattern[str]:
    """A repost's opening: one of ``marks`` (``frames.relay_marks``), then the relayed handle and a colon."""
    alternatives = "|".join(re.escape(m) for m in marks) or r"(?!)"
    return re.compile(rf"\s*(?:{alternatives})\s+(@\w+)\s*:")


# a handle in parentheses, as a post's signature gives it after the name ("— Jane Roe (@jroe) …")
_HANDLE_CREDIT = re.compile(r"\(@\w+\)")


def _credit_line(text: str) -> bool:
    """Whether a paragraph is a quotation's credit line: a dash, then a few words naming the source."""
    body = text.strip()
    return body[:1] in _DASHES and len(body.split()) <= 8


def _question(text: str) -> bool:
    """Whether ``text`` is one question and nothing else (hashtags and handles aside). A question
    quoted inside the words, after their start, is not theirs: "I did look and think, 'How do we change
    that?'" asserts the looking and thinking."""
    # hashtags, handles and links aside, but not the punctuation after them ("… #Town. Do you …?")
    words = [w for w in (_TAGS.sub("", w) for w in text.split() if not w.startswith("http")) if w]
    body = " ".join(words).rstrip(" »”\"'’")
    # (a run of marks ends one question: "is this what they do now???", "really?!")
    end = re.search(r"[?!]*\?[?!]*$", body)
    if end is None:
        return False
    inner = max(body.rfind(" '"), body.rfind(" ‘"), body.rfind(" «"), body.rfind(' "'), body.rfind(" “"))
    if inner > 0:
        return False
    return not any(ch in body[: end.start()] for ch in ".!?;")


def _agrees(actor: ActorInfo, gender: str | None, number: str | None, language: str) -> bool:
    if number == "Sing" and actor.plural:
        return False
    if number == "Plur" and actor.kind == "person":
        return False
    if gender == "Neut":
        return actor.kind != "person"
    if language == "en" and gender in {"Masc", "Fem"} and actor.kind != "person":
        return False
    return not (gender in {"Masc", "Fem"} and actor.gender is not None and actor.gender != gender)
