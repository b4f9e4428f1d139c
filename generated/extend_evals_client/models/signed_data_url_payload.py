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
    from ..models.run_metadata import RunMetadata


T = TypeVar("T", bound="SignedDataUrlPayload")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "data",
        "object",
        "id",
        "metadata",
    }
)


@_attrs_define
class SignedDataUrlPayload:
    """ "Signed Download URL" delivery: `data` is a URL to GET the event's real payload from (the SDK
    says it expires after an hour). The docs show only `{data}`; the official SDK's verifier
    expects `object: signed_data_url`, `id` (the run's id) and optional `metadata`. Tolerant
    reading: only `data` is required, and an `object` other than signed_data_url is not this.
    evalclient never fetches the URL.

        Attributes:
            data (str): The signed URL.
            object_ (Literal['signed_data_url'] | Unset):
            id (str | Unset): The id of the run the event is about.
            metadata (None | RunMetadata | Unset): The metadata given when the run was created, if any (the SDK types it
                optional, so null too).
    """

    data: str
    object_: Literal["signed_data_url"] | Unset = UNSET
    id: str | Unset = UNSET
    metadata: None | RunMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        object_ = self.object_

        id = self.id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RunMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        data = src_dict["data"]

        object_ = src_dict.get("object", UNSET)
        if object_ != "signed_data_url" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'signed_data_url', got '{object_}'")

        id = src_dict.get("id", UNSET)

        metadata = _parse_metadata(src_dict.get("metadata", UNSET))

        signed_data_url_payload = cls(
            data,
            object_,
            id,
            metadata,
        )

        if len(src_dict) > 1 + ("object" in src_dict) + ("id" in src_dict) + ("metadata" in src_dict):
            signed_data_url_payload.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return signed_data_url_payload

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


def _parse_metadata(data: object) -> None | RunMetadata | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = RunMetadata.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError(f"metadata: {type(data).__name__} fits no member of the union")


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.run_metadata import RunMetadata
