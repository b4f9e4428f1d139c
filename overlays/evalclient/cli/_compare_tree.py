"""The options and subcommands of `runs compare`, `runs report` and `--baseline`, in both vendors' trees.

Handlers are named by reference (`_entry.resolve_handler`): they live in `_compare_commands`,
whose comparisons and reports load only when a command uses them (BENCHMARKS.md, scenario 4).
"""

from __future__ import annotations

import argparse

from evalclient.cli._arguments import _bounded_number, add_command

TYPE_CHECKING = False
if TYPE_CHECKING:
    from evalclient.cli._arguments import SubParsers

drop = _bounded_number(0.0, None, "a drop of 0 or more")

DROP_HELP = {
    "extend": (
        "the most the run's accuracy (f1 for splitters; also precision and recall) may drop, as a fraction "
        "(0.02 = two points; default 0: any drop fails)",
        "--max-field-drop",
        "the most any field's accuracy or any class's f1 may drop (default: fields are shown, not checked)",
    ),
    "bland": (
        "the most the mean overall score, a per-modality score or the pass rate may drop, in points of 0-100 "
        "(default 0: any drop fails); a run that now fails its pass threshold fails too",
        "--max-agent-drop",
        "the most any judge's mean score may drop, in points (default: judges are shown, not checked)",
    ),
}
COMPARE_EXAMPLES = {
    "extend": """\
  # exit 1 if accuracy drops at all or any field by more than 0.05; write both reports
  evalclient extend runs compare bpr_BASELINE bpr_CANDIDATE --max-field-drop 0.05 \\
      --markdown summary.md --html report.html
  # run, wait and gate against the last good run in one CI step
  evalclient extend runs create --evaluation-set-id ev_2LcgeY --wait --baseline bpr_BASELINE --max-drop 0.01
  evalclient extend runs report bpr_CANDIDATE --html report.html""",
    "bland": """\
  # per judge and per call too: the verdicts of both runs are fetched
  evalclient bland runs compare BASELINE_ID CANDIDATE_ID --max-drop 2 --max-agent-drop 5 --html report.html
  evalclient bland runs create --call-ids-file calls.txt --agent AGENT_ID --wait --baseline BASELINE_ID
  evalclient bland runs report RUN_ID --html report.html""",
}


def add_baseline_options(parser: argparse.ArgumentParser, vendor: str, *, baseline: bool = True) -> None:
    """The thresholds and report files; with `baseline`, also --baseline RUN_ID (for create and wait)."""
    run_help, level_option, level_help = DROP_HELP[vendor]
    group = parser.add_argument_group("regression thresholds and reports")
    if baseline:
        group.add_argument(
            "--baseline",
            metavar="RUN_ID",
            help="once the run has finished, compare it with this run and exit 1 on a regression (implies --wait)",
        )
    group.add_argument("--max-drop", type=drop, default=0.0, metavar="X", help=run_help)
    group.add_argument(level_option, type=drop, metavar="X", help=level_help)
    group.add_argument(
        "--markdown", metavar="FILE", help="write a Markdown summary (for a CI job summary or a PR comment)"
    )
    group.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")


def register_extend(runs: SubParsers, leaf: list[argparse.ArgumentParser]) -> None:
    _register(runs, leaf, "extend", "run id (bpr_...)")


def register_bland(runs: SubParsers, leaf: list[argparse.ArgumentParser]) -> None:
    _register(runs, leaf, "bland", "eval run id")


def _register(runs: SubParsers, leaf: list[argparse.ArgumentParser], vendor: str, id_help: str) -> None:
    description = (
        "Compare two finished runs figure by figure and exit 1 when one dropped more than allowed; the verdict "
        "line names each. The table shows the largest drops first; --json prints the whole comparison."
    )
    if vendor == "bland":
        description += " Both runs' verdicts are fetched, for per-judge figures and the calls that got worse."
    parser = add_command(
        runs, "compare", "compare a run with a baseline run; exit 1 on a regression",
        description=description, examples=COMPARE_EXAMPLES[vendor], parents=leaf,
    )  # fmt: skip
    parser.add_argument("baseline_id", metavar="BASE_ID", help=f"the baseline: {id_help}")
    parser.add_argument("candidate_id", metavar="CANDIDATE_ID", help=f"the run to judge: {id_help}")
    add_baseline_options(parser, vendor, baseline=False)
    parser.set_defaults(
        handler="_compare_commands:extend_compare" if vendor == "extend" else "_compare_commands:bland_compare"
    )
    parser = add_command(
        runs, "report", "report one finished run (table, Markdown, HTML)",
        description="One finished run's figures: a table, and with --markdown / --html the reports "
        "compare writes, for the run alone.",
        examples=COMPARE_EXAMPLES[vendor], parents=leaf,
    )  # fmt: skip
    parser.add_argument("run_id", metavar="RUN_ID", help=id_help)
    parser.add_argument("--markdown", metavar="FILE", help="write a Markdown summary")
    parser.add_argument("--html", metavar="FILE", help="write a self-contained HTML report")
    parser.set_defaults(
        handler="_compare_commands:extend_report" if vendor == "extend" else "_compare_commands:bland_report"
    )
