"""The SDK's failure paths against a real Parley, with the fault proxy in front of it for what Parley does not do
on demand (429s, 5xx, dropped connections, slow answers, bodies that are not JSON): errors by status with their
code, param and request id; which failures are retried, how often and how long apart; one Idempotency-Key across
a send's attempts; and the bad input a person can make. Waits are checked as lower bounds only."""

import email.utils
import json
import os
import socket
import time
import unittest
from typing import Any, Callable
from unittest import mock

import support
from parley import (
    APIConnectionError,
    APIConnectionTimeoutError,
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    Parley,
    ParleyError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

phone = support.phones(8000)
proxy = support.FaultProxy()
IN_USE = json.dumps(
    {"error": {"type": "invalid_request_error", "code": "idempotency_key_in_use", "message": "still working", "request_id": "req_proxy"}}
)


def raised(call: Callable[[], Any]) -> BaseException:
    try:
        call()
    except BaseException as error:  # noqa: B902 - the test inspects whatever was raised
        return error
    raise AssertionError("nothing was raised")


class ErrorsTestCase(unittest.TestCase):
    key: str
    parley: Parley

    @classmethod
    def setUpClass(cls) -> None:
        _, signup = support.sign_up()
        cls.key = signup["api_key"]["secret"]
        # Through the proxy, with the default retries but short timeouts.
        cls.parley = Parley(api_key=cls.key, base_url=proxy.url, timeout=5)

    def setUp(self) -> None:
        proxy.reset()


class StatusesTest(ErrorsTestCase):
    def test_400_is_a_bad_request_error_naming_the_param_and_is_not_retried(self) -> None:
        error = raised(lambda: self.parley.messages.list(limit=1000))
        assert isinstance(error, BadRequestError)
        self.assertEqual([error.status, error.code, error.param, error.type], [400, "parameter_invalid", "limit", "invalid_request_error"])
        self.assertRegex(error.request_id or "", r"^req_")
        self.assertEqual(error.request_id, error.headers.get("request-id"))
        self.assertEqual(len(proxy.requests("GET", "/v1/messages")), 1)

    def test_401_is_an_authentication_error(self) -> None:
        error = raised(lambda: Parley(api_key="parley_test_not_a_key", base_url=support.BASE_URL).account.retrieve())
        assert isinstance(error, AuthenticationError)
        self.assertEqual(error.status, 401)
        self.assertTrue(error.code and error.request_id)

    def test_403_is_a_permission_denied_error_for_a_console_session_writing_without_its_csrf_token(self) -> None:
        signup = Parley(anonymous=True, base_url=support.BASE_URL).with_raw_response.auth.signup(
            email=f"sdk-python-session-{time.time_ns()}@example.com", password="correct horse battery staple", account_name="Console"
        )
        cookie = next(c for c in signup.headers.get_all("set-cookie") or [] if c.startswith("parley_session=")).split(";")[0]
        session = Parley(anonymous=True, base_url=support.BASE_URL, default_headers={"cookie": cookie})
        self.assertEqual(session.account.retrieve()["id"], signup.data["account"]["id"], "reads need no CSRF token")
        error = raised(lambda: session.opt_outs.create(phone_number=phone()))
        assert isinstance(error, PermissionDeniedError)
        self.assertEqual([error.status, error.code], [403, "csrf_token_invalid"])
        with_token = {"x-csrf-token": signup.data["session"]["csrf_token"], "parley-mode": "test"}
        self.assertEqual(session.opt_outs.create(phone_number=phone(), extra_headers=with_token)["object"], "opt_out")

    def test_404_is_a_not_found_error(self) -> None:
        error = raised(lambda: self.parley.messages.retrieve("msg_01JD3Z0Q8S1W2E3R4T5Y6U7I8O"))
        assert isinstance(error, NotFoundError)
        self.assertEqual(error.status, 404)
        self.assertRegex(str(error), r"^404 [a-z_]+: ")

    def test_409_is_a_conflict_error(self) -> None:
        _, signup = support.sign_up()
        anonymous = Parley(anonymous=True, base_url=support.BASE_URL)
        error = raised(lambda: anonymous.auth.signup(email=signup["user"]["email"], password="another long password", account_name="Again"))
        assert isinstance(error, ConflictError)
        self.assertEqual([error.status, error.code, error.param], [409, "email_taken", "email"])

    def test_422_for_a_reused_idempotency_key_is_an_unprocessable_entity_error(self) -> None:
        self.parley.contacts.create(phone_number=phone(), idempotency_key="python-reused-key")
        error = raised(lambda: self.parley.contacts.create(phone_number=phone(), idempotency_key="python-reused-key"))
        assert isinstance(error, UnprocessableEntityError)
        self.assertEqual([error.status, error.code, error.param], [422, "idempotency_key_reused", "Idempotency-Key"])

    def test_429_and_500_become_rate_limit_and_internal_server_errors_once_retries_are_spent(self) -> None:
        proxy.inject({"path": "/v1/account", "status": 429, "headers": {"retry-after": "0"}})
        limited = raised(lambda: self.parley.account.retrieve(max_retries=0))
        assert isinstance(limited, RateLimitError)
        self.assertEqual([limited.status, limited.code, limited.request_id], [429, "injected_fault", "req_proxy"])

        proxy.reset()
        proxy.inject({"path": "/v1/account", "status": 500}, {"path": "/v1/account", "status": 500})
        broken = raised(lambda: self.parley.account.retrieve(max_retries=1))
        assert isinstance(broken, InternalServerError)
        self.assertEqual(broken.status, 500)
        self.assertEqual(len(proxy.requests("GET", "/v1/account")), 2)


class RetriesTest(ErrorsTestCase):
    def test_a_429_with_retry_after_1_is_retried_after_at_least_a_second(self) -> None:
        proxy.inject({"path": "/v1/account", "status": 429, "headers": {"retry-after": "1"}})
        raw = self.parley.with_raw_response.account.retrieve()
        self.assertEqual(raw.data["object"], "account")
        self.assertRegex(raw.request_id or "", r"^req_")
        attempts = proxy.requests("GET", "/v1/account")
        self.assertEqual(len(attempts), 2)
        self.assertGreaterEqual(support.gaps(attempts)[0], 0.95)

    def test_a_429_asking_for_more_than_a_minute_is_not_retried(self) -> None:
        proxy.inject({"path": "/v1/account", "status": 429, "headers": {"retry-after": "3600"}})
        with self.assertRaises(RateLimitError) as raised:
            self.parley.account.retrieve()
        self.assertEqual(raised.exception.headers.get("retry-after"), "3600")
        self.assertEqual(len(proxy.requests("GET", "/v1/account")), 1, "an hourly limit is not retried within the call")

    def test_a_retry_after_given_as_an_http_date_is_honoured(self) -> None:
        later = email.utils.formatdate(time.time() + 2, usegmt=True)
        proxy.inject({"path": "/v1/account", "status": 503, "headers": {"retry-after": later}})
        self.assertEqual(self.parley.account.retrieve()["object"], "account")
        attempts = proxy.requests("GET", "/v1/account")
        self.assertEqual(len(attempts), 2)
        # The date has whole seconds: two seconds from now is at least one second away.
        self.assertGreaterEqual(support.gaps(attempts)[0], 0.95)

    def test_a_503_is_retried_with_backoff_then_succeeds(self) -> None:
        proxy.inject({"path": "/v1/account", "status": 503}, {"path": "/v1/account", "status": 503})
        self.assertEqual(self.parley.account.retrieve()["object"], "account")
        attempts = proxy.requests("GET", "/v1/account")
        self.assertEqual(len(attempts), 3)
        first, second = support.gaps(attempts)
        self.assertTrue(first >= 0.35 and second >= 0.7, f"waited {first:.2f} s and {second:.2f} s (0.5 s then 1 s, ±25 %)")

    def test_a_409_idempotency_key_in_use_is_retried_with_the_same_key_and_other_4xx_are_not(self) -> None:
        proxy.inject({"method": "POST", "path": "/v1/contacts", "status": 409, "body": IN_USE})
        self.parley.contacts.create(phone_number=phone())
        attempts = proxy.requests("POST", "/v1/contacts")
        self.assertEqual(len(attempts), 2)
        self.assertEqual(attempts[0]["idempotencyKey"], attempts[1]["idempotencyKey"])

        proxy.reset()
        proxy.inject({"method": "POST", "path": "/v1/contacts", "status": 409, "body": IN_USE.replace("idempotency_key_in_use", "resource_already_exists")})
        self.assertRaises(ConflictError, lambda: self.parley.contacts.create(phone_number=phone()))
        self.assertEqual(len(proxy.requests("POST", "/v1/contacts")), 1)

    def test_a_send_whose_answer_is_lost_is_retried_with_the_same_key_and_creates_exactly_one_message(self) -> None:
        direct, signup = support.sign_up()
        connection = support.link_sandbox(direct, phone())
        through_proxy = Parley(api_key=signup["api_key"]["secret"], base_url=proxy.url)
        proxy.inject({"method": "POST", "path": "/v1/messages", "drop": "after"})

        raw = through_proxy.with_raw_response.messages.create(
            connection_id=connection["id"], to="+14155558199", type="text", text={"body": "exactly once"}
        )
        attempts = proxy.requests("POST", "/v1/messages")
        self.assertEqual(len(attempts), 2)
        self.assertTrue(attempts[0]["idempotencyKey"])
        self.assertEqual(attempts[1]["idempotencyKey"], attempts[0]["idempotencyKey"])
        self.assertEqual(raw.headers.get("idempotent-replayed"), "true", "the retry got the first attempt's stored answer")
        sent = [m["id"] for m in direct.messages.list(connection_id=connection["id"], direction="outbound")]
        self.assertEqual(sent, [raw.data["id"]])

    def test_a_connection_dropped_before_parley_saw_the_request_is_retried(self) -> None:
        proxy.inject({"path": "/v1/account", "drop": "before"})
        self.assertEqual(self.parley.account.retrieve()["object"], "account")
        self.assertEqual(len(proxy.requests("GET", "/v1/account")), 2)

    def test_an_answer_slower_than_the_timeout_is_retried_and_a_timeout_error_ends_it_when_retries_run_out(self) -> None:
        impatient = Parley(api_key=self.key, base_url=proxy.url, timeout=0.3, max_retries=2)
        proxy.inject({"path": "/v1/account", "delayMs": 2000})
        self.assertEqual(impatient.account.retrieve()["object"], "account")
        self.assertEqual(len(proxy.requests("GET", "/v1/account")), 2)

        proxy.reset()
        proxy.inject(*[{"path": "/v1/account", "delayMs": 2000}] * 3)
        error = raised(impatient.account.retrieve)
        assert isinstance(error, APIConnectionTimeoutError)
        self.assertIn("did not answer within 0.3 s", str(error))
        attempts = proxy.requests("GET", "/v1/account")
        self.assertEqual(len(attempts), 3)
        self.assertTrue(all(gap >= 0.3 for gap in support.gaps(attempts)), support.gaps(attempts))

    def test_max_retries_0_turns_retries_off_per_client_or_per_call(self) -> None:
        proxy.inject({"path": "/v1/account", "status": 503})
        self.assertRaises(InternalServerError, lambda: Parley(api_key=self.key, base_url=proxy.url, max_retries=0).account.retrieve())
        proxy.inject({"path": "/v1/account", "status": 503})
        self.assertRaises(InternalServerError, lambda: self.parley.account.retrieve(max_retries=0))
        self.assertEqual(len(proxy.requests("GET", "/v1/account")), 2)


class BadInputTest(ErrorsTestCase):
    def test_a_missing_api_key_is_refused_before_any_request(self) -> None:
        with mock.patch.dict(os.environ, {"PARLEY_API_KEY": ""}):
            error = raised(lambda: Parley(base_url=proxy.url))
        assert isinstance(error, ParleyError)
        self.assertIn("PARLEY_API_KEY", str(error))
        self.assertEqual(proxy.requests(), [])

    def test_a_base_url_that_is_not_an_http_url_is_refused(self) -> None:
        self.assertRaisesRegex(ParleyError, "absolute http", lambda: Parley(api_key=self.key, base_url="127.0.0.1:8080"))

    def test_a_wrong_base_url_raises_a_connection_error_naming_it_after_its_retries(self) -> None:
        with socket.create_server(("127.0.0.1", 0)) as listener:
            closed_port = listener.getsockname()[1]
        wrong = f"http://127.0.0.1:{closed_port}"
        started = time.monotonic()
        error = raised(lambda: Parley(api_key=self.key, base_url=wrong, max_retries=1).account.retrieve())
        assert isinstance(error, APIConnectionError)
        self.assertNotIsInstance(error, APIConnectionTimeoutError)
        self.assertIn(f"Could not reach Parley at {wrong}", str(error))
        self.assertEqual(error.base_url, wrong)
        self.assertGreaterEqual(time.monotonic() - started, 0.35, "one retry after a backoff")

    def test_a_redirect_is_not_followed_and_is_an_api_error_naming_where_it_points(self) -> None:
        elsewhere = "https://elsewhere.invalid/v1/contacts"
        proxy.inject({"method": "POST", "path": "/v1/contacts", "status": 301, "headers": {"location": elsewhere}})
        error = raised(lambda: self.parley.contacts.create(phone_number=phone()))
        self.assertIs(type(error), APIError, "not an APIConnectionError from trying elsewhere.invalid")
        assert isinstance(error, APIError)
        self.assertEqual(error.status, 301)
        self.assertIn(f"redirect to {elsewhere}, not followed", str(error))
        self.assertEqual(len(proxy.requests()), 1, "not retried")

    def test_a_body_that_is_not_json_is_an_api_error_with_the_status_and_an_excerpt(self) -> None:
        proxy.inject({"path": "/v1/account", "status": 200, "headers": {"content-type": "application/json"}, "body": "<html>oops</html>"})
        error = raised(self.parley.account.retrieve)
        self.assertIs(type(error), APIError)
        assert isinstance(error, APIError)
        self.assertEqual(error.status, 200)
        self.assertIn('body that is not JSON: "<html>oops</html>"', str(error))

        proxy.inject({"path": "/v1/account", "status": 502, "headers": {"content-type": "text/html"}, "body": "<h1>Bad gateway</h1>"})
        gateway = raised(lambda: self.parley.account.retrieve(max_retries=0))
        assert isinstance(gateway, InternalServerError)
        self.assertEqual((gateway.status, gateway.code, gateway.body), (502, None, "<h1>Bad gateway</h1>"))
        self.assertIn("not a Parley error", str(gateway))


if __name__ == "__main__":
    unittest.main()
