from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key_creator import ApiKeyCreator
    from ..models.file_summary import FileSummary
    from ..models.unknown_creator import UnknownCreator
    from ..models.user_creator import UserCreator


T = TypeVar("T", bound="EvaluationSetItemSummary")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "file",
        "files",
        "createdBy",
    }
)


@_attrs_define
class EvaluationSetItemSummary:
    """An item as lists show it - no expectedOutput, no evaluationSetId.

    Attributes:
        object_ (Literal['evaluation_set_item']):
        id (str):
        file (FileSummary | None | Unset): A file, or null (multifile items have no single file).
        files (list[FileSummary] | None | Unset): The ordered files of a multifile item, or null for single-file items.
        created_by (ApiKeyCreator | None | UnknownCreator | Unset | UserCreator): Who created the resource: a Studio
            user or an API key. Null for resources created before this
            was recorded. An unknown `type` parses as UnknownCreator.
    """

    object_: Literal["evaluation_set_item"]
    id: str
    file: FileSummary | None | Unset = UNSET
    files: list[FileSummary] | None | Unset = UNSET
    created_by: ApiKeyCreator | None | UnknownCreator | Unset | UserCreator = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        file: dict[str, Any] | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, FileSummary):
            file = self.file.to_dict()
        else:
            file = self.file

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for componentsschemas_nullable_file_summary_list_type_0_item_data in self.files:
                componentsschemas_nullable_file_summary_list_type_0_item = (
                    componentsschemas_nullable_file_summary_list_type_0_item_data.to_dict()
                )
                files.append(componentsschemas_nullable_file_summary_list_type_0_item)

        else:
            files = self.files

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserCreator):
            created_by = self.created_by.to_dict()
        elif isinstance(self.created_by, ApiKeyCreator):
            created_by = self.created_by.to_dict()
        elif isinstance(self.created_by, UnknownCreator):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if files is not UNSET:
            field_dict["files"] = files
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]
        if object_ != "evaluation_set_item":
            raise ValueError(f"object must match const 'evaluation_set_item', got '{object_}'")

        id = src_dict["id"]

        file = _parse_file(src_dict.get("file", UNSET))

        files = _parse_files(src_dict.get("files", UNSET))

        created_by = _parse_created_by(src_dict.get("createdBy", UNSET))

        evaluation_set_item_summary = cls(
            object_,
            id,
            file,
            files,
            created_by,
        )

        if len(src_dict) > 2 + ("file" in src_dict) + ("files" in src_dict) + ("createdBy" in src_dict):
            evaluation_set_item_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return evaluation_set_item_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_file(data: object) -> FileSummary | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_nullable_file_summary_type_0 = FileSummary.from_dict(data)

        return componentsschemas_nullable_file_summary_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"file: {type(data).__name__} fits no member of the union")


def _parse_files(data: object) -> list[FileSummary] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_nullable_file_summary_list_type_0 = []
        _componentsschemas_nullable_file_summary_list_type_0 = data
        for (
            componentsschemas_nullable_file_summary_list_type_0_item_data
        ) in _componentsschemas_nullable_file_summary_list_type_0:
            componentsschemas_nullable_file_summary_list_type_0_item = FileSummary.from_dict(
                componentsschemas_nullable_file_summary_list_type_0_item_data
            )

            componentsschemas_nullable_file_summary_list_type_0.append(
                componentsschemas_nullable_file_summary_list_type_0_item
            )

        return componentsschemas_nullable_file_summary_list_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"files: {type(data).__name__} fits no member of the union")


def _parse_created_by(data: object) -> ApiKeyCreator | None | UnknownCreator | Unset | UserCreator:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "user":
        try:
            componentsschemas_created_by_type_0 = UserCreator.from_dict(data)

            return componentsschemas_created_by_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "api_key":
        try:
            componentsschemas_created_by_type_1 = ApiKeyCreator.from_dict(data)

            return componentsschemas_created_by_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_created_by_type_2 = UnknownCreator.from_dict(data)

        return componentsschemas_created_by_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"createdBy: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.api_key_creator import ApiKeyCreator
from ..models.file_summary import FileSummary
from ..models.unknown_creator import UnknownCreator
from ..models.user_creator import UserCreator
