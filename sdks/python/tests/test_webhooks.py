"""`webhooks.unwrap` on webhooks signed here with the Standard Webhooks scheme, for the cases Parley never sends:
each missing header, malformed timestamps and secrets, future timestamps, unknown signature versions, headers
as an `email.message.Message` or with list values, and a body that is signed but not JSON."""

import base64
import hashlib
import hmac
import json
import time
import unittest
from email.message import Message
from typing import Dict

import support  # noqa: F401 - puts the SDK on sys.path
from parley import Parley, WebhookVerificationError, webhooks

SECRET = "whsec_" + base64.b64encode(b"a secret of thirty-two bytes....").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"another secret of 32 bytes......").decode()
BODY = json.dumps({"id": "evt_1", "object": "event", "type": "webhook.test", "data": {}}).encode()


def sign(body: bytes, secret: str = SECRET, message_id: str = "msg_1", timestamp: int = 0) -> Dict[str, str]:
    sent_at = str(timestamp or int(time.time()))
    key = base64.b64decode(secret[len("whsec_"):])
    digest = hmac.new(key, f"{message_id}.{sent_at}.".encode() + body, hashlib.sha256).digest()
    return {"webhook-id": message_id, "webhook-timestamp": sent_at, "webhook-signature": "v1," + base64.b64encode(digest).decode()}


class UnwrapTest(unittest.TestCase):
    def test_a_signed_webhook_unwraps_to_its_event(self) -> None:
        self.assertEqual(webhooks.unwrap(BODY, sign(BODY), SECRET)["id"], "evt_1")

    def test_each_missing_header_is_named(self) -> None:
        for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
            headers = {key: value for key, value in sign(BODY).items() if key != name}
            with self.assertRaisesRegex(WebhookVerificationError, f"no {name} header"):
                webhooks.unwrap(BODY, headers, SECRET)

    def test_headers_from_http_server_or_with_list_values_are_read_in_any_case(self) -> None:
        message = Message()
        for name, value in sign(BODY).items():
            message[name.title()] = value
        self.assertEqual(webhooks.unwrap(BODY, message, SECRET)["type"], "webhook.test")
        as_lists = {name.upper(): [value] for name, value in sign(BODY).items()}
        self.assertEqual(webhooks.unwrap(BODY, as_lists, SECRET)["type"], "webhook.test")

    def test_any_v1_signature_of_the_list_verifies_and_other_versions_are_ignored(self) -> None:
        headers = sign(BODY)
        old = sign(BODY, OTHER_SECRET, timestamp=int(headers["webhook-timestamp"]))["webhook-signature"]
        headers["webhook-signature"] = f"v2,{old[3:]} {old} {headers['webhook-signature']}"
        for secret in (SECRET, OTHER_SECRET):
            self.assertEqual(webhooks.unwrap(BODY, headers, secret)["id"], "evt_1")
        with self.assertRaises(WebhookVerificationError):
            webhooks.unwrap(BODY, {**headers, "webhook-signature": f"v2,{old[3:]}"}, OTHER_SECRET)

    def test_a_forged_signature_or_the_wrong_secret_is_refused(self) -> None:
        with self.assertRaisesRegex(WebhookVerificationError, "No webhook-signature matches"):
            webhooks.unwrap(BODY, sign(BODY, OTHER_SECRET), SECRET)
        with self.assertRaisesRegex(WebhookVerificationError, "No webhook-signature matches"):
            webhooks.unwrap(BODY, {**sign(BODY), "webhook-signature": "v1,bm90IGEgc2lnbmF0dXJl"}, SECRET)

    def test_timestamps_outside_the_tolerance_or_not_numbers_are_refused(self) -> None:
        now = int(time.time())
        with self.assertRaisesRegex(WebhookVerificationError, "signed 301 s ago"):
            webhooks.unwrap(BODY, sign(BODY, timestamp=now - 301), SECRET, now=now)
        with self.assertRaisesRegex(WebhookVerificationError, "400 s in the future"):
            webhooks.unwrap(BODY, sign(BODY, timestamp=now + 400), SECRET, now=now)
        self.assertEqual(webhooks.unwrap(BODY, sign(BODY, timestamp=now - 500), SECRET, now=now, tolerance=600)["id"], "evt_1")
        with self.assertRaisesRegex(WebhookVerificationError, "must be Unix seconds"):
            webhooks.unwrap(BODY, {**sign(BODY), "webhook-timestamp": "yesterday"}, SECRET)

    def test_a_secret_that_is_not_whsec_base64_or_no_secret_at_all_is_refused(self) -> None:
        with self.assertRaisesRegex(WebhookVerificationError, r"whsec_<base64>"):
            webhooks.unwrap(BODY, sign(BODY), "whsec_not base64!")
        with self.assertRaisesRegex(WebhookVerificationError, "No webhook secret"):
            Parley(api_key="parley_test_unused").webhooks.unwrap(BODY, sign(BODY))

    def test_a_signed_body_that_is_not_json_is_refused(self) -> None:
        with self.assertRaisesRegex(WebhookVerificationError, "body is not JSON"):
            webhooks.unwrap(b"<html>", sign(b"<html>"), SECRET)


if __name__ == "__main__":
    unittest.main()
