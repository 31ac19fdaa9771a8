"""The faster paths of the offline engine give what the plain ones give.

No timing here: each test checks that a path taken for speed (many lines parsed in one batch,
several articles parsed together) leaves every analysis and every briefing as it was.
"""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc

from summarizer.article import parse
from summarizer.engines.offline import OfflineEngine, pipeline
from summarizer.engines.offline.pipeline import _LINES, _blank_end_attached, load_pipeline, parse_lines

ATTRS = [HEAD, DEP, TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE, SENT_START]

TEXTS = {
    "en": [
        "2031-03-02 Ferry fares to rise on the Varn estuary\n\n"
        "The Varn Ferry Company will raise its fares by a fifth in April, its director Hilde Sarno said "
        "on Monday.\n\n"
        '"We have no choice," Sarno told reporters in Ostby. "Fuel costs have doubled."\n\n'
        "Commuters' association chair Bram Olek called the rise unfair and said members would protest.\n"
        "Subhead with no stop\n"
        "The town council of Ostby has asked the regional government to step in.",
        "Short notice\n\nThe museum in Lanvik reopens on Sunday, the curator, Ines Dahl, announced.",
    ],
    "fr": [
        "2031-03-02 Les tarifs du bac vont augmenter sur l'estuaire de la Varne\n\n"
        "La Compagnie des bacs de la Varne augmentera ses tarifs d'un cinquième en avril, a annoncé lundi "
        "sa directrice, Hilde Sarno.\n\n"
        "« Nous n'avons pas le choix », a-t-elle déclaré à Ostbourg. « Le carburant coûte deux fois plus. »\n\n"
        "Le président de l'association des usagers, Bram Olek, juge la hausse injuste et promet de manifester.\n"
        "Intertitre sans point\n"
        "Le conseil municipal d'Ostbourg a demandé à la région d'intervenir.",
        "Brève\n\nLe musée de Lanvik rouvrira dimanche, a indiqué sa conservatrice, Inès Dahl.",
    ],
}


def _each_line_alone(nlp: object, text: str) -> Doc:
    """The reference: every line parsed by itself, one ``nlp`` call each."""
    docs = [_blank_end_attached(nlp(line)) for line in _LINES.findall(text) or [text]]  # type: ignore[operator]
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("batch_size", [1, 3, 256])
def test_lines_parsed_in_batches_are_parsed_as_each_line_alone(language: str, batch_size: int) -> None:
    nlp = load_pipeline(language)
    texts = TEXTS[language]
    got = list(parse_lines(nlp, texts, batch_size=batch_size))
    assert len(got) == len(texts)
    for text, doc in zip(texts, got, strict=True):
        ref = _each_line_alone(nlp, text)
        assert doc.text == text == ref.text
        assert [t.text for t in doc] == [t.text for t in ref]
        assert (doc.to_array(ATTRS) == ref.to_array(ATTRS)).all()
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in ref.ents]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("stepped", [0.0, float("inf")])
def test_parser_and_entities_stepped_from_python_or_not_are_the_same(
    language: str, stepped: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every batch stepped from Python (0), or none (inf): spaCy's compiled loop decides the same."""
    monkeypatch.setattr(pipeline, "_PARALLEL", {"ner": stepped, "parser": stepped})
    nlp = load_pipeline(language)
    texts = TEXTS[language] + ["", "One line only, with no break", "\n\n"]
    for batch_size in (2, 256):
        for text, doc in zip(texts, parse_lines(nlp, texts, batch_size=batch_size), strict=True):
            ref = _each_line_alone(nlp, text)
            assert doc.text == text
            assert (doc.to_array(ATTRS) == ref.to_array(ATTRS)).all()


SPECIALS = {
    # a special case early in the line, so that the tokenizer alone would remember nothing after it;
    # then special cases that set a norm, split a chunk, or hold affixes, and odd whitespace
    "en": ["Dr. Ilse Marrow's plan, they're sure, isn't (;  °C. :-) new.\tIt's 9 a.m. \u00a0 here ",
           "  The board's chair won't say.\n\n"],
    "fr": ["M. Olek l'a dit aujourd'hui : n'est-ce pas celle-ci ?  Est-t-elle prête, au-delà du n° 3 ?\n",
           "Aujourd’hui,\tla maire elle-même  l'affirme. "],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_remembered_chunks_give_the_tokenizers_own_tokens(language: str) -> None:
    """The tokenizer with every chunk remembered (:mod:`.chunks`) gives what it gives with nothing
    remembered: the same words, spaces, norms and word attributes."""
    from spacy.attrs import IDX, IS_ALPHA, LOWER, NORM, ORTH, PREFIX, SHAPE, SPACY, SUFFIX

    from summarizer.engines.offline.chunks import RememberedChunks

    nlp = load_pipeline(language)
    assert isinstance(nlp.tokenizer, RememberedChunks)
    plain = nlp.tokenizer.tokenizer
    assert nlp.tokenizer.rules == plain.rules  # the rest of the tokenizer is the tokenizer's
    words = [ORTH, NORM, SPACY, IDX, LOWER, SHAPE, PREFIX, SUFFIX, IS_ALPHA]
    texts = SPECIALS[language] + TEXTS[language]
    for text in texts * 2:  # the second time from the tokenizer's memory
        got = nlp.make_doc(text)
        plain._flush_cache()
        ref = plain(text)
        assert [t.text for t in got] == [t.text for t in ref]
        assert (got.to_array(words) == ref.to_array(words)).all(), text
    if language == "en":
        assert any(t.norm_ != t.lower_ for t in nlp.make_doc(texts[0]))  # a norm a special case set ("'re")


BLANKS = ["\n", "\n\n", "\n \n", "\n  \n  ", "\r\n\r\n", "\n\t\n", "\n\u00a0\n", " \n\n", "  \n \n\n"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_token_of_a_line_starts_after_its_line_break(language: str) -> None:
    """Why the paragraph component can stay out of ``parse_lines``: all that follows a line's
    break is blank, one token, which starts at or before the break."""
    nlp = load_pipeline(language)
    for blank in BLANKS:
        text = f"Vela Marsk{blank}Ostby Harbour Board chair Ilse Marrow said so.{blank}Fin"
        lines = _LINES.findall(text)
        assert "".join(lines) == text
        for line in lines:
            at = line.find("\n")
            assert at < 0 or all(t.idx <= at for t in nlp.make_doc(line)), (blank, line)
        got = next(parse_lines(nlp, [text]))
        ref = _each_line_alone(nlp, text)  # each line with the paragraph component
        assert (got.to_array(ATTRS) == ref.to_array(ATTRS)).all(), blank


def test_articles_summarized_together_read_as_each_alone() -> None:
    articles = [parse(t) for t in TEXTS["en"] + TEXTS["fr"] + TEXTS["en"][:1]]
    engine = OfflineEngine()
    together = [b.model_dump(exclude={"meta"}) for b in engine.summarize_many(articles)]
    alone = [engine.summarize(a).model_dump(exclude={"meta"}) for a in articles]
    assert together == alone
    assert any(b["claims"] for b in alone)


def _set_ops(nlp: object, ops: object) -> dict[int, tuple[object, object]]:
    """Every network node of ``nlp`` on ``ops``; returns the nodes with the ops they had."""
    saved: dict[int, tuple[object, object]] = {}
    for _, proc in nlp.pipeline:  # type: ignore[attr-defined]
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                saved[id(node)] = (node, node.ops)
                node.ops = ops
    return saved


@pytest.mark.parametrize("language", ["en", "fr"])
def test_networks_on_numpy_blas_analyse_as_on_blis(language: str) -> None:
    """The products the token-to-vector networks make with numpy's BLAS instead of BLIS may round
    a last bit otherwise; no tag, arc, label or entity changes for it."""
    from thinc.api import NumpyOps

    nlp = load_pipeline(language)
    texts = TEXTS[language]
    got = [d.to_array(ATTRS) for d in parse_lines(nlp, texts)]
    saved = _set_ops(nlp, NumpyOps())  # spaCy's own: every product with BLIS
    try:
        ref = [d.to_array(ATTRS) for d in parse_lines(nlp, texts)]
    finally:
        for node, ops in saved.values():
            node.ops = ops  # type: ignore[attr-defined]
    assert all((a == b).all() for a, b in zip(got, ref, strict=True))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_only_the_step_scores_stay_on_blis(language: str) -> None:
    """The whole-text networks run on numpy's BLAS; the transition steps' scores on BLIS, as spaCy's
    compiled loop computes them (stepped from Python or not, the same scores)."""
    nlp = load_pipeline(language)
    for name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        upper = {id(n) for n in model.get_ref("upper").walk()} if model.has_ref("upper") else set()
        for node in model.walk():
            assert node.ops.use_blis == (id(node) in upper), (name, node.name)
        assert name not in {"parser", "ner"} or upper


def test_the_parse_runs_on_one_blas_thread_and_gives_the_threads_back(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    analyse = pipeline._analyse

    def spy(*args: object) -> object:
        seen.extend(lib["num_threads"] for lib in pipeline._blas().info() if lib["user_api"] == "blas")
        return analyse(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_analyse", spy)
    before = [lib["num_threads"] for lib in pipeline._blas().info() if lib["user_api"] == "blas"]
    docs = list(parse_lines(load_pipeline("en"), TEXTS["en"], batch_size=3))
    assert len(docs) == 2
    assert seen and set(seen) == {1}
    assert [lib["num_threads"] for lib in pipeline._blas().info() if lib["user_api"] == "blas"] == before


def _before(nlp: object, component: str, texts: list[str]) -> list[Doc]:
    """``texts`` analysed by the components before ``component`` (the parser reads the shared
    token vectors those leave on each ``Doc``)."""
    docs = [nlp.make_doc(t) for t in texts]  # type: ignore[attr-defined]
    for name, proc in nlp.pipeline:  # type: ignore[attr-defined]
        if name == component:
            return docs
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    raise AssertionError(component)


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("component", ["parser", "ner"])
def test_the_step_scores_are_those_of_the_full_forward_pass(language: str, component: str) -> None:
    """Every step's scores, for every unfinished state, equal ``model.predict``'s to the bit."""
    import numpy

    nlp = load_pipeline(language)
    proc = nlp.get_pipe(component)
    docs = _before(nlp, component, [line for text in TEXTS[language] for line in _LINES.findall(text)])
    states = proc.moves.init_batch(docs)
    model = proc.model.predict(docs)
    scores = pipeline._step_scores(model)
    assert scores != model.predict  # the lean pass is the one compared
    todo = [state for state in states if not state.is_final()]
    steps = 0
    while todo:
        got, ref = scores(todo), model.predict(todo)
        assert got.shape == ref.shape == (len(todo), model.nO)
        assert numpy.array_equal(got, ref)
        todo = proc.transition_states(todo, ref)
        steps += 1
    assert steps >= max(len(doc) for doc in docs)  # a move per token at least
    model.clear_memory()


def test_a_component_with_an_unseen_move_takes_the_full_forward_pass() -> None:
    nlp = load_pipeline("en")
    proc = nlp.get_pipe("ner")
    docs = _before(nlp, "ner", ["Ilse Marrow chairs the Ostby Harbour Board."])
    model = proc.model.predict(docs)
    assert pipeline._step_scores(model) != model.predict
    model.mark_class_unseen(0)
    assert pipeline._step_scores(model) == model.predict
    model.clear_memory()


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("stepped", [0.0, float("inf")])
def test_the_entity_network_computed_on_a_second_thread_gives_the_same_analyses(
    language: str, stepped: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The recogniser's network started early on another thread (two processors), then its moves
    stepped from Python (0) or by spaCy's compiled loop (inf): the analyses of one processor."""
    nlp = load_pipeline(language)
    texts = TEXTS[language] + ["One line only, with no break", "\n\n"]
    monkeypatch.setattr(pipeline, "_PARALLEL", {"ner": stepped, "parser": stepped})
    monkeypatch.setattr(pipeline.os, "sched_getaffinity", lambda pid: {0})
    alone = [d.to_array(ATTRS) for d in parse_lines(nlp, texts, batch_size=3)]
    started: list[object] = []
    early = pipeline._early_network

    def spy(*args: object) -> object:
        out = early(*args)  # type: ignore[arg-type]
        started.append(out)
        return out

    monkeypatch.setattr(pipeline.os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(pipeline, "_early_network", spy)
    ner = nlp.get_pipe("ner")
    model = ner.model
    got = [d.to_array(ATTRS) for d in parse_lines(nlp, texts, batch_size=3)]
    assert any(e is not None for e in started)  # the second thread did the work
    assert ner.model is model
    assert len(got) == len(alone) == len(texts)
    assert all((a == b).all() for a, b in zip(got, alone, strict=True))


def test_the_recogniser_gets_its_own_model_back_when_a_step_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = load_pipeline("en")
    ner = nlp.get_pipe("ner")
    model = ner.model
    docs = [nlp.make_doc("Ines Dahl spoke in Lanvik.")]

    def broken(self: object, docs: object) -> object:
        raise RuntimeError("no network")

    monkeypatch.setattr(pipeline._StandIn, "predict", broken)
    with pytest.raises(RuntimeError, match="no network"):
        pipeline._compiled_steps(ner, docs, None)
    assert ner.model is model
    assert not pipeline._STAND_IN.locked()


def test_a_forked_process_gets_a_second_thread_of_its_own() -> None:
    import os

    parent = pipeline._second_thread(os.getpid())
    assert parent.submit(os.getpid).result() == os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: its parent's worker thread does not exist here
        code = 1
        try:
            code = 0 if pipeline._second_thread(os.getpid()).submit(lambda: 42).result(timeout=10) == 42 else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_the_processors_are_counted_where_the_system_gives_no_affinity(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert pipeline._processors() == 3
    monkeypatch.delattr(pipeline.os, "sched_getaffinity", raising=False)  # macOS, Windows
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 4)
    assert pipeline._processors() == 4
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: None)
    assert pipeline._processors() == 1
