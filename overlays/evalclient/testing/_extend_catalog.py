"""The Extend resources the fake starts with: one processor of each kind, and files.

Evaluation sets point at processors and items point at files, which live in other Extend APIs;
seeding them here lets a whole evaluation flow run against the fake alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from evalclient.testing._ids import IdFactory, Timeline, unit
from evalclient.testing._validation import JsonObject, not_found

# kind -> (id prefix, version prefix, metrics type, id key in the version object)
KINDS: Mapping[str, tuple[str, str, str, str]] = {
    "extractor": ("ex", "exv", "EXTRACT", "extractorId"),
    "classifier": ("cl", "clv", "CLASSIFY", "classifierId"),
    "splitter": ("spl", "splv", "SPLITTER", "splitterId"),
}
CLASSES = ("invoice", "receipt", "contract", "bank_statement")
CREATED_BY: JsonObject = {"type": "api_key", "name": "evalclient fake key"}


@dataclass(frozen=True, slots=True)
class ProcessorVersion:
    id: str
    version: str
    description: str | None
    created_at: str


@dataclass(frozen=True, slots=True)
class Processor:
    """An extractor, classifier or splitter with a `draft` and a published `1.0` version."""

    kind: str
    id: str
    name: str
    created_at: str
    versions: Mapping[str, ProcessorVersion]

    @property
    def metrics_type(self) -> str:
        return KINDS[self.kind][2]

    def summary(self) -> JsonObject:
        stamp = self.created_at
        return {"object": self.kind, "id": self.id, "name": self.name, "createdAt": stamp, "updatedAt": stamp}

    def version_summary(self, version: ProcessorVersion) -> JsonObject:
        return {
            "object": f"{self.kind}_version",
            "id": version.id,
            "description": version.description,
            "version": version.version,
            KINDS[self.kind][3]: self.id,
            "createdAt": version.created_at,
            "createdBy": CREATED_BY,
        }

    def resolve(self, requested: str | None) -> ProcessorVersion:
        """The version a run uses: "draft", a published number, "latest" (newest published, else
        draft) or None (newest published) - as the Extend docs describe `entity.version`."""
        if requested in (None, "latest"):
            published = [version for name, version in self.versions.items() if name != "draft"]
            return published[-1] if published else self.versions["draft"]
        assert requested is not None
        if requested not in self.versions:
            not_found(f"{self.kind} {self.id} has no version {requested!r}; versions: {', '.join(self.versions)}")
        return self.versions[requested]


@dataclass(frozen=True, slots=True)
class StoredFile:
    id: str
    name: str
    page_count: int
    summary: JsonObject  # built once: files never change, and list pages reuse it


class ExtendCatalog:
    """Seeded processors (`extractor`, `classifier`, `splitter`) and files, by id."""

    def __init__(self, ids: IdFactory, timeline: Timeline, file_count: int) -> None:
        stamp = timeline.stamp()
        self.processors: dict[str, Processor] = {}
        names = {"extractor": "Invoice Extractor", "classifier": "Mailroom Classifier", "splitter": "Packet Splitter"}
        for kind, name in names.items():
            prefix, version_prefix, _, _ = KINDS[kind]
            versions = {
                "draft": ProcessorVersion(ids.extend(version_prefix), "draft", "Work in progress", stamp),
                "1.0": ProcessorVersion(ids.extend(version_prefix), "1.0", None, stamp),
            }
            processor = Processor(kind, ids.extend(prefix), name, stamp, versions)
            self.processors[processor.id] = processor
        self.files: dict[str, StoredFile] = {}
        for number in range(1, file_count + 1):
            file_id = ids.extend("file")
            pages = 1 + int(unit(file_id, "pages") * 12)
            name = f"{CLASSES[number % len(CLASSES)]}-{number:05d}.pdf"
            summary: JsonObject = {
                "object": "file",
                "id": file_id,
                "name": name,
                "type": "PDF",
                "parentFileId": None,
                "metadata": {"pageCount": pages},
                "createdAt": stamp,
                "updatedAt": stamp,
            }
            self.files[file_id] = StoredFile(file_id, name, pages, summary)

    def of_kind(self, kind: str) -> Processor:
        return next(processor for processor in self.processors.values() if processor.kind == kind)


# Shared by every seeded extraction output: stored outputs are replaced on update, never mutated.
_LINE_ITEMS = ({"description": "Service", "amount": 10.0}, {"description": "Tax", "amount": 2.5})


def sample_output(kind: str, number: int, file: StoredFile) -> JsonObject:
    """A plausible `expectedOutput` for a processor kind (used by bulk seeding)."""
    if kind == "classifier":
        label = CLASSES[number % len(CLASSES)]
        return {"id": label, "type": label}
    if kind == "splitter":
        middle = max(1, file.page_count // 2)
        splits: list[JsonObject] = [
            {"classificationId": "invoice", "type": "invoice", "startPage": 1, "endPage": middle}
        ]
        if file.page_count > middle:
            splits.append(
                {"classificationId": "receipt", "type": "receipt", "startPage": middle + 1, "endPage": file.page_count}
            )
        return {"splits": splits}
    return {
        "value": {
            "vendor_name": f"Vendor {number % 97}",
            "invoice_number": f"INV-{number:06d}",
            "total": round(10 + number % 1000 * 1.25, 2),
            "line_items": _LINE_ITEMS,
            "notes": None,
        }
    }
