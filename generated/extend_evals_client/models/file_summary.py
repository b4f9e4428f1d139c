from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type import FileType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_metadata import FileMetadata


T = TypeVar("T", bound="FileSummary")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "object",
        "id",
        "name",
        "metadata",
        "createdAt",
        "updatedAt",
        "type",
        "parentFileId",
    }
)


@_attrs_define
class FileSummary:
    """A file. `type` and `parentFileId` are optional and nullable: the Python SDK (1.20) types them
    optional ("present when ..."), the TypeScript SDK required-but-nullable; a file without them
    is still a FileSummary.

        Attributes:
            object_ (Literal['file']):
            id (str): `file_...`
            name (str):
            metadata (FileMetadata):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            type_ (FileType | None | Unset):
            parent_file_id (None | str | Unset): Set for files a splitter produced in a workflow.
    """

    object_: Literal["file"]
    id: str
    name: str
    metadata: FileMetadata
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: FileType | None | Unset = UNSET
    parent_file_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        name = self.name

        metadata = self.metadata.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FileType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        parent_file_id: None | str | Unset
        if isinstance(self.parent_file_id, Unset):
            parent_file_id = UNSET
        else:
            parent_file_id = self.parent_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "name": name,
                "metadata": metadata,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parent_file_id is not UNSET:
            field_dict["parentFileId"] = parent_file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        object_ = src_dict["object"]
        if object_ != "file":
            raise ValueError(f"object must match const 'file', got '{object_}'")

        id = src_dict["id"]

        name = src_dict["name"]

        metadata = FileMetadata.from_dict(src_dict["metadata"])

        created_at = datetime.datetime.fromisoformat(src_dict["createdAt"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updatedAt"])

        type_ = _parse_type_(src_dict.get("type", UNSET))

        parent_file_id = _parse_parent_file_id(src_dict.get("parentFileId", UNSET))

        file_summary = cls(
            object_,
            id,
            name,
            metadata,
            created_at,
            updated_at,
            type_,
            parent_file_id,
        )

        if len(src_dict) > 6 + ("type" in src_dict) + ("parentFileId" in src_dict):
            file_summary.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return file_summary

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


def _parse_type_(data: object) -> FileType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        _type_type_0 = data
        try:
            type_type_0 = FileType._value2member_map_[_type_type_0]
        except (KeyError, TypeError):
            type_type_0 = FileType(_type_type_0)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"type: {type(data).__name__} fits no member of the union")


def _parse_parent_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        return data
    raise TypeError(f"parentFileId: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.file_metadata import FileMetadata
