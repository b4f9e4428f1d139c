"""What the bulk loader needs of each Extend API version: send one batch, list the newest items.

2026-02-09 creates items with `POST /evaluation_sets/{id}/items` and lists summaries (file ids,
no expected output); 2025-04-21 with `POST /evaluation_set_items/bulk` and lists full items
(one `fileId`). An item is recognised after an unknown outcome by its file ids: `item_key`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import Any

from evalclient.errors import ConfigurationError

JsonItem = dict[str, Any]
ItemKey = tuple[str, ...]


def item_key(item: Mapping[str, Any]) -> ItemKey:
    """The file ids an input item names (`fileId`, or `fileIds` in order)."""
    if isinstance(item.get("fileIds"), list):
        return tuple(str(file_id) for file_id in item["fileIds"])
    return (str(item.get("fileId")),)


def as_json_item(item: object, position: int) -> JsonItem:
    """An input item (a request model or a dict) as the JSON the API takes; ValueError naming the
    position when it is neither or names no file."""
    data = item.to_dict() if hasattr(item, "to_dict") else item
    if not isinstance(data, dict):
        raise ValueError(f"item {position} is a {type(item).__name__}, not an item model or a dict")
    if "fileId" not in data and "fileIds" not in data:
        raise ValueError(f"item {position} names no file (fileId or fileIds)")
    if "expectedOutput" not in data:
        raise ValueError(f"item {position} has no expectedOutput")
    return data


class ExtendItems:
    """The two operations for the client's API version; the generated modules are loaded here."""

    def __init__(self, client: object, evaluation_set_id: str) -> None:
        self.client = client
        self.set_id = evaluation_set_id
        package = type(client).__module__.partition(".")[0]
        if package == "extend_evals_client":
            self._create, self._list, self._body, self._newest = _operations_2026()
            self._legacy = False
        elif package == "extend_evals_client_2025_04_21":
            self._create, self._list, self._body, self._newest = _operations_2025(evaluation_set_id)
            self._legacy = True
        else:
            raise ConfigurationError(f"bulk_create_items needs a client from evalclient.extend_client, got {package}")

    def body(self, items: Sequence[JsonItem]) -> Any:
        return self._body(list(items))

    def create_call(self, body: Any) -> tuple[Any, dict[str, Any]]:
        """The operation module and its keyword arguments for one batch."""
        if self._legacy:
            return self._create, {"client": self.client, "body": body}
        return self._create, {"client": self.client, "body": body, "evaluation_set_id": self.set_id}

    def list_call(self, size: int, token: str | None) -> tuple[Any, dict[str, Any]]:
        """The list operation and its arguments: newest items first, one page of `size`."""
        path = {"id": self.set_id} if self._legacy else {"evaluation_set_id": self.set_id}
        extra = {} if token is None else {"next_page_token": token}
        return self._list, {"client": self.client, "max_page_size": size, **self._newest, **path, **extra}

    def created(self, response: Any) -> list[Any]:
        return list(response.evaluation_set_items)

    @staticmethod
    def page(response: Any) -> tuple[list[Any], str | None]:
        items = response.evaluation_set_items if hasattr(response, "evaluation_set_items") else response.data
        token = response.next_page_token
        return list(items), token if isinstance(token, str) and token else None

    def listed_key(self, item: Any) -> ItemKey:
        """The file ids of a listed (or created) item, as `item_key` reads an input item."""
        if self._legacy:
            return (str(item.file_id),)
        files = item.files if isinstance(item.files, list) else None
        if files:
            return tuple(str(file.id) for file in files)
        return (str(item.file.id),) if item.file is not None and hasattr(item.file, "id") else ()


Operations = tuple[ModuleType, ModuleType, Callable[[list[JsonItem]], Any], dict[str, Any]]


def _operations_2026() -> Operations:
    from extend_evals_client.api.evaluation_set_items import create_evaluation_set_items, list_evaluation_set_items
    from extend_evals_client.models import CreateEvaluationSetItemsRequest, SortBy, SortDir

    def body(items: list[JsonItem]) -> Any:
        return CreateEvaluationSetItemsRequest.from_dict({"items": items})

    newest = {"sort_by": SortBy.CREATEDAT, "sort_dir": SortDir.DESC}
    return create_evaluation_set_items, list_evaluation_set_items, body, newest


def _operations_2025(evaluation_set_id: str) -> Operations:
    from extend_evals_client_2025_04_21.api.evaluation_set_items import (
        bulk_create_evaluation_set_items,
        list_evaluation_set_items,
    )
    from extend_evals_client_2025_04_21.models import BulkCreateEvaluationSetItemsRequest, SortBy, SortDir

    def body(items: list[JsonItem]) -> Any:
        return BulkCreateEvaluationSetItemsRequest.from_dict({"evaluationSetId": evaluation_set_id, "items": items})

    newest = {"sort_by": SortBy.CREATEDAT, "sort_dir": SortDir.DESC}
    return bulk_create_evaluation_set_items, list_evaluation_set_items, body, newest
