"""Briefings as text: JSON for tools, Markdown for people."""

from __future__ import annotations

from .schema import Briefing, Evidence


def to_json(briefing: Briefing) -> str:
    """The briefing as indented JSON, unicode kept as is."""
    return briefing.model_dump_json(indent=2) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _quote(ev: Evidence) -> str:
    return f"“{_cell(ev.quote)}” (chars {ev.start}–{ev.end})"


def to_markdown(briefing: Briefing) -> str:
    """A readable briefing: summary, actors table, claims by speaker, disagreements."""
    names = {a.id: a.name for a in briefing.actors}
    src = briefing.source
    lines = [f"# Briefing{': ' + src.title if src.title else ''}", ""]
    facts = [f"language {src.language}", f"{src.chars} chars", f"sha256 {src.sha256[:12]}"]
    if src.date:
        facts.insert(0, f"dated {src.date}")
    lines += [f"_{' · '.join(facts)}_", "", "## Summary", "", briefing.summary.strip(), ""]
    lines += ["## Actors", ""]
    if briefing.actors:
        lines += ["| Actor | Kind | Role | Also called | Claims |", "|---|---|---|---|---|"]
        for actor in briefing.actors:
            count = sum(c.speaker == actor.id for c in briefing.claims)
            lines.append(
                f"| {_cell(actor.name)} | {actor.kind} | {_cell(actor.role or '')} | "
                f"{_cell(', '.join(actor.aliases))} | {count} |"
            )
    else:
        lines.append("No actors found.")
    lines += ["", "## Claims", ""]
    if not briefing.claims:
        lines.append("No attributed claims found.")
    speakers = list(dict.fromkeys(c.speaker for c in briefing.claims))
    for speaker in speakers:
        lines += [f"### {names.get(speaker, 'Unattributed') if speaker else 'Unattributed'}", ""]
        for claim in briefing.claims:
            if claim.speaker != speaker:
                continue
            cue = f" — _{claim.cue}_" if claim.cue else ""
            lines.append(f"- **{_cell(claim.text)}** ({claim.kind}{cue})")
            lines += [f"  > {_quote(ev)}" for ev in claim.evidence]
        lines.append("")
    if briefing.positions:
        lines += ["## Positions", ""]
        for pos in briefing.positions:
            lines.append(f"- **{_cell(names.get(pos.actor, pos.actor))}** on _{_cell(pos.topic)}_: {_cell(pos.stance)}")
        lines.append("")
    lines += ["## Disagreements", ""]
    if not briefing.disagreements:
        lines.append("No disagreement found.")
    for dis in briefing.disagreements:
        lines += [f"### {_cell(dis.topic)}", ""]
        for side in dis.sides:
            who = ", ".join(names.get(a, a) for a in side.actors)
            lines.append(f"- **{_cell(who)}**: {_cell(side.stance)}")
        lines += [f"  > {_quote(ev)}" for ev in dis.evidence]
        lines.append("")
    meta = briefing.meta
    usage = meta.usage
    lines += [
        "---",
        f"_engine {meta.engine}"
        + (f" · model {meta.model}" if meta.model else "")
        + (f" · prompt {meta.prompt_sha256[:12]}" if meta.prompt_sha256 else "")
        + f" · {usage.calls} call(s), {usage.prompt_tokens}+{usage.completion_tokens} tokens"
        + f" · {usage.elapsed_seconds:.2f} s_",
        "",
    ]
    return "\n".join(lines)
