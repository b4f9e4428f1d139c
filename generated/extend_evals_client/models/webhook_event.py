from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType

if TYPE_CHECKING:
    from ..models.batch_run import BatchRun
    from ..models.signed_data_url_payload import SignedDataUrlPayload
    from ..models.unknown_webhook_payload import UnknownWebhookPayload


T = TypeVar("T", bound="WebhookEvent")

# The keys `from_dict` reads into fields; any other key goes to `additional_properties`.
_FIELD_NAMES = frozenset(
    {
        "eventId",
        "eventType",
        "payload",
    }
)


@_attrs_define
class WebhookEvent:
    """The body of every webhook delivery: `{eventId, eventType, payload}`. The payload's type follows
    from eventType; for the batch_processor_run.* events it is a BatchRun. An unknown event type,
    or a payload of a shape this client does not know, parses with every field kept.

        Attributes:
            event_id (str): Unique per event (`evt_...`, UNCONFIRMED); a retried delivery repeats it.
            event_type (WebhookEventType): The event types this client types. Extend has many more (workflow_run.completed,
                extract_run.processed, ...); the generated enum is open, so any other type parses, its text kept.
            payload (BatchRun | SignedDataUrlPayload | UnknownWebhookPayload): What an event carries, told apart by
                `object`: a BatchRun, a signed download URL ("Signed
                Download URL" delivery, for large payloads), or anything else, kept whole.
    """

    event_id: str
    event_type: WebhookEventType
    payload: BatchRun | SignedDataUrlPayload | UnknownWebhookPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_type = self.event_type.value

        payload: dict[str, Any]
        if isinstance(self.payload, BatchRun):
            payload = self.payload.to_dict()
        elif isinstance(self.payload, SignedDataUrlPayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventId": event_id,
                "eventType": event_type,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        event_id = src_dict["eventId"]

        _event_type = src_dict["eventType"]
        try:
            event_type = WebhookEventType._value2member_map_[_event_type]
        except (KeyError, TypeError):
            event_type = WebhookEventType(_event_type)

        payload = _parse_payload(src_dict["payload"])

        webhook_event = cls(
            event_id,
            event_type,
            payload,
        )

        if len(src_dict) > 3:
            webhook_event.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _FIELD_NAMES
            }
        return webhook_event

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


def _parse_payload(data: object) -> BatchRun | SignedDataUrlPayload | UnknownWebhookPayload:
    if isinstance(data, dict) and data.get("object") == "batch_run":
        try:
            componentsschemas_webhook_event_payload_type_0 = BatchRun.from_dict(data)

            return componentsschemas_webhook_event_payload_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("object", "signed_data_url") == "signed_data_url":
        try:
            componentsschemas_webhook_event_payload_type_1 = SignedDataUrlPayload.from_dict(data)

            return componentsschemas_webhook_event_payload_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_webhook_event_payload_type_2 = UnknownWebhookPayload.from_dict(data)

    return componentsschemas_webhook_event_payload_type_2


# The models referred to above, imported after the class: when a cycle between models comes back
# to this module, the class is already defined, and the methods look these names up only when called.
from ..models.batch_run import BatchRun
from ..models.signed_data_url_payload import SignedDataUrlPayload
from ..models.unknown_webhook_payload import UnknownWebhookPayload
