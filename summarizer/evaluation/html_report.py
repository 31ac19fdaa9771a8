"""``summarize eval --report report.html``: the eval as a self-contained HTML page.

The page holds the overall figures of the run (engine, model, prompt), the per-case table
of :func:`~summarizer.evaluation.runner.table_rows`, and for each case the gold-vs-predicted
differences (:mod:`summarizer.evaluation.diff`). Each case's briefing page
(:func:`summarizer.report.to_html`) is written beside the report, in ``<stem>_files/``, and
linked from the table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from ..atomic import write_text
from ..report import esc, page, to_html
from .diff import CaseDiff, ClaimItem, case_diff
from .gold import GoldCase
from .runner import CaseResult, EvalReport, table_rows

_CSS = """
main.eval{display:block;max-width:1200px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.overall td{font-weight:600;border-top:2px solid #888}
.ok{color:#2f7d32}.bad{color:#b3261e}
.case h3{margin-top:1em}
.case ul{margin:.2em 0 .6em}
.span{color:var(--muted);font-size:.85em}
dl.run{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px}
dl.run dt{color:var(--muted)}
dl.run dd{margin:0;font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(10em,1fr));gap:8px}
.figure{border:1px solid var(--line);border-radius:6px;padding:6px 10px}
.figure b{display:block;font-size:1.4em}
"""


def files_dir(report_path: Path) -> Path:
    """Where the case pages of ``report_path`` go: ``<stem>_files/`` beside it."""
    return report_path.with_name(report_path.stem + "_files")


def case_file(case_id: str) -> str:
    """A safe file name for a case's briefing page."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", case_id).lstrip(".") + ".html"


def _figures(report: EvalReport) -> str:
    items = [(name.replace("_", " "), value) for name, value in report.metrics().items()]
    cells = "".join(f'<div class="figure"><b>{value:.2f}</b>{esc(name)}</div>' for name, value in items)
    usage = (
        f"{sum(r.calls for r in report.results)} calls · {sum(r.tokens for r in report.results)} tokens · "
        f"{report.seconds:.1f} s"
    )
    run = [
        ("engine", report.engine),
        ("model", report.model or "—"),
        ("prompt sha256", report.prompt_sha256 or "—"),
        ("cases", str(len(report.results))),
        ("usage", usage),
    ]
    facts = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in run)
    return (
        f'<section id="overall"><h2>Overall: {esc(report.engine)}{" · " + esc(report.model) if report.model else ""}'
        f'</h2><dl class="run">{facts}</dl><div class="figures">{cells}</div>'
        '<p class="legend">Micro-averaged: TP/FP/FN summed over cases, then P/R/F1.</p></section>'
    )


def _case_link(result: CaseResult, links: dict[str, str]) -> str:
    name = esc(result.case_id) + (' <span class="bad">!</span>' if result.error else "")
    href = links.get(result.case_id)
    page_link = f' · <a href="{esc(href)}" class="briefing">briefing</a>' if href else ""
    return f'<a href="#case-{esc(result.case_id)}">{name}</a>{page_link}'


def _table(report: EvalReport, links: dict[str, str]) -> str:
    rows = table_rows(report)
    head = "<tr>" + "".join(f"<th{'' if i == 0 else ' class=num'}>{esc(c)}</th>" for i, c in enumerate(rows[0]))
    body = []
    for result, row in zip(report.results, rows[1:-1], strict=True):
        cells = "".join(f'<td class="num">{esc(c)}</td>' for c in row[1:])
        body.append(f'<tr data-case="{esc(result.case_id)}"><td>{_case_link(result, links)}</td>{cells}</tr>')
    overall = "".join(f"<td{'' if i == 0 else ' class=num'}>{esc(c)}</td>" for i, c in enumerate(rows[-1]))
    return (
        f'<section id="cases"><h2>Per case</h2><table>{head}</tr>{"".join(body)}'
        f'<tr class="overall">{overall}</tr></table></section>'
    )


def _claim_items(items: Sequence[ClaimItem]) -> str:
    def spans(item: ClaimItem) -> str:
        where = ", ".join(f"{s.start}–{s.end}" for s in item.spans) or "not found in the article"
        return f' <span class="span">[{esc(where)}]</span>'

    return "".join(f"<li><b>{esc(i.speaker)}</b>: “{esc(i.quote)}”{spans(i)}</li>" for i in items)


def _list(title: str, items: Sequence[str], cls: str) -> str:
    if not items:
        return ""
    lis = "".join(f"<li>{esc(i)}</li>" for i in items)
    return f'<h4 class="{cls}">{esc(title)} ({len(items)})</h4><ul>{lis}</ul>'


def _diff_html(diff: CaseDiff) -> str:
    if diff.empty:
        return '<p class="ok">Prediction matches the gold.</p>'
    parts = [
        _list("Missed actors", diff.missed_actors, "bad"),
        _list("False-positive actors", diff.extra_actors, "bad"),
    ]
    if diff.missed_claims:
        parts.append(f'<h4 class="bad">Missed claims ({len(diff.missed_claims)})</h4>')
        parts.append(f"<ul>{_claim_items(diff.missed_claims)}</ul>")
    if diff.extra_claims:
        parts.append(f'<h4 class="bad">False-positive claims ({len(diff.extra_claims)})</h4>')
        parts.append(f"<ul>{_claim_items(diff.extra_claims)}</ul>")
    parts.append(_list("Missed disagreements", diff.missed_disagreements, "bad"))
    parts.append(_list("False-positive disagreements", diff.extra_disagreements, "bad"))
    return "".join(parts)


def _case_section(result: CaseResult, case: GoldCase | None, links: dict[str, str]) -> str:
    head = f'<section class="case" id="case-{esc(result.case_id)}"><h3>{esc(result.case_id)}'
    head += f" <small>({esc(result.language)})</small></h3>"
    href = links.get(result.case_id)
    if href:
        head += f'<p><a href="{esc(href)}">Briefing page with the evidence highlighted</a></p>'
    if result.error:
        head += f'<p class="bad">Error (scored as an empty prediction): {esc(result.error)}</p>'
    body = _diff_html(case_diff(case, result.briefing)) if case is not None else "<p>Gold case not available.</p>"
    ungrounded = _list("Ungrounded evidence (defects)", result.score.ungrounded, "bad")
    return f"{head}{body}{ungrounded}</section>"


def to_eval_html(report: EvalReport, cases: Sequence[GoldCase], links: dict[str, str] | None = None) -> str:
    """The eval report page; ``links`` maps a case id to the URL of its briefing page."""
    links = links or {}
    by_id = {c.id: c for c in cases}
    title = f"Eval report: {report.engine}" + (f" ({report.model})" if report.model else "")
    sections = "".join(_case_section(r, by_id.get(r.case_id), links) for r in report.results)
    body = (
        f'<header><h1>{esc(title)}</h1><div class="facts">{len(report.results)} cases</div></header>'
        f'<main class="eval">{_figures(report)}{_table(report, links)}'
        f'<section id="differences"><h2>Gold vs predicted</h2>{sections}</section></main>'
    )
    return page(title, body, css=_CSS, script=False)


def write_html_report(path: str | Path, report: EvalReport, cases: Sequence[GoldCase]) -> list[Path]:
    """Write the report to ``path`` and each case's briefing page beside it; the files written."""
    target = Path(path)
    folder = files_dir(target)
    by_id = {c.id: c for c in cases}
    written: list[Path] = []
    links: dict[str, str] = {}
    back = "../" + quote(target.name)
    for result in report.results:
        case = by_id.get(result.case_id)
        if result.briefing is None or case is None:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        page_path = folder / case_file(result.case_id)
        write_text(page_path, to_html(result.briefing, case.article, back_href=f"{back}#case-{result.case_id}"))
        links[result.case_id] = f"{quote(folder.name)}/{quote(page_path.name)}"
        written.append(page_path)
    write_text(target, to_eval_html(report, cases, links))
    return [target, *written]
