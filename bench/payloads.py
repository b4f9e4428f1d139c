"""Canned response bodies shaped like the real API, and a transport that serves prebuilt bytes.

Every contender of an in-process scenario parses the very same bytes, served by the same tiny
transport: that is the fairest floor, as nothing but the client's own work is timed.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

TOKEN = "bench-token"
BASE_URL = "http://bench.invalid"
RUN_ID = "bpr_Xj8mK2pL9nR4vT7qY5wZ"
SET_ID = "ev_2LcgeY_mp2T5yPaEuq5Lw"

# A realistic invoice extractor: the per-field metrics of a finished EXTRACT run.
FIELD_NAMES = (
    "vendor_name",
    "vendor_address",
    "vendor_tax_id",
    "customer_name",
    "customer_address",
    "invoice_number",
    "invoice_date",
    "due_date",
    "purchase_order",
    "currency",
    "subtotal",
    "tax_amount",
    "total_amount",
    "payment_terms",
    "iban",
    "line_items.description",
    "line_items.quantity",
    "line_items.unit_price",
    "line_items.total",
    "notes",
)


def evaluation_set_run(run_id: str = RUN_ID, field_count: int = len(FIELD_NAMES)) -> dict[str, Any]:
    """A PROCESSED extraction run as getEvaluationSetRun returns it, with `field_count` field metrics."""
    field_metrics = {}
    for index, name in enumerate((FIELD_NAMES * (field_count // len(FIELD_NAMES) + 1))[:field_count]):
        accurate = 180 - index * 3
        field_metrics[name if index < len(FIELD_NAMES) else f"{name}_{index}"] = {
            "countTotal": 200,
            "countPresent": 196 - index,
            "countExpected": 190,
            "countAccurate": accurate,
            "accuracy": round(accurate / 190, 4),
        }
    return {
        "object": "evaluation_set_run",
        "id": run_id,
        "evaluationSetId": SET_ID,
        "entity": {
            "object": "extractor",
            "id": "ex_Xj8mK2pL9nR4vT7qY5wZ",
            "name": "Invoice Extractor",
            "createdAt": "2026-02-03T16:45:00Z",
            "updatedAt": "2026-02-09T08:12:31Z",
        },
        "entityVersion": {
            "object": "extractor_version",
            "id": "exv_xK9mLPqRtN3vS8wF5hB2cQ",
            "description": "Updated extraction fields for new invoice format",
            "version": "3.1",
            "extractorId": "ex_Xj8mK2pL9nR4vT7qY5wZ",
            "createdAt": "2026-02-09T08:12:31Z",
            "createdBy": {"type": "user", "email": "ops@example.com"},
        },
        "metrics": {
            "type": "EXTRACT",
            "numFilesTotal": 200,
            "numFilesProcessed": 200,
            "numFiles": 200,
            "numPages": 611,
            "meanLatencyMs": 4210.5,
            "p50LatencyMs": 3980.0,
            "p90LatencyMs": 6120.0,
            "p95LatencyMs": 7045.0,
            "p99LatencyMs": 9810.0,
            "accuracy": 0.9312,
            "fieldMetrics": field_metrics,
        },
        "status": "PROCESSED",
        "options": {"fuzzyMatchFields": ["vendor_name", "customer_name"], "excludeFields": ["notes"]},
        "createdAt": "2026-02-10T12:00:00Z",
        "updatedAt": "2026-02-10T12:14:09Z",
    }


def item_summary(index: int) -> dict[str, Any]:
    """One listEvaluationSetItems entry: an item summary with its file and creator."""
    return {
        "object": "evaluation_set_item",
        "id": f"evi_{index:020d}",
        "file": {
            "object": "file",
            "id": f"file_{index:020d}",
            "name": f"invoice-{index:06d}.pdf",
            "type": "PDF",
            "parentFileId": None,
            "metadata": {"pageCount": 1 + index % 7},
            "createdAt": "2026-01-15T09:30:00Z",
            "updatedAt": "2026-01-15T09:30:02Z",
        },
        "createdBy": {"type": "api_key", "name": "ingest-pipeline"},
    }


def items_page(count: int = 1000, next_page_token: str | None = "eyJvZmZzZXQiOjEwMDB9") -> dict[str, Any]:
    """A listEvaluationSetItems page of `count` item summaries."""
    return {"object": "list", "data": [item_summary(i) for i in range(count)], "nextPageToken": next_page_token}


def to_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode()


class CannedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers every request with 200 and the same prebuilt JSON bytes (sync and async)."""

    def __init__(self, body: bytes) -> None:
        self._body = body
        self.requests = 0

    def _response(self) -> httpx.Response:
        self.requests += 1
        return httpx.Response(200, headers=[("content-type", "application/json")], content=self._body)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._response()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._response()
