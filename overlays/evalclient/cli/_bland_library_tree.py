"""The command-line tree of `evalclient bland agents|setups|templates|apply`.

Handlers are named by reference (`_entry.resolve_handler`): `_bland_library_commands` and
`_bland_apply`, imported only when one of their commands runs.
"""

from __future__ import annotations

import argparse

from evalclient.cli._arguments import add_command, add_group, add_limit_option, percentage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from evalclient.cli._arguments import SubParsers


def register(bland: SubParsers, leaf: list[argparse.ArgumentParser]) -> None:
    """The `agents`, `setups` and `templates` groups of `evalclient bland`."""
    agents = add_group(
        bland, "agents", "eval agents (the LLM judges): list, get, create, update, delete, versions, publish"
    )
    parser = add_command(agents, "list", "list eval agents with their published version ids", parents=leaf)
    add_limit_option(parser, "eval agents")
    parser.set_defaults(handler="_bland_library_commands:agents_list")
    parser = _with_id(
        agents,
        "get",
        "show an eval agent and its draft version",
        "agent_id",
        leaf,
        "_bland_library_commands:agents_get",
    )
    parser = add_command(
        agents, "create", "create an eval agent with an editable draft", examples=AGENT_EXAMPLES, parents=leaf
    )
    parser.add_argument("--name", required=True, help="display name (1-200 characters)")
    parser.add_argument("--description")
    parser.add_argument("--modality", choices=["text", "audio"], help="what the judge reads (default text)")
    parser.add_argument("--template-key", metavar="KEY", help="start from a shipped template (see `templates list`)")
    parser.add_argument(
        "--user-template-id", metavar="ID", help="start from one of your templates (wins over --template-key)"
    )
    parser.set_defaults(handler="_bland_library_commands:agents_create")
    parser = _with_id(
        agents,
        "update",
        "change an agent and/or its draft version",
        "agent_id",
        leaf,
        "_bland_library_commands:agents_update",
    )
    _object_options(parser)
    group = parser.add_argument_group("draft version options (the agent's current editable version)")
    group.add_argument("--system-prompt-md", metavar="TEXT", help="system prompt (<= 8000 characters), or @FILE")
    group.add_argument("--prompt-md", metavar="TEXT", help="grading prompt (<= 8000 characters), or @FILE")
    group.add_argument(
        "--levels",
        metavar="JSON",
        help='levels as a JSON array (or @FILE): [{"level_key", "label", "prompt_md"}]; [] = pass/fail',
    )
    group.add_argument(
        "--target",
        dest="targets",
        action="append",
        metavar="KEY",
        help="a target level key (repeatable; --target '' clears)",
    )
    group.add_argument("--weight", type=percentage, metavar="W", help="weight 0-100")
    group.add_argument("--modality", choices=["text", "audio"])
    _with_id(
        agents,
        "delete",
        "delete an eval agent (runs keep their results)",
        "agent_id",
        leaf,
        "_bland_library_commands:agents_delete",
    )
    parser = _with_id(
        agents,
        "versions",
        "list an agent's versions, newest first",
        "agent_id",
        leaf,
        "_bland_library_commands:agents_versions",
    )
    add_limit_option(parser, "versions")
    _with_id(
        agents,
        "publish",
        "publish the agent's draft (validated) and open a new draft",
        "agent_id",
        leaf,
        "_bland_library_commands:agents_publish",
    )

    setups = add_group(
        bland,
        "setups",
        "workbench setups (saved rosters of judges): list, get, create, update, delete, versions, publish",
    )
    parser = add_command(setups, "list", "list workbench setups", parents=leaf)
    add_limit_option(parser, "workbench setups")
    parser.set_defaults(handler="_bland_library_commands:setups_list")
    _with_id(
        setups,
        "get",
        "show a workbench setup and its draft version",
        "setup_id",
        leaf,
        "_bland_library_commands:setups_get",
    )
    parser = add_command(
        setups, "create", "create a workbench setup with an empty draft", examples=SETUP_EXAMPLES, parents=leaf
    )
    parser.add_argument("--name", required=True, help="display name (1-200 characters)")
    parser.add_argument("--description")
    parser.set_defaults(handler="_bland_library_commands:setups_create")
    parser = _with_id(
        setups,
        "update",
        "change a setup and/or its draft version",
        "setup_id",
        leaf,
        "_bland_library_commands:setups_update",
    )
    _object_options(parser)
    group = parser.add_argument_group("draft version options (the setup's current editable version)")
    roster_help = "a judge: agent id, its version id, weight 0-100, target keys (a,b); repeatable, replaces the roster"
    group.add_argument(
        "--agent", dest="agents", action="append", metavar="ID:VERSION:WEIGHT[:TARGETS]", help=roster_help
    )
    group.add_argument(
        "--pass-threshold-pct", type=percentage, metavar="P", help="share of evaluations (0-100) that must pass"
    )
    group.add_argument("--run-mode", choices=["text", "audio", "full"])
    group.add_argument("--default-call-ids-file", metavar="FILE", help="default calls, one id per line")
    _with_id(setups, "delete", "delete a workbench setup", "setup_id", leaf, "_bland_library_commands:setups_delete")
    parser = _with_id(
        setups,
        "versions",
        "list a setup's versions, newest first",
        "setup_id",
        leaf,
        "_bland_library_commands:setups_versions",
    )
    add_limit_option(parser, "versions")
    _with_id(
        setups,
        "publish",
        "publish the setup's draft (every judge needs a target) and open a new draft",
        "setup_id",
        leaf,
        "_bland_library_commands:setups_publish",
    )

    templates = add_group(bland, "templates", "judge templates: the shipped library and your own")
    parser = add_command(templates, "list", "list shipped templates and your user templates", parents=leaf)
    add_limit_option(parser, "user templates")
    parser.set_defaults(handler="_bland_library_commands:templates_list")
    _register_apply(bland, leaf)  # judges as code: `bland apply FILE`


def _with_id(
    group: SubParsers, name: str, summary: str, dest: str, leaf: list[argparse.ArgumentParser], handler: str
) -> argparse.ArgumentParser:
    parser = add_command(group, name, summary, parents=leaf)
    parser.add_argument(dest, metavar=dest.upper(), help=f"{dest.replace('_', ' ')} (a UUID)")
    parser.set_defaults(handler=handler)
    return parser


def _object_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="new display name (1-200 characters)")
    parser.add_argument("--description")
    parser.add_argument("--active-version-id", metavar="ID", help="the published version to use; `none` unpublishes")
    parser.add_argument("--metadata", action="append", metavar="KEY=VALUE", help="replaces the metadata; repeatable")


AGENT_EXAMPLES = """\
  evalclient bland agents create --name "Resolution" --template-key call_resolution
  evalclient bland agents update AGENT_ID --prompt-md @prompt.md --levels @levels.json --target resolved
  evalclient bland agents publish AGENT_ID"""

SETUP_EXAMPLES = """\
  evalclient bland setups create --name "Nightly QA"
  evalclient bland setups update SETUP_ID --agent AGENT_ID:VERSION_ID:70:resolved --pass-threshold-pct 80
  evalclient bland setups publish SETUP_ID"""


APPLY_DESCRIPTION = (
    "Make Bland's eval agents and workbench setups match a judges file (TOML, or JSON for a .json file). "
    "Objects are matched by the file's `key`, stored in their metadata as evalclient_key; objects the file "
    "does not name are left alone. The plan is printed first: create, update (field by field), publish, "
    "unchanged. A changed definition gets a new editable version, patched, and published with --publish. "
    "Applying the same file twice sends no write the second time.\n"
    "The file format: docs/judges-as-code.md."
)

APPLY_EXAMPLES = """\
  evalclient bland apply judges.toml --dry-run        # the plan only: nothing is written
  evalclient bland apply judges.toml --publish        # create, update and publish what changed
  evalclient bland apply judges.toml --publish --check  # in CI: exit 1 when Bland differs from the file
  evalclient bland apply judges.toml --json | jq '.steps[] | select(.action != "unchanged")'"""


def _register_apply(bland: SubParsers, leaf: list[argparse.ArgumentParser]) -> None:
    """Add `apply` to the `bland` command group; `leaf` holds the connection and output options."""
    parser = add_command(
        bland,
        "apply",
        "make eval agents and workbench setups match a judges file (judges as code)",
        description=APPLY_DESCRIPTION,
        examples=APPLY_EXAMPLES,
        parents=leaf,
    )
    parser.add_argument("file", metavar="FILE", help="the judges file: TOML (.toml), or JSON (.json)")
    parser.add_argument("--dry-run", action="store_true", help="print the plan and send no write")
    parser.add_argument(
        "--publish",
        action="store_true",
        help="publish each agent and setup whose published version differs from the file (or that has none)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="send no write; exit 1 when Bland differs from the file (with --publish: published versions too)",
    )
    parser.set_defaults(handler="_bland_apply:apply_command")
