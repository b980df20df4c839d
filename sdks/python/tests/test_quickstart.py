"""The quickstart through the SDK against a real Parley: sign up, connect a sandbox number, send, receive, and
verify the real webhook delivery with `unwrap`; tampered, stale and unsigned deliveries refused."""

import os
import unittest
from datetime import datetime, timedelta, timezone
from unittest import mock

import support
from parley import Parley, ParleyError, WebhookVerificationError, webhooks

phone = support.phones(5000)


class QuickstartTest(unittest.TestCase):
    receiver: support.WebhookReceiver

    @classmethod
    def setUpClass(cls) -> None:
        cls.receiver = support.WebhookReceiver()

    @classmethod
    def tearDownClass(cls) -> None:
        cls.receiver.close()

    def test_sign_up_connect_send_receive_and_verify_the_webhook(self) -> None:
        parley, signup = support.sign_up()
        self.assertTrue(signup["api_key"]["secret"].startswith("parley_test_"))
        endpoint = parley.webhook_endpoints.create(url=self.receiver.url("/quickstart"), events=["message.received"])
        secret = endpoint.get("secret") or ""
        self.assertTrue(secret.startswith("whsec_"))

        connection = support.link_sandbox(parley, phone())
        self.assertEqual(connection["status"], "connected")
        sent = parley.messages.create(connection_id=connection["id"], to="+14155550199", type="text", text={"body": "Hello from Python"})
        self.assertEqual(sent["object"], "message")
        self.assertEqual(parley.messages.retrieve(sent["id"]).get("text"), {"body": "Hello from Python"})

        parley.sandbox.inbound(connection_id=connection["id"], from_="+14155550199", type="text", text={"body": "Hi back"})
        [delivery] = self.receiver.wait_for("/quickstart", 1)
        event = parley.webhooks.unwrap(delivery.body, delivery.headers, secret)
        self.assertEqual(event["type"], "message.received")
        self.assertEqual(event["data"]["object"]["text"], {"body": "Hi back"})  # type: ignore[typeddict-item]
        self.assertEqual(event, parley.events.retrieve(event["id"]))

        # The module function, with the headers as a plain dict in another case.
        as_dict = {name.upper(): value for name, value in delivery.headers.items()}
        self.assertEqual(webhooks.unwrap(delivery.body.decode(), as_dict, secret)["id"], event["id"])

        with self.assertRaisesRegex(WebhookVerificationError, "No webhook-signature matches"):
            webhooks.unwrap(delivery.body.replace(b"Hi back", b"Hi hack"), delivery.headers, secret)
        signed_at = datetime.fromtimestamp(int(delivery.headers["webhook-timestamp"]), tz=timezone.utc)
        with self.assertRaisesRegex(WebhookVerificationError, "signed 360 s ago, more than the 300 s allowed"):
            webhooks.unwrap(delivery.body, delivery.headers, secret, now=signed_at + timedelta(minutes=6))
        unsigned = {name: value for name, value in delivery.headers.items() if name.lower() != "webhook-signature"}
        with self.assertRaisesRegex(WebhookVerificationError, "no webhook-signature header"):
            webhooks.unwrap(delivery.body, unsigned, secret)

    def test_a_webhook_signed_during_a_rotation_verifies_with_the_old_and_the_new_secret(self) -> None:
        parley, _ = support.sign_up()
        endpoint = parley.webhook_endpoints.create(url=self.receiver.url("/rotation"), events=["opt_out.created"])
        rotated = parley.webhook_endpoints.rotate_secret(endpoint["id"])
        parley.opt_outs.create(phone_number=phone())
        [delivery] = self.receiver.wait_for("/rotation", 1)
        self.assertEqual(len(delivery.headers["webhook-signature"].split(" ")), 2)
        for secret in (endpoint.get("secret") or "", rotated["secret"]):
            self.assertEqual(webhooks.unwrap(delivery.body, delivery.headers, secret)["type"], "opt_out.created")
        # The client's webhook_secret is the default secret of parley.webhooks.unwrap.
        with_secret = Parley(api_key="parley_test_unused", base_url=support.BASE_URL, webhook_secret=rotated["secret"])
        self.assertEqual(with_secret.webhooks.unwrap(delivery.body, delivery.headers)["type"], "opt_out.created")


class ConfigurationTest(unittest.TestCase):
    def test_parley_reads_its_key_and_base_url_from_the_environment(self) -> None:
        environment = {"PARLEY_API_KEY": "parley_test_from_env", "PARLEY_BASE_URL": "http://127.0.0.1:9999/"}
        with mock.patch.dict(os.environ, environment):
            parley = Parley()
        self.assertEqual((parley.api_key, parley.base_url), ("parley_test_from_env", "http://127.0.0.1:9999"))

    def test_the_default_base_url_is_the_local_parley(self) -> None:
        with mock.patch.dict(os.environ, {"PARLEY_BASE_URL": ""}):
            self.assertEqual(Parley(api_key="parley_test_x").base_url, "http://127.0.0.1:8080")

    def test_anonymous_sends_no_key_and_refuses_one(self) -> None:
        with mock.patch.dict(os.environ, {"PARLEY_API_KEY": "parley_test_from_env"}):
            self.assertIsNone(Parley(anonymous=True).api_key)
        with self.assertRaisesRegex(ParleyError, "either api_key or anonymous=True"):
            Parley(api_key="parley_test_x", anonymous=True)


if __name__ == "__main__":
    unittest.main()
