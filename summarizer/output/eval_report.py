"""``summarize eval --report``: the eval as a self-contained HTML page, or as Markdown.

The HTML page holds the overall figures of the run (engine, model, prompt), the per-case
table of :func:`~summarizer.evaluation.runner.table_rows`, and for each case the
gold-vs-predicted differences (:mod:`summarizer.evaluation.diff`). Each case's briefing page
(:func:`summarizer.output.html.to_html`) is written beside the report, in ``<stem>_files/``,
and linked from the table. The Markdown report holds the same table, the errors and the
ungrounded quotes, every value escaped (:func:`summarizer.output.markdown.md`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup

from ..atomic import write_text
from ..evaluation.diff import case_diff
from ..evaluation.gold import GoldCase
from ..evaluation.runner import EvalReport, table_rows
from . import html as html_output
from . import markdown as md_output

_CSS = """
main.eval{display:block;max-width:1200px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.overall td{font-weight:600;border-top:2px solid #888}
.ok{color:#2f7d32}.bad{color:#b3261e}
.case h3{margin-top:1em}
.case ul{margin:.2em 0 .6em}
.span{color:var(--muted);font-size:.85em}
dl.run{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 14px}
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


def _title(report: EvalReport) -> str:
    return f"Eval report: {report.engine}" + (f" ({report.model})" if report.model else "")


def to_eval_html(report: EvalReport, cases: Sequence[GoldCase], links: dict[str, str] | None = None) -> str:
    """The eval report page; ``links`` maps a case id to the URL of its briefing page."""
    links = links or {}
    by_id = {c.id: c for c in cases}
    rows = table_rows(report)
    usage = (
        f"{sum(r.calls for r in report.results)} calls · {sum(r.tokens for r in report.results)} tokens · "
        f"{report.seconds:.1f} s"
    )
    return html_output.render_page(
        "eval_report.html.j2",
        language="en",
        page_title=_title(report),
        title=_title(report),
        extra_css=Markup(_CSS),
        script=False,
        report=report,
        figures=[(name.replace("_", " "), value) for name, value in report.metrics().items()],
        run=[
            ("engine", report.engine),
            ("model", report.model or "—"),
            ("prompt sha256", report.prompt_sha256 or "—"),
            ("cases", str(len(report.results))),
            ("usage", usage),
        ],
        head=rows[0],
        rows=list(zip(report.results, rows[1:-1], strict=True)),
        overall=rows[-1],
        links=links,
        diffs={r.case_id: case_diff(by_id[r.case_id], r.briefing) for r in report.results if r.case_id in by_id},
    )


def to_eval_markdown(report: EvalReport) -> str:
    """A Markdown report: the table, the errors, ungrounded quotes, and how it is scored."""
    rows = table_rows(report)
    template = md_output.environment().get_template("eval_report.md.j2")
    return template.render(
        title=_title(report),
        report=report,
        head=md_output.table_row(rows[0]),
        rule=md_output.Md("| " + " | ".join(["---"] + ["---:"] * (len(rows[0]) - 1)) + " |"),
        body=[md_output.table_row(row) for row in rows[1:-1]],
        overall=md_output.table_row([md_output.Md(f"**{md_output.md(cell)}**") for cell in rows[-1]]),
        errors=[r for r in report.results if r.error],
        ungrounded=[(r.case_id, q) for r in report.results for q in r.score.ungrounded],
    )


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
        page = html_output.to_html(result.briefing, case.article, back_href=f"{back}#case-{quote(result.case_id)}")
        write_text(page_path, page)
        links[result.case_id] = f"{quote(folder.name)}/{quote(page_path.name)}"
        written.append(page_path)
    write_text(target, to_eval_html(report, cases, links))
    return [target, *written]


def write_report(path: str | Path, report: EvalReport, cases: Sequence[GoldCase]) -> list[Path]:
    """The report file: HTML (with its case pages) for a ``.html`` path, else Markdown; the files written."""
    target = Path(path)
    if target.suffix.lower() in (".html", ".htm"):
        return write_html_report(target, report, cases)
    write_text(target, to_eval_markdown(report))
    return [target]
