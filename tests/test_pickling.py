"""Copies, pickles and JSON (#11): models, the Unset sentinel and every exception class survive
copy.deepcopy and a pickle round trip, so they can cross a process boundary."""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import pickle
from typing import Any

import pytest
from spec_payloads import payload

import evalclient
import evalclient.errors
from spec_support import PACKAGES, load_spec, resolve

pytestmark = pytest.mark.unit


def _model_cases() -> list[Any]:
    """(class, payload) for every component schema that has a generated model class."""
    cases = []
    for name, package in PACKAGES.items():
        spec = load_spec(name)
        models = importlib.import_module(f"{package}.models")
        for schema_name, schema in spec["components"]["schemas"].items():
            cls = getattr(models, schema_name, None)
            if cls is None or not hasattr(cls, "from_dict"):
                continue
            data = payload(spec, resolve(spec, schema))
            cases.append(pytest.param(cls, data, id=f"{name}-{schema_name}"))
    return cases


MODEL_CASES = _model_cases()


def test_every_spec_has_model_cases() -> None:
    covered = {param.id.rpartition("-")[0] for param in MODEL_CASES}
    assert covered == set(PACKAGES)


@pytest.mark.parametrize("copier", [copy.copy, copy.deepcopy, lambda x: pickle.loads(pickle.dumps(x))])
def test_unset_is_the_same_sentinel_after_copy_and_pickle(copier: Any) -> None:
    for package in PACKAGES.values():
        types = importlib.import_module(f"{package}.types")
        assert copier(types.UNSET) is types.UNSET


@pytest.mark.parametrize(("cls", "data"), MODEL_CASES)
def test_model_deepcopies_and_pickles_to_an_equal_object(cls: Any, data: Any) -> None:
    model = cls.from_dict(data)
    expected = model.to_dict()
    for copied in (copy.deepcopy(model), pickle.loads(pickle.dumps(model)), copy.copy(model)):
        assert copied == model
        assert copied.to_dict() == expected
        json.dumps(copied.to_dict())


def _exception_classes() -> list[type[BaseException]]:
    found = {
        obj
        for module in (evalclient, evalclient.errors)
        for obj in vars(module).values()
        if inspect.isclass(obj) and issubclass(obj, BaseException)
    }
    return sorted(found, key=lambda cls: cls.__qualname__)


def _build(cls: type[BaseException]) -> BaseException:
    """An instance with every attribute set to a non-default value."""
    run = {"id": "run_1", "status": "FAILED"}
    error: Any
    if issubclass(cls, evalclient.ResponseParseError):
        error = cls(201, b'{"unexpected": true}')
    elif issubclass(cls, evalclient.ApiError):
        error = cls(
            "rate limited",
            status_code=429,
            code="too_many_requests",
            retryable=True,
            request_id="req_123",
            body={"error": {"code": "too_many_requests"}},
            headers={"retry-after": "2"},
        )
    elif issubclass(cls, (evalclient.WaitTimeout, evalclient.RunFailed)):
        error = cls("run run_1 did not finish", run=run)
    elif issubclass(cls, evalclient.BulkCreateError):
        error = cls("bulk load stopped", created={0: "evi_1"}, not_created=[1], unsent_from=2)
    elif issubclass(cls, evalclient.WebhookVerificationError):
        error = cls("the x-extend-request-signature header is missing", check="missing_header")
    else:
        error = cls("set EXTEND_API_KEY")
    if isinstance(error, evalclient.ApiError):
        error.page_token = "cursor_2"
        error.page_number = 2
    return error


@pytest.mark.parametrize("cls", _exception_classes(), ids=lambda cls: cls.__qualname__)
def test_exception_pickles_with_all_attributes(cls: type[BaseException]) -> None:
    error = _build(cls)
    for copied in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(copied) is cls
        assert copied.args == error.args
        assert str(copied) == str(error)
        assert vars(copied) == vars(error)


def test_every_exception_class_is_covered() -> None:
    names = {cls.__name__ for cls in _exception_classes()}
    assert {
        "WaitTimeout",
        "RunFailed",
        "ResponseParseError",
        "ConfigurationError",
        "RateLimitError",
        "WebhookVerificationError",
    } <= names
