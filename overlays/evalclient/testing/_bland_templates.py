"""Bland user templates: the organization's own judge templates (`/v1/evals/user-templates`).

An eval agent created with `user_template_id` copies one (`_bland_agents`). Deleting one is final
and does not touch agents created from it.
"""

from __future__ import annotations

from evalclient.testing import _bland_fields as fields
from evalclient.testing._bland_catalog import BlandCatalog
from evalclient.testing._bland_library import ok, paged
from evalclient.testing._ids import IdFactory, Timeline
from evalclient.testing._routing import Answer, Call, Handler
from evalclient.testing._validation import JsonObject, bad_request, not_found

NAME_LENGTH, DESCRIPTION_LENGTH, CATEGORY_LENGTH = 120, 4000, 64


class UserTemplateRoutes:
    def __init__(self, catalog: BlandCatalog, timeline: Timeline, ids: IdFactory) -> None:
        self._catalog, self._timeline, self._ids = catalog, timeline, ids

    def routes(self) -> list[tuple[str, str, Handler]]:
        return [
            ("GET", "/v1/evals/user-templates", self._list),
            ("POST", "/v1/evals/user-templates", self._create),
            ("GET", "/v1/evals/user-templates/{template_id}", lambda call: ok(self._template(call))),
            ("DELETE", "/v1/evals/user-templates/{template_id}", self._delete),
        ]

    def _list(self, call: Call) -> JsonObject:
        templates = list(self._catalog.user_templates.values())
        positions = {str(template["id"]): index for index, template in enumerate(templates)}
        return paged(call, len(templates), templates.__getitem__, positions.get)

    def _create(self, call: Call) -> Answer:
        body = call.json()
        for key in ("name", "modality", "system_prompt_md", "prompt_md"):
            if key not in body:
                bad_request(f"{key} is required")
        levels = fields.levels(body) or []
        targets = fields.target_keys(body) or []
        fields.check_targets(levels, targets)
        stamp = self._timeline.stamp()
        template: JsonObject = {
            "id": self._ids.uuid("user-template"),
            "org_id": self._catalog.org_id,
            "name": fields.text(body, "name", low=1, high=NAME_LENGTH),
            "description": fields.text(body, "description", high=DESCRIPTION_LENGTH, nullable=True),
            "category": fields.text(body, "category", high=CATEGORY_LENGTH, nullable=True),
            "modality": fields.choice(body, "modality", fields.MODALITIES),
            "system_prompt_md": fields.text(body, "system_prompt_md", high=fields.TEMPLATE_PROMPT_LENGTH),
            "prompt_md": fields.text(body, "prompt_md", high=fields.TEMPLATE_PROMPT_LENGTH),
            "levels": levels,
            "target_level_keys": targets,
            "created_at": stamp,
            "updated_at": stamp,
        }
        self._catalog.user_templates[str(template["id"])] = template
        return Answer(201, ok(template))

    def _delete(self, call: Call) -> Answer:
        del self._catalog.user_templates[str(self._template(call)["id"])]
        return Answer(204)

    def _template(self, call: Call) -> JsonObject:
        template = self._catalog.user_templates.get(call.params["template_id"])
        if template is None:
            not_found(f"User template {call.params['template_id']!r} not found", "USER_TEMPLATE_NOT_FOUND")
        return template
